"""The readiness page in the window (issue 6): topics with reasons, jump buttons, the score,
eligibility, open next steps; everything live as the plan changes. Plus the comparison's
rendering (struck through / bold underlined, not colour alone)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from winbook.app.document import PlanDocument
from winbook.domain.coaching import DiffOp, DiffPart
from winbook.domain.model import (
    CoachingSession,
    ExpenseCategory,
    ExpenseLine,
    IncomeLine,
    IncomeSource,
    NextStep,
    Plan,
)
from winbook.domain.parts import EXPENSES, INCOME, SESSIONS
from winbook.ui.coaching.compare import changes_sentence, diff_html
from winbook.ui.coaching.readiness_page import ReadinessPage
from winbook.ui.main_window import MainWindow
from winbook.ui.pages import PAGE_SPECS


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *_a, **_k: QMessageBox.StandardButton.Discard,
    )
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_document(PlanDocument.from_plan(Plan()))
    win.show()
    return win


def _page(win: MainWindow) -> ReadinessPage:
    win.show_page("readiness")
    page = win.page("readiness")
    assert isinstance(page, ReadinessPage)
    return page


def _words(page: ReadinessPage) -> dict[str, str]:
    """Each topic's status word as shown ("missing", "partial", "ready")."""
    return {k: row.status_label.text().split()[1].lower() for k, row in page.rows.items()}


def test_readiness_is_registered_last() -> None:
    assert (PAGE_SPECS[-1][0], PAGE_SPECS[-1][1]) == ("readiness", "Readiness")


def test_an_empty_plan_lists_what_is_missing_and_jumps_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(window)
    words = _words(page)
    assert len(words) == 9  # the default profile's nine topics (domain notes section 1)
    budget = page.rows["budget"]
    assert budget.status_label.text() == "○ Missing"
    assert budget.reasons_label.text() == (
        "• Add your expenses by month.\n• Add your planned income by month."
    )
    assert "The value 'we trust voters' has no answer." in page.rows["values"].reasons_label.text()
    # eligibility sits in its own box with the facts it still needs
    eligibility = page.rows["eligibility"]
    assert eligibility.parent() is page.ui.eligibility_group
    assert "Enter the election date" in eligibility.reasons_label.text()
    # the score follows the shown statuses: ready 2 points, partial 1, missing 0, out of 2 x 9
    points = sum({"ready": 2, "partial": 1, "missing": 0}[w] for w in words.values())
    assert page.ui.score_bar.value() == round(100 * points / 18)
    left = sum(1 for w in words.values() if w != "ready")
    assert page.ui.verdict_label.text() == f"{left} of 9 topics still need work."
    # the button jumps to the page that fixes it
    assert budget.button is not None and budget.button.text() == "Go to “Budget” →"
    QTest.mouseClick(budget.button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "budget"
    current = window.page_stack.currentWidget()
    assert current is not None and current.objectName() == "host_budget"


def test_the_page_is_live(window: MainWindow) -> None:
    assert window.doc is not None
    doc = window.doc
    page = _page(window)
    before = page.ui.score_bar.value()
    # one voter-contact expense and the income to pay it in the same month: cash never below
    # zero (1,000 - 1,000 = 0), voter contact 100% of spending, no election date for a gap
    doc.insert_items(
        EXPENSES,
        0,
        [ExpenseLine(ExpenseCategory.MAIL, "Mail piece", "2027-09", Decimal(1000))],
    )
    # the budget is missing until both sides exist
    assert page.rows["budget"].status_label.text() == "○ Missing"
    assert page.rows["budget"].reasons_label.text() == "• Add your planned income by month."
    doc.insert_items(
        INCOME,
        0,
        [IncomeLine(IncomeSource.CALL_TIME, "Call time", "2027-09", Decimal(1000))],
    )
    assert page.rows["budget"].status_label.text() == "● Ready"
    assert page.ui.done_layout.indexOf(page.rows["budget"]) >= 0
    # budget went from missing (0 points) to ready (2 points): 2 of 18 points = 11.1% more
    points = sum({"ready": 2, "partial": 1, "missing": 0}[w] for w in _words(page).values())
    assert page.ui.score_bar.value() == round(100 * points / 18)
    assert abs(page.ui.score_bar.value() - before - 100 * 2 / 18) < 1
    # a session's open step shows at once; ticking it done removes it
    session = CoachingSession(
        when=dt.datetime(2027, 4, 1),
        coach="Dana",
        next_steps=[NextStep("Call the county clerk", "Maya", dt.date(2027, 4, 8))],
    )
    doc.insert_items(SESSIONS, 0, [session])
    assert page.open_steps_text().startswith("☐ Call the county clerk — Maya, due Apr 8, 2027")
    doc.set_value(
        SESSIONS.field("next_steps"), 0, [NextStep("Call the county clerk", "Maya", None, True)]
    )
    assert "Call the county clerk" not in page.open_steps_text()
    assert page.open_steps_text().startswith("No open next steps.")
    doc.undo_stack.undo()
    assert "Call the county clerk" in page.open_steps_text()


def test_comparison_is_not_colour_alone() -> None:
    parts = [
        DiffPart(DiffOp.SAME, "Every child"),
        DiffPart(DiffOp.REMOVED, "heard,"),
        DiffPart(DiffOp.ADDED, "seen, <and> safe,"),
        DiffPart(DiffOp.SAME, "every family"),
    ]
    html = diff_html(parts)
    assert "<s style='text-decoration: line-through;" in html and "heard,</s>" in html
    assert "<b><u style=" in html and "seen, &lt;and&gt; safe,</u></b>" in html
    assert changes_sentence(parts) == "3 words added and 1 word removed"
