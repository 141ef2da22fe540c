"""Timeline: key dates counted back from election day, internal deadlines a week ahead of each
hard date, and a chart of dates by month."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from winbook.app.document import PlanDocument
from winbook.domain.dates import format_date
from winbook.domain.model import EventKind, Plan, TimelineEvent
from winbook.domain.parts import RACE, TIMELINE
from winbook.ui.charts import ChartData, Series
from winbook.ui.forms.ui_page_timeline import Ui_PageTimeline
from winbook.ui.models.plan_models import EVENT_KIND_LABELS, timeline_model
from winbook.ui.models.table import RowsModel
from winbook.ui.pages.base import PlanPage, setup_rows_table, show_warnings

INTERNAL_LEAD = timedelta(days=7)
#: Hard dates that need no internal deadline a week ahead of them.
NO_INTERNAL_DEADLINE = frozenset({"election_day", "post_election"})

#: (category, title) of the key dates every plan needs, in calendar order.
STANDARD_DATES: tuple[tuple[str, str], ...] = (
    ("filing", "Filing deadline"),
    ("petition", "Petition signatures due"),
    ("finance_report", "Campaign-finance report due"),
    ("endorsement", "Endorsement application deadline"),
    ("registration", "Voter registration deadline"),
    ("mail_ballots", "Mail ballots go out"),
    ("early_vote", "Early voting starts"),
    ("election_day", "Election day"),
)


def standard_events(plan: Plan) -> list[TimelineEvent]:
    """The standard key dates the plan does not have yet (matched by category).

    Dates the race already knows (filing deadline, early voting, election day) are filled in;
    the others are left empty for the candidate to look up with the election office.
    """
    race = plan.race
    known: dict[str, date | None] = {
        "filing": race.filing_deadline,
        "early_vote": race.early_voting_start,
        "election_day": race.election_date,
    }
    have = {e.category for e in plan.timeline}
    return [
        TimelineEvent(
            title=title,
            when=known.get(category),
            kind=EventKind.HARD,
            category=category,
            note="" if known.get(category) else "Date to confirm with the election office.",
        )
        for category, title in STANDARD_DATES
        if category not in have
    ]


def internal_deadlines(plan: Plan) -> list[TimelineEvent]:
    """An internal deadline a week before each dated hard date (not yet in the plan).

    Election day (and anything after it) gets none: nothing is handed in on election day, so a
    week ahead of it is the last contact wave, not a deadline."""
    have = {(e.title, e.when) for e in plan.timeline if e.kind is EventKind.INTERNAL}
    out = []
    hard = [
        (e.when, e)
        for e in plan.timeline
        if e.kind is EventKind.HARD and e.when and e.category not in NO_INTERNAL_DEADLINE
    ]
    for when, e in sorted(hard, key=lambda pair: pair[0]):
        item = TimelineEvent(
            title=f"Internal: {e.title}",
            when=when - INTERNAL_LEAD,
            kind=EventKind.INTERNAL,
            category=e.category,
        )
        if (item.title, item.when) not in have:
            out.append(item)
    return out


class TimelinePage(PlanPage):
    key = "timeline"
    title = "Timeline"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.ui = Ui_PageTimeline()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = timeline_model(doc, self)
        self.tools = self.add_table(
            ui.timeline_table, self.model, ui.add_event_button, ui.remove_event_button
        )
        ui.add_standard_button.clicked.connect(self.add_standard)
        ui.add_internal_button.clicked.connect(self.add_internal)
        self.internal = RowsModel(
            ["Internal deadline", "Date", "Hard date", "Days before"],
            [False, False, False, True],
            self,
        )
        setup_rows_table(ui.internal_table, self.internal)
        ui.section_editor.attach(doc, "timeline", embedded=True)
        doc.partChanged.connect(self._on_part)
        self.load()

    def add_standard(self) -> None:
        items = standard_events(self.doc.plan)
        if not items:
            self.tools.report("The standard key dates are all in the timeline already.")
            return
        self.doc.insert_items(
            TIMELINE, len(self.doc.plan.timeline), items, "Add the standard key dates"
        )

    def add_internal(self) -> None:
        items = internal_deadlines(self.doc.plan)
        if not items:
            self.tools.report("Every dated hard deadline already has its internal deadline.")
            return
        self.doc.insert_items(
            TIMELINE, len(self.doc.plan.timeline), items, "Add internal deadlines"
        )

    def _on_part(self, part: str) -> None:
        if part in (TIMELINE.path, RACE.path):
            self.refresh_figures()

    def refresh_figures(self) -> None:
        plan = self.doc.plan
        items = internal_deadlines(plan) + [
            e for e in plan.timeline if e.kind is EventKind.INTERNAL and e.when
        ]
        dated = sorted((item.when, item.title) for item in items if item.when is not None)
        rows = [
            [title, format_date(when), format_date(when + INTERNAL_LEAD), "7"]
            for when, title in dated
        ]
        self.internal.set_rows(rows)
        show_warnings(
            self.ui.warnings_label,
            [p.message for p in self.doc.problems if p.part == TIMELINE.path],
        )
        self.ui.timeline_chart.set_data(self.chart_data())

    def chart_data(self) -> ChartData:
        dated = [e for e in self.doc.plan.timeline if e.when is not None]
        months = sorted({e.when.strftime("%Y-%m") for e in dated if e.when})
        series = []
        for kind in EventKind:
            counts = Counter(e.when.strftime("%Y-%m") for e in dated if e.kind is kind and e.when)
            if counts:
                series.append(Series(EVENT_KIND_LABELS[kind], [float(counts[m]) for m in months]))
        return ChartData(
            title="Key dates by month",
            categories=months,
            series=series,
            empty_text="Add key dates with a date to see them by month.",
        )
