"""Fundraising: sources, call time, events, money raised so far, and the 15% test."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QWidget

from winbook.app.document import PlanDocument
from winbook.domain.explain import fmt_money
from winbook.domain.model import INCOME_LABELS, IncomeSource
from winbook.ui.forms.ui_page_fundraising import Ui_PageFundraising
from winbook.ui.models.plan_models import race_cost_model
from winbook.ui.models.table import RowsModel
from winbook.ui.pages.base import PlanPage, setup_rows_table, show_steps, show_warnings


class FundraisingPage(PlanPage):
    key = "fundraising"
    title = "Fundraising"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.ui = Ui_PageFundraising()
        self.ui.setupUi(self)
        ui = self.ui
        self._bind()
        self.sources = RowsModel(["Source", "Planned income", "Share"], [False, True, True], self)
        setup_rows_table(ui.sources_table, self.sources)
        self.costs = race_cost_model(doc, self)
        self.add_table(ui.race_costs_table, self.costs, ui.add_cost_button, ui.remove_cost_button)
        ui.section_editor.attach(doc, "fundraising", embedded=True)
        self.load()

    def _bind(self) -> None:
        ui, b = self.ui, self.binder
        ui.call_time_edit.setUnit("h")
        b.bind(
            ui.call_time_edit,
            "fundraising",
            "call_time_hours_per_week",
            help="Hours a week the candidate spends asking donors for money.",
            source="call_time",
            default=10.0,
        )
        b.bind(ui.raised_edit, "fundraising", "raised_to_date", help="All money raised so far.")
        b.bind(
            ui.from_candidate_edit,
            "fundraising",
            "from_candidate",
            help="Of that, what came from the candidate (it does not count for the test).",
            source="fundraising_test",
        )
        b.bind(
            ui.largest_donor_edit,
            "fundraising",
            "largest_single_donor",
            help="The biggest total from one donor.",
            source="fundraising_test",
        )
        b.bind(ui.donor_count_edit, "fundraising", "donor_count", help="How many people gave.")
        b.bind(ui.as_of_edit, "fundraising", "as_of", help="The date of these figures.")
        b.bind(
            ui.threshold_edit,
            "fundraising",
            "threshold_pct",
            help="The share of the average comparable race cost to raise.",
            source="fundraising_test",
            default=15.0,
        )
        b.bind(
            ui.cycles_edit,
            "fundraising",
            "cycles_to_average",
            help="How many past cycles of comparable races to average (1 to 3).",
            source="fundraising_test",
            default=3,
        )

    def refresh_figures(self) -> None:
        ui, f = self.ui, self.doc.figures.fundraising
        budget = self.doc.figures.budget
        total = budget.total_income
        self.sources.set_rows(
            [
                [INCOME_LABELS[s], fmt_money(v), f"{v / total * 100:.1f}%" if total else ""]
                for s, v in budget.income_by_source.items()
            ]
        )
        share = f.call_time_share_pct
        ui.call_share_label.setText(
            f"Call time brings {share:.1f}% of planned income; call time usually raises "
            "50-75% or more."
            if share is not None
            else "Add income lines on the Budget page to see where the money comes from."
        )
        events = [i for i in self.doc.plan.income if i.source is IncomeSource.EVENTS]
        event_total = sum((i.amount for i in events), Decimal(0))
        ui.events_label.setText(
            f"Events: {len(events)} planned, {fmt_money(event_total)} in all"
            + (": " + "; ".join(f"{i.description or 'event'} ({i.month})" for i in events))
            if events
            else "Events: none planned yet (add them as income lines from events)."
        )
        if f.passed is None:
            verdict = "The 15% test cannot be judged yet"
        elif f.passed:
            verdict = (
                f"Passed: {fmt_money(f.counted)} counted, {fmt_money(f.threshold or 0)} needed"
            )
        else:
            verdict = (
                f"Not yet passed: {fmt_money(f.counted)} counted, "
                f"{fmt_money(f.threshold or 0)} needed"
            )
        ui.test_result_label.setText(verdict)
        ui.test_result_label.setAccessibleName(verdict)
        show_steps(ui.test_steps_label, f.steps)
        show_warnings(ui.warnings_label, f.warnings)
