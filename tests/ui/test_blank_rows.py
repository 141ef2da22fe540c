"""Enter at the end of every table of a sample plan: the new row is greyed "empty row" and
no figure, warning or saved file moves."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from winbook.domain.figures import compute_figures
from winbook.store.interchange import plan_to_envelope
from winbook.ui.figures_strip import FIGURE_SPECS
from winbook.ui.launch import build_window
from winbook.ui.main_window import MainWindow
from winbook.ui.models.table import BLANK_ROW_TEXT
from winbook.ui.pages.base import PlanPage, TableTools


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = QMessageBox.StandardButton.Discard
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *_a, **_k: answer)


def _open(qtbot: QtBot, sample: str) -> Iterator[MainWindow]:
    win = build_window(None, sample)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    if win.doc is not None:
        win.doc.close(discard_untitled=True)


@pytest.fixture(params=["county-clerk", "school-board", "state-house"])
def win(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[MainWindow]:
    yield from _open(qtbot, request.param)


def _tables(win: MainWindow) -> list[tuple[str, TableTools]]:
    found = []
    for key in win.page_keys():
        page = win.page(key)
        if isinstance(page, PlanPage):
            found += [(key, t) for t in page.tables]
    return found


def _strip(win: MainWindow) -> dict[str, str]:
    keys = [s.key for s in FIGURE_SPECS] + ["readiness"]
    return {k: win.figures_strip.value_text(k) for k in keys}


def _press_enter_at_the_end(qtbot: QtBot, tools: TableTools) -> None:
    view, model = tools.view, tools.model
    if model.rowCount():
        view.setCurrentIndex(model.index(model.rowCount() - 1, 0))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Return)  # a new row, its first cell open for typing
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not view)
    editor = QApplication.focusWidget()
    assert editor is not None
    QTest.keyClick(editor, Qt.Key.Key_Escape)  # nothing typed after all


def test_enter_a_blank_row_into_each_table_and_compare_every_figure(
    win: MainWindow, qtbot: QtBot
) -> None:
    assert win.doc is not None
    doc = win.doc
    tables = _tables(win)
    assert len(tables) >= 9  # history, base shares, channels, expenses, income, costs, ...
    figures, strip, problems = doc.figures, _strip(win), list(doc.problems)
    saved = json.dumps(plan_to_envelope(doc.plan), sort_keys=True)
    for key, tools in tables:
        win.show_page(key)
        rows = tools.model.rowCount()
        _press_enter_at_the_end(qtbot, tools)
        assert tools.model.rowCount() == rows + 1, tools.model.part
        last = rows
        assert tools.model.is_blank_row(last), tools.model.part
        cell = tools.model.index(last, tools.model.blank_column(last))
        assert cell.data() == BLANK_ROW_TEXT
        grey = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == grey
        assert doc.figures == figures, tools.model.part
        assert compute_figures(doc.plan) == figures
        assert _strip(win) == strip, tools.model.part
        assert doc.problems == problems, tools.model.part
    assert json.dumps(plan_to_envelope(doc.plan), sort_keys=True) == saved


@pytest.fixture
def clerk(qtbot: QtBot) -> Iterator[MainWindow]:
    yield from _open(qtbot, "county-clerk")


def test_typing_into_the_blank_row_makes_it_count(clerk: MainWindow, qtbot: QtBot) -> None:
    win = clerk
    assert win.doc is not None
    win.show_page("budget")
    tools = next(t for k, t in _tables(win) if t.model.part == "expenses")
    before = win.doc.figures.budget
    _press_enter_at_the_end(qtbot, tools)
    row = tools.model.rowCount() - 1
    assert win.doc.figures.budget == before
    amount = tools.model.index(row, tools.model.column_of("amount"))
    tools.view.setCurrentIndex(amount)
    QTest.keyClicks(tools.view, "2")  # the first key opens the cell's editor
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not tools.view
    QTest.keyClicks(editor, "50")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert win.doc.plan.expenses[row].amount == 250
    assert not tools.model.is_blank_row(row)
    assert tools.model.index(row, tools.model.blank_column(row)).data() != BLANK_ROW_TEXT
    assert win.doc.figures.budget != before
