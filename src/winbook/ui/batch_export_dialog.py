"""File → Export packets for several plans…: a print run of many plans from the window.

    BatchExportDialog(parent).exec()

Choose plans (a folder of them, or files), the paper, one PDF per plan or all in one, and where
they go; Export runs `winbook.report.batch.BatchExport` on a `QThread` (its workers are spawned
processes), so the window stays responsive. The progress bar counts plans; Cancel stops the
run and leaves no half-written file (packets already finished in the folder stay, and the
dialog says how many). Plans that could not be printed are listed at the end, each with why.
Packets printed here never include private details or coach notes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QMessageBox, QWidget

from winbook.domain.path import plural
from winbook.errors import WinbookError
from winbook.report.batch import (
    BatchExport,
    BatchRequest,
    BatchResult,
    Progress,
    duration,
    pdf_dir_targets,
)
from winbook.report.packet import PacketOptions, Paper
from winbook.ui.forms.ui_batch_export_dialog import Ui_BatchExportDialog

FOLDER_KEY = "batch/plans_folder"
PAPERS: tuple[tuple[Paper, str], ...] = (
    ("letter", "Letter (8.5 × 11 in)"),
    ("a4", "A4 (210 × 297 mm)"),
)
PLAN_SUFFIXES = (".winbook", ".json")


def plans_in(folder: Path) -> list[Path]:
    """The plan files directly in ``folder`` (not hidden), by name."""
    try:
        found = [
            p
            for p in folder.iterdir()
            if p.suffix.lower() in PLAN_SUFFIXES and not p.name.startswith(".") and p.is_file()
        ]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name.lower())


class BatchThread(QThread):
    """Runs one `BatchExport` off the GUI thread; reports through queued signals."""

    progressed = Signal(object)  # Progress
    finished_run = Signal(object)  # BatchResult
    failed = Signal(str)  # one sentence

    def __init__(self, run: BatchExport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch = run

    def run(self) -> None:
        try:
            result = self.batch.run(self.progressed.emit)
        except WinbookError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # never a traceback in a slot: say it in the dialog
            self.failed.emit(
                f"The print run stopped on an unexpected error ({type(exc).__name__})."
            )
            return
        self.finished_run.emit(result)


class BatchExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, jobs: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BatchExportDialog()
        self.ui.setupUi(self)
        self.jobs = jobs
        self.runner: BatchThread | None = None
        self.outcome: BatchResult | None = None
        for key, label in PAPERS:
            self.ui.paper_combo.addItem(label, key)
        self.ui.errors_list.setVisible(False)
        self.ui.progress_bar.setVisible(False)
        self._connect()
        self._mode_changed()

    # ------------------------------------------------------------------ public API

    def plans(self) -> list[Path]:
        return [Path(self.ui.plans_list.item(i).text()) for i in range(self.ui.plans_list.count())]

    def add_plans(self, paths: list[Path]) -> None:
        """Add ``paths`` to the list (each once)."""
        have = set(self.plans())
        for path in paths:
            if path not in have:
                QListWidgetItem(str(path), self.ui.plans_list)
                have.add(path)
        self._update_state()

    def is_running(self) -> bool:
        return self.runner is not None

    def merged(self) -> bool:
        return bool(self.ui.merged_radio.isChecked())

    def request(self) -> BatchRequest:
        out = Path(self.ui.output_edit.text().strip()).expanduser()
        paper: Paper = self.ui.paper_combo.currentData() or "letter"
        options = PacketOptions(paper=paper, separator=self.merged() and self.separator())
        if self.merged():
            return BatchRequest(tuple(self.plans()), options, merge=out, jobs=self.jobs)
        return BatchRequest(tuple(self.plans()), options, pdf_dir=out, jobs=self.jobs)

    def separator(self) -> bool:
        return bool(self.ui.separator_check.isChecked())

    # ------------------------------------------------------------------ set-up

    def _connect(self) -> None:
        ui = self.ui
        ui.add_folder_button.clicked.connect(self.add_folder)
        ui.add_files_button.clicked.connect(self.add_files)
        ui.remove_button.clicked.connect(self.remove_selected)
        ui.plans_list.itemSelectionChanged.connect(self._update_state)
        ui.merged_radio.toggled.connect(self._mode_changed)
        ui.output_edit.textChanged.connect(self._update_state)
        ui.output_button.clicked.connect(self.choose_output)
        ui.export_button.clicked.connect(self.start)
        ui.cancel_button.clicked.connect(self.cancel)
        ui.close_button.clicked.connect(self.close)

    def _mode_changed(self) -> None:
        merged = self.merged()
        self.ui.separator_check.setEnabled(merged)
        self.ui.output_label.setText("Sa&ve as" if merged else "Sa&ve to folder")
        text = self.ui.output_edit.text().strip()
        if merged and text and not text.lower().endswith(".pdf"):
            self.ui.output_edit.setText(str(Path(text) / "print-run.pdf"))
        elif not merged and text.lower().endswith(".pdf"):
            self.ui.output_edit.setText(str(Path(text).parent))
        self._update_state()

    def _update_state(self) -> None:
        running = self.is_running()
        n = len(self.plans())
        self.ui.count_label.setText(plural(n, "plan") if n else "No plans yet")
        self.ui.remove_button.setEnabled(not running and bool(self.ui.plans_list.selectedItems()))
        for w in (
            self.ui.add_folder_button,
            self.ui.add_files_button,
            self.ui.packets_group,
        ):
            w.setEnabled(not running)
        self.ui.export_button.setEnabled(
            not running and n > 0 and bool(self.ui.output_edit.text().strip())
        )
        self.ui.cancel_button.setEnabled(running)
        self.ui.close_button.setEnabled(not running)

    # ------------------------------------------------------------------ choosing

    def add_folder(self) -> None:
        start = str(QSettings().value(FOLDER_KEY, str(Path.home())))
        chosen = QFileDialog.getExistingDirectory(self, "Add the plans in a folder", start)
        if not chosen:
            return
        folder = Path(chosen)
        QSettings().setValue(FOLDER_KEY, str(folder))
        found = plans_in(folder)
        if not found:
            self._say(f"There is no plan (.winbook or .json) in {folder}.")
            return
        self.add_plans(found)
        if not self.ui.output_edit.text().strip():
            out = folder / "packets"
            self.ui.output_edit.setText(str(out / "print-run.pdf" if self.merged() else out))

    def add_files(self) -> None:
        start = str(QSettings().value(FOLDER_KEY, str(Path.home())))
        names, _filter = QFileDialog.getOpenFileNames(
            self, "Add plans", start, "Plans (*.winbook *.json);;All files (*)"
        )
        self.add_plans([Path(n) for n in names])

    def remove_selected(self) -> None:
        for item in self.ui.plans_list.selectedItems():
            self.ui.plans_list.takeItem(self.ui.plans_list.row(item))
        self._update_state()

    def choose_output(self) -> None:
        current = self.ui.output_edit.text().strip() or str(Path.home())
        if self.merged():
            name, _filter = QFileDialog.getSaveFileName(
                self, "Save the print run as", current, "PDF (*.pdf)"
            )
            if name and not name.lower().endswith(".pdf"):
                name += ".pdf"
        else:
            name = QFileDialog.getExistingDirectory(self, "Save the packets in", current)
        if name:
            self.ui.output_edit.setText(name)

    # ------------------------------------------------------------------ running

    def start(self) -> None:
        if self.is_running() or not self.plans():
            return
        request = self.request()
        if not self._may_replace(request):
            return
        try:
            run = BatchExport(request)
        except WinbookError as exc:
            self._say(str(exc))
            return
        self.outcome = None
        self.ui.errors_list.clear()
        self.ui.errors_list.setVisible(False)
        bar = self.ui.progress_bar
        bar.setRange(0, len(request.plans))
        bar.setValue(0)
        bar.setVisible(True)
        self._say(f"Starting the print run of {plural(len(request.plans), 'plan')}…")
        self.runner = BatchThread(run, self)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished_run.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.start()
        self._update_state()

    def _may_replace(self, request: BatchRequest) -> bool:
        """Ask before replacing existing packets (the file dialog asks for a merged file)."""
        if request.merge is not None:
            taken = [request.merge] if request.merge.exists() else []
        else:
            assert request.pdf_dir is not None
            taken = [t for t in pdf_dir_targets(request.plans, request.pdf_dir) if t.exists()]
        if not taken:
            return True
        what = taken[0].name if len(taken) == 1 else plural(len(taken), "packet")
        answer = QMessageBox.question(
            self,
            "Replace packets?",
            f"{what} already exist{'s' if len(taken) == 1 else ''} there. Replace "
            f"{'it' if len(taken) == 1 else 'them'}?",
        )
        return answer == QMessageBox.StandardButton.Yes

    def cancel(self) -> None:
        if self.runner is not None:
            self.runner.batch.cancel()
            self.ui.cancel_button.setEnabled(False)
            self._say("Cancelling: stopping the packets being printed…")

    def _progressed(self, p: Progress) -> None:
        self.ui.progress_bar.setValue(p.done)
        if self.runner is not None and self.runner.batch.cancelled:
            return
        failed = f" ({p.failed} could not be printed)" if p.failed else ""
        left = p.remaining
        when = f", about {duration(left)} left" if left is not None and p.done < p.total else ""
        self._say(f"Printing packets: {p.done:,} of {p.total:,}{failed}{when}.")

    def _finished(self, result: BatchResult) -> None:
        self._end_thread()
        self.outcome = result
        self._say(self._summary(result))
        self._list_errors(result)

    def _failed(self, text: str) -> None:
        self._end_thread()
        self._say(text)

    def _end_thread(self) -> None:
        if self.runner is not None:
            self.runner.wait()
            self.runner.deleteLater()
        self.runner = None
        self._update_state()

    def _summary(self, result: BatchResult) -> str:
        written = [p for p in result.plans if p.pdf is not None]
        failed = len(result.failures)
        if result.cancelled:
            text = "Cancelled. "
            if self.merged():
                text += "No print run was written."
            elif written:
                where = written[0].pdf.parent if written[0].pdf else ""
                text += f"{plural(len(written), 'packet')} had been written to {where}; no other."
            else:
                text += "No packet was written."
            return text
        if result.merged is not None:
            n = sum(p.merged for p in result.plans)
            pages = result.merged_pages
            text = (
                f"Done: {plural(n, 'packet')} in {result.merged} ({plural(pages, 'page')}, "
                f"{plural(pages // 2, 'sheet')} of paper printed on both sides)."
            )
        elif written:
            where = written[0].pdf.parent if written[0].pdf else ""
            text = f"Done: {plural(len(written), 'packet')} written to {where}."
        else:
            text = result.merge_error or "No packet could be printed."
        if failed:
            text += f" {plural(failed, 'plan')} could not be printed: see below."
        return text

    def _list_errors(self, result: BatchResult) -> None:
        for plan in result.failures:
            error = plan.error or ""
            named = str(plan.source) in error  # the sentence names the file already
            QListWidgetItem(error if named else f"{plan.source.name}: {error}", self.ui.errors_list)
        self.ui.errors_list.setVisible(bool(result.failures))

    def _say(self, text: str) -> None:
        self.ui.status_label.setText(text)

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing while a run is going cancels it and waits (no half-written file)."""
        if self.runner is not None:
            self.cancel()
            self.runner.wait()
            self._end_thread()
        super().closeEvent(event)

    def reject(self) -> None:
        if self.runner is not None:  # Esc while printing: cancel, do not close
            self.cancel()
            return
        super().reject()
