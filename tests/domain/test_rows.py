"""Blank rows count for nothing: figures, readiness, problems, the packet, the workbook, saves."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path

import pytest

from winbook.domain.figures import compute_figures
from winbook.domain.model import (
    BaseShare,
    ChecklistItem,
    CycleType,
    DisclosureItem,
    ExpenseCategory,
    ExpenseLine,
    IncomeLine,
    IncomeSource,
    PastElection,
    Plan,
    RaceCost,
    Stage,
    TimelineEvent,
)
from winbook.domain.rows import filled, is_blank, without_blank_rows
from winbook.domain.validation import check_plan
from winbook.store.interchange import plan_from_json_text, plan_to_envelope

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _sample(name: str) -> Plan:
    return plan_from_json_text((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def _add_blank_rows(plan: Plan) -> Plan:
    """What pressing Enter at the end of every table leaves (the window's pre-filled values)."""
    out = copy.deepcopy(plan)
    out.history.append(PastElection(year=2015, cycle=CycleType.MIDTERM, seats=1))
    out.expenses.append(ExpenseLine(category=ExpenseCategory.LITERATURE, month="2026-10"))
    out.income.append(IncomeLine(source=IncomeSource.CALL_TIME, month="2026-09"))
    out.race_costs.append(RaceCost(stage=Stage.GENERAL))
    out.path.base_shares.append(BaseShare())
    out.timeline.append(TimelineEvent())
    out.checklist.append(ChecklistItem())
    out.disclosure.items.append(DisclosureItem())
    return out


def test_rows_with_only_prefilled_values_are_blank() -> None:
    assert is_blank(ExpenseLine(category=ExpenseCategory.LITERATURE, month="2026-10"))
    assert is_blank(PastElection(year=2019, cycle=CycleType.MUNICIPAL, seats=3))
    assert is_blank(BaseShare()) and is_blank(TimelineEvent()) and is_blank(DisclosureItem())


@pytest.mark.parametrize(
    "row",
    [
        ExpenseLine(amount=Decimal("0.01")),
        ExpenseLine(description="yard signs"),
        PastElection(year=2019, contest_votes=0),  # a typed 0 is a value: None is "not typed"
        BaseShare(share_pct=0.5),
        RaceCost(year=2022),
        TimelineEvent(title="Filing opens"),
        ChecklistItem(done=True),
    ],
)
def test_one_typed_value_makes_a_row(row: object) -> None:
    assert not is_blank(row)


@pytest.mark.parametrize("name", ["county-clerk", "school-board", "state-house"])
def test_blank_rows_change_no_figure(name: str) -> None:
    plan = _sample(name)
    with_blanks = _add_blank_rows(plan)
    assert compute_figures(with_blanks) == compute_figures(plan)


def test_a_blank_base_share_is_not_a_zero_percent_result() -> None:
    plan = _sample("county-clerk")
    before = compute_figures(plan)
    plan.path.base_shares.append(BaseShare())
    after = compute_figures(plan)
    assert after.win.base_votes == before.win.base_votes
    assert after.path.need == before.path.need
    # the same row with 0% typed in it is a real result and does move the base
    plan.path.base_shares[-1] = BaseShare(year=2022, label="typed", share_pct=0.0)
    assert compute_figures(plan).win.base_votes != before.win.base_votes


@pytest.mark.parametrize("name", ["county-clerk", "school-board", "state-house"])
def test_blank_rows_raise_no_problem(name: str) -> None:
    plan = _sample(name)
    assert check_plan(_add_blank_rows(plan)) == check_plan(plan)


def test_problems_keep_the_row_numbers_the_window_shows() -> None:
    plan = Plan()
    plan.expenses = [ExpenseLine(), ExpenseLine(description="mailer", month="Oct")]
    problems = [(p.part, p.index, p.field) for p in check_plan(plan)]
    assert ("expenses", 1, "month") in problems  # row 2 as typed, not renumbered
    assert not [p for p in problems if p[:2] == ("expenses", 0)]


def test_without_blank_rows_never_changes_the_plan() -> None:
    plan = _add_blank_rows(_sample("school-board"))
    rows = len(plan.expenses), len(plan.path.base_shares), len(plan.disclosure.items)
    clean = without_blank_rows(plan)
    assert (len(plan.expenses), len(plan.path.base_shares), len(plan.disclosure.items)) == rows
    assert clean.expenses == filled(plan.expenses) and len(clean.expenses) == rows[0] - 1
    assert without_blank_rows(_sample("school-board")) is not None


def test_saved_json_drops_blank_rows() -> None:
    plan = _sample("state-house")
    saved = json.dumps(plan_to_envelope(_add_blank_rows(plan)), sort_keys=True)
    assert saved == json.dumps(plan_to_envelope(plan), sort_keys=True)
