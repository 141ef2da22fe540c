"""Typed handles for the plan's parts and fields (issue 17): a handle gives the part itself, of
its type, refuses one that is not, and a field handle with a typo fails where it is written."""

from __future__ import annotations

import dataclasses

import pytest

from winbook.domain import parts
from winbook.domain.model import (
    ChannelPlan,
    CoachingSession,
    Contributions,
    DisclosureItem,
    ExpenseLine,
    PastElection,
    PathSettings,
    Plan,
    Race,
    Section,
    TurnoutSettings,
)


def test_a_handle_gives_the_plans_own_list_nested_or_not() -> None:
    plan = Plan()
    plan.history.append(PastElection(year=2023))
    assert parts.HISTORY.rows(plan) is plan.history
    assert parts.HISTORY.rows(plan)[0].year == 2023
    assert parts.CHANNELS.rows(plan) is plan.path.channels
    assert all(isinstance(c, ChannelPlan) for c in parts.CHANNELS.rows(plan))


def test_a_handle_refuses_rows_of_another_type() -> None:
    plan = Plan()
    plan.history.append(ExpenseLine())  # type: ignore[arg-type]  # what a typo would do
    with pytest.raises(TypeError, match=r"plan\.history is not a list of PastElection"):
        parts.HISTORY.rows(plan)


def test_every_list_part_of_the_plan_has_a_handle() -> None:
    handles = {h.path for h in vars(parts).values() if isinstance(h, parts.ListPart)}
    top = {f.name for f in dataclasses.fields(Plan) if isinstance(getattr(Plan(), f.name), list)}
    table_lists = {"history", "expenses", "income", "race_costs", "timeline", "checklist"}
    assert table_lists <= handles
    assert {"path.channels", "path.base_shares", "disclosure.items"} <= handles
    assert handles - {"path.channels", "path.base_shares", "disclosure.items"} <= top


def _handles() -> list[parts.ObjectPart[object] | parts.ListPart[object]]:
    return [h for h in vars(parts).values() if isinstance(h, parts.ObjectPart | parts.ListPart)]


def test_every_part_of_the_plan_has_one_handle_of_its_own_type() -> None:
    plan = Plan()
    by_path = {h.path: h for h in _handles()}
    assert len(by_path) == len(_handles())  # no part named twice
    assert {f.name for f in dataclasses.fields(Plan)} <= set(by_path)
    for name in (f.name for f in dataclasses.fields(Plan)):
        handle, value = by_path[name], getattr(plan, name)
        if isinstance(handle, parts.ObjectPart):
            assert handle.get(plan) is value
            assert type(value) is handle.kind
        else:
            assert handle.rows(plan) is value  # an empty list on a new plan
    # a few written out, as a reader would check them
    assert parts.RACE.kind is Race and parts.TURNOUT.kind is TurnoutSettings
    assert parts.CONTRIBUTIONS.kind is Contributions and parts.PATH.kind is PathSettings
    assert parts.SESSIONS.row is CoachingSession and parts.SECTIONS.row is Section
    assert (parts.DISCLOSURE_ITEMS.path, parts.DISCLOSURE_ITEMS.row) == (
        "disclosure.items",
        DisclosureItem,
    )
    assert parts.CHANNELS.owner is parts.PATH and parts.HISTORY.owner is None


def test_a_field_handle_with_a_typo_fails_where_it_is_written() -> None:
    assert parts.HISTORY.field("ballots_cast").name == "ballots_cast"
    assert parts.TURNOUT.field("method").path == "turnout"
    with pytest.raises(ValueError, match=r"plan\.race has no field 'ofice': a Race has .*office"):
        parts.RACE.field("ofice")
    with pytest.raises(ValueError, match=r"plan\.history\[\] has no field 'votes'"):
        parts.HISTORY.field("votes")
    with pytest.raises(ValueError, match=r"plan\.path has no field 'chanels'"):
        parts.PATH.list_of("chanels", ChannelPlan)
    with pytest.raises(ValueError, match="a part of the plan itself"):
        parts.ObjectPart("path.channels", PathSettings)
    with pytest.raises(ValueError, match=r"made with owner\.list_of"):
        parts.ListPart("path.channels", ChannelPlan)  # no owner: nothing could replace it


def test_a_field_handle_reads_the_part_or_the_row_it_is_given() -> None:
    plan = Plan()
    plan.race.office = "City Council"
    plan.history.append(PastElection(year=2022, ballots_cast=41_000))
    assert parts.RACE.field("office").read(plan) == "City Council"
    assert parts.HISTORY.field("ballots_cast").read(plan, 0) == 41_000
    with pytest.raises(TypeError, match="needs a row index"):
        parts.HISTORY.field("ballots_cast").read(plan)
    with pytest.raises(TypeError, match="takes no row index"):
        parts.RACE.field("office").read(plan, 0)
    with pytest.raises(IndexError):
        parts.HISTORY.field("year").read(plan, 1)


def test_checked_takes_rows_and_objects_of_the_parts_type_only() -> None:
    rows = [PastElection(year=2020), PastElection(year=2022)]
    assert parts.HISTORY.checked(iter(rows)) == rows
    with pytest.raises(TypeError, match=r"plan\.history takes PastElection rows, not ExpenseLine"):
        parts.HISTORY.checked([PastElection(), ExpenseLine()])
    race = Race()
    assert parts.RACE.checked(race) is race
    with pytest.raises(TypeError, match=r"plan\.race takes a Race, not TurnoutSettings"):
        parts.RACE.checked(TurnoutSettings())
