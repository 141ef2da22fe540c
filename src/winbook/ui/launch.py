"""Start the window: ``winbook [PLAN]`` and ``winbook --sample [NAME]`` (see `winbook.cli`).

Sets the application names (for QSettings and the app data folder) and the app font, offers
to recover plans left open by a crash, reopens the plan that was open when Winbook last closed
(in the window's last place and size), and never crashes on a bad file: a dialog says what is
wrong and the file is left untouched. A plan open in another running Winbook is not opened
twice.
"""

from __future__ import annotations

import signal
import socket
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from winbook import desktop
from winbook.app import recovery, settings
from winbook.app.document import PlanDocument
from winbook.desktop import APP_ID, ICON_SIZES, icon_png, icon_svg
from winbook.errors import WinbookError
from winbook.paths import fonts_dir
from winbook.store import files
from winbook.ui.main_window import MainWindow, open_document

APP_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def configure_application(app: QGuiApplication) -> None:
    """Names for QSettings / QStandardPaths and the explicit app font."""
    app.setApplicationName(settings.APPLICATION)
    app.setOrganizationName(settings.ORGANIZATION)
    app.setOrganizationDomain(settings.DOMAIN)
    app.setApplicationDisplayName("Winbook")
    app.setDesktopFileName(APP_ID)  # the .desktop entry: Wayland and docks find the icon by it
    app.setWindowIcon(app_icon())
    set_app_font(app)


def app_icon() -> QIcon:
    """Winbook's icon (resources/icons): the PNG sizes, and the SVG for every other size."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_png(size)))
    icon.addFile(str(icon_svg()))
    return icon


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
    """A copy of the bundled sample ``name`` in the app data folder: the newest earlier copy
    if nobody changed it (and no other Winbook has it open), else a fresh one, so the recent
    files do not fill up with identical copies."""
    folder = recovery.app_data_dir() / "samples"
    for path in files.sample_copies(name, folder):
        if recovery.other_owner(path) is None and files.is_unchanged_sample(path, name):
            return path
    return files.copy_sample(name, folder)


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
    return opened_document(window, plan_path, sample) or PlanDocument.new_untitled()


def opened_document(
    window: MainWindow, plan_path: Path | None, sample: str | None
) -> PlanDocument | None:
    """The sample, the file, a recovered plan or the last plan, in that order; None when there
    is no plan to open (the caller starts an empty one)."""
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
    return doc


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


def build_window(
    plan_path: Path | None = None, sample: str | None = None, *, ask_office: bool = False
) -> MainWindow:
    """A shown window with its first document (the application must exist).

    With ``ask_office`` (the real start, `run_window`), a window that has no plan to open asks
    what the candidate is running for, as File → New does: the same dialog, window-modal and
    not blocking; Cancel keeps the neutral empty plan (no office's examples). Tests that build
    windows leave it off and get the empty plan without a dialog."""
    window = MainWindow()
    doc = opened_document(window, plan_path, sample)
    window.set_document(doc if doc is not None else PlanDocument.new_untitled())
    window.show()
    if ask_office and doc is None and plan_path is None and sample is None:
        QTimer.singleShot(0, window.ask_new_plan)  # once the window is on screen
    return window


#: The signals that end a session cleanly: ``kill``, Ctrl+C in the terminal, a closed terminal.
SHUTDOWN_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class SignalWatcher(QObject):
    """Turns SIGTERM, SIGINT and SIGHUP into a clean shutdown inside Qt's event loop.

    Python runs signal handlers only between bytecodes, never while Qt waits for events, so
    the C-level handler writes the signal's number to a socket (`signal.set_wakeup_fd`) that a
    QSocketNotifier watches; its slot closes the plan (last edit written, lock removed) and
    ends the loop with exit status 128 + the signal's number, as a shell reports it.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        #: The window to shut down; a signal before it exists just ends the loop.
        self.window: MainWindow | None = None
        self._read, self._write = socket.socketpair()
        for sock in (self._read, self._write):
            sock.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._write.fileno())
        self._old = {s: signal.signal(s, _ignore_in_python) for s in SHUTDOWN_SIGNALS}
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)

    def _on_signal(self) -> None:
        try:
            received = self._read.recv(64)
        except BlockingIOError:
            return
        if received:
            if self.window is not None:
                self.window.shut_down()
            self._app.exit(128 + received[0])

    def restore(self) -> None:
        """Give the signals back to whoever had them (for a second window in one process)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._old_fd)
        for sig, handler in self._old.items():
            signal.signal(sig, handler)
        self._read.close()
        self._write.close()


def _ignore_in_python(_signum: int, _frame: object) -> None:
    """The real work happens in `SignalWatcher._on_signal`, inside the event loop."""


def offer_desktop_install(window: MainWindow) -> None:
    """Started from the bundle on Linux and not yet in the applications menu: offer, once, to
    add it there (what ``winbook --install-desktop`` does), so no terminal is ever needed."""
    if not (sys.platform.startswith("linux") and getattr(sys, "frozen", False)):
        return
    if desktop.is_installed(desktop.launcher()) or settings.read_bool(
        settings.DESKTOP_OFFER_DECLINED
    ):
        return
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        window,
        "Add Winbook to your applications menu?",
        "Winbook will then be in your applications menu, and double-clicking a .winbook "
        "plan will open it. (Later, the command 'winbook --install-desktop' does the same.)",
        buttons.Yes | buttons.No,
        buttons.Yes,
    )
    if answer == buttons.No:  # (a session ended while asking is no answer)
        settings.write_bool(settings.DESKTOP_OFFER_DECLINED, True)
    if answer != buttons.Yes:
        return
    try:
        desktop.install_desktop()
    except WinbookError as exc:
        window.show_error("Cannot add Winbook to the applications menu", str(exc))
        return
    window.status_bar.showMessage("Winbook is now in your applications menu.", 8000)


def run_window(plan_path: Path | None, sample: str | None) -> int:
    """Run the window until it closes (or a signal ends the session); returns the exit code."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["winbook"])
    configure_application(app)
    watcher = SignalWatcher(app)  # before the plan is opened (and locked), not after
    try:
        window = watcher.window = build_window(plan_path, sample, ask_office=True)
        QTimer.singleShot(0, lambda: offer_desktop_install(window))
        code = app.exec()
    finally:
        watcher.restore()
    if window.doc is not None:  # closed by the event loop ending, not by the user
        window.doc.flush()
    return code
