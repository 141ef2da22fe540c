"""Typed handles for the plan's lists (issue 17): a handle gives the list itself, with rows of
its type, and refuses a list whose rows are not."""

from __future__ import annotations

import dataclasses

import pytest

from winbook.domain import parts
from winbook.domain.model import ChannelPlan, ExpenseLine, PastElection, Plan


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
