"""Budget: spending and income tables, totals, monthly cash flow, norms and scenarios."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QWidget

from winbook.app import settings
from winbook.app.document import PlanDocument
from winbook.domain.contributions import actual_by_month, actual_outside
from winbook.domain.dates import format_month
from winbook.domain.explain import fmt_money
from winbook.domain.model import EXPENSE_LABELS
from winbook.domain.parts import EXPENSES, FUNDRAISING, INCOME
from winbook.domain.path import plural
from winbook.errors import WinbookError
from winbook.ui.budget_import_dialog import BudgetImportDialog
from winbook.ui.charts import ChartData, Series, dollars
from winbook.ui.forms.ui_page_budget import Ui_PageBudget
from winbook.ui.models.plan_models import expense_model, income_model
from winbook.ui.models.table import RowsModel
from winbook.ui.pages.base import PlanPage, bold_font, setup_rows_table, show_warnings

IMPORT_FILTER = "Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)"


def money(x: Decimal | None) -> str:
    return "–" if x is None else fmt_money(x)


class BudgetPage(PlanPage):
    key = "budget"
    title = "Budget"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.ui = Ui_PageBudget()
        self.ui.setupUi(self)
        ui = self.ui
        bold_font(ui.warnings_label)
        self.expenses = expense_model(doc, self)
        self.add_table(
            ui.expenses_table,
            self.expenses,
            ui.add_expense_button,
            ui.remove_expense_button,
            ui.paste_expense_button,
        )
        self.income = income_model(doc, self)
        self.add_table(
            ui.income_table,
            self.income,
            ui.add_income_button,
            ui.remove_income_button,
            ui.paste_income_button,
        )
        self.binder.bind(
            ui.starting_cash_edit,
            FUNDRAISING.field("starting_cash"),
            help="Money in the campaign account before the first month of the budget.",
        )
        self.binder.bind(
            ui.low_factor_edit,
            FUNDRAISING.field("low_factor_pct"),
            help="The low scenario: income and spending at this share of the plan.",
            source="scenarios",
            default=85.0,
        )
        self.binder.bind(
            ui.high_factor_edit,
            FUNDRAISING.field("high_factor_pct"),
            help="The high scenario: income and spending at this share of the plan.",
            source="scenarios",
            default=115.0,
        )
        self.by_category = RowsModel(["Category", "Spending", "Share"], [False, True, True], self)
        self.by_month = RowsModel(["Month", "Spending"], [False, True], self)
        self.cash_flow = RowsModel(
            ["Month", "Income", "Cash spending", "Net", "Cash at month end"],
            [False, True, True, True, True],
            self,
        )
        self.norms = RowsModel(["Norm", "Share", "Within?"], [False, True, False], self)
        self.scenarios = RowsModel(
            ["Scenario", "Spending", "Income", "Cash at the end", "Cost per vote"],
            [False, True, True, True, True],
            self,
        )
        for view, model in (
            (ui.by_category_table, self.by_category),
            (ui.by_month_table, self.by_month),
            (ui.cash_flow_table, self.cash_flow),
            (ui.norms_table, self.norms),
            (ui.scenarios_table, self.scenarios),
        ):
            setup_rows_table(view, model)
        ui.section_editor.attach(doc, "budget", embedded=True)
        ui.import_budget_button.clicked.connect(self.import_spreadsheet)
        self.load()

    # ------------------------------------------------------------------ import

    def import_spreadsheet(self) -> bool:
        """Ask for a workbook or CSV file and import its lines (see `import_file`)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, "Import budget lines", str(self._start_dir()), IMPORT_FILTER
        )
        return bool(path) and self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Map ``path``'s columns in the import dialog, then append its lines as ONE undo step.

        A file that cannot be read is one sentence in a message box; the plan is unchanged."""
        try:
            dialog = BudgetImportDialog(path, self)
        except WinbookError as exc:
            QMessageBox.warning(self, "Cannot import the budget", str(exc))
            return False
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            expenses, income = dialog.expense_lines(), dialog.income_lines()
        finally:
            dialog.deleteLater()
        if not expenses and not income:
            self._say(f"{path.name} has no budget lines to import.")
            return False
        plan = self.doc.plan
        with self.doc.macro(f"Import budget lines from {path.name}"):
            if expenses:
                self.doc.insert_items(EXPENSES, len(plan.expenses), expenses)
            if income:
                self.doc.insert_items(INCOME, len(plan.income), income)
        self._say(_imported_text(path, len(expenses), len(income)))
        return True

    def _start_dir(self) -> Path:
        doc_path = self.doc.path
        if doc_path is not None and not self.doc.is_untitled:
            return doc_path.parent
        recent = settings.recent_files()
        return recent[0].parent if recent else Path.home()

    def _say(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 6000)

    def refresh_figures(self) -> None:
        ui, b = self.ui, self.doc.figures.budget
        outside = actual_outside(self.doc.plan, [f.month for f in b.cash_flow])
        show_warnings(ui.warnings_label, [*b.warnings, *([outside] if outside else [])])
        ui.expenses_total_label.setText(
            f"Total spending {fmt_money(b.total_spending)}, of which {fmt_money(b.in_kind)} "
            f"in kind; {plural(len(self.doc.plan.expenses), 'line')}."
        )
        ui.income_total_label.setText(
            f"Total income {fmt_money(b.total_income)}; "
            f"{plural(len(self.doc.plan.income), 'line')}."
        )
        total = b.total_spending
        self.by_category.set_rows(
            [
                [EXPENSE_LABELS[c], fmt_money(v), f"{v / total * 100:.1f}%" if total else ""]
                for c, v in b.by_category.items()
            ]
        )
        self.by_month.set_rows(
            [[format_month(m) or "(no month)", fmt_money(v)] for m, v in b.by_month.items()]
        )
        self.cash_flow.set_rows(
            [
                [
                    format_month(f.month),
                    fmt_money(f.income),
                    fmt_money(f.spending),
                    fmt_money(f.net),
                    fmt_money(f.cumulative),
                ]
                for f in b.cash_flow
            ]
        )
        self.norms.set_rows(
            [[n.name, f"{n.share_pct:.1f}%", "yes" if n.ok else "no"] for n in b.norms],
            [n.message for n in b.norms],
        )
        self.scenarios.set_rows(
            [
                [
                    s.scenario.value.title(),
                    fmt_money(s.spending),
                    fmt_money(s.income),
                    fmt_money(s.ending_cash),
                    "–" if s.cost_per_vote is None else fmt_money(s.cost_per_vote, cents=True),
                ]
                for s in b.scenarios
            ]
        )
        vc = b.voter_contact_share_pct
        ui.voter_contact_value.setText("–" if vc is None else f"{vc:.1f}% (norm: at least 60-75%)")
        contingency = f"{fmt_money(b.contingency)}"
        if total:
            contingency += f" ({b.contingency / total * 100:.1f}% of spending; norm 5-10%)"
        ui.contingency_value.setText(contingency)
        ui.cost_per_vote_value.setText(
            "–" if b.cost_per_vote is None else f"{fmt_money(b.cost_per_vote, cents=True)} per vote"
        )
        ui.cash_chart.set_data(self.chart_data())

    def chart_data(self) -> ChartData:
        flows = self.doc.figures.budget.cash_flow
        months = [f.month for f in flows]
        actual = actual_by_month(self.doc.plan, months)  # from the contribution export
        raised = (
            [] if actual is None else [Series("Raised (actual)", [float(v or 0) for v in actual])]
        )
        return ChartData(
            title="Cash flow by month",
            categories=months,
            series=[
                Series(
                    "Income" if actual is None else "Income planned",
                    [float(f.income) for f in flows],
                ),
                *raised,
                Series("Cash spending", [float(f.spending) for f in flows]),
                Series("Cash at month end", [float(f.cumulative) for f in flows], "line"),
            ],
            fmt=dollars,
            empty_text="Add spending and income lines with a month (YYYY-MM) to see the cash flow.",
        )


def _imported_text(path: Path, expenses: int, income: int) -> str:
    parts = [f"{expenses} spending line{'s' if expenses != 1 else ''}"] if expenses else []
    if income:
        parts.append(f"{income} income line{'s' if income != 1 else ''}")
    return f"Imported {' and '.join(parts)} from {path.name} (Edit → Undo takes them out)."
