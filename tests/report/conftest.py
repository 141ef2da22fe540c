"""A rich plan for the packet tests, with figures simple enough to check by hand."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

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
    NextStep,
    PastElection,
    PathSettings,
    Plan,
    PlanMeta,
    Race,
    RaceCost,
    Section,
    SectionStatus,
    TimelineEvent,
    ValueAnswer,
)
from winbook.domain.sections import SECTION_SPECS

LONG_URL = "https://example.org/" + "averyveryverylongpathsegment" * 6
PRIVATE = ("1234 Elm Street, Riverside", "951-555-0199", "maya.private@example.com")
COACH_SECRET = "Coachnote: tighten the ask in week three"


def _expenses() -> list[ExpenseLine]:
    c = ExpenseCategory
    rows = [
        (c.MAIL, "First mail piece to likely voters", "2025-09", 4000, False),
        (c.MAIL, "Second mail piece", "2025-10", 3000, False),
        (c.LITERATURE, "Door hangers and walk cards", "2025-07", 1500, False),
        (c.DIGITAL, "Social ads in the last four weeks", "2025-10", 2000, False),
        (c.ADMIN, "Bank fees, filing fee, treasurer software", "2025-06", 900, False),
        (c.FUNDRAISING, "Call-time list and envelopes", "2025-06", 500, False),
        (c.CONTINGENCY, "Contingency", "2025-08", 700, False),
        (c.GIVEAWAYS, "Buttons", "2025-07", 300, False),
        (c.EVENTS, "Donated hall for the launch", "2025-08", 400, True),
    ]
    return [ExpenseLine(cat, d, m, Decimal(a), k) for cat, d, m, a, k in rows]


def _income() -> list[IncomeLine]:
    s = IncomeSource
    rows = [
        (s.SELF, "Candidate's own contribution", "2025-06", 1000),
        (s.FRIENDS_FAMILY, "Launch asks", "2025-06", 2000),
        (s.CALL_TIME, "Call time", "2025-07", 3000),
        (s.CALL_TIME, "Call time", "2025-08", 3000),
        (s.CALL_TIME, "Call time", "2025-09", 2500),
        (s.ONLINE, "Monthly online ask", "2025-09", 1000),
        (s.ONLINE, "Monthly online ask", "2025-10", 1000),
        (s.EVENTS, "House party", "2025-08", 800),
    ]
    return [IncomeLine(src, d, m, Decimal(a)) for src, d, m, a in rows]


def _sections() -> list[Section]:
    out = []
    for spec in SECTION_SPECS:
        text = f"{spec.example}\n\nOur own words for {spec.title.lower()}."
        if spec.key == "communications":
            text += f" Our press kit lives at {LONG_URL} for reporters."
        out.append(Section(spec.key, text, SectionStatus.DRAFTING))
    return out


def build_rich_plan(name: str = "Nguyễn Thị Đặng") -> Plan:
    """Turnout 18,567; win number 9,284; goal 9,749; base 7,426; deficit 2,323 (see tests)."""
    return Plan(
        meta=PlanMeta(title="Riverside board", prepared_on=date(2025, 5, 30)),
        candidate=Candidate(
            full_name=name,
            ballot_name=name,
            occupation="Teacher",
            campaign_email="hello@example.com",
            home_address=PRIVATE[0],
            personal_phone=PRIVATE[1],
            personal_email=PRIVATE[2],
            birth_date=date(1994, 3, 17),
        ),
        filing=FilingStatus(
            committee_formed=True,
            bank_account_opened=True,
            publicly_announced=True,
            announcement_date=date(2025, 4, 2),
        ),
        race=Race(
            office="Board of Education, Trustee Area 2",
            jurisdiction="Riverside Unified School District",
            state="CA",
            seats=1,
            candidates_expected=2,
            cycle=CycleType.MUNICIPAL,
            election_date=date(2025, 11, 4),
            early_voting_start=date(2025, 10, 6),
            filing_deadline=date(2025, 8, 8),
            registered_voters=60000,
        ),
        history=[
            PastElection(2023, CycleType.MUNICIPAL, contest_votes=20000, winner_votes=10800),
            PastElection(2022, CycleType.MIDTERM, contest_votes=31000, winner_votes=16000),
            PastElection(2021, CycleType.MUNICIPAL, contest_votes=18500, winner_votes=9700),
            PastElection(2019, CycleType.MUNICIPAL, contest_votes=17200, winner_votes=9000),
        ],
        path=PathSettings(
            base_support_pct=40.0,
            base_shares=[BaseShare(2021, "Trustee Area 5", 38.0)],
            field_start=date(2025, 6, 2),
            channels=[
                ChannelPlan(Channel.DOORS_SUBURBAN, 60.0, 15, 4, 14),
                ChannelPlan(Channel.PHONES_PERSUASION, 40.0, 25, 7, 36.5),
            ],
        ),
        expenses=_expenses(),
        income=_income(),
        race_costs=[
            RaceCost(2023, "Trustee Area 4, 2023", total_spent=Decimal(20000), source="Form 460"),
            RaceCost(2021, "Trustee Area 1, 2021", total_spent=Decimal(16000), source="Form 460"),
            RaceCost(2019, "Trustee Area 2, 2019", total_spent=Decimal(14000), source="Form 460"),
        ],
        fundraising=FundraisingSettings(
            raised_to_date=Decimal(6000),
            from_candidate=Decimal(1000),
            largest_single_donor=Decimal(1000),
            donor_count=40,
            as_of=date(2025, 5, 30),
            starting_cash=Decimal(500),
        ),
        sections=_sections(),
        values=[
            ValueAnswer("v1", "We put people first", "Every event is free and accessible."),
            ValueAnswer("v2", "We bring new voices in", "Half our volunteers are new to politics."),
        ],
        disclosure=Disclosure(
            statement="I have pulled my own records.",
            items=[
                DisclosureItem(
                    DisclosureCategory.SOCIAL_MEDIA,
                    "A 2014 post mocking a referee.",
                    "I was nineteen; I apologised publicly in 2016.",
                ),
                DisclosureItem(
                    DisclosureCategory.FINANCIAL,
                    "A paid-off medical debt (2019).",
                    "Paid in full in 2021.",
                ),
            ],
        ),
        timeline=[
            TimelineEvent("Filing deadline", date(2025, 8, 8), EventKind.HARD),
            TimelineEvent("Papers filed (internal)", date(2025, 8, 1), EventKind.INTERNAL),
            TimelineEvent("Campaign launch", date(2025, 6, 7), EventKind.MILESTONE, done=True),
            TimelineEvent("Early voting opens", date(2025, 10, 6), EventKind.HARD),
            TimelineEvent("Mail piece in homes", date(2025, 9, 22), EventKind.MILESTONE),
            TimelineEvent("Election day", date(2025, 11, 4), EventKind.HARD),
        ],
        checklist=[
            ChecklistItem("Open the committee bank account", date(2025, 4, 1), True),
            ChecklistItem("File the statement of organisation", date(2025, 4, 15), True),
            ChecklistItem("Collect nomination signatures", date(2025, 7, 25)),
            ChecklistItem("File nomination papers", date(2025, 8, 8)),
        ],
        coach_notes=[
            CoachNote("why", "Ana Coach", datetime(2025, 5, 20, 18, 0), COACH_SECRET),
            CoachNote("", "Ana Coach", datetime(2025, 5, 21, 18, 0), "Budget looks realistic."),
        ],
        sessions=[
            CoachingSession(
                datetime(2025, 5, 20, 18, 0),
                "Ana Coach",
                "Why and budget",
                "Raise the call-time goal.",
                [NextStep("Draft the call list", "candidate", date(2025, 5, 27))],
            ),
        ],
    )


@pytest.fixture
def rich_plan() -> Plan:
    return build_rich_plan()
