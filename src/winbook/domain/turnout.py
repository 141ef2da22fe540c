"""Projected turnout T: the ballots expected in the candidate's own contest (domain notes §2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from winbook.domain.explain import Step, ceil_frac, fmt_int, fmt_pct, frac
from winbook.domain.model import CYCLE_LABELS, PastElection, Plan, TurnoutMethod

METHOD_LABELS: dict[TurnoutMethod, str] = {
    TurnoutMethod.CONTEST_AVERAGE: "Contest average (NGP VAN)",
    TurnoutMethod.TURNOUT_RATE: "Turnout rate x current registration (Wellstone)",
    TurnoutMethod.MOST_RECENT: "Most recent comparable election",
    TurnoutMethod.MANUAL: "Your own figure",
}


@dataclass
class TurnoutResult:
    method: TurnoutMethod
    projected: int | None
    used_years: list[int] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    by_method: dict[TurnoutMethod, int | None] = field(default_factory=dict)


def comparable_elections(plan: Plan) -> tuple[list[PastElection], list[Step]]:
    """Past elections of the same cycle type and stage as the race, newest first.

    Elections of another cycle or stage are left out with a step that says so: presidential,
    midterm and odd-year turnout must never be mixed.
    """
    race = plan.race
    kept: list[PastElection] = []
    steps: list[Step] = []
    for e in sorted(plan.history, key=lambda e: e.year, reverse=True):
        if e.cycle != race.cycle or e.stage != race.stage:
            steps.append(
                Step(
                    f"{e.year} left out: a {CYCLE_LABELS[e.cycle].lower()} {e.stage.value} "
                    f"election, not comparable with this {CYCLE_LABELS[race.cycle].lower()} "
                    f"{race.stage.value}.",
                    "wellstone_turnout",
                )
            )
            continue
        kept.append(e)
    return kept, steps


def roll_off_factor(plan: Plan) -> Fraction:
    return 1 - frac(plan.turnout.roll_off_pct) / 100


def contest_ballots(e: PastElection, seats: int, roll_off: Fraction) -> tuple[Fraction | None, str]:
    """Ballots that voted in the contest in a past election, and how that figure was found.

    In a one-seat contest every ballot gives at most one vote, so the contest's votes are its
    ballots. In a vote-for-N contest votes overcount ballots, so the contest's ballots (or the
    total ballots less roll-off) are used instead.
    """
    if e.contest_ballots is not None:
        return Fraction(e.contest_ballots), f"{fmt_int(e.contest_ballots)} ballots in the contest"
    if seats == 1 and e.contest_votes is not None:
        return Fraction(e.contest_votes), f"{fmt_int(e.contest_votes)} votes in the contest"
    if e.ballots_cast is not None:
        value = Fraction(e.ballots_cast) * roll_off
        if roll_off == 1:
            return value, f"{fmt_int(e.ballots_cast)} ballots cast (no roll-off set)"
        return value, (
            f"{fmt_int(e.ballots_cast)} ballots cast x {fmt_pct(roll_off * 100)} "
            f"(after roll-off) = {float(value):,.1f}"
        )
    return None, "no contest or ballot count"


def _adjust(value: Fraction, plan: Plan, steps: list[Step]) -> int:
    adj = frac(plan.turnout.adjustment_pct)
    if adj:
        adjusted = value * (1 + adj / 100)
        steps.append(
            Step(
                f"Your adjustment for unusual conditions, {float(adj):+g} %: "
                f"{float(value):,.1f} x {float(1 + adj / 100):g} = {float(adjusted):,.1f}.",
                "ngpvan_turnout",
            )
        )
        value = adjusted
    result = ceil_frac(value)
    steps.append(Step(f"Rounded up: T = {fmt_int(result)} ballots in the contest."))
    return result


def _contest_average(
    plan: Plan, elections: list[PastElection], steps: list[Step], used: list[int]
) -> int | None:
    seats, roll_off = plan.race.seats, roll_off_factor(plan)
    values: list[Fraction] = []
    for e in elections:
        value, how = contest_ballots(e, seats, roll_off)
        if value is None:
            steps.append(Step(f"{e.year} left out: {how}."))
            continue
        if len(values) < plan.turnout.years_to_use:
            values.append(value)
            used.append(e.year)
            steps.append(Step(f"{e.year}: {how}.", "ngpvan_turnout"))
    if not values:
        return None
    avg = sum(values, Fraction(0)) / len(values)
    steps.append(
        Step(
            f"Average of {len(values)} election{'s' if len(values) > 1 else ''} "
            f"({', '.join(map(str, used))}): {float(avg):,.1f}.",
            "ngpvan_turnout",
        )
    )
    return _adjust(avg, plan, steps)


def _turnout_rate(
    plan: Plan, elections: list[PastElection], steps: list[Step], used: list[int]
) -> int | None:
    registration = plan.race.registered_voters
    rates: list[Fraction] = []
    for e in elections:
        if not e.registered or e.ballots_cast is None:
            steps.append(Step(f"{e.year} left out: registered voters or ballots cast missing."))
            continue
        if len(rates) < plan.turnout.years_to_use:
            rate = Fraction(e.ballots_cast, e.registered)
            rates.append(rate)
            used.append(e.year)
            steps.append(
                Step(
                    f"{e.year}: {fmt_int(e.ballots_cast)} ballots / {fmt_int(e.registered)} "
                    f"registered = {fmt_pct(rate * 100, 2)}.",
                    "wellstone_turnout",
                )
            )
    if not rates:
        return None
    if not registration:
        steps.append(Step("Current registration is not entered: the turnout-rate method needs it."))
        return None
    avg = sum(rates, Fraction(0)) / len(rates)
    ballots = avg * registration
    steps.append(
        Step(
            f"Average rate {fmt_pct(avg * 100, 2)} x {fmt_int(registration)} registered now "
            f"= {float(ballots):,.1f} ballots.",
            "wellstone_turnout",
        )
    )
    roll_off = roll_off_factor(plan)
    if roll_off != 1:
        ballots *= roll_off
        steps.append(
            Step(
                f"Less roll-off of {fmt_pct(plan.turnout.roll_off_pct)} for a down-ballot "
                f"contest: {float(ballots):,.1f}.",
                "fairfax_rolloff",
            )
        )
    return _adjust(ballots, plan, steps)


def _most_recent(
    plan: Plan, elections: list[PastElection], steps: list[Step], used: list[int]
) -> int | None:
    seats, roll_off = plan.race.seats, roll_off_factor(plan)
    for e in elections:
        value, how = contest_ballots(e, seats, roll_off)
        if value is not None:
            used.append(e.year)
            steps.append(Step(f"Most recent comparable election, {e.year}: {how}."))
            return _adjust(value, plan, steps)
        steps.append(Step(f"{e.year} left out: {how}."))
    return None


def _manual(plan: Plan, steps: list[Step]) -> int | None:
    t = plan.turnout
    if t.manual_turnout is None:
        return None
    reason = t.manual_reason.strip() or "no reason given yet"
    steps.append(Step(f"Your own figure: {fmt_int(t.manual_turnout)} ballots ({reason})."))
    return t.manual_turnout


def _run(
    method: TurnoutMethod, plan: Plan, elections: list[PastElection]
) -> tuple[int | None, list[Step], list[int]]:
    steps: list[Step] = []
    used: list[int] = []
    if method is TurnoutMethod.CONTEST_AVERAGE:
        value = _contest_average(plan, elections, steps, used)
    elif method is TurnoutMethod.TURNOUT_RATE:
        value = _turnout_rate(plan, elections, steps, used)
    elif method is TurnoutMethod.MOST_RECENT:
        value = _most_recent(plan, elections, steps, used)
    else:
        value = _manual(plan, steps)
    return value, steps, used


def project_turnout(plan: Plan) -> TurnoutResult:
    """Projected turnout by the plan's chosen method, with every method's figure alongside."""
    elections, excluded = comparable_elections(plan)
    method = plan.turnout.method
    by_method: dict[TurnoutMethod, int | None] = {}
    chosen_steps: list[Step] = []
    chosen_used: list[int] = []
    for m in TurnoutMethod:
        value, steps, used = _run(m, plan, elections)
        by_method[m] = value
        if m is method:
            chosen_steps, chosen_used = steps, used
    result = TurnoutResult(method=method, projected=by_method[method], by_method=by_method)
    result.steps = [Step(f"Method: {METHOD_LABELS[method]}.", _method_source(method))]
    result.steps += excluded + chosen_steps
    result.used_years = chosen_used
    _warn(plan, result, elections)
    return result


def _method_source(method: TurnoutMethod) -> str:
    if method is TurnoutMethod.TURNOUT_RATE:
        return "wellstone_turnout"
    return "ngpvan_turnout" if method is not TurnoutMethod.MANUAL else ""


def _warn(plan: Plan, result: TurnoutResult, elections: list[PastElection]) -> None:
    if result.projected is None:
        if plan.turnout.method is TurnoutMethod.MANUAL:
            result.warnings.append("Enter your own turnout figure, with the reason for it.")
        elif not plan.history:
            result.warnings.append(
                "Add the last three comparable elections, or import a results file."
            )
        elif not elections:
            result.warnings.append(
                "None of the past elections is of the same cycle type and stage as this race; "
                "add comparable ones."
            )
        else:
            result.warnings.append("The past elections lack the figures this method needs.")
        return
    if plan.turnout.method is TurnoutMethod.MANUAL and not plan.turnout.manual_reason.strip():
        result.warnings.append("Say why you chose your own turnout figure.")
    if plan.turnout.method is not TurnoutMethod.MANUAL and len(elections) < 3:
        n = len(elections)
        result.warnings.append(
            f"The projection rests on {n} comparable election{'s' if n != 1 else ''}; "
            "three are recommended."
        )
    if plan.race.registered_voters and result.projected > plan.race.registered_voters:
        result.warnings.append(
            f"Projected turnout {fmt_int(result.projected)} is above current registration "
            f"{fmt_int(plan.race.registered_voters)}: check the figures."
        )
