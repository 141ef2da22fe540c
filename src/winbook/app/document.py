"""The open plan: one `Plan`, its derived figures, one undo stack and its `.winbook` file.

Every widget edit goes through a `PlanDocument` method; each method pushes ONE undo command
(see `winbook.app.commands`), so typing, pasting and undoing all look the same to the views.

Contract for pages and table models
-----------------------------------
Edits (each one undo step):

- ``set_value(part, index, field, value)``: ``plan.<part>.<field> = value`` when ``index`` is
  None, else ``plan.<part>[index].<field> = value``. Consecutive edits of the same
  (part, index, field) merge into one undo step while they are one burst of typing
  (`winbook.app.typing`: a pause, a new word after a pause, a paste, a cut or a cursor jump
  ends a burst), unless ``merge=False``.
- ``insert_items(part, row, items)``, ``remove_items(part, rows)``,
  ``move_item(part, src, dst)`` (``dst`` is the row's index after the move),
  ``replace_items(part, items, text)`` for list parts (``history``, ``expenses``, ...).
- ``set_object(part, obj)`` replaces a whole part (``plan.<part> = obj``).
- ``begin_macro(text)`` / ``end_macro()`` wrap many edits (a paste of rows) into one undo step;
  figures are recomputed once, at ``end_macro``. Or use ``with doc.macro("Paste rows"):``.
- ``section_text(key)`` / ``set_section_text(key, text)`` / ``set_section_status(key, status)``
  for the narrative sections (``plan.section(key)``).

Signals (emitted after a do, an undo and a redo alike):

- ``valueChanged(part, index, field)``: one field changed (``index`` is None or an int).
- ``rowsAboutToBeInserted(part, first, last)`` / ``rowsInserted(part, first, last)``
- ``rowsAboutToBeRemoved(part, first, last)`` / ``rowsRemoved(part, first, last)``
  (a multi-row removal is announced block by block, from the bottom up).
- ``partAboutToBeReset(part)`` / ``partReset(part)``: moves, replaces and ``set_object``.
  Table models map these to begin/endInsertRows, begin/endRemoveRows and begin/endResetModel.
- ``partChanged(part)``: after any change to ``part`` (after the fine-grained signal).
- ``figuresChanged()``: ``doc.figures`` was recomputed (once per undo step).
- ``problemsChanged()``: ``doc.problems`` (impossible values) changed.
- ``savedStateChanged()``: ``doc.is_modified`` (changes not yet written) flipped, or the file
  path changed (Save As).
- ``writeFailed(message)``: the file could not be written (the edits stay in memory and the
  write is retried at the next change). When another program or machine changed the file
  since it was read, every later write is refused the same way (nothing is overwritten)
  until the plan is saved under a new name with ``save_as``, which writes what is in memory.
- ``textRepaired(message)``: the write stored text that was not valid Unicode (a lone
  surrogate) with U+FFFD in its place; ``message`` is one sentence for the status bar.

Persistence: changed parts are written to the `.winbook` file ~500 ms after the first unwritten
change (always within 2 s); ``flush()`` writes now; ``close()`` flushes and releases the file.
An untitled plan lives in the autosave folder (`winbook.app.recovery`) until ``save_as``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from winbook.app import recovery, status
from winbook.app.commands import (
    InsertItemsCommand,
    MoveItemCommand,
    NewSectionTextCommand,
    RemoveItemsCommand,
    ReplaceItemsCommand,
    SetObjectCommand,
    SetValueCommand,
    same_value,
)
from winbook.app.typing import Bursts
from winbook.domain.figures import Figures, compute_figures, targets_change
from winbook.domain.model import PLAN_PARTS, Plan, Section, SectionStatus
from winbook.domain.readiness import Readiness
from winbook.domain.sections import status_for_text
from winbook.domain.turnout import TARGETS_MODEL
from winbook.domain.validation import FieldProblem, check_plan
from winbook.errors import PlanFileError
from winbook.store.document import PlanFile

#: Debounce before changed parts are written to the file (milliseconds).
WRITE_DELAY_MS = 500


class PlanDocument(QObject):
    """One open plan. Create with `new_untitled`, `open` or `from_plan` (no file, tests)."""

    valueChanged = Signal(str, object, str)  # noqa: N815
    rowsAboutToBeInserted = Signal(str, int, int)  # noqa: N815
    rowsInserted = Signal(str, int, int)  # noqa: N815
    rowsAboutToBeRemoved = Signal(str, int, int)  # noqa: N815
    rowsRemoved = Signal(str, int, int)  # noqa: N815
    partAboutToBeReset = Signal(str)  # noqa: N815
    partReset = Signal(str)  # noqa: N815
    partChanged = Signal(str)  # noqa: N815
    figuresChanged = Signal()  # noqa: N815
    problemsChanged = Signal()  # noqa: N815
    savedStateChanged = Signal()  # noqa: N815
    writeFailed = Signal(str)  # noqa: N815
    textRepaired = Signal(str)  # noqa: N815

    def __init__(self, plan: Plan | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan = plan if plan is not None else Plan()
        self.undo_stack = QUndoStack(self)
        self.bursts = Bursts()
        self.path: Path | None = None
        self._file: PlanFile | None = None
        self._untitled = True
        self._dirty: set[str] = set()
        self._stale = False
        self._macro_depth = 0
        self.figures: Figures = compute_figures(self.plan)
        self._readiness: Readiness | None = None
        self._readiness_known = False
        self.problems: list[FieldProblem] = check_plan(self.plan)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WRITE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.undo_stack.indexChanged.connect(self._refresh_if_stale)

    # ------------------------------------------------------------------ creating and opening

    @classmethod
    def from_plan(cls, plan: Plan, parent: QObject | None = None) -> PlanDocument:
        """A document with no file at all (nothing is written); for tests and previews."""
        return cls(plan, parent)

    @classmethod
    def new_untitled(cls, plan: Plan | None = None, parent: QObject | None = None) -> PlanDocument:
        """A new untitled plan kept in the autosave folder until `save_as`."""
        doc = cls(plan, parent)
        path = recovery.new_untitled_path()
        doc._attach(PlanFile.create(path, doc.plan), path, untitled=True)
        return doc

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> PlanDocument:
        """Open a `.winbook` file; raises `PlanFileError` (file untouched) if it cannot be read.

        A file in the autosave folder (``untitled-*.winbook``) opens as untitled (recovery).
        """
        plan_file = PlanFile.open(Path(path))
        try:
            plan = plan_file.load()
        except BaseException:
            plan_file.close()
            raise
        doc = cls(plan, parent)
        doc._attach(plan_file, Path(path), untitled=recovery.is_autosave_path(Path(path)))
        return doc

    def _attach(self, plan_file: PlanFile, path: Path, untitled: bool) -> None:
        self._file = plan_file
        self.path = path
        self._untitled = untitled
        recovery.write_marker(path, untitled)

    # ------------------------------------------------------------------ state

    @property
    def is_untitled(self) -> bool:
        """True until the plan is saved under a name the user chose."""
        return self._untitled

    @property
    def is_modified(self) -> bool:
        """True while some changes have not reached the file yet."""
        return bool(self._dirty)

    @property
    def has_changes(self) -> bool:
        """True when there is something to undo (used to decide whether to ask on close)."""
        return self.undo_stack.count() > 0

    @property
    def readiness(self) -> Readiness | None:
        """The plan's `Readiness` (`winbook.app.status.assess`), or None when its profile
        cannot be read.

        Assessed at most once per change: the window and the readiness page share it.
        """
        if not self._readiness_known:
            self._readiness = status.assess(self.plan, self.figures)
            self._readiness_known = True
        return self._readiness

    def display_name(self) -> str:
        """ "Untitled" or the file name, for the title bar."""
        if self._untitled or self.path is None:
            return "Untitled"
        return self.path.name

    # ------------------------------------------------------------------ edits (undoable)

    def set_value(
        self, part: str, index: int | None, field: str, value: object, *, merge: bool = True
    ) -> None:
        """Set one field; no-op when the value is unchanged. One undo step (merging)."""
        if same_value(self._read_value(part, index, field), value):
            return
        text = f"Edit {field.replace('_', ' ')}"
        burst = self._burst((part, index, field), self._read_value(part, index, field), value)
        self._push_typed(SetValueCommand(self, part, index, field, value, text, merge, burst))

    def insert_items(self, part: str, row: int, items: Sequence[object], text: str = "") -> None:
        """Insert ``items`` into the list ``plan.<part>`` before ``row`` (len = append)."""
        if not items:
            return
        row = max(0, min(row, len(self._list(part))))
        label = text or f"Add {len(items)} row{'s' if len(items) != 1 else ''}"
        self._push(InsertItemsCommand(self, part, row, list(items), label))

    def remove_items(self, part: str, rows: Sequence[int], text: str = "") -> None:
        """Remove the given rows of ``plan.<part>`` (out-of-range rows are ignored)."""
        count = len(self._list(part))
        valid = sorted({r for r in rows if 0 <= r < count})
        if not valid:
            return
        label = text or f"Remove {len(valid)} row{'s' if len(valid) != 1 else ''}"
        self._push(RemoveItemsCommand(self, part, valid, label))

    def move_item(self, part: str, src: int, dst: int, text: str = "") -> None:
        """Move row ``src`` so that it ends up at index ``dst``."""
        count = len(self._list(part))
        if src == dst or not (0 <= src < count and 0 <= dst < count):
            return
        self._push(MoveItemCommand(self, part, src, dst, text or "Move row"))

    def replace_items(self, part: str, items: Sequence[object], text: str = "Replace rows") -> None:
        """Replace all rows of ``plan.<part>``."""
        self._push(ReplaceItemsCommand(self, part, list(items), text))

    def set_object(self, part: str, obj: object, text: str = "") -> None:
        """Replace the whole part ``plan.<part>`` with ``obj``."""
        self._push(SetObjectCommand(self, part, obj, text or f"Change {part}"))

    def begin_macro(self, text: str) -> None:
        """Start grouping edits into one undo step (pair with `end_macro`)."""
        self._macro_depth += 1
        self.undo_stack.beginMacro(text)

    def end_macro(self) -> None:
        self.undo_stack.endMacro()
        self._macro_depth -= 1
        self._refresh_if_stale()

    @contextlib.contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """``with doc.macro("Paste rows"): ...``: everything inside is one undo step."""
        self.begin_macro(text)
        try:
            yield
        finally:
            self.end_macro()

    def note_targets_model(self) -> str | None:
        """Once for a plan made before turnout ranges: how its vote goal changed (or None).

        Records that the user has now seen the figures under the current model; this is not
        an edit of theirs, so it is written to the file without an undo step.
        """
        if self.plan.meta.targets_model >= TARGETS_MODEL:
            return None
        message = targets_change(self.plan, self.figures)
        self.plan.meta.targets_model = TARGETS_MODEL
        if self._file is not None:
            self._dirty.add("meta")
            if not self._timer.isActive():
                self._timer.start()
        return message

    # ------------------------------------------------------------------ sections

    def section_text(self, key: str) -> str:
        for s in self.plan.sections:
            if s.key == key:
                return s.text
        return ""

    def section_index(self, key: str) -> int:
        """Row of section ``key`` in ``plan.sections``, creating it (undoably) if missing."""
        for i, s in enumerate(self.plan.sections):
            if s.key == key:
                return i
        self.insert_items("sections", len(self.plan.sections), [Section(key=key)], "Add section")
        return len(self.plan.sections) - 1

    def set_section_text(self, key: str, text: str) -> None:
        """Set a narrative section's text (merging while typing)."""
        if self.section_text(key) == text:
            return
        if any(s.key == key for s in self.plan.sections):
            self.set_value("sections", self.section_index(key), "text", text)
            return
        row = len(self.plan.sections)  # a new section: its first keystroke starts the burst
        burst = self._burst(("sections", row, "text"), "", text)
        self._push_typed(NewSectionTextCommand(self, row, Section(key=key), text, burst))

    def set_section_status(self, key: str, status: SectionStatus) -> None:
        self.set_value("sections", self.section_index(key), "status", status, merge=False)

    # ------------------------------------------------------------------ applying (commands)

    def _burst(self, key: tuple[str, int | None, str], old: object, new: object) -> int:
        return self.bursts.burst_for(key, old, new, self.undo_stack.index())

    def _push_typed(self, command: SetValueCommand) -> None:
        """Push an edit that merges with the one before while they are one burst."""
        self._push(command)
        self.bursts.pushed(self.undo_stack.index())

    def _push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)
        self._refresh_if_stale()

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
        self._stale = True
        self._readiness_known = False
        was_modified = self.is_modified
        if self._file is not None:
            self._dirty.add(part)
            if not self._timer.isActive():
                self._timer.start()
        self.partChanged.emit(part)
        if self.is_modified != was_modified:
            self.savedStateChanged.emit()

    def _refresh_if_stale(self) -> None:
        if self._stale and self._macro_depth == 0:
            self.refresh()

    def refresh(self) -> None:
        """Recompute figures and problems now and announce them."""
        self._stale = False
        self.figures = compute_figures(self.plan)
        self._readiness_known = False
        self.figuresChanged.emit()
        problems = check_plan(self.plan)
        if problems != self.problems:
            self.problems = problems
            self.problemsChanged.emit()

    def problems_for(self, part: str, index: int | None = None) -> list[FieldProblem]:
        """The current problems of one part (and one row, when ``index`` is given)."""
        return [
            p
            for p in self.problems
            if p.part == part and (index is None or getattr(p, "index", None) == index)
        ]

    # ------------------------------------------------------------------ the file

    def flush(self) -> None:
        """Write every changed part to the file now (one transaction)."""
        self._timer.stop()
        if self._file is None or not self._dirty:
            return
        parts = [p for p in PLAN_PARTS if p in self._dirty]
        try:
            self._file.write(self.plan, parts=parts)
        except PlanFileError as exc:
            self.writeFailed.emit(str(exc))
            return
        self._dirty.clear()
        self.savedStateChanged.emit()
        note = getattr(self._file, "repair_note", "")
        if note:
            self.textRepaired.emit(note)

    def save_as(self, path: Path) -> None:
        """Write the whole plan to ``path`` and keep editing it there.

        An untitled plan's autosave file is removed once the copy is safe.
        Raises `PlanFileError` (the document keeps its current file).
        """
        path = Path(path)
        self.flush()
        if self._file is None or self._dirty:  # unwritten edits: the copy is what is in memory
            new_file = PlanFile.create(path, self.plan)
        else:
            self._file.save_as(path)
            new_file = PlanFile.open(path)
        old_path, was_untitled, old_file = self.path, self._untitled, self._file
        self._attach(new_file, path, untitled=False)
        self._dirty.clear()
        self.undo_stack.setClean()
        if old_file is not None:
            with contextlib.suppress(PlanFileError, OSError):
                old_file.close()
        if old_path is not None and old_path.resolve() != path.resolve():
            recovery.remove_marker(old_path)
            if was_untitled:
                with contextlib.suppress(OSError):
                    old_path.unlink()
        self.savedStateChanged.emit()

    def close(self, discard_untitled: bool = False) -> None:
        """Flush, release the file and remove the crash marker.

        ``discard_untitled`` deletes an untitled plan's autosave file (the user said Discard);
        otherwise an untitled plan stays in the autosave folder with its marker, so the next
        start offers to recover it.
        """
        self.flush()
        if self._file is not None:
            with contextlib.suppress(PlanFileError, OSError):
                self._file.close()
            self._file = None
        if self.path is None or (self._untitled and not discard_untitled):
            return
        recovery.remove_marker(self.path)
        if self._untitled:
            with contextlib.suppress(OSError):
                self.path.unlink()


def _blocks(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as contiguous (first, last) blocks: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    blocks: list[tuple[int, int]] = []
    for r in rows:
        if blocks and blocks[-1][1] == r - 1:
            blocks[-1] = (blocks[-1][0], r)
        else:
            blocks.append((r, r))
    return blocks
