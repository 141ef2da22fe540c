"""Plan builders for the calculator tests: short plans with only the parts a test is about."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from winbook.domain.model import (
    BaseShare,
    ChannelPlan,
    CycleType,
    ExpenseLine,
    IncomeLine,
    MultiSeatBasis,
    PastElection,
    PathSettings,
    Plan,
    PluralityRule,
    PrimaryType,
    Race,
    RaceCost,
    Stage,
    TurnoutMethod,
    TurnoutSettings,
    VotingMethod,
    WinSettings,
    cycle_for_year,
)

MakePlan = Callable[..., Plan]
Past = Callable[..., PastElection]


def past_election(year: int, contest: int | None = None, **kw: Any) -> PastElection:
    """A past general election of ``year``'s usual cycle; ``contest`` = votes in the contest."""
    kw.setdefault("cycle", cycle_for_year(year))
    return PastElection(year=year, contest_votes=contest, **kw)


def build_plan(
    *,
    seats: int = 1,
    candidates: int = 2,
    voting: VotingMethod = VotingMethod.PLURALITY,
    stage: Stage = Stage.GENERAL,
    primary_type: PrimaryType = PrimaryType.NONE,
    cycle: CycleType = CycleType.MUNICIPAL,
    registered: int | None = None,
    election: date | None = None,
    early_voting: date | None = None,
    history: list[PastElection] | None = None,
    method: TurnoutMethod = TurnoutMethod.CONTEST_AVERAGE,
    years: int = 3,
    roll_off: float = 0.0,
    adjustment: float = 0.0,
    manual: int | None = None,
    reason: str = "",
    margin: float = 5.0,
    plurality_rule: PluralityRule = PluralityRule.ESTIMATE,
    basis: MultiSeatBasis = MultiSeatBasis.LAST_WINNER,
    base_pct: float | None = None,
    base_shares: list[BaseShare] | None = None,
    channels: list[ChannelPlan] | None = None,
    field_start: date | None = None,
    expenses: list[ExpenseLine] | None = None,
    income: list[IncomeLine] | None = None,
    race_costs: list[RaceCost] | None = None,
) -> Plan:
    """A plan with the given race, history and settings; everything else at its default."""
    plan = Plan()
    plan.race = Race(
        seats=seats,
        candidates_expected=candidates,
        voting_method=voting,
        stage=stage,
        primary_type=primary_type,
        cycle=cycle,
        registered_voters=registered,
        election_date=election,
        early_voting_start=early_voting,
    )
    plan.history = list(history or [])
    plan.turnout = TurnoutSettings(method, years, roll_off, adjustment, manual, reason)
    plan.win = WinSettings(plurality_rule, basis, margin)
    plan.path = PathSettings(
        base_support_pct=base_pct,
        base_shares=list(base_shares or []),
        field_start=field_start,
        channels=list(channels or []),
    )
    plan.expenses = list(expenses or [])
    plan.income = list(income or [])
    plan.race_costs = list(race_costs or [])
    return plan


@pytest.fixture
def make_plan() -> MakePlan:
    return build_plan


@pytest.fixture
def past() -> Past:
    return past_election
