"""The template every editable plan table follows (after Vorta's table models).

`PlanListModel` shows one list of the plan (``"history"``, ``"expenses"``, ``"path.channels"``...)
with `Column` specs. It never changes the plan itself: every edit, insert, removal, move or paste
goes through the document, so it lands on the undo stack, and the model follows the document's
``partChanged`` signal to update. The model keeps a snapshot of the row objects so that begin/end
notifications always bracket the change the views see.

A row nobody typed into (`winbook.domain.rows.is_blank`) is shown greyed and italic, with
"empty row" in its first typed column; no figure counts it and saving drops it.

`RowsModel` is the read-only sibling for derived figures (weekly goals, totals by month...).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from winbook.domain.parts import ListPart
from winbook.domain.rows import TYPED_FIELDS, is_blank
from winbook.ui.models.columns import Column, Kind

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    from winbook.app.document import PlanDocument

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: What a blank row (nothing typed yet) says in its first typed column, and on hover.
BLANK_ROW_TEXT = "empty row"
BLANK_ROW_TIP = "An empty row: nothing is typed in it yet, so no figure counts it; it is not saved."
BLANK_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    }
)


#: The row class of one table (PastElection, ExpenseLine ...): a dataclass of the plan.
RowT = TypeVar("RowT", bound="DataclassInstance")


class PlanListModel(QAbstractTableModel, Generic[RowT]):
    """An editable table over one list part of the open plan."""

    def __init__(
        self,
        doc: PlanDocument,
        part: ListPart[RowT],
        columns: Sequence[Column[RowT]],
        new_item: Callable[[], RowT],
        noun: str = "row",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.list_part = part
        self.part = part.path
        self.columns: tuple[Column[RowT], ...] = tuple(columns)
        self.new_item = new_item
        self.noun = noun
        self.last_error = ""
        self._rows: list[RowT] = list(self._source())
        doc.partChanged.connect(self._on_part_changed)
        doc.problemsChanged.connect(self._on_problems_changed)

    # ----------------------------------------------------------------- read

    def _source(self) -> list[RowT]:
        return self.list_part.rows(self.doc.plan)

    def items(self) -> list[RowT]:
        return list(self._rows)

    def column_of(self, field: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.field == field)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return col.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return col.tip or None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        col = self.columns[index.column()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if col.editable and col.kind is Kind.BOOL:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif col.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def value(self, row: int, column: int) -> object:
        col = self.columns[column]
        if col.derive is not None:
            return col.derive(self._rows[row])
        return getattr(self._rows[row], col.field)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._valid(index):
            return None
        col = self.columns[index.column()]
        value = self.value(index.row(), index.column())
        blank_cell = role == Qt.ItemDataRole.TextAlignmentRole and self._says_blank(index)
        if (role in BLANK_ROLES or blank_cell) and self.is_blank_row(index.row()):
            return self._blank_data(index.row(), index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(value)
        if role == Qt.ItemDataRole.EditRole:
            return col.edit_text(value)
        if role == Qt.ItemDataRole.CheckStateRole and col.kind is Kind.BOOL:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return col.alignment()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), col)
        if role == Qt.ItemDataRole.DecorationRole and self._problems(index.row(), col.field):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{col.title}: {col.display(value) or ('yes' if value is True else 'empty')}"
        return None

    def _says_blank(self, index: Index) -> bool:
        return self.is_blank_row(index.row()) and index.column() == self.blank_column(index.row())

    def is_blank_row(self, row: int) -> bool:
        """Nothing typed in this row yet (`winbook.domain.rows`): no figure counts it."""
        return is_blank(self._rows[row])

    def blank_column(self, row: int) -> int:
        """The column that says "empty row": the first typed text field, else the first
        typed field that is not a tick box."""
        typed = TYPED_FIELDS.get(type(self._rows[row]), ())
        columns = [i for i, c in enumerate(self.columns) if c.field in typed]
        text = [i for i in columns if self.columns[i].kind is Kind.TEXT]
        other = [i for i in columns if self.columns[i].kind is not Kind.BOOL]
        return (text or other or [0])[0]

    def _blank_data(self, row: int, column: int, role: int) -> object:
        col = self.columns[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return BLANK_ROW_TIP
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{col.title}: {BLANK_ROW_TEXT}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if column == self.blank_column(row):
            return BLANK_ROW_TEXT
        untouched = col.field in TYPED_FIELDS.get(type(self._rows[row]), ())
        return "" if untouched else col.display(self.value(row, column))  # no "0%" result

    def _valid(self, index: Index) -> bool:
        return (
            index.isValid()
            and index.model() is self
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self.columns)
        )

    def _problems(self, row: int, field: str) -> list[str]:
        return [
            p.message
            for p in self.doc.problems
            if p.part == self.part and p.index == row and p.field == field
        ]

    def _tooltip(self, row: int, col: Column[RowT]) -> str | None:
        problems = self._problems(row, col.field)
        if problems:
            return "\n".join(problems)
        return col.tip or None

    # ----------------------------------------------------------------- edit (through the doc)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self._valid(index):
            return False
        col = self.columns[index.column()]
        if not col.editable:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and col.kind is Kind.BOOL:
            parsed: object = _checked(value)
        elif role == Qt.ItemDataRole.EditRole:
            try:
                parsed = col.parse(value)
            except ValueError as exc:
                self.last_error = str(exc)
                return False
        else:
            return False
        self.last_error = ""
        if parsed == self.value(index.row(), index.column()) and type(parsed) is type(
            self.value(index.row(), index.column())
        ):
            return True
        self.set_field(index.row(), col.field, parsed)
        return True

    def insertRows(self, row: int, count: int, parent: Index = _ROOT) -> bool:
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.insert_items(row, [self.new_item() for _ in range(count)])
        return True

    def removeRows(self, row: int, count: int, parent: Index = _ROOT) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.remove_rows(list(range(row, row + count)))
        return True

    def move_row(self, src: int, dst: int) -> bool:
        """Move row ``src`` so that it ends up at index ``dst``."""
        n = len(self._rows)
        if not (0 <= src < n and 0 <= dst < n) or src == dst:
            return False
        if self.list_part.owner is None:
            self.doc.move_item(self.list_part, src, dst)
        else:
            self._edit_nested("Move row", lambda rows: rows.insert(dst, rows.pop(src)))
        return True

    # The document edits top-level parts; a nested list ("path.channels") is edited by
    # replacing its parent object with a shallow copy (unchanged rows keep their identity).

    def set_field(self, row: int, field: str, value: object) -> None:
        if self.list_part.owner is None:
            self.doc.set_value(self.list_part.field(field), row, value)
            return

        def change(rows: list[RowT]) -> None:
            rows[row] = dataclasses.replace(rows[row], **{field: value})

        if getattr(self._source()[row], field) != value:
            self._edit_nested(f"Edit {field.replace('_', ' ')}", change)

    def insert_items(self, row: int, items: list[RowT]) -> None:
        if self.list_part.owner is None:
            self.doc.insert_items(self.list_part, row, items)
        else:
            self._edit_nested(
                f"Add {self.noun}", lambda rows: rows.__setitem__(slice(row, row), items)
            )

    def remove_rows(self, rows: Sequence[int]) -> None:
        wanted = sorted({r for r in rows if 0 <= r < len(self._rows)})
        if not wanted:
            return
        if self.list_part.owner is None:
            self.doc.remove_items(self.list_part, wanted)
            return

        def change(items: list[RowT]) -> None:
            for r in reversed(wanted):
                del items[r]

        self._edit_nested(f"Remove {self.noun}", change)

    def _edit_nested(self, text: str, change: Callable[[list[RowT]], None]) -> None:
        owner = self.list_part.owner
        assert owner is not None
        obj = copy.copy(owner.get(self.doc.plan))
        rows = list(self._source())
        change(rows)
        setattr(obj, self.list_part.attribute, rows)
        self.doc.set_object(owner, obj, text)

    def paste_table(self, text: str, row: int, column: int) -> int:
        """Paste tab-separated rows from a spreadsheet at (row, column), as one undo step.

        Existing rows are overwritten from ``row`` down, extra rows are appended. Returns the
        number of rows pasted; raises ValueError (nothing changed) when a cell cannot be read.
        """
        lines = [ln for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln]
        if not lines:
            return 0
        row = max(0, min(row, len(self._rows)))
        parsed = [self._parse_line(line, column) for line in lines]
        self.doc.begin_macro(f"Paste {len(parsed)} {self.noun}{'s' if len(parsed) > 1 else ''}")
        try:
            for offset, values in enumerate(parsed):
                self._paste_one(row + offset, values)
        finally:
            self.doc.end_macro()
        return len(parsed)

    def _parse_line(self, line: str, column: int) -> dict[str, object]:
        cells = line.split("\t")
        values: dict[str, object] = {}
        for col, cell in zip(self.columns[column:], cells, strict=False):
            if col.editable:
                values[col.field] = col.parse(cell)
        return values

    def _paste_one(self, row: int, values: dict[str, object]) -> None:
        if row < len(self._source()):
            for field, v in values.items():
                self.set_field(row, field, v)
            return
        item = self.new_item()
        for field, v in values.items():
            setattr(item, field, v)
        self.insert_items(row, [item])

    # ----------------------------------------------------------------- follow the document

    def _on_part_changed(self, part: str) -> None:
        if part == self.part or self.part.startswith(part + "."):
            self.sync()

    def _on_problems_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(self.columns) - 1),
                [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole],
            )

    def sync(self) -> None:
        """Bring the snapshot in line with the plan, with the narrowest notification that fits."""
        new = list(self._source())
        old = self._rows
        if len(new) == len(old):
            self._rows = new
            if new:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(new) - 1, len(self.columns) - 1)
                )
            return
        block = _inserted_block(old, new)
        if block is not None:
            self.beginInsertRows(_ROOT, block[0], block[1])
            self._rows = new
            self.endInsertRows()
            return
        block = _inserted_block(new, old)
        if block is not None:
            self.beginRemoveRows(_ROOT, block[0], block[1])
            self._rows = new
            self.endRemoveRows()
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()


def _checked(value: object) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    if isinstance(value, bool):
        return value
    return isinstance(value, int) and value == Qt.CheckState.Checked.value


def _inserted_block(short: Sequence[object], long: Sequence[object]) -> tuple[int, int] | None:
    """(first, last) rows of one contiguous block that turns ``short`` into ``long``, if any."""
    extra = len(long) - len(short)
    if extra <= 0:
        return None
    start = 0
    while start < len(short) and short[start] is long[start]:
        start += 1
    rest_short, rest_long = short[start:], long[start + extra :]
    if len(rest_short) == len(rest_long) and all(
        a is b for a, b in zip(rest_short, rest_long, strict=True)
    ):
        return start, start + extra - 1
    return None


class RowsModel(QAbstractTableModel):
    """A read-only table of derived figures: headers plus rows of display strings."""

    def __init__(
        self,
        headers: Sequence[str],
        numeric: Sequence[bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.numeric = list(numeric) if numeric is not None else [False] * len(self.headers)
        self._rows: list[list[str]] = []
        self._tips: list[str] = []

    def set_rows(self, rows: Sequence[Sequence[str]], tips: Sequence[str] | None = None) -> None:
        new = [list(r) for r in rows]
        if len(new) == len(self._rows):
            self._rows = new
            self._tips = list(tips or [])
            if new:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(new) - 1, len(self.headers) - 1)
                )
            return
        self.beginResetModel()
        self._rows = new
        self._tips = list(tips or [])
        self.endResetModel()

    def rows(self) -> list[list[str]]:
        return [list(r) for r in self._rows]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.model() is not self:
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < len(self.headers)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[r][c] if c < len(self._rows[r]) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self.numeric[c]:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and r < len(self._tips) and self._tips[r]:
            return self._tips[r]
        return None
