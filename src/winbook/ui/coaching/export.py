"""Export the one-page one-on-one summary from the window: a save dialog, then the PDF.

The dialog starts in the plan's own folder, else the user's Documents folder (never a hidden
app-data folder, where nobody would find the file again). Once written, the window's status
bar says where. A failure is shown as a message box with one sentence; the destination is
complete or untouched (`write_coach_summary` writes atomically).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from winbook.app.document import PlanDocument
from winbook.errors import WinbookError
from winbook.ui.save_dialog import ask_save_path

PDF_FILTER = "PDF documents (*.pdf)"


def default_paper() -> str:
    """A4 where the locale measures in metric, US Letter otherwise."""
    metric = QLocale().measurementSystem() == QLocale.MeasurementSystem.MetricSystem
    return "a4" if metric else "letter"


def suggested_name(doc: PlanDocument) -> str:
    name = doc.plan.candidate.full_name or doc.plan.meta.title or "plan"
    safe = "".join(c if c.isalnum() or c in "-_ " else "" for c in name).strip()
    return (safe.replace(" ", "-").lower() or "plan") + "-one-on-one.pdf"


def documents_dir() -> Path:
    """The user's Documents folder (the home folder when the system names none)."""
    loc = QStandardPaths.StandardLocation.DocumentsLocation
    found = QStandardPaths.writableLocation(loc)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def _hidden(folder: Path) -> bool:
    """True for a folder a person does not browse: an app-data or cache folder, or anything
    under a dot-folder (``~/.local/share/...``)."""
    kinds = (
        QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.AppLocalDataLocation,
        QStandardPaths.StandardLocation.GenericDataLocation,
        QStandardPaths.StandardLocation.CacheLocation,
        QStandardPaths.StandardLocation.GenericCacheLocation,
    )
    resolved = folder.resolve()
    for kind in kinds:
        base = QStandardPaths.writableLocation(kind)
        if base and resolved.is_relative_to(Path(base).resolve()):
            return True
    return any(part.startswith(".") for part in resolved.parts)


def start_dir(doc: PlanDocument) -> Path:
    """The plan's own folder when it is one a person browses, else Documents."""
    if doc.path is not None and not doc.is_untitled and not _hidden(doc.path.parent):
        return doc.path.parent
    return documents_dir()


def say_saved(parent: QWidget | None, path: Path) -> str:
    """Tell the user where the summary went (the window's status bar); returns the sentence."""
    message = f"One-on-one summary saved to {path}"
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 15000)
    return message


def export_summary(parent: QWidget | None, doc: PlanDocument, path: Path) -> bool:
    """Write the summary of ``doc`` to ``path``; a message box says why when it cannot."""
    from winbook.report.coach_summary import write_coach_summary  # reportlab: load on use

    try:
        write_coach_summary(doc.plan, path, paper=default_paper())
    except WinbookError as exc:
        QMessageBox.warning(parent, "Cannot export the summary", str(exc))
        return False
    except OSError as exc:
        reason = (exc.strerror or str(exc)).rstrip(".").lower()
        QMessageBox.warning(parent, "Cannot export the summary", f"Cannot write {path}: {reason}.")
        return False
    say_saved(parent, path)
    return True


def export_summary_dialog(parent: QWidget | None, doc: PlanDocument) -> Path | None:
    """Ask where to save, then write the summary; the written path, or None."""
    suggested = start_dir(doc) / suggested_name(doc)
    path = ask_save_path(parent, "Export one-on-one summary", suggested, PDF_FILTER, ".pdf")
    if path is None:
        return None
    return path if export_summary(parent, doc, path) else None
