"""The plan's fixed choices (office level, voting method, stage, channels, expense categories,
section status ...) as string enums, with the words the window, packet and workbook show
for them; and which candidate fields are private.
"""

from __future__ import annotations

from enum import StrEnum

#: Field names that hold private data. They stay out of exported packets unless asked.
PRIVATE_CANDIDATE_FIELDS: tuple[str, ...] = (
    "home_address",
    "personal_phone",
    "personal_email",
    "birth_date",
)


class Level(StrEnum):
    SCHOOL_BOARD = "school_board"
    CITY_COUNCIL = "city_council"
    COUNTY_CLERK = "county_clerk"
    COUNTY_COMMISSION = "county_commission"
    STATE_HOUSE = "state_house"
    STATE_SENATE = "state_senate"
    OTHER_LOCAL = "other_local"
    FEDERAL = "federal"
    STATEWIDE = "statewide"


LEVEL_LABELS: dict[Level, str] = {
    Level.SCHOOL_BOARD: "School board",
    Level.CITY_COUNCIL: "City or town council",
    Level.COUNTY_CLERK: "County clerk / recorder / elections",
    Level.COUNTY_COMMISSION: "County commission",
    Level.STATE_HOUSE: "State house",
    Level.STATE_SENATE: "State senate",
    Level.OTHER_LOCAL: "Other local office",
    Level.FEDERAL: "Federal office",
    Level.STATEWIDE: "Statewide office",
}


class VotingMethod(StrEnum):
    PLURALITY = "plurality"
    RANKED_CHOICE = "ranked_choice"


class Stage(StrEnum):
    GENERAL = "general"
    PRIMARY = "primary"


class PrimaryType(StrEnum):
    NONE = "none"
    OPEN = "open"
    CLOSED = "closed"
    TOP_TWO = "top_two"


class CycleType(StrEnum):
    PRESIDENTIAL = "presidential"
    MIDTERM = "midterm"
    MUNICIPAL = "municipal"  # odd-year / off-year
    SPECIAL = "special"


CYCLE_LABELS: dict[CycleType, str] = {
    CycleType.PRESIDENTIAL: "Presidential year",
    CycleType.MIDTERM: "Midterm year",
    CycleType.MUNICIPAL: "Odd-year (municipal)",
    CycleType.SPECIAL: "Special election",
}


def cycle_for_year(year: int) -> CycleType:
    """The usual cycle type of a regular election held in ``year``."""
    if year % 2:
        return CycleType.MUNICIPAL
    return CycleType.PRESIDENTIAL if year % 4 == 0 else CycleType.MIDTERM


class SectionStatus(StrEnum):
    EMPTY = "empty"
    DRAFTING = "drafting"
    NEEDS_REVIEW = "needs_review"
    READY = "ready"


STATUS_LABELS: dict[SectionStatus, str] = {
    SectionStatus.EMPTY: "Empty",
    SectionStatus.DRAFTING: "Drafting",
    SectionStatus.NEEDS_REVIEW: "Needs review",
    SectionStatus.READY: "Ready",
}


class TurnoutMethod(StrEnum):
    CONTEST_AVERAGE = "contest_average"
    TURNOUT_RATE = "turnout_rate"
    MOST_RECENT = "most_recent"
    MANUAL = "manual"


class PluralityRule(StrEnum):
    """Which figure is the win number in a one-seat plurality race with more than 2 candidates."""

    #: The default (domain notes §3): the majority figure, unless this contest's own
    #: multi-candidate history shows winners with less; then the lowest such winner's share x T.
    HISTORY = "history"
    MAJORITY = "majority"  # floor(T/2)+1, the safe figure
    ESTIMATE = "estimate"  # Wellstone's rule of thumb T/X, T/(X-3), T/(X-5): a reference only


class PlanOn(StrEnum):
    """Which turnout of the range the win number and vote goal are computed on (§2a)."""

    HIGH = "high"  # the default: more voters need more votes
    EXPECTED = "expected"


class MultiSeatBasis(StrEnum):
    """Which figure is the win number in a vote-for-N plurality race."""

    LAST_WINNER = "last_winner"  # historical: last winner's share of ballots x projected ballots
    FIRST_LOSER = "first_loser"  # historical: first loser's share of ballots (+1 vote)
    GUARANTEED = "guaranteed"  # floor(T*N/(N+1))+1


class Channel(StrEnum):
    DOORS_DENSE = "doors_dense"
    DOORS_SUBURBAN = "doors_suburban"
    PHONES_ID = "phones_id"
    PHONES_PERSUASION = "phones_persuasion"
    GOTV_CALLS = "gotv_calls"
    TEXTS = "texts"


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.DOORS_DENSE: "Doors, dense area",
    Channel.DOORS_SUBURBAN: "Doors, suburban",
    Channel.PHONES_ID: "Volunteer phones, ID",
    Channel.PHONES_PERSUASION: "Volunteer phones, persuasion",
    Channel.GOTV_CALLS: "GOTV calls",
    Channel.TEXTS: "Texts",
}


class ExpenseCategory(StrEnum):
    MAIL = "mail"
    LITERATURE = "literature"
    PHONES_TEXTS = "phones_texts"
    DIGITAL = "digital"
    MEDIA = "media"
    STAFF = "staff"
    ADMIN = "admin"
    FUNDRAISING = "fundraising"
    EVENTS = "events"
    GIVEAWAYS = "giveaways"
    CONTINGENCY = "contingency"
    OTHER = "other"


EXPENSE_LABELS: dict[ExpenseCategory, str] = {
    ExpenseCategory.MAIL: "Voter contact: mail",
    ExpenseCategory.LITERATURE: "Voter contact: literature and canvass",
    ExpenseCategory.PHONES_TEXTS: "Voter contact: phones and texts",
    ExpenseCategory.DIGITAL: "Voter contact: digital ads",
    ExpenseCategory.MEDIA: "Voter contact: print, radio and TV",
    ExpenseCategory.STAFF: "Staff and consultants",
    ExpenseCategory.ADMIN: "Administration and compliance",
    ExpenseCategory.FUNDRAISING: "Fundraising costs",
    ExpenseCategory.EVENTS: "Events",
    ExpenseCategory.GIVEAWAYS: "Giveaways (buttons, swag)",
    ExpenseCategory.CONTINGENCY: "Contingency",
    ExpenseCategory.OTHER: "Other",
}


#: Categories that count as voter contact (media included) for the 60-75% norm.
VOTER_CONTACT_CATEGORIES: frozenset[ExpenseCategory] = frozenset(
    {
        ExpenseCategory.MAIL,
        ExpenseCategory.LITERATURE,
        ExpenseCategory.PHONES_TEXTS,
        ExpenseCategory.DIGITAL,
        ExpenseCategory.MEDIA,
    }
)


class IncomeSource(StrEnum):
    SELF = "self"
    FRIENDS_FAMILY = "friends_family"
    CALL_TIME = "call_time"
    ONLINE = "online"
    EVENTS = "events"
    ORGANIZATIONS = "organizations"
    OTHER = "other"


INCOME_LABELS: dict[IncomeSource, str] = {
    IncomeSource.SELF: "The candidate (self-funding)",
    IncomeSource.FRIENDS_FAMILY: "Friends and family",
    IncomeSource.CALL_TIME: "Call time (individual donors)",
    IncomeSource.ONLINE: "Online small-dollar",
    IncomeSource.EVENTS: "Events",
    IncomeSource.ORGANIZATIONS: "Organizations and PACs",
    IncomeSource.OTHER: "Other",
}


class Scenario(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class EventKind(StrEnum):
    HARD = "hard"  # a legal or external deadline
    INTERNAL = "internal"  # the campaign's own deadline
    MILESTONE = "milestone"


class DisclosureCategory(StrEnum):
    CRIMINAL = "criminal"
    CIVIL = "civil"
    FINANCIAL = "financial"
    PRESS = "press"
    CAMPAIGN_FINANCE = "campaign_finance"
    SOCIAL_MEDIA = "social_media"
    EMPLOYMENT = "employment"
    OTHER = "other"


DISCLOSURE_LABELS: dict[DisclosureCategory, str] = {
    DisclosureCategory.CRIMINAL: "Criminal record",
    DisclosureCategory.CIVIL: "Civil suits",
    DisclosureCategory.FINANCIAL: "Debts, liens, bankruptcy",
    DisclosureCategory.PRESS: "Press coverage",
    DisclosureCategory.CAMPAIGN_FINANCE: "Campaign-finance filings",
    DisclosureCategory.SOCIAL_MEDIA: "Social media",
    DisclosureCategory.EMPLOYMENT: "Employment",
    DisclosureCategory.OTHER: "Other",
}


class RunNumber(StrEnum):
    FIRST = "first"
    SECOND = "second"
    THIRD = "third"
    FOURTH_OR_LATER = "fourth_or_later"
