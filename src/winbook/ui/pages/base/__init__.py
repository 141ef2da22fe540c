"""What every Winbook page shares: the load/refresh contract and table plumbing.

A page is one class built on a Designer form. Its contract with the main window:

- ``PlanPage(doc, parent)``: build the form, bind fields (`FieldBinder`) and tables.
- ``load()``: re-read everything from ``doc.plan`` (fields, tables, figures).
- ``refresh_figures()``: re-read the derived figures from ``doc.figures``; connected to
  ``doc.figuresChanged`` so every figure on the page moves with every edit.

Edits never touch the plan directly: fields go through ``doc.set_value`` (via the binder), rows
through the table models, so every change is one undo step.

The table machinery is in `tables`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from winbook.app import settings
from winbook.app.document import PlanDocument
from winbook.domain.explain import Step
from winbook.domain.sources import SOURCES
from winbook.ui.models.table import RowsModel
from winbook.ui.pages.base.tables import (
    EMPTY_HINTS,
    KIND_SAMPLES,
    AnyTable,
    ColumnFitter,
    EmptyHint,
    GrowingTable,
    Index,
    PlanItemDelegate,
    TableTools,
    choice_editor,
    searching_completer,
)
from winbook.ui.widgets.binding import FieldBinder
from winbook.ui.widgets.warnings import WARNING_SIGN

__all__ = [
    "EMPTY_HINTS",
    "KIND_SAMPLES",
    "AnyTable",
    "ColumnFitter",
    "DocUndoKeys",
    "EmptyHint",
    "GrowingTable",
    "Index",
    "PlanItemDelegate",
    "PlanPage",
    "TableTools",
    "bold_font",
    "choice_editor",
    "fmt_opt_int",
    "searching_completer",
    "setup_rows_table",
    "show_steps",
    "show_warnings",
    "sources_tip",
    "steps_html",
    "value_label",
    "warnings_text",
]


class PlanPage(QWidget):
    """Base class of the plan's pages (see the module docstring for the contract)."""

    key = ""
    title = ""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.binder = FieldBinder(doc, self)
        self.tables: list[TableTools] = []
        doc.figuresChanged.connect(self.refresh_figures)

    def load(self) -> None:
        self.binder.refresh()
        for t in self.tables:
            t.model.sync()
        self.refresh_figures()

    def refresh_figures(self) -> None:
        """Re-read derived figures (pages override)."""

    def add_table(
        self,
        view: QTableView,
        model: AnyTable,
        add: QPushButton | None = None,
        remove: QPushButton | None = None,
        paste: QPushButton | None = None,
        up: QPushButton | None = None,
        down: QPushButton | None = None,
    ) -> TableTools:
        tools = TableTools(view, model, self)
        tools.connect_buttons(add, remove, paste, up, down)
        self.tables.append(tools)
        return tools


class DocUndoKeys(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in a text widget undo the document, not the widget's own text."""

    def __init__(self, doc: PlanDocument, parent: QObject) -> None:
        super().__init__(parent)
        self.doc = doc

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            action = self.doc.undo_stack.undo
        elif event.matches(QKeySequence.StandardKey.Redo):
            action = self.doc.undo_stack.redo
        else:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.ignore()  # let the window's Undo/Redo actions have it
            return True
        action()
        return True


def steps_html(steps: Sequence[Step], sources: bool | None = None) -> str:
    """Numbered steps as rich text. Each step's source is named in small print only when
    ``sources`` is on (default: the View → Sources setting); otherwise it is in the hover
    (`show_steps`), so the math reads without a citation on every line."""
    if not steps:
        return ""
    if sources is None:
        sources = settings.read_bool(settings.SHOW_SOURCES)
    items = []
    for s in steps:
        src = SOURCES.get(s.source)
        cite = f" <small>({html.escape(src.title)})</small>" if src and sources else ""
        items.append(f"<li>{html.escape(s.text)}{cite}</li>")
    return "<ol style='margin-left:0'>" + "".join(items) + "</ol>"


def sources_tip(steps: Sequence[Step]) -> str:
    """ "Sources: 1. Wellstone ...; 3. NGP VAN ..." for the hover of a steps label."""
    cited = [
        f"{i}. {SOURCES[s.source].title}" for i, s in enumerate(steps, 1) if s.source in SOURCES
    ]
    if not cited:
        return ""
    return "Sources of these steps (View → Sources shows them in line):\n" + "\n".join(cited)


def show_steps(label: QLabel, steps: Sequence[Step]) -> None:
    """Show ``steps`` in ``label``, their sources in its hover."""
    label.setText(steps_html(steps))
    label.setToolTip(sources_tip(steps))


def warnings_text(warnings: Sequence[str]) -> str:
    return "\n".join(f"{WARNING_SIGN} {w}" for w in warnings)


def show_warnings(label: QLabel, warnings: Sequence[str]) -> None:
    label.setText(warnings_text(warnings))
    label.setVisible(bool(warnings))
    label.setAccessibleName("Warnings" if warnings else "")


def fmt_opt_int(value: int | None, empty: str = "–") -> str:
    return empty if value is None else f"{value:,}"


def bold_font(label: QLabel) -> None:
    font = label.font()
    font.setBold(True)
    label.setFont(font)


def setup_rows_table(view: QTableView, model: RowsModel) -> None:
    """A read-only figures table: fits its columns, no editing, keyboard-focusable."""
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    if model.columnCount():
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setVisible(False)


def value_label(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)
