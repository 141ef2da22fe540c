"""Plans for the store tests: one written by hand, one with every field set by type."""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from winbook.domain.model import (
    BaseShare,
    Candidate,
    Channel,
    ChannelPlan,
    ChecklistItem,
    CoachingSession,
    CoachNote,
    CycleType,
    Disclosure,
    DisclosureCategory,
    DisclosureItem,
    EventKind,
    ExpenseCategory,
    ExpenseLine,
    FilingStatus,
    FundraisingSettings,
    IncomeLine,
    IncomeSource,
    Level,
    NextStep,
    PastElection,
    PathSettings,
    Plan,
    PlanMeta,
    Race,
    RaceCost,
    Section,
    SectionStatus,
    Stage,
    TimelineEvent,
    TurnoutMethod,
    TurnoutSettings,
    ValueAnswer,
    WinSettings,
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def hand_plan() -> Plan:
    """A realistic plan with unicode, exact amounts and dates in every part."""
    return Plan(
        meta=PlanMeta(
            title="Nguyễn Thị Đặng for Riverside School Board — 学校",
            profile_id="default",
            created=datetime(2025, 1, 5, 9, 30, 0),
            prepared_on=date(2025, 2, 1),
        ),
        candidate=Candidate(
            full_name="Nguyễn Thị Đặng",
            ballot_name="Đặng Nguyễn",
            pronouns="she/her",
            occupation="Teacher",
            party="Democratic",
            campaign_email="dang@example.org",
            campaign_phone="+1 555 0100",
            website="https://example.org",
            committee_name="Friends of Đặng",
            is_incumbent=False,
            bio='Line one\nLine two with "quotes" and a tab\there. 🚌',
            home_address="12 Elm St, Riverside",
            personal_phone="555 0199",
            personal_email="me@example.net",
            birth_date=date(1993, 7, 14),
        ),
        filing=FilingStatus(
            on_ballot=True, committee_formed=True, announcement_date=date(2025, 1, 20)
        ),
        race=Race(
            office="School Board At Large",
            jurisdiction="Riverside USD",
            state="VA",
            level=Level.SCHOOL_BOARD,
            seats=3,
            cycle=CycleType.MUNICIPAL,
            election_date=date(2025, 11, 4),
            early_voting_start=date(2025, 9, 19),
            filing_deadline=date(2025, 6, 17),
            candidates_expected=7,
            registered_voters=41_250,
        ),
        history=[
            PastElection(
                year=2023,
                registered=40_100,
                ballots_cast=9_812,
                contest_votes=24_330,
                winner_votes=3_911,
                last_winner_votes=3_120,
                first_loser_votes=2_987,
                seats=3,
                note="Low-turnout year ☔",
            ),
            PastElection(year=2021, ballots_cast=11_020, seats=3),
        ],
        turnout=TurnoutSettings(
            method=TurnoutMethod.TURNOUT_RATE, roll_off_pct=14.9, adjustment_pct=-2.5
        ),
        win=WinSettings(safety_margin_pct=7.5),
        path=PathSettings(
            base_shares=[BaseShare(2023, "Ortiz", 31.25)],
            field_start=date(2025, 6, 1),
            channels=[ChannelPlan(Channel.DOORS_SUBURBAN, 60.0, 15.0, 4.0, 14.0)],
        ),
        expenses=[
            ExpenseLine(ExpenseCategory.MAIL, "Postcards ✉", "2025-10", Decimal("1234.50")),
            ExpenseLine(ExpenseCategory.LITERATURE, "Walk cards", "2025-09", Decimal("0.10")),
            ExpenseLine(ExpenseCategory.EVENTS, "Hall (donated)", "2025-08", Decimal("250"), True),
        ],
        income=[IncomeLine(IncomeSource.CALL_TIME, "Call time", "2025-03", Decimal("999.99"))],
        race_costs=[RaceCost(2023, "School board", Stage.GENERAL, Decimal("18000.00"), "VPAP")],
        fundraising=FundraisingSettings(
            raised_to_date=Decimal("3150.00"), donor_count=41, as_of=date(2025, 2, 1)
        ),
        sections=[
            Section("why", "Because our kids — all of them — deserve better.", SectionStatus.READY),
            Section("message", "", SectionStatus.DRAFTING, datetime(2025, 2, 1, 18, 0, 5)),
        ],
        values=[ValueAnswer("v1", "Democracy works when everyone votes.", "We register …")],
        disclosure=Disclosure(
            statement="Nothing surprising.",
            items=[DisclosureItem(DisclosureCategory.SOCIAL_MEDIA, "Old tweet", "I was 19.")],
        ),
        timeline=[TimelineEvent("Filing deadline", date(2025, 6, 17), EventKind.HARD, "filing")],
        checklist=[ChecklistItem("File statement of organisation", date(2025, 2, 15), True)],
        coach_notes=[CoachNote("why", "Sam", datetime(2025, 2, 2, 10, 0), "Lead with the story.")],
        sessions=[
            CoachingSession(
                when=datetime(2025, 2, 2, 10, 0, tzinfo=timezone(timedelta(hours=-5))),
                coach="Sam",
                agenda="Budget",
                decisions="Cut mail by 10 %",
                next_steps=[NextStep("Draft call list", "Đặng", date(2025, 2, 9))],
                snapshot={"why": "Because our kids…", "budget": ""},
            )
        ],
    )


# --------------------------------------------------------------------------- every field set


def _value_for(tp: Any, seed: int, default: Any = None) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return _value_for(inner, seed, default)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_value_for(item, seed + 1), _value_for(item, seed + 2)]
    if origin is dict:
        return {f"k{seed}": f"ü{seed}", "ß": "ñ"}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        kwargs = {
            f.name: _value_for(hints[f.name], seed * 7 + i, f.default)
            for i, f in enumerate(dataclasses.fields(tp))
        }
        return tp(**kwargs)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return next(m for m in reversed(list(tp)) if m != default)
    scalars: dict[Any, Any] = {
        bool: True,
        int: 1000 + seed,
        float: 0.125 + seed,
        str: f"välue-{seed} 中",
        Decimal: Decimal(f"{seed}.07"),
        date: date(2024, 1, 1) + timedelta(days=seed % 300),
        datetime: datetime(2024, 5, 6, 7, 8, 9) + timedelta(minutes=seed),
    }
    return scalars[tp]


def every_field_plan() -> Plan:
    """A plan where every field, however deeply nested, differs from its default."""
    plan = _value_for(Plan, 3)
    assert isinstance(plan, Plan)
    return plan


def fields_left_at_default(obj: Any, where: str = "plan") -> list[str]:
    """The dotted names of fields in ``obj`` that still hold their default value."""
    found: list[str] = []
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        if value == default:
            found.append(f"{where}.{f.name}")
        if dataclasses.is_dataclass(value):
            found += fields_left_at_default(value, f"{where}.{f.name}")
        for i, item in enumerate(value if isinstance(value, list) else []):
            if dataclasses.is_dataclass(item):
                found += fields_left_at_default(item, f"{where}.{f.name}[{i}]")
    return found


@pytest.fixture
def full_plan() -> Plan:
    return hand_plan()


@pytest.fixture
def dense_plan() -> Plan:
    return every_field_plan()


@pytest.fixture
def left_at_default() -> typing.Callable[[Any], list[str]]:
    return fields_left_at_default
