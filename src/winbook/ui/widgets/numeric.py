"""Number inputs that show their unit and accept what people type.

`IntEdit` (1,234), `MoneyEdit` ($1,234), `PercentEdit` (12%) and `FloatEdit` (a plain number
with an optional unit such as "h") are `QLineEdit`s; promote a QLineEdit to them in Designer
(header ``winbook.ui.widgets.numeric``). They accept "$1,200", "12%", "1 234", "(50)" and the
like; text that is not a number is never committed and is marked with a warning icon.

Signals: ``valueEdited(object)`` while the user types (each parsable keystroke) and after
Enter / focus-out. ``value()`` / ``setValue(v)``; ``None`` is the empty field when
``optional`` is True. A default (``setDefault``) adds "Reset to default" to the context menu.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QUndoStack
from PySide6.QtWidgets import QLineEdit, QStyle, QWidget

from winbook.ui.widgets.undo_menu import use_document_undo

_STRIP = re.compile(r"[\s,$_\u00a0\u202f%]")


def _clean(text: str) -> tuple[str, bool]:
    """Text without currency, grouping and percent marks; and whether it was negative."""
    t = text.strip()
    negative = False
    if t.startswith("(") and t.endswith(")"):
        negative, t = True, t[1:-1]
    t = t.replace("\u2212", "-")
    t = _STRIP.sub("", t)
    if t.startswith("-"):
        negative, t = not negative, t[1:]
    t = t.lstrip("+")
    return t, negative


def parse_decimal(text: str) -> Decimal | None:
    """ "$1,200.50" -> Decimal("1200.50"); None for empty; raises ValueError if not a number."""
    t, negative = _clean(text)
    if not t:
        if text.strip() in {"", "$", "%"}:
            return None
        raise ValueError(text)
    if not re.fullmatch(r"\d*\.?\d*", t) or t == ".":
        raise ValueError(text)
    try:
        value = Decimal(t)
    except InvalidOperation as exc:  # pragma: no cover - guarded by the regex
        raise ValueError(text) from exc
    return -value if negative else value


def parse_int(text: str) -> int | None:
    """ "1,234" -> 1234; "1234.0" -> 1234; raises ValueError for "12.5" or words."""
    value = parse_decimal(text)
    if value is None:
        return None
    if value != value.to_integral_value():
        raise ValueError(text)
    return int(value)


def format_int(value: int) -> str:
    return f"{value:,}"


def format_money(value: Decimal) -> str:
    cents = value != value.to_integral_value()
    body = f"{abs(value):,.2f}" if cents else f"{abs(value):,.0f}"
    return f"-${body}" if value < 0 else f"${body}"


def format_number(value: float) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


#: The widest text a number field is sized for ("$1,234,567.89" fits; longer text scrolls).
COMPACT_SAMPLE = "$1,234,567.89"


def compact_width(widget: QWidget, sample: str) -> int:
    """A field width that fits ``sample`` plus the frame, the warning icon and some air."""
    fm = widget.fontMetrics()
    return fm.horizontalAdvance(sample) + fm.height() + 4 * fm.averageCharWidth()


#: What a number field holds: a count, dollars or a per cent (None when optional and empty).
Number = int | float | Decimal


def as_number(value: object) -> Number:
    """``value`` as a number, for a field the plan declares numeric (TypeError otherwise)."""
    if isinstance(value, int | float | Decimal):
        return value
    raise TypeError(f"a number was expected, not {type(value).__name__}")


class NumberEdit(QLineEdit):
    """Base class: subclasses define `_parse` and `_format`."""

    valueEdited = Signal(object)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = False
        self._default: Number | None = None
        self._has_default = False
        self.undo_stack: QUndoStack | None = None  # set by the binder: the menu's Undo uses it
        self._value: Number | None = self._zero()
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(compact_width(self, COMPACT_SAMPLE))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._bad = QAction(icon, "", self)
        self.addAction(self._bad, QLineEdit.ActionPosition.LeadingPosition)
        self._bad.setVisible(False)  # after addAction: Qt shows the button otherwise
        self.textEdited.connect(self._on_edited)
        self.editingFinished.connect(self._on_finished)
        self.setText(self._format(self._value))

    # -- subclass hooks
    def _zero(self) -> Number:
        return 0

    def _parse(self, text: str) -> Number | None:
        return parse_int(text)

    def _format(self, value: Number) -> str:
        return format_int(int(value))

    def unit_hint(self) -> str:
        """A short description of the accepted format, for tooltips."""
        return "a whole number, e.g. 1,234"

    # -- value
    def value(self) -> Number | None:
        return self._value

    def setValue(self, value: Number | None) -> None:
        """Show ``value`` (formatted) unless the text already means it."""
        self._value = value
        self._set_bad(False)
        if self._interpret() != (value,):
            self.setText("" if value is None else self._format(value))

    def setDefault(self, value: Number | None) -> None:
        self._default, self._has_default = value, True

    def default(self) -> Number | None:
        return self._default

    def resetToDefault(self) -> None:
        if self._has_default:
            self.setValue(self._default)
            self.valueEdited.emit(self._default)

    # -- internals
    def _parsed_text(self) -> tuple[Number | None, ...]:
        try:
            value = self._parse(self.text())
        except ValueError:
            return ()
        return (value,)

    def _interpret(self) -> tuple[Number | None, ...]:
        got = self._parsed_text()
        if got and got[0] is None and not self.optional:
            return (self._zero(),)
        return got

    def _on_edited(self, _text: str) -> None:
        got = self._interpret()
        self._set_bad(not got)
        if got:
            self._value = got[0]
            self.valueEdited.emit(got[0])

    def _on_finished(self) -> None:
        got = self._interpret()
        if got:
            self._value = got[0]
            self.setText("" if got[0] is None else self._format(got[0]))

    def _set_bad(self, bad: bool) -> None:
        self._bad.setVisible(bad)
        tip = f"Not understood: type {self.unit_hint()}." if bad else ""
        self._bad.setToolTip(tip)
        self.setProperty("invalid", bad)

    def is_text_valid(self) -> bool:
        return bool(self._interpret())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        use_document_undo(menu, self.undo_stack)
        if self._has_default:
            menu.addSeparator()
            label = "(empty)" if self._default is None else self._format(self._default)
            act = menu.addAction(f"Reset to default ({label})")
            act.triggered.connect(self.resetToDefault)
        menu.exec(event.globalPos())
        menu.deleteLater()


class IntEdit(NumberEdit):
    """A whole number shown as 1,234."""


class MoneyEdit(NumberEdit):
    """Dollars shown as $1,234 (cents when there are any); accepts "$1,200", "1200.50"."""

    def _zero(self) -> Number:
        return Decimal(0)

    def _parse(self, text: str) -> Number | None:
        return parse_decimal(text)

    def _format(self, value: Number) -> str:
        return format_money(Decimal(value))

    def unit_hint(self) -> str:
        return "an amount in dollars, e.g. $1,200"


class PercentEdit(NumberEdit):
    """Per cent shown as 12% (float, per-cent units); accepts "12%", "12.5"."""

    def _zero(self) -> Number:
        return 0.0

    def _parse(self, text: str) -> Number | None:
        value = parse_decimal(text)
        return None if value is None else float(value)

    def _format(self, value: Number) -> str:
        return f"{format_number(float(value))}%"

    def unit_hint(self) -> str:
        return "a percentage, e.g. 12%"


class FloatEdit(NumberEdit):
    """A decimal number with an optional unit suffix (``setUnit("h")`` shows "3.5 h")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._unit = ""
        super().__init__(parent)

    def setUnit(self, unit: str) -> None:
        self._unit = unit
        self.setValue(self._value)
        if self._value is not None:
            self.setText(self._format(self._value))

    def _zero(self) -> Number:
        return 0.0

    def _parse(self, text: str) -> Number | None:
        if self._unit:
            text = text.replace(self._unit, "")
        value = parse_decimal(text)
        return None if value is None else float(value)

    def _format(self, value: Number) -> str:
        text = format_number(float(value))
        return f"{text} {self._unit}" if self._unit else text

    def unit_hint(self) -> str:
        return f"a number{f' of {self._unit}' if self._unit else ''}, e.g. 3.5"
