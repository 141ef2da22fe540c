"""Plain words (issue 10): every page opens with what it is for, its trade terms link to Help →
Glossary (a searchable, non-modal dialog), and the shown math keeps its sources behind a hover
or the View → Sources toggle instead of in every line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.plans import build_rich_plan
from winbook.app.document import PlanDocument
from winbook.domain.glossary import PAGE_INTROS, TERMS
from winbook.domain.model import Plan
from winbook.report.appendix import GLOSSARY, glossary_terms
from winbook.ui.glossary import GlossaryDialog
from winbook.ui.main_window import MainWindow

#: The terms the issue names: each must have an entry a first-timer can read.
FIRST_TIMER_TERMS = (
    "Win number",
    "Roll-off",
    "Contest ballots",
    "Last winner",
    "First loser",
    "Universe",
    "GOTV",
    "Call time",
    "Bullet voting",
    "Support index (DPI)",
    "Turnout range",
    "Back-test",
)


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
    yield window
    if window._glossary is not None:
        window._glossary.close()


def test_every_first_timer_term_has_a_plain_entry() -> None:
    names = [t.term for t in TERMS]
    for name in FIRST_TIMER_TERMS:
        assert name in names, name
    for t in TERMS:
        assert t.meaning.endswith(".") and len(t.meaning.split()) >= 5, t.term
        for other in t.see_also:
            assert other in names, (t.term, other)


def test_the_packet_glossary_is_the_same_data() -> None:
    """One place for the words: the packet prints exactly the entries the window shows."""
    assert tuple((t.term, t.meaning) for t in TERMS) == GLOSSARY
    used = glossary_terms("Your win number rests on the turnout range; GOTV starts in October.")
    assert [term for term, _ in used] == ["GOTV", "Turnout range", "Win number"]


def test_every_page_opens_with_what_it_is_for(win: MainWindow) -> None:
    for key in win.page_keys():
        label = win.page(key).findChild(QLabel, "intro_label")
        assert label is not None, key
        assert len(label.text().split()) >= 6, (key, label.text())
        intro = PAGE_INTROS.get(key)
        for name in intro.terms if intro else ():
            anchor = next(t.anchor for t in TERMS if t.term == name)
            assert f"glossary:{anchor}'" in label.text(), (key, name)


def test_a_term_link_on_the_page_opens_its_meaning(win: MainWindow, qtbot: QtBot) -> None:
    win.show_page("win_number")
    label = win.page("win_number").findChild(QLabel, "intro_label")
    assert label is not None
    assert "glossary:first-loser" in label.text()
    label.linkActivated.emit("glossary:first-loser")  # what a click on the link sends
    dialog = win._glossary
    assert isinstance(dialog, GlossaryDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.isModal()
    assert dialog.current_term() == "first-loser"
    assert "came in just behind the last winner" in dialog.meaning_text()


def test_help_glossary_is_searchable_by_typing(win: MainWindow, qtbot: QtBot) -> None:
    win.action_glossary.trigger()
    dialog = win._glossary
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.term_list.count() == len(TERMS)
    dialog.search_edit.setFocus()
    QTest.keyClicks(dialog.search_edit, "ballot")
    shown = [dialog.term_list.item(i).text() for i in range(dialog.term_list.count())]
    # by name first (Ballots, Contest ballots), then entries whose meaning says "ballot"
    assert shown[:2] == ["Ballots", "Contest ballots"]
    assert "Roll-off" not in shown[:2] and "Early vote" in shown
    assert all("ballot" in (t.term + t.meaning).lower() for t in TERMS if t.term in shown)
    QTest.keyClicks(dialog.search_edit, "zz")
    assert dialog.term_list.count() == 0 and dialog.empty_label.isVisible()
    dialog.search_edit.selectAll()
    QTest.keyClicks(dialog.search_edit, "call")
    assert dialog.term_list.currentItem().text() == "Call time"
    assert "on the phone asking people" in dialog.meaning_text()
    QTest.keyClick(dialog.term_list, Qt.Key.Key_Escape)


def test_sources_sit_behind_a_hover_or_the_toggle(win: MainWindow) -> None:
    win.set_document(PlanDocument.from_plan(build_rich_plan()))
    win.show_page("win_number")
    label = win.page("win_number").findChild(QLabel, "steps_label")
    assert label is not None
    assert "Wellstone" not in label.text() and "NGP VAN" not in label.text()
    assert "Sources" in label.toolTip()
    win.action_show_sources.trigger()  # View → Sources in the math
    assert "<small>(" in label.text()
    win.action_show_sources.trigger()
    assert "<small>(" not in label.text()
