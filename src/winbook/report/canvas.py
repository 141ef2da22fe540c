"""The packet's pages: margins, the page chrome (header, footer, "Page X of Y" counted per
packet and per kind of page), the canvas that numbers and pads pages at save time, the
contents, and the document template with its sketch pass and its landscape page.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass

# Any: reportlab has no type hints: its kwargs and saved canvas state pass through as Any
from typing import Any

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from winbook.report.fonts import BOLD, ITALIC, REGULAR
from winbook.report.layout import Heading, Marker, PlanStart

#: Margins in mm. Every mark on the page stays at least 0.5 in (12.7 mm) from the edge.
MARGIN_SIDE = 20.0


MARGIN_TOP = 24.0


MARGIN_BOTTOM = 22.0


HEADER_BASELINE = 15.5  # from the top edge


FOOTER_BASELINE = 14.0  # from the bottom edge


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


def _draw_nothing(*args: object, **kwargs: object) -> None:
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
