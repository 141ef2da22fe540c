"""The four ways to project T, each with its steps: the contest average (NGP VAN), the turnout
rate times current registration (Wellstone), the most recent comparable election, and the
user's own figure (domain notes §2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from winbook.domain.explain import Step, ceil_frac, fmt_int, fmt_num, fmt_pct, frac, shown
from winbook.domain.model import PastElection, Plan, TurnoutMethod
from winbook.domain.turnout.history import _uses_total_ballots, measure, roll_off_factor
from winbook.domain.turnout.result import METHOD_SOURCES, Unit


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
        adjusted = shown(value * (1 + adj / 100), 1)
        run.step(
            f"Your adjustment for unusual conditions, {float(adj):+g}%: "
            f"{fmt_num(value)} × {float(1 + adj / 100):g} = {fmt_num(adjusted)}.",
            "ngpvan_turnout",
        )
        value = adjusted
    result = ceil_frac(value)
    if result < 0:
        run.step(f"{fmt_num(value)} is below zero; T cannot be negative, so T = 0.")
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
    avg = shown(sum(values, Fraction(0)) / len(values), 1)  # as printed, then rounded up
    n = len(values)
    run.step(
        f"Average of {n} election{'s' if n > 1 else ''} "
        f"({', '.join(map(str, run.used))}): {fmt_num(avg)}."
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
        rate = shown(Fraction(e.ballots_cast, e.registered) * 100, 2) / 100  # as printed
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
        return roll_off_factor(plan), f"of {fmt_pct(plan.turnout.roll_off_pct, 4)}"
    measured = [frac(e.roll_off_pct) for e in used if e.roll_off_pct is not None]
    if not measured:
        return Fraction(1), ""
    avg = shown(sum(measured, Fraction(0)) / len(measured), 1)  # as printed
    return 1 - avg / 100, f"of {fmt_pct(avg)} (measured in the results files)"


def _apply_rate(
    plan: Plan,
    rates: list[Fraction],
    registration: int,
    run: _Run,
    roll_off: tuple[Fraction, str],
) -> None:
    # each figure as printed is the one carried on, so the steps check by hand
    avg = shown(sum(rates, Fraction(0)) / len(rates) * 100, 2) / 100
    ballots = shown(avg * registration, 1)
    run.step(
        f"Average rate {fmt_pct(avg * 100, 2)} × {fmt_int(registration)} registered now "
        f"= {fmt_num(ballots)} ballots."
    )
    factor, how = roll_off
    if factor != 1:
        before, ballots = ballots, shown(ballots * factor, 1)
        run.step(
            f"Less roll-off {how} for a down-ballot contest: {fmt_num(before)} × "
            f"(1 − {fmt_pct((1 - factor) * 100, 4)}) = {fmt_num(ballots)}.",
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
