"""The timeline's categories read as words ("Finance report", not "finance_report"), and a
typed word is stored as the category it names (issue 10: plain words)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from winbook.domain.validation import TIMELINE_CATEGORIES
from winbook.ui.launch import build_window
from winbook.ui.main_window import MainWindow
from winbook.ui.models.plan_models import TIMELINE_CATEGORY_LABELS
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


def _timeline(win: MainWindow) -> TableTools:
    win.show_page("timeline")
    page = win.page("timeline")
    assert isinstance(page, PlanPage)
    return next(t for t in page.tables if t.model.part == "timeline")


def test_every_category_has_words() -> None:
    assert tuple(TIMELINE_CATEGORY_LABELS) == TIMELINE_CATEGORIES


def test_categories_show_as_words(clerk: MainWindow) -> None:
    tools = _timeline(clerk)
    col = tools.model.column_of("category")
    assert clerk.doc is not None
    shown = {
        e.category: tools.model.index(i, col).data() for i, e in enumerate(clerk.doc.plan.timeline)
    }
    assert shown["finance_report"] == "Finance report"
    assert shown["election_day"] == "Election day"
    assert not any("_" in str(text) for text in shown.values())


def _type_category(win: MainWindow, tools: TableTools, row: int, text: str) -> None:
    col = tools.model.column_of("category")
    tools.view.setFocus()
    tools.view.setCurrentIndex(tools.model.index(row, col))
    QTest.keyClick(tools.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert "_" not in editor.text()  # the editor starts from the words, too
    editor.selectAll()
    QTest.keyClicks(editor, text)
    completer = editor.completer()
    popup = completer.popup() if completer is not None else None
    if popup is not None and popup.isVisible():  # the completer offers the word: take it
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # on to the next cell, as in a register


def test_a_typed_word_is_stored_as_its_category(clerk: MainWindow) -> None:
    tools = _timeline(clerk)
    assert clerk.doc is not None
    _type_category(clerk, tools, 0, "early voting")
    assert clerk.doc.plan.timeline[0].category == "early_vote"
    _type_category(clerk, tools, 1, "Debate prep")  # a category of the candidate's own
    assert clerk.doc.plan.timeline[1].category == "Debate prep"
    assert tools.model.index(1, tools.model.column_of("category")).data() == "Debate prep"


def test_a_new_plan_proposes_no_internal_deadline_for_election_day(qtbot: QtBot) -> None:
    import datetime as dt

    from winbook.app.document import PlanDocument
    from winbook.domain.model import Level
    from winbook.domain.offices import new_plan
    from winbook.ui.pages.timeline import TimelinePage

    doc = PlanDocument.from_plan(new_plan(Level.COUNTY_CLERK, "MI", dt.date(2027, 12, 2)))
    page = TimelinePage(doc)
    qtbot.addWidget(page)
    page.show()
    # the starter timeline's only hard date is election day: nothing to propose
    assert page.internal.rows() == []
    page.ui.add_internal_button.click()
    assert not any(e.kind.value == "internal" for e in doc.plan.timeline)


def test_kind_words_are_the_same_in_window_and_packet(clerk: MainWindow) -> None:
    from winbook.domain.labels import EVENT_KIND_WORDS
    from winbook.domain.model import EventKind
    from winbook.report.worksheets.timeline import KIND_LABELS

    tools = _timeline(clerk)
    assert clerk.doc is not None
    kinds = clerk.doc.plan.timeline
    row = next(i for i, e in enumerate(kinds) if e.kind is EventKind.HARD)
    assert tools.model.index(row, tools.model.column_of("kind")).data() == "Hard deadline"
    assert KIND_LABELS == EVENT_KIND_WORDS
