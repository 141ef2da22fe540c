"""Typed handles for the plan's lists: each names a list (``"history"``, ``"path.channels"``)
and the dataclass its rows are, so code that reads or edits a list through a handle gets rows
of that type, checked when they are read, instead of trusting a name.

The window's table models take a handle; the document's edit
methods still take the list's name (`ListPart.path`), which is what the undo commands record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from winbook.domain.model import (
    BaseShare,
    ChannelPlan,
    ChecklistItem,
    DisclosureItem,
    ExpenseLine,
    IncomeLine,
    PastElection,
    Plan,
    RaceCost,
    TimelineEvent,
)

RowT = TypeVar("RowT")


@dataclass(frozen=True)
class ListPart(Generic[RowT]):
    """One list of the plan: where it is (a dotted path from the plan) and what its rows are."""

    path: str
    row: type[RowT]

    def rows(self, plan: Plan) -> list[RowT]:
        """The plan's list itself (not a copy); TypeError if it is not a list of `row`."""
        obj: object = plan
        for name in self.path.split("."):
            obj = getattr(obj, name)
        if not isinstance(obj, list) or not all(isinstance(r, self.row) for r in obj):
            raise TypeError(f"plan.{self.path} is not a list of {self.row.__name__}")
        return obj


HISTORY = ListPart("history", PastElection)
EXPENSES = ListPart("expenses", ExpenseLine)
INCOME = ListPart("income", IncomeLine)
RACE_COSTS = ListPart("race_costs", RaceCost)
BASE_SHARES = ListPart("path.base_shares", BaseShare)
CHANNELS = ListPart("path.channels", ChannelPlan)
TIMELINE = ListPart("timeline", TimelineEvent)
CHECKLIST = ListPart("checklist", ChecklistItem)
DISCLOSURE_ITEMS = ListPart("disclosure.items", DisclosureItem)
