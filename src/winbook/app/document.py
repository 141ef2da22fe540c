"""The open plan: one `Plan`, its derived figures, one undo stack and its `.winbook` file.

Every widget edit goes through a `PlanDocument` method; each method pushes ONE undo command
(see `winbook.app.commands`), so typing, pasting and undoing all look the same to the views.

Contract for pages and table models
-----------------------------------
Edits (each one undo step) name what they change with the typed handles of
`winbook.domain.parts` (``RACE``, ``HISTORY``, ``TURNOUT.field("method")``...):

- ``set_value(field, index, value)``: ``plan.<part>.<field> = value`` for a field of an
  object part (``index`` None), ``plan.<part>[index].<field> = value`` for a field of a list's
  rows. Consecutive edits of the same (part, index, field) merge into one undo step while
  they are one burst of typing (`winbook.app.typing`: a pause, a new word after a pause, a
  paste, a cut or a cursor jump ends a burst), unless ``merge=False``. ``value(field, index)``
  reads one.
- ``insert_items(part, row, items)``, ``remove_items(part, rows)``,
  ``move_item(part, src, dst)`` (``dst`` is the row's index after the move),
  ``replace_items(part, items, text)`` for the plan's lists (``HISTORY``, ``EXPENSES``...);
  the rows must be the list's row type. A list inside an object (``CHANNELS``) is edited by
  replacing its owner with ``set_object``.
- ``set_object(part, obj)`` replaces a whole object part (``plan.<part> = obj``).
- ``begin_macro(text)`` / ``end_macro()`` wrap many edits (a paste of rows) into one undo step;
  figures are recomputed once, at ``end_macro``. Or use ``with doc.macro("Paste rows"):``.
- ``section_text(key)`` / ``set_section_text(key, text)`` / ``set_section_status(key, status)``
  for the narrative sections (``plan.section(key)``).

Signals (emitted after a do, an undo and a redo alike): those of each change to a part
(``valueChanged``, ``rowsInserted``, ``partReset``, ``partChanged``...: `winbook.app.announced`),
and

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
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from winbook.app import recovery, status
from winbook.app.announced import AnnouncedPlan
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
from winbook.domain.parts import SECTIONS, FieldRef, ListPart, ObjectPart
from winbook.domain.readiness import Readiness
from winbook.domain.turnout import TARGETS_MODEL
from winbook.domain.validation import FieldProblem, check_plan
from winbook.errors import PlanFileError
from winbook.store.document import PlanFile

ObjT = TypeVar("ObjT")
RowT = TypeVar("RowT")

#: Debounce before changed parts are written to the file (milliseconds).
WRITE_DELAY_MS = 500


class PlanDocument(AnnouncedPlan):
    """One open plan. Create with `new_untitled`, `open` or `from_plan` (no file, tests)."""

    figuresChanged = Signal()  # noqa: N815
    problemsChanged = Signal()  # noqa: N815
    savedStateChanged = Signal()  # noqa: N815
    writeFailed = Signal(str)  # noqa: N815
    textRepaired = Signal(str)  # noqa: N815

    def __init__(self, plan: Plan | None = None, parent: QObject | None = None) -> None:
        super().__init__(plan if plan is not None else Plan(), parent)
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

    def value(self, field: FieldRef[ObjT], index: int | None = None) -> object:
        """The value of one field (``index``: the row, for a field of a list's rows)."""
        return field.read(self.plan, index)

    def set_value(
        self, field: FieldRef[ObjT], index: int | None, value: object, *, merge: bool = True
    ) -> None:
        """Set one field; no-op when the value is unchanged. One undo step (merging)."""
        old = field.read(self.plan, index)  # TypeError for a wrong or missing index
        if same_value(old, value):
            return
        part, name = field.top_path, field.name
        text = f"Edit {name.replace('_', ' ')}"
        burst = self._burst((part, index, name), old, value)
        self._push_typed(SetValueCommand(self, part, index, name, value, text, merge, burst))

    def insert_items(
        self, part: ListPart[RowT], row: int, items: Sequence[RowT], text: str = ""
    ) -> None:
        """Insert ``items`` into the list before ``row`` (its length appends)."""
        if not items:
            return
        row = max(0, min(row, len(self._rows(part))))
        label = text or f"Add {len(items)} row{'s' if len(items) != 1 else ''}"
        self._push(InsertItemsCommand(self, part.path, row, list(part.checked(items)), label))

    def remove_items(self, part: ListPart[RowT], rows: Sequence[int], text: str = "") -> None:
        """Remove the given rows of the list (out-of-range rows are ignored)."""
        count = len(self._rows(part))
        valid = sorted({r for r in rows if 0 <= r < count})
        if not valid:
            return
        label = text or f"Remove {len(valid)} row{'s' if len(valid) != 1 else ''}"
        self._push(RemoveItemsCommand(self, part.path, valid, label))

    def move_item(self, part: ListPart[RowT], src: int, dst: int, text: str = "") -> None:
        """Move row ``src`` so that it ends up at index ``dst``."""
        count = len(self._rows(part))
        if src == dst or not (0 <= src < count and 0 <= dst < count):
            return
        self._push(MoveItemCommand(self, part.path, src, dst, text or "Move row"))

    def replace_items(
        self, part: ListPart[RowT], items: Sequence[RowT], text: str = "Replace rows"
    ) -> None:
        """Replace all rows of the list."""
        self._rows(part)
        self._push(ReplaceItemsCommand(self, part.path, list(part.checked(items)), text))

    def set_object(self, part: ObjectPart[ObjT], obj: ObjT, text: str = "") -> None:
        """Replace the whole object part (``plan.<part> = obj``)."""
        path = part.path
        self._push(SetObjectCommand(self, path, part.checked(obj), text or f"Change {path}"))

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
        self.insert_items(SECTIONS, len(self.plan.sections), [Section(key=key)], "Add section")
        return len(self.plan.sections) - 1

    def set_section_text(self, key: str, text: str) -> None:
        """Set a narrative section's text (merging while typing)."""
        if self.section_text(key) == text:
            return
        if any(s.key == key for s in self.plan.sections):
            self.set_value(_SECTION_TEXT, self.section_index(key), text)
            return
        row = len(self.plan.sections)  # a new section: its first keystroke starts the burst
        burst = self._burst(("sections", row, "text"), "", text)
        self._push_typed(NewSectionTextCommand(self, row, Section(key=key), text, burst))

    def set_section_status(self, key: str, status: SectionStatus) -> None:
        self.set_value(_SECTION_STATUS, self.section_index(key), status, merge=False)

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

    def _rows(self, part: ListPart[RowT]) -> list[RowT]:
        if part.owner is not None:
            raise ValueError(f"plan.{part.path} is inside plan.{part.owner.path}: replace that")
        return part.rows(self.plan)

    def _changed(self, part: str) -> None:
        self._stale = True
        self._readiness_known = False
        was_modified = self.is_modified
        if self._file is not None:
            self._dirty.add(part)
            if not self._timer.isActive():
                self._timer.start()
        super()._changed(part)
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


_SECTION_TEXT = SECTIONS.field("text")
_SECTION_STATUS = SECTIONS.field("status")
