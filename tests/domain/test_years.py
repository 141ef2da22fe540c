"""Years outside 1900-2100: flagged with a sentence on the field, never a crash.

An election in the year 3000 used to crash the budget's cash flow (`min()` of an empty
sequence) in `targets`, `check`, `export --xlsx` and the window at every start.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from winbook.cli import main
from winbook.domain.budget import compute_budget
from winbook.domain.model import ExpenseLine, IncomeLine, PastElection, Plan, RaceCost
from winbook.domain.validation import check_plan
from winbook.store.files import save_plan


def _plan(election: date) -> Plan:
    plan = Plan()
    plan.race.election_date = election
    plan.expenses = [ExpenseLine(description="Signs", month="2026-03", amount=Decimal("400"))]
    plan.income = [IncomeLine(description="Friends", month="2026-02", amount=Decimal("1000"))]
    return plan


@pytest.mark.parametrize("year", [3000, 9999])
def test_budget_with_a_far_election_year_does_not_crash(year: int) -> None:
    result = compute_budget(_plan(date(year, 11, 3)), vote_goal=None)
    # by hand: +1,000 in February, -400 in March; the cash flow covers the budget's own months
    assert [(f.month, f.cumulative) for f in result.cash_flow] == [
        ("2026-02", Decimal("1000")),
        ("2026-03", Decimal("600")),
    ]
    assert (result.lowest_cash, result.lowest_month) == (Decimal("600"), "2026-03")


def test_years_outside_the_range_are_flagged_on_their_field() -> None:
    plan = _plan(date(3000, 11, 3))
    plan.history = [PastElection(year=2500, contest_votes=1_000)]  # a row with a figure
    plan.race_costs = [RaceCost(year=1850)]
    found = {(p.part, p.index, p.field): p.message for p in check_plan(plan, date(2026, 12, 1))}
    assert found[("race", None, "election_date")] == (
        "The year 3000 is not between 1900 and 2100, the years Winbook plans for: check the year."
    )
    assert found[("history", 0, "year")].startswith("The year 2500 is not between 1900 and 2100")
    assert found[("race_costs", 0, "year")].startswith("The year 1850 is not between 1900")


def test_years_inside_the_range_are_not_flagged() -> None:
    plan = _plan(date(2100, 11, 2))
    plan.race_costs = [RaceCost(year=1900)]
    fields = {(p.part, p.field) for p in check_plan(plan, date(2026, 12, 1))}
    assert ("race", "election_date") not in fields and ("race_costs", "year") not in fields


@pytest.mark.parametrize(
    "args", [["targets"], ["check"], ["export", "--xlsx", "OUT.xlsx"], ["targets", "--json"]]
)
def test_commands_run_on_a_year_3000_plan(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "far.json"
    save_plan(_plan(date(3000, 11, 3)), path)
    argv = [args[0], str(path), *(a.replace("OUT", str(tmp_path / "out")) for a in args[1:])]
    assert main(argv) in (0, 1)
    assert capsys.readouterr().err == ""
