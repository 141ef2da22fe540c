"""The plan's editable tables: one column list and one constructor per list part."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from winbook.domain import parts
from winbook.domain.labels import EVENT_KIND_WORDS
from winbook.domain.model import (
    CHANNEL_LABELS,
    CYCLE_LABELS,
    DISCLOSURE_LABELS,
    EXPENSE_LABELS,
    INCOME_LABELS,
    BaseShare,
    ChannelPlan,
    ChecklistItem,
    CycleType,
    DisclosureItem,
    EventKind,
    ExpenseCategory,
    ExpenseLine,
    IncomeLine,
    IncomeSource,
    PastElection,
    RaceCost,
    Stage,
    TimelineEvent,
)
from winbook.domain.path import CHANNEL_DEFAULTS
from winbook.domain.sources import SOURCES
from winbook.domain.turnout import competitiveness
from winbook.ui.models.columns import Column, Kind, columns_for
from winbook.ui.models.table import PlanListModel

if TYPE_CHECKING:
    from winbook.app.document import PlanDocument

STAGE_LABELS: dict[Stage, str] = {Stage.GENERAL: "General", Stage.PRIMARY: "Primary"}
#: A month column's hover text: the shapes it reads.
MONTH_HELP = "The month the money {}: Sep 2027, September 2027, 9/2027 or 2027-09."
EVENT_KIND_LABELS: dict[EventKind, str] = EVENT_KIND_WORDS
#: The timeline's categories (`winbook.domain.validation.TIMELINE_CATEGORIES`) in words.
TIMELINE_CATEGORY_LABELS: dict[str, str] = {
    "filing": "Filing",
    "petition": "Petitions",
    "finance_report": "Finance report",
    "registration": "Voter registration",
    "early_vote": "Early voting",
    "mail_ballots": "Mail ballots",
    "election_day": "Election day",
    "endorsement": "Endorsement",
    "campaign": "Campaign",
    "post_election": "After the election",
}
TIMELINE_CATEGORY_WORDS: tuple[str, ...] = tuple(TIMELINE_CATEGORY_LABELS.values())

HISTORY_COLUMNS = columns_for(
    parts.HISTORY,
    Column("year", "Year", Kind.YEAR, "The year of the past election."),
    Column("cycle", "Cycle", Kind.ENUM, "Presidential, midterm or odd-year.", CYCLE_LABELS),
    Column("stage", "Stage", Kind.ENUM, "General or primary.", STAGE_LABELS),
    Column("registered", "Registered", Kind.OPT_INT, "Registered voters at that election."),
    Column("ballots_cast", "Ballots cast", Kind.OPT_INT, "All ballots cast in the election."),
    Column(
        "contest_votes",
        "Contest votes",
        Kind.OPT_INT,
        "All votes cast in this contest (a vote-for-N ballot gives up to N).",
    ),
    Column(
        "contest_ballots",
        "Contest ballots",
        Kind.OPT_INT,
        "Ballots with a vote in this contest, if the results say so.",
    ),
    Column("winner_votes", "Winner", Kind.OPT_INT, "The top vote-getter's votes."),
    Column(
        "last_winner_votes",
        "Last winner",
        Kind.OPT_INT,
        "In a vote-for-N race: the votes of the last candidate who won a seat.",
    ),
    Column(
        "first_loser_votes",
        "First loser",
        Kind.OPT_INT,
        "In a vote-for-N race: the votes of the best candidate who did not win.",
    ),
    Column("seats", "Seats", Kind.INT, "How many seats the contest filled."),
    Column("note", "Note", Kind.TEXT, "Anything unusual about this election."),
    Column(
        "candidates",
        "Candidates",
        Kind.OPT_INT,
        "Named candidates on the ballot that year (write-ins not counted): it shows which years "
        "were uncontested.",
    ),
    Column(
        "roll_off_pct",
        "Roll-off %",
        Kind.OPT_FLOAT,
        "Measured from a results file: the share of ballots cast in the contest's own precincts "
        "that skipped it. Leave empty when you type a row.",
    ),
    Column(
        "competitiveness",
        "How it counts",
        Kind.TEXT,
        "Uncontested, write-in-only and blowout years (winner 70% or more) turn out fewer "
        "voters: they are left out of the average while two contested years remain.",
        editable=False,
        derive=lambda e: competitiveness(e) or "contested",
    ),
    Column(
        "use_anyway",
        "Count anyway",
        Kind.BOOL,
        "Tick to count a flagged year in the projection all the same.",
    ),
)

EXPENSE_COLUMNS = columns_for(
    parts.EXPENSES,
    Column("category", "Category", Kind.ENUM, "What the money is for.", EXPENSE_LABELS),
    Column("description", "Description", Kind.TEXT, "A few words: what exactly is bought."),
    Column(
        "month",
        "Month",
        Kind.MONTH,
        MONTH_HELP.format("is spent"),
    ),
    Column("amount", "Amount", Kind.MONEY, "The amount in dollars."),
    Column("in_kind", "In kind", Kind.BOOL, "Donated goods or services rather than cash."),
)

INCOME_COLUMNS = columns_for(
    parts.INCOME,
    Column("source", "Source", Kind.ENUM, "Where the money comes from.", INCOME_LABELS),
    Column("description", "Description", Kind.TEXT, "A few words: which event, which ask."),
    Column(
        "month",
        "Month",
        Kind.MONTH,
        MONTH_HELP.format("comes in"),
    ),
    Column("amount", "Amount", Kind.MONEY, "The amount in dollars."),
)

RACE_COST_COLUMNS = columns_for(
    parts.RACE_COSTS,
    Column("year", "Year", Kind.YEAR, "The year of the comparable race."),
    Column("race", "Race", Kind.TEXT, "Which race (office, district, candidate)."),
    Column(
        "stage", "Stage", Kind.ENUM, "A primary and a general are separate races.", STAGE_LABELS
    ),
    Column("total_spent", "Total spent", Kind.MONEY, "What the campaign spent in all."),
    Column("source", "Source", Kind.TEXT, "Where the figure comes from (finance filings...)."),
)

BASE_SHARE_COLUMNS = columns_for(
    parts.BASE_SHARES,
    Column("year", "Year", Kind.YEAR, "The year of the past result."),
    Column("label", "Candidate or race", Kind.TEXT, "Who: a candidate like you."),
    Column("share_pct", "Share", Kind.PCT, "Their share of the vote, in percent."),
)

CHANNEL_COLUMNS = columns_for(
    parts.CHANNELS,
    Column("channel", "Channel", Kind.ENUM, "How voters are contacted.", CHANNEL_LABELS, (), False),
    Column("share_pct", "Share of contacts", Kind.PCT, "The share of contacts this channel makes."),
    Column("attempts_per_hour", "Attempts / hour", Kind.OPT_FLOAT, "Doors knocked or dials made."),
    Column("contacts_per_hour", "Contacts / hour", Kind.OPT_FLOAT, "Conversations with a voter."),
    Column(
        "contacts_per_vote",
        "Contacts / vote (reference)",
        Kind.OPT_FLOAT,
        "Contacts per vote gained in field experiments (Green and Gerber): for reference; the "
        "path's contacts come from the support and turnout rates.",
    ),
)

TIMELINE_COLUMNS = columns_for(
    parts.TIMELINE,
    Column("title", "What", Kind.TEXT, "The deadline or milestone."),
    Column("when", "Date", Kind.DATE, "The date, e.g. 11/3/2026 or Nov 3, 2026."),
    Column("kind", "Kind", Kind.ENUM, "Hard (legal), internal or milestone.", EVENT_KIND_LABELS),
    Column(
        "category",
        "Category",
        Kind.TEXT,
        "Filing, petitions, finance report, voter registration, early voting, mail ballots...",
        TIMELINE_CATEGORY_LABELS,
        TIMELINE_CATEGORY_WORDS,
    ),
    Column("done", "Done", Kind.BOOL, "Tick when it is done."),
    Column("note", "Note", Kind.TEXT, "Anything to remember."),
)

CHECKLIST_COLUMNS = columns_for(
    parts.CHECKLIST,
    Column("step", "Step", Kind.TEXT, "One filing step (forms, fees, signatures...)."),
    Column("due", "Due", Kind.DATE, "When it is due, e.g. 11/3/2026 or Nov 3, 2026."),
    Column("done", "Done", Kind.BOOL, "Tick when it is done."),
    Column("note", "Note", Kind.TEXT, "Where, who, how much."),
)

DISCLOSURE_COLUMNS = columns_for(
    parts.DISCLOSURE_ITEMS,
    Column("category", "Category", Kind.ENUM, "What kind of finding.", DISCLOSURE_LABELS),
    Column("finding", "What a check will find", Kind.TEXT, "The facts, plainly."),
    Column("explanation", "Your explanation", Kind.TEXT, "Your own account of it."),
)


def history_model(doc: PlanDocument, parent: QObject | None = None) -> PlanListModel[PastElection]:
    def new() -> PastElection:
        race = doc.plan.race
        years = [e.year for e in doc.plan.history if e.year]
        step = 4 if race.cycle in (CycleType.PRESIDENTIAL, CycleType.MIDTERM) else 2
        if years:
            year = min(years) - step
        elif race.election_date:
            year = race.election_date.year - step
        else:
            year = 0
        return PastElection(year=year, cycle=race.cycle, stage=race.stage, seats=race.seats)

    return PlanListModel(doc, parts.HISTORY, HISTORY_COLUMNS, new, "election", parent)


def expense_model(doc: PlanDocument, parent: QObject | None = None) -> PlanListModel[ExpenseLine]:
    def new() -> ExpenseLine:
        last = doc.plan.expenses[-1] if doc.plan.expenses else None
        return ExpenseLine(
            category=last.category if last else ExpenseCategory.LITERATURE,
            month=last.month if last else "",
            amount=Decimal(0),
        )

    return PlanListModel(doc, parts.EXPENSES, EXPENSE_COLUMNS, new, "expense line", parent)


def income_model(doc: PlanDocument, parent: QObject | None = None) -> PlanListModel[IncomeLine]:
    def new() -> IncomeLine:
        last = doc.plan.income[-1] if doc.plan.income else None
        return IncomeLine(
            source=last.source if last else IncomeSource.CALL_TIME,
            month=last.month if last else "",
        )

    return PlanListModel(doc, parts.INCOME, INCOME_COLUMNS, new, "income line", parent)


def race_cost_model(doc: PlanDocument, parent: QObject | None = None) -> PlanListModel[RaceCost]:
    return PlanListModel(
        doc,
        parts.RACE_COSTS,
        RACE_COST_COLUMNS,
        lambda: RaceCost(stage=doc.plan.race.stage),
        "race cost",
        parent,
    )


def base_share_model(doc: PlanDocument, parent: QObject | None = None) -> PlanListModel[BaseShare]:
    return PlanListModel(doc, parts.BASE_SHARES, BASE_SHARE_COLUMNS, BaseShare, "result", parent)


RATE_FIELDS: tuple[str, ...] = ("attempts_per_hour", "contacts_per_hour", "contacts_per_vote")


class ChannelModel(PlanListModel[ChannelPlan]):
    """Channel mix: every rate's hover text names its published default and source."""

    def _tooltip(self, row: int, col: Column[ChannelPlan]) -> str | None:
        base = super()._tooltip(row, col)
        if col.field not in RATE_FIELDS:
            return base
        channel = self.items()[row].channel
        default = CHANNEL_DEFAULTS[channel]
        value = getattr(default, col.field)
        src = SOURCES.get(default.source)
        shown = "none published" if value is None else f"{value:g}"
        text = f"Default: {shown}" + (f" ({src.title}: {src.detail})" if src else "")
        return f"{base}\n{text}" if base else text

    def reset_rates(self, rows: list[int]) -> None:
        """Put the published default rates back on ``rows`` (one undo step)."""
        with self.doc.macro("Reset contact rates to defaults"):
            for row in rows:
                default = CHANNEL_DEFAULTS[self.items()[row].channel]
                for field in RATE_FIELDS:
                    self.set_field(row, field, getattr(default, field))


def channel_model(doc: PlanDocument, parent: QObject | None = None) -> ChannelModel:
    return ChannelModel(doc, parts.CHANNELS, CHANNEL_COLUMNS, ChannelPlan, "channel", parent)


def timeline_model(
    doc: PlanDocument, parent: QObject | None = None
) -> PlanListModel[TimelineEvent]:
    return PlanListModel(doc, parts.TIMELINE, TIMELINE_COLUMNS, TimelineEvent, "date", parent)


def checklist_model(
    doc: PlanDocument, parent: QObject | None = None
) -> PlanListModel[ChecklistItem]:
    return PlanListModel(doc, parts.CHECKLIST, CHECKLIST_COLUMNS, ChecklistItem, "step", parent)


def disclosure_model(
    doc: PlanDocument, parent: QObject | None = None
) -> PlanListModel[DisclosureItem]:
    return PlanListModel(
        doc, parts.DISCLOSURE_ITEMS, DISCLOSURE_COLUMNS, DisclosureItem, "finding", parent
    )
