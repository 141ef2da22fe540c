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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from winbook.atomic import atomic_write_bytes
from winbook.domain.model import Plan
from winbook.domain.rows import without_blank_rows
from winbook.errors import ExportError, WinbookError
from winbook.report.fonts import BOLD, ITALIC, REGULAR, register_fonts
from winbook.report.layout import Heading, Marker, PlanStart, stylesheet

Paper = Literal["letter", "a4"]
PAGE_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}

#: Margins in mm. Every mark on the page stays at least 0.5 in (12.7 mm) from the edge.
MARGIN_SIDE = 20.0
MARGIN_TOP = 24.0
MARGIN_BOTTOM = 22.0
HEADER_BASELINE = 15.5  # from the top edge
FOOTER_BASELINE = 14.0  # from the bottom edge


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


#: What the header says on pages that are not part of the submission, by page kind.
KIND_TAGS = {
    "private": "PRIVATE — not for submission",
    "coach": "COACH NOTES — not for submission",
}
#: The footer's page numbering, by page kind ("Page 3 of 20", "Private page 1 of 2").
KIND_NUMBERING = {"main": "Page", "private": "Private page", "coach": "Coach notes page"}
BLANK_PAGE_TEXT = "This page is intentionally blank."


@dataclass(frozen=True)
class PageChrome:
    """What the header and footer of one plan's pages say."""

    left: str  # candidate
    right: str  # office and jurisdiction
    footer: str  # date prepared
    draft: bool


# --------------------------------------------------------------------------- canvas

_BUILT_IN = frozenset(
    f"{family}{style}"
    for family in ("Helvetica", "Times", "Courier")
    for style in ("", "-Bold", "-Oblique", "-BoldOblique", "-Roman", "-Italic", "-BoldItalic")
)


class PacketCanvas(Canvas):
    """Keeps every page until the end, then draws header, footer and "Page X of Y" (per plan)."""

    def __init__(
        self, *args: Any, chrome: Mapping[int, PageChrome] | None = None, **kwargs: Any
    ) -> None:
        self.wb_pad = bool(kwargs.pop("pad", False))
        self.wb_stats: dict[str, int] = kwargs.pop("stats", {})
        super().__init__(*args, **kwargs)
        self.wb_chrome = dict(chrome or {})  # by plan index
        self.wb_plan = 0
        self.wb_kind = "main"  # main, private, coach or separator
        self.wb_confidential = False
        self.wb_confidential_seen = False
        self.wb_pages: list[dict[str, Any]] = []
        self.wb_bookmarks: list[tuple[str, dict[str, Any]]] = []

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        """reportlab's renderers select Helvetica as an initial state even when every string has
        its own font; Helvetica cannot print "Đặng", so the packet font stands in for it."""
        if psfontname in _BUILT_IN:
            psfontname = BOLD if "Bold" in psfontname else REGULAR
        super().setFont(psfontname, size, leading)

    def bookmarkPage(self, key: str, **kwargs: Any) -> None:
        """Kept with the page: pages reach the PDF only in `save`, where they are set."""
        self.wb_bookmarks.append((key, kwargs))

    def showPage(self) -> None:
        self.wb_pages.append(dict(self.__dict__))
        self.wb_confidential_seen = self.wb_confidential
        self.wb_bookmarks = []
        self._startPage()

    def save(self) -> None:
        totals: dict[tuple[int, str], int] = {}
        for state in self.wb_pages:
            key = (state["wb_plan"], state["wb_kind"])
            totals[key] = totals.get(key, 0) + 1
        numbers: dict[tuple[int, str], int] = {}
        run = 0  # pages of the current packet (or separator sheet) so far
        for i, state in enumerate(self.wb_pages):
            self.__dict__.update(state)
            key = (state["wb_plan"], state["wb_kind"])
            numbers[key] = numbers.get(key, 0) + 1
            confidential = state["wb_confidential"] or state["wb_confidential_seen"]
            self._draw_chrome(key, numbers[key], totals[key], confidential)
            for bookmark, kwargs in state["wb_bookmarks"]:
                super().bookmarkPage(bookmark, **kwargs)
            super().showPage()
            run += 1
            after = self.wb_pages[i + 1] if i + 1 < len(self.wb_pages) else None
            if after is None or _group(after) != _group(state):
                if self.wb_pad and run % 2:
                    self._blank_page()
                run = 0
        self.wb_stats["pages"] = self.getPageNumber() - 1
        super().save()

    def _blank_page(self) -> None:
        """The back of a packet's (or separator's) last sheet, so the next one starts on a front."""
        width, height = self._pagesize
        self.setFont(ITALIC, 10)
        self.setFillGray(0.35)
        self.drawCentredString(width / 2, height / 2, BLANK_PAGE_TEXT)
        super().showPage()

    def _draw_chrome(self, key: tuple[int, str], page: int, total: int, confidential: bool) -> None:
        plan, kind = key
        if not self.wb_chrome or kind == "separator":
            return
        c = self.wb_chrome[plan]
        width, height = self._pagesize
        left, right = MARGIN_SIDE * mm, width - MARGIN_SIDE * mm
        top, bottom = height - HEADER_BASELINE * mm, FOOTER_BASELINE * mm
        self.saveState()
        self.setLineWidth(0.5)
        self.line(left, top - 4, right, top - 4)
        self.line(left, bottom + 9, right, bottom + 9)
        marks = (("DRAFT", c.draft), ("CONFIDENTIAL", confidential))
        tags = KIND_TAGS.get(kind) or " · ".join(t for t, on in marks if on)
        tag_w = stringWidth(tags, BOLD, 8.5) + 12 if tags else 0
        _fit(self, left, top, f"{c.left} · {c.right}", right - left - tag_w, BOLD, "start")
        if tags:
            self.setFont(BOLD, 8.5)
            self.drawRightString(right, top, tags)
        _fit(self, left, bottom, c.footer, right - left - 130, REGULAR, "start")
        self.setFont(REGULAR, 8.5)
        self.drawRightString(right, bottom, f"{KIND_NUMBERING[kind]} {page} of {total}")
        self.restoreState()


def _group(state: dict[str, Any]) -> tuple[int, bool]:
    """Pages printed together: a plan's packet (all its kinds) or the separator sheet before it."""
    return state["wb_plan"], state["wb_kind"] == "separator"


def _fit(canvas: Canvas, x: float, y: float, text: str, width: float, font: str, side: str) -> None:
    """Draw ``text`` at up to 8.5 pt, shrinking (down to 6 pt) and then shortening it to fit."""
    size = 8.5
    while size > 6 and stringWidth(text, font, size) > width:
        size -= 0.5
    while len(text) > 1 and stringWidth(text, font, size) > width:
        text = text[:-2].rstrip() + "…"
    canvas.setFont(font, size)
    if side == "start":
        canvas.drawString(x, y, text)
    else:
        canvas.drawRightString(x, y, text)


# --------------------------------------------------------------------------- document


class PlanContents(TableOfContents):
    """The contents of one plan: takes only that plan's headings, with per-plan page numbers."""

    def __init__(self, plan_index: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.plan_index = plan_index

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "WBEntry" and stuff[0] == self.plan_index:
            self.addEntry(*stuff[1:])


class SketchFrame(Frame):
    """A frame that, on the canvas of the document's sketch pass, places flowables without
    drawing them (markers excepted: they set the page kind the canvas counts)."""

    def _add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> Any:  # noqa: N803
        if not getattr(canv, "wb_sketch", False) or isinstance(flowable, Marker):
            return super()._add(flowable, canv, trySplit)
        own = flowable.__dict__  # not setattr: a chart (Drawing) refuses unknown attributes
        own["drawOn"] = _draw_nothing
        try:
            return super()._add(flowable, canv, trySplit)
        finally:
            own.pop("drawOn", None)

    add = _add


def _draw_nothing(*args: Any, **kwargs: Any) -> None:
    pass


class PacketDocument(BaseDocTemplate):
    """The packet's document. Its contents pages need the page numbers of the headings, so
    reportlab lays the story out twice (`multiBuild`); the first pass here is a sketch that
    only places the flowables (about half the work: nothing is drawn), the second draws."""

    def __init__(self, buffer: io.BytesIO, outline_base: int, **kwargs: Any) -> None:
        super().__init__(buffer, **kwargs)
        self.wb_outline_base = outline_base
        self.wb_plan_start: dict[int, int] = {}
        self.wb_sketch = True
        upright = self.pagesize
        wide = landscape(upright)  # for a table too wide for an upright page
        self.addPageTemplates(
            [
                PageTemplate("page", [self._frame(upright)], onPage=_show_outline),
                PageTemplate("wide", [self._frame(wide)], onPage=_show_outline, pagesize=wide),
            ]
        )

    def _frame(self, size: tuple[float, float]) -> Frame:
        return SketchFrame(
            self.leftMargin,
            self.bottomMargin,
            size[0] - self.leftMargin - self.rightMargin,
            size[1] - self.topMargin - self.bottomMargin,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def _makeCanvas(self, *args: Any, **kwargs: Any) -> Canvas:
        canv: Canvas = super()._makeCanvas(*args, **kwargs)
        canv.wb_sketch = self.wb_sketch
        return canv

    def _allSatisfied(self) -> bool:
        """After the sketch pass, always one more pass that draws (and is checked in turn)."""
        if self.wb_sketch:
            self.wb_sketch = False
            return False
        return bool(super()._allSatisfied())

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, PlanStart):
            self.wb_plan_start[flowable.index] = self.page
        if not isinstance(flowable, Heading):
            return
        level = self.wb_outline_base + flowable.level
        self.canv.bookmarkPage(flowable.key)
        self.canv.addOutlineEntry(flowable.plain, flowable.key, level, closed=level > 0)
        if not flowable.toc:
            return
        local = self.page - self.wb_plan_start.get(flowable.plan_index, 1) + 1
        self.notify(
            "WBEntry", (flowable.plan_index, flowable.level, flowable.plain, local, flowable.key)
        )


def _show_outline(canvas: Canvas, doc: BaseDocTemplate) -> None:
    if doc.page == 1:
        canvas.showOutline()


# --------------------------------------------------------------------------- renderer


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


# --------------------------------------------------------------------------- files


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
