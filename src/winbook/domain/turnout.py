"""Projected turnout T: the ballots expected in the candidate's own contest (domain notes §2).

Four methods, each shown with its inputs: the contest average (NGP VAN), the turnout rate times
current registration (Wellstone), the most recent comparable election, and the user's own
figure. Only elections of the race's cycle type and stage are compared; a row that lacks the
figure a method needs is left out with a step that says so. T is always rounded up.
"""

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

#: The source each method rests on (the user's own figure rests on the user's reason).
METHOD_SOURCES: dict[TurnoutMethod, str] = {
    TurnoutMethod.CONTEST_AVERAGE: "ngpvan_turnout",
    TurnoutMethod.TURNOUT_RATE: "wellstone_turnout",
    TurnoutMethod.MOST_RECENT: "ngpvan_turnout",
    TurnoutMethod.MANUAL: "manual_turnout",
}


@dataclass
class TurnoutResult:
    method: TurnoutMethod
    projected: int | None
    used_years: list[int] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    by_method: dict[TurnoutMethod, int | None] = field(default_factory=dict)
    #: Years of the race's cycle type and stage (newest first), whether or not a method used them.
    comparable_years: list[int] = field(default_factory=list)
    #: True when T was projected from total ballots cast with no roll-off factor.
    unadjusted_total_ballots: bool = False


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
    """1 - roll-off: the share of all ballots that vote in a down-ballot contest."""
    return 1 - frac(plan.turnout.roll_off_pct) / 100


def contest_ballots(e: PastElection, seats: int, roll_off: Fraction) -> tuple[Fraction | None, str]:
    """Ballots that voted in the contest in a past election, and how that figure was found.

    In a one-seat contest every ballot gives at most one vote, so the contest's votes are its
    ballots. In a vote-for-N contest (now or then) votes overcount ballots, so the contest's
    ballots, or the total ballots less roll-off, are used instead.
    """
    if e.contest_ballots is not None:
        return Fraction(e.contest_ballots), f"{fmt_int(e.contest_ballots)} ballots in the contest"
    one_seat = seats == 1 and max(e.seats, 1) == 1
    if one_seat and e.contest_votes is not None:
        return Fraction(e.contest_votes), f"{fmt_int(e.contest_votes)} votes in the contest"
    if e.ballots_cast is not None:
        value = Fraction(e.ballots_cast) * roll_off
        if roll_off == 1:
            return value, f"{fmt_int(e.ballots_cast)} ballots cast (no roll-off set)"
        return value, (
            f"{fmt_int(e.ballots_cast)} ballots cast x {fmt_pct(roll_off * 100)} "
            f"(after {fmt_pct(100 - roll_off * 100)} roll-off) = {float(value):,.1f}"
        )
    if e.contest_votes is not None:
        return None, (
            f"only the contest's {fmt_int(e.contest_votes)} votes are known, and in a vote-for-N "
            "contest each ballot carries up to N votes; enter the ballots cast"
        )
    return None, "no votes in the contest and no ballots cast entered"


def _uses_total_ballots(e: PastElection, seats: int) -> bool:
    """Whether `contest_ballots` falls back on the total ballots cast for ``e``."""
    if e.contest_ballots is not None:
        return False
    if seats == 1 and max(e.seats, 1) == 1 and e.contest_votes is not None:
        return False
    return e.ballots_cast is not None


@dataclass
class _Run:
    """One method's working: its figure, its steps and the years it used."""

    method: TurnoutMethod
    value: int | None = None
    steps: list[Step] = field(default_factory=list)
    used: list[int] = field(default_factory=list)
    total_ballots: bool = False
    missing: str = ""  # why the method gives no figure

    @property
    def source(self) -> str:
        return METHOD_SOURCES[self.method]

    def step(self, text: str, source: str | None = None) -> None:
        self.steps.append(Step(text, self.source if source is None else source))


def _years_to_use(plan: Plan) -> int:
    return max(plan.turnout.years_to_use, 1)


def _adjust(value: Fraction, plan: Plan, run: _Run) -> int:
    adj = frac(plan.turnout.adjustment_pct)
    if adj:
        adjusted = value * (1 + adj / 100)
        run.step(
            f"Your adjustment for unusual conditions, {float(adj):+g} %: "
            f"{float(value):,.1f} x {float(1 + adj / 100):g} = {float(adjusted):,.1f}.",
            "ngpvan_turnout",
        )
        value = adjusted
    result = ceil_frac(value)
    if result < 0:
        run.step(f"{float(value):,.1f} is below zero; T cannot be negative, so T = 0.")
        return 0
    run.step(f"Rounded up: T = {fmt_int(result)} ballots in the contest.")
    return result


def _contest_average(plan: Plan, elections: list[PastElection], run: _Run) -> None:
    seats, roll_off = max(plan.race.seats, 1), roll_off_factor(plan)
    values: list[Fraction] = []
    for e in elections:
        if len(values) >= _years_to_use(plan):
            break
        value, how = contest_ballots(e, seats, roll_off)
        if value is None:
            run.step(f"{e.year} left out: {how}.")
            continue
        values.append(value)
        run.used.append(e.year)
        run.total_ballots |= _uses_total_ballots(e, seats)
        run.step(f"{e.year}: {how}.", _how_source(e, seats, roll_off))
    if not values:
        run.missing = "no comparable election has the contest's votes or the ballots cast"
        return
    avg = sum(values, Fraction(0)) / len(values)
    n = len(values)
    run.step(
        f"Average of {n} election{'s' if n > 1 else ''} "
        f"({', '.join(map(str, run.used))}): {float(avg):,.1f}."
    )
    run.value = _adjust(avg, plan, run)


def _how_source(e: PastElection, seats: int, roll_off: Fraction) -> str:
    if _uses_total_ballots(e, seats) and roll_off != 1:
        return "fairfax_rolloff"
    return "ngpvan_turnout"


def _turnout_rate(plan: Plan, elections: list[PastElection], run: _Run) -> None:
    rates: list[Fraction] = []
    for e in elections:
        if len(rates) >= _years_to_use(plan):
            break
        if not e.registered or e.ballots_cast is None:
            run.step(f"{e.year} left out: registered voters or ballots cast not entered.")
            continue
        rate = Fraction(e.ballots_cast, e.registered)
        rates.append(rate)
        run.used.append(e.year)
        run.step(
            f"{e.year}: {fmt_int(e.ballots_cast)} ballots / {fmt_int(e.registered)} "
            f"registered = {fmt_pct(rate * 100, 2)}."
        )
    registration = plan.race.registered_voters
    if not rates:
        run.missing = "no comparable election has both registered voters and ballots cast"
        return
    if not registration:
        run.step("Current registration is not entered: the turnout-rate method needs it.")
        run.missing = "current registration is not entered"
        return
    _apply_rate(plan, rates, registration, run)


def _apply_rate(plan: Plan, rates: list[Fraction], registration: int, run: _Run) -> None:
    avg = sum(rates, Fraction(0)) / len(rates)
    ballots = avg * registration
    run.step(
        f"Average rate {fmt_pct(avg * 100, 2)} x {fmt_int(registration)} registered now "
        f"= {float(ballots):,.1f} ballots."
    )
    roll_off = roll_off_factor(plan)
    if roll_off != 1:
        ballots *= roll_off
        run.step(
            f"Less roll-off of {fmt_pct(plan.turnout.roll_off_pct)} for a down-ballot "
            f"contest: {float(ballots):,.1f}.",
            "fairfax_rolloff",
        )
    else:
        run.total_ballots = True
    run.value = _adjust(ballots, plan, run)


def _most_recent(plan: Plan, elections: list[PastElection], run: _Run) -> None:
    seats, roll_off = max(plan.race.seats, 1), roll_off_factor(plan)
    for e in elections:
        value, how = contest_ballots(e, seats, roll_off)
        if value is None:
            run.step(f"{e.year} left out: {how}.")
            continue
        run.used.append(e.year)
        run.total_ballots = _uses_total_ballots(e, seats)
        run.step(
            f"Most recent comparable election, {e.year}: {how}.", _how_source(e, seats, roll_off)
        )
        run.value = _adjust(value, plan, run)
        return
    run.missing = "no comparable election has the contest's votes or the ballots cast"


def _manual(plan: Plan, run: _Run) -> None:
    t = plan.turnout
    if t.manual_turnout is None:
        run.missing = "your own turnout figure is not entered"
        return
    if t.manual_turnout < 0:
        run.missing = "your own turnout figure is below zero"
        return
    reason = t.manual_reason.strip() or "no reason given yet"
    run.step(f"Your own figure: {fmt_int(t.manual_turnout)} ballots ({reason}).")
    run.value = t.manual_turnout


def _run(method: TurnoutMethod, plan: Plan, elections: list[PastElection]) -> _Run:
    run = _Run(method)
    if method is TurnoutMethod.CONTEST_AVERAGE:
        _contest_average(plan, elections, run)
    elif method is TurnoutMethod.TURNOUT_RATE:
        _turnout_rate(plan, elections, run)
    elif method is TurnoutMethod.MOST_RECENT:
        _most_recent(plan, elections, run)
    else:
        _manual(plan, run)
    return run


def project_turnout(plan: Plan) -> TurnoutResult:
    """Projected turnout by the plan's chosen method, with every method's figure alongside."""
    elections, excluded = comparable_elections(plan)
    method = plan.turnout.method
    runs = {m: _run(m, plan, elections) for m in TurnoutMethod}
    chosen = runs[method]
    result = TurnoutResult(
        method=method,
        projected=chosen.value,
        used_years=chosen.used,
        by_method={m: r.value for m, r in runs.items()},
        comparable_years=[e.year for e in elections],
        unadjusted_total_ballots=chosen.total_ballots,
    )
    result.steps = [Step(f"Method: {METHOD_LABELS[method]}.", METHOD_SOURCES[method])]
    if method is not TurnoutMethod.MANUAL:
        result.steps += excluded
    result.steps += chosen.steps
    _warn(plan, result, elections, chosen)
    return result


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
            "votes (Fairfax County 2011: 11-36 % fewer). Enter a roll-off factor or the "
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
