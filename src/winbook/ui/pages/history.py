"""Election history and turnout: comparable elections, the projection method and its steps."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from winbook.app.document import PlanDocument
from winbook.domain.explain import fmt_signed_pct
from winbook.domain.model import TurnoutMethod
from winbook.domain.parts import HISTORY, RACE, TURNOUT
from winbook.domain.path import plural
from winbook.domain.turnout import METHOD_LABELS, TurnoutResult
from winbook.errors import WinbookError
from winbook.ui.charts import ChartData, Series
from winbook.ui.forms.ui_page_history import Ui_PageHistory
from winbook.ui.import_wizard import ImportResultsWizard
from winbook.ui.models.plan_models import history_model
from winbook.ui.models.table import RowsModel
from winbook.ui.pages.base import (
    PlanPage,
    bold_font,
    fmt_opt_int,
    setup_rows_table,
    show_steps,
    show_warnings,
)

EMPTY_TEXT = "Add the last three comparable elections, or import a results file."


class HistoryPage(PlanPage):
    key = "history"
    title = "Election history and turnout"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.ui = Ui_PageHistory()
        self.ui.setupUi(self)
        ui = self.ui
        ui.empty_label.setText(EMPTY_TEXT)
        bold_font(ui.empty_label)
        self.model = history_model(doc, self)
        self.table = self.add_table(
            ui.history_table,
            self.model,
            ui.add_election_button,
            ui.remove_election_button,
            ui.paste_button,
            ui.move_up_button,
            ui.move_down_button,
        )
        self._bind()
        self.methods = RowsModel(["Method", "Projected turnout"], [False, True], self)
        setup_rows_table(ui.by_method_table, self.methods)
        self.backtest = RowsModel(
            ["Election", "Projected from", "Projected", "Actual", "Miss"],
            [False, False, True, True, True],
            self,
        )
        setup_rows_table(ui.backtest_table, self.backtest)
        ui.import_button.clicked.connect(self.import_results)
        self.model.rowsInserted.connect(self._empty_state)
        self.model.rowsRemoved.connect(self._empty_state)
        self.model.modelReset.connect(self._empty_state)
        self.load()

    def _bind(self) -> None:
        ui, b = self.ui, self.binder
        b.bind(
            ui.method_combo, TURNOUT.field("method"), choices=METHOD_LABELS, source="ngpvan_turnout"
        )
        b.bind(
            ui.years_edit,
            TURNOUT.field("years_to_use"),
            help="How many of the most recent comparable elections to average.",
            default=3,
        )
        b.bind(
            ui.roll_off_edit,
            TURNOUT.field("roll_off_pct"),
            help="Down-ballot contests get fewer votes than ballots cast; used when a past "
            "election only has total ballots.",
            source="fairfax_rolloff",
            default=0.0,
        )
        b.bind(
            ui.adjustment_edit,
            TURNOUT.field("adjustment_pct"),
            help="Raise or lower the projection for unusual conditions (+ or - percent).",
            default=0.0,
        )
        ui.registered_edit.optional = True
        b.bind(
            ui.registered_edit,
            RACE.field("registered_voters"),
            help="Current registration, for the turnout-rate method.",
            source="wellstone_turnout",
        )
        ui.manual_turnout_edit.optional = True
        b.bind(
            ui.manual_turnout_edit,
            TURNOUT.field("manual_turnout"),
            help="Your own projected turnout, used with the 'Your own figure' method.",
        )
        b.bind(
            ui.manual_reason_edit, TURNOUT.field("manual_reason"), help="Why you chose this figure."
        )

    def load(self) -> None:
        super().load()
        self._empty_state()

    def _empty_state(self) -> None:
        self.ui.empty_label.setVisible(self.model.rowCount() == 0)

    def refresh_figures(self) -> None:
        t = self.doc.figures.turnout
        ui = self.ui
        text = (
            f"Projected turnout: {t.projected:,} ballots"
            if t.projected is not None
            else "Projected turnout: not yet known"
        )
        ui.projected_label.setText(text)
        ui.projected_label.setAccessibleName(text)
        show_steps(ui.steps_label, t.steps)
        show_warnings(ui.warnings_label, t.warnings)
        self._show_range(t)
        rows = []
        for m in TurnoutMethod:
            mark = " (in use)" if m is t.method else ""
            rows.append(
                [METHOD_LABELS[m] + mark, fmt_opt_int(t.by_method.get(m), "not enough data")]
            )
        self.methods.set_rows(rows)
        manual = self.doc.plan.turnout.method is TurnoutMethod.MANUAL
        for w in (ui.manual_turnout_edit, ui.manual_reason_edit):
            w.setEnabled(manual)

    def _show_range(self, t: TurnoutResult) -> None:
        ui = self.ui
        if t.projected is None:
            ui.range_label.setText("The range needs a projected turnout first.")
            ui.range_steps_label.setText("")
        else:
            planned = t.planned_on.value
            what = "ballots" if t.unit == "ballots" else "votes"
            ui.range_label.setText(
                f"Low {t.low:,} · expected {t.projected:,} · high {t.high:,} {what}; "
                f"the win number is planned on the {planned} figure."
            )
            show_steps(ui.range_steps_label, t.range_steps)
        ui.range_label.setAccessibleName(ui.range_label.text())
        self.backtest.set_rows(
            [
                [
                    str(p.year),
                    ", ".join(map(str, p.from_years)),
                    f"{p.projected:,}",
                    f"{p.actual:,}",
                    fmt_signed_pct(p.error_pct),
                ]
                for p in t.backtest
            ]
        )
        ui.backtest_chart.set_data(backtest_chart(t))

    def import_results(self) -> None:
        """Run the results import wizard and add its rows."""
        wizard = ImportResultsWizard(self)
        try:
            if wizard.exec() != QDialog.DialogCode.Accepted:
                return
            rows = list(wizard.history_rows())
        except WinbookError as exc:
            self.table.report(str(exc))
            return
        if rows:
            self.doc.insert_items(
                HISTORY,
                len(self.doc.plan.history),
                rows,
                f"Import {plural(len(rows), 'election')}",
            )
            self.table.report("")


def backtest_chart(t: TurnoutResult) -> ChartData:
    """Each back-tested election: what the method projected beside what turned out."""
    return ChartData(
        title="Projected against actual turnout",
        categories=[str(p.year) for p in t.backtest],
        series=[
            Series("Projected", [float(p.projected) for p in t.backtest]),
            Series("Actual", [float(p.actual) for p in t.backtest]),
        ],
        empty_text=(
            "A past election can be back-tested once two comparable ones come before it: "
            "add older elections to see how this method would have done."
        ),
    )
