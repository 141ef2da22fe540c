"""Building blocks of the packet: the named style sheet, paragraphs that wrap anything, tables
that split across pages with their header row repeated, and the marker flowables the page
template reads (plan start, headings for the outline, confidential pages)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Any: reportlab has no type hints: table cells and style commands are Any to it
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from winbook.report.fonts import BOLD, ITALIC, REGULAR, register_fonts


def stylesheet() -> StyleSheet1:
    """The packet's named styles (body 10 pt, tables 8.5 pt), all in the embedded font."""
    register_fonts()
    ss = StyleSheet1()
    # splitLongWords (on by default) breaks a token wider than its column; nothing is cut off
    base = ParagraphStyle(
        "Body", fontName=REGULAR, fontSize=10, leading=13.5, spaceAfter=5, splitLongWords=1
    )
    ss.add(base)
    add = ss.add
    add(ParagraphStyle("Small", parent=base, fontSize=8.5, leading=11, spaceAfter=3))
    add(ParagraphStyle("Note", parent=base, fontName=ITALIC, fontSize=8.5, leading=11))
    # the status line under a section heading: kept with the text, so a heading never ends a page
    add(ParagraphStyle("Status", parent=ss["Note"], keepWithNext=1))
    add(
        ParagraphStyle(
            "Bullet",
            parent=base,
            fontSize=8.5,
            leading=11,
            leftIndent=20,
            firstLineIndent=-9,
            spaceAfter=2,
        )
    )
    add(
        ParagraphStyle(
            "Empty", parent=base, fontName=ITALIC, textColor=colors.Color(0.35, 0.35, 0.35)
        )
    )
    add(
        ParagraphStyle(
            "Step",
            parent=base,
            fontSize=9.5,
            leading=12.5,
            leftIndent=16,
            firstLineIndent=-16,
            spaceAfter=3,
        )
    )
    add(
        ParagraphStyle(
            "Warning",
            parent=base,
            fontSize=9.5,
            leading=12.5,
            leftIndent=12,
            firstLineIndent=-12,
            spaceAfter=3,
        )
    )
    add(
        ParagraphStyle(
            "H1",
            parent=base,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            spaceBefore=4,
            spaceAfter=8,
            keepWithNext=1,
        )
    )
    add(
        ParagraphStyle(
            "H2",
            parent=base,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        )
    )
    add(
        ParagraphStyle(
            "H3",
            parent=base,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        )
    )
    add(ParagraphStyle("H3Loose", parent=ss["H3"], keepWithNext=0))
    add(ParagraphStyle("Cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0))
    add(ParagraphStyle("CellRight", parent=ss["Cell"], alignment=TA_RIGHT))
    add(ParagraphStyle("CellHead", parent=ss["Cell"], fontName=BOLD))
    add(ParagraphStyle("CellHeadRight", parent=ss["CellHead"], alignment=TA_RIGHT))
    add(
        ParagraphStyle(
            "CoverName", parent=base, fontName=BOLD, fontSize=26, leading=32, spaceAfter=6
        )
    )
    add(ParagraphStyle("CoverLine", parent=base, fontSize=13, leading=18, spaceAfter=2))
    add(
        ParagraphStyle(
            "CoverKicker",
            parent=base,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            textColor=colors.Color(0.3, 0.3, 0.3),
            spaceAfter=14,
        )
    )
    add(
        ParagraphStyle(
            "Stamp", parent=base, fontName=BOLD, fontSize=22, leading=28, alignment=TA_CENTER
        )
    )
    add(
        ParagraphStyle(
            "Banner", parent=base, fontName=BOLD, fontSize=11, leading=14, alignment=TA_CENTER
        )
    )
    add(ParagraphStyle("TOC0", parent=base, fontName=BOLD, fontSize=10, leading=14))
    add(ParagraphStyle("TOC1", parent=base, fontSize=9, leading=12, leftIndent=16))
    add(ParagraphStyle("TOC2", parent=base, fontSize=8.5, leading=11, leftIndent=32))
    return ss


def markup(text: str) -> str:
    """User text as safe paragraph markup: escaped, long tokens breakable, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


class Para(Paragraph):
    """A paragraph that keeps its line breaks for the width it was last wrapped at.

    reportlab wraps a paragraph several times at the same width (a table measures its cells,
    then wraps them again to split and to draw them; the contents pass lays out everything
    twice); breaking the lines is most of the packet's time and gives the same lines each time,
    so only a new width breaks them again.
    """

    wb_wrapped: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self.wb_wrapped and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self.wb_wrapped = availWidth
        return size


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Para(markup(text), style)


def rich(markup_text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from trusted markup (the packet's own wording, already escaped)."""
    return Para(markup_text, style)


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """User text split into paragraphs at blank lines; a long paragraph is laid out in
    pieces (`pieces`) that follow each other without a gap."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    out: list[Flowable] = []
    for block in blocks:
        parts = pieces(block)
        run = _run_style(style) if len(parts) > 1 else style
        out += [para(p, run) for p in parts[:-1]]
        out.append(para(parts[-1], style))
    return out


#: The longest piece of a paragraph laid out as one flowable (about a third of a page).
#: reportlab re-breaks the rest of a paragraph each time it splits it across a page, so one
#: 40,000-word paragraph cost 4 s and 80,000 words 21 s; pieces keep the cost linear.
PIECE = 1500
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def pieces(text: str, limit: int = PIECE) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, at the last sentence end of
    each stretch (else the last space; a stretch with neither is cut where it ends). Nothing
    is lost or reordered but the spaces at the cuts."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        out.append(text[start:end].rstrip())
        gap = _SPACE.match(text, end)
        start = gap.end() if gap else end
    out.append(text[start:])
    return [p for p in out if p] or [text]


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end the piece that starts at ``start``: after a sentence or a space in the
    last two thirds of the stretch up to ``stop``, else at ``stop``."""
    floor = start + (stop - start) // 3
    for pattern in (_SENTENCE_END, _SPACE):
        found = [m.end() for m in pattern.finditer(text, floor, stop + 1)]
        if found:
            return found[-1]
    return stop


def _run_style(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` without the space after: for the pieces of one paragraph but the last."""
    return ParagraphStyle(f"{style.name}Run", parent=style, spaceAfter=0)


# --------------------------------------------------------------------------- tables

GRID = colors.Color(0.55, 0.55, 0.55)
ZEBRA = colors.Color(0.94, 0.94, 0.94)
HEAD = colors.Color(0.84, 0.84, 0.84)


@dataclass(frozen=True)
class Col:
    title: str
    width: float  # a weight: how much of the spare width the column takes (content comes first)
    right: bool = False  # numbers are right-aligned


#: Cell padding left + right (see `_table_style`), plus a point and a half so that rounding
#: never pushes a word that just fits onto two lines.
PAD = 9.5
#: The sizes a table may shrink to when its words and numbers do not fit at 8.5 pt.
TABLE_SIZES = (8.5, 8.0, 7.5, 6.5)
#: The smallest size a wide table is set in on an upright page; below it, the table gets a
#: landscape page of its own (`needs_landscape`).
READABLE = 8.0


def _tokens(text: str) -> list[str]:
    """The pieces a cell may break between: words and numbers, never inside one."""
    return [t for line in text.split("\n") for t in re.split(r"[ \t]+", line) if t]


def _unit_widths(
    cols: Sequence[Col], rows: Sequence[Sequence[str]], bold_rows: int
) -> tuple[list[float], list[float]]:
    """(widest word or number, widest unwrapped line) of each column at 1 pt: text width grows
    in proportion to the font size, so one measure serves every size. Headers wrap between
    words, so only their widest word counts."""
    words, lines = [], []
    for i, c in enumerate(cols):
        cells = [
            (r[i], BOLD if k >= len(rows) - bold_rows else REGULAR) for k, r in enumerate(rows)
        ]
        head = max((stringWidth(w, BOLD, 1) for w in _tokens(c.title)), default=0.0)
        word = max((stringWidth(t, f, 1) for text, f in cells for t in _tokens(text)), default=0.0)
        line = max(
            (stringWidth(ln, f, 1) for text, f in cells for ln in text.split("\n")), default=0.0
        )
        words.append(max(head, word))
        lines.append(max(head, line))
    return words, lines


def fit_columns(
    cols: Sequence[Col], rows: Sequence[Sequence[str]], width: float, bold_rows: int = 0
) -> tuple[list[float], float]:
    """Column widths from the content, and the font size: every word and number whole on one
    line at the largest of `TABLE_SIZES` that allows it; spare width goes first to the columns
    whose text wraps, then by the columns' weights."""
    words, lines = _unit_widths(cols, rows, bold_rows)
    for size in TABLE_SIZES:
        least = [w * size + PAD for w in words]
        if sum(least) <= width:
            break
    natural = [w * size + PAD for w in lines]
    if sum(least) > width:  # a word wider than the page: only the widest columns give way
        return _cap(least, width), size
    if sum(natural) <= width:
        spare = width - sum(natural)
        weights = [c.width for c in cols]
        return [n + spare * w / sum(weights) for n, w in zip(natural, weights, strict=True)], size
    want = [n - m for n, m in zip(natural, least, strict=True)]
    spare = width - sum(least)
    return [m + spare * w / sum(want) for m, w in zip(least, want, strict=True)], size


def needs_landscape(
    cols: Sequence[Col], rows: Sequence[Sequence[str]], width: float, bold_rows: int = 0
) -> bool:
    """Whether a table's words and numbers cannot all sit whole in ``width`` at `READABLE` pt
    (measured, as `fit_columns` measures them)."""
    words, _ = _unit_widths(cols, rows, bold_rows)
    return sum(w * READABLE + PAD for w in words) > width


def _cap(widths: Sequence[float], total: float) -> list[float]:
    """``widths`` with the widest cut to one level (water-filling) so that they sum to ``total``."""
    ordered = sorted(widths, reverse=True)
    rest = sum(ordered)
    for k, w in enumerate(ordered, 1):
        rest -= w
        level = (total - rest) / k  # the k widest share what the others leave
        if k == len(ordered) or level >= ordered[k]:
            return [min(w, level) for w in widths]
    return list(widths)


def cell_styles(ss: StyleSheet1, size: float) -> dict[str, ParagraphStyle]:
    """The four cell styles at ``size`` (the sheet's own at 8.5 pt)."""
    names = ("Cell", "CellRight", "CellHead", "CellHeadRight")
    if size == TABLE_SIZES[0]:
        return {n: ss[n] for n in names}
    lead = size * 10.5 / 8.5
    return {
        n: ParagraphStyle(f"{n}{size:g}", parent=ss[n], fontSize=size, leading=lead) for n in names
    }


def table(
    ss: StyleSheet1,
    cols: Sequence[Col],
    rows: Sequence[Sequence[str]],
    width: float,
    total: Sequence[str] | None = None,
) -> Table:
    """A table of Paragraph cells that wraps between words only, splits across pages and
    repeats its header row; an optional bold ``total`` row closes it. Column widths come from
    the content (`fit_columns`); a table too wide at 8.5 pt is set smaller."""
    every = [*rows, *([total] if total is not None else [])]
    widths, size = fit_columns(cols, every, width, 1 if total is not None else 0)
    st = cell_styles(ss, size)
    head = [Para(markup(c.title), st["CellHeadRight" if c.right else "CellHead"]) for c in cols]
    body = [_row(st, cols, r, False) for r in rows]
    if total is not None:
        body.append(_row(st, cols, total, True))
    t = Table([head, *body], colWidths=widths, repeatRows=1)
    t.setStyle(_table_style(len(body), total is not None))
    return t


def _row(
    st: dict[str, ParagraphStyle], cols: Sequence[Col], row: Sequence[str], bold: bool
) -> list[Any]:
    out: list[Any] = []
    for c, value in zip(cols, row, strict=True):
        if bold:
            name = "CellHeadRight" if c.right else "CellHead"
        else:
            name = "CellRight" if c.right else "Cell"
        out.append(Para(markup(value), st[name]))
    return out


def _table_style(body_rows: int, has_total: bool) -> TableStyle:
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    cmds += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, body_rows + 1, 2)]
    if has_total:
        cmds += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, colors.black),
            ("BACKGROUND", (0, -1), (-1, -1), colors.white),
        ]
    return TableStyle(cmds)


def key_values(ss: StyleSheet1, pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """A two-column label / value table without a header row (wraps and splits)."""
    rows = [[para(k, ss["CellHead"]), para(v, ss["Cell"])] for k, v in pairs]
    t = Table(rows, colWidths=[width * 0.34, width * 0.66])
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return t


def boxed(content: list[Flowable], width: float, grey: float = 1.0, border: float = 1.5) -> Table:
    """Flowables inside a ruled box (stamps, banners)."""
    t = Table([[content]], colWidths=[width])
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
                ("BOX", (0, 0), (-1, -1), border, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), colors.Color(grey, grey, grey)),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


# --------------------------------------------------------------------------- markers


class Marker(Flowable):
    """A flowable that draws nothing; the page template notices it after it is placed."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        pass


class PlanStart(Marker):
    """The first flowable of a plan's packet (its cover)."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def draw(self) -> None:
        self.canv.wb_plan = self.index
        self.canv.wb_kind = "main"


class PageKind(Marker):
    """The following pages are of ``kind`` (private, coach or separator) for plan ``index``:
    their own header and numbering (see `winbook.report.packet.KIND_TAGS`)."""

    def __init__(self, index: int, kind: str) -> None:
        super().__init__()
        self.index = index
        self.kind = kind

    def draw(self) -> None:
        self.canv.wb_plan = self.index
        self.canv.wb_kind = self.kind


class Confidential(Marker):
    """Marks the following pages confidential (``on``) or ends the confidential run."""

    def __init__(self, on: bool) -> None:
        super().__init__()
        self.on = on

    def draw(self) -> None:
        self.canv.wb_confidential = self.on
        if self.on:
            self.canv.wb_confidential_seen = True


class Heading(Para):
    """A section heading that becomes an outline entry and a contents line."""

    def __init__(
        self, text: str, style: ParagraphStyle, level: int, key: str, plan_index: int
    ) -> None:
        super().__init__(markup(text), style)
        self.plain = text
        self.level = level
        self.key = key
        self.plan_index = plan_index
        self.toc = True
