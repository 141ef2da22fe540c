"""User flows on the plan's pages: edit through real widgets, see figures move, undo restores."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from winbook.app.document import PlanDocument
from winbook.domain.model import (
    BaseShare,
    ChecklistItem,
    CycleType,
    DisclosureItem,
    ExpenseCategory,
    ExpenseLine,
    IncomeLine,
    IncomeSource,
    PastElection,
    Plan,
    PlanOn,
    TimelineEvent,
)
from winbook.domain.path import default_channels
from winbook.ui.main_window import MainWindow
from winbook.ui.pages import PAGE_SPECS
from winbook.ui.pages.budget import BudgetPage
from winbook.ui.pages.checklist import ChecklistPage
from winbook.ui.pages.disclosure import DisclosurePage
from winbook.ui.pages.history import HistoryPage
from winbook.ui.pages.path import PathPage
from winbook.ui.pages.section_editor import NarrativePage
from winbook.ui.pages.timeline import TimelinePage
from winbook.ui.pages.values import ValuesPage
from winbook.ui.pages.win_number import WinNumberPage


def sample_plan() -> Plan:
    """T = (12,000 + 11,000 + 10,000) / 3 = 11,000; two candidates: win 5,501;
    vote goal ceil(5,501 x 1.05) = ceil(5,776.05) = 5,777. Planned on the expected turnout so
    the pages' arithmetic follows one figure (planning on high is tested on its own)."""
    plan = Plan()
    plan.turnout.plan_on = PlanOn.EXPECTED
    plan.race.cycle = CycleType.MUNICIPAL
    plan.race.election_date = date(2027, 11, 2)
    plan.race.candidates_expected = 2
    plan.history = [
        PastElection(year=y, cycle=CycleType.MUNICIPAL, contest_votes=v, winner_votes=v // 2 + 300)
        for y, v in ((2025, 12_000), (2023, 11_000), (2021, 10_000))
    ]
    plan.expenses = [
        ExpenseLine(ExpenseCategory.LITERATURE, "Door hangers", "2027-09", Decimal(1500)),
        ExpenseLine(ExpenseCategory.ADMIN, "Bank fees", "2027-08", Decimal(200)),
    ]
    plan.income = [IncomeLine(IncomeSource.CALL_TIME, "Calls", "2027-07", Decimal(3000))]
    plan.path.base_shares = [BaseShare(2023, "Lee", 41.0), BaseShare(2021, "Ng", 38.0)]
    plan.path.channels = default_channels()
    plan.timeline = [TimelineEvent("Filing closes", date(2027, 8, 14))]
    plan.checklist = [ChecklistItem("File the statement of candidacy", date(2027, 8, 1))]
    plan.disclosure.items = [DisclosureItem(finding="A 2015 speeding ticket")]
    return plan


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def type_into_cell(qtbot: QtBot, view: QTableView, row: int, column: int, text: str) -> None:
    index = view.model().index(row, column)
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    QApplication.processEvents()
    editor = open_editor(view)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on a queued call


def open_editor(view: QTableView) -> QWidget | None:
    """The cell editor now open in ``view`` (offscreen windows are not always active)."""
    editors = [
        w
        for w in view.viewport().findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox) and w.isVisible()
    ]
    return editors[0] if editors else None


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, text)


def test_history_cell_edit_moves_turnout_and_undo_restores(qtbot: QtBot) -> None:
    doc = PlanDocument.from_plan(sample_plan())
    page = HistoryPage(doc)
    shown(qtbot, page)
    assert page.ui.projected_label.text() == "Projected turnout: 11,000 ballots"
    assert not page.ui.empty_label.isVisible()
    column = page.model.column_of("contest_votes")
    type_into_cell(qtbot, page.ui.history_table, 0, column, "15,000")
    # (15,000 + 11,000 + 10,000) / 3 = 12,000
    assert doc.plan.history[0].contest_votes == 15_000
    assert page.ui.projected_label.text() == "Projected turnout: 12,000 ballots"
    assert "12,000" in page.methods.rows()[0][1]
    assert len(doc.plan.history) == 3  # Enter on a row that is not the last adds nothing
    doc.undo_stack.undo()
    assert doc.plan.history[0].contest_votes == 12_000
    assert page.ui.projected_label.text() == "Projected turnout: 11,000 ballots"


def test_history_paste_rows_is_one_undo_step(qtbot: QtBot) -> None:
    doc = PlanDocument.from_plan(sample_plan())
    page = HistoryPage(doc)
    shown(qtbot, page)
    QApplication.clipboard().setText(
        "2019\tOdd-year (municipal)\tGeneral\t40,000\t9,800\t9,500\n"
        "2017\tOdd-year (municipal)\tGeneral\t39,000\t9,100\t9,000\n"
    )
    page.ui.history_table.clearSelection()
    page.ui.history_table.setCurrentIndex(page.model.index(-1, -1))
    page.ui.paste_button.click()
    assert [e.year for e in doc.plan.history] == [2025, 2023, 2021, 2019, 2017]
    assert doc.plan.history[3].registered == 40_000
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert [e.year for e in doc.plan.history] == [2025, 2023, 2021]


def test_history_empty_state_and_add_row(qtbot: QtBot) -> None:
    doc = PlanDocument.from_plan(Plan())
    page = HistoryPage(doc)
    shown(qtbot, page)
    assert page.ui.empty_label.isVisible()
    assert "Add the last three comparable elections" in page.ui.empty_label.text()
    page.ui.add_election_button.click()
    assert len(doc.plan.history) == 1
    assert not page.ui.empty_label.isVisible()
    doc.undo_stack.undo()
    assert page.ui.empty_label.isVisible()


def test_win_number_margin_typing_moves_goal_and_one_undo_restores(qtbot: QtBot) -> None:
    doc = PlanDocument.from_plan(sample_plan())
    page = WinNumberPage(doc)
    shown(qtbot, page)
    assert page.ui.win_value.text() == "5,501"
    assert page.ui.goal_value.text() == "5,777"
    # base: (41 + 38) / 2 = 39.5% x 11,000 = 4,345; deficit 5,777 - 4,345 = 1,432
    assert page.ui.deficit_value.text() == "1,432"
    retype(qtbot, page.ui.margin_edit, "10")
    # ceil(5,501 x 1.10) = ceil(6,051.1) = 6,052
    assert doc.plan.win.safety_margin_pct == 10.0
    assert page.ui.goal_value.text() == "6,052"
    doc.undo_stack.undo()
    assert doc.plan.win.safety_margin_pct == 5.0
    assert page.ui.goal_value.text() == "5,777"
    chart = page.ui.winners_chart.data()
    assert chart.categories == ["2021", "2023", "2025"]
    assert chart.series[0].values == [5300.0, 5800.0, 6300.0]
    assert chart.refs[0].value == 5777.0


def test_budget_edit_moves_the_strip_and_undo_restores(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: discard)
    window = MainWindow()
    qtbot.addWidget(window)
    doc = PlanDocument.from_plan(sample_plan())
    window.set_document(doc)
    page = window.page("budget")
    assert isinstance(page, BudgetPage)
    window.show()
    qtbot.waitExposed(window)
    strip = window.figures_strip
    assert strip.value_text("budget") == "$1,700"  # 1,500 + 200
    amount = page.expenses.column_of("amount")
    window.navigator.select("budget")
    type_into_cell(qtbot, page.ui.expenses_table, 0, amount, "$3,000")
    # 3,000 + 200 = 3,200; cost per vote 3,200 / 5,777 = $0.55
    assert doc.plan.expenses[0].amount == Decimal(3000)
    assert strip.value_text("budget") == "$3,200"
    assert page.ui.cost_per_vote_value.text() == "$0.55 per vote"
    assert "$3,200" in page.ui.expenses_total_label.text()
    doc.undo_stack.undo()
    assert strip.value_text("budget") == "$1,700"


def test_budget_enter_on_last_row_adds_a_row_and_warnings_show(qtbot: QtBot) -> None:
    doc = PlanDocument.from_plan(sample_plan())
    page = BudgetPage(doc)
    shown(qtbot, page)
    # contingency 0% of spending is outside 5-10%: a plain warning
    assert "Contingency" in page.ui.warnings_label.text()
    view = page.ui.expenses_table
    view.setFocus()
    view.setCurrentIndex(page.expenses.index(1, 0))
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert len(doc.plan.expenses) == 3
    editor = open_editor(view)
    assert isinstance(editor, QComboBox)
    # cash: 3,000 in July, then -200 and -1,500: lowest 1,300, never negative
    assert [r[4] for r in page.cash_flow.rows()][:3] == ["$3,000", "$2,800", "$1,300"]


def test_narrative_typing_is_undoable(qtbot: QtBot) -> None:
    doc = PlanDocument.from_plan(sample_plan())
    page = NarrativePage(doc, "why")
    shown(qtbot, page)
    edit = page.editor.ui.text_edit
    edit.setFocus()
    QTest.keyClicks(edit, "I grew up here")
    assert doc.section_text("why") == "I grew up here"
    assert page.editor.ui.word_count_label.text() == "4 words"
    assert doc.undo_stack.count() <= 2  # typing merges
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert edit.toPlainText() == ""
    assert "Why are you running" in page.editor.ui.prompt_label.text()


def test_values_answers_add_the_profile_statements(qtbot: QtBot) -> None:
    doc = PlanDocument.from_plan(sample_plan())
    page = ValuesPage(doc)
    shown(qtbot, page)
    assert list(page.editors) == ["trust_voters", "progressive_values", "risk_tolerance"]
    edit = page.editors["trust_voters"]
    edit.setFocus()
    QTest.keyClicks(edit, "Town halls")
    assert [v.value_id for v in doc.plan.values] == [
        "trust_voters",
        "progressive_values",
        "risk_tolerance",
    ]
    assert doc.plan.values[0].answer == "Town halls"
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.plan.values == []
    assert edit.toPlainText() == ""


def test_timeline_standard_dates_and_internal_deadlines(qtbot: QtBot) -> None:
    doc = PlanDocument.from_plan(sample_plan())
    page = TimelinePage(doc)
    shown(qtbot, page)
    page.ui.add_standard_button.click()
    assert len(doc.plan.timeline) == 9  # 1 + the 8 standard key dates
    election = next(e for e in doc.plan.timeline if e.category == "election_day")
    assert election.when == date(2027, 11, 2)
    page.ui.add_internal_button.click()
    internal = sorted(e.when for e in doc.plan.timeline if e.kind.value == "internal" and e.when)
    # a week before 2027-08-14 (filing); election day hands nothing in, so none before it
    assert internal == [date(2027, 8, 7)]
    assert not any(e.title == "Internal: Election day" for e in doc.plan.timeline)
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert len(doc.plan.timeline) == 9
    assert [r[1] for r in page.internal.rows()] == ["Aug 7, 2027"]


def test_checklist_done_and_disclosure_confidential(qtbot: QtBot) -> None:
    doc = PlanDocument.from_plan(sample_plan())
    checklist = ChecklistPage(doc)
    shown(qtbot, checklist)
    assert checklist.ui.progress_label.text().startswith("0 of 1 step done")
    done = checklist.model.column_of("done")
    checklist.model.setData(
        checklist.model.index(0, done), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert checklist.ui.progress_label.text() == "1 of 1 step done."
    disclosure = DisclosurePage(doc)
    shown(qtbot, disclosure)
    assert "CONFIDENTIAL" in disclosure.ui.confidential_label.text()
    assert disclosure.ui.confidential_label.isVisible()
    disclosure.ui.nothing_check.click()
    assert doc.plan.disclosure.nothing_to_disclose is True
    doc.undo_stack.undo()
    assert doc.plan.disclosure.nothing_to_disclose is False
    assert not disclosure.ui.nothing_check.isChecked()


def test_path_rate_edit_and_reset_to_default(qtbot: QtBot) -> None:
    doc = PlanDocument.from_plan(sample_plan())
    page = PathPage(doc)
    shown(qtbot, page)
    # need 5,777 - 4,345 = 1,432; contacts ceil(1,432 / 0.65 / 0.8) = 2,754;
    # split 60/40 by largest remainder: 1,652.4 and 1,101.6 -> 1,652 and 1,102;
    # suburban doors 1,652 contacts / 4 an hour = 413 hours
    doors = page.figures_model.rows()[0]
    assert doors[0] == "Doors, suburban"
    assert doors[2] == "1,652"
    assert doors[4] == "413"
    row = next(i for i, c in enumerate(doc.plan.path.channels) if c.share_pct == 60.0)
    rate = page.channels.column_of("contacts_per_hour")
    type_into_cell(qtbot, page.ui.channels_table, row, rate, "5")
    assert page.figures_model.rows()[0][4] == "331"  # ceil(1,652 / 5) = ceil(330.4)
    tip = page.channels.data(page.channels.index(row, rate), Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tip, str) and "Default: 4" in tip
    page.ui.channels_table.selectRow(row)
    page.ui.reset_channel_button.click()
    assert page.figures_model.rows()[0][4] == "413"


MY_PAGES = [s for s in PAGE_SPECS if s[0] != "candidate_race"]


@pytest.mark.parametrize("spec", MY_PAGES, ids=[s[0] for s in MY_PAGES])
def test_every_page_opens_with_named_inputs(qtbot: QtBot, spec: tuple[str, str, object]) -> None:
    key, _title, factory = spec
    doc = PlanDocument.from_plan(sample_plan())
    page = factory(doc, None)  # type: ignore[operator]
    shown(qtbot, page)
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QTableView)
    unnamed = [
        w.objectName()
        for w in page.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisible()
        and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)
        and not w.accessibleName()
    ]
    assert unnamed == [], f"{key}: inputs without an accessible name"
