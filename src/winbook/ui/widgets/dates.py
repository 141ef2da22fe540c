"""`DateEdit`: a date field a person types into the American way, with a calendar beside it.

It is a QLineEdit (promote a QLineEdit to it in Designer, header ``winbook.ui.widgets.dates``).
It reads what `winbook.domain.dates.parse_date` reads (``11/3/2026``, ``11/03/26``,
``2026-11-03``, ``Nov 3 2026``, ``November 3, 2026``), from an empty field or over an old value
(focusing the field selects its text), and shows every date as ``Nov 3, 2026``.

- The typed date is committed on Enter or when focus leaves (``valueEdited(object)`` carries a
  `datetime.date` or None); emptying the field (Delete over the selected text, or the context
  menu's "Clear date") commits None at once.
- Text that is not a possible date (``2/30/2026``, a year past 2100) stays as typed, with a
  warning icon and a sentence under the field; the plan keeps its old value until it is fixed.
- The calendar button (or Alt+Down / F4) opens a calendar at the field's date, else at the
  `setCalendarFallback` date (the election day), else at today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QHideEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QCalendarWidget, QLabel, QLineEdit, QStyle, QWidget

from winbook.domain.dates import EXAMPLE, MAX_YEAR, MIN_YEAR, format_date, parse_date
from winbook.errors import DateTextError
from winbook.ui.widgets.undo_menu import use_document_undo
from winbook.ui.widgets.warnings import WARNING_SIGN, place_label

#: The widest date shown ("Sep 30, 2027"); the field is sized for it and its two icons.
WIDEST_DATE = "Sep 30, 2027"


def calendar_icon(widget: QWidget) -> QIcon:
    """The theme's calendar icon, else a small calendar page drawn in the text color."""
    themed = QIcon.fromTheme("x-office-calendar")
    if not themed.isNull():
        return themed
    side = 32
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    color = widget.palette().color(QPalette.ColorRole.Text)
    painter.setPen(QPen(color, 2))
    painter.drawRect(4, 6, 24, 22)
    painter.fillRect(4, 6, 24, 6, color)  # the page's top band
    painter.drawLine(10, 3, 10, 8)  # the rings
    painter.drawLine(22, 3, 22, 8)
    for row in range(2):
        for col in range(3):
            painter.fillRect(8 + col * 6, 16 + row * 6, 3, 3, color)
    painter.end()
    return QIcon(pixmap)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CalendarPopup(QCalendarWidget):
    """The calendar under a date field: Escape closes it, focus goes back to the field."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.field = field
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setMinimumDate(QDate(MIN_YEAR, 1, 1))
        self.setMaximumDate(QDate(MAX_YEAR, 12, 31))
        self.setGridVisible(True)
        for grid in self.findChildren(QWidget, "qt_calendar_calendarview"):
            grid.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self._escape(event) or super().eventFilter(watched, event)

    def event(self, event: QEvent) -> bool:
        return self._escape(event) or super().event(event)

    def _escape(self, event: QEvent) -> bool:
        """Escape closes the calendar (before any window shortcut can take the key)."""
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Escape:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            self.hide()
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.field.setFocus(Qt.FocusReason.PopupFocusReason)


class DateEdit(QLineEdit):
    """A date or None. ``valueEdited(object)`` carries a `datetime.date` or None."""

    valueEdited = Signal(object)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: dt.date | None = None
        self._fallback: Callable[[], dt.date | None] = lambda: None
        self.problem = ""
        self.undo_stack: QUndoStack | None = None  # set by the binder: the menu's Undo uses it
        self._label: QLabel | None = None
        self._calendar: CalendarPopup | None = None
        self._show_example()
        self.setToolTip(f"Type a date such as {EXAMPLE}, or pick one from the calendar.")
        fm = self.fontMetrics()
        self.setMinimumWidth(fm.horizontalAdvance(WIDEST_DATE) + 3 * fm.height())
        self.setMaximumWidth(fm.horizontalAdvance(WIDEST_DATE) + 4 * fm.height() + 16)
        self._bad = self._action(QStyle.StandardPixmap.SP_MessageBoxWarning, "", leading=True)
        self._pick = self._action(QStyle.StandardPixmap.SP_FileDialogDetailedView, "Calendar")
        self._pick.setVisible(True)
        self._pick.triggered.connect(self.open_calendar)
        self.textEdited.connect(self._on_edited)
        self.editingFinished.connect(self.commit)

    def _action(self, pixmap: QStyle.StandardPixmap, tip: str, leading: bool = False) -> QAction:
        icon = calendar_icon(self) if tip else self.style().standardIcon(pixmap)
        action = QAction(icon, tip, self)
        action.setToolTip(tip)
        position = QLineEdit.ActionPosition
        self.addAction(action, position.LeadingPosition if leading else position.TrailingPosition)
        action.setVisible(False)  # after addAction: Qt shows the button otherwise
        return action

    # -- value
    def value(self) -> dt.date | None:
        return self._value

    def setValue(self, value: dt.date | None) -> None:
        """Show ``value`` without emitting ``valueEdited`` (a pending typo is replaced)."""
        self._value = value
        self._set_problem("")
        if self.text() != format_date(value) and not self._means(value):
            self.setText(format_date(value))
        self._show_example()

    def setCalendarFallback(self, fallback: Callable[[], dt.date | None]) -> None:
        """Where the calendar opens when the field is empty (before today); the empty field's
        example is that date too."""
        self._fallback = fallback
        self._show_example()

    def _show_example(self) -> None:
        """The empty field's example: the plan's own election day, else today (never a fixed
        date from another cycle)."""
        self.setPlaceholderText(f"e.g. {format_date(self._fallback() or dt.date.today())}")

    def showEvent(self, event: QShowEvent) -> None:
        self._show_example()  # the election day may have changed since
        super().showEvent(event)

    def clear_date(self) -> None:
        self.setText("")
        self._store(None)

    def _means(self, value: dt.date | None) -> bool:
        try:
            return parse_date(self.text()) == value
        except DateTextError:
            return False

    # -- typing
    def _on_edited(self, text: str) -> None:
        if not text.strip():
            self._store(None)
        elif self.problem:
            self._set_problem("")  # being fixed: the sentence comes back at Enter if still wrong

    def commit(self) -> None:
        """Read the typed text: store the date and show it as "Nov 3, 2026", or warn."""
        try:
            value = parse_date(self.text())
        except DateTextError as exc:
            self._set_problem(str(exc))
            return
        self.setText(format_date(value))
        self._store(value)

    def _store(self, value: dt.date | None) -> None:
        self._set_problem("")
        if value != self._value:
            self._value = value
            self.valueEdited.emit(value)

    def _set_problem(self, message: str) -> None:
        self.problem = message
        self._bad.setVisible(bool(message))
        self._bad.setToolTip(message)
        self.setProperty("invalid", bool(message))
        if message and self._label is None:
            self._label = QLabel(self.parentWidget())
            self._label.setObjectName(f"date_problem_{self.objectName() or 'field'}")
            self._label.setWordWrap(True)
            place_label(self, self._label)
        if self._label is not None:
            self._label.setText(f"{WARNING_SIGN} {message}")
            self._label.setVisible(bool(message))
        desc = f"Warning: {message}" if message else ""
        self.setAccessibleDescription(desc)

    def problem_label(self) -> QLabel | None:
        """The sentence shown under the field while its text is not a date."""
        return self._label

    # -- calendar
    def calendar_start(self) -> dt.date:
        """The day the calendar shows first: the field's date, else the fallback, else today."""
        return self._value or self._fallback() or dt.date.today()

    def calendar(self) -> CalendarPopup:
        if self._calendar is None:
            cal = CalendarPopup(self)
            cal.clicked.connect(self._picked)
            cal.activated.connect(self._picked)
            self._calendar = cal
        return self._calendar

    def open_calendar(self) -> None:
        cal = self.calendar()
        start = self.calendar_start()
        cal.setSelectedDate(_qdate(start))
        cal.setCurrentPage(start.year, start.month)
        cal.adjustSize()
        cal.move(self.mapToGlobal(QPoint(0, self.height())))
        cal.show()
        cal.setFocus()

    def _picked(self, day: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        value = dt.date(day.year(), day.month(), day.day())
        self.setText(format_date(value))
        self._store(value)

    # -- events
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)  # typing replaces the old date

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (
            key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            return
        if key == Qt.Key.Key_Delete and mods & Qt.KeyboardModifier.ControlModifier:
            self.clear_date()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        use_document_undo(menu, self.undo_stack)
        menu.addSeparator()
        menu.addAction("Pick from calendar…", self.open_calendar)
        menu.addAction("Clear date", self.clear_date)
        menu.exec(event.globalPos())
        menu.deleteLater()
