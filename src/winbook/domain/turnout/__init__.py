"""Projected turnout T: the ballots expected in the candidate's own contest (domain notes §2).

Four methods, each shown with its inputs: the contest average (NGP VAN), the turnout rate times
current registration (Wellstone), the most recent comparable election, and the user's own
figure. Only elections of the race's cycle type and stage are compared; a row that lacks the
figure a method needs is left out with a step that says so. T is always rounded up.

Turnout is a range (§2a): uncontested, write-in-only and blowout years are left out of the
average while two contested ones remain; the chosen method is back-tested on the plan's own
history; the low and high figures come from its worst misses; and the win number is planned
on the high figure unless the user chooses the expected one.

The rooms: `result` (what a projection gives), `history` (which past elections count and what
each measured), `methods` (the four methods), `backtest` (the back-test and the range); this
module puts them together in `project_turnout`.
"""

from __future__ import annotations

from winbook.domain.explain import Step, fmt_int
from winbook.domain.model import PastElection, Plan, TurnoutMethod
from winbook.domain.turnout.backtest import (
    _cap_at_registration,
    _registration_growth,
    _set_range,
    backtest,
)
from winbook.domain.turnout.history import (
    comparable_elections,
    competitiveness,
    contest_ballots,
    contest_votes_now,
    contested_elections,
    measure,
    projection_unit,
    roll_off_factor,
)
from winbook.domain.turnout.methods import _Run, _run, rate_roll_off
from winbook.domain.turnout.result import (
    BACKTEST_MIN_EARLIER,
    BLOWOUT_PCT,
    METHOD_LABELS,
    METHOD_SOURCES,
    RANGE_DEFAULT_PCT,
    RANGE_MAX_PCT,
    RANGE_MIN_PCT,
    TARGETS_MODEL,
    BacktestPoint,
    TurnoutResult,
    Unit,
)

__all__ = [
    "BACKTEST_MIN_EARLIER",
    "BLOWOUT_PCT",
    "METHOD_LABELS",
    "METHOD_SOURCES",
    "RANGE_DEFAULT_PCT",
    "RANGE_MAX_PCT",
    "RANGE_MIN_PCT",
    "TARGETS_MODEL",
    "BacktestPoint",
    "TurnoutResult",
    "Unit",
    "backtest",
    "comparable_elections",
    "competitiveness",
    "contest_ballots",
    "contest_votes_now",
    "contested_elections",
    "measure",
    "project_turnout",
    "projection_unit",
    "rate_roll_off",
    "roll_off_factor",
]


def project_turnout(plan: Plan) -> TurnoutResult:
    """Projected turnout by the plan's chosen method, its range and back-test (§2, §2a)."""
    elections, excluded = comparable_elections(plan)
    kept, left_out, contested_steps = contested_elections(elections)
    method = plan.turnout.method
    unit = projection_unit(plan, kept)
    runs = {m: _run(m, plan, kept, unit) for m in TurnoutMethod}
    chosen = runs[method]
    result = TurnoutResult(
        method=method,
        projected=chosen.value,
        used_years=chosen.used,
        by_method={m: r.value for m, r in runs.items()},
        comparable_years=[e.year for e in elections],
        unadjusted_total_ballots=chosen.total_ballots,
        unit=chosen.unit,
        planned_on=plan.turnout.plan_on,
        left_out=left_out,
    )
    result.steps = [Step(f"Method: {METHOD_LABELS[method]}.", METHOD_SOURCES[method])]
    if method is not TurnoutMethod.MANUAL:
        result.steps += excluded + contested_steps
        result.backtest = backtest(plan, kept, method, chosen.unit)
    result.steps += chosen.steps
    if chosen.unit == "votes":
        result.steps.append(_votes_unit_step(plan))
    if result.projected is not None:
        _set_range(result, result.projected)
        _cap_at_registration(plan, result)
    result.registration_growth_pct = _registration_growth(plan, elections, result)
    _warn(plan, result, elections, chosen)
    return result


def _votes_unit_step(plan: Plan) -> Step:
    n = max(plan.race.seats, 1)
    return Step(
        f"No comparable election gives the contest's ballots, only its votes: T counts votes "
        f"(each ballot carries up to {n}), and the win number uses the bound for votes.",
        "vote_for_n_votes_bound",
    )


def _warn(plan: Plan, result: TurnoutResult, elections: list[PastElection], run: _Run) -> None:
    method = plan.turnout.method
    if result.projected is None:
        result.warnings.append(_missing_warning(plan, elections, run))
        return
    if method is TurnoutMethod.MANUAL and not plan.turnout.manual_reason.strip():
        result.warnings.append("Say why you chose your own turnout figure.")
    if method is not TurnoutMethod.MANUAL and len(run.used) < 3:
        n = len(run.used)
        result.warnings.append(
            f"The projection rests on {n} comparable election{'s' if n != 1 else ''}; "
            "three are recommended."
        )
    if result.unadjusted_total_ballots:
        result.warnings.append(
            "T comes from all ballots cast with no roll-off: a down-ballot contest gets fewer "
            "votes (Fairfax County 2011: 11-36% fewer). Enter a roll-off factor or the "
            "contest's own votes."
        )
    if result.projected == 0:
        result.warnings.append("Projected turnout is 0 ballots: check the figures.")
    registration = plan.race.registered_voters
    if registration and result.projected > registration:
        result.warnings.append(
            f"Projected turnout {fmt_int(result.projected)} is above current registration "
            f"{fmt_int(registration)}: check the figures."
        )


def _missing_warning(plan: Plan, elections: list[PastElection], run: _Run) -> str:
    if plan.turnout.method is TurnoutMethod.MANUAL:
        if run.missing == "your own turnout figure is below zero":
            return "Your own turnout figure is below zero: enter the ballots you expect."
        return "Enter your own turnout figure, with the reason for it."
    if not plan.history:
        return "Add the last three comparable elections, or import a results file."
    if not elections:
        return (
            "None of the past elections is of the same cycle type and stage as this race; "
            "add comparable ones."
        )
    if run.missing == "current registration is not entered":
        return "Enter the current number of registered voters: the turnout-rate method needs it."
    return f"No projected turnout: {run.missing}."
