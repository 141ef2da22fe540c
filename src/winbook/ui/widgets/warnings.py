"""Impossible values shown next to their field, with the reason; never changed or dropped.

`FieldWarnings(doc)` maps (part, index, field) to a widget. When ``doc.problems`` changes it
decorates each registered widget: a warning icon with the reason as its tooltip (line edits),
the reason as the widget's accessible description and tooltip, and a label under the field
("⚠ reason"). Table models use `problem_text(doc, part, index, field)` for their cells.
"""

from __future__ import annotations

# Any: QFormLayout.getWidgetPosition is typed Any by PySide6
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QStyle,
    QWidget,
)

from winbook.app.document import PlanDocument

Key = tuple[str, int | None, str]

WARNING_SIGN = "⚠"


def problem_text(doc: PlanDocument, part: str, index: int | None, field: str) -> str:
    """The reasons (one per line) why this field's value is impossible, or ""."""
    return "\n".join(
        p.message for p in doc.problems if p.part == part and p.index == index and p.field == field
    )


def find_layout(root: QLayout | None, widget: QWidget) -> QLayout | None:
    """The layout (possibly nested under ``root``) that directly holds ``widget``."""
    if root is None:
        return None
    for i in range(root.count()):
        item = root.itemAt(i)
        if item is None:
            continue
        if item.widget() is widget:
            return root
        child = item.layout()
        found = find_layout(child, widget) if child is not None else None
        if found is not None:
            return found
    return None


def place_label(widget: QWidget, label: QLabel) -> None:
    """Put ``label`` under ``widget`` in its form or box layout."""
    parent = widget.parentWidget()
    layout = find_layout(parent.layout() if parent is not None else None, widget)
    if isinstance(layout, QFormLayout):
        position: Any = layout.getWidgetPosition(widget)
        layout.insertRow(int(position[0]) + 1, "", label)
    elif isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(widget) + 1, label)
    else:  # grid or no layout: the icon, tooltip and description still carry the reason
        label.setParent(parent)


class _Decoration:
    def __init__(self, widget: QWidget, field_name: str) -> None:
        self.widget = widget
        self.base_tip = widget.toolTip()
        self.base_desc = widget.accessibleDescription()
        self.label = QLabel(widget.parentWidget())
        self.label.setWordWrap(True)
        self.label.setObjectName(f"warning_{widget.objectName() or field_name}")
        self.label.setAccessibleName(f"Warning: {field_name.replace('_', ' ')}")
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.label.hide()
        place_label(widget, self.label)
        self.action: QAction | None = None
        if isinstance(widget, QLineEdit):
            icon = widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.action = QAction(icon, "", widget)
            widget.addAction(self.action, QLineEdit.ActionPosition.TrailingPosition)
            self.action.setVisible(False)  # after addAction: Qt shows the button otherwise

    def show(self, message: str) -> None:
        self.label.setText(f"{WARNING_SIGN} {message}" if message else "")
        self.label.setVisible(bool(message))
        if self.action is not None:
            self.action.setVisible(bool(message))
            self.action.setToolTip(message)
        tip = f"{self.base_tip}\n\n{WARNING_SIGN} {message}" if self.base_tip else message
        self.widget.setToolTip(tip if message else self.base_tip)
        desc = f"Warning: {message}" + (f" {self.base_desc}" if self.base_desc else "")
        self.widget.setAccessibleDescription(desc if message else self.base_desc)


class FieldWarnings(QObject):
    """Decorates registered widgets with the document's current problems."""

    def __init__(self, doc: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._items: dict[Key, _Decoration] = {}
        doc.problemsChanged.connect(self.update)

    def register(self, widget: QWidget, part: str, field: str, index: int | None = None) -> None:
        """Show problems of (part, index, field) on ``widget`` (call after setting tooltips)."""
        self._items[(part, index, field)] = _Decoration(widget, field)
        self._show((part, index, field))

    def message(self, part: str, field: str, index: int | None = None) -> str:
        """The warning now shown for a field ("" when none)."""
        return problem_text(self._doc, part, index, field)

    def label_for(self, part: str, field: str, index: int | None = None) -> QLabel | None:
        item = self._items.get((part, index, field))
        return item.label if item is not None else None

    def update(self) -> None:
        for key in self._items:
            self._show(key)

    def _show(self, key: Key) -> None:
        part, index, field = key
        self._items[key].show(problem_text(self._doc, part, index, field))
