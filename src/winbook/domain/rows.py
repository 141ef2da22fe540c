"""Blank rows: a row nobody typed anything into is nothing.

Pressing Enter at the end of a table adds a row with a few values filled in for the person
(the category and month of the line above, the next election year...). Until something is
typed into one of its *own* fields, such a row is blank: every calculator, the packet and the
workbook ignore it, the window shows it greyed as "empty row", and saving the plan (the
.winbook file, JSON, exports) drops it.

`is_blank(row)` decides; `filled(rows)` keeps the others; `without_blank_rows(plan)` is the
plan as the calculators, the packet and the workbook see it.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable

# Any: a row class's field defaults, of any field type
from typing import Any, TypeVar

from winbook.domain.model import (
    BaseShare,
    ChannelPlan,
    ChecklistItem,
    DisclosureItem,
    ExpenseLine,
    IncomeLine,
    NextStep,
    PastElection,
    Plan,
    RaceCost,
    TimelineEvent,
)

T = TypeVar("T")

#: The fields a person types into, by row type (pre-filled fields such as a line's category,
#: month or an election's cycle and seats are not listed: they alone do not make a row).
TYPED_FIELDS: dict[type, tuple[str, ...]] = {
    PastElection: (
        "registered",
        "ballots_cast",
        "contest_votes",
        "contest_ballots",
        "winner_votes",
        "last_winner_votes",
        "first_loser_votes",
        "candidates",
        "roll_off_pct",
        "note",
    ),
    ExpenseLine: ("description", "amount", "in_kind"),
    IncomeLine: ("description", "amount"),
    RaceCost: ("year", "race", "total_spent", "source"),
    BaseShare: ("year", "label", "share_pct"),
    ChannelPlan: ("share_pct", "attempts_per_hour", "contacts_per_hour", "contacts_per_vote"),
    TimelineEvent: ("title", "when", "category", "done", "note"),
    ChecklistItem: ("step", "due", "done", "note"),
    DisclosureItem: ("finding", "explanation"),
    NextStep: ("text", "owner", "due"),
}


def _defaults(kind: type) -> dict[str, Any]:
    return {
        f.name: f.default for f in dataclasses.fields(kind) if f.default is not dataclasses.MISSING
    }


#: The value each typed field starts at (what it holds before anyone types).
_STARTS: dict[type, dict[str, Any]] = {kind: _defaults(kind) for kind in TYPED_FIELDS}


def _untouched(row: object, name: str) -> bool:
    """The field holds its starting value ("" and spaces count as empty text; a typed 0 in a
    field that starts empty is a value)."""
    value = getattr(row, name)
    if isinstance(value, str):
        return not value.strip()
    return value is None or bool(value == _STARTS[type(row)].get(name))


def is_blank(row: object) -> bool:
    """True when none of ``row``'s typed fields holds anything (rows of other types: False)."""
    fields = TYPED_FIELDS.get(type(row))
    return fields is not None and all(_untouched(row, f) for f in fields)


def filled(rows: Iterable[T]) -> list[T]:
    """``rows`` without the blank ones, in order."""
    return [r for r in rows if not is_blank(r)]


def has_blank(rows: Iterable[object]) -> bool:
    return any(is_blank(r) for r in rows)


def without_blanks(value: T) -> T:
    """A list without its blank rows; a part holding lists (path, disclosure, a session) as a
    shallow copy whose lists lost theirs; anything else unchanged (the same object)."""
    if isinstance(value, list):
        return filled(value) if has_blank(value) else value  # type: ignore[return-value]
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changes = {
        f.name: without_blanks(v)
        for f in dataclasses.fields(value)
        if isinstance(v := getattr(value, f.name), list) and without_blanks(v) is not v
    }
    if not changes:
        return value
    clone = copy.copy(value)
    for name, rows in changes.items():
        setattr(clone, name, rows)
    return clone


def without_blank_rows(plan: Plan) -> Plan:
    """``plan`` as the calculators, the packet and the workbook see it (the plan itself when it
    has no blank row; else a shallow copy, ``plan`` is never changed)."""
    changes = {
        name: cleaned
        for name in (f.name for f in dataclasses.fields(plan))
        if (cleaned := without_blanks(value := getattr(plan, name))) is not value
    }
    if not changes:
        return plan
    clone = copy.copy(plan)
    for name, part in changes.items():
        setattr(clone, name, part)
    return clone
