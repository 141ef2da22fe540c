"""Win number: the rule in force, the math step by step, margin, goal, base and deficit."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from winbook.app.document import PlanDocument
from winbook.domain.explain import fmt_pct
from winbook.domain.figures import Figures
from winbook.domain.model import MultiSeatBasis, PlanOn, PluralityRule
from winbook.domain.parts import PATH, TURNOUT, WIN
from winbook.domain.turnout import comparable_elections
from winbook.ui.charts import ChartData, RefLine, Series
from winbook.ui.forms.ui_page_win_number import Ui_PageWinNumber
from winbook.ui.models.plan_models import base_share_model
from winbook.ui.pages.base import PlanPage, fmt_opt_int, show_steps, show_warnings

PLURALITY_LABELS: dict[PluralityRule, str] = {
    PluralityRule.HISTORY: "Majority, or the lowest past winner",
    PluralityRule.MAJORITY: "The safe majority figure",
    PluralityRule.ESTIMATE: "Wellstone's rule of thumb (often too low)",
}
BASIS_LABELS: dict[MultiSeatBasis, str] = {
    MultiSeatBasis.LAST_WINNER: "The last winner's share in past elections",
    MultiSeatBasis.FIRST_LOSER: "The first loser's share in past elections, + 1",
    MultiSeatBasis.GUARANTEED: "The bound, floor(T × N / (N + 1)) + 1",
}
PLAN_ON_LABELS: dict[PlanOn, str] = {
    PlanOn.HIGH: "High turnout (recommended)",
    PlanOn.EXPECTED: "Expected turnout",
}


class WinNumberPage(PlanPage):
    key = "win_number"
    title = "Win number"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.ui = Ui_PageWinNumber()
        self.ui.setupUi(self)
        ui, b = self.ui, self.binder
        b.bind(
            ui.plurality_rule_combo,
            WIN.field("plurality_rule"),
            choices=PLURALITY_LABELS,
            source="wellstone_plurality",
        )
        b.bind(
            ui.multi_seat_basis_combo,
            WIN.field("multi_seat_basis"),
            choices=BASIS_LABELS,
            source="vote_for_n_bound",
        )
        b.bind(
            ui.plan_on_combo,
            TURNOUT.field("plan_on"),
            choices=PLAN_ON_LABELS,
            source="turnout_range",
        )
        b.bind(
            ui.margin_edit,
            WIN.field("safety_margin_pct"),
            help="Added to the win number to make the vote goal (percent of the win number).",
            source="margin",
            default=5.0,
        )
        ui.base_support_edit.optional = True
        b.bind(
            ui.base_support_edit,
            PATH.field("base_support_pct"),
            help="Leave empty to use the average of the three lowest past shares below.",
            source="wellstone_deficit",
        )
        self.shares = base_share_model(doc, self)
        self.add_table(
            ui.base_shares_table, self.shares, ui.add_share_button, ui.remove_share_button
        )
        ui.section_editor.attach(doc, "targeting", embedded=True)
        self.load()

    def refresh_figures(self) -> None:
        ui, w = self.ui, self.doc.figures.win
        race = self.doc.plan.race
        if w.win_number is None and self.doc.figures.turnout.projected is None:
            ui.rule_label.setText("First, a projected turnout")
            ui.steps_label.setText(
                "The win number is worked out from the ballots expected in your contest. Add "
                "the last three comparable elections (or import a results file) on the "
                "<b>Election history and turnout</b> page, or enter your own figure there."
            )
        else:
            ui.rule_label.setText(f"Rule: {w.rule_label}")
            show_steps(ui.steps_label, w.steps)
        seats = f"{race.seats} seat{'' if race.seats == 1 else 's'}"
        ui.race_label.setText(
            f"{seats}, {race.candidates_expected} candidates expected, "
            f"{race.voting_method.value.replace('_', ' ')} voting, {race.stage.value}. "
            "Change these on the Candidate and race page."
        )
        show_warnings(ui.warnings_label, w.warnings)
        ui.win_value.setText(fmt_opt_int(w.win_number))
        ui.goal_value.setText(fmt_opt_int(w.vote_goal))
        base = fmt_opt_int(w.base_votes)
        if w.base_pct is not None and w.base_votes is not None:
            # the precision the steps print (47.47%), so one figure reads one way
            base = f"{w.base_votes:,} ({fmt_pct(w.base_pct, 2)} of turnout)"
        ui.base_value.setText(base)
        ui.deficit_value.setText(fmt_opt_int(w.deficit))
        ui.turnout_range_label.setText(range_text(self.doc.figures))
        for label in (ui.win_value, ui.goal_value, ui.base_value, ui.deficit_value):
            label.setAccessibleName(label.text())
        ui.plurality_rule_combo.setEnabled(race.seats <= 1 and race.candidates_expected > 2)
        ui.multi_seat_basis_combo.setEnabled(race.seats > 1)
        ui.winners_chart.set_data(self.chart_data())

    def chart_data(self) -> ChartData:
        """Past winning totals (oldest first) against the vote goal and win number."""
        elections, _ = comparable_elections(self.doc.plan)
        seats = self.doc.plan.race.seats
        points = []
        for e in sorted(elections, key=lambda e: e.year):
            votes = e.last_winner_votes if seats > 1 else e.winner_votes
            if votes is None:
                votes = e.winner_votes
            if votes is not None:
                points.append((str(e.year), float(votes)))
        w = self.doc.figures.win
        refs = []
        if w.vote_goal is not None:
            refs.append(RefLine("Vote goal", float(w.vote_goal)))
        name = "Last winner's votes" if seats > 1 else "Winner's votes"
        return ChartData(
            title="Past winning totals against your goal",
            categories=[p[0] for p in points],
            series=[Series(name, [p[1] for p in points])],
            refs=refs,
            empty_text="Enter the winner's votes of past elections to compare them with your goal.",
        )


def range_text(f: Figures) -> str:
    """The turnout the figures are planned on, and what the other end of the range would need."""
    t, other = f.turnout, f.win_other
    if t.projected is None or t.high is None or t.low is None:
        return ""
    what = "ballots" if t.unit == "ballots" else "votes"
    span = f"expected {t.projected:,}, range {t.low:,} to {t.high:,} {what}"
    if t.planned_on is PlanOn.HIGH:
        text = f"Planned on the high turnout, {t.high:,} {what} ({span})."
        if other is not None and other.vote_goal is not None:
            text += (
                f" On the expected turnout the win number would be {other.win_number:,} and the "
                f"vote goal {other.vote_goal:,}: not enough if {t.high:,} turn out."
            )
        return text
    text = f"Planned on the expected turnout, {t.projected:,} {what}, as you chose ({span})."
    if other is not None and other.vote_goal is not None:
        text += (
            f" If turnout reaches the high figure you would need {other.win_number:,} votes to "
            f"win and a vote goal of {other.vote_goal:,}."
        )
    return text
