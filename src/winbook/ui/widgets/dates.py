"""`DateEdit`: a QDateEdit with an explicit display format and a "Not set" state.

With ``LANG=C.UTF-8`` a bare QDateEdit shows "1 01 2000", so the format is always explicit.
The minimum date stands for "not set" (``value()`` is None) and shows as "Not set".
Ctrl+Delete or the context menu clears the date. Promote a QDateEdit to it in Designer
(header ``winbook.ui.widgets.dates``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

DISPLAY_FORMAT = "d MMM yyyy"
_NOT_SET = QDate(1900, 1, 1)


class DateEdit(QDateEdit):
    """A date or None. ``valueEdited(object)`` carries a `datetime.date` or None."""

    valueEdited = Signal(object)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        fm = self.fontMetrics()  # "30 Sep 2027" and the calendar button, never the whole page
        self.setMaximumWidth(fm.horizontalAdvance("30 Sep 2027") + 2 * fm.height() + 24)
        self.setCalendarPopup(True)
        self.setMinimumDate(_NOT_SET)
        self.setSpecialValueText("Not set")
        self.setDate(_NOT_SET)
        self._user = True
        self.dateChanged.connect(self._on_changed)
        self.setToolTip("Pick a date; Ctrl+Delete clears it.")

    def value(self) -> dt.date | None:
        d = self.date()
        if d == _NOT_SET:
            return None
        return dt.date(d.year(), d.month(), d.day())

    def setValue(self, value: dt.date | None) -> None:
        """Show ``value`` without emitting ``valueEdited``."""
        if value == self.value():
            return
        self._user = False
        try:
            self.setDate(_NOT_SET if value is None else QDate(value.year, value.month, value.day))
        finally:
            self._user = True
        if value is None:
            today = dt.date.today()
            self.calendarWidget().setCurrentPage(today.year, today.month)

    def clear_date(self) -> None:
        self.setDate(_NOT_SET)

    def _on_changed(self, _date: QDate) -> None:
        if self._user:
            self.valueEdited.emit(self.value())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
        ):
            self.clear_date()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        line = self.lineEdit()
        menu = line.createStandardContextMenu() if line is not None else None
        if menu is None:
            super().contextMenuEvent(event)
            return
        menu.addSeparator()
        menu.addAction("Clear date", self.clear_date)
        menu.exec(event.globalPos())
        menu.deleteLater()
