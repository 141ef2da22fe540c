"""What a new plan starts from, by office: the defaults File → New fills in once the candidate
has said what they are running for and in which state.

All of it is data a candidate can change afterwards: the race's seats, party label and cycle;
the placeholder examples of the race fields; a worked example (and, for some sections, a
prompt) in every section that speaks about *this* office; a starter filing checklist; and
starter timeline dates counted back from the next general election.

Sources (`winbook.domain.sources`):

- ``election_day``: the general election is the Tuesday after the first Monday in November
  (2 U.S.C. § 7 for Congress; the states hold their state and county general elections the
  same day). State legislatures elected in odd years: Virginia and New Jersey (every odd
  year) and Mississippi (every four years: 2027, 2031). City, town and school elections are
  set by each state and often fall in odd years or in spring: the dialog says to check.
- ``contact_waves`` (domain notes §4, GoodParty): contact waves at 56, 49, 35, 28, 14, 1 and
  0 days before election day.
- ``internal_deadline`` (domain notes §6.13): an internal deadline a week before each hard
  date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from winbook.domain.model import (
    ChecklistItem,
    CycleType,
    EventKind,
    Level,
    Plan,
    TimelineEvent,
    cycle_for_year,
)
from winbook.domain.sections import SPEC_BY_KEY

#: The US states (and DC) by postal code, as the race's state field holds them.
STATES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip

#: State legislatures elected in odd years: state -> (first such year, every N years).
ODD_YEAR_LEGISLATURES: dict[str, tuple[int, int]] = {
    "VA": (2025, 2),
    "NJ": (2025, 2),
    "MS": (2027, 4),
}


@dataclass(frozen=True)
class OfficeDefaults:
    level: Level
    label: str  # as the new-plan dialog offers it
    office_example: str  # placeholder of the race's office field
    jurisdiction_example: str
    partisan: bool
    seats: int
    #: "even": the next even-year November general; "any": the next November general.
    election_years: str
    examples: dict[str, str] = field(default_factory=dict)  # section key -> worked example
    prompts: dict[str, str] = field(default_factory=dict)  # section key -> a sharper prompt
    checklist: tuple[str, ...] = ()
    note: str = ""  # what to check about the election date


_COMMON_CHECKLIST: tuple[str, ...] = (
    "Register the campaign committee and name a treasurer",
    "Open a campaign bank account",
    "Get the filing packet and the filing deadline from the election office",
    "File the candidacy papers (and any fee or petition) a week before the deadline",
    "Put every campaign-finance report date in the timeline",
)


def _with_petition(step: str) -> tuple[str, ...]:
    """The common checklist with a petition step just before filing: signatures are collected
    before the papers (and the petition) are filed."""
    at = _COMMON_CHECKLIST.index(
        "File the candidacy papers (and any fee or petition) a week before the deadline"
    )
    return (*_COMMON_CHECKLIST[:at], step, *_COMMON_CHECKLIST[at:])


#: Worked examples for offices that have no example of their own for a section: about no
#: office in particular.
NEUTRAL_EXAMPLES: dict[str, str] = {
    "why": "I have lived here for twelve years and seen neighbors wait months for basic "
    "services. I am running so that the people of this district get answers in days, not "
    "months, from a government that shows its work.",
    "landscape": "The district has 38,000 registered voters; the seat is nonpartisan. The "
    "incumbent is retiring and three candidates have filed.",
    "targeting": "About 12,400 ballots are expected. I need 3,900 votes; my base gives me about "
    "2,600, so I must win 1,300 more through contact.",
    "path": "We will knock 9,000 doors in the eastern precincts and call 3,000 likely voters, "
    "rising to 800 contacts a week in October.",
    "message": "Us on us: a neighbor who gets things done. Us on them: they have had eight "
    "years. Them on us: too young. Them on them: experience.",
    "field": "Saturday canvasses from the library from June; two weeknight phone banks from "
    "September; every volunteer asked to bring one friend.",
    "gotv": "Mail-ballot applications to our supporters in August; chase calls from the first "
    "week of early voting; rides on election day.",
    "communications": "Three mail pieces to likely voters, weekly posts, a launch press "
    "release and letters to the editor from neighbors.",
    "research": "I have pulled my own court and finance records; the incumbent missed a third "
    "of last year's public meetings.",
    "team": "Treasurer: Dana Lee (CPA). Field lead: Marco Ruiz. Twelve core volunteers.",
    "fundraising": "Ten hours of call time a week to 200 contacts; two house parties; a monthly "
    "online ask.",
    "budget": "Two thirds of spending goes to voter contact; printing is ordered only after the "
    "September fundraiser.",
    "timeline": "Filing closes Aug 14 (internal: Aug 7); early voting opens Oct 14.",
    "compliance": "The treasurer files every report a week early; the campaign uses a PO box "
    "and a campaign phone.",
}

OFFICES: dict[Level, OfficeDefaults] = {
    Level.SCHOOL_BOARD: OfficeDefaults(
        Level.SCHOOL_BOARD,
        "School board",
        "e.g. School Board Trustee",
        "e.g. Riverside Unified School District",
        partisan=False,
        seats=3,
        election_years="any",
        examples={
            "why": "I grew up two blocks from Lincoln Elementary and now my daughter goes there. "
            "I am running so every child in our district has a full-time counselor and a "
            "building with working heat.",
            "landscape": "District 4 has 38,000 registered voters; the seat is at-large and "
            "nonpartisan. Two incumbents are retiring; four candidates have pulled papers.",
            "message": "Us on us: a parent who fixes things. Us on them: they have had eight "
            "years. Them on us: too young. Them on them: experience.",
            "communications": "Three mail pieces to likely voters, weekly posts, a launch press "
            "release and letters to the editor from parents.",
            "research": "I have pulled my own court and finance records; the incumbent voted "
            "twice to delay the boiler repair.",
        },
        prompts={
            "why": "Why are you running for the school board, and why now? What will be "
            "different for students and families if you win? Reviewers read this first: make "
            "the vision positive and concrete.",
        },
        checklist=_COMMON_CHECKLIST,
        note="School board elections are set by each state (some in odd years or in spring): "
        "check the date with your county election office.",
    ),
    Level.CITY_COUNCIL: OfficeDefaults(
        Level.CITY_COUNCIL,
        "City or town council",
        "e.g. City Council, Ward 3",
        "e.g. City of Alden",
        partisan=False,
        seats=1,
        election_years="any",
        examples={
            "why": "I have rented on Maple Street for nine years and watched rents double while "
            "the bus line was cut. I am running so that working families can afford to stay in "
            "the city they keep running.",
            "landscape": "Ward 3 has 14,200 registered voters; the race is nonpartisan and "
            "the council member is term-limited. Three candidates have filed.",
            "research": "I have pulled my own court and finance records; the council voted "
            "twice to delay the Maple Street bus shelters.",
        },
        checklist=_COMMON_CHECKLIST,
        note="City and town elections are set by each state and city (some in odd years or in "
        "spring): check the date with your city clerk.",
    ),
    Level.COUNTY_CLERK: OfficeDefaults(
        Level.COUNTY_CLERK,
        "County clerk / recorder / elections",
        "e.g. County Clerk",
        "e.g. Hollis County",
        partisan=True,
        seats=1,
        election_years="even",
        examples={
            "why": "I have spent six years training poll workers and testing tabulators. I am "
            "running for county clerk so that every eligible voter gets a fair, easy and secure "
            "ballot, and every family that comes for a birth certificate is served the same day.",
            "landscape": "The county has 174,500 registered voters in three cities and fourteen "
            "townships. The clerk runs elections, vital records and court records with a staff "
            "of 31; the incumbent is retiring after sixteen years.",
            "targeting": "About 128,000 ballots are expected in a presidential year; roll-off "
            "for clerk is about 4%. I need 61,400 votes; my base gives me about 57,000.",
            "path": "We will knock 40,000 doors in the townships that split their tickets and "
            "call 25,000 voters who vote for president but skip down-ballot races.",
            "message": "Us on us: the poll-worker trainer who makes elections run. Us on them: "
            "he voted against a second early-voting site. Them on us: too young for the job. "
            "Them on them: a steady hand.",
            "field": "Canvasses from four staging locations, one per quadrant of the county; "
            "neighborhood captains recruited from poll workers and township volunteers.",
            "gotv": "Absentee-ballot applications to every supporter in September; chase "
            "unreturned ballots weekly; a greeter at every early-voting site.",
            "communications": "A results-as-open-data pledge at the launch, mail to "
            "ticket-splitters, and endorsements from township clerks of both parties.",
            "research": "I have pulled my own court and finance records; my opponent voted in "
            "2023 against funding a second early-voting site.",
            "team": "Treasurer: a retired county auditor. Field lead: a former township clerk. "
            "Twelve neighborhood captains.",
            "fundraising": "Ten hours of call time a week from a list of 900 names: the "
            "township network, two prior clerk campaigns' donors, unions and the county party.",
            "budget": "Two thirds of spending goes to voter contact; absentee mail is paid for "
            "before the September fundraiser.",
            "timeline": "Nominating petitions due Apr 18 (internal: Apr 11); absentee ballots go "
            "out Sep 28; early voting opens Oct 28.",
            "compliance": "The treasurer files every report a week early; the campaign never "
            "uses the clerk's office, its staff or its equipment.",
        },
        prompts={
            "why": "Why are you running for county clerk, and why now? How will you run "
            "elections, records and the counter so that every voter and resident is served "
            "fairly? Reviewers read this first: make the vision positive and concrete.",
            "compliance": "How will you meet filing and finance-report deadlines, keep the "
            "campaign apart from the office you run for, and keep yourself and your family "
            "safe (keep the home address private)?",
        },
        checklist=_with_petition("Collect the nominating petition signatures"),
        note="County offices are elected at the November general election in most states.",
    ),
    Level.COUNTY_COMMISSION: OfficeDefaults(
        Level.COUNTY_COMMISSION,
        "County commission",
        "e.g. County Commissioner, District 2",
        "e.g. Hollis County",
        partisan=True,
        seats=1,
        election_years="even",
        examples={
            "why": "I have farmed and coached in this county for fifteen years. I am running "
            "for the commission so that road money follows need, not politics, and the budget "
            "is posted where every resident can read it.",
            "landscape": "District 2 has 41,000 registered voters across six townships; the "
            "seat is partisan and the incumbent is running again.",
            "research": "I have pulled my own court and finance records; the incumbent voted to "
            "close the county's only rural clinic.",
        },
        checklist=_COMMON_CHECKLIST,
        note="County offices are elected at the November general election in most states.",
    ),
    Level.STATE_HOUSE: OfficeDefaults(
        Level.STATE_HOUSE,
        "State house",
        "e.g. State Representative, District 41",
        "e.g. Assembly District 41",
        partisan=True,
        seats=1,
        election_years="even",
        examples={
            "why": "I organize tenants in the buildings I grew up in. I am running for the "
            "state house so that repairs, rent and heat are rights the state enforces, not "
            "favors a landlord grants.",
            "landscape": "District 41 has 86,000 registered voters; the seat is open and the "
            "primary decides it. Two other candidates are gathering signatures.",
            "research": "I have pulled my own court and finance records; my opponent took "
            "$40,000 from developers in the last cycle.",
        },
        checklist=_with_petition("Collect the petition signatures for the primary ballot"),
        note="State legislative seats are elected at the November general election (in odd "
        "years in Virginia, New Jersey and Mississippi); a primary comes first.",
    ),
    Level.OTHER_LOCAL: OfficeDefaults(
        Level.OTHER_LOCAL,
        "Other local office",
        "e.g. Soil and Water District Supervisor",
        "e.g. Hollis County",
        partisan=False,
        seats=1,
        election_years="any",
        checklist=_COMMON_CHECKLIST,
        note="Check the date of the election with your county election office.",
    ),
}

#: The offices the new-plan dialog offers, in order.
OFFICE_CHOICES: tuple[Level, ...] = tuple(OFFICES)


def office_defaults(level: Level) -> OfficeDefaults:
    """The defaults for ``level`` (the "other local office" ones for a level with none)."""
    return OFFICES.get(level, OFFICES[Level.OTHER_LOCAL])


def section_example(key: str, level: Level) -> str:
    """The worked example a section shows for an office: the office's own, else a neutral one."""
    office = office_defaults(level)
    return office.examples.get(key) or NEUTRAL_EXAMPLES.get(key) or SPEC_BY_KEY[key].example


def section_prompt(key: str, level: Level) -> str:
    return office_defaults(level).prompts.get(key) or SPEC_BY_KEY[key].prompt


# --------------------------------------------------------------------------- election day


def general_election_day(year: int) -> dt.date:
    """The Tuesday after the first Monday in November of ``year`` (source: ``election_day``)."""
    first = dt.date(year, 11, 1)
    monday = first + dt.timedelta(days=(0 - first.weekday()) % 7)
    return monday + dt.timedelta(days=1)


def next_general_election(level: Level, state: str, today: dt.date) -> dt.date:
    """The next regular general election for ``level`` in ``state`` on or after ``today``."""
    years = office_defaults(level).election_years
    odd = ODD_YEAR_LEGISLATURES.get(state.upper()) if level is Level.STATE_HOUSE else None
    year = today.year
    while True:
        day = general_election_day(year)
        if day >= today and _holds(year, years, odd):
            return day
        year += 1


def _holds(year: int, years: str, odd: tuple[int, int] | None) -> bool:
    if odd is not None:
        first, every = odd
        return year >= first and (year - first) % every == 0
    return years == "any" or year % 2 == 0


# --------------------------------------------------------------------------- a new plan


#: Days before election day of each starter contact wave (source: ``contact_waves``).
CONTACT_WAVES: tuple[int, ...] = (56, 49, 35, 28, 14, 1)


def new_plan(level: Level, state: str, today: dt.date) -> Plan:
    """An empty plan for ``level`` in ``state``, with the office's defaults filled in."""
    office = office_defaults(level)
    plan = Plan()
    race = plan.race
    race.level, race.state = level, state.upper()
    race.partisan, race.seats = office.partisan, office.seats
    race.election_date = next_general_election(level, state, today)
    race.cycle = _cycle(race.election_date.year)
    plan.meta.title = f"{office.label} plan"
    plan.checklist = [ChecklistItem(step=s) for s in office.checklist]
    plan.timeline = starter_timeline(race.election_date)
    return plan


def _cycle(year: int) -> CycleType:
    return cycle_for_year(year)


def starter_timeline(election: dt.date) -> list[TimelineEvent]:
    """Election day, the contact waves counted back from it, and the internal deadline for the
    last finance report before it (a week before, per ``internal_deadline``)."""
    events = [
        TimelineEvent(
            f"Contact wave: {days} days out" if days > 1 else "Contact wave: the day before",
            election - dt.timedelta(days=days),
            EventKind.MILESTONE,
            "campaign",
            note="GoodParty's contact waves",
        )
        for days in CONTACT_WAVES
    ]
    events.append(
        TimelineEvent(
            "Election day",
            election,
            EventKind.HARD,
            "election_day",
            note="Confirm on your state's calendar.",
        )
    )
    return sorted(events, key=lambda e: e.when or election)
