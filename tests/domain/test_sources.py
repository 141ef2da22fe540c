"""Every calculator step cites a registered source; every default is the one its source quotes."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from tests.plans import build_plan, past_election
from winbook.domain.figures import Figures, compute_figures
from winbook.domain.model import (
    BaseShare,
    Channel,
    ExpenseCategory,
    ExpenseLine,
    FundraisingSettings,
    IncomeLine,
    MultiSeatBasis,
    PathSettings,
    Plan,
    PluralityRule,
    PrimaryType,
    RaceCost,
    Stage,
    TurnoutMethod,
    VotingMethod,
    WinSettings,
)
from winbook.domain.path import CHANNEL_DEFAULTS, DEFAULT_MIX, DEFAULT_MIX_SOURCE, default_channels
from winbook.domain.sources import SOURCES
from winbook.domain.winnumber import BASE_YEARS_BACK
from winbook.paths import samples_dir
from winbook.store.files import load_plan


def _all_steps(f: Figures) -> list[tuple[str, str]]:
    results = (f.turnout, f.win, f.path, f.budget, f.fundraising)
    return [(s.text, s.source) for r in results for s in r.steps]


def _rich(**kw: Any) -> Plan:
    """A plan that walks every branch a race type has: history, base, channels, money."""
    history = [
        past_election(2023, 9_000, ballots_cast=30_000, registered=60_000, last_winner_votes=4_000),
        past_election(2021, None, ballots_cast=28_000, registered=58_000, first_loser_votes=3_500),
        past_election(2019, 8_000, registered=55_000),
        past_election(2022, 12_000),  # another cycle: left out with a step
    ]
    plan = build_plan(
        history=history,
        registered=62_000,
        roll_off=10.0,
        adjustment=2.0,
        manual=9_500,
        reason="new district lines",
        election=date(2027, 11, 2),
        early_voting=date(2027, 10, 15),
        field_start=date(2027, 6, 1),
        channels=default_channels(),
        base_shares=[BaseShare(2015, "too old", 30.0), BaseShare(2021, "like me", 40.0)],
        expenses=[
            ExpenseLine(ExpenseCategory.MAIL, "mail", "2027-09", Decimal(5_000)),
            ExpenseLine(ExpenseCategory.CONTINGENCY, "", "2027-10", Decimal(100)),
            ExpenseLine(ExpenseCategory.ADMIN, "", "", Decimal(50)),
        ],
        income=[IncomeLine(description="call time", month="2027-06", amount=Decimal(3_000))],
        race_costs=[RaceCost(2023, "similar", Stage.GENERAL, Decimal(20_000))],
        **kw,
    )
    plan.fundraising = FundraisingSettings(raised_to_date=Decimal(4_000), donor_count=40)
    return plan


RACES: dict[str, dict[str, Any]] = {
    "two-way": {},
    "multi estimate": {"candidates": 5},
    "multi majority": {"candidates": 12, "plurality_rule": PluralityRule.MAJORITY},
    "vote for 3, last winner": {"seats": 3, "candidates": 6},
    "vote for 3, first loser": {"seats": 3, "candidates": 6, "basis": MultiSeatBasis.FIRST_LOSER},
    "vote for 3, guaranteed": {"seats": 3, "candidates": 6, "basis": MultiSeatBasis.GUARANTEED},
    "uncontested": {"seats": 2, "candidates": 2},
    "rcv one seat": {"candidates": 4, "voting": VotingMethod.RANKED_CHOICE},
    "rcv three seats": {"seats": 3, "candidates": 7, "voting": VotingMethod.RANKED_CHOICE},
    "closed primary": {"stage": Stage.PRIMARY, "primary_type": PrimaryType.CLOSED, "candidates": 3},
    "top two": {"stage": Stage.PRIMARY, "primary_type": PrimaryType.TOP_TWO, "candidates": 4},
    "top two, two running": {"stage": Stage.PRIMARY, "primary_type": PrimaryType.TOP_TWO},
    "manual base": {"base_pct": 45.0},
}


@pytest.mark.parametrize("method", list(TurnoutMethod))
@pytest.mark.parametrize("race", list(RACES))
def test_every_step_of_every_race_type_cites_a_known_source(
    race: str, method: TurnoutMethod
) -> None:
    steps = _all_steps(compute_figures(_rich(method=method, **RACES[race])))
    assert steps
    uncited = [text for text, source in steps if source not in SOURCES]
    assert uncited == []


def test_the_bundled_samples_cite_known_sources_in_every_step() -> None:
    for path in sorted(samples_dir().glob("*.json")):
        steps = _all_steps(compute_figures(load_plan(path)))
        assert [text for text, source in steps if source not in SOURCES] == [], path.name


def test_the_own_figure_and_the_uncontested_rule_have_their_own_sources() -> None:
    manual = compute_figures(_rich(method=TurnoutMethod.MANUAL)).turnout
    assert {s.source for s in manual.steps} == {"manual_turnout"}
    assert "new district lines" in manual.steps[-1].text  # the reason is shown with the figure
    uncontested = compute_figures(_rich(seats=2, candidates=2)).win
    assert uncontested.rule == "uncontested"
    # after the step naming the turnout the figures are planned on
    assert [s.source for s in uncontested.steps[:2]] == ["turnout_range", "uncontested"]


def _numbers(text: str) -> set[float]:
    return {float(n) for n in re.findall(r"\d+(?:\.\d+)?", text)}


def test_default_rates_are_the_ones_their_sources_quote() -> None:
    for channel, d in CHANNEL_DEFAULTS.items():
        quoted = _numbers(SOURCES[d.source].detail)
        for rate in (d.attempts_per_hour, d.contacts_per_hour):
            assert rate is None or rate in quoted, (channel, rate)
        per_vote = _numbers(SOURCES[d.per_vote_source].detail)
        # phones: 36.5 is the middle of the quoted 35-38
        assert d.contacts_per_vote is None or d.contacts_per_vote in per_vote | {(35 + 38) / 2}


def test_default_mix_and_settings_are_the_ones_their_sources_quote() -> None:
    assert DEFAULT_MIX == {Channel.DOORS_SUBURBAN: 60.0, Channel.PHONES_PERSUASION: 40.0}
    assert set(DEFAULT_MIX.values()) <= _numbers(SOURCES[DEFAULT_MIX_SOURCE].detail)
    path, win, money = PathSettings(), WinSettings(), FundraisingSettings()
    assert {path.support_rate_pct, path.turnout_rate_pct} <= _numbers(SOURCES["universe"].detail)
    assert path.shift_hours in _numbers(SOURCES["wellstone_contact"].detail)
    assert path.candidate_hours_per_week in _numbers(SOURCES["call_time"].detail)
    assert money.call_time_hours_per_week in _numbers(SOURCES["call_time"].detail)
    assert win.safety_margin_pct in _numbers(SOURCES["margin"].detail)
    assert money.threshold_pct in _numbers(SOURCES["fundraising_test"].detail)
    assert money.cycles_to_average in _numbers(SOURCES["fundraising_test"].detail)
    # the low and high scenarios are the plan -/+ Jim Arnold's 15%
    assert 100 - money.low_factor_pct == money.high_factor_pct - 100 == 15
    assert 15 in _numbers(SOURCES["scenarios"].detail)
    assert BASE_YEARS_BACK in _numbers(SOURCES["wellstone_deficit"].detail)
