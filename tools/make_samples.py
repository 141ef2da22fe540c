"""Build Winbook's three sample plans and write them to ``resources/samples/``.

Every plan is built as `winbook.domain.model.Plan` objects here and written in the JSON
interchange envelope ``{"format": "winbook-plan", "version": 1, "plan": ...}`` with sorted
keys, an indent of 2 and a trailing newline, so the files are stable and can be regenerated:

    cd /work/main && PYTHONPATH=src:tools /work/venv/bin/python tools/make_samples.py [OUT_DIR]

All people, places and figures are fictional. The districts sit in real states so the election
rules described are realistic, but the district names and numbers are invented (New York has no
Assembly District 152; Minnesota has no Riverbend Area Public Schools; Michigan has no Hollis
County).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from winbook.atomic import atomic_write_text
from winbook.domain.coaching import snapshot_sections
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
)
from winbook.domain.path import default_channels
from winbook.domain.sections import SECTION_KEYS
from winbook.domain.turnout import TARGETS_MODEL
from winbook.store.interchange import plan_to_envelope

VALUE_STATEMENTS: dict[str, str] = {
    "trust_voters": "We trust voters.",
    "progressive_values": "We run on progressive values.",
    "risk_tolerance": "We have a high tolerance for risk.",
}

E = ExpenseCategory
S = IncomeSource
K = EventKind

ExpenseRow = tuple[ExpenseCategory, str, str, int] | tuple[ExpenseCategory, str, str, int, bool]


# --------------------------------------------------------------------------- small builders


def expenses(rows: list[ExpenseRow]) -> list[ExpenseLine]:
    """Expense lines from (category, description, month, dollars[, in kind]) rows."""
    out: list[ExpenseLine] = []
    for row in rows:
        in_kind = bool(row[4]) if len(row) == 5 else False
        out.append(ExpenseLine(row[0], row[1], row[2], Decimal(row[3]), in_kind))
    return out


def income(rows: list[tuple[IncomeSource, str, str, int]]) -> list[IncomeLine]:
    return [IncomeLine(src, desc, month, Decimal(amount)) for src, desc, month, amount in rows]


def channels(shares: dict[Channel, float]) -> list[ChannelPlan]:
    """The default channels and rates, with the plan's own mix of shares."""
    plans = default_channels()
    for c in plans:
        c.share_pct = shares.get(c.channel, 0.0)
    return plans


def sections(
    texts: dict[str, str], statuses: dict[str, SectionStatus], updated: datetime
) -> list[Section]:
    missing = set(SECTION_KEYS) ^ set(texts)
    if missing:
        raise ValueError(f"sections missing or unknown: {sorted(missing)}")
    return [
        Section(
            key=key,
            text=" ".join(texts[key].split()),
            status=statuses.get(key, SectionStatus.READY),
            updated=updated,
        )
        for key in SECTION_KEYS
    ]


def values(answers: dict[str, str]) -> list[ValueAnswer]:
    return [
        ValueAnswer(value_id=k, statement=VALUE_STATEMENTS[k], answer=" ".join(answers[k].split()))
        for k in VALUE_STATEMENTS
    ]


def events(rows: list[tuple[str, date, EventKind, str, bool, str]]) -> list[TimelineEvent]:
    """Timeline events in date order."""
    return [
        TimelineEvent(t, when, kind, cat, done, note)
        for t, when, kind, cat, done, note in sorted(rows, key=lambda r: r[1])
    ]


def checklist(rows: list[tuple[str, date, bool, str]]) -> list[ChecklistItem]:
    return [ChecklistItem(step, due, done, note) for step, due, done, note in rows]


def text(s: str) -> str:
    return " ".join(s.split())


# =========================================================================== 1. school board


def school_board() -> Plan:
    """Riverbend Area Public Schools (Minnesota), at-large, vote for 3, November 2027."""
    election = date(2027, 11, 2)
    return Plan(
        meta=PlanMeta(
            title="Maya Okafor for Riverbend School Board 2027 (sample plan, fictional)",
            created=datetime(2027, 1, 18, 20, 15),
            prepared_on=date(2027, 3, 15),
            targets_model=TARGETS_MODEL,
        ),
        candidate=Candidate(
            full_name="Maya Adaeze Okafor",
            ballot_name="Maya Okafor",
            pronouns="she/her",
            occupation="Speech-language pathologist",
            party="DFL",
            campaign_email="hello@mayaforriverbend.org",
            campaign_phone="(651) 555-0147",
            website="https://mayaforriverbend.org",
            committee_name="Okafor for Riverbend Schools",
            run_number=RunNumber.FIRST,
            bio=text(
                """Maya Okafor is a speech-language pathologist who has worked with children in
                two Twin Cities districts for nine years. She is a Riverbend parent of two, a
                former PTA co-chair at Cedar Hills Elementary and a volunteer with the Riverbend
                Library Friends. She holds an M.A. from the University of Minnesota."""
            ),
            home_address="4127 Larkspur Lane, Riverbend, MN 55128",
            personal_phone="(651) 555-0193",
            personal_email="maya.okafor.home@example.net",
            birth_date=date(1991, 6, 4),
        ),
        filing=FilingStatus(
            on_ballot=False,
            petition_signatures_filed=False,
            committee_formed=True,
            bank_account_opened=True,
            publicly_announced=True,
            announcement_date=date(2027, 2, 20),
            note=text(
                """Committee registered with the school district on 2 February 2027; account at
                Riverbend Community Credit Union. The affidavit of candidacy is filed when the
                filing period opens on 27 July."""
            ),
        ),
        race=Race(
            office="School Board Member, at large",
            jurisdiction="Riverbend Area Public Schools",
            district="At large (whole district)",
            state="MN",
            level=Level.SCHOOL_BOARD,
            partisan=False,
            party="",
            seats=3,
            voting_method=VotingMethod.PLURALITY,
            stage=Stage.GENERAL,
            primary_type=PrimaryType.NONE,
            cycle=CycleType.MUNICIPAL,
            election_date=election,
            early_voting_start=date(2027, 9, 17),
            filing_deadline=date(2027, 8, 10),
            candidates_expected=7,
            registered_voters=151_300,
        ),
        history=[
            PastElection(
                2025,
                CycleType.MUNICIPAL,
                Stage.GENERAL,
                146_210,
                41_870,
                98_310,
                37_540,
                21_904,
                15_822,
                14_367,
                3,
                "Seven candidates for three seats; one incumbent re-elected.",
            ),
            PastElection(
                2024,
                CycleType.PRESIDENTIAL,
                Stage.GENERAL,
                149_300,
                121_480,
                None,
                None,
                None,
                None,
                None,
                3,
                "Presidential year: only the operating levy was on the ballot. Not comparable.",
            ),
            PastElection(
                2023,
                CycleType.MUNICIPAL,
                Stage.GENERAL,
                141_085,
                38_115,
                89_020,
                34_460,
                19_655,
                14_904,
                13_212,
                3,
                "Six candidates; two open seats.",
            ),
            PastElection(
                2021,
                CycleType.MUNICIPAL,
                Stage.GENERAL,
                138_940,
                42_690,
                101_140,
                38_205,
                22_870,
                16_310,
                15_985,
                3,
                "Eight candidates; the curriculum fight drove turnout up.",
            ),
            PastElection(
                2019,
                CycleType.MUNICIPAL,
                Stage.GENERAL,
                134_620,
                33_980,
                79_230,
                30_410,
                17_440,
                13_105,
                12_640,
                3,
                "Six candidates; a quiet year.",
            ),
        ],
        turnout=TurnoutSettings(
            method=TurnoutMethod.CONTEST_AVERAGE,
            years_to_use=3,
            roll_off_pct=10.0,
            adjustment_pct=0.0,
            manual_turnout=None,
            manual_reason="",
        ),
        win=WinSettings(
            plurality_rule=PluralityRule.HISTORY,
            multi_seat_basis=MultiSeatBasis.LAST_WINNER,
            safety_margin_pct=5.0,
        ),
        path=PathSettings(
            base_support_pct=None,
            base_shares=[
                BaseShare(2025, "2025 Haddad (DFL-endorsed parent, won)", 44.2),
                BaseShare(2023, "2023 Lindgren (DFL-endorsed teacher, lost)", 36.8),
                BaseShare(2021, "2021 Ortiz (DFL-endorsed parent, won)", 43.5),
                BaseShare(2019, "2019 Peltier (DFL-endorsed, lost)", 34.9),
            ],
            support_rate_pct=65.0,
            turnout_rate_pct=80.0,
            shift_hours=3.0,
            candidate_hours_per_week=12.0,
            field_start=date(2027, 5, 1),
            channels=channels(
                {
                    Channel.DOORS_SUBURBAN: 55.0,
                    Channel.DOORS_DENSE: 10.0,
                    Channel.PHONES_PERSUASION: 20.0,
                    Channel.PHONES_ID: 15.0,
                }
            ),
        ),
        expenses=expenses(_school_board_expenses()),
        income=income(_school_board_income()),
        race_costs=[
            RaceCost(
                2025,
                "2025 top vote-getter (Haddad)",
                Stage.GENERAL,
                Decimal(24_800),
                "School district campaign-finance reports",
            ),
            RaceCost(
                2023,
                "2023 top vote-getter (Brandt)",
                Stage.GENERAL,
                Decimal(19_600),
                "School district campaign-finance reports",
            ),
            RaceCost(
                2021,
                "2021 top vote-getter (Ortiz)",
                Stage.GENERAL,
                Decimal(22_150),
                "School district campaign-finance reports",
            ),
        ],
        fundraising=FundraisingSettings(
            raised_to_date=Decimal(6_420),
            from_candidate=Decimal(500),
            largest_single_donor=Decimal(500),
            donor_count=87,
            as_of=date(2027, 3, 15),
            call_time_hours_per_week=8.0,
            starting_cash=Decimal(5_180),
            threshold_pct=15.0,
            cycles_to_average=3,
        ),
        sections=sections(
            _school_board_sections(),
            {"communications": SectionStatus.DRAFTING, "research": SectionStatus.NEEDS_REVIEW},
            datetime(2027, 3, 12, 21, 40),
        ),
        values=values(_school_board_values()),
        disclosure=Disclosure(
            nothing_to_disclose=False,
            statement=text(
                """I ran my own court, credit and social-media search in February 2027 and
                list what an opponent could find. There is nothing criminal; the two items
                below are small and I would rather voters hear them from me."""
            ),
            items=[
                DisclosureItem(
                    DisclosureCategory.FINANCIAL,
                    "A 2016 medical bill of $1,240 went to collections for eight months.",
                    text(
                        """After an uninsured emergency-room visit in graduate school I could
                        not pay the bill at once. I paid it in full in 2017; the account shows
                        as settled."""
                    ),
                ),
                DisclosureItem(
                    DisclosureCategory.SOCIAL_MEDIA,
                    "A 2020 Facebook post calling the board's reopening vote 'cowardly'.",
                    text(
                        """I was angry about children with IEPs losing services. I still hold
                        the view but regret the word; I would say it differently today and
                        I will say so if asked."""
                    ),
                ),
            ],
        ),
        timeline=events(
            [
                (
                    "Endorsement application due (progressive programme)",
                    date(2027, 5, 15),
                    K.HARD,
                    "endorsement",
                    False,
                    "Internal deadline 8 May.",
                ),
                (
                    "Education Minnesota local screening interview",
                    date(2027, 6, 14),
                    K.HARD,
                    "endorsement",
                    False,
                    "",
                ),
                (
                    "Filing period opens: affidavit of candidacy and $2 fee",
                    date(2027, 7, 27),
                    K.HARD,
                    "filing",
                    False,
                    "File on day one, at the district office.",
                ),
                ("Filing period closes", date(2027, 8, 10), K.HARD, "filing", False, ""),
                (
                    "Absentee ballot applications mailed to supporters",
                    date(2027, 9, 1),
                    K.INTERNAL,
                    "mail_ballots",
                    False,
                    "Two weeks before absentee voting opens.",
                ),
                (
                    "Absentee and early voting opens",
                    date(2027, 9, 17),
                    K.HARD,
                    "early_vote",
                    False,
                    "",
                ),
                (
                    "Pre-registration deadline (election-day registration still allowed)",
                    date(2027, 10, 12),
                    K.HARD,
                    "registration",
                    False,
                    "",
                ),
                (
                    "Pre-general campaign-finance report due",
                    date(2027, 10, 25),
                    K.HARD,
                    "finance_report",
                    False,
                    "Treasurer files by 18 October.",
                ),
                (
                    "Last day to return mail ballots by post (recommended)",
                    date(2027, 10, 26),
                    K.INTERNAL,
                    "mail_ballots",
                    False,
                    "Chase calls end; switch to drop-offs.",
                ),
                ("Election day", election, K.HARD, "election_day", False, "Polls 7 am - 8 pm."),
                (
                    "Post-general campaign-finance report due",
                    date(2027, 12, 2),
                    K.HARD,
                    "finance_report",
                    False,
                    "",
                ),
                (
                    "Launch event at Riverside Park",
                    date(2027, 5, 22),
                    K.MILESTONE,
                    "campaign",
                    False,
                    "",
                ),
            ]
        ),
        checklist=checklist(
            [
                (
                    "Register the campaign committee with the school district",
                    date(2027, 2, 15),
                    True,
                    "Filed 2 February.",
                ),
                ("Open the campaign bank account", date(2027, 2, 15), True, ""),
                (
                    "Appoint a treasurer and set up bookkeeping",
                    date(2027, 2, 28),
                    True,
                    "Priya Raman.",
                ),
                ("Order the voter list from the Secretary of State", date(2027, 4, 15), False, ""),
                ("Confirm residency and eligibility documents", date(2027, 7, 20), False, ""),
                (
                    "File the affidavit of candidacy and pay the $2 fee",
                    date(2027, 7, 27),
                    False,
                    "",
                ),
                ("File the pre-general finance report", date(2027, 10, 25), False, ""),
            ]
        ),
        coach_notes=[
            CoachNote(
                "why",
                "Dana Whitfield",
                datetime(2027, 3, 3, 19, 30),
                "Strong opening. The speech-therapy waitlist story is the hook; lead "
                "with it in the packet, not the second paragraph.",
            ),
            CoachNote(
                "research",
                "Dana Whitfield",
                datetime(2027, 3, 10, 19, 45),
                "Before marking this ready, pull the 2021 and 2023 board minutes on "
                "the special-education contract so we know exactly what Brandt voted.",
            ),
            CoachNote(
                "",
                "Dana Whitfield",
                datetime(2027, 3, 10, 20, 0),
                "Budget is realistic. Call time at 8 hours a week is the risk; hold "
                "Tuesday and Thursday evenings.",
            ),
        ],
        sessions=[
            CoachingSession(
                when=datetime(2027, 3, 10, 19, 0),
                coach="Dana Whitfield",
                agenda="Win number method; budget review; research plan.",
                decisions=text(
                    """Use the last winner's average share of ballots (42.7 %) as the win
                    number rather than the guaranteed bound, and say why in the targeting
                    section. Keep two mail pieces; drop the third."""
                ),
                next_steps=[
                    NextStep(
                        "Pull 2021-2023 board minutes on the special-education contract",
                        "Maya",
                        date(2027, 3, 24),
                        False,
                    ),
                    NextStep(
                        "Draft the endorsement application answers", "Maya", date(2027, 5, 1), False
                    ),
                    NextStep(
                        "Book the fall fundraiser room at the union hall",
                        "Priya",
                        date(2027, 4, 1),
                        True,
                    ),
                ],
                snapshot={},
            )
        ],
    )


def _school_board_expenses() -> list[ExpenseRow]:
    return [
        (E.ADMIN, "Campaign-finance reporting software, 8 months", "2027-03", 240),
        (E.ADMIN, "Bank fees and cheque stock", "2027-03", 60),
        (E.ADMIN, "Website hosting and domain", "2027-03", 180),
        (E.ADMIN, "PO box (keeps the home address private)", "2027-03", 124),
        (E.ADMIN, "Voter list and walk-list software", "2027-04", 300),
        (E.ADMIN, "Clipboards, printer ink, office supplies", "2027-06", 150),
        (E.ADMIN, "Affidavit of candidacy filing fee", "2027-07", 2),
        (E.ADMIN, "Accountant review before the pre-general report", "2027-09", 250),
        (E.FUNDRAISING, "Online donation platform fees", "2027-04", 60),
        (E.FUNDRAISING, "Online donation platform fees", "2027-06", 90),
        (E.FUNDRAISING, "Online donation platform fees", "2027-09", 120),
        (E.FUNDRAISING, "Kick-off house party: food and invitations", "2027-04", 350),
        (E.FUNDRAISING, "Donor envelopes and thank-you cards", "2027-05", 180),
        (E.FUNDRAISING, "Fall fundraiser at the union hall: room and food", "2027-09", 600),
        (E.EVENTS, "Launch at Riverside Park shelter: permit and PA rental", "2027-05", 250),
        (E.EVENTS, "Fourth of July parade entry and banner", "2027-07", 220),
        (E.GIVEAWAYS, "Buttons and stickers (1,500)", "2027-06", 480),
        (E.GIVEAWAYS, "Parade stickers for children", "2027-07", 120),
        (E.STAFF, "Part-time field organiser stipend", "2027-08", 1_200),
        (E.STAFF, "Part-time field organiser stipend", "2027-09", 1_200),
        (E.STAFF, "Part-time field organiser stipend", "2027-10", 1_200),
        (E.MAIL, "Postcard 1: introduction, 8,500 high-propensity households", "2027-09", 4_080),
        (E.MAIL, "Postcard 2: endorsements and vote plan, 8,500 households", "2027-10", 4_080),
        (E.LITERATURE, "Palm cards, 10,000", "2027-06", 690),
        (E.LITERATURE, "Walk-list printing and precinct maps", "2027-07", 120),
        (E.LITERATURE, "Lawn signs (300) and stakes", "2027-08", 1_350),
        (E.LITERATURE, "Palm cards reprint with endorsements, 10,000", "2027-09", 690),
        (E.LITERATURE, "GOTV door hangers, 6,000", "2027-10", 540),
        (E.PHONES_TEXTS, "Peer-to-peer texting: ID wave", "2027-08", 400),
        (E.PHONES_TEXTS, "Peer-to-peer texting: absentee reminder wave", "2027-09", 450),
        (E.PHONES_TEXTS, "Phone-bank dialer seats", "2027-09", 240),
        (E.PHONES_TEXTS, "Peer-to-peer texting: GOTV wave", "2027-10", 650),
        (E.PHONES_TEXTS, "Phone-bank dialer seats", "2027-10", 240),
        (E.DIGITAL, "Social ads: launch and volunteer sign-up", "2027-05", 300),
        (E.DIGITAL, "Social ads: absentee window", "2027-09", 1_000),
        (E.DIGITAL, "Social ads: final three weeks", "2027-10", 1_500),
        (E.DIGITAL, "Social ads: final weekend", "2027-11", 400),
        (E.MEDIA, "Riverbend Review voter-guide ad", "2027-10", 600),
        (E.MEDIA, "Community radio underwriting spots, two weeks", "2027-10", 450),
        (E.CONTINGENCY, "Contingency", "2027-09", 800),
        (E.CONTINGENCY, "Contingency", "2027-10", 1_000),
        (E.OTHER, "Logo and palm-card design by a volunteer (in kind)", "2027-04", 600, True),
        (E.OTHER, "Candidate photography, donated (in kind)", "2027-04", 300, True),
    ]


def _school_board_income() -> list[tuple[IncomeSource, str, str, int]]:
    return [
        (S.CALL_TIME, "Call time: parents and PTA network", "2027-03", 1_200),
        (S.ONLINE, "Online: launch email", "2027-03", 300),
        (S.CALL_TIME, "Call time", "2027-04", 1_500),
        (S.FRIENDS_FAMILY, "Family and close friends", "2027-04", 800),
        (S.EVENTS, "Kick-off house party (hosted by the Nguyens)", "2027-04", 1_400),
        (S.ONLINE, "Online small-dollar", "2027-04", 250),
        (S.CALL_TIME, "Call time", "2027-05", 1_500),
        (S.ONLINE, "Online: launch-event follow-up", "2027-05", 300),
        (S.CALL_TIME, "Call time", "2027-06", 1_500),
        (S.ONLINE, "Online small-dollar", "2027-06", 350),
        (S.CALL_TIME, "Call time (summer, lighter)", "2027-07", 1_200),
        (S.ONLINE, "Online small-dollar", "2027-07", 250),
        (S.CALL_TIME, "Call time", "2027-08", 1_800),
        (S.ONLINE, "Online: filing-day email", "2027-08", 400),
        (S.ORGANIZATIONS, "Riverbend Education Association PAC (if endorsed)", "2027-08", 1_000),
        (S.CALL_TIME, "Call time", "2027-09", 2_200),
        (S.EVENTS, "Fall fundraiser at the union hall", "2027-09", 2_600),
        (S.ONLINE, "Online: absentee-window push", "2027-09", 700),
        (S.ORGANIZATIONS, "Senate district DFL (if endorsed)", "2027-09", 1_000),
        (S.CALL_TIME, "Call time: final asks", "2027-10", 1_600),
        (S.ONLINE, "Online: final-weeks emails", "2027-10", 1_100),
        (S.SELF, "The candidate", "2027-10", 500),
    ]


def _school_board_sections() -> dict[str, str]:
    return {
        "why": """
            Every week I sit with children who have something to say and no way yet to say it.
            As a speech-language pathologist I have watched good kids fall behind because the
            help they need comes a year late: in Riverbend the waitlist for a special-education
            evaluation reached 14 weeks last spring, and three of our eleven elementary schools
            share one social worker. My own son waited five months for an evaluation at Cedar
            Hills. I am running for the school board because Riverbend can fix this, and the
            board has the power to set the priorities that do. My vision is simple: every child
            screened and served within the legal timeline, a counsellor or social worker in
            every building, and a board that answers parents' emails and holds its budget
            hearings at night so working families can come. I want Riverbend to be the district
            where families move for the schools, not away from them.
        """,
        "landscape": """
            Riverbend Area Public Schools serves about 14,000 students in Riverbend, Oak Ridge
            Township and the south half of Lake Emma. The district has 151,300 registered voters;
            roughly a third are parents of school-age children. The board has seven members
            elected at large to four-year terms; three seats are up on 2 November 2027, and
            voters may choose up to three candidates. The race is nonpartisan, but the Senate
            district DFL and the Riverbend Education Association both endorse. Filing is by
            affidavit of candidacy with a $2 fee between 27 July and 10 August; no petition is
            needed. One incumbent, Carl Brandt, is running again; two are retiring. Seven
            candidates are expected: Brandt, a slate of two backed by the Riverbend Taxpayers
            League who want to cut the levy, a retired principal, a youth-sports coach, a
            recent graduate, and me. Minnesota allows election-day registration, so late
            registrants matter.
        """,
        "targeting": """
            In this vote-for-three race I reason in ballots, not votes, because each ballot can
            carry three votes. Over the last three odd-year elections (2025, 2023, 2021) an
            average of 36,735 ballots had a vote for school board; the 2024 presidential year is
            left out because the board was not on that ballot. Turnout swings, so I plan for a
            high-turnout year: tested on 2023 and 2025, this method fell short by up to 8.5 %,
            so the range runs from 33,062 to 40,409 ballots and I plan on 40,409. The bound
            that wins no matter how the rest split is 30,307 votes, far above what any winner
            has needed. Historically the third-place winner took 42.7 % of ballots, which on
            40,409 ballots gives a win number of 17,254 votes. With a 5 % safety margin my vote
            goal is 18,117. DFL-endorsed candidates like me have won between 34.9 % and 44.2 %
            of ballots; the average of the three lowest shares, 38.4 %, gives a base of 15,517
            votes. The deficit I must win through contact is 2,600 votes, and I will ask every
            supporter to vote for me first and not to skip the race.
        """,
        "path": """
            To win 2,600 more votes with a 65 % support rate and 80 % turnout among those we
            persuade, we need about 5,000 conversations. We will find them among 22,000
            occasional voters: parents on the district's enrolment map who voted in 2024 but
            not in 2023, and renters in the apartment corridor along County Road 5. Doors carry
            65 % of the work because parents answer the door on weekends and face-to-face is
            what works for a first-time candidate; volunteer phones carry the rest, with a
            persuasion script for undecided parents and a short ID script to build the GOTV
            list. The weekly goal ramps from 26 conversations in the first week of May to 500
            in the week before absentee voting opens on 17 September, about 990 volunteer
            hours in all; then the programme turns to chasing ballots. I will knock doors
            myself every Saturday and two evenings a week, 12 hours in all.
        """,
        "message": """
            Us on us: I am a parent and a speech therapist who spends every day helping
            children be heard, and I will make sure the district serves every child on time.
            Us on them: the current board let evaluation waitlists grow for three years and
            holds its budget hearings at 3 pm, when parents are at work. Them on us: she has
            never held office and will just spend more money. Them on them: experience,
            fiscal caution, no new taxes. Our answer to the attack is concrete: serving
            children on time is a legal duty the district already pays for in lawsuits and
            private placements, and I will bring the receipts. The one-line message: Every
            child heard, every family welcome.
        """,
        "field": """
            Field runs out of two places: the Cedar Hills Library community room on Saturday
            mornings from May, and my kitchen table for Tuesday and Thursday phone banks from
            August. Our field organiser, paid a stipend from August, recruits and trains shift
            leads. Each canvass is a three-hour shift with a 20-minute training; volunteers go
            in pairs with walk lists cut to 40 doors. We recruit through the PTA networks of
            six elementary schools, the library Friends, the teachers' union and my colleagues
            in special education, and every volunteer is asked at the end of a shift to bring
            one friend next time. We confirm every shift by text the day before. Target: 60
            active volunteers by September, 18 shifts a week at the peak.
        """,
        "gotv": """
            Minnesota voters can vote absentee from 17 September, 46 days before the election,
            and many Riverbend parents do. Phase one, in late August: a mail and text push
            asking every identified supporter to request a ballot, with a link to the state's
            online application. Phase two, from 17 September: we chase. Every supporter whose
            ballot has not been received gets a text, then a call, then a knock, in that order,
            using the county's weekly absentee file. From 26 October we stop recommending the
            post and point people to the drop box at the district office. On election day we
            run two staging locations, offer rides with Riverbend Dial-a-Ride and remind
            late movers that they can register at the polls with proof of address.
        """,
        "communications": """
            Draft. Earned media: a launch release to the Riverbend Review and Patch, a letter to
            the editor from a parent every two weeks from September, and an op-ed on evaluation
            waitlists timed to the October board meeting. Social: two posts a week on Facebook
            and Instagram, mostly short videos from the doors and from parents explaining why
            they support me; a small ad budget to grow the volunteer list in spring and reach
            absentee voters in the fall. Mail: two postcards to 8,500 high-propensity households.
            Still to decide: whether to do a Somali-language piece with the Riverbend mosque
            outreach committee, and who our press contact is.
        """,
        "research": """
            Self-research is done: court records, credit report, campaign-finance history (none)
            and ten years of social media; the two findings are in my disclosure. Opposition:
            Carl Brandt has served eight years and voted twice, in 2021 and 2023, against adding
            evaluation staff, and once for moving budget hearings to the afternoon. The
            Taxpayers League slate has published a levy-cut pledge and their mailers from 2025
            claimed the district wastes money on special education. I still need to pull the
            board minutes on the special-education contract and confirm each vote before we use
            it in print, and to look at the slate's finance reports once they file in October.
        """,
        "team": """
            Campaign manager: me, with my coach's help, until August. Treasurer: Priya Raman, a
            credit-union accountant who has kept books for two city council campaigns. Field
            organiser (stipend, August to election day): Jordan Hale, a former AmeriCorps
            member. Volunteer coordinator: Ines Duarte, PTA president at Cedar Hills. Digital:
            Sam Ekberg, a graphic designer who donated the logo. Kitchen cabinet of eight,
            meeting every other Sunday evening, including two teachers, a retired school
            social worker and a parent from the Somali community. Advisers: the 2025 winner
            Leila Haddad, who shared her walk plans, and my coach from the endorsement
            programme.
        """,
        "fundraising": """
            Goal: $23,450 in new money by the end of October on top of $5,180 in the bank. Call
            time is the engine, about 53 % of income: eight hours a week, Tuesday and Thursday
            evenings, working a list of 420 names built from my phone, the PTA directories and
            my colleagues. Asks run from $50 to $500. A kick-off house
            party in April and a fall fundraiser at the union hall in September bring in $4,000.
            Online asks go out with every milestone: launch, filing day, absentee voting. If
            endorsed, the teachers' PAC and the Senate district DFL may give up to $2,000. I
            will put in $500 of my own, no more. Every donor gets a handwritten thank-you
            within a week.
        """,
        "budget": """
            The budget is $27,856, of which $900 is donated design and photography. Voter
            contact takes 63.8 %: two postcards ($8,160), literature and lawn signs ($3,390),
            social ads ($3,200), texting and phone-bank tools ($1,980) and local radio and print
            ($1,050). A contingency of $1,800 (6.5 %) is held in September and October.
            Spending is back-loaded: 71 % falls in September and October, and nothing is
            ordered before the money to pay for it is in the bank. Cash never goes below $1,600
            and ends at about $1,674, enough for the post-election report. Cost per vote is
            about $1.54 against our vote goal. If fundraising runs 15 % short we drop the
            radio spots and the second postcard reprint.
        """,
        "timeline": """
            Counted back from election day, 2 November 2027. Absentee voting opens 17 September,
            so our field goals peak in the week before it. Hard dates and our own deadlines a
            week earlier: endorsement application 15 May (internal 8 May); filing period 27
            July to 10 August (we file on 27 July); absentee-application mail push 1 September;
            pre-registration deadline 12 October (our last registration drive 5 October);
            pre-general finance report 25 October (treasurer files by 18 October); recommended
            last day to post ballots 26 October; election day 2 November; post-general report
            2 December. Milestones: launch 22 May, 60 volunteers by 1 September, all lawn signs
            up by 15 September.
        """,
        "compliance": """
            Priya, our treasurer, keeps the books in reporting software and reconciles the bank
            account every month. We file the initial report within 14 days of passing $750,
            the pre-general report by 25 October and the post-general report by 2 December,
            each a week early. Every donor's name, address and employer is collected at the
            time of the gift, and we refuse anonymous gifts above $20. Disclaimers go on every
            printed piece and ad. Safety: the campaign uses a PO box and a campaign phone, my
            home address is not on the website or any filing where we have a choice, and we
            never canvass alone. Threats or harassment are logged and reported to the
            Riverbend police liaison.
        """,
    }


def _school_board_values() -> dict[str, str]:
    return {
        "trust_voters": """
            We put the district's own numbers in front of voters, waitlists and budget lines
            included, and let them draw conclusions. At every door we ask what parents have
            seen in their children's schools before we talk about me.
        """,
        "progressive_values": """
            Public schools that serve every child, including children with disabilities and
            children learning English, are a progressive commitment. So are night budget
            hearings, fair pay for paraprofessionals and the right to organise.
        """,
        "risk_tolerance": """
            We are taking on an eight-year incumbent and a funded slate as a first-time
            candidate, and we are spending two thirds of the budget on talking to voters who
            rarely vote in odd years rather than on the reliable ones.
        """,
    }


# =========================================================================== 2. county clerk


def county_clerk() -> Plan:
    """Hollis County Clerk (Michigan), one seat, partisan general, November 2028."""
    election = date(2028, 11, 7)
    return Plan(
        meta=PlanMeta(
            title="Zoë Müller-Łukasik for Hollis County Clerk 2028 (sample plan, fictional)",
            created=datetime(2027, 11, 30, 18, 5),
            prepared_on=date(2028, 1, 20),
            targets_model=TARGETS_MODEL,
        ),
        candidate=Candidate(
            full_name="Zoë Anna Müller-Łukasik",
            ballot_name="Zoë Müller-Łukasik",
            pronouns="she/her",
            occupation="Deputy township clerk",
            party="Democratic",
            campaign_email="team@zoeforclerk.com",
            campaign_phone="(269) 555-0172",
            website="https://zoeforclerk.com",
            committee_name="Committee to Elect Zoë Müller-Łukasik",
            run_number=RunNumber.FIRST,
            bio=text(
                """Zoë Müller-Łukasik has run elections in Fenwick Township for six years as
                deputy clerk, training 140 poll workers a cycle and overseeing the township's
                first early-voting site in 2024. She grew up on a dairy farm outside Alden,
                studied public administration at Western Michigan University, and serves on the
                board of the Hollis County Literacy Council."""
            ),
            home_address="8810 Quarry Road, Alden, MI 49009",
            personal_phone="(269) 555-0118",
            personal_email="zoe.ml.home@example.org",
            birth_date=date(1990, 9, 12),
        ),
        filing=FilingStatus(
            on_ballot=False,
            petition_signatures_filed=False,
            committee_formed=True,
            bank_account_opened=True,
            publicly_announced=True,
            announcement_date=date(2027, 11, 14),
            note=text(
                """Statement of organisation filed with the county on 6 November 2027.
                Nominating petitions circulate from February; filing deadline 18 April 2028."""
            ),
        ),
        race=Race(
            office="County Clerk",
            jurisdiction="Hollis County",
            district="Countywide",
            state="MI",
            level=Level.COUNTY_CLERK,
            partisan=True,
            party="Democratic",
            seats=1,
            voting_method=VotingMethod.PLURALITY,
            stage=Stage.GENERAL,
            primary_type=PrimaryType.NONE,
            cycle=CycleType.PRESIDENTIAL,
            election_date=election,
            early_voting_start=date(2028, 10, 28),
            filing_deadline=date(2028, 4, 18),
            candidates_expected=2,
            registered_voters=174_500,
        ),
        history=[
            PastElection(
                2024,
                CycleType.PRESIDENTIAL,
                Stage.GENERAL,
                172_500,
                124_890,
                119_390,
                None,
                61_220,
                61_220,
                57_780,
                1,
                "Hartwick (R) re-elected over Alvarez (D); 390 write-ins.",
            ),
            PastElection(
                2022,
                CycleType.MIDTERM,
                Stage.GENERAL,
                169_800,
                98_640,
                None,
                None,
                None,
                None,
                None,
                1,
                "Midterm: no clerk race; county turnout kept for reference. Not comparable.",
            ),
            PastElection(
                2020,
                CycleType.PRESIDENTIAL,
                Stage.GENERAL,
                166_000,
                121_346,
                116_010,
                None,
                58_640,
                58_640,
                57_050,
                1,
                "Hartwick (R) over Banerjee (D) by 1,590 votes; 320 write-ins.",
            ),
            PastElection(
                2016,
                CycleType.PRESIDENTIAL,
                Stage.GENERAL,
                158_000,
                107_282,
                102_150,
                None,
                53_870,
                53_870,
                47_960,
                1,
                "Hartwick (R) over Kowalczyk (D); 320 write-ins.",
            ),
        ],
        turnout=TurnoutSettings(
            method=TurnoutMethod.TURNOUT_RATE,
            years_to_use=3,
            roll_off_pct=4.5,
            adjustment_pct=0.0,
        ),
        win=WinSettings(
            plurality_rule=PluralityRule.MAJORITY,
            multi_seat_basis=MultiSeatBasis.LAST_WINNER,
            safety_margin_pct=3.0,
        ),
        path=PathSettings(
            base_support_pct=None,
            base_shares=[
                BaseShare(2024, "2024 clerk (Alvarez)", 48.4),
                BaseShare(2024, "2024 treasurer (Okonkwo)", 47.6),
                BaseShare(2022, "2022 drain commissioner (Reyes)", 46.4),
                BaseShare(2022, "2022 register of deeds (Han)", 48.9),
                BaseShare(2020, "2020 clerk (Banerjee)", 49.2),
                BaseShare(2020, "2020 prosecutor (Whitaker)", 50.3),
            ],
            support_rate_pct=65.0,
            turnout_rate_pct=80.0,
            shift_hours=3.0,
            candidate_hours_per_week=10.0,
            field_start=date(2028, 5, 1),
            channels=channels(
                {
                    Channel.DOORS_SUBURBAN: 50.0,
                    Channel.DOORS_DENSE: 15.0,
                    Channel.PHONES_PERSUASION: 25.0,
                    Channel.PHONES_ID: 10.0,
                }
            ),
        ),
        expenses=expenses(_county_clerk_expenses()),
        income=income(_county_clerk_income()),
        race_costs=[
            RaceCost(
                2024,
                "2024 clerk, winning campaign",
                Stage.GENERAL,
                Decimal(68_400),
                "County campaign-finance filings",
            ),
            RaceCost(
                2020,
                "2020 clerk, winning campaign",
                Stage.GENERAL,
                Decimal(61_900),
                "County campaign-finance filings",
            ),
            RaceCost(
                2016,
                "2016 clerk, winning campaign",
                Stage.GENERAL,
                Decimal(49_300),
                "County campaign-finance filings",
            ),
            RaceCost(
                2024,
                "2024 Democratic clerk primary (contested)",
                Stage.PRIMARY,
                Decimal(8_700),
                "County campaign-finance filings",
            ),
        ],
        fundraising=FundraisingSettings(
            raised_to_date=Decimal(14_250),
            from_candidate=Decimal(2_000),
            largest_single_donor=Decimal(1_000),
            donor_count=164,
            as_of=date(2028, 1, 20),
            call_time_hours_per_week=10.0,
            starting_cash=Decimal(11_400),
            threshold_pct=15.0,
            cycles_to_average=3,
        ),
        sections=sections(
            _county_clerk_sections(),
            {"gotv": SectionStatus.NEEDS_REVIEW, "team": SectionStatus.DRAFTING},
            datetime(2028, 1, 18, 22, 10),
        ),
        values=values(_county_clerk_values()),
        disclosure=Disclosure(
            nothing_to_disclose=False,
            statement=text(
                """A background check will find one traffic matter and one news story. I have
                nothing else to disclose and have authorised the programme's check."""
            ),
            items=[
                DisclosureItem(
                    DisclosureCategory.CRIMINAL,
                    "2012 misdemeanour: driving on a suspended licence (Kalamazoo County).",
                    text(
                        """At 21 I let unpaid parking tickets suspend my licence without
                        knowing it, and was stopped. I pleaded responsible, paid the fines
                        and completed the court's programme; the record shows it closed."""
                    ),
                ),
                DisclosureItem(
                    DisclosureCategory.PRESS,
                    "2024 Hollis County Courier story on a 40-minute ballot-printer delay "
                    "at the Fenwick early-voting site.",
                    text(
                        """A printer failed on the first morning of early voting. We switched
                        to pre-printed ballots within 40 minutes, nobody was turned away, and
                        I wrote the after-action report the county now uses."""
                    ),
                ),
            ],
        ),
        timeline=events(
            [
                (
                    "Nominating petitions: start collecting",
                    date(2028, 2, 1),
                    K.INTERNAL,
                    "petition",
                    True,
                    "Target 1,000 signatures for a 750 minimum.",
                ),
                (
                    "Endorsement application due (progressive programme)",
                    date(2028, 3, 1),
                    K.HARD,
                    "endorsement",
                    False,
                    "Internal deadline 23 February.",
                ),
                (
                    "Quarterly campaign-finance report due",
                    date(2028, 4, 25),
                    K.HARD,
                    "finance_report",
                    False,
                    "",
                ),
                (
                    "Petition filing deadline, 4 pm",
                    date(2028, 4, 18),
                    K.HARD,
                    "petition",
                    False,
                    "File by 11 April.",
                ),
                (
                    "County party endorsement convention",
                    date(2028, 5, 16),
                    K.HARD,
                    "endorsement",
                    False,
                    "",
                ),
                ("Primary (unopposed)", date(2028, 8, 1), K.MILESTONE, "election_day", False, ""),
                (
                    "Absentee ballots available",
                    date(2028, 9, 28),
                    K.HARD,
                    "mail_ballots",
                    False,
                    "Application push in the first half of September.",
                ),
                (
                    "Registration deadline by mail or online",
                    date(2028, 10, 23),
                    K.HARD,
                    "registration",
                    False,
                    "In-person registration continues to election day.",
                ),
                (
                    "Pre-general campaign-finance report due",
                    date(2028, 10, 27),
                    K.HARD,
                    "finance_report",
                    False,
                    "Treasurer files by 20 October.",
                ),
                (
                    "Early in-person voting opens",
                    date(2028, 10, 28),
                    K.HARD,
                    "early_vote",
                    False,
                    "",
                ),
                ("Election day", election, K.HARD, "election_day", False, "Polls 7 am - 8 pm."),
                (
                    "Post-general campaign-finance report due",
                    date(2028, 12, 7),
                    K.HARD,
                    "finance_report",
                    False,
                    "",
                ),
            ]
        ),
        checklist=checklist(
            [
                ("File the statement of organisation", date(2027, 11, 10), True, ""),
                ("Open the campaign bank account", date(2027, 11, 15), True, ""),
                (
                    "Print petitions with the correct heading and county",
                    date(2028, 1, 31),
                    True,
                    "",
                ),
                ("Collect 1,000 signatures (750 valid needed)", date(2028, 4, 4), False, ""),
                ("Check every petition sheet against the voter file", date(2028, 4, 9), False, ""),
                (
                    "File petitions and the affidavit of identity",
                    date(2028, 4, 11),
                    False,
                    "Internal deadline a week before 18 April.",
                ),
                ("File the pre-general finance report", date(2028, 10, 27), False, ""),
            ]
        ),
        coach_notes=[
            CoachNote(
                "gotv",
                "Marcus Bell",
                datetime(2028, 1, 12, 18, 40),
                "The early-vote plan relies on the coordinated campaign's data; get "
                "that in writing from the county party before marking this ready.",
            ),
            CoachNote(
                "",
                "Marcus Bell",
                datetime(2028, 1, 12, 19, 5),
                "Win number and budget are solid. The 3 % margin is thin for a "
                "presidential year; revisit in June once the top of the ticket is set.",
            ),
        ],
        sessions=[
            CoachingSession(
                when=datetime(2028, 1, 12, 18, 0),
                coach="Marcus Bell",
                agenda="Turnout method; petition plan; staffing.",
                decisions=text(
                    """Use the turnout-rate method with 4.5 % roll-off because registration
                    has grown since 2024. Hire the part-time manager from May, not March."""
                ),
                next_steps=[
                    NextStep(
                        "Ask the county party for the coordinated-campaign data agreement",
                        "Zoë",
                        date(2028, 2, 1),
                        False,
                    ),
                    NextStep("Recruit 25 petition circulators", "Zoë", date(2028, 2, 15), False),
                    NextStep(
                        "Draft the manager job description", "Marcus", date(2028, 2, 28), False
                    ),
                ],
                snapshot={},
            )
        ],
    )


def _county_clerk_expenses() -> list[ExpenseRow]:
    manager = [
        (E.STAFF, "Campaign manager (part-time) stipend", f"2028-{m:02d}", 1_200)
        for m in range(5, 12)
    ]
    rows: list[ExpenseRow] = [
        (E.ADMIN, "Bookkeeping and reporting software, annual", "2028-01", 480),
        (E.ADMIN, "Bank fees", "2028-01", 60),
        (
            E.ADMIN,
            "PO box and campaign phone line (keeps the home address private)",
            "2028-01",
            320,
        ),
        (E.ADMIN, "Website build and hosting", "2028-02", 900),
        (E.ADMIN, "Voter file and VAN access through the county party", "2028-02", 1_200),
        (E.ADMIN, "Petition printing and notary", "2028-03", 140),
        (E.ADMIN, "Office supplies and volunteer printing", "2028-05", 400),
        (E.ADMIN, "Volunteer office rent (shared with the coordinated campaign)", "2028-08", 600),
        (E.ADMIN, "Volunteer office rent", "2028-09", 600),
        (E.ADMIN, "Volunteer office rent", "2028-10", 500),
        (E.FUNDRAISING, "Donor research and database", "2028-02", 650),
        (E.FUNDRAISING, "Online donation platform fees", "2028-03", 150),
        (E.FUNDRAISING, "Spring fundraiser at the VFW hall", "2028-04", 1_400),
        (E.FUNDRAISING, "Online donation platform fees", "2028-06", 250),
        (E.FUNDRAISING, "Late-summer fundraiser: room and food", "2028-08", 1_200),
        (E.FUNDRAISING, "Online donation platform fees", "2028-09", 350),
        (E.FUNDRAISING, "Online donation platform fees", "2028-10", 300),
        (E.EVENTS, "Launch at the fairgrounds pavilion", "2028-03", 700),
        (E.EVENTS, "County fair booth", "2028-08", 450),
        (E.EVENTS, "Election-night gathering (paid in advance)", "2028-11", 350),
        (E.GIVEAWAYS, "Buttons and stickers", "2028-05", 650),
        (E.GIVEAWAYS, "Parade giveaways printed with the registration deadline", "2028-07", 450),
        *manager,
        (E.MAIL, "Mail piece 1: introduction, 20,000 households", "2028-09", 11_000),
        (E.MAIL, "Mail piece 2: early vote and endorsements, 20,000 households", "2028-10", 11_000),
        (E.LITERATURE, "Walk cards, 25,000", "2028-05", 1_250),
        (E.LITERATURE, "Walk packets, maps and clipboards", "2028-06", 900),
        (E.LITERATURE, "Yard signs (800) and stakes", "2028-07", 3_200),
        (E.LITERATURE, "Walk cards reprint with endorsements, 25,000", "2028-08", 1_250),
        (E.LITERATURE, "Large road signs (40)", "2028-08", 1_600),
        (E.LITERATURE, "GOTV door hangers, 15,000", "2028-10", 1_200),
        (E.PHONES_TEXTS, "Texting: ID wave", "2028-06", 900),
        (E.PHONES_TEXTS, "Dialer seats for volunteer phone banks", "2028-07", 300),
        (E.PHONES_TEXTS, "Dialer seats", "2028-08", 300),
        (E.PHONES_TEXTS, "Texting: absentee applications and chase", "2028-09", 1_400),
        (E.PHONES_TEXTS, "Dialer seats", "2028-09", 400),
        (E.PHONES_TEXTS, "Texting: early vote and GOTV", "2028-10", 1_800),
        (E.PHONES_TEXTS, "Dialer seats", "2028-10", 500),
        (E.DIGITAL, "Digital ads: launch and list building", "2028-03", 600),
        (E.DIGITAL, "Digital ads: summer persuasion", "2028-07", 1_500),
        (E.DIGITAL, "Digital ads: absentee window", "2028-09", 2_500),
        (E.DIGITAL, "Digital ads: early vote and final week", "2028-10", 3_500),
        (E.DIGITAL, "Digital ads: final weekend", "2028-11", 500),
        (E.MEDIA, "Hollis County Courier voter-guide ad", "2028-10", 900),
        (E.MEDIA, "Local radio, 60-second spots, two weeks", "2028-10", 3_500),
        (E.CONTINGENCY, "Contingency", "2028-09", 2_000),
        (E.CONTINGENCY, "Contingency", "2028-10", 3_000),
        (E.OTHER, "Graphic design, donated (in kind)", "2028-02", 500, True),
        (E.OTHER, "Photography and launch video, donated (in kind)", "2028-03", 700, True),
    ]
    return rows


def _county_clerk_income() -> list[tuple[IncomeSource, str, str, int]]:
    return [
        (S.CALL_TIME, "Call time", "2028-01", 2_500),
        (S.ONLINE, "Online small-dollar", "2028-01", 400),
        (S.CALL_TIME, "Call time", "2028-02", 3_500),
        (S.ONLINE, "Online small-dollar", "2028-02", 500),
        (S.FRIENDS_FAMILY, "Family and Fenwick friends", "2028-02", 1_000),
        (S.CALL_TIME, "Call time", "2028-03", 3_500),
        (S.ONLINE, "Online: launch", "2028-03", 600),
        (S.EVENTS, "Launch event donations", "2028-03", 1_800),
        (S.CALL_TIME, "Call time", "2028-04", 3_500),
        (S.EVENTS, "Spring fundraiser at the VFW hall", "2028-04", 5_200),
        (S.ONLINE, "Online: petition-filing email", "2028-04", 500),
        (S.CALL_TIME, "Call time", "2028-05", 3_000),
        (S.ONLINE, "Online small-dollar", "2028-05", 600),
        (S.ORGANIZATIONS, "AFSCME local PAC (if endorsed)", "2028-05", 2_000),
        (S.CALL_TIME, "Call time", "2028-06", 3_000),
        (S.ONLINE, "Online small-dollar", "2028-06", 800),
        (S.CALL_TIME, "Call time", "2028-07", 3_000),
        (S.ONLINE, "Online small-dollar", "2028-07", 900),
        (S.ORGANIZATIONS, "Hollis County Democratic Party", "2028-07", 2_500),
        (S.CALL_TIME, "Call time", "2028-08", 3_500),
        (S.EVENTS, "Late-summer fundraiser", "2028-08", 4_800),
        (S.ONLINE, "Online small-dollar", "2028-08", 1_200),
        (S.CALL_TIME, "Call time", "2028-09", 4_500),
        (S.ONLINE, "Online: absentee-window push", "2028-09", 2_000),
        (S.ORGANIZATIONS, "Labor council and allied PACs", "2028-09", 3_000),
        (S.SELF, "The candidate", "2028-09", 1_000),
        (S.CALL_TIME, "Call time: final asks", "2028-10", 3_500),
        (S.ONLINE, "Online: final weeks", "2028-10", 2_500),
        (S.ORGANIZATIONS, "Michigan clerks' reform PAC", "2028-10", 2_000),
    ]


def _county_clerk_sections() -> dict[str, str]:
    return {
        "why": """
            I have spent six years making elections work in Fenwick Township: training poll
            workers, testing tabulators, answering the phone at 6:45 on election morning. I am
            running for Hollis County Clerk because the people who count our votes should be
            people who believe every eligible voter deserves a fair, easy and secure ballot,
            and who can prove it by how they run an office. After sixteen years the clerk is
            retiring, and the office is behind: the county still publishes results as scanned
            PDFs, recruits poll workers by word of mouth, and closes vital-records counters at
            4 pm. My vision is an office that opens early-voting sites where people live,
            posts results as open data within an hour, recruits a new generation of poll
            workers from our high schools and colleges, and treats every family that comes for
            a birth certificate or a marriage licence as a neighbour. Trust in elections is
            built by competence, one election at a time.
        """,
        "landscape": """
            Hollis County, in south-west Michigan, has 174,500 registered voters across the
            city of Alden, two smaller cities and fourteen townships. It is a swing county: it
            voted narrowly Republican for president in 2016 and 2024 and Democratic in 2020.
            The clerk runs county elections, vital records, concealed-pistol licences and
            circuit-court records, with a staff of 31. The seat is partisan, elected every
            four years in the presidential cycle; the Republican incumbent, Dale Hartwick, is
            retiring. The Republican nominee is expected to be county commissioner Brent
            Sorensen, and I expect no primary opponent, so two candidates will be on the
            November ballot. Candidates qualify with nominating petitions due 18 April 2028.
            Michigan now has nine days of early in-person voting and no-excuse absentee
            voting, and Hartwick's last two margins were 1,590 and 3,440 votes.
        """,
        "targeting": """
            I use the turnout-rate method because registration has grown since 2024. In the
            last three presidential generals, turnout was 72.4 % (2024), 73.1 % (2020) and
            67.9 % (2016) of registered voters; the average, 71.13 %, times today's 174,500
            registered voters gives 124,128 ballots. About 4.5 % of voters skip the clerk's
            race, so I project 118,542 ballots in the contest. The 2022 midterm is left out:
            mixing cycles would understate presidential turnout. Only one election can be
            back-tested here, so I plan for turnout 15 % above that, 136,324 ballots. With two
            candidates the win number is a majority of those, 68,163 votes, and with a 3 %
            safety margin my vote goal is 70,208. The three weakest recent Democratic
            countywide results (46.4 %, 47.6 % and 48.4 %) average 47.47 %, a base of 64,708
            votes. I must win 5,500 more votes through persuasion and turnout among voters who
            split their tickets.
        """,
        "path": """
            The 5,500 votes we need come from ticket-splitters and new voters: 31,000
            registered voters in the townships around Alden who voted for Democrats in 2020
            but not in 2024, plus 6,000 students and young renters in Alden who have registered
            since 2022. With 65 % support and 80 % turnout among those we persuade we need
            10,577 conversations. Two thirds happen at the door (suburban and small-town doors
            at four contacts an hour, the denser Alden neighbourhoods at six), a quarter on
            volunteer persuasion phones, and the rest on ID calls that build our early-vote
            list. Weekly goals ramp from 33 conversations in early May to 814 in the week before
            early voting opens on 28 October: about 2,070 volunteer hours, 692 shifts. I will
            knock doors three evenings a week and keep 10 hours of call time.
        """,
        "message": """
            Us on us: Zoë has run elections with her own hands, and she will make voting in
            Hollis County easier, faster and more secure. Us on them: Brent Sorensen has never
            run an election and voted against funding a second early-voting site. Them on us:
            she is a partisan activist who will tilt the rules. Them on them: a steady hand,
            continuity with Hartwick's office. Our answer is my record: I trained Republican
            and Democratic poll workers side by side, and our township's post-election audits
            matched to the ballot. We run on competence and access, not on national fights.
            The one-line message: Every vote counted, every voter welcome.
        """,
        "field": """
            We will run field from a shared office in downtown Alden from August and from
            volunteer homes in the townships before that. Saturday canvasses start in May from
            four staging locations, one per quadrant of the county; weeknight phone banks run
            Tuesday and Thursday from July. Our part-time manager (from May) recruits 12
            neighbourhood captains, each responsible for a turf of about 2,500 doors and a
            volunteer list. Volunteers come from the Literacy Council, the township clerks'
            network, the teachers' and county employees' unions, and two campus Democrats
            chapters. We coordinate lists with the county party so we do not knock the same
            door twice, and we share walk packets for the down-ballot slate where that helps.
        """,
        "gotv": """
            Needs review. Absentee ballots go out on 28 September; about half of Hollis County
            voted absentee in 2024. Phase one (1-20 September): every supporter and leaner
            gets a mailer and a text with the application link. Phase two (from 28 September):
            chase unreturned ballots weekly from the state's absentee file, by text first and
            then by door. Early in-person voting runs nine days from 28 October at four sites;
            we publish a site map and staff a greeter at each. Election day: rides through the
            county party and two staging locations. Open question: we rely on the coordinated
            campaign for the absentee file and the chase universe; that agreement is not yet in
            writing.
        """,
        "communications": """
            Our story is competence, so our communication shows it: short videos of how a
            ballot is tested, counted and audited, which double as voter education. Earned
            media: launch coverage in the Courier and on WHCR radio, an op-ed on open results
            data, and a public invitation to both campaigns to observe logic-and-accuracy
            testing. Endorsements from township clerks of both parties are our most persuasive
            messengers, and we will feature them on mail and in ads. Two mail pieces go to
            20,000 households of persuadable voters, and radio runs in the final two weeks.
            Social media: three posts a week, answered comments, and no engagement with
            election conspiracy content beyond a polite link to the facts.
        """,
        "research": """
            Self-research is complete and disclosed: a 2012 licence suspension and a 2024
            news story on a printer delay I handled. My finance filings as a township
            employee are clean. On Sorensen: as county commissioner he voted in 2023 against
            funding a second early-voting site in Alden and against the poll-worker pay raise,
            both on the record in commission minutes. He has never worked in election
            administration. His 2020 social media shared a post questioning absentee voting;
            we will not lead with it but will be ready if he claims to be nonpartisan. We will
            also read the clerk's office budget line by line before the first debate.
        """,
        "team": """
            Drafting. Treasurer: Harold Vance, retired county auditor, confirmed. Campaign
            manager: part-time from May, stipend $1,200 a month; job description in progress,
            two candidates from the county party's organising fellowship. Field: 12
            neighbourhood captains, seven recruited so far. Communications: a volunteer from
            the Literacy Council board who ran communications for the library millage. Data:
            the coordinated campaign's regional data lead, to be confirmed. Kitchen cabinet:
            two retired township clerks (one Republican), a union steward and my sister.
            Still needed: a volunteer coordinator, a scheduler and a lawyer for petition
            review.
        """,
        "fundraising": """
            We need $66,800 in new money by 31 October on top of $11,400 in the bank. Call time
            is half of it, $33,500: ten hours a week, Monday, Wednesday and Sunday afternoon,
            from a list of 900 names built from my township network, the Literacy Council, two
            prior clerk campaigns' donor lists and my family's farm community. Three events
            bring $11,800: a launch at the fairgrounds, a spring fundraiser at the VFW hall
            and a late-summer fundraiser. Online asks tie to milestones: launch, petition
            filing, absentee ballots going out. We expect $9,500 from unions and the county
            party if endorsed, and I will give $1,000. We passed the 15 % test in January with
            $12,250 from 163 other donors.
        """,
        "budget": """
            The plan spends $76,700, of which $1,200 is donated design and photography. Voter
            contact is 65.2 %: two mail pieces to 20,000 households ($22,000), literature and
            signs ($9,400), digital ads ($8,600), texting and dialer seats ($5,600), and radio
            and print ($4,400). The part-time manager is $8,400; administration, including
            volunteer office rent, is $5,200 (6.8 %). We hold $5,000 of contingency (6.5 %)
            in September and October, when surprises happen. Money is raised before it is
            spent: cash stays above $11,000 until the mail drops and ends at about $2,700.
            Cost per vote is about $1.09. If income runs 15 % short we cut radio and the
            road signs first.
        """,
        "timeline": """
            Counted back from election day, 7 November 2028, with our own deadline a week
            before each hard date. Petitions: collect from 1 February, check every sheet by
            9 April, file by 11 April (deadline 18 April). Endorsement application 1 March
            (internal 23 February). Quarterly finance report 25 April. County party
            convention 16 May. Unopposed primary 1 August. Absentee-application push 1-20
            September ahead of ballots going out on 28 September. Registration by mail or
            online closes 23 October (in person through election day). Pre-general report 27
            October (treasurer files by 20 October). Early voting from 28 October. Election
            day 7 November; post-general report 7 December.
        """,
        "compliance": """
            Harold Vance, our treasurer, keeps the books in reporting software, reconciles
            monthly and files every report a week early: quarterly in April, the pre-primary
            and post-primary reports, the pre-general report by 27 October and the
            post-general report by 7 December. We record every donor's name, address and
            employer and return anything over the legal limits. Paid-for-by lines go on every
            piece. As a current deputy clerk I do no campaign work on township time or
            equipment and I have recused myself from the 2028 election administration in
            Fenwick. Safety: a PO box and campaign phone, no home address in public filings
            where the law allows, canvassing in pairs, and a written plan for threats.
        """,
    }


def _county_clerk_values() -> dict[str, str]:
    return {
        "trust_voters": """
            Running for clerk is a promise to trust voters with the process itself: open
            audits, results published as data, and test days open to the public so anyone can
            see how their ballot is handled.
        """,
        "progressive_values": """
            The freedom to vote is the value I run on: more early-voting sites where people
            live, ballots and instructions in the languages our neighbours speak, and fair pay
            for the workers who staff our polls.
        """,
        "risk_tolerance": """
            We are contesting an office Democrats have lost three times, in a presidential
            year when the top of the ticket could swamp us, and we are betting on ticket
            splitters rather than on the base alone.
        """,
    }


# =========================================================================== 3. state house


def state_house() -> Plan:
    """New York Assembly District 152 (fictional), Democratic closed primary, June 2028."""
    election = date(2028, 6, 27)
    return Plan(
        meta=PlanMeta(
            title="Nguyễn Thị Đặng for Assembly 2028 primary (sample plan, fictional)",
            created=datetime(2027, 10, 2, 9, 30),
            prepared_on=date(2027, 12, 1),
            targets_model=TARGETS_MODEL,
        ),
        candidate=Candidate(
            full_name="Nguyễn Thị Đặng",
            ballot_name="Dang Nguyen",
            pronouns="she/her",
            occupation="Tenant organiser",
            party="Democratic",
            campaign_email="info@dangforassembly.nyc",
            campaign_phone="(718) 555-0164",
            website="https://dangforassembly.nyc",
            committee_name="Friends of Dang Nguyen",
            run_number=RunNumber.SECOND,
            bio=text(
                """Nguyễn Thị Đặng (Dang Nguyen) is a tenant organiser with the Linden Park
                Tenants Alliance, where she helped 11 buildings win repairs and rent
                agreements. The daughter of a nail-salon worker and a line cook, she grew up in
                the Harborview Houses, graduated from Queens College and ran for district
                leader in 2024. She speaks Vietnamese, English and conversational Spanish."""
            ),
            home_address="42-17 Linden Park Avenue, Apt 5C, Queens, NY 11372",
            personal_phone="(347) 555-0126",
            personal_email="dang.nguyen.personal@example.com",
            birth_date=date(1994, 2, 19),
        ),
        filing=FilingStatus(
            on_ballot=False,
            petition_signatures_filed=False,
            committee_formed=True,
            bank_account_opened=True,
            publicly_announced=True,
            announcement_date=date(2027, 10, 14),
            note=text(
                """Committee registered with the State Board of Elections on 2 October 2027;
                designating petitions circulate from 29 February 2028 and are filed by
                6 April 2028."""
            ),
        ),
        race=Race(
            office="Member of the State Assembly",
            jurisdiction="New York State Assembly",
            district="Assembly District 152 (fictional)",
            state="NY",
            level=Level.STATE_HOUSE,
            partisan=True,
            party="Democratic",
            seats=1,
            voting_method=VotingMethod.PLURALITY,
            stage=Stage.PRIMARY,
            primary_type=PrimaryType.CLOSED,
            cycle=CycleType.PRESIDENTIAL,
            election_date=election,
            early_voting_start=date(2028, 6, 17),
            filing_deadline=date(2028, 4, 6),
            candidates_expected=3,
            registered_voters=62_800,
        ),
        history=[
            PastElection(
                2024,
                CycleType.PRESIDENTIAL,
                Stage.PRIMARY,
                61_240,
                9_412,
                9_105,
                None,
                4_870,
                4_870,
                3_010,
                1,
                "Open seat, three candidates: Delgado 4,870, Kim 3,010, Osei 1,225.",
                candidates=3,
            ),
            PastElection(
                2022,
                CycleType.MIDTERM,
                Stage.PRIMARY,
                60_100,
                7_930,
                7_640,
                None,
                5_210,
                5_210,
                2_430,
                1,
                "Gubernatorial-year primary: not comparable with a presidential year.",
            ),
            PastElection(
                2020,
                CycleType.PRESIDENTIAL,
                Stage.PRIMARY,
                58_900,
                11_860,
                11_320,
                None,
                6_140,
                6_140,
                5_180,
                1,
                "Incumbent Ruiz held off a progressive challenger, 6,140 to 5,180.",
                candidates=2,
            ),
            PastElection(
                2016,
                CycleType.PRESIDENTIAL,
                Stage.PRIMARY,
                55_300,
                7_015,
                6_705,
                None,
                4_980,
                4_980,
                1_725,
                1,
                "Ruiz against a little-known challenger.",
                candidates=2,
            ),
            PastElection(
                2012,
                CycleType.PRESIDENTIAL,
                Stage.PRIMARY,
                53_800,
                8_530,
                8_240,
                None,
                3_890,
                3_890,
                3_120,
                1,
                "Open seat, three candidates: Ruiz 3,890, Park 3,120, Adams 1,230.",
                candidates=3,
            ),
        ],
        turnout=TurnoutSettings(method=TurnoutMethod.CONTEST_AVERAGE, years_to_use=3),
        win=WinSettings(
            plurality_rule=PluralityRule.HISTORY,
            multi_seat_basis=MultiSeatBasis.LAST_WINNER,
            safety_margin_pct=20.0,
        ),
        path=PathSettings(
            base_support_pct=None,
            base_shares=[
                BaseShare(2024, "2024 Assembly primary (Kim, progressive)", 33.1),
                BaseShare(2022, "2022 district leader (Tran)", 31.0),
                BaseShare(2021, "2021 council primary, first round (Alvarado)", 27.5),
                BaseShare(2020, "2020 Assembly primary (Mendez, challenger)", 45.8),
            ],
            support_rate_pct=65.0,
            turnout_rate_pct=80.0,
            shift_hours=3.0,
            candidate_hours_per_week=15.0,
            field_start=date(2028, 3, 1),
            channels=channels(
                {
                    Channel.DOORS_DENSE: 60.0,
                    Channel.DOORS_SUBURBAN: 10.0,
                    Channel.PHONES_PERSUASION: 20.0,
                    Channel.PHONES_ID: 10.0,
                }
            ),
        ),
        expenses=expenses(_state_house_expenses()),
        income=income(_state_house_income()),
        race_costs=[
            RaceCost(
                2024,
                "2024 primary winner (Delgado)",
                Stage.PRIMARY,
                Decimal(52_300),
                "State Board of Elections disclosure reports",
            ),
            RaceCost(
                2020,
                "2020 primary winner (Ruiz)",
                Stage.PRIMARY,
                Decimal(41_800),
                "State Board of Elections disclosure reports",
            ),
            RaceCost(
                2016,
                "2016 primary winner (Ruiz)",
                Stage.PRIMARY,
                Decimal(28_900),
                "State Board of Elections disclosure reports",
            ),
            RaceCost(
                2024,
                "2024 general (Delgado, safe seat)",
                Stage.GENERAL,
                Decimal(9_200),
                "State Board of Elections disclosure reports",
            ),
        ],
        fundraising=FundraisingSettings(
            raised_to_date=Decimal(7_980),
            from_candidate=Decimal(1_500),
            largest_single_donor=Decimal(1_000),
            donor_count=142,
            as_of=date(2027, 12, 1),
            call_time_hours_per_week=12.0,
            starting_cash=Decimal(6_200),
            threshold_pct=15.0,
            cycles_to_average=3,
        ),
        sections=sections(
            _state_house_sections(),
            {"budget": SectionStatus.NEEDS_REVIEW, "communications": SectionStatus.DRAFTING},
            datetime(2027, 11, 28, 23, 5),
        ),
        values=values(_state_house_values()),
        disclosure=Disclosure(
            nothing_to_disclose=False,
            statement=text(
                """I ran for district leader in 2024 and lost; my filings from that race are
                public. Two things a background check will find are listed here."""
            ),
            items=[
                DisclosureItem(
                    DisclosureCategory.CAMPAIGN_FINANCE,
                    "My 2024 district-leader committee filed its 11-day pre-primary report "
                    "four days late and paid a $250 penalty.",
                    text(
                        """We were an all-volunteer campaign and our treasurer was in hospital.
                        I paid the penalty from the committee, and this time our treasurer is
                        a professional with a deputy."""
                    ),
                ),
                DisclosureItem(
                    DisclosureCategory.CIVIL,
                    "Named in a 2023 housing-court counterclaim by a landlord during a rent "
                    "strike; dismissed in 2024.",
                    text(
                        """The landlord named the tenant organisers in a counterclaim during a
                        repairs strike. The court dismissed it; the building won repairs."""
                    ),
                ),
            ],
        ),
        timeline=events(
            [
                (
                    "Endorsement application due (progressive programme)",
                    date(2028, 1, 15),
                    K.HARD,
                    "endorsement",
                    False,
                    "Internal deadline 8 January.",
                ),
                (
                    "Last day to change party enrolment for the primary",
                    date(2028, 2, 14),
                    K.HARD,
                    "registration",
                    False,
                    "Unaffiliated supporters must enrol by now.",
                ),
                (
                    "Designating petitions: first day to collect",
                    date(2028, 2, 29),
                    K.HARD,
                    "petition",
                    False,
                    "",
                ),
                (
                    "Designating petitions: filing period",
                    date(2028, 4, 2),
                    K.HARD,
                    "petition",
                    False,
                    "File on 2 April, not the last day (6 April).",
                ),
                (
                    "Ballot-access challenge window closes",
                    date(2028, 4, 13),
                    K.HARD,
                    "filing",
                    False,
                    "",
                ),
                (
                    "32-day pre-primary finance report due",
                    date(2028, 5, 26),
                    K.HARD,
                    "finance_report",
                    False,
                    "Treasurer files by 19 May.",
                ),
                (
                    "Absentee and early-mail ballot applications: supporters' push",
                    date(2028, 5, 15),
                    K.INTERNAL,
                    "mail_ballots",
                    False,
                    "",
                ),
                (
                    "11-day pre-primary finance report due",
                    date(2028, 6, 16),
                    K.HARD,
                    "finance_report",
                    False,
                    "",
                ),
                (
                    "Voter registration deadline",
                    date(2028, 6, 17),
                    K.HARD,
                    "registration",
                    False,
                    "",
                ),
                (
                    "Early voting opens (nine days)",
                    date(2028, 6, 17),
                    K.HARD,
                    "early_vote",
                    False,
                    "",
                ),
                ("Primary day", election, K.HARD, "election_day", False, "Polls 6 am - 9 pm."),
                (
                    "10-day post-primary finance report due",
                    date(2028, 7, 7),
                    K.HARD,
                    "finance_report",
                    False,
                    "",
                ),
            ]
        ),
        checklist=checklist(
            [
                (
                    "Register the committee with the State Board of Elections",
                    date(2027, 10, 5),
                    True,
                    "",
                ),
                (
                    "Open the bank account and appoint a treasurer",
                    date(2027, 10, 10),
                    True,
                    "Treasurer: Lucía Ferrer.",
                ),
                ("Enrol in the public matching-funds programme", date(2028, 1, 15), False, ""),
                ("Print designating petitions in the required form", date(2028, 2, 22), False, ""),
                ("Collect 1,500 signatures (500 valid required)", date(2028, 3, 30), False, ""),
                ("Have counsel review every petition volume", date(2028, 4, 1), False, ""),
                ("File designating petitions and the cover sheet", date(2028, 4, 2), False, ""),
                ("File the 32-day pre-primary report", date(2028, 5, 26), False, ""),
            ]
        ),
        coach_notes=[
            CoachNote(
                "budget",
                "Renée Castillo",
                datetime(2027, 11, 20, 20, 0),
                "Cash goes negative in May by about $2,000. Either move the spring "
                "fundraiser to April or split the first mail piece; decide before "
                "this section is marked ready.",
            ),
            CoachNote(
                "targeting",
                "Renée Castillo",
                datetime(2027, 11, 20, 20, 10),
                "Good call using a 20 % margin on the T/X estimate; three-way "
                "primaries are unpredictable. Say in plain words that the goal is "
                "40 % of the vote.",
            ),
        ],
        sessions=[
            CoachingSession(
                when=datetime(2027, 11, 20, 19, 0),
                coach="Renée Castillo",
                agenda="Win number; petition plan; the May cash gap.",
                decisions=text(
                    """Plan on the lowest winning share here (47.2 % in 2012) with a 20 % margin
                    (goal 6,226, on the high turnout of 10,989). Collect three times the
                    required signatures. Hire petition counsel now."""
                ),
                next_steps=[
                    NextStep(
                        "Choose: move the fundraiser to April or split mail piece 1",
                        "Dang",
                        date(2027, 12, 15),
                        False,
                    ),
                    NextStep(
                        "Sign the engagement letter with petition counsel",
                        "Lucía",
                        date(2027, 12, 10),
                        False,
                    ),
                    NextStep(
                        "Recruit ten petition captains, one per building cluster",
                        "Dang",
                        date(2028, 1, 31),
                        False,
                    ),
                ],
                snapshot={},
            )
        ],
    )


def _state_house_expenses() -> list[ExpenseRow]:
    staff = [(E.STAFF, "Field organiser (part-time)", f"2028-{m:02d}", 1_500) for m in range(3, 7)]
    return [
        (E.ADMIN, "Treasurer's bookkeeping and compliance software", "2027-12", 600),
        (E.ADMIN, "PO box and campaign phone", "2027-12", 250),
        (E.ADMIN, "VAN access through the county committee", "2028-01", 500),
        (E.ADMIN, "Bank fees", "2028-01", 50),
        (E.ADMIN, "Election lawyer: petition review", "2028-03", 2_000),
        (E.ADMIN, "Election lawyer: defending petition challenges", "2028-04", 1_500),
        (E.FUNDRAISING, "Online platform fees", "2028-01", 120),
        (E.FUNDRAISING, "Launch fundraiser, Linden Park community room", "2028-01", 800),
        (E.FUNDRAISING, "Online platform fees", "2028-03", 200),
        (E.FUNDRAISING, "Spring fundraiser: room and food", "2028-04", 900),
        (E.FUNDRAISING, "Online platform fees", "2028-05", 300),
        (E.EVENTS, "Lunar New Year community table", "2028-02", 250),
        (E.EVENTS, "Petition kick-off rally", "2028-02", 400),
        (E.GIVEAWAYS, "Buttons, stickers and tote bags", "2028-03", 700),
        *staff,
        (E.LITERATURE, "Designating petition printing", "2028-02", 300),
        (E.LITERATURE, "Walk pieces in four languages, 20,000", "2028-03", 1_800),
        (
            E.LITERATURE,
            "Translation and layout: Vietnamese, Chinese, Spanish, Bengali",
            "2028-03",
            1_200,
        ),
        (E.LITERATURE, "Window posters for shops and laundromats", "2028-04", 400),
        (E.LITERATURE, "GOTV door hangers, 8,000", "2028-06", 720),
        (E.MAIL, "Mail piece 1: introduction, 14,000 Democratic households", "2028-05", 7_700),
        (E.MAIL, "Mail piece 2: early vote, 14,000 Democratic households", "2028-06", 7_700),
        (E.PHONES_TEXTS, "Texting: ID wave", "2028-04", 600),
        (E.PHONES_TEXTS, "Texting: persuasion and absentee", "2028-05", 900),
        (E.PHONES_TEXTS, "Dialer seats", "2028-05", 200),
        (E.PHONES_TEXTS, "Texting: early vote and GOTV", "2028-06", 1_100),
        (E.PHONES_TEXTS, "Dialer seats", "2028-06", 250),
        (E.DIGITAL, "Digital ads: petition volunteers", "2028-04", 600),
        (E.DIGITAL, "Digital ads: persuasion in four languages", "2028-05", 1_200),
        (E.DIGITAL, "Digital ads: early vote and primary day", "2028-06", 2_500),
        (E.MEDIA, "Ads in Vietnamese- and Chinese-language community papers", "2028-06", 1_400),
        (E.CONTINGENCY, "Contingency", "2028-05", 1_200),
        (E.CONTINGENCY, "Contingency", "2028-06", 1_300),
        (
            E.OTHER,
            "Storefront office lent by a supporter, March-June (in kind)",
            "2028-04",
            1_600,
            True,
        ),
    ]


def _state_house_income() -> list[tuple[IncomeSource, str, str, int]]:
    return [
        (S.CALL_TIME, "Call time", "2027-12", 1_800),
        (S.ONLINE, "Online: launch", "2027-12", 400),
        (S.CALL_TIME, "Call time", "2028-01", 2_200),
        (S.EVENTS, "Launch fundraiser", "2028-01", 2_800),
        (S.ONLINE, "Online small-dollar", "2028-01", 400),
        (S.CALL_TIME, "Call time", "2028-02", 2_200),
        (S.ONLINE, "Online small-dollar", "2028-02", 500),
        (S.FRIENDS_FAMILY, "Family and Harborview neighbours", "2028-02", 800),
        (S.CALL_TIME, "Call time", "2028-03", 2_400),
        (S.ONLINE, "Online: petition push", "2028-03", 600),
        (S.ORGANIZATIONS, "Tenant and labour allies (if endorsed)", "2028-03", 1_000),
        (S.CALL_TIME, "Call time", "2028-04", 2_400),
        (S.ONLINE, "Online small-dollar", "2028-04", 700),
        (S.CALL_TIME, "Call time", "2028-05", 2_000),
        (S.ONLINE, "Online small-dollar", "2028-05", 800),
        (S.OTHER, "Public matching funds, first payment (if certified)", "2028-06", 12_000),
        (S.EVENTS, "Spring fundraiser", "2028-06", 2_600),
        (S.CALL_TIME, "Call time: final asks", "2028-06", 1_600),
        (S.ONLINE, "Online: early-vote push", "2028-06", 1_400),
        (S.ORGANIZATIONS, "Working families allies (if endorsed)", "2028-06", 1_000),
        (S.SELF, "The candidate", "2028-06", 500),
    ]


def _state_house_sections() -> dict[str, str]:
    return {
        "why": """
            I grew up in the Harborview Houses, where my mother worked six days a week in a
            nail salon and still could not get the heat fixed in January. Today I organise
            tenants in the same neighbourhood, and I have learned that most of what keeps
            families here or pushes them out is decided in Albany: rent laws, repair
            enforcement, funding for public housing, language access in state agencies. I am
            running for the Assembly because our district needs a representative who knows
            those fights from the inside and will take them to the capital. My vision is a
            district where a family that works hard can stay: every NYCHA building repaired on
            a real schedule, rent-stabilised tenants protected, and state services available in
            Vietnamese, Chinese, Spanish and Bengali, the languages our neighbours speak. I
            ran for district leader in 2024 and lost by 212 votes; I learned how to build a
            field operation, and I am ready.
        """,
        "landscape": """
            Assembly District 152 covers Linden Park, Eastbridge and the Harborview Houses in
            Queens: about 130,000 residents, 40 % foreign-born, with large Vietnamese, Chinese,
            Latino and Bangladeshi communities. It is a safe Democratic seat, so the June
            primary decides it. New York's primary is closed: only the 62,800 enrolled
            Democrats vote, and anyone changing enrolment had to do so by 14 February.
            Candidates get on the ballot with designating petitions (500 valid signatures of
            enrolled Democrats, collected from 29 February and filed 2-6 April), and petitions
            are routinely challenged. Assemblymember Ray Delgado is running for the State
            Senate, leaving the seat open. Three candidates are expected: me; Frank Liu, the
            county organisation's choice and a former council staffer; and Tomás Ibarra, a
            small-business owner. Early voting runs nine days from 17 June.
        """,
        "targeting": """
            Primary turnout is what counts, and presidential-year June primaries are the right
            comparison; the 2022 gubernatorial-year primary is left out, and so is 2016, when
            Ruiz took 74 % against a little-known challenger: a blowout draws fewer voters. In
            2024, 2020 and 2012 the Assembly race drew 9,105, 11,320 and 8,240 votes, an average
            of 9,555 ballots. Turnout swings, so we plan on the high end, 10,989. The last open
            three-way primary, in 2012, was won with 47.2 % of the vote; a third of the vote, as
            a rule of thumb says, would be far too little. On 10,989 ballots 47.2 % is a win
            number of 5,188. Three-way primaries are unpredictable, so we add a 20 % safety
            margin: our vote goal is 6,226 votes. Progressive candidates like me have won
            27.5 %, 31.0 % and 33.1 % in their weakest recent races here; the average, 30.53 %,
            gives a base of 3,355 votes. We must win 2,871 more votes through contact, mostly
            among Vietnamese and Chinese-speaking Democrats who vote in generals but skip
            primaries.
        """,
        "path": """
            To win 2,871 more votes at 65 % support and 80 % turnout we need about 5,522
            persuasion conversations, on top of turning out our base. The universe is 7,400
            enrolled Democrats who voted in 2024's general but not its primary, 3,100 of them
            in Vietnamese- and Chinese-speaking households. Dense doors carry 60 % of the
            contacts, because our buildings are walkable and in-language conversations at the
            door are our advantage; suburban-style doors in the single-family blocks of
            Eastbridge take 10 %; volunteer phones take the rest, in four languages. Weekly
            goals run from the first week of March to early voting on 17 June and ramp toward
            the end. Petitioning in March doubles as our first contact: every signer is asked
            whether they will vote in June.
        """,
        "message": """
            Us on us: Dang grew up in Harborview, organises the tenants who are fighting to
            stay, and will fight in Albany for the repairs and protections our families need.
            Us on them: Frank Liu is the party machine's pick, and Tomás Ibarra has never shown
            up for a tenant fight. Them on us: she is an activist who does not know how
            Albany works and will not bring home money. Them on them: Liu's relationships with
            leadership, Ibarra's business sense. Our answer: the organisers who won repairs
            in eleven buildings know exactly how power works, and we will name the budget
            lines we will fight for. The one-line message: From our buildings to Albany.
        """,
        "field": """
            Field starts with petitions: from 29 February, ten petition captains, one per
            building cluster, collect with volunteers in pairs at subway stops and building
            lobbies, aiming for 1,500 signatures. From April the storefront office on Linden
            Park Avenue is our base: canvasses every Saturday and Sunday, weeknight lobby
            canvasses in the Harborview towers, and phone banks in four languages on Tuesday
            and Thursday. Our field organiser (from March) recruits from the Tenants Alliance,
            the Vietnamese Community Center, two church congregations and the local DSA and
            Working Families chapters. Every volunteer is trained in a 30-minute session with
            an in-language script; we track every shift in VAN and call no-shows the same day.
        """,
        "gotv": """
            Early voting runs nine days from 17 June, at two sites in the district, and many
            older voters vote by absentee or early mail ballot. Phase one (mid-May): every
            identified supporter who voted by mail in 2024 gets an application with a stamped
            envelope and a call offering help. Phase two (June): we chase returned ballots
            from the Board of Elections file every three days. During early voting we run
            in-language greeters at both sites and escort voters from nearby buildings. On
            primary day we knock every supporter's door in the Harborview Houses twice and
            staff every poll site from 6 am to 9 pm. Our GOTV universe is 4,100 identified
            supporters and leaners.
        """,
        "communications": """
            Drafting. Two mail pieces to 14,000 Democratic households, each in English with a
            Vietnamese or Chinese side where the household's language data supports it. Paid
            ads in Vietnamese- and Chinese-language community papers in June. Earned media:
            launch coverage in the Queens press and in-language outlets; a press conference
            with tenants at the Harborview boiler room. Social: short videos in four languages,
            three a week. To decide: whether to seek the New York Times editorial board
            interview, and who our Bengali-language spokesperson is.
        """,
        "research": """
            Self-research: done, and disclosed (a late 2024 finance report and a dismissed
            housing-court counterclaim). Opposition: Frank Liu worked for a council member who
            took $40,000 from real-estate PACs in 2021-2023; Liu's own donors so far include
            two large landlords in the district. Tomás Ibarra's restaurant had two
            wage-and-hour settlements with the Department of Labor in 2022. We will verify
            everything from primary documents before it appears in any material, use it only
            where it speaks to tenants and workers, and not make personal attacks. We also
            need a full list of each opponent's petition-challenge history.
        """,
        "team": """
            Campaign manager: Minh Tran, who ran my 2024 district-leader field operation.
            Treasurer: Lucía Ferrer, a bookkeeper who has treasured three council campaigns,
            with a deputy treasurer this time. Field organiser (part-time from March): Aisha
            Rahman from the Tenants Alliance. Petition counsel: a volunteer election lawyer
            from the county's progressive bar group. Communications: a volunteer team of
            three, one per language. Language leads for Vietnamese, Chinese, Spanish and
            Bengali outreach. Kitchen cabinet of ten tenant leaders and faith leaders. Coach:
            from the endorsement programme, meeting every two weeks.
        """,
        "fundraising": """
            We need $40,100 in new money by primary day on top of $6,200 in the bank. Call time,
            12 hours a week, raises $14,600 from a 700-name list built from my 2024 campaign,
            the Tenants Alliance network, Queens College alumni and the Vietnamese business
            association. Events raise $5,400: a launch fundraiser in January and a spring
            fundraiser. Online small-dollar asks tied to petitioning and early voting raise
            $4,800. The largest single piece is the state's public matching funds, which match
            small in-state contributions; we expect a first payment of about $12,000 in June
            once we qualify. Allies may give $2,000 if they endorse. I will give $500. We
            passed the 15 % test with $6,480 from 141 other donors.
        """,
        "budget": """
            Needs review. The plan spends $47,240, of which $1,600 is a donated storefront
            office. Voter contact is 60.5 %: two mail pieces ($15,400), literature in four
            languages ($4,420), digital ads ($4,300), texting and phones ($3,050) and community
            papers ($1,400). Petition counsel costs $3,500 because challenges are routine here.
            Contingency is $2,500 (5.3 %). The problem: in May the first mail piece goes out
            before the first matching-funds payment arrives in June, and cash falls to about
            -$1,970. We must fix that before the plan is final: move the spring fundraiser
            from June to April, or split mail piece 1 into two smaller drops. Cost per vote is
            about $7.59 against our vote goal.
        """,
        "timeline": """
            Counted back from primary day, 27 June 2028, with our own deadline a week before
            each hard date. Endorsement application 15 January (internal 8 January). Enrolment
            deadline for unaffiliated supporters 14 February. Petitions from 29 February; all
            volumes reviewed by counsel by 1 April; filed on 2 April, not the last day. The
            challenge window closes 13 April. 32-day pre-primary report 26 May (treasurer
            files by 19 May). Absentee-application push from 15 May. 11-day report 16 June.
            Registration deadline and the first day of early voting, 17 June. Primary day 27
            June. Post-primary report 7 July.
        """,
        "compliance": """
            Lucía Ferrer, our treasurer, and a deputy keep the books and file every State
            Board of Elections report a week early: the January periodic, the 32-day and
            11-day pre-primary reports and the 10-day post-primary report, plus 24-hour notices
            for large gifts in the final days. We follow the public matching-funds programme's
            rules: in-state small-dollar records with full donor details and no cash above
            the limit. Every piece carries a paid-for-by line. Petition volumes are reviewed
            by counsel before filing. Safety: the campaign uses a PO box and a campaign phone;
            my apartment number is never published; volunteers canvass in pairs, and we have
            a protocol for harassment at events.
        """,
    }


def _state_house_values() -> dict[str, str]:
    return {
        "trust_voters": """
            We trust voters by speaking to them in their own language and bringing them into
            the work: tenants run our petition drive, and every policy page was written after
            listening sessions in four languages.
        """,
        "progressive_values": """
            Housing is a human right: universal good-cause eviction protection, full funding
            for public-housing repairs and language access in every state agency are the
            centre of this campaign.
        """,
        "risk_tolerance": """
            We are running against the county organisation's candidate in a closed primary,
            betting on voters who usually skip primaries, and putting most of our money into
            in-language outreach no one has tried here at this scale.
        """,
    }


# =========================================================================== writing


SAMPLES: dict[str, Callable[[], Plan]] = {
    "school-board": lambda: at_last_session(
        school_board(),
        # the why section has been rewritten since the March session: coach mode marks it
        {
            "why": "I am running because every Riverbend child deserves to be heard, and right "
            "now too many are waiting."
        },
    ),
    "county-clerk": lambda: at_last_session(county_clerk(), {}),
    "state-house": lambda: at_last_session(state_house(), {}),
}


def at_last_session(plan: Plan, earlier: dict[str, str]) -> Plan:
    """Give the plan's last session a snapshot of its sections: today's text, except the
    ``earlier`` versions of sections edited since that session."""
    plan.sessions[-1].snapshot = {**snapshot_sections(plan), **earlier}
    return plan


def sample_text(plan: Plan) -> str:
    """The sample's JSON text: sorted keys, indent 2, UTF-8 as is, trailing newline."""
    return json.dumps(plan_to_envelope(plan), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "resources/samples"
    out.mkdir(parents=True, exist_ok=True)
    for name, build in SAMPLES.items():
        path = out / f"{name}.json"
        atomic_write_text(path, sample_text(build()))
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
