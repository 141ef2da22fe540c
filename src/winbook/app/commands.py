"""Undo commands for plan edits (Orange-canvas style: each keeps the old and the new value).

Commands never touch widgets. They change ``doc.plan`` through a small protocol on the
document (`EditTarget`) that applies the change and announces it, so a redo, an undo and the
first "do" all produce exactly the same signals.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

#: `QUndoCommand.id()` of `SetValueCommand`: consecutive edits of one field merge while they
#: are one burst of typing (same ``burst`` id, `winbook.app.typing`).
SET_VALUE_ID = 1001


class EditTarget(Protocol):
    """What a command needs from the document (`winbook.app.announced.AnnouncedPlan`)."""

    def _apply_value(self, part: str, index: int | None, field: str, value: object) -> None: ...

    def _apply_insert(self, part: str, row: int, items: list[object]) -> None: ...

    def _apply_remove(self, part: str, rows: list[int]) -> list[object]: ...

    def _apply_replace(self, part: str, items: list[object]) -> list[object]: ...

    def _apply_move(self, part: str, src: int, dst: int) -> None: ...

    def _apply_object(self, part: str, obj: object) -> object: ...

    def _read_value(self, part: str, index: int | None, field: str) -> object: ...


class SetValueCommand(QUndoCommand):
    """Set one field of a part (``index`` None) or of one row of a list part."""

    def __init__(
        self,
        doc: EditTarget,
        part: str,
        index: int | None,
        field: str,
        value: object,
        text: str,
        merge: bool = True,
        burst: int = 0,
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self.key = (part, index, field)
        self.old = doc._read_value(part, index, field)
        self.new = value
        self.merge = merge
        self.burst = burst

    def redo(self) -> None:
        part, index, field = self.key
        self._doc._apply_value(part, index, field, self.new)

    def undo(self) -> None:
        part, index, field = self.key
        self._doc._apply_value(part, index, field, self.old)

    def id(self) -> int:
        return SET_VALUE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValueCommand) or not (self.merge and other.merge):
            return False
        if other.key != self.key or other.burst != self.burst:
            return False
        self.new = other.new
        self.setObsolete(same_value(self.new, self.old))
        return True


class NewSectionTextCommand(SetValueCommand):
    """The first text of a section the plan does not have yet: redo adds the section, undo
    removes it again; typing that follows in the same burst merges into this command."""

    def __init__(self, doc: EditTarget, row: int, section: object, value: str, burst: int) -> None:
        QUndoCommand.__init__(self, "Edit section")
        self._doc = doc
        self.key = ("sections", row, "text")
        self.old, self.new = "", value
        self.merge, self.burst = True, burst
        self.section = section

    def redo(self) -> None:
        self._doc._apply_insert("sections", self.key[1] or 0, [self.section])
        super().redo()

    def undo(self) -> None:
        super().undo()
        self._doc._apply_remove("sections", [self.key[1] or 0])


def same_value(a: object, b: object) -> bool:
    """True when ``a`` and ``b`` are equal values of the same type (1 and 1.0 are not)."""
    try:
        return type(a) is type(b) and bool(a == b)
    except Exception:  # pragma: no cover - exotic comparisons
        return False


class InsertItemsCommand(QUndoCommand):
    """Insert rows into a list part at ``row``."""

    def __init__(
        self, doc: EditTarget, part: str, row: int, items: list[object], text: str
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self.part, self.row, self.items = part, row, list(items)

    def redo(self) -> None:
        self._doc._apply_insert(self.part, self.row, self.items)

    def undo(self) -> None:
        self._doc._apply_remove(self.part, list(range(self.row, self.row + len(self.items))))


class RemoveItemsCommand(QUndoCommand):
    """Remove rows (any order, duplicates ignored) from a list part."""

    def __init__(self, doc: EditTarget, part: str, rows: list[int], text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self.part = part
        self.rows = sorted(set(rows))
        self.removed: list[object] = []

    def redo(self) -> None:
        self.removed = self._doc._apply_remove(self.part, self.rows)

    def undo(self) -> None:
        for row, item in zip(self.rows, self.removed, strict=True):
            self._doc._apply_insert(self.part, row, [item])


class MoveItemCommand(QUndoCommand):
    """Move one row of a list part from ``src`` to ``dst`` (its index after the move)."""

    def __init__(self, doc: EditTarget, part: str, src: int, dst: int, text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self.part, self.src, self.dst = part, src, dst

    def redo(self) -> None:
        self._doc._apply_move(self.part, self.src, self.dst)

    def undo(self) -> None:
        self._doc._apply_move(self.part, self.dst, self.src)


class ReplaceItemsCommand(QUndoCommand):
    """Replace every row of a list part (an import, a sort, "reset to defaults")."""

    def __init__(self, doc: EditTarget, part: str, items: list[object], text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self.part = part
        self.new = list(items)
        self.old: list[object] = []

    def redo(self) -> None:
        self.old = self._doc._apply_replace(self.part, self.new)

    def undo(self) -> None:
        self._doc._apply_replace(self.part, self.old)


class SetObjectCommand(QUndoCommand):
    """Replace a whole part (for example ``disclosure`` or ``turnout``) with a new object."""

    def __init__(self, doc: EditTarget, part: str, obj: object, text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self.part = part
        self.new = obj
        self.old: object = None

    def redo(self) -> None:
        self.old = self._doc._apply_object(self.part, self.new)

    def undo(self) -> None:
        self._doc._apply_object(self.part, self.old)
