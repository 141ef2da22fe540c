"""A first start with no plan to open asks what the candidate is running for (the File → New
dialog, window-modal and not blocking); Cancel keeps a neutral empty plan that shows no
office's examples, least of all a school's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.test_new_plan_dialog import _visible_texts
from winbook.app import settings
from winbook.domain.model import Level
from winbook.ui import launch
from winbook.ui.main_window import MainWindow
from winbook.ui.new_plan_dialog import NewPlanDialog

SCHOOL = re.compile(r"school|student|teacher|elementary|classroom|parent|PTA\b", re.IGNORECASE)


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = QMessageBox.StandardButton.Discard
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *_a, **_k: answer)


@pytest.fixture
def first(qtbot: QtBot) -> Iterator[MainWindow]:
    assert settings.last_plan() is None  # a first start: nothing to reopen
    win = launch.build_window(None, None, ask_office=True)
    qtbot.addWidget(win)
    yield win
    if win.doc is not None:
        win.doc.close(discard_untitled=True)


def _dialog(win: MainWindow, qtbot: QtBot) -> NewPlanDialog:
    qtbot.waitUntil(lambda: isinstance(win.new_plan_dialog, NewPlanDialog))
    dialog = win.new_plan_dialog
    assert isinstance(dialog, NewPlanDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _texts(win: MainWindow) -> list[str]:
    """What a person sees in the window (the scan of the File → New tests)."""
    return [t for t in _visible_texts(win) if t]


def test_a_first_start_asks_for_the_office_without_blocking(
    first: MainWindow, qtbot: QtBot
) -> None:
    dialog = _dialog(first, qtbot)
    assert dialog.parent() is first
    assert dialog.windowModality() is Qt.WindowModality.WindowModal  # not application-modal
    assert QApplication.activeModalWidget() in (None, dialog)
    assert first.isVisible()  # the window is up behind it: the loop runs, nothing waits
    combo = dialog.office_combo
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != "County clerk / recorder / elections":
        QTest.keyClick(combo, Qt.Key.Key_Down)
    line = dialog.state_combo.lineEdit()
    assert line is not None
    line.setFocus()
    QTest.keyClicks(line, "MI")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.doc is not None and first.doc.plan.race.state == "MI")
    assert first.doc is not None and first.doc.plan.race.level is Level.COUNTY_CLERK


def test_cancel_keeps_a_neutral_empty_plan_with_no_school_examples(
    first: MainWindow, qtbot: QtBot
) -> None:
    doc = first.doc
    dialog = _dialog(first, qtbot)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert first.doc is doc and doc is not None and doc.is_untitled
    assert doc.plan.race.level is Level.OTHER_LOCAL and not doc.plan.race.office
    seen = 0
    for key in first.page_keys():
        first.show_page(key)
        texts = _texts(first)
        seen += len(texts)
        found = [t for t in texts if SCHOOL.search(t)]
        assert not found, (key, found)
    assert seen > 400  # the walk read the pages
    first.show_page("why")
    assert any("neighbors wait months" in t for t in _texts(first))  # the neutral example


def test_a_plan_to_reopen_or_a_sample_does_not_ask(qtbot: QtBot, tmp_path: Path) -> None:
    win = launch.build_window(None, "county-clerk", ask_office=True)
    qtbot.addWidget(win)
    qtbot.wait(20)
    assert win.new_plan_dialog is None or not win.new_plan_dialog.isVisible()
    if win.doc is not None:
        win.doc.close(discard_untitled=True)


def test_the_real_start_path_asks(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    """`winbook` (run_window) builds its window with ask_office on."""
    calls: list[dict[str, Any]] = []
    windows: list[MainWindow] = []
    real = launch.build_window

    def spy(*args: Any, **kwargs: Any) -> MainWindow:
        calls.append(kwargs)
        win = real(*args, **kwargs)
        qtbot.addWidget(win)
        windows.append(win)
        return win

    monkeypatch.setattr(launch, "build_window", spy)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(app, "exec", lambda: 0)
    monkeypatch.setattr(launch, "configure_application", lambda _app: None)
    monkeypatch.setattr(launch, "offer_desktop_install", lambda _w: None)
    assert launch.run_window(None, None) == 0
    assert calls == [{"ask_office": True}]
    _dialog(windows[0], qtbot)  # and the window it built asks
    for win in windows:
        if win.doc is not None:
            win.doc.close(discard_untitled=True)
