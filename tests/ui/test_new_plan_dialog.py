"""File → New asks for the office first (issue 10): the office and state chosen set the seats,
party label, next general election and its cycle, the examples and prompts of every section,
a starter checklist and timeline. A county-clerk plan never shows a school example."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from winbook.app.document import PlanDocument
from winbook.domain.model import CycleType, EventKind, Level, Plan
from winbook.domain.offices import general_election_day, next_general_election
from winbook.ui.main_window import MainWindow
from winbook.ui.new_plan_dialog import NewPlanDialog

SCHOOL = re.compile(r"school|student|teacher|elementary|classroom|PTA\b", re.IGNORECASE)


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
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    if window.doc is not None:
        window.doc.close(discard_untitled=True)


def _open_dialog(win: MainWindow, qtbot: QtBot) -> NewPlanDialog:
    QTest.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # File → New
    dialog = win.new_plan_dialog
    assert isinstance(dialog, NewPlanDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.today = lambda: dt.date(2026, 12, 2)
    return dialog


def _choose_office(dialog: NewPlanDialog, label: str) -> None:
    combo = dialog.office_combo
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != label:
        before = combo.currentIndex()
        QTest.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{label!r} is not offered"


def _type_state(dialog: NewPlanDialog, text: str) -> None:
    line = dialog.state_combo.lineEdit()
    assert line is not None
    line.setFocus()
    line.selectAll()
    QTest.keyClicks(line, text)


def _start(dialog: NewPlanDialog, qtbot: QtBot) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.text() == "Start the plan"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _new_clerk_plan(win: MainWindow, qtbot: QtBot) -> None:
    dialog = _open_dialog(win, qtbot)
    _choose_office(dialog, "County clerk / recorder / elections")
    _type_state(dialog, "MI")
    assert "Nov 7, 2028" in dialog.date_label.text()
    _start(dialog, qtbot)
    qtbot.waitUntil(lambda: win.doc is not None and win.doc.plan.race.state == "MI")


def test_the_next_general_election_by_hand() -> None:
    # Nov 1, 2026 is a Sunday: the first Monday is Nov 2, the Tuesday after it Nov 3
    assert general_election_day(2026) == dt.date(2026, 11, 3)
    assert general_election_day(2027) == dt.date(2027, 11, 2)  # Nov 1, 2027 is a Monday
    assert general_election_day(2028) == dt.date(2028, 11, 7)  # Nov 1, 2028 is a Wednesday
    today = dt.date(2026, 12, 2)
    assert next_general_election(Level.COUNTY_CLERK, "MI", today) == dt.date(2028, 11, 7)
    assert next_general_election(Level.CITY_COUNCIL, "MI", today) == dt.date(2027, 11, 2)
    assert next_general_election(Level.STATE_HOUSE, "VA", today) == dt.date(2027, 11, 2)
    assert next_general_election(Level.STATE_HOUSE, "MS", today) == dt.date(2027, 11, 2)
    assert next_general_election(Level.STATE_HOUSE, "MS", dt.date(2027, 11, 3)) == dt.date(
        2031, 11, 4
    )
    assert next_general_election(Level.STATE_HOUSE, "OH", today) == dt.date(2028, 11, 7)
    # on election day itself, that day is the next one
    assert next_general_election(Level.COUNTY_COMMISSION, "GA", dt.date(2028, 11, 7)) == (
        dt.date(2028, 11, 7)
    )


def test_file_new_asks_for_the_office_and_fills_in_its_defaults(
    win: MainWindow, qtbot: QtBot
) -> None:
    _new_clerk_plan(win, qtbot)
    assert win.doc is not None and win.doc.is_untitled
    plan = win.doc.plan
    race = plan.race
    assert (race.level, race.state, race.seats, race.partisan) == (
        Level.COUNTY_CLERK,
        "MI",
        1,
        True,
    )
    assert race.election_date == dt.date(2028, 11, 7)
    assert race.cycle is CycleType.PRESIDENTIAL
    steps = [c.step for c in plan.checklist]
    assert "Collect the nominating petition signatures" in steps
    assert "Open a campaign bank account" in steps
    hard = [e for e in plan.timeline if e.kind is EventKind.HARD]
    assert [(e.title, e.when) for e in hard] == [("Election day", dt.date(2028, 11, 7))]
    waves = {e.when for e in plan.timeline if e.title.startswith("Contact wave")}
    # 56, 49, 35, 28, 14 and 1 days before Nov 7, 2028, counted by hand on a calendar
    assert waves == {
        dt.date(2028, 9, 12),
        dt.date(2028, 9, 19),
        dt.date(2028, 10, 3),
        dt.date(2028, 10, 10),
        dt.date(2028, 10, 24),
        dt.date(2028, 11, 6),
    }


def test_a_state_is_needed_and_said_so(win: MainWindow, qtbot: QtBot) -> None:
    dialog = _open_dialog(win, qtbot)
    _choose_office(dialog, "City or town council")
    _type_state(dialog, "Nowhere")
    _start(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text().startswith("⚠ Choose your state")
    _type_state(dialog, "michigan")
    _start(dialog, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert win.doc is not None
    assert (win.doc.plan.race.level, win.doc.plan.race.state) == (Level.CITY_COUNCIL, "MI")
    assert win.doc.plan.race.election_date == dt.date(2027, 11, 2)
    assert win.doc.plan.race.cycle is CycleType.MUNICIPAL


def test_cancel_keeps_the_plan_that_was_open(win: MainWindow, qtbot: QtBot) -> None:
    before = win.doc
    dialog = _open_dialog(win, qtbot)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert win.doc is before


def _visible_texts(root: QWidget) -> list[str]:
    """Every text a person can see in ``root``: labels, buttons, fields and their placeholders,
    the chosen item of each combo, group and tab titles, and table headers and cells."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root.window()):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            out += [w.toPlainText(), w.placeholderText()]
        elif isinstance(w, QComboBox):
            out.append(w.currentText())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            out += _model_texts(w.model())
    return out


def _model_texts(model: QAbstractItemModel) -> list[str]:
    out = []
    top = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for c in range(columns):
        out.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        for r in range(model.rowCount(top)):
            out.append(str(model.data(model.index(r, c)) or ""))
    return out


def test_a_county_clerk_plan_never_shows_school_examples(win: MainWindow, qtbot: QtBot) -> None:
    _new_clerk_plan(win, qtbot)
    seen = 0
    for key in win.page_keys():
        win.show_page(key)
        texts = _visible_texts(win)
        seen += len(texts)
        found = [t for t in texts if SCHOOL.search(t)]
        assert not found, (key, found)
    assert seen > 500  # the walk read the pages, not nothing
    # the clerk's own examples are there instead
    win.show_page("why")
    assert any("poll workers" in t for t in _visible_texts(win))
    win.show_page("candidate_race")
    office = win.page("candidate_race").findChild(QLineEdit, "office_edit")
    assert office is not None and office.placeholderText() == "e.g. County Clerk"


def test_a_school_board_plan_keeps_its_school_examples(win: MainWindow, qtbot: QtBot) -> None:
    dialog = _open_dialog(win, qtbot)
    _choose_office(dialog, "School board")
    _type_state(dialog, "CA")
    _start(dialog, qtbot)
    qtbot.waitUntil(lambda: win.doc is not None and win.doc.plan.race.state == "CA")
    assert win.doc is not None and win.doc.plan.race.seats == 3
    win.show_page("why")
    assert any("Lincoln Elementary" in t for t in _visible_texts(win))
