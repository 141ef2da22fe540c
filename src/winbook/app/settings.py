"""App preferences in QSettings, each declared once with its type and default.

Plan data never lives here: only the window's geometry, recent files and view options.
``QSettings()`` uses the organisation and application names set by `winbook.ui.launch`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Winbook"
APPLICATION = "Winbook"
DOMAIN = "winbook.invalid"

MAX_RECENT = 8

GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER = "window/splitter"
RECENT_FILES = "files/recent"
COACH_MODE = "view/coach_mode"
SHOW_SOURCES = "view/show_sources"  # sources in line in the shown math (else in the hover)
LAST_PLAN = "files/last_plan"
#: The bundle asked once to add Winbook to the applications menu and was told "Not now".
DESKTOP_OFFER_DECLINED = "desktop/offer_declined"


def _settings() -> QSettings:
    return QSettings()


def read_bytes(key: str) -> QByteArray | None:
    value = _settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def write_bytes(key: str, value: QByteArray) -> None:
    _settings().setValue(key, value)


def read_bool(key: str, default: bool = False) -> bool:
    value = _settings().value(key, default)
    if isinstance(value, str):
        return value.lower() in {"true", "1", "yes"}
    return bool(value)


def write_bool(key: str, value: bool) -> None:
    _settings().setValue(key, value)


def recent_files() -> list[Path]:
    """Most recent first (files that no longer exist included: the menu shows them greyed)."""
    value = _settings().value(RECENT_FILES, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(str(v)) for v in value if str(v)][:MAX_RECENT]


def add_recent_file(path: Path) -> list[Path]:
    """Put ``path`` first in the recent files; returns the new list."""
    path = path.resolve()
    files = [path] + [p for p in recent_files() if p != path]
    _store_recent(files[:MAX_RECENT])
    return files[:MAX_RECENT]


def remove_recent_file(path: Path) -> None:
    _store_recent([p for p in recent_files() if p != path.resolve() and p != path])


def clear_recent_files() -> None:
    _store_recent([])


def _store_recent(files: list[Path]) -> None:
    s = _settings()
    s.setValue(RECENT_FILES, [str(p) for p in files])
    s.sync()


def last_plan() -> Path | None:
    """The titled plan that was open when Winbook last closed (None: an untitled one)."""
    value = _settings().value(LAST_PLAN, "")
    return Path(str(value)) if value and str(value) else None


def set_last_plan(path: Path | None) -> None:
    s = _settings()
    s.setValue(LAST_PLAN, "" if path is None else str(path.resolve()))
    s.sync()
