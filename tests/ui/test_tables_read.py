"""Tables that read: columns wide enough for their kind, tables as tall as their rows, and
choices found by typing any part of them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from winbook.domain.model import ExpenseCategory
from winbook.ui.launch import build_window
from winbook.ui.main_window import MainWindow
from winbook.ui.pages.base import PlanPage, TableTools


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = QMessageBox.StandardButton.Discard
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *_a, **_k: answer)


def _window(qtbot: QtBot, sample: str | None) -> Iterator[MainWindow]:
    win = build_window(None, sample)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    if win.doc is not None:
        win.doc.close(discard_untitled=True)


@pytest.fixture
def new_plan(qtbot: QtBot) -> Iterator[MainWindow]:
    yield from _window(qtbot, None)


@pytest.fixture
def clerk(qtbot: QtBot) -> Iterator[MainWindow]:
    yield from _window(qtbot, "county-clerk")


def _tools(win: MainWindow, page_key: str, part: str) -> TableTools:
    win.show_page(page_key)
    page = win.page(page_key)
    assert isinstance(page, PlanPage)
    return next(t for t in page.tables if t.model.part == part)


def test_a_new_plans_year_column_shows_the_whole_year(new_plan: MainWindow, qtbot: QtBot) -> None:
    tools = _tools(new_plan, "win_number", "path.base_shares")
    tools.view.setFocus()
    QTest.keyClick(tools.view, Qt.Key.Key_Return)  # a first row
    editor = QApplication.focusWidget()
    assert editor is not None
    QTest.keyClicks(editor, "2026")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    year = tools.model.column_of("year")
    assert tools.model.index(0, year).data() == "2026"
    room = tools.view.horizontalHeader().sectionSize(year)
    fm = tools.view.fontMetrics()
    assert room >= fm.horizontalAdvance("2026") + 2 * fm.averageCharWidth()  # never "2…"


def test_tables_grow_with_their_rows_instead_of_scrolling(clerk: MainWindow, qtbot: QtBot) -> None:
    tools = _tools(clerk, "budget", "expenses")
    view = tools.view
    qtbot.waitUntil(view.isVisible)
    assert tools.model.rowCount() > 20
    assert view.verticalScrollBar().maximum() == 0  # every row is on the page itself
    rows = tools.model.rowCount() * view.verticalHeader().defaultSectionSize()
    assert view.height() >= rows + view.horizontalHeader().height()


def test_pri_finds_voter_contact_print(clerk: MainWindow, qtbot: QtBot) -> None:
    tools = _tools(clerk, "budget", "expenses")
    view = tools.view
    category = tools.model.column_of("category")
    view.setFocus()
    view.setCurrentIndex(tools.model.index(0, category))
    QTest.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    while combo is not None and not isinstance(combo, QComboBox):
        combo = combo.parentWidget()
    assert isinstance(combo, QComboBox)
    line = combo.lineEdit()
    assert line is not None
    QTest.keyClicks(line, "pri")
    completer = combo.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert shown == ["Voter contact: print, radio and TV"]
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert clerk.doc is not None
    assert clerk.doc.plan.expenses[0].category is ExpenseCategory.MEDIA


def test_a_year_outside_1900_to_2100_is_refused_with_a_sentence(
    clerk: MainWindow, qtbot: QtBot
) -> None:
    tools = _tools(clerk, "history", "history")
    year = tools.model.column_of("year")
    assert clerk.doc is not None
    before = clerk.doc.plan.history[0].year
    tools.view.setFocus()
    tools.view.setCurrentIndex(tools.model.index(0, year))
    QTest.keyClicks(tools.view, "3")  # a typo of 2025: the first key opens the cell's editor
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not tools.view
    QTest.keyClicks(editor, "025")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert clerk.doc.plan.history[0].year == before
    assert tools.message.isVisible()
    assert tools.message.text() == (
        "⚠ Year: 3025 is not a year a plan can hold; type a year from 1900 to 2100."
    )
