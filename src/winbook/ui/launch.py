"""Start the window: ``winbook [PLAN]`` and ``winbook --sample [NAME]`` (see `winbook.cli`).

Sets the application names (for QSettings and the app data folder) and the app font, offers
to recover plans left open by a crash, reopens the plan that was open when Winbook last closed
(in the window's last place and size), and never crashes on a bad file: a dialog says what is
wrong and the file is left untouched. A plan open in another running Winbook is not opened
twice.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from winbook.app import recovery, settings
from winbook.app.document import PlanDocument
from winbook.errors import WinbookError
from winbook.paths import fonts_dir
from winbook.ui.main_window import MainWindow, open_document

APP_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def configure_application(app: QGuiApplication) -> None:
    """Names for QSettings / QStandardPaths and the explicit app font."""
    app.setApplicationName(settings.APPLICATION)
    app.setOrganizationName(settings.ORGANIZATION)
    app.setOrganizationDomain(settings.DOMAIN)
    app.setApplicationDisplayName("Winbook")
    set_app_font(app)


def set_app_font(app: QGuiApplication) -> None:
    """Use the bundled DejaVu Sans at the system's size (digits after CJK stay Latin)."""
    families: list[str] = []
    for name in APP_FONT_FILES:
        path = fonts_dir() / name
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(app.font())
        font.setFamilies([families[0], *font.families()])
        app.setFont(font)


def sample_copy(name: str) -> Path:
    """A fresh copy of the bundled sample ``name`` in the app data folder."""
    files = importlib.import_module("winbook.store.files")
    path: Path = files.copy_sample(name, recovery.app_data_dir() / "samples")
    return path


def offer_recovery(parent: QWidget | None) -> PlanDocument | None:
    """If plans were left open by a crash, offer to reopen the most recent one."""
    found = recovery.find_recoverable()
    if not found:
        return None
    item = max(found, key=lambda r: r.path.stat().st_mtime if r.path.exists() else 0)
    what = "an untitled plan" if item.untitled else item.path.name
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        "Recover your plan?",
        f"Winbook closed unexpectedly while {what} was open. Every change written before "
        "then is in the file. Open it now?",
        buttons.Open | buttons.Discard,
        buttons.Open,
    )
    if answer != buttons.Open:
        if item.untitled:
            item.discard()
        else:  # the file itself is fine; just forget the marker
            item.marker.unlink(missing_ok=True)
        return None
    try:
        return PlanDocument.open(item.path)
    except WinbookError as exc:
        QMessageBox.warning(parent, "Cannot recover the plan", str(exc))
        return None


def initial_document(
    window: MainWindow, plan_path: Path | None, sample: str | None
) -> PlanDocument:
    """The document to show first: the sample, the file, a recovered plan, the plan open when
    Winbook last closed, or a new one (in that order)."""
    if sample is not None:
        try:
            plan_path = sample_copy(sample)
        except WinbookError as exc:
            window.show_error("Cannot open the sample", str(exc))
            plan_path = None
    if plan_path is not None:
        doc = _open_named(window, plan_path)
    elif recovery.find_recoverable():
        doc = offer_recovery(window)
    else:
        doc = reopen_last_plan(window)
    return doc if doc is not None else PlanDocument.new_untitled()


def _open_named(window: MainWindow, plan_path: Path) -> PlanDocument | None:
    try:
        doc = open_document(plan_path)
    except recovery.PlanInUseError as exc:
        window.show_notice("Already open", str(exc))
        return None
    except WinbookError as exc:
        window.show_error("Cannot open the plan", str(exc))
        return None
    if not doc.is_untitled:
        settings.add_recent_file(plan_path)
    return doc


def reopen_last_plan(window: MainWindow) -> PlanDocument | None:
    """The plan that was open when Winbook last closed, if it is still there.

    A plan that is gone is mentioned in the status bar; one that cannot be opened (or is open
    in another Winbook) gets a calm message; either way an empty window opens."""
    path = settings.last_plan()
    if path is None:
        return None
    if not path.exists():
        window.status_bar.showMessage(
            f"Your last plan, {path.name}, is no longer in {path.parent}; this is a new plan.",
            15000,
        )
        return None
    try:
        return open_document(path)
    except WinbookError as exc:
        window.show_notice(
            "Your last plan was not reopened",
            f"{exc} A new, empty plan is open instead; {path.name} was not changed.",
        )
        return None


def build_window(plan_path: Path | None = None, sample: str | None = None) -> MainWindow:
    """A shown window with its first document (the application must exist)."""
    window = MainWindow()
    window.set_document(initial_document(window, plan_path, sample))
    window.show()
    return window


def run_window(plan_path: Path | None, sample: str | None) -> int:
    """Run the window until it closes; returns the exit code."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["winbook"])
    configure_application(app)
    window = build_window(plan_path, sample)
    code = app.exec()
    if window.doc is not None:  # closed by the event loop ending, not by the user
        window.doc.flush()
    return code
