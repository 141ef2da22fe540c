"""The application packet: a print-ready PDF of a plan (or of several plans in one file).

`PacketRenderer(options).render([plan, ...]) -> bytes` lays the packet out with reportlab
(page size and margins in mm, a named style sheet, header and footer drawn on every page,
"Page X of Y" per plan, a contents page and PDF outline, ``invariant=1`` when reproducible).
`export_packet(plan, path, options)` writes it atomically. No Qt here.
"""

from __future__ import annotations

import dataclasses
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Any: reportlab has no type hints: flowables and canvas arguments pass through as Any
from typing import Any, Literal

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from winbook.atomic import atomic_write_bytes
from winbook.domain.model import Plan
from winbook.domain.rows import without_blank_rows
from winbook.errors import ExportError, WinbookError
from winbook.report.canvas import (
    MARGIN_BOTTOM,
    MARGIN_SIDE,
    MARGIN_TOP,
    PacketCanvas,
    PacketDocument,
    PageChrome,
)
from winbook.report.fonts import REGULAR, register_fonts
from winbook.report.layout import stylesheet

Paper = Literal["letter", "a4"]


PAGE_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}


@dataclass(frozen=True)
class PacketOptions:
    paper: Paper = "letter"
    include_private: bool = False
    include_coach_notes: bool = False
    reproducible: bool = False
    #: A print run: each packet padded to an even page count, so every one starts on a front.
    print_run: bool = False
    #: In a print run, a cover sheet with the candidate's name before each packet after the first.
    separator: bool = False


class PacketRenderer:
    """Renders one or more plans as one PDF; each plan has its own cover, contents and numbering."""

    def __init__(self, options: PacketOptions | None = None) -> None:
        self.options = options or PacketOptions()
        if self.options.paper not in PAGE_SIZES:
            raise ExportError(f"The paper size {self.options.paper!r} is not letter or A4.")
        register_fonts()
        self.styles = stylesheet()
        self.stats: dict[str, int] = {}  # "pages": the page count of the last render

    @property
    def pagesize(self) -> tuple[float, float]:
        return PAGE_SIZES[self.options.paper]

    @property
    def frame_width(self) -> float:
        return float(self.pagesize[0] - 2 * MARGIN_SIDE * mm)

    @property
    def wide_frame_width(self) -> float:
        """The frame width of a landscape page (the wide history table's)."""
        return float(self.pagesize[1] - 2 * MARGIN_SIDE * mm)

    def render(self, plans: Sequence[Plan], first_index: int = 0) -> bytes:
        """The PDF bytes of the packets of ``plans`` (one plan: a normal packet). In a print
        run made of parts (`render_part`), ``first_index`` is the place of the first plan."""
        from winbook.report.packet_story import PlanStory

        if not plans:
            raise ExportError("There is no plan to put in the packet.")
        merged = len(plans) > 1 or self.options.print_run
        stories = [
            PlanStory(without_blank_rows(plan), first_index + i, self)
            for i, plan in enumerate(plans)
        ]
        flowables: list[Flowable] = []
        for story in stories:
            flowables += story.build(merged=merged)
        buffer = io.BytesIO()
        doc = self._document(buffer, stories, merged=merged)
        chrome = {s.index: s.chrome() for s in stories}
        doc.multiBuild(
            flowables, canvasmaker=_canvasmaker(chrome, self.options.print_run, self.stats)
        )
        return buffer.getvalue()

    def _document(self, buffer: io.BytesIO, stories: Sequence[Any], merged: bool) -> PacketDocument:
        first = stories[0]
        title = f"Application packets ({len(stories)} plans)" if merged else first.document_title()
        return PacketDocument(
            buffer,
            outline_base=1 if merged else 0,
            pagesize=self.pagesize,
            leftMargin=MARGIN_SIDE * mm,
            rightMargin=MARGIN_SIDE * mm,
            topMargin=MARGIN_TOP * mm,
            bottomMargin=MARGIN_BOTTOM * mm,
            title=title,
            author="; ".join(s.author() for s in stories),
            subject="; ".join(s.subject() for s in stories),
            creator="Winbook",
            keywords="campaign plan, application packet",
            invariant=1 if self.options.reproducible else 0,
            initialFontName=REGULAR,
        )


def _canvasmaker(chrome: dict[int, PageChrome], pad: bool, stats: dict[str, int]) -> Any:
    def make(*args: Any, **kwargs: Any) -> PacketCanvas:
        return PacketCanvas(*args, chrome=chrome, pad=pad, stats=stats, **kwargs)

    return make


def render_packet(plan: Plan, options: PacketOptions | None = None) -> bytes:
    """The packet of one plan as PDF bytes."""
    return render_packets([plan], options)


def render_packets(
    plans: Sequence[Plan], options: PacketOptions | None = None, first_index: int = 0
) -> bytes:
    """The packets of several plans in one printable PDF (per-plan page numbers)."""
    renderer = PacketRenderer(options)
    try:
        return renderer.render(plans, first_index)
    except WinbookError:
        raise
    except Exception as exc:  # a damaged plan: values of the wrong type or shape
        raise ExportError(
            "The packet cannot be made because the plan has damaged data"
            f"{f' ({exc})' if str(exc) else ''}; run winbook check on it to find the field."
        ) from exc


def export_packet(plan: Plan, path: Path | str, options: PacketOptions | None = None) -> Path:
    """Render the packet of ``plan`` and write it to ``path`` atomically; returns the path."""
    target = Path(path)
    _check_target(target)
    atomic_write_bytes(target, render_packet(plan, options), ExportError)
    return target


def export_merged(
    plans: Sequence[Plan], path: Path | str, options: PacketOptions | None = None
) -> Path:
    """The packets of ``plans`` in one PDF at ``path`` (atomic), as a print run: each packet
    padded to an even page count so that every one starts on the front of a sheet."""
    target = Path(path)
    _check_target(target)
    run = dataclasses.replace(options or PacketOptions(), print_run=True)
    atomic_write_bytes(target, render_packets(plans, run), ExportError)
    return target


def render_part(plan: Plan, index: int, options: PacketOptions | None = None) -> bytes:
    """The packet of ``plan`` as the part at ``index`` of a print run: exactly its pages in
    the merged file of `export_merged` (padded to an even count, the separator sheet before it
    when asked and ``index > 0``), to be joined with the others by `winbook.report.pdfjoin`."""
    run = dataclasses.replace(options or PacketOptions(), print_run=True)
    return render_packets([plan], run, first_index=index)


def _check_target(target: Path) -> None:
    """Fail before the (slow) rendering when the destination cannot be written."""
    if target.is_dir():
        raise ExportError(f"Cannot write {target}: it is a folder; give a file name.")
    if not target.parent.is_dir():
        raise ExportError(f"Cannot write {target}: the folder {target.parent} does not exist.")
    if not os.access(target.parent, os.W_OK):
        raise ExportError(f"Cannot write {target}: the folder is not writable.")
