"""Projected turnout T: the ballots expected in the candidate's own contest (domain notes §2).

Four methods, each shown with its inputs: the contest average (NGP VAN), the turnout rate times
current registration (Wellstone), the most recent comparable election, and the user's own
figure. Only elections of the race's cycle type and stage are compared; a row that lacks the
figure a method needs is left out with a step that says so. T is always rounded up.

Turnout is a range (§2a): uncontested, write-in-only and blowout years are left out of the
average while two contested ones remain; the chosen method is back-tested on the plan's own
history; the low and high figures come from its worst misses; and the win number is planned
on the high figure unless the user chooses the expected one.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal

from winbook.domain.explain import Step, ceil_frac, fmt_int, fmt_pct, frac
from winbook.domain.model import CYCLE_LABELS, PastElection, Plan, PlanOn, TurnoutMethod

#: The version of the targeting model (PlanMeta.targets_model): 1 = turnout ranges, the
#: back-test, competitiveness and planning on high turnout. Plans made before it hold 0.
TARGETS_MODEL = 1
#: A blowout: the winner of a one-seat race took at least this share of the votes (§2a).
BLOWOUT_PCT = 70
#: The range's bounds (§2a): the high side at least +10% and at most +60%, the low side at
#: least -10% (and, so that it stays a turnout, at most -60%); +/- 15% without a back-test.
RANGE_MIN_PCT, RANGE_MAX_PCT, RANGE_DEFAULT_PCT = 10, 60, 15
#: A back-test point needs at least this many comparable elections before it.
BACKTEST_MIN_EARLIER = 2

Unit = Literal["ballots", "votes"]

METHOD_LABELS: dict[TurnoutMethod, str] = {
    TurnoutMethod.CONTEST_AVERAGE: "Contest average (NGP VAN)",
    TurnoutMethod.TURNOUT_RATE: "Turnout rate × current registration (Wellstone)",
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
    #: What T counts: ballots, or (a vote-for-N contest whose files give no ballots) votes.
    unit: Unit = "ballots"
    #: The range around ``projected`` (the expected figure), None without a projection.
    low: int | None = None
    high: int | None = None
    range_steps: list[Step] = field(default_factory=list)
    #: The turnout the win number and vote goal are computed on, and which figure it is.
    planned_on: PlanOn = PlanOn.HIGH
    #: How the method would have done on each past election it could be tested on.
    backtest: list[BacktestPoint] = field(default_factory=list)
    #: Comparable years left out of the average, with the reason (uncontested, blowout ...).
    left_out: list[tuple[int, str]] = field(default_factory=list)
    #: Registration now against the newest comparable election's, per cent (None if unknown).
    registration_growth_pct: float | None = None

    @property
    def planned(self) -> int | None:
        """The turnout in force: the high figure by default, else the expected one."""
        return self.high if self.planned_on is PlanOn.HIGH else self.projected


@dataclass(frozen=True)
class BacktestPoint:
    """One past election projected from the comparable ones before it alone."""

    year: int
    projected: int
    actual: int
    from_years: tuple[int, ...]

    @property
    def error_pct(self) -> float:
        """(projected - actual) / actual, per cent: below zero is an under-projection."""
        return float(Fraction(self.projected - self.actual, self.actual) * 100)


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


def competitiveness(e: PastElection) -> str:
    """Why a past election says little about a contested one; "" when it was contested (§2a)."""
    seats = max(e.seats, 1)
    if e.candidates == 0:
        return "only write-in candidates"
    if e.candidates is not None and e.candidates <= seats:
        return f"uncontested ({_count(e.candidates, 'candidate')} for {_count(seats, 'seat')})"
    if (
        seats == 1
        and e.winner_votes
        and e.contest_votes
        and e.winner_votes * 100 >= BLOWOUT_PCT * e.contest_votes
    ):
        share = Fraction(e.winner_votes * 100, e.contest_votes)
        return f"a blowout (the winner took {fmt_pct(share)} of the votes)"
    return ""


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _years(elections: list[PastElection]) -> str:
    return ", ".join(str(e.year) for e in sorted(elections, key=lambda e: e.year))


def contested_elections(
    elections: list[PastElection],
) -> tuple[list[PastElection], list[tuple[int, str]], list[Step]]:
    """The elections the average uses, those left out (year, reason), and the steps saying so.

    Flagged years (uncontested, write-in only, blowout) are left out while at least two
    contested comparable elections remain; a year the user put back counts as contested.
    """
    flagged = [e for e in elections if not e.use_anyway and competitiveness(e)]
    if not flagged:
        return elections, [], []
    if len(elections) - len(flagged) < 2:
        step = Step(
            f"{_years(flagged)} kept although flagged ({'; '.join(map(competitiveness, flagged))}):"
            " fewer than two contested comparable elections remain.",
            "competitiveness",
        )
        return elections, [], [step]
    ids = {id(e) for e in flagged}
    left_out = [(e.year, competitiveness(e)) for e in flagged]
    steps = [
        Step(
            f"{year} left out of the average: {reason}, which turns out fewer voters than a "
            "contested race (put it back on the election-history page to count it).",
            "competitiveness",
        )
        for year, reason in left_out
    ]
    return [e for e in elections if id(e) not in ids], left_out, steps


def roll_off_factor(plan: Plan) -> Fraction:
    """1 - roll-off: the share of all ballots that vote in a down-ballot contest."""
    return 1 - frac(plan.turnout.roll_off_pct) / 100


def _row_roll_off(e: PastElection, roll_off: Fraction) -> tuple[Fraction, str]:
    """The roll-off factor for one row: its measured roll-off, else the plan's setting."""
    if e.roll_off_pct is not None:
        factor = 1 - frac(e.roll_off_pct) / 100
        return factor, f"after its measured {fmt_pct(e.roll_off_pct)} roll-off"
    return roll_off, f"after {fmt_pct(100 - roll_off * 100)} roll-off"


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
        factor, after = _row_roll_off(e, roll_off)
        value = Fraction(e.ballots_cast) * factor
        if factor == 1:
            return value, f"{fmt_int(e.ballots_cast)} ballots cast (no roll-off set)"
        return value, (
            f"{fmt_int(e.ballots_cast)} ballots cast × {fmt_pct(factor * 100)} "
            f"({after}) = {float(value):,.1f}"
        )
    if e.contest_votes is not None:
        return None, (
            f"only the contest's {fmt_int(e.contest_votes)} votes are known, and in a vote-for-N "
            "contest each ballot carries up to N votes; enter the ballots cast"
        )
    return None, "no votes in the contest and no ballots cast entered"


def contest_votes_now(e: PastElection, seats: int) -> tuple[Fraction | None, str]:
    """The contest's votes, scaled to this race's N seats when that year filled another number."""
    if e.contest_votes is None:
        return None, "the contest's votes are not entered"
    then = max(e.seats, 1)
    if then == seats:
        return Fraction(e.contest_votes), f"{fmt_int(e.contest_votes)} votes in the contest"
    value = Fraction(e.contest_votes * seats, then)
    return value, (
        f"{fmt_int(e.contest_votes)} votes for {_count(then, 'seat')}, × {seats}/{then} for "
        f"this race's {_count(seats, 'seat')} = {float(value):,.1f}"
    )


def measure(
    e: PastElection, seats: int, roll_off: Fraction, unit: Unit
) -> tuple[Fraction | None, str]:
    """A past election's figure in the unit T counts (ballots, or votes for N seats)."""
    if unit == "votes":
        return contest_votes_now(e, seats)
    return contest_ballots(e, seats, roll_off)


def projection_unit(plan: Plan, elections: list[PastElection]) -> Unit:
    """Votes when a vote-for-N race's history gives the contest's votes but never its ballots.

    Most real results files carry no ballots-cast figure (§7); every such file must still give
    a figure, so T then counts votes and the win number uses the votes bound. Ballots, when
    any comparable election has them, still win.
    """
    seats = max(plan.race.seats, 1)
    if seats == 1 or plan.turnout.method in (TurnoutMethod.TURNOUT_RATE, TurnoutMethod.MANUAL):
        return "ballots"
    roll_off = roll_off_factor(plan)
    if any(contest_ballots(e, seats, roll_off)[0] is not None for e in elections):
        return "ballots"
    return "votes" if any(e.contest_votes is not None for e in elections) else "ballots"


def _uses_total_ballots(e: PastElection, seats: int) -> bool:
    """Whether `contest_ballots` falls back on the total ballots cast for ``e``."""
    if e.contest_ballots is not None:
        return False
    if seats == 1 and max(e.seats, 1) == 1 and e.contest_votes is not None:
        return False
    return e.ballots_cast is not None and e.roll_off_pct is None


@dataclass
class _Run:
    """One method's working: its figure, its steps and the years it used."""

    method: TurnoutMethod
    unit: Unit = "ballots"
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


def _what(unit: Unit) -> str:
    return "ballots" if unit == "ballots" else "votes"


def _adjust(value: Fraction, plan: Plan, run: _Run) -> int:
    adj = frac(plan.turnout.adjustment_pct)
    if adj:
        adjusted = value * (1 + adj / 100)
        run.step(
            f"Your adjustment for unusual conditions, {float(adj):+g}%: "
            f"{float(value):,.1f} × {float(1 + adj / 100):g} = {float(adjusted):,.1f}.",
            "ngpvan_turnout",
        )
        value = adjusted
    result = ceil_frac(value)
    if result < 0:
        run.step(f"{float(value):,.1f} is below zero; T cannot be negative, so T = 0.")
        return 0
    run.step(f"Rounded up: T = {fmt_int(result)} {_what(run.unit)} in the contest.")
    return result


def _contest_average(plan: Plan, elections: list[PastElection], run: _Run) -> None:
    seats, roll_off = max(plan.race.seats, 1), roll_off_factor(plan)
    values: list[Fraction] = []
    for e in elections:
        if len(values) >= _years_to_use(plan):
            break
        value, how = measure(e, seats, roll_off, run.unit)
        if value is None:
            run.step(f"{e.year} left out: {how}.")
            continue
        values.append(value)
        run.used.append(e.year)
        run.total_ballots |= run.unit == "ballots" and _unadjusted(e, seats, roll_off)
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


def _unadjusted(e: PastElection, seats: int, roll_off: Fraction) -> bool:
    return _uses_total_ballots(e, seats) and roll_off == 1


def _how_source(e: PastElection, seats: int, roll_off: Fraction) -> str:
    if _uses_total_ballots(e, seats) and roll_off != 1:
        return "fairfax_rolloff"
    return "ngpvan_turnout"


def _turnout_rate(plan: Plan, elections: list[PastElection], run: _Run) -> None:
    rates: list[Fraction] = []
    used: list[PastElection] = []
    for e in elections:
        if len(rates) >= _years_to_use(plan):
            break
        if not e.registered or e.ballots_cast is None:
            run.step(f"{e.year} left out: registered voters or ballots cast not entered.")
            continue
        rate = Fraction(e.ballots_cast, e.registered)
        rates.append(rate)
        used.append(e)
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
    _apply_rate(plan, rates, registration, run, rate_roll_off(plan, used))


def rate_roll_off(plan: Plan, used: list[PastElection]) -> tuple[Fraction, str]:
    """The roll-off the turnout-rate method applies: the plan's, else the rows' measured one."""
    if plan.turnout.roll_off_pct:
        return roll_off_factor(plan), f"of {fmt_pct(plan.turnout.roll_off_pct)}"
    measured = [frac(e.roll_off_pct) for e in used if e.roll_off_pct is not None]
    if not measured:
        return Fraction(1), ""
    avg = sum(measured, Fraction(0)) / len(measured)
    return 1 - avg / 100, f"of {fmt_pct(avg)} (measured in the results files)"


def _apply_rate(
    plan: Plan,
    rates: list[Fraction],
    registration: int,
    run: _Run,
    roll_off: tuple[Fraction, str],
) -> None:
    avg = sum(rates, Fraction(0)) / len(rates)
    ballots = avg * registration
    run.step(
        f"Average rate {fmt_pct(avg * 100, 2)} × {fmt_int(registration)} registered now "
        f"= {float(ballots):,.1f} ballots."
    )
    factor, how = roll_off
    if factor != 1:
        ballots *= factor
        run.step(
            f"Less roll-off {how} for a down-ballot contest: {float(ballots):,.1f}.",
            "fairfax_rolloff",
        )
    else:
        run.total_ballots = True
    run.value = _adjust(ballots, plan, run)


def _most_recent(plan: Plan, elections: list[PastElection], run: _Run) -> None:
    seats, roll_off = max(plan.race.seats, 1), roll_off_factor(plan)
    for e in elections:
        value, how = measure(e, seats, roll_off, run.unit)
        if value is None:
            run.step(f"{e.year} left out: {how}.")
            continue
        run.used.append(e.year)
        run.total_ballots = run.unit == "ballots" and _unadjusted(e, seats, roll_off)
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


def _run(method: TurnoutMethod, plan: Plan, elections: list[PastElection], unit: Unit) -> _Run:
    run = _Run(method, unit if method in _HISTORY_METHODS else "ballots")
    if method is TurnoutMethod.CONTEST_AVERAGE:
        _contest_average(plan, elections, run)
    elif method is TurnoutMethod.TURNOUT_RATE:
        _turnout_rate(plan, elections, run)
    elif method is TurnoutMethod.MOST_RECENT:
        _most_recent(plan, elections, run)
    else:
        _manual(plan, run)
    return run


#: The methods that can give T in votes (a vote-for-N history without ballots).
_HISTORY_METHODS = (TurnoutMethod.CONTEST_AVERAGE, TurnoutMethod.MOST_RECENT)


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


# --------------------------------------------------------------------------- back-test, range


def _as_of(plan: Plan, target: PastElection) -> Plan:
    """The plan as it stood before ``target``: its registration, no adjustment for now."""
    race = dataclasses.replace(plan.race, registered_voters=target.registered)
    turnout = dataclasses.replace(plan.turnout, adjustment_pct=0.0)
    return dataclasses.replace(plan, race=race, turnout=turnout)


def _actual(plan: Plan, e: PastElection, method: TurnoutMethod, unit: Unit) -> int | None:
    """What ``e`` really turned out, in the figure ``method`` projects."""
    seats = max(plan.race.seats, 1)
    if method is TurnoutMethod.TURNOUT_RATE:
        if e.ballots_cast is None:
            return None
        value: Fraction | None = Fraction(e.ballots_cast) * rate_roll_off(plan, [e])[0]
    else:
        value, _ = measure(e, seats, roll_off_factor(plan), unit)
    return None if value is None else ceil_frac(value)


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
        actual = _actual(plan, target, method, unit)
        if not actual:
            continue
        run = _run(method, _as_of(plan, target), earlier[::-1], unit)
        if run.value is not None:
            points.append(BacktestPoint(target.year, run.value, actual, tuple(run.used)))
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
        f"actual {fmt_int(p.actual)} ({_signed_pct(p.error_pct)}).",
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
