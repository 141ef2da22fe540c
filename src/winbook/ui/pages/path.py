"""Path to victory: universes, channel mix and rates, hours and shifts, weekly goals."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QWidget

from winbook.app.document import PlanDocument
from winbook.domain.dates import format_date
from winbook.domain.parts import PATH
from winbook.domain.path import default_channels
from winbook.ui.charts import ChartData, Series
from winbook.ui.forms.ui_page_path import Ui_PagePath
from winbook.ui.models.plan_models import channel_model
from winbook.ui.models.table import RowsModel
from winbook.ui.pages.base import (
    PlanPage,
    fmt_opt_int,
    setup_rows_table,
    show_steps,
    show_warnings,
)


class PathPage(PlanPage):
    key = "path"
    title = "Path to victory"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.ui = Ui_PagePath()
        self.ui.setupUi(self)
        ui = self.ui
        self._bind()
        self.channels = channel_model(doc, self)
        self.channel_tools = self.add_table(ui.channels_table, self.channels)
        ui.reset_channel_button.clicked.connect(self.reset_rates)
        self.figures_model = RowsModel(
            ["Channel", "Share", "Contacts", "Attempts", "Hours", "Shifts"],
            [False, True, True, True, True, True],
            self,
        )
        setup_rows_table(ui.channel_figures_table, self.figures_model)
        self.weeks_model = RowsModel(
            ["Week", "From", "To", "Contacts", "Hours", "Shifts"],
            [True, False, False, True, True, True],
            self,
        )
        setup_rows_table(ui.weeks_table, self.weeks_model)
        ui.section_editor.attach(doc, "path", embedded=True)
        self.load()

    def _bind(self) -> None:
        ui, b = self.ui, self.binder
        b.bind(
            ui.support_rate_edit,
            PATH.field("support_rate_pct"),
            help="Of the voters you persuade, the share who support you.",
            source="universe",
            default=65.0,
        )
        b.bind(
            ui.turnout_rate_edit,
            PATH.field("turnout_rate_pct"),
            help="Of your supporters, the share who actually vote.",
            source="universe",
            default=80.0,
        )
        ui.shift_hours_edit.setUnit("h")
        b.bind(
            ui.shift_hours_edit,
            PATH.field("shift_hours"),
            help="How long one volunteer shift lasts.",
            source="wellstone_contact",
            default=3.0,
        )
        ui.candidate_hours_edit.setUnit("h")
        b.bind(
            ui.candidate_hours_edit,
            PATH.field("candidate_hours_per_week"),
            help="Hours a week the candidate spends meeting voters (doors, events); call time "
            "is on the Fundraising page.",
            source="candidate_field_time",
            default=10.0,
        )
        b.bind(
            ui.field_start_edit,
            PATH.field("field_start"),
            help="The first week of door knocking and phone banks (else the plan's date).",
        )

    def reset_rates(self) -> None:
        """Reset the selected channels' rates (all, if none is selected) to the defaults;
        with no channels yet, add the standard channel mix."""
        if not self.doc.plan.path.channels:
            path = copy.copy(self.doc.plan.path)
            path.channels = default_channels()
            self.doc.set_object(PATH, path, "Add the standard channels")
            return
        rows = self.channel_tools.selected_rows() or list(range(self.channels.rowCount()))
        self.channels.reset_rates(rows)

    def refresh_figures(self) -> None:
        ui, p = self.ui, self.doc.figures.path
        empty = not self.doc.plan.path.channels
        ui.reset_channel_button.setText(
            "Add the standard channels" if empty else "Reset selected rates to defaults"
        )
        show_steps(ui.need_label, p.steps)
        self.figures_model.set_rows(
            [
                [
                    c.label,
                    f"{c.share_pct:g}%",
                    fmt_opt_int(c.contacts),
                    fmt_opt_int(c.attempts),
                    fmt_opt_int(c.hours),
                    fmt_opt_int(c.shifts),
                ]
                for c in p.channels
            ]
            + (
                [
                    [
                        "Total",
                        "",
                        fmt_opt_int(p.contacts),
                        fmt_opt_int(p.total_attempts),
                        fmt_opt_int(p.total_hours),
                        fmt_opt_int(p.total_shifts),
                    ]
                ]
                if p.channels
                else []
            )
        )
        ui.totals_label.setText(
            f"The candidate's own time over {len(p.weeks)} weeks: {p.candidate_hours:,.0f} hours."
            if p.weeks
            else ""
        )
        self.weeks_model.set_rows(
            [
                [
                    str(w.number),
                    format_date(w.starts),
                    format_date(w.ends),
                    f"{w.contacts:,}",
                    f"{w.hours:,}",
                    f"{w.shifts:,}",
                ]
                for w in p.weeks
            ]
        )
        show_warnings(ui.warnings_label, p.warnings)
        ui.weeks_chart.set_data(self.chart_data())

    def chart_data(self) -> ChartData:
        weeks = self.doc.figures.path.weeks
        return ChartData(
            title="Contacts per week, counted back from election day",
            categories=[format_date(w.ends).rsplit(",", 1)[0] for w in weeks],
            series=[
                Series("Contacts", [float(w.contacts) for w in weeks]),
                Series("Shifts", [float(w.shifts) for w in weeks], "line"),
            ],
            empty_text="Set a vote goal, the field start and the election date to see "
            "weekly goals.",
        )
