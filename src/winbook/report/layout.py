"""Building blocks of the packet: the named style sheet, paragraphs that wrap anything, tables
that split across pages with their header row repeated, and the marker flowables the page
template reads (plan start, headings for the outline, confidential pages)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
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


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def rich(markup_text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from trusted markup (the packet's own wording, already escaped)."""
    return Paragraph(markup_text, style)


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """User text split into paragraphs at blank lines."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    return [para(b, style) for b in blocks]


# --------------------------------------------------------------------------- tables

GRID = colors.Color(0.55, 0.55, 0.55)
ZEBRA = colors.Color(0.94, 0.94, 0.94)
HEAD = colors.Color(0.84, 0.84, 0.84)


@dataclass(frozen=True)
class Col:
    title: str
    width: float  # a fraction of the frame width
    right: bool = False  # numbers are right-aligned


def table(
    ss: StyleSheet1,
    cols: Sequence[Col],
    rows: Sequence[Sequence[str]],
    width: float,
    total: Sequence[str] | None = None,
) -> Table:
    """A table of Paragraph cells that wraps every cell, splits across pages and repeats its
    header row; an optional bold ``total`` row closes it."""
    head = [
        Paragraph(markup(c.title), ss["CellHeadRight" if c.right else "CellHead"]) for c in cols
    ]
    body = [_row(ss, cols, r, False) for r in rows]
    if total is not None:
        body.append(_row(ss, cols, total, True))
    scale = width / sum(c.width for c in cols)
    t = Table([head, *body], colWidths=[c.width * scale for c in cols], repeatRows=1)
    t.setStyle(_table_style(len(body), total is not None))
    return t


def _row(ss: StyleSheet1, cols: Sequence[Col], row: Sequence[str], bold: bool) -> list[Any]:
    out: list[Any] = []
    for c, value in zip(cols, row, strict=True):
        if bold:
            name = "CellHeadRight" if c.right else "CellHead"
        else:
            name = "CellRight" if c.right else "Cell"
        out.append(Paragraph(markup(value), ss[name]))
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


class Confidential(Marker):
    """Marks the following pages confidential (``on``) or ends the confidential run."""

    def __init__(self, on: bool) -> None:
        super().__init__()
        self.on = on

    def draw(self) -> None:
        self.canv.wb_confidential = self.on
        if self.on:
            self.canv.wb_confidential_seen = True


class Heading(Paragraph):
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
