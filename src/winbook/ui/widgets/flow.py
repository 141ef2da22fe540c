"""Pages that fit a narrow window (1366 px at 200%): wrapping button rows, readable choices.

At 200% scale a row such as "Add election · Remove · Move up · Move down · Paste rows ·
Import results…" is wider than the page; `wrap_button_rows(page)` turns each such row (a
horizontal layout holding only buttons and spacers) into a `FlowLayout`, keeping the buttons'
order and tab order.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)


class FlowLayout(QLayout):
    """Left to right, wrapping to a new line when the next item does not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._items) + self._gap * max(
            len(self._items) - 1, 0
        )
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y()


def _button_row(layout: QLayout) -> list[QAbstractButton] | None:
    """The buttons of a horizontal row holding only buttons and spacers (3 or more)."""
    if not isinstance(layout, QHBoxLayout):
        return None
    buttons: list[QAbstractButton] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QAbstractButton):
            buttons.append(widget)
        elif item is None or item.spacerItem() is None:
            return None
    return buttons if len(buttons) >= 3 else None


def _parent_of(layout: QLayout, root: QWidget) -> QBoxLayout | None:
    for candidate in root.findChildren(QBoxLayout):
        for i in range(candidate.count()):
            item = candidate.itemAt(i)
            if item is not None and item.layout() is layout:
                return candidate
    return None


def wrap_button_rows(page: QWidget) -> int:
    """Turn every row of 3+ buttons in ``page`` into a wrapping row; returns how many."""
    done = 0
    for row in page.findChildren(QHBoxLayout):
        buttons = _button_row(row)
        parent = _parent_of(row, page) if buttons else None
        if not buttons or parent is None:
            continue
        before, after = buttons[0].previousInFocusChain(), buttons[-1].nextInFocusChain()
        holder = QWidget(buttons[0].parentWidget())
        holder.setObjectName(f"{row.objectName() or 'buttons'}_flow")
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        flow = FlowLayout(holder, row.spacing() if row.spacing() >= 0 else 6)
        index = parent.indexOf(row)
        parent.removeItem(row)
        for button in buttons:
            row.removeWidget(button)
            flow.addWidget(button)
        row.deleteLater()
        parent.insertWidget(index, holder)
        chain = [w for w in (before, *buttons, after) if w is not None]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        done += 1
    return done


#: A choice box is never squeezed below its text, up to this width (then it elides).
MAX_COMBO_MIN_WIDTH = 360


def combo_text_width(combo: QComboBox) -> int:
    """The width that shows ``combo``'s longest choice whole (frame and arrow included)."""
    fm = combo.fontMetrics()
    texts = [combo.itemText(i) for i in range(combo.count())] or [combo.currentText()]
    text = max((fm.horizontalAdvance(t) for t in texts), default=0)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    size = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, QSize(text, fm.height()), combo
    )
    return size.width() + 4


def keep_fields_readable(page: QWidget) -> None:
    """Choice boxes keep room for their longest choice, and a form whose label and field do
    not fit side by side puts the field under its label (instead of cutting it)."""
    for combo in page.findChildren(QComboBox):
        combo.setMinimumWidth(min(combo_text_width(combo), MAX_COMBO_MIN_WIDTH))
    for form in page.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
