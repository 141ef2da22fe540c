"""Status follows the work (issue 10): writing in an empty section makes it a draft by itself,
in the same undo step as the text; "ready" stays the candidate's choice. The readiness page's
buttons open the exact page and put the cursor in the input that is missing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.plans import build_rich_plan
from winbook.app.document import PlanDocument
from winbook.domain.model import (
    ExpenseCategory,
    ExpenseLine,
    Plan,
    RaceCost,
    SectionStatus,
)
from winbook.domain.parts import EXPENSES, RACE, RACE_COSTS
from winbook.domain.readiness import TopicStatus
from winbook.ui.coaching.readiness_page import ReadinessPage
from winbook.ui.main_window import MainWindow
from winbook.ui.pages.section_editor import SectionEditor

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = QMessageBox.StandardButton.Discard
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *_a, **_k: answer)


def _window(qtbot: QtBot, plan: Plan) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_document(PlanDocument.from_plan(plan))
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def win(qtbot: QtBot) -> Iterator[MainWindow]:
    yield _window(qtbot, Plan())


def _editor(win: MainWindow, key: str) -> SectionEditor:
    win.show_page(key)
    editor = win.page(key).findChild(SectionEditor)
    assert editor is not None
    return editor


def _status(win: MainWindow, key: str) -> SectionStatus:
    assert win.doc is not None
    return win.doc.plan.get_section(key).status


def test_writing_makes_a_draft_in_the_same_undo_step(win: MainWindow) -> None:
    editor = _editor(win, "message")
    edit, combo = editor.ui.text_edit, editor.ui.status_combo
    assert combo.currentText() == "Empty"
    assert win.doc is not None
    steps = win.doc.undo_stack.count()
    edit.setFocus()
    QTest.keyClicks(edit, "Us on us")
    assert _status(win, "message") is SectionStatus.DRAFTING
    assert combo.currentText() == "Drafting"
    assert win.doc.undo_stack.count() == steps + 1  # the text and its status: one step
    QTest.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert edit.toPlainText() == ""
    assert _status(win, "message") is SectionStatus.EMPTY
    assert combo.currentText() == "Empty"
    QTest.keyClick(edit, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert edit.toPlainText() == "Us on us"
    assert combo.currentText() == "Drafting"


def test_ready_stays_the_candidates_choice(win: MainWindow, qtbot: QtBot) -> None:
    editor = _editor(win, "field")
    edit, combo = editor.ui.text_edit, editor.ui.status_combo
    edit.setFocus()
    QTest.keyClicks(edit, "Saturday canvasses")
    combo.setFocus()
    _choose(combo, "Ready")
    assert _status(win, "field") is SectionStatus.READY
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_End, CTRL)
    QTest.keyClicks(edit, " from the library")
    assert _status(win, "field") is SectionStatus.READY  # more writing leaves "ready" alone
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    assert _status(win, "field") is SectionStatus.READY  # only the candidate changes it
    assert combo.currentText() == "Ready"


def test_clearing_a_draft_makes_it_empty_again(win: MainWindow) -> None:
    editor = _editor(win, "team")
    edit = editor.ui.text_edit
    edit.setFocus()
    QTest.keyClicks(edit, "Treasurer")
    assert _status(win, "team") is SectionStatus.DRAFTING
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    assert _status(win, "team") is SectionStatus.EMPTY
    assert editor.ui.status_combo.currentText() == "Empty"


def _choose(combo: QComboBox, text: str) -> None:
    """Pick ``text`` from the combo with the keyboard, as a person does."""
    while combo.currentText() != text:
        before = combo.currentIndex()
        QTest.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text!r} is not in the list"


# --------------------------------------------------------------------------- readiness "Go"


def _readiness(win: MainWindow) -> ReadinessPage:
    win.show_page("readiness")
    page = win.page("readiness")
    assert isinstance(page, ReadinessPage)
    return page


def _go(win: MainWindow, qtbot: QtBot, topic: str) -> QWidget:
    """Click the topic's button; the widget that has the keyboard focus afterwards."""
    row = _readiness(win).rows[topic]
    assert row.button is not None and row.topic.status is not TopicStatus.READY
    QTest.mouseClick(row.button, Qt.MouseButton.LeftButton)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def _named(win: MainWindow, page: str, name: str) -> QWidget:
    widget = win.page(page).findChild(QWidget, name)
    assert widget is not None, name
    return widget


def _has_focus(focused: QWidget, target: QWidget) -> bool:
    """The target or the editor inside it (a date field's line edit) has the focus."""
    return focused is target or target.isAncestorOf(focused)


def test_each_go_button_of_an_empty_plan_focuses_the_missing_input(
    win: MainWindow, qtbot: QtBot
) -> None:
    expected = {
        "eligibility": ("candidate_race", "election_date_edit"),
        "filing": ("candidate_race", "on_ballot_check"),
        "why": ("why", "text_edit"),
        "plan": ("landscape", "text_edit"),
        "budget": ("budget", "expenses_table"),
        "win_number": ("history", "history_table"),
        "disclosure": ("disclosure", "items_table"),
        "fundraising": ("fundraising", "race_costs_table"),
    }
    for topic, (page, name) in expected.items():
        focused = _go(win, qtbot, topic)
        assert win.current_page_key() == page, topic
        assert _has_focus(focused, _named(win, page, name)), (topic, focused.objectName())
    # the values topic: the first value with no answer
    focused = _go(win, qtbot, "values")
    assert win.current_page_key() == "values"
    assert isinstance(focused, QPlainTextEdit)
    assert focused.objectName().startswith("value_") and focused.toPlainText() == ""
    first_group = win.page("values").findChildren(QPlainTextEdit)[0]
    assert focused is first_group


def test_go_follows_the_first_thing_still_missing(win: MainWindow, qtbot: QtBot) -> None:
    """As the plan fills up, each button moves on to the next missing input."""
    doc = win.doc
    assert doc is not None
    doc.insert_items(
        EXPENSES,
        0,
        [ExpenseLine(ExpenseCategory.LITERATURE, "Door hangers", "2026-09", Decimal(900))],
    )
    assert _go(win, qtbot, "budget") is _named(win, "budget", "income_table")
    doc.insert_items(
        RACE_COSTS, 0, [RaceCost(year=2022, race="2022 general", total_spent=Decimal(20000))]
    )
    assert _has_focus(_go(win, qtbot, "fundraising"), _named(win, "fundraising", "raised_edit"))
    doc.set_value(RACE.field("election_date"), None, dt.date(2026, 11, 3))
    assert _has_focus(
        _go(win, qtbot, "eligibility"), _named(win, "candidate_race", "birth_date_edit")
    )


def test_go_in_a_written_plan_goes_to_the_section_to_mark_ready(qtbot: QtBot) -> None:
    """Every section is written but still a draft: the button opens the first one with the
    cursor on its status, where "ready" is chosen."""
    win = _window(qtbot, build_rich_plan())
    focused = _go(win, qtbot, "plan")
    assert win.current_page_key() == "landscape"
    assert isinstance(focused, QComboBox) and focused.objectName() == "status_combo"
    assert focused.currentText() == "Drafting"
    why = _go(win, qtbot, "why")  # too short: the text itself
    assert win.current_page_key() == "why" and why.objectName() == "text_edit"
