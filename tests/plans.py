"""Plan builders shared by the test areas (import them: ``from tests.plans import ...``).

- `build_plan` / `past_election`: short plans with only the parts a calculator test is about
  (the domain tests get them as the ``make_plan`` and ``past`` fixtures).
- `build_rich_plan`: a full campaign plan whose figures are simple enough to check by hand
  (turnout 18,567; win number 9,284; goal 9,749; the packet tests).
- `hand_plan`: a realistic plan with unicode, exact amounts and dates in every part (the store
  round trips).
- `every_field_plan` / `fields_left_at_default`: a plan where no field is at its default.
- `ready_plan`: a plan that meets every topic of the default readiness profile.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum
from typing import Any

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
    MultiSeatBasis,
    NextStep,
    PastElection,
    PathSettings,
    Plan,
    PlanMeta,
    PlanOn,
    PluralityRule,
    PrimaryType,
    Race,
    RaceCost,
    RunNumber,
    Section,
    SectionStatus,
    Stage,
    TimelineEvent,
    TurnoutMethod,
    TurnoutSettings,
    ValueAnswer,
    VotingMethod,
    WinSettings,
    cycle_for_year,
)
from winbook.domain.sections import SECTION_KEYS, SECTION_SPECS
from winbook.store.profiles import default_profile

MakePlan = Callable[..., Plan]
Past = Callable[..., PastElection]


# --------------------------------------------------------------------------- calculator plans


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
    plan_on: PlanOn = PlanOn.HIGH,
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
    plan.turnout = TurnoutSettings(method, years, roll_off, adjustment, manual, reason, plan_on)
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


# --------------------------------------------------------------------------- a rich plan


LONG_URL = "https://example.org/" + "averyveryverylongpathsegment" * 6
PRIVATE = ("1234 Elm Street, Riverside", "951-555-0199", "maya.private@example.com")
COACH_SECRET = "Coachnote: tighten the ask in week three"


def _rich_expenses() -> list[ExpenseLine]:
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


def _rich_income() -> list[IncomeLine]:
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


def _rich_sections() -> list[Section]:
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
        expenses=_rich_expenses(),
        income=_rich_income(),
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
        sections=_rich_sections(),
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


# --------------------------------------------------------------------------- hand plan


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
        _key, value = typing.get_args(tp)
        return {f"k{seed}": _value_for(value, seed + 1), "ß": _value_for(value, seed + 2)}
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


# --------------------------------------------------------------------------- readiness


WORDS_100 = " ".join(["word"] * 100)


def ready_plan() -> Plan:
    """A plan that meets every topic of the default profile."""
    p = Plan()
    p.candidate.birth_date = date(1995, 4, 2)
    p.candidate.run_number = RunNumber.FIRST
    p.race.level = Level.CITY_COUNCIL
    p.race.cycle = CycleType.MUNICIPAL
    p.race.election_date = date(2027, 11, 2)
    p.race.candidates_expected = 2
    p.filing.on_ballot = True
    for key in SECTION_KEYS:
        s = p.section(key)
        s.text, s.status = WORDS_100, SectionStatus.READY
    p.history = [
        PastElection(year=y, cycle=CycleType.MUNICIPAL, contest_votes=v)
        for y, v in ((2025, 10_000), (2023, 9_000), (2021, 8_000))
    ]
    p.path.base_support_pct = 40.0
    p.expenses = [
        ExpenseLine(ExpenseCategory.MAIL, "mail", "2027-10", Decimal(7000)),
        ExpenseLine(ExpenseCategory.ADMIN, "admin", "2027-06", Decimal(1500)),
        ExpenseLine(ExpenseCategory.CONTINGENCY, "reserve", "2027-10", Decimal(800)),
    ]
    p.income = [
        IncomeLine(IncomeSource.CALL_TIME, "calls", "2027-05", Decimal(5000)),
        IncomeLine(IncomeSource.EVENTS, "party", "2027-10", Decimal(5000)),
    ]
    p.values = [ValueAnswer(v.id, v.statement, "An answer.") for v in default_profile().values]
    p.disclosure = Disclosure(nothing_to_disclose=True)
    p.race_costs = [RaceCost(year=2025, race="Council 2025", total_spent=Decimal(20000))]
    p.fundraising.raised_to_date = Decimal(4000)
    p.fundraising.from_candidate = Decimal(500)
    p.fundraising.largest_single_donor = Decimal(500)
    p.fundraising.donor_count = 40
    return p
