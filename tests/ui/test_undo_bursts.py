"""Undo like a text editor, typed with key events: one Ctrl+Z takes back one burst."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from winbook.app.document import PlanDocument
from winbook.domain.model import Plan
from winbook.ui.main_window import MainWindow
from winbook.ui.pages.section_editor import SectionEditor
from winbook.ui.widgets.numeric import NumberEdit

CTRL = Qt.KeyboardModifier.ControlModifier


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = QMessageBox.StandardButton.Discard
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *_a, **_k: answer)


@pytest.fixture
def win(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_document(PlanDocument.from_plan(Plan()))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window


@pytest.fixture
def clock(win: MainWindow) -> Clock:
    assert win.doc is not None
    c = Clock()
    win.doc.bursts.clock = c
    return c


def _keys(widget: QWidget, clock: Clock, text: str, gap: float = 0.1) -> None:
    for ch in text:
        clock.now += gap
        QTest.keyClicks(widget, ch)


def _undo(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Z, CTRL)


def _redo(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)


def _office(win: MainWindow) -> QLineEdit:
    win.show_page("candidate_race")
    edit = win.page("candidate_race").findChild(QLineEdit, "office_edit")
    assert edit is not None
    edit.setFocus()
    return edit


def _section(win: MainWindow) -> QPlainTextEdit:
    win.show_page("why")
    editor = win.page("why").findChild(SectionEditor)
    assert editor is not None
    edit = editor.ui.text_edit
    assert isinstance(edit, QPlainTextEdit)
    edit.setFocus()
    return edit


def test_a_paragraph_is_undone_burst_by_burst(win: MainWindow, clock: Clock) -> None:
    edit = _section(win)
    _keys(edit, clock, "I am running because")
    clock.now += 1.5  # a pause to think
    _keys(edit, clock, " the office is behind.")
    clock.now += 2
    _keys(edit, clock, " Voters wait weeks.")
    _undo(edit)
    assert edit.toPlainText() == "I am running because the office is behind."
    _undo(edit)
    assert edit.toPlainText() == "I am running because"
    _redo(edit)
    assert edit.toPlainText() == "I am running because the office is behind."
    assert win.doc is not None
    assert win.doc.section_text("why") == "I am running because the office is behind."


def test_a_new_word_after_a_short_pause(win: MainWindow, clock: Clock) -> None:
    edit = _office(win)
    _keys(edit, clock, "County ")
    clock.now += 0.5
    _keys(edit, clock, "Clerk")
    _undo(edit)
    assert edit.text() == "County "


def test_paste_and_cut_are_steps_of_their_own(win: MainWindow, clock: Clock) -> None:
    edit = _office(win)
    _keys(edit, clock, "Clerk ")
    QApplication.clipboard().setText("of the Court")
    clock.now += 0.1
    QTest.keyClick(edit, Qt.Key.Key_V, CTRL)
    _keys(edit, clock, "s")
    assert edit.text() == "Clerk of the Courts"
    _undo(edit)
    assert edit.text() == "Clerk of the Court"
    _undo(edit)
    assert edit.text() == "Clerk "
    _redo(edit)
    _redo(edit)
    assert edit.text() == "Clerk of the Courts"
    clock.now += 0.1
    QTest.keyClick(edit, Qt.Key.Key_Home)
    QTest.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(edit, Qt.Key.Key_X, CTRL)  # cut everything
    assert edit.text() == ""
    _undo(edit)
    assert edit.text() == "Clerk of the Courts"


def test_a_cursor_jump_ends_a_burst(win: MainWindow, clock: Clock) -> None:
    edit = _office(win)
    _keys(edit, clock, "Clerk")
    QTest.keyClick(edit, Qt.Key.Key_Home)
    _keys(edit, clock, "County ")
    assert edit.text() == "County Clerk"
    _undo(edit)
    assert edit.text() == "Clerk"
    _undo(edit)
    assert edit.text() == ""


def test_one_undo_stack_for_the_whole_window(win: MainWindow, clock: Clock) -> None:
    office = _office(win)
    _keys(office, clock, "Clerk")
    section = _section(win)
    _keys(section, clock, "Because")
    assert win.doc is not None
    assert win.doc.undo_stack.count() == 2
    assert not section.isUndoRedoEnabled()  # the widget keeps no history of its own
    _undo(section)
    _undo(section)  # reaches the office typed on another page: one stack
    assert win.doc.plan.race.office == ""


def _right_click_undo(edit: QWidget) -> list[bool]:
    """Right-click the field and choose Undo in its menu; returns [Undo was enabled]."""
    seen: list[bool] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        undo = next(a for a in menu.actions() if a.objectName() == "edit-undo")
        seen.append(undo.isEnabled())
        undo.trigger()
        menu.close()

    QTimer.singleShot(0, choose)
    at = QPoint(5, 5)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, edit.mapToGlobal(at))
    QApplication.sendEvent(edit, event)
    return seen


def test_the_right_click_undo_is_the_documents(win: MainWindow, clock: Clock) -> None:
    office = _office(win)
    _keys(office, clock, "Clerk")
    assert _right_click_undo(office) == [True]
    assert win.doc is not None
    assert win.doc.plan.race.office == "" and office.text() == ""
    seats = win.page("candidate_race").findChild(QLineEdit, "seats_edit")
    assert isinstance(seats, NumberEdit)
    seats.setFocus()
    QTest.keyClick(seats, Qt.Key.Key_A, CTRL)
    _keys(seats, clock, "3")
    assert win.doc.plan.race.seats == 3
    assert _right_click_undo(seats) == [True]
    assert win.doc.plan.race.seats == 1
