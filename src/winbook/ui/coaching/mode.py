"""Coach mode: the View → Coach mode switch shows the coach-notes pane beside every page and
marks, in the navigator, the sections changed since the last logged session.

``install_coach_mode(window, doc)`` is called by the main window whenever it shows a document;
the first call builds the pane (a dock on the right), the File menu's "Export one-on-one
summary…" action and the navigator marks; later calls only switch them to the new document.

The window is found through its attributes (``action_coach_mode``, ``navigator``,
``page_stack``, ``show_page``), so this module needs no hook in the window beyond that call.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QMainWindow, QMenu

from winbook.app import settings
from winbook.app.document import PlanDocument
from winbook.domain.coaching import changed_since_last_session
from winbook.domain.parts import SECTIONS, SESSIONS
from winbook.domain.sections import SECTION_SPECS, SPEC_BY_KEY
from winbook.ui.coaching.export import export_summary_dialog
from winbook.ui.coaching.pane import CoachPane
from winbook.ui.coaching.readiness_page import page_titles

KEY_ROLE = Qt.ItemDataRole.UserRole  # the navigator keeps each row's page key here
CHANGED_MARK = "✎ "  # after the row's status mark, where a long title cannot elide it
CHANGED_TIP = " Changed since the last coaching session."
CHANGED_SPOKEN = ", changed since the last coaching session"
OBJECT_NAME = "coach_mode"


def section_for_page(page_key: str) -> str:
    """The narrative section shown on a page ("" when the page has none)."""
    if page_key in SPEC_BY_KEY:
        return page_key
    return next((s.key for s in SECTION_SPECS if s.computed == page_key), "")


def page_for_section(section: str) -> str:
    """The page where a section is edited (targeting sits on the win number page)."""
    spec = SPEC_BY_KEY.get(section)
    if spec is None:
        return ""
    titles = page_titles()
    if section in titles or not spec.computed:
        return section
    return spec.computed


class CoachMode(QObject):
    """Everything coach mode adds to one main window."""

    def __init__(self, window: QMainWindow, doc: PlanDocument) -> None:
        super().__init__(window)
        self.setObjectName(OBJECT_NAME)
        self.window = window
        self.doc: PlanDocument | None = None
        self.action: QAction | None = getattr(window, "action_coach_mode", None)
        navigator = getattr(window, "navigator", None) or window.findChild(QListWidget, "navigator")
        self.navigator: QListWidget | None = navigator
        self._marking = False
        self.changed_pages: set[str] = set()
        self.pane = CoachPane()
        self.dock = self._build_dock()
        self.export_action = self._build_export_action()
        if self.action is not None:
            self.action.toggled.connect(self.set_active)
        if self.navigator is not None:
            self.navigator.currentItemChanged.connect(lambda *_a: self._follow_page())
            model = self.navigator.model()
            model.dataChanged.connect(self._on_navigator_data)
            model.rowsInserted.connect(lambda *_a: self.apply_marks())
        changed = getattr(window, "documentChanged", None)
        if changed is not None:
            changed.connect(self._on_document_changed)
        self.set_document(doc)
        self.set_active(self.is_active())

    # ------------------------------------------------------------------ building

    def _build_dock(self) -> QDockWidget:
        dock = QDockWidget("Coach notes", self.window)
        dock.setObjectName("coach_dock")
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        dock.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        dock.setWidget(self.pane)
        dock.setMinimumWidth(320)
        dock.setAccessibleName("Coach notes")
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        state = settings.read_bytes(settings.WINDOW_STATE)
        if state is not None:  # where the coach last put the pane; shown or not by the action
            self.window.restoreState(state)
        dock.hide()
        return dock

    def _build_export_action(self) -> QAction:
        action = QAction("Export one-on-one &summary…", self.window)
        action.setObjectName("action_export_coach_summary")
        action.setStatusTip("A one-page PDF for the candidate after a coaching call")
        action.triggered.connect(lambda _c=False: self.export_summary())
        menu = _file_menu(self.window)
        if menu is not None:
            after = getattr(self.window, "action_export_workbook", None)
            actions = menu.actions()
            if after in actions and actions.index(after) + 1 < len(actions):
                menu.insertAction(actions[actions.index(after) + 1], action)
            else:
                menu.addAction(action)
        return action

    # ------------------------------------------------------------------ document

    def _on_document_changed(self) -> None:
        doc = getattr(self.window, "doc", None)
        if isinstance(doc, PlanDocument):
            self.set_document(doc)

    def set_document(self, doc: PlanDocument) -> None:
        if doc is self.doc:
            self.apply_marks()
            return
        if self.doc is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the old document is gone
                self.doc.partChanged.disconnect(self._on_part)
        self.doc = doc
        doc.partChanged.connect(self._on_part)
        self.pane.attach(doc)
        self._follow_page()
        self.update_changes()

    def _on_part(self, part: str) -> None:
        if part in (SECTIONS.path, SESSIONS.path):
            self.update_changes()

    # ------------------------------------------------------------------ switching

    def is_active(self) -> bool:
        return self.action is not None and self.action.isChecked()

    def set_active(self, on: bool) -> None:
        self.dock.setVisible(on)
        if on:
            self._follow_page()
        self.apply_marks()

    def _follow_page(self) -> None:
        key = self.current_page()
        if key is None:
            return
        titles = page_titles()
        self.pane.set_section(section_for_page(key), titles.get(key, key))

    def current_page(self) -> str | None:
        if self.navigator is None or self.navigator.currentItem() is None:
            return None
        return str(self.navigator.currentItem().data(KEY_ROLE))

    # ------------------------------------------------------------------ navigator marks

    def update_changes(self) -> None:
        if self.doc is None:
            return
        sections = changed_since_last_session(self.doc.plan)
        self.changed_pages = {p for s in sections if (p := page_for_section(s))}
        self.apply_marks()

    def _on_navigator_data(
        self,
        _top: QModelIndex | QPersistentModelIndex,
        _bottom: QModelIndex | QPersistentModelIndex,
        _roles: Sequence[int] = (),
    ) -> None:
        self.apply_marks()

    def apply_marks(self) -> None:
        """Add (or remove) the "changed" mark on each navigator row: text, tip and spoken text.

        The navigator rewrites a row's text when its status moves; the mark is put back at once.
        """
        if self.navigator is None or self._marking:
            return
        self._marking = True
        try:
            active = self.is_active()
            for row in range(self.navigator.count()):
                item = self.navigator.item(row)
                marked = active and str(item.data(KEY_ROLE)) in self.changed_pages
                _mark_text(item, marked)
                _mark(item, Qt.ItemDataRole.ToolTipRole, CHANGED_TIP, marked)
                _mark(item, Qt.ItemDataRole.AccessibleTextRole, CHANGED_SPOKEN, marked)
        finally:
            self._marking = False

    def is_marked(self, page_key: str) -> bool:
        if self.navigator is None:
            return False
        for row in range(self.navigator.count()):
            item = self.navigator.item(row)
            if item.data(KEY_ROLE) == page_key:
                return CHANGED_MARK in str(item.text())
        return False

    # ------------------------------------------------------------------ export

    def export_summary(self) -> None:
        if self.doc is not None:
            self.doc.flush()
            export_summary_dialog(self.window, self.doc)


def _mark_text(item: QListWidgetItem, on: bool) -> None:
    """ "● Message" <-> "● ✎ Message"."""
    text = str(item.text())
    head, space, rest = text.partition(" ")
    has = rest.startswith(CHANGED_MARK)
    if on and not has and space:
        item.setText(f"{head} {CHANGED_MARK}{rest}")
    elif not on and has:
        item.setText(f"{head} {rest[len(CHANGED_MARK) :]}")


def _mark(item: QListWidgetItem, role: Qt.ItemDataRole, suffix: str, on: bool) -> None:
    text = str(item.data(role) or "")
    has = text.endswith(suffix)
    if on and not has and text:
        item.setData(role, text + suffix)
    elif not on and has:
        item.setData(role, text[: -len(suffix)])


def _file_menu(window: QMainWindow) -> QMenu | None:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.title().replace("&", "") == "File":
            return menu
    return None


def install_coach_mode(window: QMainWindow, doc: PlanDocument) -> CoachMode:
    """Coach mode for ``window`` showing ``doc`` (built once; later calls switch documents)."""
    existing = window.findChild(CoachMode, OBJECT_NAME)
    if isinstance(existing, CoachMode):
        existing.set_document(doc)
        return existing
    return CoachMode(window, doc)
