"""A new untitled plan: every page says what to do first, the strip shows "—" and says what it
needs, and the navigator names each status in words with what is missing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from winbook.app.document import PlanDocument
from winbook.domain.model import ExpenseCategory, ExpenseLine, SectionStatus
from winbook.domain.parts import EXPENSES
from winbook.ui.main_window import MainWindow
from winbook.ui.pages.base import PlanPage

NUMBER_FIGURES = ("turnout", "win_number", "vote_goal", "deficit", "budget", "lowest_cash")


@pytest.fixture(autouse=True)
def no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )


@pytest.fixture
def win(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_document(PlanDocument.new_untitled())
    window.resize(1366, 768)
    window.show()
    return window


def _visible_text(page: QWidget) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page))


def test_strip_shows_dashes_with_what_is_needed(win: MainWindow) -> None:
    strip = win.figures_strip
    for key in (*NUMBER_FIGURES, "cost_per_vote"):
        assert strip.value_text(key) == "—", key  # never "$0" or "0"
        assert "Not known yet." in strip.tooltip(key), key
    assert "Election history" in strip.tooltip("turnout")
    assert "Budget page" in strip.tooltip("budget")


def test_a_figure_that_becomes_known_drops_the_hint(win: MainWindow) -> None:
    assert win.doc is not None
    line = ExpenseLine(ExpenseCategory.MAIL, "Postcards", "2027-09", Decimal(250))
    win.doc.insert_items(EXPENSES, 0, [line])
    strip = win.figures_strip
    assert strip.value_text("budget") == "$250"
    assert "Not known yet" not in strip.tooltip("budget")
    assert strip.value_text("turnout") == "—"  # still unknown


@pytest.mark.parametrize(
    ("key", "first_step"),
    [
        ("history", "Add the last three comparable elections, or import a results file"),
        ("win_number", "First, a projected turnout"),
        ("budget", "No spending yet. Add a first line"),
        ("path", "Add the standard channels"),
        ("timeline", "Add the standard key dates"),
        ("checklist", "No steps yet"),
        ("disclosure", "No findings."),
    ],
)
def test_each_page_says_what_to_do_first(win: MainWindow, key: str, first_step: str) -> None:
    win.show_page(key)
    page = win.page(key)
    assert first_step in _visible_text(page)


def test_the_empty_table_hint_goes_once_a_row_is_added(win: MainWindow) -> None:
    win.show_page("budget")
    page = win.page("budget")
    assert isinstance(page, PlanPage)
    tools = page.tables[0]
    assert tools.empty_hint is not None
    assert tools.empty_hint.text().startswith("No spending yet.")
    tools.add_row()
    assert tools.empty_hint.text() == ""
    assert win.doc is not None
    win.doc.undo_stack.undo()
    assert tools.empty_hint.text().startswith("No spending yet.")


def test_navigator_tooltip_states_status_in_words_and_what_is_missing(win: MainWindow) -> None:
    tip = win.navigator.tooltip("why")
    lines = tip.splitlines()
    assert lines[0] == "Why I'm running, vision and values"
    assert lines[1] == "○ Empty: 1 thing missing"
    assert lines[2] == "• Nothing written yet."
    budget = win.navigator.tooltip("budget").splitlines()
    assert budget[1].endswith("missing") and len(budget) > 2  # the reasons are listed
    legend = win.ui.legend_label.text().replace("\u00a0", " ")  # no-break spaces
    assert legend == "○ empty · ◐ drafting · ● ready · ⚠ needs attention"


def test_navigator_fits_long_titles(win: MainWindow, qtbot: QtBot) -> None:
    nav = win.navigator
    fm = nav.fontMetrics()
    why = nav.visualItemRect(nav.item(1))  # "Why I'm running, vision and values"
    assert win.ui.splitter.sizes()[0] >= fm.horizontalAdvance("○ Why I'm running, vision and va")
    assert why.height() < 2 * fm.height()  # one line at the navigator's own width
    win.ui.splitter.setSizes([170, 1100])  # a user drags it narrow: long titles wrap, not cut
    qtbot.wait(10)
    row = nav.visualItemRect(nav.item(nav.keys().index("communications")))
    assert row.height() >= 2 * fm.height()
    assert nav.textElideMode() == Qt.TextElideMode.ElideNone


def test_ready_parts_say_nothing_is_missing(win: MainWindow) -> None:
    assert win.doc is not None
    win.doc.set_section_text("why", "Because the district needs it.")
    win.doc.set_section_status("why", SectionStatus.READY)
    lines = win.navigator.tooltip("why").splitlines()
    assert lines[1] == "● Ready: nothing missing"
    assert len(lines) == 2
