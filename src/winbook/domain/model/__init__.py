"""The plan as plain typed data.

Everything a Winbook plan holds lives here, as dataclasses with no behaviour beyond small
derived properties. No Qt, no file formats: `winbook.store` persists these objects and
`winbook.domain.*` calculators read them.

Money is `Decimal` (dollars, exact); percentages are `float` in per-cent units (5.0 means 5%);
months are ISO strings ``"YYYY-MM"``; dates are `datetime.date`.

The fixed choices (enums and their labels) are in `choices`; this module holds the parts.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from winbook.domain.model.choices import (
    CHANNEL_LABELS,
    CYCLE_LABELS,
    DISCLOSURE_LABELS,
    EXPENSE_LABELS,
    INCOME_LABELS,
    LEVEL_LABELS,
    PRIVATE_CANDIDATE_FIELDS,
    STATUS_LABELS,
    VOTER_CONTACT_CATEGORIES,
    Channel,
    CycleType,
    DisclosureCategory,
    EventKind,
    ExpenseCategory,
    IncomeSource,
    Level,
    MultiSeatBasis,
    PlanOn,
    PluralityRule,
    PrimaryType,
    RunNumber,
    Scenario,
    SectionStatus,
    Stage,
    TurnoutMethod,
    VotingMethod,
    cycle_for_year,
)

__all__ = [
    "CHANNEL_LABELS",
    "CYCLE_LABELS",
    "DISCLOSURE_LABELS",
    "EXPENSE_LABELS",
    "INCOME_LABELS",
    "LEVEL_LABELS",
    "PLAN_PARTS",
    "PRIVATE_CANDIDATE_FIELDS",
    "STATUS_LABELS",
    "VOTER_CONTACT_CATEGORIES",
    "BaseShare",
    "Candidate",
    "Channel",
    "ChannelPlan",
    "ChecklistItem",
    "CoachNote",
    "CoachingSession",
    "ContributionGift",
    "Contributions",
    "CycleType",
    "Disclosure",
    "DisclosureCategory",
    "DisclosureItem",
    "EventKind",
    "ExpenseCategory",
    "ExpenseLine",
    "FilingStatus",
    "FundraisingSettings",
    "IncomeLine",
    "IncomeSource",
    "Level",
    "MultiSeatBasis",
    "NextStep",
    "PastElection",
    "PathSettings",
    "Plan",
    "PlanMeta",
    "PlanOn",
    "PluralityRule",
    "PrecinctVotes",
    "PrimaryType",
    "Race",
    "RaceCost",
    "RunNumber",
    "Scenario",
    "Section",
    "SectionStatus",
    "Stage",
    "TargetingElection",
    "TargetingSettings",
    "TimelineEvent",
    "TurnoutMethod",
    "TurnoutSettings",
    "ValueAnswer",
    "VotingMethod",
    "WinSettings",
    "cycle_for_year",
]


@dataclass
class Candidate:
    full_name: str = ""
    ballot_name: str = ""
    pronouns: str = ""
    occupation: str = ""
    party: str = ""  # the candidate's own party registration
    campaign_email: str = ""
    campaign_phone: str = ""
    website: str = ""
    committee_name: str = ""
    run_number: RunNumber = RunNumber.FIRST
    is_incumbent: bool = False
    previously_endorsed: bool = False
    bio: str = ""
    # private: never exported unless the user asks
    home_address: str = ""
    personal_phone: str = ""
    personal_email: str = ""
    birth_date: date | None = None


@dataclass
class FilingStatus:
    on_ballot: bool = False
    petition_signatures_filed: bool = False
    committee_formed: bool = False
    bank_account_opened: bool = False
    publicly_announced: bool = False
    announcement_date: date | None = None
    note: str = ""


@dataclass
class Race:
    office: str = ""
    jurisdiction: str = ""
    district: str = ""
    state: str = ""
    level: Level = Level.OTHER_LOCAL  # until the candidate says: no office's examples
    partisan: bool = False
    party: str = ""  # party line the candidate runs on, if partisan
    seats: int = 1
    voting_method: VotingMethod = VotingMethod.PLURALITY
    stage: Stage = Stage.GENERAL
    primary_type: PrimaryType = PrimaryType.NONE
    cycle: CycleType = CycleType.MUNICIPAL
    election_date: date | None = None
    early_voting_start: date | None = None
    filing_deadline: date | None = None
    candidates_expected: int = 2
    registered_voters: int | None = None  # current registration, for the turnout-rate method


@dataclass
class PastElection:
    year: int = 0
    cycle: CycleType = CycleType.MUNICIPAL
    stage: Stage = Stage.GENERAL
    registered: int | None = None
    ballots_cast: int | None = None
    contest_votes: int | None = None  # all votes cast in this contest (ballots x up to N)
    contest_ballots: int | None = None  # ballots with a vote in this contest, if known
    winner_votes: int | None = None
    last_winner_votes: int | None = None
    first_loser_votes: int | None = None
    seats: int = 1
    note: str = ""
    #: Named candidates on the ballot (write-in lines not counted); None when not known.
    candidates: int | None = None
    #: Measured roll-off (per cent of ballots cast that skipped this contest), from a results
    #: file: 100 x (1 - contest ballots (or votes / N) / ballots cast in the same precincts).
    roll_off_pct: float | None = None
    #: Counted in the projection even when flagged uncontested, write-in only or a blowout.
    use_anyway: bool = False


@dataclass
class TurnoutSettings:
    method: TurnoutMethod = TurnoutMethod.CONTEST_AVERAGE
    years_to_use: int = 3
    roll_off_pct: float = 0.0  # applied to projections from total ballots
    adjustment_pct: float = 0.0  # the user's adjustment for unusual conditions (+/-)
    manual_turnout: int | None = None
    manual_reason: str = ""
    plan_on: PlanOn = PlanOn.HIGH  # the win number and vote goal use the high turnout


@dataclass
class WinSettings:
    plurality_rule: PluralityRule = PluralityRule.HISTORY
    multi_seat_basis: MultiSeatBasis = MultiSeatBasis.LAST_WINNER
    safety_margin_pct: float = 5.0  # per cent of the win number, added to make the vote goal


@dataclass
class BaseShare:
    """A past result of a candidate like you, for the base-vote estimate."""

    year: int = 0
    label: str = ""
    share_pct: float = 0.0


@dataclass
class ChannelPlan:
    channel: Channel = Channel.DOORS_SUBURBAN
    share_pct: float = 0.0  # share of the contacts this channel is to make
    attempts_per_hour: float | None = None
    contacts_per_hour: float | None = None
    contacts_per_vote: float | None = None


@dataclass
class PathSettings:
    base_support_pct: float | None = None  # manual base; else from base_shares
    base_shares: list[BaseShare] = field(default_factory=list)
    support_rate_pct: float = 65.0
    turnout_rate_pct: float = 80.0
    shift_hours: float = 3.0
    candidate_hours_per_week: float = 10.0
    field_start: date | None = None
    channels: list[ChannelPlan] = field(default_factory=list)


@dataclass
class ExpenseLine:
    category: ExpenseCategory = ExpenseCategory.OTHER
    description: str = ""
    month: str = ""  # "YYYY-MM"
    amount: Decimal = Decimal(0)
    in_kind: bool = False


@dataclass
class IncomeLine:
    source: IncomeSource = IncomeSource.OTHER
    description: str = ""
    month: str = ""
    amount: Decimal = Decimal(0)


@dataclass
class RaceCost:
    """What a comparable race cost, for the 15% fundraising test."""

    year: int = 0
    race: str = ""
    stage: Stage = Stage.GENERAL
    total_spent: Decimal = Decimal(0)
    source: str = ""


@dataclass
class FundraisingSettings:
    raised_to_date: Decimal = Decimal(0)
    from_candidate: Decimal = Decimal(0)
    largest_single_donor: Decimal = Decimal(0)
    donor_count: int = 0
    as_of: date | None = None
    call_time_hours_per_week: float = 10.0
    starting_cash: Decimal = Decimal(0)
    threshold_pct: float = 15.0
    cycles_to_average: int = 3
    low_factor_pct: float = 85.0  # low scenario: spending at 85% of the plan
    high_factor_pct: float = 115.0  # high scenario: spending at 115% of the plan


@dataclass(slots=True)
class ContributionGift:
    """One counted gift of a contribution export, as the plan keeps it: no donor identity."""

    receipt: str = ""  # one-way digest of the receipt id (see domain/contributions.py)
    donor: str = ""  # one-way digest of the donor id, else of the normalized name and ZIP
    month: str = ""  # "YYYY-MM"
    amount: Decimal = Decimal(0)
    fee: Decimal = Decimal(0)


@dataclass
class Contributions:
    """What the plan keeps of the candidate's contribution exports (domain notes §9).

    Totals, plus one-way digests of receipt and donor keys so that a gift and a donor count
    once across imports; never a donor's name, address, email, phone or employer.
    """

    platform: str = ""  # "ActBlue", or "" for another platform's CSV
    first_date: date | None = None  # the first and last day the exports cover
    last_date: date | None = None
    imported_on: date | None = None
    raised: Decimal = Decimal(0)  # gross: the gifts' amounts, refunds out
    fees: Decimal = Decimal(0)  # the platform's fees, shown apart (not subtracted)
    from_candidate: Decimal = Decimal(0)
    largest_single_donor: Decimal = Decimal(0)  # the candidate left out
    donor_count: int = 0
    gift_count: int = 0
    refund_count: int = 0
    by_month: dict[str, Decimal] = field(default_factory=dict)
    #: Random per plan (hex), made at the first import: the key of every digest.
    salt: str = ""
    #: Donor digests the user confirmed as the candidate.
    candidate_donors: list[str] = field(default_factory=list)
    gifts: list[ContributionGift] = field(default_factory=list)
    #: Receipt digests of refunded gifts, so a later import of an older export leaves them out.
    refunded: list[str] = field(default_factory=list)


@dataclass
class Section:
    key: str = ""
    text: str = ""
    status: SectionStatus = SectionStatus.EMPTY
    updated: datetime | None = None


@dataclass
class ValueAnswer:
    value_id: str = ""
    statement: str = ""
    answer: str = ""


@dataclass
class DisclosureItem:
    category: DisclosureCategory = DisclosureCategory.OTHER
    finding: str = ""
    explanation: str = ""


@dataclass
class Disclosure:
    nothing_to_disclose: bool = False
    statement: str = ""
    items: list[DisclosureItem] = field(default_factory=list)


@dataclass
class TimelineEvent:
    title: str = ""
    when: date | None = None
    kind: EventKind = EventKind.HARD
    category: str = ""
    done: bool = False
    note: str = ""


@dataclass
class ChecklistItem:
    step: str = ""
    due: date | None = None
    done: bool = False
    note: str = ""


@dataclass
class CoachNote:
    section: str = ""  # a section key, or "" for the plan as a whole
    author: str = ""
    created: datetime | None = None
    text: str = ""


@dataclass
class NextStep:
    text: str = ""
    owner: str = ""
    due: date | None = None
    done: bool = False


@dataclass
class CoachingSession:
    when: datetime | None = None
    coach: str = ""
    agenda: str = ""
    decisions: str = ""
    next_steps: list[NextStep] = field(default_factory=list)
    snapshot: dict[str, str] = field(default_factory=dict)  # section key -> text at the session


@dataclass
class PrecinctVotes:
    """One place's figures in one past election, as a results file gives them (§8)."""

    county: str = ""
    precinct: str = ""  # the label as the file writes it
    votes: dict[str, int] = field(default_factory=dict)  # candidate -> votes in the contest
    write_in_votes: int = 0
    ballots_cast: int | None = None
    registered_voters: int | None = None


@dataclass
class TargetingElection:
    """One results file imported for targeting: the contest's votes in each of its places."""

    source: str = ""  # the file's name
    year: int | None = None
    contest: str = ""  # the contest's name in the file
    parties: dict[str, str] = field(default_factory=dict)  # candidate -> party, when given
    places: list[PrecinctVotes] = field(default_factory=list)


@dataclass
class TargetingSettings:
    """Where the votes are: the imported elections and the user's choices (domain.md §8)."""

    office: str = ""
    district: str = ""
    county: str = ""
    #: The candidates (or party codes) whose shares stand for "a candidate like you".
    references: list[str] = field(default_factory=list)
    base_pct: float = 65.0  # support at or above: base (turnout work)
    persuasion_pct: float = 35.0  # support at or above, below base: persuasion
    #: Share of doors per expected vote in each tier, in per cent of a persuasion precinct's.
    base_door_weight_pct: float = 50.0
    low_door_weight_pct: float = 0.0
    #: Places the user marked as not on a map ("county|precinct" as shown).
    not_geographic: list[str] = field(default_factory=list)
    elections: list[TargetingElection] = field(default_factory=list)


@dataclass
class PlanMeta:
    title: str = ""
    profile_id: str = "default"
    created: datetime | None = None
    prepared_on: date | None = None  # the "as of" date for the plan's calculations
    #: The version of Winbook's targeting model the user last saw this plan's figures under
    #: (0: made before turnout ranges; the window tells once how the figures changed).
    targets_model: int = 0


@dataclass
class Plan:
    meta: PlanMeta = field(default_factory=PlanMeta)
    candidate: Candidate = field(default_factory=Candidate)
    filing: FilingStatus = field(default_factory=FilingStatus)
    race: Race = field(default_factory=Race)
    history: list[PastElection] = field(default_factory=list)
    turnout: TurnoutSettings = field(default_factory=TurnoutSettings)
    win: WinSettings = field(default_factory=WinSettings)
    path: PathSettings = field(default_factory=PathSettings)
    expenses: list[ExpenseLine] = field(default_factory=list)
    income: list[IncomeLine] = field(default_factory=list)
    race_costs: list[RaceCost] = field(default_factory=list)
    fundraising: FundraisingSettings = field(default_factory=FundraisingSettings)
    sections: list[Section] = field(default_factory=list)
    values: list[ValueAnswer] = field(default_factory=list)
    disclosure: Disclosure = field(default_factory=Disclosure)
    timeline: list[TimelineEvent] = field(default_factory=list)
    checklist: list[ChecklistItem] = field(default_factory=list)
    coach_notes: list[CoachNote] = field(default_factory=list)
    sessions: list[CoachingSession] = field(default_factory=list)
    targeting: TargetingSettings = field(default_factory=TargetingSettings)
    contributions: Contributions = field(default_factory=Contributions)

    def get_section(self, key: str) -> Section:
        """The section with ``key``, or an empty one NOT added to the plan (for reading)."""
        return next((s for s in self.sections if s.key == key), Section(key=key))

    def section(self, key: str) -> Section:
        """The section with ``key``, created empty (and added) if the plan has none yet."""
        for s in self.sections:
            if s.key == key:
                return s
        s = Section(key=key)
        self.sections.append(s)
        return s


#: The parts of a plan that are stored and edited as a unit (attribute names of `Plan`).
PLAN_PARTS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Plan))
