"""Typed handles for the parts of a plan and their fields.

A handle names one part (``RACE`` is ``plan.race``, ``HISTORY`` is the list ``plan.history``,
``CHANNELS`` the nested list ``plan.path.channels``) and the dataclass it holds, so code that
reads or edits the plan through a handle gets objects of that type, checked when they are
read, instead of trusting a name. ``TURNOUT.field("method")`` and ``HISTORY.field("turnout")``
name one field; the name is checked against the dataclass when the handle is made, so a typo
fails where it is written, not when a user first types into the widget.

The document's edit methods (`winbook.app.document.PlanDocument`), the table models and the
field bindings take these handles; the undo commands and the document's signals carry the
part's ``path`` (``"history"``, ``"race"``), which is what a view compares. A nested list
(``"path.channels"``) is changed by replacing its owner, so its changes are announced as the
owner's (``"path"``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from winbook.domain.model import (
    BaseShare,
    Candidate,
    ChannelPlan,
    ChecklistItem,
    CoachingSession,
    CoachNote,
    Contributions,
    Disclosure,
    DisclosureItem,
    ExpenseLine,
    FilingStatus,
    FundraisingSettings,
    IncomeLine,
    PastElection,
    PathSettings,
    Plan,
    PlanMeta,
    Race,
    RaceCost,
    Section,
    TargetingSettings,
    TimelineEvent,
    TurnoutSettings,
    ValueAnswer,
    WinSettings,
)

ObjT = TypeVar("ObjT")
RowT = TypeVar("RowT")
OwnerT = TypeVar("OwnerT")
ItemT = TypeVar("ItemT")


def _check_field(owner: type, name: str, where: str) -> None:
    names = [f.name for f in dataclasses.fields(owner)]
    if name not in names:
        raise ValueError(
            f"plan.{where} has no field {name!r}: a {owner.__name__} has {', '.join(names)}"
        )


def _walk(plan: Plan, path: str) -> object:
    obj: object = plan
    for name in path.split("."):
        obj = getattr(obj, name)
    return obj


@dataclass(frozen=True)
class ObjectPart(Generic[ObjT]):
    """One part of the plan that is a single object (``plan.race``): where and what it is."""

    path: str
    kind: type[ObjT]

    def __post_init__(self) -> None:
        if "." in self.path:
            raise ValueError(f"plan.{self.path}: an object part is a part of the plan itself")

    def get(self, plan: Plan) -> ObjT:
        """The plan's object itself (not a copy); TypeError if it is not a `kind`."""
        obj = _walk(plan, self.path)
        if not isinstance(obj, self.kind):
            raise TypeError(f"plan.{self.path} is not a {self.kind.__name__}")
        return obj

    def checked(self, obj: object) -> ObjT:
        """``obj`` if it can be this part; TypeError if it is not a `kind`."""
        if not isinstance(obj, self.kind):
            raise TypeError(f"plan.{self.path} takes a {self.kind.__name__}, not {obj!r}")
        return obj

    def field(self, name: str) -> FieldRef[ObjT]:
        """``plan.<path>.<name>``; ValueError now if the object has no such field."""
        _check_field(self.kind, name, self.path)
        return FieldRef(self, name)

    def list_of(self, name: str, row: type[ItemT]) -> ListPart[ItemT]:
        """A list inside this object (``PATH.list_of("channels", ChannelPlan)``)."""
        _check_field(self.kind, name, self.path)
        return ListPart(f"{self.path}.{name}", row, owner=self)


@dataclass(frozen=True)
class ListPart(Generic[RowT]):
    """One list of the plan: where it is and what its rows are. ``owner`` is the object part
    a nested list lives in (``PATH`` for ``path.channels``), None for a list of the plan."""

    path: str
    row: type[RowT]
    # Any: the owner's type is not this list's (ObjectPart is invariant, so that
    # `doc.set_object(part, obj)` checks obj); the table model replaces the owner as a copy.
    owner: ObjectPart[Any] | None = None

    def __post_init__(self) -> None:
        owner = self.owner.path + "." if self.owner is not None else ""
        if self.path != owner + self.attribute or ("." in self.attribute):
            raise ValueError(f"plan.{self.path}: a nested list is made with owner.list_of(name)")

    def rows(self, plan: Plan) -> list[RowT]:
        """The plan's list itself (not a copy); TypeError if it is not a list of `row`."""
        obj = _walk(plan, self.path)
        if not isinstance(obj, list) or not all(isinstance(r, self.row) for r in obj):
            raise TypeError(f"plan.{self.path} is not a list of {self.row.__name__}")
        return obj

    def checked(self, items: Iterable[object]) -> list[RowT]:
        """``items`` as a list of rows of this part; TypeError if one is not a `row`."""
        given = list(items)
        rows = [i for i in given if isinstance(i, self.row)]
        if len(rows) != len(given):
            wrong = next(i for i in given if not isinstance(i, self.row))
            raise TypeError(f"plan.{self.path} takes {self.row.__name__} rows, not {wrong!r}")
        return rows

    def field(self, name: str) -> FieldRef[RowT]:
        """The field ``name`` of every row; ValueError now if the rows have no such field."""
        _check_field(self.row, name, f"{self.path}[]")
        return FieldRef(self, name)

    @property
    def attribute(self) -> str:
        """The list's own name in its owner (``"channels"``; ``"history"`` at the top)."""
        return self.path.rpartition(".")[2]


@dataclass(frozen=True)
class FieldRef(Generic[OwnerT]):
    """One field: of an object part (edited with index None) or of the rows of a list part
    (edited with the row's index). Make one with ``part.field(name)``, which checks the name."""

    part: ObjectPart[OwnerT] | ListPart[OwnerT]
    name: str

    @property
    def path(self) -> str:
        return self.part.path

    @property
    def top_path(self) -> str:
        """The part's path, for the document to edit; ValueError for a field of a nested
        list's rows, which is edited by replacing its owner (`ObjectPart` ``set_object``)."""
        if isinstance(self.part, ListPart) and self.part.owner is not None:
            raise ValueError(f"plan.{self.part.path} is inside another part: replace that one")
        return self.part.path

    def owner(self, plan: Plan, index: int | None) -> OwnerT:
        """The object that holds this field: the part itself, or its row ``index``."""
        if isinstance(self.part, ListPart):
            if index is None:
                raise TypeError(f"{self.part.path}.{self.name} needs a row index")
            return self.part.rows(plan)[index]
        if index is not None:
            raise TypeError(f"{self.part.path} is one object: {self.name} takes no row index")
        return self.part.get(plan)

    def read(self, plan: Plan, index: int | None = None) -> object:
        return getattr(self.owner(plan, index), self.name)


# The plan's single objects.
META = ObjectPart("meta", PlanMeta)
CANDIDATE = ObjectPart("candidate", Candidate)
FILING = ObjectPart("filing", FilingStatus)
RACE = ObjectPart("race", Race)
TURNOUT = ObjectPart("turnout", TurnoutSettings)
WIN = ObjectPart("win", WinSettings)
PATH = ObjectPart("path", PathSettings)
FUNDRAISING = ObjectPart("fundraising", FundraisingSettings)
DISCLOSURE = ObjectPart("disclosure", Disclosure)
TARGETING = ObjectPart("targeting", TargetingSettings)
CONTRIBUTIONS = ObjectPart("contributions", Contributions)

# The plan's lists.
HISTORY = ListPart("history", PastElection)
EXPENSES = ListPart("expenses", ExpenseLine)
INCOME = ListPart("income", IncomeLine)
RACE_COSTS = ListPart("race_costs", RaceCost)
SECTIONS = ListPart("sections", Section)
VALUES = ListPart("values", ValueAnswer)
TIMELINE = ListPart("timeline", TimelineEvent)
CHECKLIST = ListPart("checklist", ChecklistItem)
COACH_NOTES = ListPart("coach_notes", CoachNote)
SESSIONS = ListPart("sessions", CoachingSession)

# Lists inside an object: edited by replacing their owner (one undo step).
BASE_SHARES = PATH.list_of("base_shares", BaseShare)
CHANNELS = PATH.list_of("channels", ChannelPlan)
DISCLOSURE_ITEMS = DISCLOSURE.list_of("items", DisclosureItem)
