"""The window's core: navigator on the left, the selected page in the centre, live figures below.

The form is ``forms/main_window.ui`` (composition: ``self.ui = Ui_MainWindow()``); the menus and
file actions are added by `winbook.ui.main_window.MainWindow`. Pages come from the registry
``winbook.ui.pages.PAGE_SPECS`` (``(key, title, factory(doc, parent))``) and are created the
first time they are shown. The window always holds one `PlanDocument` (an untitled one when
nothing else is open).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QStatusBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from winbook import __version__
from winbook.app import settings, status
from winbook.app.document import PlanDocument
from winbook.domain.explain import Step
from winbook.domain.labels import office_line
from winbook.domain.model import SectionStatus
from winbook.domain.sources import SOURCES
from winbook.ui.coaching.mode import install_coach_mode
from winbook.ui.figures_strip import FiguresStrip
from winbook.ui.forms.ui_main_window import Ui_MainWindow
from winbook.ui.glossary import GlossaryDialog, add_intro
from winbook.ui.narrow import NarrowLayout
from winbook.ui.navigator import NavigatorList
from winbook.ui.new_plan_dialog import NewPlanDialog
from winbook.ui.pages import PAGE_SPECS
from winbook.ui.widgets.flow import keep_fields_readable, wrap_button_rows

PageFactory = Callable[[PlanDocument, QWidget], QWidget]
PageSpec = tuple[str, str, PageFactory]


def page_specs() -> list[PageSpec]:
    """The registry of pages (`winbook.ui.pages.PAGE_SPECS`), in navigator order."""
    return list(PAGE_SPECS)


class WindowBase(QMainWindow):
    """One window, one open plan: the document, its pages and the navigator (the menus and
    the file actions are `winbook.ui.main_window.MainWindow`'s)."""

    documentChanged = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.navigator: NavigatorList = self.ui.navigator
        self.figures_strip: FiguresStrip = self.ui.figures_strip
        self.page_stack: QStackedWidget = self.ui.page_stack
        self.status_bar: QStatusBar = self.ui.status_bar
        self.doc: PlanDocument | None = None
        self._specs: list[PageSpec] = []
        self._hosts: dict[str, QScrollArea] = {}
        self._pages: dict[str, QWidget] = {}
        self._glossary: GlossaryDialog | None = None
        self.new_plan_dialog: NewPlanDialog | None = None
        self.undo_group = QUndoGroup(self)
        self.save_state_label = QLabel(self)
        self.status_bar.addPermanentWidget(self.save_state_label)
        self.navigator.pageSelected.connect(self.show_page)
        self.ui.notice_dismiss_button.clicked.connect(lambda: self.show_banner(None))
        self.ui.legend_label.setText(_legend_text())
        self.ui.legend_label.setToolTip("What the marks in the list mean")
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.page_picker = QComboBox(self.ui.central_widget)
        self.page_picker.setObjectName("page_picker")
        self.ui.central_layout.insertWidget(0, self.page_picker)
        self.narrow_layout = NarrowLayout(
            self, self.navigator, self.ui.navigator_panel, self.page_picker
        )
        self._splitter_restored = False
        self._restore_geometry()

    def set_document(self, doc: PlanDocument) -> None:
        """Show ``doc`` (the previous document must already be closed by the caller)."""
        self._drop_pages()
        if self.doc is not None:
            self.undo_group.removeStack(self.doc.undo_stack)
            self.doc.deleteLater()
        self.doc = doc
        doc.setParent(self)
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        doc.figuresChanged.connect(self.refresh_figures)
        doc.savedStateChanged.connect(self.update_title)
        doc.undo_stack.cleanChanged.connect(self._on_clean_changed)
        doc.undo_stack.indexChanged.connect(self._on_index_changed)
        doc.writeFailed.connect(self._on_write_failed)
        doc.textRepaired.connect(self.status_bar.showMessage)
        self._build_pages()
        install_coach_mode(self, doc)
        self.narrow_layout.apply()
        self.refresh_figures()
        self.update_title()
        self.show_banner(doc.note_targets_model())
        self.documentChanged.emit()

    def show_banner(self, message: str | None) -> None:
        """A calm notice above the pages (not a dialog: nothing modal while people talk)."""
        self.ui.notice_label.setText(message or "")
        self.ui.notice_frame.setVisible(bool(message))

    def _drop_pages(self) -> None:
        for host in self._hosts.values():
            self.page_stack.removeWidget(host)
            host.deleteLater()
        self._hosts.clear()
        self._pages.clear()

    def _build_pages(self) -> None:
        self._specs = page_specs()
        for key, title, _factory in self._specs:
            host = QScrollArea(self.page_stack)
            host.setObjectName(f"host_{key}")
            host.setWidgetResizable(True)
            host.setFrameShape(QScrollArea.Shape.NoFrame)
            host.setAccessibleName(title)
            self._hosts[key] = host
            self.page_stack.addWidget(host)
        self.navigator.set_pages([(k, t) for k, t, _f in self._specs])
        if not self._splitter_restored:
            self.fit_navigator()
        if self._specs:
            self.navigator.select(self._specs[0][0])

    def fit_navigator(self) -> None:
        """Give the navigator its preferred width (at most a third of the window)."""
        width = min(self.navigator.preferred_width(), max(160, self.width() // 3))
        total = max(self.ui.splitter.width(), self.width())
        self.ui.splitter.setSizes([width, max(total - width, 1)])

    def page_keys(self) -> list[str]:
        return [k for k, _t, _f in self._specs]

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, created on first use."""
        if key not in self._pages:
            self._pages[key] = self._create_page(key)
            if type(self._pages[key]).__module__.startswith("winbook.ui.pages"):
                wrap_button_rows(self._pages[key])  # no sideways scrolling at 200%
                keep_fields_readable(self._pages[key])
            add_intro(self._pages[key], key, self.show_glossary)
            self._hosts[key].setWidget(_readable_column(self._pages[key], self._hosts[key]))
        return self._pages[key]

    def _create_page(self, key: str) -> QWidget:
        assert self.doc is not None
        factory = next(f for k, _t, f in self._specs if k == key)
        host = self._hosts[key]
        try:
            return factory(self.doc, host)
        except Exception as exc:  # a broken page must not take the window down
            label = QLabel(f"This page could not be shown: {exc}", host)
            label.setWordWrap(True)
            return label

    def show_page(self, key: str) -> None:
        if key not in self._hosts:
            return
        self.page(key)
        self.page_stack.setCurrentWidget(self._hosts[key])
        if self.navigator.current_key() != key:
            self.navigator.select(key)

    def show_field(self, key: str, name: str) -> QWidget | None:
        """Show page ``key`` with its input ``name`` (an object name) scrolled into view and in
        focus; the page alone when it has no such input. Returns the focused widget."""
        self.show_page(key)
        if key not in self._hosts:
            return None
        widget = self.page(key).findChild(QWidget, name) if name else None
        if widget is None:
            return None
        self._hosts[key].ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def current_page_key(self) -> str | None:
        return self.navigator.current_key()

    def refresh_figures(self) -> None:
        """Figures strip, readiness and navigator marks from the document's figures."""
        if self.doc is None:
            return
        plan, figures, readiness = self.doc.plan, self.doc.figures, self.doc.readiness
        self.figures_strip.set_figures(figures, readiness)
        for key in self.page_keys():
            mark, missing = status.page_status(plan, figures, key, readiness)
            reasons = (
                [] if mark is SectionStatus.READY else status.page_missing(plan, key, readiness)
            )
            self.navigator.set_status(key, mark, missing, reasons)

    def update_title(self) -> None:
        if self.doc is None:
            return
        doc = self.doc
        office = office_line(doc.plan.race)
        self.setWindowTitle(
            " — ".join(x for x in (f"{doc.display_name()}[*]", office, "Winbook") if x)
        )
        self.setWindowModified(doc.is_modified or (doc.is_untitled and doc.has_changes))
        self.save_state_label.setText(_save_state_text(doc))

    def _on_clean_changed(self, _clean: bool) -> None:
        self.update_title()

    def _on_index_changed(self, _index: int) -> None:
        self.update_title()

    def _on_write_failed(self, message: str) -> None:
        self.save_state_label.setText("Not saved")
        self.status_bar.showMessage(f"Not saved: {message}")

    def go_to_next_missing(self) -> None:
        """Select the next part (after the current one, wrapping) that is not ready."""
        keys = self.page_keys()
        if not keys:
            return
        current = self.current_page_key()
        start = keys.index(current) + 1 if current in keys else 0
        for key in keys[start:] + keys[:start]:
            mark, _missing = self.navigator.status(key)
            if mark is not SectionStatus.READY:
                self.show_page(key)
                self.status_bar.showMessage(f"Next to do: {self._title(key)}", 4000)
                return
        self.status_bar.showMessage("Every part is ready.", 4000)

    def next_page(self) -> None:
        self._step_page(1)

    def previous_page(self) -> None:
        self._step_page(-1)

    def _step_page(self, step: int) -> None:
        keys = self.page_keys()
        current = self.current_page_key()
        if keys and current in keys:
            self.show_page(keys[(keys.index(current) + step) % len(keys)])

    def toggle_navigator_focus(self) -> None:
        if self.navigator.hasFocus():
            key = self.current_page_key()
            if key is not None:
                self.page(key).setFocus(Qt.FocusReason.TabFocusReason)
                self.page(key).focusNextChild()
        else:
            self.navigator.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _title(self, key: str) -> str:
        return next((t for k, t, _f in self._specs if k == key), key)

    def show_methodology(self) -> None:
        if self.doc is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle("How Winbook gets its numbers")
        layout = QVBoxLayout(dialog)
        browser = QTextBrowser(dialog)
        browser.setAccessibleName("Methodology")
        browser.setHtml(methodology_html(self.doc))
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(640, 520)
        dialog.exec()

    def show_glossary(self, term: str = "") -> GlossaryDialog:
        """Help → Glossary (not modal: it stays open beside the plan), at ``term`` if given."""
        if self._glossary is None:
            self._glossary = GlossaryDialog(self)
        if term:
            self._glossary.show_term(term)
        self._glossary.show()
        self._glossary.raise_()
        self._glossary.activateWindow()
        return self._glossary

    def _open_glossary(self) -> None:
        self.show_glossary()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Winbook",
            f"<p><b>Winbook {__version__}</b></p><p>A campaign-plan workbook for first-time "
            "candidates and their coaches. Every figure shows how it was reached and where "
            "its defaults come from (Help → Methodology).</p>",
        )

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def show_notice(self, title: str, message: str) -> None:
        """Something to know, not something wrong (an information box)."""
        QMessageBox.information(self, title, message)

    def _restore_geometry(self) -> None:
        geometry = settings.read_bytes(settings.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            self.resize(min(1280, screen.width()), min(800, screen.height()))
        splitter = settings.read_bytes(settings.SPLITTER)
        if splitter is not None:
            self._splitter_restored = self.ui.splitter.restoreState(splitter)

    def save_window_state(self) -> None:
        settings.write_bytes(settings.GEOMETRY, self.saveGeometry())
        settings.write_bytes(settings.SPLITTER, self.ui.splitter.saveState())
        settings.write_bytes(settings.WINDOW_STATE, self.saveState())


#: Pages never grow wider than this: long lines and stretched fields are hard to read.
MAX_PAGE_WIDTH = 1000


def _readable_column(page: QWidget, host: QWidget) -> QWidget:
    """``page`` with its content kept at most `MAX_PAGE_WIDTH` wide, on the left.

    Pages whose form scrolls by itself keep their scroll bar at the window's edge: the limit
    goes on the scrolled content instead of on the page."""
    inner = page.findChildren(QScrollArea, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if len(inner) == 1 and inner[0].widgetResizable() and inner[0].widget() is not None:
        area = inner[0]
        content = area.takeWidget()
        area.setWidget(_column(content, area))
        return page
    return _column(page, host)


def _column(widget: QWidget, parent: QWidget) -> QWidget:
    holder = QWidget(parent)
    holder.setObjectName(f"{widget.objectName() or 'page'}_column")
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setMaximumWidth(MAX_PAGE_WIDTH)
    layout.addWidget(widget, 1)
    layout.addStretch(0)
    return holder


def _legend_text() -> str:
    """ "○ empty · ◐ drafting · …": breaks only between entries."""
    nbsp = "\u00a0"
    return " · ".join(
        f"{status.STATUS_MARKS[s]}{nbsp}{status.STATUS_WORDS[s].lower().replace(' ', nbsp)}"
        for s in (
            SectionStatus.EMPTY,
            SectionStatus.DRAFTING,
            SectionStatus.READY,
            SectionStatus.NEEDS_REVIEW,
        )
    )


def _save_state_text(doc: PlanDocument) -> str:
    if doc.is_modified:
        return "Saving…"
    if doc.is_untitled:
        return "Kept as an untitled plan" if doc.has_changes else "New plan"
    return "All changes saved"


def _steps_html(title: str, steps: Sequence[Step]) -> str:
    items = []
    for step in steps:
        src = SOURCES.get(step.source)
        cite = f" <i>({html.escape(src.title)})</i>" if src else ""
        items.append(f"<li>{html.escape(step.text)}{cite}</li>")
    body = "".join(items) or "<li>Nothing to compute yet.</li>"
    return f"<h3>{html.escape(title)}</h3><ol>{body}</ol>"


def methodology_html(doc: PlanDocument) -> str:
    """The figures' steps for this plan, then every source Winbook cites."""
    f = doc.figures
    parts = [
        _steps_html("Projected turnout", f.turnout.steps),
        _steps_html("Win number and vote goal", f.win.steps),
        _steps_html("Path to victory", f.path.steps),
        _steps_html("Budget", f.budget.steps),
    ]
    sources = "".join(
        f"<li><b>{html.escape(s.title)}</b>: {html.escape(s.detail)}</li>" for s in SOURCES.values()
    )
    return "".join(parts) + f"<h3>Sources</h3><ul>{sources}</ul>"
