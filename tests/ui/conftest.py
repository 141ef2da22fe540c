"""Qt runs offscreen; QSettings and the app data folder live in a temp dir for each test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

#: Messages the offscreen platform prints for every shown window; not our warnings.
OFFSCREEN_NOISE = "This plugin does not support"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


def isolate_qt_paths(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point QStandardPaths (XDG_*) and QSettings at ``root``."""
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "cache"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(root / "settings"))


@pytest.fixture(autouse=True)
def isolated_app(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """The configured application with private settings and app data under tmp_path."""
    from winbook.ui.launch import configure_application

    isolate_qt_paths(tmp_path / "qt", monkeypatch)
    configure_application(qapp)
    yield tmp_path / "qt"
