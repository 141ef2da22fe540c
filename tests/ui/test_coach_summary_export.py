"""Exporting the one-on-one summary from coach mode (issue 10): the file dialog starts in the
user's Documents folder (never a hidden app-data folder), and the window says where the file
went. The PDF is read back with pypdf: it is the summary of the session just logged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from winbook.app.document import PlanDocument
from winbook.domain.coaching import new_session
from winbook.domain.model import NextStep, Plan
from winbook.store.files import save_plan
from winbook.ui.coaching.export import documents_dir, start_dir
from winbook.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of our own, with a Documents folder in it."""
    root = tmp_path / "home"
    (root / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(root))
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: discard)
    return root


def _plan() -> Plan:
    p = Plan()
    p.candidate.full_name = "Maya Okafor"
    p.sessions.append(
        new_session(
            p,
            dt.datetime(2027, 3, 6, 17, 30),
            "Ben Ortiz",
            agenda="Read the why aloud.",
            decisions="Lead with the boiler repair.",
            next_steps=[NextStep("Send the new first paragraph", "Maya", dt.date(2027, 3, 9))],
        )
    )
    return p


def _choose(monkeypatch: pytest.MonkeyPatch, answer: Path) -> list[str]:
    """The (modal) file dialog answers ``answer``; the folder it was opened in is recorded."""
    asked: list[str] = []

    def ask(_parent: Any, _title: str, suggested: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        asked.append(suggested)
        return str(answer), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return asked


def test_documents_is_the_default_and_app_data_never_is(home: Path, tmp_path: Path) -> None:
    assert documents_dir() == home / "Documents"
    untitled = PlanDocument.new_untitled()  # kept in the app-data autosave folder
    try:
        assert start_dir(untitled) == home / "Documents"
    finally:
        untitled.close(discard_untitled=True)
    hidden = home / ".local" / "share" / "Winbook" / "plan.winbook"
    hidden.parent.mkdir(parents=True)
    save_plan(_plan(), hidden)
    doc = PlanDocument.open(hidden)
    try:
        assert start_dir(doc) == home / "Documents"
    finally:
        doc.close()
    mine = home / "Campaign" / "plan.winbook"
    mine.parent.mkdir()
    save_plan(_plan(), mine)
    doc = PlanDocument.open(mine)
    try:
        assert start_dir(doc) == home / "Campaign"  # a folder the person chose themselves
    finally:
        doc.close()


def test_export_from_coach_mode_says_where_it_saved(
    qtbot: QtBot, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = home / "Documents" / "maya-one-on-one.pdf"
    asked = _choose(monkeypatch, target)
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_document(PlanDocument.from_plan(_plan()))
    win.show()
    if not win.action_coach_mode.isChecked():
        win.action_coach_mode.trigger()
    button = win.findChild(QPushButton, "export_summary_button")
    assert button is not None
    qtbot.waitUntil(button.isVisible)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [str(home / "Documents" / "maya-okafor-one-on-one.pdf")]
    assert target.exists()
    assert win.status_bar.currentMessage() == f"One-on-one summary saved to {target}"
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Call of Mar 6, 2027 with Ben Ortiz" in text
    assert "Read the why aloud." in text and "Lead with the boiler repair." in text
    today = dt.date.today()
    assert f"Prepared {today.strftime('%b')} {today.day}, {today.year}." in text
    QThreadPool.globalInstance().waitForDone(10_000)
