"""The coach-notes pane comes back where the coach left it (window state in QSettings)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMessageBox
from pytestqt.qtbot import QtBot

from winbook.app.document import PlanDocument
from winbook.domain.model import Plan
from winbook.paths import resources_dir
from winbook.store.codec import from_json
from winbook.ui.main_window import MainWindow


def _window(qtbot: QtBot) -> MainWindow:
    data = json.loads((resources_dir() / "samples" / "county-clerk.json").read_text("utf-8"))
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_document(PlanDocument.from_plan(from_json(Plan, data["plan"])))
    win.resize(1280, 800)  # wide: a narrow window docks the pane below (test_narrow_coach)
    win.show()
    return win


def test_coach_pane_area_is_remembered(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )
    first = _window(qtbot)
    first.action_coach_mode.setChecked(True)
    dock = first.findChild(QDockWidget, "coach_dock")
    assert dock is not None
    assert first.dockWidgetArea(dock) is Qt.DockWidgetArea.RightDockWidgetArea
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    first.save_window_state()

    second = _window(qtbot)
    again = second.findChild(QDockWidget, "coach_dock")
    assert again is not None
    assert second.dockWidgetArea(again) is Qt.DockWidgetArea.LeftDockWidgetArea
    # still shown only while coach mode is on
    assert again.isVisible() is second.action_coach_mode.isChecked()
