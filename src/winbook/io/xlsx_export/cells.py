"""What every sheet shares: the sheet names, number formats, fonts and fills, and the helpers
that write a cell, a header, a reference or a formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from winbook.domain.budget import month_key
from winbook.domain.explain import frac
from winbook.io.xlsx_print import FONT

SUMMARY = "Summary"


HISTORY = "Past elections"


TURNOUT = "Turnout and win number"


PATH = "Path to victory"


BUDGET = "Budget"


INCOME = "Income"


CASH = "Cash flow"


TIMELINE = "Timeline"


SHEETS = (SUMMARY, HISTORY, TURNOUT, PATH, BUDGET, INCOME, CASH, TIMELINE)


BUDGET_HEADERS = ("Description", "Category", "Month", "Amount", "In kind")


INCOME_HEADERS = ("Description", "Source", "Month", "Amount")


#: The row of the column headers on the sheets that are one table (budget, income, cash flow,
#: timeline, past elections): under the title and the subtitle; data start one row below.
HEAD_ROW = 4


FIRST_ROW = HEAD_ROW + 1


MONEY = '"$"#,##0.00;"−$"#,##0.00'  # a true minus sign, as the packet prints it


WHOLE = "#,##0"


PCT = "0.0%"


PCT2 = "0.00%"


SIGNED_PCT = '0.0%;"−"0.0%'


MONTH = "mmm yyyy"


_HEADER_FONT = Font(name=FONT, bold=True, color="FFFFFF")


_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")


_SUBHEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


_INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")


_BOLD = Font(name=FONT, bold=True)


_NOTE_FONT = Font(name=FONT, italic=True, color="595959")


_WRAP = Alignment(wrap_text=True, vertical="top")


_TOP = Alignment(vertical="top")


_CENTER = Alignment(horizontal="center", vertical="top")


_LEFT = Alignment(horizontal="left", vertical="top")


_TOP_LINE = Border(top=Side(style="thin"))


class F(str):
    """A formula (text starting with ``=``). Plain `str` values are always written as text."""

    __slots__ = ()


Value = str | int | float | Decimal | date | None


def _set(ws: Worksheet, row: int, col: int, value: Value, fmt: str | None = None) -> Cell:
    cell: Cell = ws.cell(row=row, column=col)
    if isinstance(value, F):
        cell.value = str(value)
    elif isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"  # "=1+1", "@cmd", "-x", "#N/A" stay text
    else:
        cell.value = value
    if fmt:
        cell.number_format = fmt
    cell.alignment = _TOP  # a row made taller by wrapped text reads from its top line
    return cell


def _header(ws: Worksheet, row: int, names: Sequence[str], col: int = 1) -> None:
    for i, name in enumerate(names):
        cell = _set(ws, row, col + i, name)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _subhead(ws: Worksheet, row: int, text: str, width: int = 3) -> None:
    for col in range(1, width + 1):
        ws.cell(row=row, column=col).fill = _SUBHEAD_FILL
    _set(ws, row, 1, text).font = _BOLD


def _align(ws: Worksheet, cols: Sequence[int], rows: range, how: Alignment) -> None:
    for r in rows:
        for col in cols:
            ws.cell(row=r, column=col).alignment = how


def _widths(ws: Worksheet, widths: Sequence[float], first: int = 1) -> None:
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(first + i)].width = w


def _ref(sheet: str, row: int, col: int) -> str:
    return f"'{sheet}'!${get_column_letter(col)}${row}"


def _a(row: int, col: int) -> str:
    return f"${get_column_letter(col)}${row}"


def _month_value(month: str) -> Value:
    """A valid "YYYY-MM" as the first day of the month (a real date); anything else as text."""
    key = month_key(month)
    if key is None:
        return month or None
    return date(key[0], key[1], 1)


def _pct(x: float | None) -> float | None:
    return None if x is None else float(frac(x) / 100)


class _Labels:
    """A two-column block of label / value rows that remembers where each value went."""

    def __init__(self, ws: Worksheet, sheet: str, row: int) -> None:
        self.ws, self.sheet, self.row = ws, sheet, row
        self.cells: dict[str, str] = {}  # key -> local absolute address ($B$7)
        self.refs: dict[str, str] = {}  # key -> 'Sheet'!$B$7

    def add(
        self,
        key: str,
        label: str,
        value: Value,
        fmt: str | None = None,
        note: str = "",
        editable: bool = False,
    ) -> str:
        _set(self.ws, self.row, 1, label).alignment = _WRAP
        cell = _set(self.ws, self.row, 2, value, fmt)
        cell.alignment = _TOP
        if editable:
            cell.fill = _INPUT_FILL
        if note:
            text = _set(self.ws, self.row, 3, note)
            text.font, text.alignment = _NOTE_FONT, _WRAP
        self.cells[key] = _a(self.row, 2)
        self.refs[key] = _ref(self.sheet, self.row, 2)
        self.row += 1
        return self.cells[key]

    def total(self, key: str, label: str, value: Value, fmt: str | None = None) -> str:
        addr = self.add(key, label, value, fmt)
        for col in (1, 2):
            c = self.ws.cell(row=self.row - 1, column=col)
            c.font, c.border = _BOLD, _TOP_LINE
        return addr

    def skip(self, n: int = 1) -> None:
        self.row += n


#: How each sheet prints: (landscape, the rows repeated at the top of every page).
_PRINTED: dict[str, tuple[bool, str | None]] = {
    SUMMARY: (False, None),
    HISTORY: (True, f"{HEAD_ROW}:{HEAD_ROW}"),
    TURNOUT: (False, None),
    PATH: (True, None),
    BUDGET: (True, f"{HEAD_ROW}:{HEAD_ROW}"),
    INCOME: (True, f"{HEAD_ROW}:{HEAD_ROW}"),
    CASH: (False, f"{HEAD_ROW}:{HEAD_ROW}"),
    TIMELINE: (True, f"{HEAD_ROW}:{HEAD_ROW}"),
}
