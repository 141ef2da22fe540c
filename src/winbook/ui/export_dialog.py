"""Export packet…: the packet's options, a live preview of its pages, Save… and Print….

    ExportPacketDialog(plan, parent).exec()

The dialog works on a copy of the plan. The packet is rendered by
:func:`winbook.report.packet.render_packet` on a pool thread (the window stays responsive; at
most one rendering runs, and the newest options win); the bytes are shown with QtPdf. Save…
writes with :func:`winbook.report.packet.export_packet` (atomic), also off the GUI thread.
Print… paints the previewed pages on a `QPrinter` chosen in the system print dialog.
Private details and coach notes are left out unless ticked, every time the dialog opens.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QMarginsF, QSettings, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QShortcut,
    QShowEvent,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from winbook.domain.model import Plan
from winbook.errors import WinbookError
from winbook.report.packet import PacketOptions, Paper, export_packet, render_packet
from winbook.ui.forms.ui_export_dialog import Ui_ExportPacketDialog
from winbook.ui.packet_preview import Job, PdfPreview, print_document
from winbook.ui.save_dialog import ask_save_path

FOLDER_KEY = "export/packet_folder"
PAPER_KEY = "export/packet_paper"
PAPERS: tuple[tuple[Paper, str], ...] = (
    ("letter", "Letter (8.5 × 11 in)"),
    ("a4", "A4 (210 × 297 mm)"),
)
T = TypeVar("T")
PAGE_SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}


def default_file_name(plan: Plan) -> str:
    """``maya-okafor-packet.pdf``: from the ballot name (or full name, or plan title)."""
    c = plan.candidate
    name = c.ballot_name or c.full_name or plan.meta.title or "plan"
    safe = "".join(ch if ch.isalnum() or ch in "-_ " else "" for ch in name).strip()
    return "-".join((safe.lower() or "plan").split()) + "-packet.pdf"


class ExportPacketDialog(QDialog):
    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportPacketDialog()
        self.ui.setupUi(self)
        self.plan = copy.deepcopy(plan)
        self.preview = PdfPreview(
            self.ui.preview_view,
            self.ui.page_label,
            self.ui.previous_button,
            self.ui.next_button,
            self.ui.zoom_combo,
            self,
        )
        self._jobs: dict[int, Job] = {}
        self._job_count = 0
        self._wanted = PacketOptions()
        self._shown: PacketOptions | None = None  # options of the pages in the preview
        self._rendering = False
        self._saving = False
        self._closed = False
        self.last_error = ""
        self._fill_options()
        self._connect()
        self._fit_to_screen()
        self.request_render()

    # ------------------------------------------------------------------ public API

    def options(self) -> PacketOptions:
        """The packet options as currently chosen in the dialog."""
        paper: Paper = self.ui.paper_combo.currentData() or "letter"
        return PacketOptions(
            paper=paper,
            include_private=self.ui.private_check.isChecked(),
            include_coach_notes=self.ui.coach_notes_check.isChecked(),
        )

    def is_busy(self) -> bool:
        return self._rendering or self._saving

    def preview_ready(self) -> bool:
        """True when the preview shows the packet for the current options."""
        return not self._rendering and self._shown == self.options()

    def preview_pages(self) -> int:
        return self.preview.page_count()

    # ------------------------------------------------------------------ set-up

    def _fill_options(self) -> None:
        for key, label in PAPERS:
            self.ui.paper_combo.addItem(label, key)
        remembered = str(QSettings().value(PAPER_KEY, "letter"))
        index = self.ui.paper_combo.findData(remembered)
        self.ui.paper_combo.setCurrentIndex(max(index, 0))
        self.ui.private_check.setChecked(False)
        self.ui.coach_notes_check.setChecked(False)
        self.ui.busy_bar.setVisible(False)
        self.ui.warning_label.setVisible(False)

    def _connect(self) -> None:
        self.ui.paper_combo.currentIndexChanged.connect(self._paper_changed)
        self.ui.private_check.toggled.connect(self._options_changed)
        self.ui.coach_notes_check.toggled.connect(self._options_changed)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.print_button.clicked.connect(self.print_packet)
        self.ui.close_button.clicked.connect(self.reject)
        shortcuts = (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Print, self.print_packet),
            (QKeySequence(Qt.Key.Key_PageDown), self.preview.next_page),
            (QKeySequence(Qt.Key.Key_PageUp), self.preview.previous_page),
        )
        for keys, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        self.resize(min(1100, int(room.width() * 0.92)), min(760, int(room.height() * 0.92)))

    # ------------------------------------------------------------------ rendering

    def _paper_changed(self) -> None:
        QSettings().setValue(PAPER_KEY, self.options().paper)
        self._options_changed()

    def _options_changed(self) -> None:
        self._show_privacy_warning()
        self.request_render()

    def _show_privacy_warning(self) -> None:
        options = self.options()
        lines = []
        if options.include_private:
            lines.append("⚠ This copy will show private details: keep it to yourself.")
        if options.include_coach_notes:
            lines.append("⚠ This copy will show coach notes: not for submission.")
        self.ui.warning_label.setText("<b>" + "<br>".join(lines) + "</b>")
        self.ui.warning_label.setVisible(bool(lines))

    def request_render(self) -> None:
        """Render the packet for the current options (after the running rendering, if any)."""
        self._wanted = self.options()
        if not self._rendering:
            self._start_render(self._wanted)
        self._update_state()

    def _start_render(self, options: PacketOptions) -> None:
        plan = self.plan
        self._rendering = True
        self.last_error = ""
        job = self._job(lambda: render_packet(plan, options), options)
        job.signals.done.connect(self._rendered)
        job.signals.failed.connect(self._render_failed)
        job.start()

    def _rendered(self, context: tuple[int, PacketOptions], data: object) -> None:
        options = self._finished(context)
        self._rendering = False
        if self._closed:
            return
        if options != self._wanted:  # the options changed meanwhile: never show stale pages
            self._start_render(self._wanted)
            self._update_state()
            return
        try:
            self.preview.load(data if isinstance(data, bytes) else b"")
        except WinbookError as exc:
            self._show_render_error(str(exc))
            return
        self._shown = options
        self._update_state()

    def _render_failed(self, context: tuple[int, PacketOptions], text: str) -> None:
        self._finished(context)
        self._rendering = False
        if not self._closed:
            self._show_render_error(text)

    def _show_render_error(self, text: str) -> None:
        self._shown = None
        self.last_error = text
        self.preview.clear()
        self._update_state()

    def _job(self, fn: Callable[[], object], payload: T) -> Job:
        """A job whose context is ``(number, payload)``; kept referenced until it reports."""
        self._job_count += 1
        job = Job(fn, (self._job_count, payload))
        self._jobs[self._job_count] = job
        return job

    def _finished(self, context: tuple[int, T]) -> T:
        number, payload = context
        self._jobs.pop(number, None)
        return payload

    def _update_state(self) -> None:
        busy = self.is_busy()
        ready = self.preview_ready()
        self.ui.busy_bar.setVisible(busy)
        # one reportlab rendering at a time: the options wait while the file is written
        self.ui.paper_group.setEnabled(not self._saving)
        self.ui.include_group.setEnabled(not self._saving)
        self.ui.save_button.setEnabled(ready and not busy)
        self.ui.print_button.setEnabled(ready and not busy)
        if self._saving:
            text = "Saving the packet…"
        elif self._rendering:
            text = "Preparing the preview…"
        elif self.last_error:
            text = self.last_error
        elif ready:
            n = self.preview.page_count()
            text = f"The packet has {n} page{'s' if n != 1 else ''}."
        else:
            text = ""
        self.ui.status_label.setText(text)

    # ------------------------------------------------------------------ save

    def save(self) -> None:
        if not self.ui.save_button.isEnabled():
            return
        folder = Path(str(QSettings().value(FOLDER_KEY, "") or Path.home()))
        if not folder.is_dir():
            folder = Path.home()
        suggested = folder / default_file_name(self.plan)
        path = ask_save_path(self, "Save the packet", suggested, "PDF files (*.pdf)", ".pdf")
        if path is None:
            return
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        plan, options = self.plan, self.options()
        job = self._job(lambda: export_packet(plan, path, options), path)
        job.signals.done.connect(self._saved)
        job.signals.failed.connect(self._save_failed)
        self._saving = True
        self._update_state()
        job.start()

    def _saved(self, context: tuple[int, Path], result: object) -> None:
        self._finished(context)
        self._saving = False
        if self._closed:
            return
        self._update_state()
        self.ui.status_label.setText(f"Saved to {result}.")
        QMessageBox.information(self, "Packet saved", f"The packet was saved to {result}.")

    def _save_failed(self, context: tuple[int, Path], text: str) -> None:
        self._finished(context)
        self._saving = False
        if self._closed:
            return
        self._update_state()
        QMessageBox.warning(self, "Cannot save the packet", text)

    # ------------------------------------------------------------------ print

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        paper = PAGE_SIZES[self.options().paper]
        printer.setPageLayout(
            QPageLayout(
                QPageSize(paper),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),  # the packet has its own margins; printers clamp to theirs
                QPageLayout.Unit.Millimeter,
            )
        )
        name = self.plan.candidate.ballot_name or self.plan.candidate.full_name or "Winbook"
        printer.setDocName(f"{name} packet")
        return printer

    def print_packet(self) -> None:
        if not self.ui.print_button.isEnabled():
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print the packet")
        options = QAbstractPrintDialog.PrintDialogOption
        dialog.setOptions(
            options.PrintToFile
            | options.PrintPageRange
            | options.PrintCurrentPage
            | options.PrintCollateCopies
            | options.PrintShowPageSize
        )
        dialog.setMinMax(1, self.preview.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._print(printer)

    def _print(self, printer: QPrinter) -> None:
        progress = QProgressDialog("Printing the packet…", "Cancel", 0, 1, self)
        progress.setWindowTitle("Printing")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        cancelled: list[bool] = []

        def step(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            if done < total and progress.wasCanceled():
                cancelled.append(True)
            return not cancelled

        try:
            printed = print_document(
                self.preview.document, printer, self.preview.current_page(), step
            )
        except WinbookError as exc:
            QMessageBox.warning(self, "Cannot print the packet", str(exc))
            return
        finally:
            progress.close()
        if cancelled:
            self.ui.status_label.setText("Printing was cancelled.")
        else:
            plural = "s" if printed != 1 else ""
            self.ui.status_label.setText(f"Sent {printed} page{plural} to print.")

    # ------------------------------------------------------------------ closing

    def done(self, result: int) -> None:
        """Close at once, even while a rendering runs: its result is dropped when it arrives."""
        self._closed = True
        self.preview.clear()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again after closing: the preview was released, so make it again."""
        super().showEvent(event)
        if self._closed:
            self._closed = False
            self._shown = None
            self.request_render()
