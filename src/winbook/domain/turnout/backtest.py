"""The back-test and the range (domain notes §2a): each comparable year re-projected from the
earlier ones alone, the low and high figures from the worst misses, capped at registration."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from winbook.domain.explain import Step, ceil_frac, fmt_int, fmt_pct
from winbook.domain.model import PastElection, Plan, PlanOn, TurnoutMethod
from winbook.domain.turnout.history import measure, roll_off_factor
from winbook.domain.turnout.methods import _run, _what, rate_roll_off
from winbook.domain.turnout.result import (
    BACKTEST_MIN_EARLIER,
    RANGE_DEFAULT_PCT,
    RANGE_MAX_PCT,
    RANGE_MIN_PCT,
    BacktestPoint,
    TurnoutResult,
    Unit,
)


def _as_of(plan: Plan, target: PastElection) -> Plan:
    """The plan as it stood before ``target``: its registration, no adjustment for now."""
    race = dataclasses.replace(plan.race, registered_voters=target.registered)
    turnout = dataclasses.replace(plan.turnout, adjustment_pct=0.0)
    return dataclasses.replace(plan, race=race, turnout=turnout)


def _actual(
    plan: Plan, e: PastElection, method: TurnoutMethod, unit: Unit
) -> tuple[int | None, str]:
    """What ``e`` really turned out, in the figure ``method`` projects, and what it is.

    The contest's own measured figure when the row has it (its ballots, or its votes in a
    one-seat race, where a ballot gives at most one vote); else the ballots cast less the
    roll-off, labelled as such.
    """
    seats = max(plan.race.seats, 1)
    one_seat = seats == 1 and max(e.seats, 1) == 1
    if unit == "ballots" and e.contest_ballots is not None:
        return e.contest_ballots, "ballots in the contest"
    if (unit == "votes" or one_seat) and e.contest_votes is not None and max(e.seats, 1) == seats:
        return e.contest_votes, "votes in the contest"
    if method is TurnoutMethod.TURNOUT_RATE:
        if e.ballots_cast is None:
            return None, ""
        factor = rate_roll_off(plan, [e])[0]
        rolled = Fraction(e.ballots_cast) * factor
        if factor == 1:
            return ceil_frac(Fraction(e.ballots_cast)), "ballots cast"
        return ceil_frac(rolled), f"ballots less the {fmt_pct((1 - factor) * 100, 4)} roll-off"
    value, how = measure(e, seats, roll_off_factor(plan), unit)
    if value is None:
        return None, ""
    if "roll-off" in how:
        return ceil_frac(value), f"ballots less the {_roll_off_words(e, plan)} roll-off"
    return ceil_frac(value), "votes in the contest" if unit == "votes" else "ballots cast"


def _roll_off_words(e: PastElection, plan: Plan) -> str:
    if e.roll_off_pct is not None:
        return f"measured {fmt_pct(e.roll_off_pct, 4)}"
    return fmt_pct(plan.turnout.roll_off_pct, 4)


def backtest(
    plan: Plan, kept: list[PastElection], method: TurnoutMethod, unit: Unit
) -> list[BacktestPoint]:
    """Each kept election with two or more kept ones before it, projected from those alone."""
    ordered = sorted(kept, key=lambda e: e.year)
    points: list[BacktestPoint] = []
    for i, target in enumerate(ordered):
        earlier = [e for e in ordered[:i] if e.year < target.year]
        if len(earlier) < BACKTEST_MIN_EARLIER:
            continue
        actual, measured = _actual(plan, target, method, unit)
        if not actual:
            continue
        run = _run(method, _as_of(plan, target), earlier[::-1], unit)
        if run.value is not None:
            points.append(BacktestPoint(target.year, run.value, actual, tuple(run.used), measured))
    return points


def _clamp(x: Fraction, low: int, high: int) -> Fraction:
    return min(max(x, Fraction(low)), Fraction(high))


def _set_range(result: TurnoutResult, expected: int) -> None:
    points = result.backtest
    what = _what(result.unit)
    if len(points) < 2:
        up = down = Fraction(RANGE_DEFAULT_PCT)
        why = (
            "fewer than two past elections could be back-tested"
            if result.method is not TurnoutMethod.MANUAL
            else "your own figure has no past elections to be tested on"
        )
        reason_up = reason_down = (
            f"{why}, so the range is ± {RANGE_DEFAULT_PCT}% (on real series a flat average "
            "has missed by 16-40%: add older comparable elections to measure it here)"
        )
    else:
        errors = [Fraction(p.projected - p.actual, p.actual) * 100 for p in points]
        worst_under, worst_over = -min(errors), max(errors)
        up = _clamp(worst_under, RANGE_MIN_PCT, RANGE_MAX_PCT)
        down = _clamp(worst_over, RANGE_MIN_PCT, RANGE_MAX_PCT)
        reason_up = _bound_reason(worst_under, up, points, errors, "under")
        reason_down = _bound_reason(worst_over, down, points, errors, "over")
    result.high = ceil_frac(expected * (1 + up / 100))
    result.low = max(ceil_frac(expected * (1 - down / 100)), 0)
    result.range_steps = [
        *(_point_step(p, what) for p in points),
        Step(
            f"High turnout: {reason_up}: {fmt_int(expected)} × (1 + {fmt_pct(up)}) = "
            f"{fmt_int(result.high)} {what}, rounded up.",
            "turnout_range",
        ),
        Step(
            f"Low turnout: {reason_down}: {fmt_int(expected)} × (1 − {fmt_pct(down)}) = "
            f"{fmt_int(result.low)} {what}, rounded up.",
            "turnout_range",
        ),
        Step(_planned_text(result), "turnout_range"),
    ]


def _cap_at_registration(plan: Plan, result: TurnoutResult) -> None:
    """No more ballots than registered voters: the high figure stops at current registration."""
    registration = plan.race.registered_voters
    if result.unit != "ballots" or not registration or result.high is None:
        return
    if result.high > registration >= (result.projected or 0):
        result.high = registration
        result.range_steps.insert(
            -1,
            Step(
                f"The high figure is capped at current registration, {fmt_int(registration)}: "
                "no more ballots can be cast than there are registered voters.",
                "turnout_range",
            ),
        )
        result.range_steps[-1] = Step(_planned_text(result), "turnout_range")


def _point_step(p: BacktestPoint, what: str) -> Step:
    years = ", ".join(map(str, p.from_years))
    return Step(
        f"Back-test {p.year}: projected {fmt_int(p.projected)} {what} from {years} alone; "
        f"actual {fmt_int(p.actual)}{f' {p.measured}' if p.measured else ''} "
        f"({_signed_pct(p.error_pct)}).",
        "turnout_range",
    )


def _signed_pct(x: float) -> str:
    text = fmt_pct(abs(x))
    return f"+{text}" if x > 0 else (f"−{text}" if x < 0 else text)


def _bound_reason(
    worst: Fraction, used: Fraction, points: list[BacktestPoint], errors: list[Fraction], side: str
) -> str:
    n = len(points)
    if worst <= 0:
        return f"no back-tested election was {side}-projected, so the {RANGE_MIN_PCT}% floor"
    year = points[errors.index(-worst if side == "under" else worst)].year
    largest = (
        f"the largest {side}-projection of {n} back-tested elections, {fmt_pct(worst)} in {year}"
    )
    if used > worst:
        return f"{largest}, raised to the {RANGE_MIN_PCT}% floor"
    if used < worst:
        return f"{largest}, capped at {RANGE_MAX_PCT}%"
    return largest


def _planned_text(result: TurnoutResult) -> str:
    if result.planned_on is PlanOn.HIGH:
        return (
            f"The win number and vote goal are planned on the high turnout, "
            f"{fmt_int(result.high or 0)}: more voters need more votes."
        )
    return (
        f"The win number and vote goal are planned on the expected turnout, "
        f"{fmt_int(result.projected or 0)}, as you chose; if "
        f"{fmt_int(result.high or 0)} turn out, the goal will not be enough."
    )


def _registration_growth(
    plan: Plan, elections: list[PastElection], result: TurnoutResult
) -> float | None:
    now = plan.race.registered_voters
    then = next((e for e in elections if e.registered), None)
    if not now or then is None or not then.registered:
        return None
    growth = Fraction(now - then.registered, then.registered) * 100
    follows = (
        "the turnout-rate method follows it"
        if result.method is TurnoutMethod.TURNOUT_RATE
        else "only the turnout-rate method follows it"
    )
    result.range_steps.append(
        Step(
            f"Registration: {fmt_int(now)} now against {fmt_int(then.registered)} in "
            f"{then.year} ({_signed_pct(float(growth))}); {follows}.",
            "wellstone_turnout",
        )
    )
    return float(growth)
