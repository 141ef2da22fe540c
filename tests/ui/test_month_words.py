"""Budget months read as words ("Jan 2028", never "2028-01") and accept what people type; date
and month fields give examples from the plan's own election, not a fixed 2026 date."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from winbook.domain.dates import parse_month
from winbook.ui.launch import build_window
from winbook.ui.main_window import MainWindow
from winbook.ui.pages.base import PlanPage, TableTools


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = QMessageBox.StandardButton.Discard
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *_a, **_k: answer)


@pytest.fixture
def clerk(qtbot: QtBot) -> Iterator[MainWindow]:
    win = build_window(None, "county-clerk")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    if win.doc is not None:
        win.doc.close(discard_untitled=True)


def _table(win: MainWindow, page_key: str, part: str) -> TableTools:
    win.show_page(page_key)
    page = win.page(page_key)
    assert isinstance(page, PlanPage)
    return next(t for t in page.tables if t.model.part == part)


def _edit(tools: TableTools, row: int, field: str) -> QLineEdit:
    tools.view.setFocus()
    tools.view.setCurrentIndex(tools.model.index(row, tools.model.column_of(field)))
    QTest.keyClick(tools.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def _type(tools: TableTools, row: int, field: str, text: str) -> None:
    editor = _edit(tools, row, field)
    editor.selectAll()
    QTest.keyClicks(editor, text)
    popup = editor.completer().popup() if editor.completer() is not None else None
    if popup is not None and popup.isVisible():
        QTest.keyClick(popup, Qt.Key.Key_Escape)  # keep what was typed
    QTest.keyClick(editor, Qt.Key.Key_Tab)


def test_parse_month_reads_the_shapes_people_type() -> None:
    for text in ("2028-01", "2028-1", "Jan 2028", "jan. 2028", "January 2028", "1/2028", "01/2028"):
        assert parse_month(text) == "2028-01", text
    assert parse_month("Sept 2027") == "2027-09"
    for text in ("13/2028", "2028-13", "Smarch 2028", "2028", "", "Jan"):
        assert parse_month(text) is None, text


def test_budget_months_show_as_words_and_take_every_shape(clerk: MainWindow) -> None:
    tools = _table(clerk, "budget", "expenses")
    assert clerk.doc is not None
    col = tools.model.column_of("month")
    stored = clerk.doc.plan.expenses[0].month
    year, month = stored.split("-")
    names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    assert tools.model.index(0, col).data() == f"{names[int(month) - 1]} {year}"
    shown = [tools.model.index(r, col).data() for r in range(tools.model.rowCount())]
    assert not any(text and text[:4].isdigit() for text in shown), shown
    for typed in ("2028-01", "Feb 2028", "March 2028", "4/2028"):
        _type(tools, 0, "month", typed)
        assert (
            tools.model.index(0, col).data()
            == {
                "2028-01": "Jan 2028",
                "Feb 2028": "Feb 2028",
                "March 2028": "Mar 2028",
                "4/2028": "Apr 2028",
            }[typed]
        )
    assert clerk.doc.plan.expenses[0].month == "2028-04"  # stored the ISO way for the files
    _type(tools, 0, "month", "someday")
    assert clerk.doc.plan.expenses[0].month == "2028-04"  # refused, nothing lost
    assert "is not a month" in tools.message.text()


def test_the_month_and_date_editors_give_examples_from_the_plan(clerk: MainWindow) -> None:
    assert clerk.doc is not None
    election = clerk.doc.plan.race.election_date
    assert election is not None and (election.year, election.month) == (2028, 11)
    editor = _edit(_table(clerk, "budget", "expenses"), 0, "month")
    assert editor.placeholderText() == "e.g. Nov 2028"
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    editor = _edit(_table(clerk, "timeline", "timeline"), 0, "when")
    assert editor.placeholderText() == f"e.g. Nov {election.day}, 2028"
    QTest.keyClick(editor, Qt.Key.Key_Escape)


def test_fundraising_events_line_names_months_in_words(clerk: MainWindow) -> None:
    clerk.show_page("fundraising")
    page = clerk.page("fundraising")
    text = page.ui.events_label.text()  # type: ignore[attr-defined]
    assert text.startswith("Events: ")
    assert "(20" not in text, text  # no "(2027-04)"
