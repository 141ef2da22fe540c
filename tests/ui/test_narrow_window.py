"""A narrow window (1366 px at 200% is 683 points wide): no page scrolls sideways, button
rows wrap (tab order kept), choice boxes keep room for their text, number fields stay compact,
and text columns fall back to a readable width."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from winbook.ui.launch import build_window
from winbook.ui.main_window import MainWindow
from winbook.ui.pages.base import PlanPage
from winbook.ui.widgets.flow import combo_text_width
from winbook.ui.widgets.numeric import NumberEdit
from winbook.ui.window_base import MAX_PAGE_WIDTH


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *_a, **_k: QMessageBox.StandardButton.Ok)


@pytest.fixture
def sample(qtbot: QtBot) -> Iterator[MainWindow]:
    win = build_window(None, "school-board")
    qtbot.addWidget(win)
    yield win
    if win.doc is not None:
        win.doc.close(discard_untitled=True)


def _scroller(win: MainWindow, key: str) -> QScrollArea:
    page = win.page(key)
    inner = page.findChildren(QScrollArea)
    return inner[0] if inner else win.page_stack.currentWidget()  # type: ignore[return-value]


PLAN_PAGES = ("candidate_race", "history", "win_number", "path", "budget", "timeline")


def test_no_plan_page_scrolls_sideways_in_a_narrow_window(sample: MainWindow, qtbot: QtBot) -> None:
    sample.resize(683, 384)
    sideways = {}
    for key in (*PLAN_PAGES, "fundraising", "checklist", "values", "disclosure", "why"):
        sample.show_page(key)
        qtbot.wait(1)
        bar = _scroller(sample, key).horizontalScrollBar()
        if bar.maximum() > 0:
            sideways[key] = bar.maximum()
    assert sideways == {}


def test_button_rows_wrap_and_keep_their_tab_order(sample: MainWindow, qtbot: QtBot) -> None:
    # 683 px (1366 at 200%) folds the navigator, so the page is wide enough for one row;
    # a narrower window still needs two
    sample.resize(520, 384)
    sample.show_page("history")
    qtbot.wait(1)
    page = sample.page("history")
    names = ["Add election", "Remove", "Move up", "Move down", "Paste rows", "Import results"]
    buttons = [
        b
        for b in page.findChildren(QAbstractButton)
        if any(b.text().replace("&", "").startswith(n) for n in names)
    ]
    assert len(buttons) == 6
    rows = {b.geometry().top() for b in buttons}
    assert len(rows) >= 2  # wrapped onto a second line
    holder = buttons[0].parentWidget()
    assert holder is not None
    for b in buttons:  # nothing is cut off on the right
        assert b.geometry().right() <= holder.width()
    ordered = sorted(buttons, key=lambda b: names.index(_name(b, names)))
    for first, second in itertools.pairwise(ordered):
        assert first.nextInFocusChain() is second


def _name(button: QAbstractButton, names: list[str]) -> str:
    return next(n for n in names if button.text().replace("&", "").startswith(n))


def test_choice_boxes_keep_room_for_their_longest_choice(sample: MainWindow) -> None:
    sample.resize(683, 384)
    sample.show_page("win_number")
    page = sample.page("win_number")
    for combo in page.findChildren(QComboBox):
        longest = max(
            combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
        )
        assert combo.minimumWidth() >= min(longest, 300), combo.objectName()
        assert combo_text_width(combo) > longest


def test_number_fields_are_compact_and_pages_have_a_readable_width(
    qtbot: QtBot, sample: MainWindow
) -> None:
    sample.resize(1366, 768)
    sample.show_page("history")
    qtbot.wait(1)
    page = sample.page("history")
    assert isinstance(page, PlanPage)
    edits = page.findChildren(NumberEdit)
    assert edits
    for edit in edits:
        assert edit.width() <= 220, edit.objectName()  # was ~850 px across the page
    content = [w for w in page.findChildren(QWidget) if w.maximumWidth() == MAX_PAGE_WIDTH]
    assert content and all(w.width() <= MAX_PAGE_WIDTH for w in content)


def test_text_columns_stretch_when_wide_and_scroll_when_narrow(
    sample: MainWindow, qtbot: QtBot
) -> None:
    sample.resize(1366, 768)
    sample.show_page("budget")
    qtbot.wait(1)
    page = sample.page("budget")
    assert isinstance(page, PlanPage)
    view = page.ui.expenses_table  # type: ignore[attr-defined]
    header = view.horizontalHeader()
    description, in_kind = 1, 4
    assert header.sectionSize(description) > 2 * header.sectionSize(in_kind)
    assert header.sectionSize(in_kind) < 120  # sized to its contents, not stretched
    sample.resize(683, 384)
    qtbot.wait(1)
    assert header.sectionSize(description) >= view.fontMetrics().averageCharWidth() * 18
