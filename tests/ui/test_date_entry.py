"""Dates typed as Americans type them, into every date field of the window (key events only)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from winbook.app.document import PlanDocument
from winbook.domain.model import Plan
from winbook.ui.main_window import MainWindow
from winbook.ui.widgets.dates import DateEdit

#: (page key, widget name, plan part, field) of every date field of the window.
DATE_FIELDS = [
    ("candidate_race", "birth_date_edit", "candidate", "birth_date"),
    ("candidate_race", "election_date_edit", "race", "election_date"),
    ("candidate_race", "early_voting_start_edit", "race", "early_voting_start"),
    ("candidate_race", "filing_deadline_edit", "race", "filing_deadline"),
    ("candidate_race", "announcement_date_edit", "filing", "announcement_date"),
    ("fundraising", "as_of_edit", "fundraising", "as_of"),
    ("path", "field_start_edit", "path", "field_start"),
]
FORMS = ["11/3/2026", "11/03/26", "2026-11-03", "Nov 3 2026", "November 3, 2026"]
NOV_3 = dt.date(2026, 11, 3)


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing the window never waits on a question (the plan is discarded)."""
    answer = QMessageBox.StandardButton.Discard
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *_a, **_k: answer)


@pytest.fixture
def win(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_document(PlanDocument.from_plan(Plan()))
    window.resize(1366, 768)
    window.show()
    return window


def _field(win: MainWindow, page: str, name: str) -> DateEdit:
    win.show_page(page)
    edit = win.page(page).findChild(QLineEdit, name)
    assert isinstance(edit, DateEdit)
    return edit


def _read(win: MainWindow, part: str, field: str) -> object:
    assert win.doc is not None
    return getattr(getattr(win.doc.plan, part), field)


def _type_date(qtbot: QtBot, edit: DateEdit, text: str) -> None:
    """Come back to the field with a click (its text is selected), type, press Enter."""
    edit.clearFocus()  # the person was elsewhere in the window
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(edit.hasFocus)
    QTest.qWait(1)  # the deferred select-all of focus-in
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize(("page", "name", "part", "field"), DATE_FIELDS)
def test_every_form_typed_into_an_empty_field(
    win: MainWindow, qtbot: QtBot, page: str, name: str, part: str, field: str
) -> None:
    edit = _field(win, page, name)
    for text in FORMS:
        edit.clear_date()
        assert _read(win, part, field) is None and edit.text() == ""
        _type_date(qtbot, edit, text)
        assert _read(win, part, field) == NOV_3, text
        assert edit.text() == "Nov 3, 2026"


@pytest.mark.parametrize(("page", "name", "part", "field"), DATE_FIELDS)
def test_every_form_typed_over_an_old_value(
    win: MainWindow, qtbot: QtBot, page: str, name: str, part: str, field: str
) -> None:
    edit = _field(win, page, name)
    _type_date(qtbot, edit, "3/14/1990")
    assert _read(win, part, field) == dt.date(1990, 3, 14)
    assert edit.text() == "Mar 14, 1990"
    for text in FORMS:
        _type_date(qtbot, edit, "7/4/2025")  # a different old value each time
        assert _read(win, part, field) == dt.date(2025, 7, 4)
        _type_date(qtbot, edit, text)
        assert _read(win, part, field) == NOV_3, text
        assert edit.text() == "Nov 3, 2026"


def test_delete_clears_the_date(win: MainWindow, qtbot: QtBot) -> None:
    edit = _field(win, "candidate_race", "election_date_edit")
    _type_date(qtbot, edit, "11/3/2026")
    edit.clearFocus()
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton)
    QTest.qWait(1)
    QTest.keyClick(edit, Qt.Key.Key_Delete)  # the selected text goes: the date is cleared
    assert _read(win, "race", "election_date") is None
    assert edit.text() == ""


def test_an_impossible_date_stays_visible_with_a_warning(win: MainWindow, qtbot: QtBot) -> None:
    edit = _field(win, "candidate_race", "election_date_edit")
    _type_date(qtbot, edit, "11/3/2026")
    _type_date(qtbot, edit, "2/30/2026")
    assert edit.text() == "2/30/2026"  # never silently becomes Mar 2 or Feb 28
    assert _read(win, "race", "election_date") == NOV_3  # the plan keeps the last real date
    label = edit.problem_label()
    assert label is not None and label.isVisible()
    assert label.text() == "⚠ February 2026 has no day 30 (it has 28 days); check the day."
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, "2/28/2026")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert _read(win, "race", "election_date") == dt.date(2026, 2, 28)
    assert not label.isVisible()


@pytest.mark.parametrize(("text", "year"), [("11/3/3025", "3025"), ("1/1/1850", "1850")])
def test_a_year_outside_1900_to_2100_is_refused_with_a_sentence(
    win: MainWindow, qtbot: QtBot, text: str, year: str
) -> None:
    edit = _field(win, "candidate_race", "filing_deadline_edit")
    _type_date(qtbot, edit, text)
    assert _read(win, "race", "filing_deadline") is None
    label = edit.problem_label()
    assert label is not None and label.isVisible()
    assert label.text() == f"⚠ {year} is not a year a plan can hold; type a year from 1900 to 2100."


def test_undo_takes_back_a_typed_date(win: MainWindow, qtbot: QtBot) -> None:
    edit = _field(win, "candidate_race", "election_date_edit")
    _type_date(qtbot, edit, "11/3/2026")
    _type_date(qtbot, edit, "11/4/2026")
    assert win.doc is not None
    win.doc.undo_stack.undo()
    assert _read(win, "race", "election_date") == NOV_3 and edit.text() == "Nov 3, 2026"


def _open_calendar(qtbot: QtBot, edit: DateEdit) -> QCalendarWidget:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    cal = edit.calendar()
    qtbot.waitUntil(cal.isVisible)
    return cal


def _close(qtbot: QtBot, win: MainWindow, cal: QCalendarWidget) -> None:
    QTest.keyClick(cal, Qt.Key.Key_Escape)
    assert not cal.isVisible()
    win.activateWindow()  # the offscreen platform does not hand activation back by itself
    qtbot.waitUntil(win.isActiveWindow)


def test_calendar_opens_at_the_fields_date_else_election_else_today(
    win: MainWindow, qtbot: QtBot
) -> None:
    edit = _field(win, "candidate_race", "filing_deadline_edit")
    cal = _open_calendar(qtbot, edit)
    today = dt.date.today()
    assert (cal.yearShown(), cal.monthShown()) == (today.year, today.month)
    _close(qtbot, win, cal)
    election = _field(win, "candidate_race", "election_date_edit")
    _type_date(qtbot, election, "Nov 2, 2027")
    cal = _open_calendar(qtbot, edit)  # empty field: the election's month
    assert (cal.yearShown(), cal.monthShown()) == (2027, 11)
    _close(qtbot, win, cal)
    _type_date(qtbot, edit, "8/14/2027")
    cal = _open_calendar(qtbot, edit)  # the field's own date
    assert (cal.yearShown(), cal.monthShown()) == (2027, 8)
    grid = cal.focusWidget()  # where a popup's keys go: its day grid
    assert grid is not None
    QTest.keyClick(grid, Qt.Key.Key_Right)  # Aug 15
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert not cal.isVisible()
    assert _read(win, "race", "filing_deadline") == dt.date(2027, 8, 15)
    assert edit.text() == "Aug 15, 2027"
