"""The open plan and the signals that announce every change to its parts.

`AnnouncedPlan` holds ``plan`` and applies the changes the undo commands (`winbook.app.commands`)
ask for, by part path (``"history"``, ``"race"``), announcing each one the same way whether it is
a do, an undo or a redo. `winbook.app.document.PlanDocument` builds on it (undo stack, figures,
the file); views listen to these signals:

- ``valueChanged(part, index, field)``: one field changed (``index`` is None or an int).
- ``rowsAboutToBeInserted(part, first, last)`` / ``rowsInserted(part, first, last)``
- ``rowsAboutToBeRemoved(part, first, last)`` / ``rowsRemoved(part, first, last)``
  (a multi-row removal is announced block by block, from the bottom up).
- ``partAboutToBeReset(part)`` / ``partReset(part)``: moves, replaces and ``set_object``.
  Table models map these to begin/endInsertRows, begin/endRemoveRows and begin/endResetModel.
- ``partChanged(part)``: after any change to ``part`` (after the fine-grained signal).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from winbook.domain.model import Plan, Section
from winbook.domain.sections import status_for_text


class AnnouncedPlan(QObject):
    """``plan`` and the primitives that change it and announce the change."""

    valueChanged = Signal(str, object, str)  # noqa: N815
    rowsAboutToBeInserted = Signal(str, int, int)  # noqa: N815
    rowsInserted = Signal(str, int, int)  # noqa: N815
    rowsAboutToBeRemoved = Signal(str, int, int)  # noqa: N815
    rowsRemoved = Signal(str, int, int)  # noqa: N815
    partAboutToBeReset = Signal(str)  # noqa: N815
    partReset = Signal(str)  # noqa: N815
    partChanged = Signal(str)  # noqa: N815

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan = plan

    def _list(self, part: str) -> list[object]:
        value = getattr(self.plan, part)
        if not isinstance(value, list):
            raise TypeError(f"plan.{part} is not a list")
        return value

    def _target(self, part: str, index: int | None) -> object:
        obj = getattr(self.plan, part)
        return obj if index is None else obj[index]

    def _read_value(self, part: str, index: int | None, field: str) -> object:
        return getattr(self._target(part, index), field)

    def _apply_value(self, part: str, index: int | None, field: str, value: object) -> None:
        target = self._target(part, index)
        setattr(target, field, value)
        self.valueChanged.emit(part, index, field)
        if isinstance(target, Section) and field == "text" and isinstance(value, str):
            # the status follows the writing
            status = status_for_text(target.status, value)
            if status is not target.status:
                target.status = status
                self.valueChanged.emit(part, index, "status")
        self._changed(part)

    def _apply_insert(self, part: str, row: int, items: list[object]) -> None:
        rows = self._list(part)
        last = row + len(items) - 1
        self.rowsAboutToBeInserted.emit(part, row, last)
        rows[row:row] = items
        self.rowsInserted.emit(part, row, last)
        self._changed(part)

    def _apply_remove(self, part: str, rows: list[int]) -> list[object]:
        items = self._list(part)
        removed = {r: items[r] for r in rows}
        for first, last in reversed(_blocks(rows)):
            self.rowsAboutToBeRemoved.emit(part, first, last)
            del items[first : last + 1]
            self.rowsRemoved.emit(part, first, last)
        self._changed(part)
        return [removed[r] for r in rows]

    def _apply_replace(self, part: str, items: list[object]) -> list[object]:
        rows = self._list(part)
        self.partAboutToBeReset.emit(part)
        old = list(rows)
        rows[:] = items
        self.partReset.emit(part)
        self._changed(part)
        return old

    def _apply_move(self, part: str, src: int, dst: int) -> None:
        rows = self._list(part)
        self.partAboutToBeReset.emit(part)
        rows.insert(dst, rows.pop(src))
        self.partReset.emit(part)
        self._changed(part)

    def _apply_object(self, part: str, obj: object) -> object:
        self.partAboutToBeReset.emit(part)
        old = getattr(self.plan, part)
        setattr(self.plan, part, obj)
        self.partReset.emit(part)
        self._changed(part)
        return old

    def _changed(self, part: str) -> None:
        """After every change to ``part`` (a subclass also marks it to be written)."""
        self.partChanged.emit(part)


def _blocks(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as contiguous (first, last) blocks: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    blocks: list[tuple[int, int]] = []
    for r in rows:
        if blocks and blocks[-1][1] == r - 1:
            blocks[-1] = (blocks[-1][0], r)
        else:
            blocks.append((r, r))
    return blocks
