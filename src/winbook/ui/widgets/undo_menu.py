"""The Undo and Redo of a text field's right-click menu use the document's undo stack.

A QLineEdit keeps a private history of its own; its standard context menu would undo that
and leave the plan behind. `use_document_undo(menu, stack)` points the menu's Undo and Redo
at the document's single stack instead (the same steps Ctrl+Z and Ctrl+Shift+Z take).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu


def use_document_undo(menu: QMenu, stack: QUndoStack | None) -> None:
    if stack is None:
        return
    for action in menu.actions():
        name = action.objectName()
        if name not in ("edit-undo", "edit-redo"):
            continue
        action.triggered.disconnect()
        undo = name == "edit-undo"
        action.triggered.connect(stack.undo if undo else stack.redo)
        action.setEnabled(stack.canUndo() if undo else stack.canRedo())
