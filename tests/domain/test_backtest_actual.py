"""The back-test's "actual": the contest's own measured figure when the row has it."""

from __future__ import annotations

from tests.plans import build_plan, past_election
from winbook.domain.model import CycleType, PastElection, TurnoutMethod
from winbook.domain.turnout import project_turnout


def _history(with_contest: bool) -> list[PastElection]:
    return [
        past_election(
            2024, 9_000 if with_contest else None, registered=40_000, ballots_cast=10_000
        ),
        past_election(2020, registered=40_000, ballots_cast=9_000),
        past_election(2016, registered=40_000, ballots_cast=8_000),
    ]


def test_the_actual_is_the_contests_own_votes_in_a_one_seat_race() -> None:
    plan = build_plan(
        history=_history(True),
        method=TurnoutMethod.TURNOUT_RATE,
        cycle=CycleType.PRESIDENTIAL,
        registered=40_000,
        roll_off=5.0,
    )
    (point,) = project_turnout(plan).backtest
    # 2024's contest votes 9,000, not 10,000 ballots x (1 - 5%) = 9,500
    assert (point.actual, point.measured) == (9_000, "votes in the contest")
    # projected from 2020, 2016: (22.5% + 20%) / 2 = 21.25% x 40,000 = 8,500; x 0.95 = 8,075
    assert point.projected == 8_075


def test_without_a_contest_figure_the_actual_says_it_is_ballots_less_roll_off() -> None:
    plan = build_plan(
        history=_history(False),
        method=TurnoutMethod.TURNOUT_RATE,
        cycle=CycleType.PRESIDENTIAL,
        registered=40_000,
        roll_off=5.0,
    )
    (point,) = project_turnout(plan).backtest
    # 10,000 ballots x 0.95 = 9,500
    assert (point.actual, point.measured) == (9_500, "ballots less the 5% roll-off")
    steps = [s.text for s in project_turnout(plan).range_steps]
    assert any("actual 9,500 ballots less the 5% roll-off" in s for s in steps), steps
