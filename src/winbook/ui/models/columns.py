"""Column specs for the plan's editable tables: how a field is shown, edited and parsed.

Each `Column` names a dataclass field of a row and a `Kind`; `columns_for(part, ...)` makes a
table's columns and checks, when the module is imported, that every column names a field of
the part's rows. The kind decides the text shown,
the text put in an editor, the alignment, and how typed text is read back ("$1,200", "12%",
"2027-09", "yes", "11/3/2026"; dates show as "Nov 3, 2026", years run from 1900 to 2100).
Parsing returns a value or raises `ValueError` with a sentence a person can act on; nothing is
silently changed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum, StrEnum
from typing import Any, Generic, Protocol, TypeVar  # Any: Mapping[Any, str], any enum's labels

from PySide6.QtCore import Qt

from winbook.domain.dates import check_year, format_date, format_month, parse_date, parse_month
from winbook.domain.explain import fmt_money
from winbook.domain.parts import ListPart
from winbook.errors import DateTextError
from winbook.ui.widgets.numeric import as_number


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"  # a required whole number
    OPT_INT = "opt_int"  # a whole number or empty (None)
    YEAR = "year"
    MONEY = "money"
    PCT = "pct"  # float per cent
    OPT_FLOAT = "opt_float"  # float or empty (None)
    ENUM = "enum"
    BOOL = "bool"
    DATE = "date"  # date or empty (None)
    MONTH = "month"  # stored "YYYY-MM", shown "Sep 2027"


NUMERIC_KINDS = frozenset({Kind.INT, Kind.OPT_INT, Kind.YEAR, Kind.MONEY, Kind.PCT, Kind.OPT_FLOAT})


RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column of a table whose rows are ``RowT`` (a dataclass of the plan)."""

    field: str
    title: str
    kind: Kind = Kind.TEXT
    tip: str = ""
    #: enum value -> label, in the order offered; for a text column, the words shown for the
    #: stored keys it knows ("finance_report" shows as "Finance report"; other text as typed)
    labels: Mapping[Any, str] | None = None
    suggestions: tuple[str, ...] = ()  # completer words for a text column
    editable: bool = True
    #: A read-only column shown from the whole row (e.g. a flag worked out from its fields).
    derive: Callable[[RowT], object] | None = None

    # ----------------------------------------------------------------- display

    def display(self, value: object) -> str:
        return display_value(self.kind, value, self.labels)

    def edit_text(self, value: object) -> str:
        """The text an editor starts from (plain, without thousands separators)."""
        if value is None:
            return ""
        if self.kind is Kind.MONEY:
            return f"{Decimal(as_number(value)):f}"
        if self.kind in (Kind.PCT, Kind.OPT_FLOAT):
            return f"{float(as_number(value)):g}"
        if self.kind is Kind.ENUM or (self.kind is Kind.TEXT and self.labels):
            return self.display(value)
        if self.kind is Kind.DATE:
            return format_date(value) if isinstance(value, date) else ""
        if self.kind is Kind.MONTH:
            return format_month(str(value))
        if self.kind is Kind.YEAR and not value:
            return ""
        return str(value)

    def alignment(self) -> Qt.AlignmentFlag:
        if self.kind in NUMERIC_KINDS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    # ----------------------------------------------------------------- parsing

    def parse(self, text: object) -> object:
        """The field value for what the user typed; ValueError with a reason if it is not one."""
        return PARSERS[self.kind](self, text)


class _Named(Protocol):
    """What a parser reads of its column: the title its messages name, and the labels."""

    @property
    def title(self) -> str: ...
    @property
    def labels(self) -> Mapping[Any, str] | None: ...


def columns_for(part: ListPart[RowT], *columns: Column[RowT]) -> tuple[Column[RowT], ...]:
    """The columns of a table over ``part``, checked now: every column that is not worked out
    from the row (``derive``) names a field of the part's rows, once (ValueError if not)."""
    fields = [c.field for c in columns if c.derive is None]
    for name in fields:
        part.field(name)
    twice = sorted({f for f in fields if fields.count(f) > 1})
    if twice:
        raise ValueError(f"plan.{part.path}: {', '.join(twice)} shown in two columns")
    return columns


def display_value(kind: Kind, value: object, labels: Mapping[Any, str] | None = None) -> str:
    if value is None:
        return ""
    if kind in (Kind.INT, Kind.OPT_INT):
        return f"{int(as_number(value)):,}"
    if kind is Kind.YEAR:
        return str(value) if value else ""
    if kind is Kind.MONEY:
        amount = Decimal(as_number(value))
        return fmt_money(amount, cents=amount != amount.to_integral_value())
    if kind is Kind.PCT:
        return f"{float(as_number(value)):g}%"
    if kind is Kind.OPT_FLOAT:
        return f"{float(as_number(value)):g}"
    if kind is Kind.ENUM:
        return (labels or {}).get(value, str(getattr(value, "value", value)))
    if kind is Kind.BOOL:
        return ""
    if kind is Kind.DATE:
        return format_date(value) if isinstance(value, date) else str(value)
    if kind is Kind.MONTH:
        return format_month(str(value))  # "Jan 2028", never "2028-01"
    if labels:
        return labels.get(value, str(value))
    return str(value)


def _clean_number(text: object) -> str:
    s = str(text).strip().replace(",", "").replace("$", "").replace("%", "").replace(" ", "")
    s = s.replace("\u2212", "-")  # a true minus, as amounts are shown
    if s.startswith("(") and s.endswith(")"):
        s = "-" + s[1:-1]
    return s


def _parse_text(c: _Named, text: object) -> str:
    """The typed text; a known word ("Finance report", any case) is stored as its key."""
    s = str(text).strip()
    for key, label in (c.labels or {}).items():
        if s.lower() in (str(key).lower(), label.lower()):
            return str(key)
    return s


def _parse_int(c: _Named, text: object) -> int:
    s = _clean_number(text)
    try:
        value = Decimal(s)
    except InvalidOperation:
        raise ValueError(f"{c.title}: {text!r} is not a whole number.") from None
    if value != value.to_integral_value():
        raise ValueError(f"{c.title}: {text!r} is not a whole number.")
    return int(value)


def _parse_opt_int(c: _Named, text: object) -> int | None:
    return None if _clean_number(text) == "" else _parse_int(c, text)


def _parse_money(c: _Named, text: object) -> Decimal:
    s = _clean_number(text)
    try:
        value = Decimal(s or "0")
    except InvalidOperation:
        raise ValueError(f"{c.title}: {text!r} is not an amount of money.") from None
    if not value.is_finite():
        raise ValueError(f"{c.title}: {text!r} is not an amount of money.")
    return value


def _parse_float(c: _Named, text: object) -> float:
    s = _clean_number(text)
    try:
        value = float(s)
    except ValueError:
        raise ValueError(f"{c.title}: {text!r} is not a number.") from None
    if not math.isfinite(value):
        raise ValueError(f"{c.title}: {text!r} is not a number.")
    return value


def _parse_opt_float(c: _Named, text: object) -> float | None:
    return None if _clean_number(text) == "" else _parse_float(c, text)


def _parse_enum(c: _Named, text: object) -> object:
    labels = c.labels or {}
    if isinstance(text, Enum) and text in labels:
        return text
    wanted = str(text).strip().casefold()
    for value, label in labels.items():
        if wanted in (label.casefold(), str(getattr(value, "value", value)).casefold()):
            return value
    choices = ", ".join(labels.values())
    raise ValueError(f"{c.title}: {text!r} is not one of {choices}.")


def _parse_bool(_c: _Named, text: object) -> bool:
    if isinstance(text, bool):
        return text
    return str(text).strip().casefold() in {"1", "yes", "y", "true", "x", "done", "✓"}


def _parse_year(c: _Named, text: object) -> int:
    """A year from 1900 to 2100; empty text is "no year yet" (0)."""
    if _clean_number(text) == "":
        return 0
    year = _parse_int(c, text)
    try:
        check_year(year)
    except DateTextError as exc:
        raise ValueError(f"{c.title}: {exc}") from None
    return year


def _parse_date(c: _Named, text: object) -> date | None:
    if isinstance(text, date) or text is None:
        return text
    try:
        return parse_date(str(text))
    except DateTextError as exc:
        raise ValueError(f"{c.title}: {exc}") from None


def _parse_month(c: _Named, text: object) -> str:
    s = str(text).strip()
    if not s:
        return ""
    month = parse_month(s)
    if month is not None:
        return month
    raise ValueError(
        f"{c.title}: {text!r} is not a month; type it as Sep 2027, September 2027, 9/2027 or "
        "2027-09."
    )


PARSERS: dict[Kind, Callable[[_Named, object], object]] = {
    Kind.TEXT: _parse_text,
    Kind.INT: _parse_int,
    Kind.OPT_INT: _parse_opt_int,
    Kind.YEAR: _parse_year,
    Kind.MONEY: _parse_money,
    Kind.PCT: _parse_float,
    Kind.OPT_FLOAT: _parse_opt_float,
    Kind.ENUM: _parse_enum,
    Kind.BOOL: _parse_bool,
    Kind.DATE: _parse_date,
    Kind.MONTH: _parse_month,
}
