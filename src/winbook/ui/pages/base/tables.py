"""What every page's tables share: the cell delegate with its editors and searchable choices,
the empty-table hint, columns fitted to their content, tables that grow with the page, and
the row tools (add, remove, move, paste).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

# Any: a table of any row type (the page code never reads a row's fields)
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from winbook.domain.dates import format_date, format_month
from winbook.ui.models.columns import Kind
from winbook.ui.models.table import PlanListModel
from winbook.ui.widgets.warnings import WARNING_SIGN, find_layout

Index = QModelIndex | QPersistentModelIndex


#: A table of any of the plan's row types (the page code never reads a row's fields).
AnyTable = PlanListModel[Any]


class PlanItemDelegate(QStyledItemDelegate):
    """Editors by column kind: a combo for choices, a completer for known words, plain text
    (which accepts "$1,200", "12%", "2027-09") for the rest. A rejected value is reported."""

    def __init__(self, model: AnyTable, report: Callable[[str], None], parent: QObject) -> None:
        super().__init__(parent)
        self.model = model
        self.report = report
        self.last_row = -1

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        col = self.model.columns[index.column()]
        self.last_row = index.row()
        if col.kind is Kind.ENUM and col.labels:
            combo = choice_editor(parent, list(col.labels.values()), col.title)
            line = combo.lineEdit()
            if line is not None:  # Enter in the search text commits, as in any other cell
                line.returnPressed.connect(lambda: self._submit(combo))
            return combo
        edit = QLineEdit(parent)
        edit.setAccessibleName(col.title)
        day = self.model.doc.plan.race.election_date or date.today()  # the plan's own dates
        if col.kind is Kind.MONTH:
            edit.setPlaceholderText(f"e.g. {format_month(day.isoformat())}")
        elif col.kind is Kind.DATE:
            edit.setPlaceholderText(f"e.g. {format_date(day)}")
        words = col.suggestions or self._known(index.column())
        if words:
            edit.setCompleter(searching_completer(list(words), edit))
        return edit

    def _submit(self, editor: QWidget) -> None:
        if editor.property("submitted"):
            return  # Enter reaches both the search text and the drop-down
        editor.setProperty("submitted", True)
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    def _known(self, column: int) -> tuple[str, ...]:
        col = self.model.columns[column]
        if col.kind not in (Kind.MONTH, Kind.TEXT):
            return ()
        seen = {col.display(getattr(r, col.field)) for r in self.model.items()}
        return tuple(sorted(w for w in seen if w))

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findText(text), 0))
            line = editor.lineEdit()
            if line is not None:
                line.selectAll()  # typing searches the choices
        elif isinstance(editor, QLineEdit):
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            text = _chosen(editor)
        elif isinstance(editor, QLineEdit):
            text = editor.text()
        else:  # pragma: no cover
            return
        if not model.setData(index, text, Qt.ItemDataRole.EditRole):
            self.report(self.model.last_error)
        else:
            self.report("")


def searching_completer(words: list[str], parent: QObject) -> QCompleter:
    """Suggestions that match anywhere, any case: "pri" finds "Voter contact: print, ..."."""
    completer = QCompleter(words, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


def choice_editor(parent: QWidget, labels: list[str], title: str) -> QComboBox:
    """A drop-down of ``labels`` that can also be searched by typing part of a label."""
    combo = QComboBox(parent)
    combo.addItems(labels)
    combo.setAccessibleName(title)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setCompleter(searching_completer(labels, combo))
    return combo


def _chosen(combo: QComboBox) -> str:
    """The label typed or picked; a typed fragment that matches one label only is that label."""
    text = combo.currentText().strip()
    labels = [combo.itemText(i) for i in range(combo.count())]
    if text in labels or not text:
        return text or combo.itemText(combo.currentIndex())
    matches = [label for label in labels if text.casefold() in label.casefold()]
    return matches[0] if len(matches) == 1 else text


#: What an empty table says, by the plan part it edits (history and checklist pages say it
#: above their table already).
EMPTY_HINTS: dict[str, str] = {
    "expenses": "No spending yet. Add a first line, paste rows from a spreadsheet, "
    "or use Import from spreadsheet…",
    "income": "No income yet. Add what you expect to raise, month by month: call time, "
    "events, online.",
    "race_costs": "No comparable races yet. Add what winners of similar races spent "
    "(from their finance reports).",
    "path.base_shares": "No past results yet. Add how candidates like you did in the last "
    "6 to 10 years.",
    "path.channels": "No channels yet. Press “Add the standard channels” to start from "
    "published contact rates.",
    "timeline": "No dates yet. Press “Add the standard key dates” to count them back from "
    "election day.",
    "disclosure.items": "No findings. Add what a background check will find, with your "
    "explanation, or tick “I have nothing to disclose”.",
}


class EmptyHint(QObject):
    """A quiet sentence in the middle of an empty table saying what to do first."""

    def __init__(self, view: QTableView, model: QAbstractItemModel, text: str) -> None:
        super().__init__(view)
        self.model = model
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("empty_hint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(view.viewport())
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.label)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update)
        self.update()

    def text(self) -> str:
        """The hint while the table is empty, else ""."""
        return self.label.text() if not self.label.isHidden() else ""

    def update(self, *_args: object) -> None:
        self.label.setVisible(self.model.rowCount() == 0)


#: The widest value of each column kind ("2026" for a year...), so no column shows "2…".
KIND_SAMPLES: dict[Kind, str] = {
    Kind.YEAR: "2026",
    Kind.MONTH: "Sep 2027",
    Kind.DATE: "Sep 30, 2027",
    Kind.MONEY: "$12,345",
    Kind.INT: "1,234",
    Kind.OPT_INT: "12,345",
    Kind.PCT: "100.0%",
    Kind.OPT_FLOAT: "12.25",
    Kind.BOOL: "",
}


class ColumnFitter(QObject):
    """Free-text columns (description, note…) share the spare width; the others fit their
    contents and can still be dragged wider. When the table is too narrow for that (200%
    scale), text columns keep a readable width and the table scrolls sideways instead."""

    MIN_TEXT_CHARS = 18

    def __init__(self, view: QTableView, model: AnyTable) -> None:
        super().__init__(view)
        self.view = view
        self.model = model
        self.text = [i for i, c in enumerate(model.columns) if c.kind is Kind.TEXT]
        self.others = [i for i in range(len(model.columns)) if i not in self.text]
        self.stretching: bool | None = None
        view.horizontalHeader().setStretchLastSection(not self.text)
        view.viewport().installEventFilter(self)
        self.fit()

    def min_text_width(self) -> int:
        return self.view.fontMetrics().averageCharWidth() * self.MIN_TEXT_CHARS

    def fit(self) -> None:
        """Size the columns to their contents, then for the table's current width."""
        header = self.view.horizontalHeader()
        for i in self.others:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            self.view.resizeColumnToContents(i)
            header.resizeSection(i, max(header.sectionSize(i), self.kind_width(i)))
        self.stretching = None
        self.refit()

    def kind_width(self, column: int) -> int:
        """Room for the widest value of the column's kind, so a new plan's columns never show
        "2…" (the header and the values already there are measured by Qt; choices and text
        size to their contents)."""
        sample = KIND_SAMPLES.get(self.model.columns[column].kind)
        if sample is None:
            return 0
        fm = self.view.fontMetrics()
        return fm.horizontalAdvance(sample) + 2 * fm.averageCharWidth() + 6

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.text:
            self.refit()
        return False

    def refit(self) -> None:
        """Switch between stretching and scrolling when the width crosses the threshold."""
        header = self.view.horizontalHeader()
        fixed = sum(header.sectionSize(i) for i in self.others)
        room = self.view.viewport().width() - fixed
        stretch = not self.text or room >= len(self.text) * self.min_text_width()
        if stretch != self.stretching:
            self.stretching = stretch
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            for i in self.text:
                header.setSectionResizeMode(i, mode)
                if not stretch:
                    header.resizeSection(i, self.min_text_width())


class GrowingTable(QObject):
    """A table as tall as its rows, so the page scrolls instead of a box inside the page
    (room for `MIN_ROWS` rows while it is nearly empty, for its "what to do first" hint)."""

    MIN_ROWS = 3

    def __init__(self, view: QTableView, model: QAbstractItemModel) -> None:
        super().__init__(view)
        self.view, self.model = view, model
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.fit)
        view.horizontalScrollBar().rangeChanged.connect(self.fit)
        self.fit()

    def height_for_rows(self) -> int:
        view = self.view
        rows = max(self.model.rowCount(), self.MIN_ROWS)
        row = view.verticalHeader().defaultSectionSize()
        height = view.horizontalHeader().sizeHint().height() + rows * row + 2 * view.frameWidth()
        bar = view.horizontalScrollBar()
        if bar.maximum() > 0:
            height += bar.sizeHint().height()
        return height

    def fit(self, *_args: object) -> None:
        self.view.setMinimumHeight(self.height_for_rows())


class TableTools(QObject):
    """Connects a QTableView to a `PlanListModel`: delegate, buttons, Enter adds a row,
    Ctrl+V pastes spreadsheet rows (one undo step), Delete removes selected rows."""

    def __init__(self, view: QTableView, model: AnyTable, parent: QObject) -> None:
        super().__init__(parent)
        self.view, self.model = view, model
        view.setModel(model)
        self.message = QLabel(view.parentWidget())
        self.message.setWordWrap(True)
        self.message.hide()
        holder = view.parentWidget()
        layout = find_layout(holder.layout(), view) if holder is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(view) + 1, self.message)
        self.delegate = PlanItemDelegate(model, self.report, self)
        view.setItemDelegate(self.delegate)
        self.delegate.closeEditor.connect(self._on_close_editor)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.columns = ColumnFitter(view, model)
        self.height = GrowingTable(view, model)
        hint = EMPTY_HINTS.get(model.part)
        self.empty_hint = EmptyHint(view, model, hint) if hint else None
        view.installEventFilter(self)
        model.modelReset.connect(self.columns.fit)

    def connect_buttons(
        self,
        add: QPushButton | None,
        remove: QPushButton | None,
        paste: QPushButton | None,
        up: QPushButton | None,
        down: QPushButton | None,
    ) -> None:
        if add is not None:
            add.clicked.connect(self.add_row)
        if remove is not None:
            remove.clicked.connect(self.remove_selected)
        if paste is not None:
            paste.clicked.connect(self.paste_clipboard)
        if up is not None:
            up.clicked.connect(lambda: self.move_current(-1))
        if down is not None:
            down.clicked.connect(lambda: self.move_current(1))

    def report(self, message: str) -> None:
        self.message.setText(f"{WARNING_SIGN} {message}" if message else "")
        self.message.setVisible(bool(message))

    # ----------------------------------------------------------------- actions

    def add_row(self) -> None:
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        first = next((i for i, c in enumerate(self.model.columns) if c.editable), 0)
        index = self.model.index(row, first)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.view.selectionModel().selectedIndexes()}
        current = self.view.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return sorted(rows)

    def remove_selected(self) -> None:
        self.model.remove_rows(self.selected_rows())

    def move_current(self, delta: int) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            return
        dst = current.row() + delta
        if self.model.move_row(current.row(), dst):
            self.view.setCurrentIndex(self.model.index(dst, current.column()))

    def paste_clipboard(self) -> None:
        text = QApplication.clipboard().text()
        self.paste_text(text)

    def paste_text(self, text: str) -> None:
        current = self.view.currentIndex()
        row = current.row() if current.isValid() else self.model.rowCount()
        column = current.column() if current.isValid() else 0
        try:
            n = self.model.paste_table(text, row, column)
        except ValueError as exc:
            self.report(f"Nothing pasted. {exc}")
            return
        self.report("" if n else "The clipboard holds no rows to paste.")

    # ----------------------------------------------------------------- keys

    def _on_close_editor(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if (
            hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
            and self.delegate.last_row == self.model.rowCount() - 1
            and not self.message.isVisible()
        ):
            QTimer.singleShot(0, self.add_row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        editing = self.view.state() == QAbstractItemView.State.EditingState
        if editing:
            return False
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.view.currentIndex()
            if not current.isValid() or current.row() == self.model.rowCount() - 1:
                self.add_row()
                return True
        if (
            event.key() == Qt.Key.Key_Delete
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.remove_selected()
            return True
        return False
