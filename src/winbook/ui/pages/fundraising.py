"""Fundraising: sources, call time, events, money raised so far, and the 15% test."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QWidget

from winbook.app.document import PlanDocument
from winbook.domain.budget import FundraisingResult
from winbook.domain.contribution_notes import outside_budget, replaces_typed
from winbook.domain.contributions import export_label, has_import
from winbook.domain.dates import format_date, format_month
from winbook.domain.explain import fmt_money, fmt_money_alike
from winbook.domain.model import INCOME_LABELS, Contributions, IncomeSource, Plan
from winbook.domain.parts import CONTRIBUTIONS, FUNDRAISING
from winbook.domain.readiness import stale_export
from winbook.errors import WinbookError
from winbook.ui.contributions_import import ContributionsImportDialog
from winbook.ui.forms.ui_page_fundraising import Ui_PageFundraising
from winbook.ui.models.plan_models import race_cost_model
from winbook.ui.models.table import RowsModel
from winbook.ui.pages.base import PlanPage, setup_rows_table, show_steps, show_warnings

IMPORT_FILTER = "Contribution exports (*.csv *.txt);;All files (*)"


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
        ui.import_contributions_button.clicked.connect(self.import_contributions)
        ui.clear_contributions_button.clicked.connect(self.clear_contributions)
        self.load()

    # ------------------------------------------------------------------ contributions

    def import_contributions(self) -> bool:
        """Ask for one or more contribution exports and import them (see `import_files`)."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self, "Import contributions", str(Path.home()), IMPORT_FILTER
        )
        return bool(paths) and self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> bool:
        """Map, confirm the candidate's gifts, then keep the figures as ONE undo step.

        A file that cannot be read is one sentence in a message box; the plan is unchanged."""
        try:
            dialog = ContributionsImportDialog(paths, self.doc.plan, self)
        except WinbookError as exc:
            QMessageBox.warning(self, "Cannot import the contributions", str(exc))
            return False
        try:
            if dialog.was_cancelled() or dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            merged, report = dialog.contributions(), dialog.report()
        finally:
            dialog.deleteLater()
        if merged is None or report is None:
            return False
        names = ", ".join(p.name for p in paths)
        self.doc.set_object(CONTRIBUTIONS, merged, f"Import contributions from {names}")
        gifts = f"{report.new_gifts:,} new gift{'' if report.new_gifts == 1 else 's'}"
        self._say(
            f"Imported {names}: {gifts}; {fmt_money(merged.raised, cents=True)} raised in all "
            "(Edit → Undo takes the import out)."
        )
        return True

    def clear_contributions(self) -> None:
        """Count the typed figures again (one undo step)."""
        if has_import(self.doc.plan):
            salt = self.doc.plan.contributions.salt
            self.doc.set_object(CONTRIBUTIONS, Contributions(salt=salt), "Type the figures")

    def _say(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10000)

    def _show_contributions(self) -> None:
        ui, plan = self.ui, self.doc.plan
        imported = has_import(plan)
        for edit in (
            ui.raised_edit,
            ui.from_candidate_edit,
            ui.largest_donor_edit,
            ui.donor_count_edit,
            ui.as_of_edit,
        ):  # the typed figures do not count while there is an import: out of sight
            edit.setVisible(not imported)
            label = ui.raised_form.labelForField(edit)
            if label is not None:
                label.setVisible(not imported)
        ui.clear_contributions_button.setVisible(imported)
        ui.contributions_label.setTextFormat(Qt.TextFormat.RichText)
        figures = self.doc.figures
        months = [m.month for m in figures.budget.cash_flow]
        ui.contributions_label.setText(contributions_html(plan, figures.fundraising, months))

    def _bind(self) -> None:
        ui, b = self.ui, self.binder
        ui.call_time_edit.setUnit("h")
        b.bind(
            ui.call_time_edit,
            FUNDRAISING.field("call_time_hours_per_week"),
            help="Hours a week the candidate spends asking donors for money.",
            source="call_time",
            default=10.0,
        )
        b.bind(ui.raised_edit, FUNDRAISING.field("raised_to_date"), help="All money raised so far.")
        b.bind(
            ui.from_candidate_edit,
            FUNDRAISING.field("from_candidate"),
            help="Of that, what came from the candidate (it does not count for the test).",
            source="fundraising_test",
        )
        b.bind(
            ui.largest_donor_edit,
            FUNDRAISING.field("largest_single_donor"),
            help="The biggest total from one donor.",
            source="fundraising_test",
        )
        b.bind(
            ui.donor_count_edit,
            FUNDRAISING.field("donor_count"),
            help="How many people gave, you included if you gave.",
        )
        b.bind(ui.as_of_edit, FUNDRAISING.field("as_of"), help="The date of these figures.")
        b.bind(
            ui.threshold_edit,
            FUNDRAISING.field("threshold_pct"),
            help="The share of the average comparable race cost to raise.",
            source="fundraising_test",
            default=15.0,
        )
        b.bind(
            ui.cycles_edit,
            FUNDRAISING.field("cycles_to_average"),
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
            + (
                ": "
                + "; ".join(
                    f"{i.description or 'event'} ({format_month(i.month) or 'no month'})"
                    for i in events
                )
            )
            if events
            else "Events: none planned yet (add them as income lines from events)."
        )
        counted, needed = fmt_money_alike(f.counted, f.threshold or Decimal(0))
        if f.passed is None:
            verdict = "The 15% test cannot be judged yet"
        elif f.passed:
            verdict = f"Passed: {counted} counted, {needed} needed"
        else:
            verdict = f"Not yet passed: {counted} counted, {needed} needed"
        if f.source:
            verdict += f" ({f.source})"
        ui.test_result_label.setText(verdict)
        ui.test_result_label.setAccessibleName(verdict)
        show_steps(ui.test_steps_label, f.steps)
        show_warnings(ui.warnings_label, f.warnings)
        self._show_contributions()


def contributions_html(
    plan: Plan, f: FundraisingResult, budget_months: list[str] | None = None
) -> str:
    """What the page says about the import (or how to make one), as rich text."""
    if not has_import(plan):
        return (
            "Import your contribution export (ActBlue's CSV, or another platform's) to count "
            "what you have really raised, or type the figures below."
        )
    c = plan.contributions

    def share(x: float | None) -> str:
        return "" if x is None else f" ({x:.1f}% of all raised)"

    gifts = f"{c.gift_count:,} gift{'' if c.gift_count == 1 else 's'}"
    refunds = f", {c.refund_count:,} refunded left out" if c.refund_count else ""
    rows = [
        ("Raised", f"{fmt_money(c.raised, cents=True)} in {gifts}{refunds}"),
        ("Platform fees", f"{fmt_money(c.fees, cents=True)} (shown apart, not subtracted)"),
        ("From you", fmt_money(c.from_candidate, cents=True) + share(f.candidate_share_pct)),
        (
            "Largest single donor",
            fmt_money(c.largest_single_donor, cents=True) + share(f.largest_share_pct),
        ),
        ("Donors", f"{c.donor_count:,}"),
    ]
    table = "".join(
        f"<tr><td>{escape(k)}:&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows
    )
    head = (
        f"<b>From {escape(export_label(c))}</b> ({format_date(c.first_date)} to "
        f"{format_date(c.last_date)}); the fundraising test counts these figures."
    )
    stale = stale_export(plan)
    warn = f"<p><b>{escape(stale)}</b></p>" if stale else ""
    # the same sentences as `winbook contributions`: what the import replaces, and gifts
    # dated outside the budget's months
    notes = [replaces_typed(plan.fundraising), outside_budget(c.by_month, budget_months or [])]
    warn += "".join(f"<p>{escape(n, quote=False)}</p>" for n in notes if n)
    return f"<p>{head}</p><table>{table}</table>{warn}"
