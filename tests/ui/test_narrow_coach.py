"""A coach's 1024 × 700 laptop with coach notes open: the navigator folds into a drop-down,
the coach pane docks below, and every page's main table keeps at least 560 px."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QMessageBox, QScrollArea
from pytestqt.qtbot import QtBot

from winbook.ui.launch import build_window
from winbook.ui.main_window import MainWindow
from winbook.ui.pages.base import PlanPage

#: The narrowest a page's main table may be on a 1024 × 700 screen with the coach pane open.
MIN_TABLE_WIDTH = 560
#: The least height the page itself keeps there (px): 40% of the window, room for a page's
#: heading and a table's header and first rows (the pane below took all but ~110 px once).
MIN_PAGE_HEIGHT = 280


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = QMessageBox.StandardButton.Discard
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *_a, **_k: answer)


@pytest.fixture
def laptop(qtbot: QtBot) -> Iterator[MainWindow]:
    win = build_window(None, "county-clerk")
    qtbot.addWidget(win)
    win.resize(1024, 700)
    assert not win.action_coach_mode.isChecked()
    win.action_coach_mode.trigger()  # View > Coach mode
    qtbot.waitUntil(lambda: win.width() == 1024)
    yield win
    if win.doc is not None:
        win.doc.close(discard_untitled=True)


def _dock(win: MainWindow) -> QDockWidget:
    dock = win.findChild(QDockWidget, "coach_dock")
    assert dock is not None
    return dock


def test_the_coach_pane_docks_below_and_the_navigator_folds(
    laptop: MainWindow, qtbot: QtBot
) -> None:
    dock = _dock(laptop)
    qtbot.waitUntil(dock.isVisible)
    assert laptop.dockWidgetArea(dock) is Qt.DockWidgetArea.BottomDockWidgetArea
    assert not laptop.ui.navigator_panel.isVisible()
    picker = laptop.page_picker
    assert picker.isVisible()
    assert picker.count() == laptop.navigator.count()
    assert [picker.itemText(i) for i in range(picker.count())] == [
        laptop.navigator.item(i).text() for i in range(laptop.navigator.count())
    ]
    # choosing a part in the drop-down with the keyboard opens that page
    picker.setFocus()
    budget = laptop.page_keys().index("budget")
    for _ in range(budget - picker.currentIndex()):
        QTest.keyClick(picker, Qt.Key.Key_Down)
    assert laptop.current_page_key() == "budget"


def test_every_main_table_has_560_px(laptop: MainWindow, qtbot: QtBot) -> None:
    dock = _dock(laptop)
    qtbot.waitUntil(dock.isVisible)
    measured = {}
    for key in laptop.page_keys():
        page = laptop.page(key)
        if not isinstance(page, PlanPage) or not page.tables:
            continue
        laptop.show_page(key)
        view = page.tables[0].view
        qtbot.waitUntil(view.isVisible)
        measured[key] = view.width()
    assert "budget" in measured and len(measured) >= 7
    narrow = {k: w for k, w in measured.items() if w < MIN_TABLE_WIDTH}
    assert not narrow, narrow


def test_every_page_keeps_a_usable_height(laptop: MainWindow, qtbot: QtBot) -> None:
    dock = _dock(laptop)
    qtbot.waitUntil(dock.isVisible)
    # the pane below takes a third of the window (at least 200 px), not what its contents ask
    qtbot.waitUntil(lambda: dock.height() <= max(200, 700 // 3) + 4)
    heights = {}
    for key in laptop.page_keys():
        laptop.show_page(key)
        scroller = laptop.page_stack.currentWidget()
        assert isinstance(scroller, QScrollArea), key
        qtbot.waitUntil(scroller.isVisible)
        heights[key] = scroller.viewport().height()
    low = {k: h for k, h in heights.items() if h < MIN_PAGE_HEIGHT}
    assert not low, low
    # the Budget page's spending table shows its header and rows inside the visible page
    laptop.show_page("budget")
    page = laptop.page("budget")
    assert isinstance(page, PlanPage)
    view = page.tables[0].view
    scroller = laptop.page_stack.currentWidget()
    assert isinstance(scroller, QScrollArea)
    scroller.ensureWidgetVisible(view, 0, 0)
    top = view.mapTo(scroller.viewport(), view.rect().topLeft()).y()
    assert top >= 0 and top + 120 <= scroller.viewport().height()  # header + ~3 rows in view


def test_widening_the_window_brings_the_list_and_the_side_pane_back(
    laptop: MainWindow, qtbot: QtBot
) -> None:
    laptop.resize(1400, 900)
    qtbot.waitUntil(lambda: laptop.width() == 1400)
    dock = _dock(laptop)
    assert laptop.dockWidgetArea(dock) is Qt.DockWidgetArea.RightDockWidgetArea
    assert laptop.ui.navigator_panel.isVisible() and not laptop.page_picker.isVisible()


def _page_height(win: MainWindow) -> int:
    scroller = win.page_stack.currentWidget()
    assert isinstance(scroller, QScrollArea)
    return scroller.viewport().height()


def test_coach_mode_on_before_the_window_is_made_narrow(qtbot: QtBot) -> None:
    """Coach mode on in a wide window, then the window made 1024 × 700 (and, next time, the
    pane restored below from the last session's window state): the page keeps its height."""
    for _session in range(2):
        _one_session(qtbot)


def _one_session(qtbot: QtBot) -> None:
    win = build_window(None, "county-clerk")
    qtbot.addWidget(win)
    win.resize(1400, 900)
    if not win.action_coach_mode.isChecked():
        win.action_coach_mode.trigger()
    win.resize(1024, 700)
    dock = _dock(win)
    qtbot.waitUntil(dock.isVisible)
    qtbot.waitUntil(lambda: _pane_below(win, dock))
    win.show_page("budget")
    qtbot.waitUntil(lambda: _page_height(win) >= MIN_PAGE_HEIGHT)
    assert win.close()  # the window state (pane below) is kept for the next session


def _pane_below(win: MainWindow, dock: QDockWidget) -> bool:
    return (
        win.dockWidgetArea(dock) is Qt.DockWidgetArea.BottomDockWidgetArea
        and dock.height() <= max(200, 700 // 3) + 4
    )
