"""Asking where to save: Qt's file dialog, plus the overwrite question Qt cannot ask.

`QFileDialog.getSaveFileName` asks "Do you want to replace it?" about the name the person
chose, but Winbook adds the extension afterwards ("plan" becomes "plan.winbook"), and that
file may exist too. `ask_save_path` asks the same question, in Qt's words, about the file
that will really be written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (".pdf"), added when the name lacks it."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def confirm_replace(parent: QWidget | None, title: str, path: Path) -> bool:
    """Qt's own question (QFileDialog's wording and buttons, No by default)."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.warning(
        parent,
        title,
        f"{path.name} already exists.\nDo you want to replace it?",
        buttons.Yes | buttons.No,
        buttons.No,
    )
    return answer == buttons.Yes


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, name_filter: str, suffix: str
) -> Path | None:
    """The file to write, with ``suffix``; None when the person cancels or keeps the file."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
    if not chosen:
        return None
    path = with_suffix(Path(chosen), suffix)
    if path != Path(chosen) and path.exists() and not confirm_replace(parent, title, path):
        return None
    return path
