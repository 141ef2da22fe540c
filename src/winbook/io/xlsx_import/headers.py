"""Guessing which column is which from the header row (English synonyms, then words a header
contains).
"""

from __future__ import annotations

from collections.abc import Sequence

from winbook.errors import InputFileError
from winbook.io.xlsx_import.model import (
    HEADER_SCAN_ROWS,
    CellValue,
    ColumnMapping,
    ForeignSheet,
    _filled,
)
from winbook.io.xlsx_import.values import _norm

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "amount": (
        "amount",
        "cost",
        "total",
        "price",
        "budget",
        "budgeted",
        "spend",
        "spending",
        "value",
        "sum",
        "usd",
        "estimated cost",
        "est cost",
        "amount usd",
        "cost usd",
        "dollars",
    ),
    "description": (
        "description",
        "item",
        "desc",
        "expense",
        "expenses",
        "name",
        "what",
        "line item",
        "details",
        "detail",
        "memo",
        "vendor",
        "payee",
        "purpose",
    ),
    "category": (
        "category",
        "type",
        "kind",
        "group",
        "class",
        "budget category",
        "expense type",
        "cat",
        "line",
    ),
    "month": (
        "month",
        "date",
        "when",
        "period",
        "due",
        "paid",
        "date paid",
        "month due",
        "timing",
        "paid on",
    ),
    "in_kind": ("in kind", "inkind", "donated", "in kind contribution"),
}


_CONTAINS: tuple[tuple[str, str], ...] = (
    ("in kind", "in_kind"),
    ("amount", "amount"),
    ("cost", "amount"),
    ("descr", "description"),
    ("item", "description"),
    ("categ", "category"),
    ("month", "month"),
    ("date", "month"),
)


def field_for_header(header: str) -> str | None:
    """Which budget field a column header names ("Cost ($)" -> "amount"), or None."""
    h = _norm(header)
    if not h:
        return None
    h_plain = h.replace("$", "").replace("€", "").replace("£", "").strip()
    for name, words in _SYNONYMS.items():
        if h in words or h_plain in words:
            return name
    for part, name in _CONTAINS:
        if part in h:
            return name
    return None


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    found: dict[str, int] = {}
    for i, h in enumerate(headers):
        name = field_for_header(h)
        if name and name not in found:
            found[name] = i
    return ColumnMapping(**found)


def _header_index(rows: list[list[CellValue]]) -> int:
    best, best_score = -1, 0
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        texts = [v for v in row if isinstance(v, str) and v.strip()]
        score = len({field_for_header(t) for t in texts} - {None})
        if score > best_score:
            best, best_score = i, score
    if best >= 0:
        return best
    return next((i for i, r in enumerate(rows) if any(_filled(v) for v in r)), 0)


def _foreign(name: str, sheet: str, rows: list[list[CellValue]]) -> ForeignSheet:
    if not rows:
        where = f"The sheet {sheet!r} of {name}" if sheet else name
        raise InputFileError(f"{where} is empty.")
    h = _header_index(rows)
    width = max(len(r) for r in rows)
    headers = [_header_text(v, i) for i, v in enumerate(rows[h] + [None] * width)][:width]
    data = [r + [None] * (width - len(r)) for r in rows[h + 1 :]]
    foreign = ForeignSheet(name, sheet, h + 1, headers, data, guess_mapping(headers))
    if foreign.guess.amount is None:
        foreign.warnings.append(
            f"No column of {name} is headed like an amount (amount, cost, total): choose it."
        )
    return foreign


def _header_text(v: CellValue, i: int) -> str:
    return str(v).strip() if _filled(v) else f"Column {_col_letter(i)}"


def _col_letter(i: int) -> str:
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(65 + r) + out
    return out
