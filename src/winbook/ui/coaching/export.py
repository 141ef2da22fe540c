"""Export the one-page one-on-one summary from the window: a save dialog, then the PDF.

A failure is shown as a message box with one sentence; the destination is complete or untouched
(`write_coach_summary` writes atomically).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

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


def start_dir(doc: PlanDocument) -> Path:
    if doc.path is not None and not doc.is_untitled:
        return doc.path.parent
    return Path.home()


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
    return True


def export_summary_dialog(parent: QWidget | None, doc: PlanDocument) -> Path | None:
    """Ask where to save, then write the summary; the written path, or None."""
    suggested = start_dir(doc) / suggested_name(doc)
    path = ask_save_path(parent, "Export one-on-one summary", suggested, PDF_FILTER, ".pdf")
    if path is None:
        return None
    return path if export_summary(parent, doc, path) else None
