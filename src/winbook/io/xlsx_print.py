"""How a workbook sheet prints: one helper any sheet calls, so every sheet prints alike.

`print_sheet(ws, chrome, landscape=..., title_rows=...)` gives a sheet its paper setup (US
letter, fit to one page wide, sensible margins), a header with the candidate and the office,
a footer with the date prepared, the sheet's name and "Page X of Y" (Excel's ``&P`` / ``&N``
fields), and the rows repeated at the top of every printed page. `sheet_title` writes the
title row every sheet starts with. openpyxl does not size rows or columns to their text, so
`fit_row_heights` and `fit_column_widths` estimate it from the text length and the column
width (Calibri 11, the workbook's default font: a column width unit is one digit wide).

Dates print in the one style the app uses (`DATE`, "Nov 3, 2026").
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from winbook.domain.labels import office_line
from winbook.domain.model import Plan
from winbook.domain.path import fmt_day

#: The workbook's font (openpyxl's default; LibreOffice substitutes a metric twin).
FONT = "Calibri"
#: The app's one date style: Nov 3, 2026.
DATE = "mmm d, yyyy"
#: Points per line of 11 pt text (Excel's default row height) and per line of the title.
LINE = 15.0
TITLE_LINE = 21.0
#: The width units (digits) of the characters of a text, on average, regular and bold.
_REGULAR_EM, _BOLD_EM = 0.85, 0.95
#: A column's width lost to the cell's padding, in digits.
_CELL_PAD = 1.0
#: The fill of header rows (white bold text on dark blue), given a little more height.
HEADER_FILL_RGB = "001F4E79"
TITLE_FONT = Font(name=FONT, bold=True, size=14, color="1F4E79")
SUBTITLE_FONT = Font(name=FONT, italic=True, color="595959")


@dataclass(frozen=True)
class SheetChrome:
    """What the header and footer of every printed page of a plan's workbook say."""

    candidate: str
    office: str
    prepared: str  # "Prepared Nov 3, 2026", or "" when the plan has no date

    @classmethod
    def of(cls, plan: Plan) -> SheetChrome:
        c, r = plan.candidate, plan.race
        office = office_line(r, state=True)
        when = plan.meta.prepared_on
        return cls(
            # the name the packet's running head prints
            candidate=c.full_name.strip() or c.ballot_name.strip() or "Unnamed candidate",
            office=office,
            prepared=f"Prepared {fmt_day(when)}" if when else "",
        )


def _field_text(text: str) -> str:
    """Plain text inside a header or footer: ``&`` starts a field code there, so it doubles."""
    return text.replace("&", "&&")


def print_sheet(
    ws: Worksheet,
    chrome: SheetChrome,
    *,
    landscape: bool,
    title_rows: str | None = None,
) -> None:
    """Paper, margins, header, footer and repeated rows of ``ws`` (see the module docstring)."""
    setup = ws.page_setup
    setup.orientation = "landscape" if landscape else "portrait"
    setup.paperSize = ws.PAPERSIZE_LETTER
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as it takes
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.8, bottom=0.75, header=0.3, footer=0.3)
    if title_rows:
        ws.print_title_rows = title_rows
    for part, text, bold in (
        (ws.oddHeader.left, chrome.candidate, True),
        (ws.oddHeader.right, chrome.office, False),
        (ws.oddFooter.left, chrome.prepared, False),
    ):
        if text:
            part.text = ("&B" if bold else "") + _field_text(text)
            part.size = 9
    ws.oddFooter.center.text = "&A"  # the sheet's name
    ws.oddFooter.center.size = 9
    ws.oddFooter.right.text = "Page &P of &N"
    ws.oddFooter.right.size = 9


def sheet_title(ws: Worksheet, title: str, subtitle: str = "") -> None:
    """The title row every sheet starts with (row 1), and an optional subtitle (row 2)."""
    cell: Cell = ws.cell(row=1, column=1)
    cell.value, cell.data_type, cell.font = title, "s", TITLE_FONT
    ws.row_dimensions[1].height = TITLE_LINE
    if subtitle:
        sub: Cell = ws.cell(row=2, column=1)
        sub.value, sub.data_type, sub.font = subtitle, "s", SUBTITLE_FONT


def hide_columns(ws: Worksheet, first: int, last: int) -> None:
    """Columns ``first`` to ``last`` (1-based) hidden: kept for the formulas, not printed."""
    for col in range(first, last + 1):
        ws.column_dimensions[get_column_letter(col)].hidden = True


# --------------------------------------------------------------------------- sizes


def text_lines(text: str, width: float, bold: bool = False) -> int:
    """The lines ``text`` wraps to in a column ``width`` digits wide (words never split)."""
    em = _BOLD_EM if bold else _REGULAR_EM
    room = max(width - _CELL_PAD, 1.0)
    lines = 0
    for paragraph in text.split("\n"):
        used = 0.0
        lines += 1
        for word in paragraph.split():
            w = len(word) * em
            if used and used + em + w > room:
                lines += 1
                used = w
            else:
                used = used + em + w if used else w
    return max(lines, 1)


def _width(ws: Worksheet, col: int) -> float:
    dim = ws.column_dimensions.get(get_column_letter(col))
    return float(dim.width) if dim is not None and dim.width else 8.43


def _span_width(ws: Worksheet, cell: Cell) -> float:
    """The width of the cell, or of the merged range it starts."""
    for rng in ws.merged_cells.ranges:
        if rng.min_row == cell.row and rng.min_col == cell.column:
            return sum(_width(ws, c) for c in range(rng.min_col, rng.max_col + 1))
    return _width(ws, int(cell.column))


def fit_row_heights(ws: Worksheet, rows: Iterable[int]) -> None:
    """Each row as tall as its tallest wrapped text (openpyxl does not size rows)."""
    for row in rows:
        lines = 1
        for cell in ws[row]:
            value = cell.value
            if not isinstance(value, str) or cell.data_type == "f" or not cell.alignment.wrap_text:
                continue
            lines = max(lines, text_lines(value, _span_width(ws, cell), bool(cell.font.b)))
        height = lines * LINE + 2 if lines > 1 else None
        if ws.cell(row=row, column=1).fill.fgColor.rgb == HEADER_FILL_RGB:
            height = lines * LINE + 6  # a header row: a little air above and below
        current = ws.row_dimensions[row].height
        if height and (current is None or height > current):
            ws.row_dimensions[row].height = height


def shown_length(cell: Cell) -> int:
    """About how many characters a cell shows (a formula: 0, its result is not known)."""
    value, number_format = cell.value, str(cell.number_format)
    if value is None or cell.data_type == "f":
        return 0
    if isinstance(value, date):
        return 12
    if isinstance(value, int | float | Decimal):
        digits = len(f"{abs(float(value)):,.0f}")
        return digits + (4 if "0.00" in number_format else 1) + ("$" in number_format)
    return max((len(line) for line in str(value).split("\n")), default=0)


def fit_column_widths(
    ws: Worksheet, limits: Mapping[int, tuple[float, float]], first_row: int = 1
) -> None:
    """Each column in ``limits`` (col -> (least, most) width) as wide as its longest value from
    ``first_row`` (the header row) down; headers wrap between words, so only their longest word
    counts, and longer text wraps at the most width."""
    longest: dict[int, float] = dict.fromkeys(limits, 0.0)
    for row in ws.iter_rows(min_row=first_row):
        for cell in row:
            col = int(cell.column)
            if col not in limits or cell.value is None:
                continue
            if any(
                r.min_row == cell.row and r.min_col == col and r.max_col > col
                for r in ws.merged_cells.ranges
            ):
                continue  # text spread over several columns does not widen the first
            if cell.row == first_row and isinstance(cell.value, str):
                n = max((len(w) for w in cell.value.split()), default=0)
            else:
                n = shown_length(cell)
            em = _BOLD_EM if cell.font.b else _REGULAR_EM
            longest[col] = max(longest[col], n * em + _CELL_PAD + 0.5)
    for col, (least, most) in limits.items():
        width = min(max(math.ceil(longest[col]), least), most)
        ws.column_dimensions[get_column_letter(col)].width = width


#: US letter less the margins `print_sheet` sets, in points: (width, height) upright.
_PRINTABLE = ((8.5 - 1.0) * 72, (11 - 0.8 - 0.75) * 72)
#: Points one column width unit takes in print at 100% (measured with LibreOffice 7.4).
_POINTS_PER_UNIT = 6.5


def printed_height(ws: Worksheet, first: int, last: int, landscape: bool) -> float:
    """How much of a page's height (in points of paper) rows ``first`` to ``last`` take once
    the sheet is scaled to one page wide."""
    width = sum(
        _width(ws, c)
        for c in range(1, ws.max_column + 1)
        if not ws.column_dimensions[get_column_letter(c)].hidden
    )
    page_width = _PRINTABLE[1] if landscape else _PRINTABLE[0]
    scale = min(1.0, page_width / max(width * _POINTS_PER_UNIT, 1.0))
    rows = sum(ws.row_dimensions[r].height or LINE for r in range(first, last + 1))
    return rows * scale


def page_height(landscape: bool) -> float:
    """The printable height of a page, in points."""
    return _PRINTABLE[0] if landscape else _PRINTABLE[1]


def start_page_at(ws: Worksheet, row: int, last: int, landscape: bool) -> None:
    """A page break before ``row`` when rows 1 to ``last`` do not fit on one page, so that the
    table starting there (its header row at ``row``) is not split from its header."""
    if printed_height(ws, 1, last, landscape) > page_height(landscape):
        ws.row_breaks.append(Break(id=row - 1))
