"""Kill the window mid-edit (SIGKILL) and recover the plan at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from winbook.ui.launch import build_window

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication(["winbook"])
    from winbook.ui.launch import build_window, configure_application
    configure_application(app)
    win = build_window(None, None)
    win.show_page("candidate_race")
    page = win.page("candidate_race")
    QTest.keyClicks(page.ui.full_name_edit, "Kim Recovered")
    QTest.keyClicks(page.ui.office_edit, "County Clerk")
    deadline = time.monotonic() + 5
    while win.doc.is_modified and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    print("WRITTEN" if not win.doc.is_modified else "NOT WRITTEN", win.doc.path, flush=True)
    app.exec()
    """
)


def _run_child_and_kill() -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    return line


@pytest.fixture
def answer_open(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_p: Any, title: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_kill_mid_edit_and_recover(qtbot: QtBot, answer_open: list[str]) -> None:
    line = _run_child_and_kill()
    assert line.startswith("WRITTEN "), line
    autosave = Path(line.split(" ", 1)[1].strip())
    assert autosave.exists()
    win = build_window(None, None)
    qtbot.addWidget(win)
    assert answer_open == ["Recover your plan?"]
    assert win.doc is not None
    assert win.doc.plan.candidate.full_name == "Kim Recovered"
    assert win.doc.plan.race.office == "County Clerk"
    assert win.doc.is_untitled and win.doc.path == autosave
    win.doc.close(discard_untitled=True)


def test_clean_start_offers_nothing(qtbot: QtBot, answer_open: list[str]) -> None:
    win = build_window(None, None)
    qtbot.addWidget(win)
    assert answer_open == []
    assert win.doc is not None and win.doc.is_untitled
