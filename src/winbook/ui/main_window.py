"""The Winbook window: `WindowBase` (navigator, pages, live figures) with the menus, the file
actions (new, open, save as, recent plans, close) and the exports.

Menus and actions are built in small helpers here. The window always holds one
`PlanDocument` (an untitled one when nothing else is open).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from winbook.app import recovery, settings
from winbook.app.document import PlanDocument
from winbook.domain.model import Plan
from winbook.errors import WinbookError
from winbook.io.xlsx_export import export_workbook
from winbook.store.files import load_plan
from winbook.ui.batch_export_dialog import BatchExportDialog
from winbook.ui.export_dialog import ExportPacketDialog
from winbook.ui.new_plan_dialog import NewPlanDialog
from winbook.ui.save_dialog import ask_save_path
from winbook.ui.window_base import WindowBase

PageFactory = Callable[[PlanDocument, QWidget], QWidget]
PageSpec = tuple[str, str, PageFactory]

PLAN_FILTER = "Winbook plans (*.winbook);;Plan as JSON (*.json)"


def open_document(path: Path) -> PlanDocument:
    """Open a `.winbook` file, or a `.json` plan as a new untitled plan (PlanFileError).

    A plan already open in another running Winbook raises `PlanInUseError` (nothing opened)."""
    if path.suffix.lower() == ".json":
        return PlanDocument.new_untitled(load_plan(path))
    recovery.check_not_in_use(path)
    return PlanDocument.open(path)


class CloseChoice(Enum):
    KEEP = "keep"  # the plan is safe in its file (or saved just now)
    DISCARD = "discard"  # an untitled plan the user chose not to keep
    CANCEL = "cancel"


class MainWindow(WindowBase):
    """One window, one open plan: `WindowBase` with the menus, the file actions and exports."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_menus()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.ui.menu_bar
        self._build_file_menu(bar.addMenu("&File"))
        self._build_edit_menu(bar.addMenu("&Edit"))
        self._build_view_menu(bar.addMenu("&View"))
        self._build_plan_menu(bar.addMenu("&Plan"))
        self._build_help_menu(bar.addMenu("&Help"))

    def _build_file_menu(self, menu: QMenu) -> None:
        std = QKeySequence.StandardKey
        self.action_new = self._action(
            "&New plan…", self.ask_new_plan, std.New, "Start a new plan for your office"
        )
        self.action_open = self._action("&Open…", self.open_dialog, std.Open, "Open a plan file")
        self.menu_recent = QMenu("Open &Recent", self)
        self.menu_recent.aboutToShow.connect(self._fill_recent_menu)
        self.action_save_as = self._action(
            "Save &As…", self.save_as_dialog, std.SaveAs, "Save the plan under a new name"
        )
        self.action_close = self._action("&Close plan", self.close_plan, std.Close)
        self.action_export_packet = self._action(
            "Export &packet…", self.export_packet, "Ctrl+E", "The print-ready PDF packet"
        )
        self.action_export_workbook = self._action(
            "Export &workbook…", self.export_workbook, "Ctrl+Shift+E", "A live Excel workbook"
        )
        self.action_export_batch = self._action(
            "Export packets for &several plans…",
            self.export_batch,
            tip="Print the packets of a folder of plans: one PDF each, or all in one",
        )
        self.action_quit = self._action("&Quit", self.close, std.Quit)
        menu.addActions([self.action_new, self.action_open])
        menu.addMenu(self.menu_recent)
        menu.addSeparator()
        menu.addActions([self.action_save_as, self.action_close])
        menu.addSeparator()
        menu.addActions([self.action_export_packet, self.action_export_workbook])
        menu.addAction(self.action_export_batch)
        menu.addSeparator()
        menu.addAction(self.action_quit)

    def _build_edit_menu(self, menu: QMenu) -> None:
        self.action_undo = self.undo_group.createUndoAction(self, "&Undo")
        self.action_undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.action_redo = self.undo_group.createRedoAction(self, "&Redo")
        self.action_redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self.addActions([self.action_undo, self.action_redo])
        menu.addActions([self.action_undo, self.action_redo])

    def _build_view_menu(self, menu: QMenu) -> None:
        self.action_coach_mode = self._action(
            "&Coach mode", self._coach_mode_toggled, "Ctrl+Shift+K", "Show the coach's tools"
        )
        self.action_coach_mode.setCheckable(True)
        self.action_coach_mode.setChecked(settings.read_bool(settings.COACH_MODE))
        self.action_focus_navigator = self._action(
            "Go to the &navigator", self.toggle_navigator_focus, "F6", "Move between list and page"
        )
        self.action_show_sources = self._action(
            "&Sources in the math", self._show_sources_toggled, tip="Name each step's source"
        )
        self.action_show_sources.setCheckable(True)
        self.action_show_sources.setChecked(settings.read_bool(settings.SHOW_SOURCES))
        menu.addActions([self.action_coach_mode, self.action_show_sources])
        menu.addAction(self.action_focus_navigator)

    def _show_sources_toggled(self) -> None:
        """Sources in line or in the hover: every page re-shows its math."""
        settings.write_bool(settings.SHOW_SOURCES, self.action_show_sources.isChecked())
        for page in self._pages.values():
            refresh = getattr(page, "refresh_figures", None)
            if callable(refresh):
                refresh()

    def _build_plan_menu(self, menu: QMenu) -> None:
        self.action_next_missing = self._action(
            "Go to next &missing item", self.go_to_next_missing, "F8", "The next part not ready"
        )
        self.action_next_page = self._action("&Next part", self.next_page, "Ctrl+PgDown")
        self.action_previous_page = self._action("&Previous part", self.previous_page, "Ctrl+PgUp")
        menu.addActions([self.action_next_missing, self.action_next_page])
        menu.addAction(self.action_previous_page)

    def _build_help_menu(self, menu: QMenu) -> None:
        self.action_methodology = self._action(
            "&Methodology", self.show_methodology, QKeySequence.StandardKey.HelpContents
        )
        self.action_glossary = self._action(
            "&Glossary", self._open_glossary, "Ctrl+Shift+G", "What the terms mean"
        )
        self.action_about = self._action("&About Winbook", self.show_about)
        menu.addActions([self.action_glossary, self.action_methodology, self.action_about])

    def _coach_mode_toggled(self) -> None:
        settings.write_bool(settings.COACH_MODE, self.action_coach_mode.isChecked())

    def confirm_close(self) -> CloseChoice:
        """Ask what to do with an untitled plan that has content; titled plans are saved."""
        doc = self.doc
        if doc is None or not doc.is_untitled:
            return CloseChoice.KEEP
        if not doc.has_changes:
            return CloseChoice.DISCARD
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            "Keep this plan?",
            "This plan has not been saved under a name yet. Save it before closing?",
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return CloseChoice.KEEP if self.save_as_dialog() else CloseChoice.CANCEL
        if answer == buttons.Discard:
            return CloseChoice.DISCARD
        return CloseChoice.CANCEL

    def _release(self, choice: CloseChoice) -> None:
        if self.doc is not None:
            self.doc.close(discard_untitled=choice is CloseChoice.DISCARD)

    def ask_new_plan(self) -> NewPlanDialog:
        """File → New: ask for the office and state first (window-modal, not blocking)."""
        dialog = NewPlanDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.new_plan(dialog.plan()))
        dialog.open()
        self.new_plan_dialog = dialog
        return dialog

    def new_plan(self, plan: Plan | None = None) -> bool:
        """Close the current plan (asking about an untitled one) and start ``plan`` (an empty
        one when None)."""
        choice = self.confirm_close()
        if choice is CloseChoice.CANCEL:
            return False
        try:
            doc = PlanDocument.new_untitled(plan)
        except WinbookError as exc:
            self.show_error("Cannot start a new plan", str(exc))
            return False
        self._release(choice)
        self.set_document(doc)
        return True

    def close_plan(self) -> bool:
        """Close the plan (asking about an untitled one) and start an empty one."""
        return self.new_plan()

    def open_dialog(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Open a plan", str(self._start_dir()), PLAN_FILTER
        )
        return bool(path) and self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open ``path`` in this window; a clear dialog (file untouched) if it cannot be."""
        choice = self.confirm_close()
        if choice is CloseChoice.CANCEL:
            return False
        try:
            doc = open_document(Path(path))
        except recovery.PlanInUseError as exc:
            self.show_notice("Already open", str(exc))
            return False
        except WinbookError as exc:
            self.show_error("Cannot open the plan", str(exc))
            return False
        self._release(choice)
        self.set_document(doc)
        if not doc.is_untitled:
            settings.add_recent_file(Path(path))
        return True

    def save_as_dialog(self) -> bool:
        if self.doc is None:
            return False
        suggested = self._start_dir() / _suggested_name(self.doc)
        path = ask_save_path(
            self, "Save plan as", suggested, "Winbook plans (*.winbook)", ".winbook"
        )
        return path is not None and self.save_as(path)

    def save_as(self, path: Path) -> bool:
        if self.doc is None:
            return False
        if path.suffix.lower() != ".winbook":
            path = path.with_name(path.name + ".winbook")
        try:
            self.doc.save_as(path)
        except WinbookError as exc:
            self.show_error("Cannot save the plan", str(exc))
            return False
        settings.add_recent_file(path)
        self.update_title()
        self.status_bar.showMessage(f"Saved as {path}", 4000)
        return True

    def _fill_recent_menu(self) -> None:
        self.menu_recent.clear()
        files = settings.recent_files()
        for i, path in enumerate(files, start=1):
            action = self.menu_recent.addAction(f"&{i} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not files:
            self.menu_recent.addAction("No recent plans").setEnabled(False)
            return
        self.menu_recent.addSeparator()
        self.menu_recent.addAction("Clear the list", settings.clear_recent_files)

    def _start_dir(self) -> Path:
        if self.doc is not None and self.doc.path is not None and not self.doc.is_untitled:
            return self.doc.path.parent
        recent = settings.recent_files()
        return recent[0].parent if recent else Path.home()

    def export_packet(self) -> None:
        if self.doc is None:
            return
        self.doc.flush()
        ExportPacketDialog(self.doc.plan, self).exec()

    def export_batch(self) -> None:
        """File → Export packets for several plans…: works on plan files, open plan or not."""
        if self.doc is not None:
            self.doc.flush()
        BatchExportDialog(self).exec()

    def export_workbook(self) -> Path | None:
        """File → Export workbook…: ask for a name, then `export_workbook_to`."""
        if self.doc is None:
            return None
        suggested = self._start_dir() / (Path(_suggested_name(self.doc)).stem + ".xlsx")
        path = ask_save_path(self, "Export workbook", suggested, "Excel workbook (*.xlsx)", ".xlsx")
        return None if path is None else self.export_workbook_to(path)

    def export_workbook_to(self, path: Path) -> Path | None:
        """Write the live workbook to ``path`` (".xlsx" is added when missing)."""
        if self.doc is None:
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            export_workbook(self.doc.plan, path)
        except WinbookError as exc:
            self.show_error("Cannot export the workbook", str(exc))
        else:
            self.status_bar.showMessage(f"Exported {path}", 6000)
            return path
        return None

    def closeEvent(self, event: QCloseEvent) -> None:
        choice = self.confirm_close()
        if choice is CloseChoice.CANCEL:
            event.ignore()
            return
        self.save_window_state()
        self._remember_plan(choice)
        self._release(choice)
        event.accept()

    def shut_down(self) -> None:
        """Close the plan without asking: the session is ending (SIGTERM, Ctrl+C, logout).

        The last edit is written and the plan's lock removed; an untitled plan with content
        stays in the autosave folder (with its marker) so the next start offers it back."""
        doc = self.doc
        empty = doc is not None and doc.is_untitled and not doc.has_changes
        choice = CloseChoice.DISCARD if empty else CloseChoice.KEEP
        self.save_window_state()
        self._remember_plan(choice)
        self._release(choice)

    def _remember_plan(self, choice: CloseChoice) -> None:
        """The next start reopens this plan (nothing for an untitled one)."""
        doc = self.doc
        keep = doc is not None and doc.path is not None and not doc.is_untitled
        if doc is not None and keep and choice is not CloseChoice.DISCARD:
            settings.set_last_plan(doc.path)
        else:
            settings.set_last_plan(None)


def _suggested_name(doc: PlanDocument) -> str:
    name = doc.plan.candidate.full_name or doc.plan.meta.title or "plan"
    safe = "".join(c if c.isalnum() or c in "-_ " else "" for c in name).strip()
    return (safe.replace(" ", "-").lower() or "plan") + ".winbook"
