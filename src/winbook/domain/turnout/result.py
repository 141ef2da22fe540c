"""What a turnout projection gives: T, its range, its back-test and the steps behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal

from winbook.domain.explain import Step
from winbook.domain.model import PlanOn, TurnoutMethod

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
    #: What the actual figure is: the contest's own measured figure when the row has it
    #: ("ballots in the contest", "votes in the contest"), else how it was estimated.
    measured: str = ""

    @property
    def error_pct(self) -> float:
        """(projected - actual) / actual, per cent: below zero is an under-projection."""
        return float(Fraction(self.projected - self.actual, self.actual) * 100)
