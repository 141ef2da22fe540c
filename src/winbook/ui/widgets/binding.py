"""`FieldBinder`: one call connects a form widget to one plan field, both ways.

    binder = FieldBinder(doc, self)
    binder.bind(self.ui.office_edit, RACE.field("office"),
                help="The office as it reads on the ballot.")
    binder.bind(self.ui.level_combo, RACE.field("level"), choices=LEVEL_LABELS)
    binder.bind(self.ui.margin_edit, WIN.field("safety_margin_pct"), source="ngpvan_turnout",
                default=5.0)

The field is a typed handle of `winbook.domain.parts`, checked against the dataclass when it
is made (``RACE.field("ofice")`` fails at once); a field of a list's rows takes ``index``.

Widget edits go through ``doc.set_value`` (one undo step, typing merged); undo/redo and any
other change to the part update the widget (without disturbing text that already means the
same value). Every bound widget gets an accessible name (from ``label`` or its form label), a
tooltip (``help`` plus the ``source`` citation), impossible-value warnings (`FieldWarnings`),
and lets Ctrl+Z / Ctrl+Shift+Z reach the document's undo stack instead of the widget's own.

Supported: `NumberEdit` subclasses, `DateEdit`, QLineEdit, QPlainTextEdit, QCheckBox,
QComboBox (with ``choices``: {value: label}), QSpinBox, QDoubleSpinBox.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol, TypeVar  # Any: Mapping[Any, str], any enum's labels

from PySide6.QtCore import QEvent, QObject, QSignalBlocker
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from winbook.app.document import PlanDocument
from winbook.domain.parts import FieldRef
from winbook.domain.sources import SOURCES
from winbook.ui.widgets.dates import DateEdit
from winbook.ui.widgets.numeric import NumberEdit, as_number
from winbook.ui.widgets.undo_menu import use_document_undo
from winbook.ui.widgets.warnings import FieldWarnings, find_layout

_MISSING: object = object()
ObjT = TypeVar("ObjT")


class _Setter(Protocol):
    def __call__(self, value: object, merge: bool = True) -> None: ...


@dataclass
class Binding:
    widget: QWidget
    part: str  # the field's part path ("race"), as the document's signals name it
    field: str
    index: int | None
    read: Callable[[object], None]  # show a value in the widget
    current: Callable[[], object]  # the field's value in the plan now


class _UndoPassThrough(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in a bound text widget undo the document, not the widget.

    The shortcut override is refused so the window's Undo/Redo actions fire; a key press
    that still arrives (no window shortcut, or synthesised input) goes to the stack directly.
    """

    def __init__(self, doc: PlanDocument, parent: QObject) -> None:
        super().__init__(parent)
        self._doc = doc

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu and type(watched) is QLineEdit:
            assert isinstance(event, QContextMenuEvent)
            return self._menu(watched, event)
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            action = self._doc.undo_stack.undo
        elif event.matches(QKeySequence.StandardKey.Redo):
            action = self._doc.undo_stack.redo
        else:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.ignore()
        else:
            action()
        return True

    def _menu(self, edit: QLineEdit, event: QContextMenuEvent) -> bool:
        """The field's usual menu, with Undo and Redo on the document's stack."""
        menu = edit.createStandardContextMenu()
        use_document_undo(menu, self._doc.undo_stack)
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True


def source_text(key: str) -> str:
    """ "Source: title. detail" for a `winbook.domain.sources` key ("" if unknown)."""
    src = SOURCES.get(key)
    return f"Source: {src.title}. {src.detail}" if src else ""


def form_label_text(widget: QWidget) -> str:
    """The text of the QFormLayout label beside ``widget`` (without & and :), or ""."""
    parent = widget.parentWidget()
    layout = find_layout(parent.layout() if parent is not None else None, widget)
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel):
            return label.text().replace("&", "").rstrip(": ").strip()
    return ""


class FieldBinder(QObject):
    """Binds widgets of one page to fields of ``doc.plan``."""

    def __init__(self, doc: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.warnings = FieldWarnings(doc, self)
        self._bindings: list[Binding] = []
        self._undo_filter = _UndoPassThrough(doc, self)
        doc.partChanged.connect(self._on_part)

    def bind(
        self,
        widget: QWidget,
        field: FieldRef[ObjT],
        index: int | None = None,
        *,
        label: str = "",
        help: str = "",
        source: str = "",
        default: object = _MISSING,
        choices: Mapping[Any, str] | None = None,
    ) -> Binding:
        """Connect ``widget`` to ``field`` (of row ``index``) and show its current value."""
        # Fails now, not at the first keystroke: a wrong or missing index (TypeError), a row
        # that is not there (IndexError), a field of a nested list's rows (ValueError).
        field.top_path  # noqa: B018
        current = self.doc.value(field, index)
        read = self._connect(widget, self._setter(field, index), choices)
        binding = Binding(
            widget, field.path, field.name, index, read, lambda: self.doc.value(field, index)
        )
        self._bindings.append(binding)
        self._describe(widget, label, help, source, default)
        widget.installEventFilter(self._undo_filter)
        if isinstance(widget, NumberEdit | DateEdit):
            widget.undo_stack = self.doc.undo_stack
        self.warnings.register(widget, field.path, field.name, index)
        read(current)
        return binding

    def refresh(self, part: str | None = None) -> None:
        """Re-read every bound widget (of the part at path ``part`` only, when given)."""
        for b in self._bindings:
            if part is None or b.part == part:
                b.read(b.current())

    def bindings(self) -> list[Binding]:
        return list(self._bindings)

    def _on_part(self, part: str) -> None:
        self.refresh(part)

    # -- description
    def _describe(
        self, widget: QWidget, label: str, help_text: str, source: str, default: object
    ) -> None:
        own_text = widget.text() if isinstance(widget, QAbstractButton) else ""
        name = label or widget.accessibleName() or form_label_text(widget)
        name = name or own_text.replace("&", "").strip()
        if name:
            widget.setAccessibleName(name)
        parts = [help_text] if help_text else []
        if isinstance(widget, NumberEdit):
            parts.append(f"Type {widget.unit_hint()}.")
            if default is not _MISSING:
                number = None if default is None else as_number(default)
                widget.setDefault(number)
                shown = "empty" if number is None else widget._format(number)
                parts.append(f"Default: {shown} (right-click to reset).")
        if isinstance(widget, DateEdit):
            parts.append(widget.toolTip())
        if source:
            parts.append(source_text(source))
        if parts:
            widget.setToolTip("\n".join(p for p in parts if p))
            if not widget.accessibleDescription():
                widget.setAccessibleDescription(help_text)

    # -- per widget type
    def _setter(self, field: FieldRef[ObjT], index: int | None) -> _Setter:
        def write(value: object, merge: bool = True) -> None:
            self.doc.set_value(field, index, value, merge=merge)

        return write

    def _connect(
        self, widget: QWidget, setter: _Setter, choices: Mapping[Any, str] | None
    ) -> Callable[[object], None]:
        def write(value: object) -> None:
            setter(value)

        def write_whole(value: object) -> None:  # a choice, a date or a tick: no typing burst
            setter(value, False)

        if isinstance(widget, DateEdit):
            widget.setCalendarFallback(lambda: self.doc.plan.race.election_date)
            widget.valueEdited.connect(write_whole)
            return lambda v: widget.setValue(v if isinstance(v, dt.date) else None)
        if isinstance(widget, NumberEdit):
            widget.valueEdited.connect(write)
            return lambda v: widget.setValue(v if isinstance(v, int | float | Decimal) else None)
        if isinstance(widget, QComboBox):
            return _combo(widget, choices or {}, write_whole)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(write)
            return lambda v: _set_line(widget, v)
        if isinstance(widget, QPlainTextEdit):
            widget.setUndoRedoEnabled(False)
            widget.textChanged.connect(lambda: write(widget.toPlainText()))
            return lambda v: _set_plain(widget, v)
        if isinstance(widget, QCheckBox):
            widget.toggled.connect(write_whole)
            return lambda v: _blocked(widget, lambda: widget.setChecked(bool(v)))
        if isinstance(widget, QSpinBox | QDoubleSpinBox):
            widget.valueChanged.connect(write)
            return lambda v: _set_spin(widget, v)
        raise TypeError(f"cannot bind a {type(widget).__name__}")


def _blocked(widget: QWidget, action: Callable[[], None]) -> None:
    blocker = QSignalBlocker(widget)
    try:
        action()
    finally:
        blocker.unblock()


def _set_line(widget: QLineEdit, value: object) -> None:
    text = "" if value is None else str(value)
    if widget.text() != text:
        _blocked(widget, lambda: widget.setText(text))


def _set_plain(widget: QPlainTextEdit, value: object) -> None:
    text = "" if value is None else str(value)
    if widget.toPlainText() != text:
        _blocked(widget, lambda: widget.setPlainText(text))


def _set_spin(widget: QSpinBox | QDoubleSpinBox, value: object) -> None:
    if isinstance(widget, QSpinBox) and isinstance(value, int) and widget.value() != value:
        _blocked(widget, lambda: widget.setValue(value))
    elif (
        isinstance(widget, QDoubleSpinBox)
        and isinstance(value, int | float)
        and widget.value() != value
    ):
        _blocked(widget, lambda: widget.setValue(float(value)))


def _combo(
    widget: QComboBox, choices: Mapping[Any, str], write: Callable[[object], None]
) -> Callable[[object], None]:
    """Items from ``choices`` (kept as Python objects: Qt would turn a StrEnum into str)."""
    values = list(choices)
    if values:
        _blocked(widget, widget.clear)
        _blocked(widget, lambda: widget.addItems([choices[v] for v in values]))

    def on_index(i: int) -> None:
        if 0 <= i < len(values):
            write(values[i])

    def read(value: object) -> None:
        i = values.index(value) if value in values else -1
        if i != widget.currentIndex():
            _blocked(widget, lambda: widget.setCurrentIndex(i))

    widget.currentIndexChanged.connect(on_index)
    return read
