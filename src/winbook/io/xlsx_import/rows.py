"""Turning a foreign sheet into budget lines with a column mapping, and reading Winbook's own
workbook back; totals rows and blank rows are skipped and named.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from winbook.domain.model import ExpenseCategory, ExpenseLine, IncomeLine, IncomeSource
from winbook.errors import InputFileError
from winbook.io.xlsx_import.model import (
    CellValue,
    ColumnMapping,
    ForeignSheet,
    MappedLines,
    _filled,
)
from winbook.io.xlsx_import.values import (
    _SOURCE_EXACT,
    _norm,
    _yes,
    number_style,
    parse_amount,
    parse_category,
    parse_month,
)


def apply_mapping(foreign: ForeignSheet, mapping: ColumnMapping) -> MappedLines:
    """Expense lines from ``foreign`` read through ``mapping``, with every problem reported.

    A row with no readable amount is left out and named; an unknown category becomes Other and
    a month that cannot be read is left empty, each with a sentence; blank rows are skipped.
    """
    return _map_rows(foreign, mapping, exact=False)


def _map_rows(foreign: ForeignSheet, mapping: ColumnMapping, exact: bool) -> MappedLines:
    if mapping.amount is None:
        raise InputFileError("Choose the column that holds the amounts.")
    reader = _RowReader(mapping, number_style(_column(foreign.rows, mapping.amount)), exact)
    out = MappedLines()
    for i, row in enumerate(foreign.rows):
        line = reader.expense(row, foreign.header_row + 1 + i)
        if line is not None:
            out.append(line)
    out.problems = reader.problems
    for text, rows in reader.unknown.items():
        what = f"The category {text!r}" if text else "No category"
        out.problems.append(f"{what} ({_rows_text(rows)}): filed under Other.")
    return out


def _column(rows: list[list[CellValue]], col: int) -> Iterator[CellValue]:
    return (r[col] for r in rows if col < len(r))


def _get(row: list[CellValue], col: int | None) -> CellValue:
    return row[col] if col is not None and col < len(row) else None


def _rows_text(rows: list[int]) -> str:
    shown = ", ".join(map(str, rows[:8])) + (" ..." if len(rows) > 8 else "")
    return f"row{'s' if len(rows) > 1 else ''} {shown}"


_TOTAL_RE = re.compile(r"(grand |sub ?)?totals?( (spending|budget|expenses|costs?))?:?|sum:?")


class _RowReader:
    """Reads rows through a mapping; ``exact`` keeps Winbook's own text as it was written."""

    def __init__(self, mapping: ColumnMapping, style: str, exact: bool) -> None:
        self.m, self.style, self.exact = mapping, style, exact
        self.problems: list[str] = []
        self.unknown: dict[str, list[int]] = defaultdict(list)

    def expense(self, row: list[CellValue], line_no: int) -> ExpenseLine | None:
        m = self.m
        if not any(_filled(v) for v in row):
            return None
        desc = self._description(_get(row, m.description))
        if not self.exact and self._is_total(row, desc):
            self.problems.append(
                f"Row {line_no} looks like a total ({desc or 'Total'}): left out so nothing "
                "is counted twice."
            )
            return None
        raw = _get(row, m.amount)
        amount = parse_amount(raw, self.style)
        if amount is None:
            shown = str(raw) if _filled(raw) else "empty"
            self.problems.append(
                f"Row {line_no} ({desc or 'no description'}): the amount {shown!r} is not a "
                "number, so the row was left out."
            )
            return None
        return ExpenseLine(
            category=self._category(_get(row, m.category), line_no),
            description=desc,
            month=self._month(_get(row, m.month), line_no, desc),
            amount=amount,
            in_kind=_yes(_get(row, m.in_kind)) if m.in_kind is not None else False,
        )

    def _description(self, raw: CellValue) -> str:
        if self.exact and isinstance(raw, str):
            return raw
        return _text(raw)

    def _is_total(self, row: list[CellValue], desc: str) -> bool:
        first = next((_text(v) for v in row if _filled(v)), "")
        label = (desc or first).lower().strip()
        return bool(_TOTAL_RE.fullmatch(label))

    def _category(self, raw: CellValue, line_no: int) -> ExpenseCategory:
        cat = parse_category(raw) if self.m.category is not None else None
        if cat is None:
            self.unknown[_text(raw)].append(line_no)
            return ExpenseCategory.OTHER
        return cat

    def _month(self, raw: CellValue, line_no: int, desc: str) -> str:
        if self.m.month is None or (self.exact and not _filled(raw)):
            return ""
        month = parse_month(raw)
        if month is not None:
            return month
        if self.exact and isinstance(raw, str):
            return raw  # Winbook wrote a month it could not read as text: keep it as it was
        shown = str(raw) if _filled(raw) else "empty"
        self.problems.append(
            f"Row {line_no} ({desc or 'no description'}): the month {shown!r} is not a month "
            "Winbook can read; enter it as YYYY-MM."
        )
        return ""


def _text(v: CellValue) -> str:
    if not _filled(v):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _income_lines(rows: list[list[CellValue]]) -> tuple[list[IncomeLine], list[str]]:
    """Income lines of Winbook's own Income sheet (description, source, month, amount)."""
    lines: list[IncomeLine] = []
    problems: list[str] = []
    style = number_style(_column(rows, 3))
    for i, raw_row in enumerate(rows, start=2):
        row = raw_row + [None] * (4 - len(raw_row))
        if not any(_filled(v) for v in row):
            continue
        desc = row[0] if isinstance(row[0], str) else _text(row[0])
        amount = parse_amount(row[3], style)
        if amount is None:
            problems.append(
                f"Income row {i} ({desc or 'no description'}): the amount is not a number, so "
                "the row was left out."
            )
            continue
        source = _SOURCE_EXACT.get(_norm(_text(row[1])))
        if source is None:
            problems.append(
                f"Income row {i}: the source {_text(row[1])!r} is not known; filed under Other."
            )
            source = IncomeSource.OTHER
        month = parse_month(row[2]) or (row[2] if isinstance(row[2], str) else "")
        lines.append(IncomeLine(source=source, description=desc, month=month, amount=amount))
    return lines, problems
