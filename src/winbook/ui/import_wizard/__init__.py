"""The election-results import wizard: files in, election-history rows out.

Each file is read by :func:`winbook.io.results.read_results` in a worker thread (one at a time,
so a statewide file does not starve the window), with a progress bar and a Stop button. The
user picks a contest per file, says how many seats it filled, checks the totals, and adds it;
:meth:`ImportResultsWizard.history_rows` then gives the :class:`PastElection` rows.

    wizard = ImportResultsWizard(parent)
    if wizard.exec():
        rows = wizard.history_rows()

The rooms: `reading` (the file jobs), `tables` (preview and rows); this module is the wizard.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from winbook.domain.model import CYCLE_LABELS, CycleType, PastElection, Stage, cycle_for_year
from winbook.io.results import Contest, ResultsFile, guess_stage, guess_year, history_row
from winbook.ui.forms.ui_import_results_wizard import Ui_ImportResultsWizard
from winbook.ui.import_wizard.reading import (
    FILE_FILTER,
    PROGRESS_STEPS,
    WAIT_ON_CLOSE_MS,
    ReadJob,
    ReadSignals,
    _FileEntry,
    ask_results_files,
)
from winbook.ui.import_wizard.tables import (
    PREVIEW_HEADERS,
    ROW_HEADERS,
    STAGE_LABELS,
    _append_row,
    _contest_text,
    _headers,
    _row_cells,
    _totals_text,
)

__all__ = [
    "FILE_FILTER",
    "PREVIEW_HEADERS",
    "PROGRESS_STEPS",
    "ROW_HEADERS",
    "STAGE_LABELS",
    "WAIT_ON_CLOSE_MS",
    "ImportResultsWizard",
    "ReadJob",
    "ReadSignals",
    "ask_results_files",
]


class ImportResultsWizard(QDialog):
    """Choose results files, pick a contest in each, and turn them into history rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportResultsWizard()
        self.ui.setupUi(self)
        self._entries: list[_FileEntry] = []
        self._jobs: dict[int, _FileEntry] = {}
        self._next_job = 0
        self._stop = threading.Event()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = ReadSignals(self)
        self._loading = False
        self._setup_widgets()
        self._connect()

    # -- public ------------------------------------------------------------------------

    def history_rows(self) -> list[PastElection]:
        """The rows the user added, in year order (empty unless the dialog was accepted)."""
        if self.result() != QDialog.DialogCode.Accepted:
            return []
        return self.pending_rows()

    def pending_rows(self) -> list[PastElection]:
        rows = [e.row for e in self._entries if e.row is not None]
        return sorted(rows, key=lambda r: (r.year, r.stage))

    def add_files(self, paths: list[str] | list[Path]) -> None:
        """Queue files for reading (the Add files button calls this after the file dialog)."""
        known = {e.path.resolve() for e in self._entries}
        for raw in paths:
            path = Path(raw)
            if path.resolve() in known:
                continue
            known.add(path.resolve())
            self._queue(path)
        if self.ui.file_list.currentRow() < 0 and self._entries:
            self.ui.file_list.setCurrentRow(0)

    def is_reading(self) -> bool:
        return any(not e.done for e in self._jobs.values())

    # -- setup -------------------------------------------------------------------------

    def _setup_widgets(self) -> None:
        for cycle in CycleType:
            self.ui.cycle_combo.addItem(CYCLE_LABELS[cycle], cycle)
        for stage, label in STAGE_LABELS.items():
            self.ui.stage_combo.addItem(label, stage)
        _headers(self.ui.preview_table, PREVIEW_HEADERS)
        _headers(self.ui.rows_table, ROW_HEADERS)
        self.ui.progress_bar.setRange(0, PROGRESS_STEPS)
        self.ui.splitter.setSizes([260, 330, 390])
        self._set_contest_controls(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.add_files_button.clicked.connect(self._on_add_files)
        ui.remove_file_button.clicked.connect(self._on_remove_file)
        ui.cancel_read_button.clicked.connect(self.stop_reading)
        ui.file_list.currentRowChanged.connect(self._on_file_changed)
        ui.search_edit.textChanged.connect(self._on_search)
        ui.contest_list.currentRowChanged.connect(self._on_contest_changed)
        ui.seats_spin.valueChanged.connect(self._on_settings_changed)
        ui.year_spin.valueChanged.connect(self._on_year_changed)
        ui.cycle_combo.currentIndexChanged.connect(self._on_settings_changed)
        ui.stage_combo.currentIndexChanged.connect(self._on_settings_changed)
        ui.add_row_button.clicked.connect(self._on_add_row)
        ui.remove_row_button.clicked.connect(self._on_remove_row)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    # -- reading -----------------------------------------------------------------------

    def _queue(self, path: Path) -> None:
        year = guess_year(path) or self.ui.year_spin.value()
        entry = _FileEntry(path, year, cycle_for_year(year), guess_stage(path))
        self._entries.append(entry)
        self.ui.file_list.addItem(QListWidgetItem(self._file_text(entry)))
        if self._stop.is_set() and not self.is_reading():
            self._stop = threading.Event()  # a new batch after a Stop
        job_id = self._next_job
        self._next_job += 1
        self._jobs[job_id] = entry
        self._pool.start(ReadJob(job_id, path, self._signals, self._stop))
        self._update_reading_state()

    @Slot()
    def stop_reading(self) -> None:
        self._stop.set()
        self.ui.status_label.setText("Stopping…")

    @Slot(int, int)
    def _on_progress(self, job_id: int, step: int) -> None:
        entry = self._jobs.get(job_id)
        if entry is None or entry.done:
            return
        self.ui.progress_bar.setValue(step)
        self.ui.status_label.setText(f"Reading {entry.path.name}… {step / 10:.0f}%")

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: ResultsFile) -> None:
        entry = self._jobs.get(job_id)
        if entry is None:
            return
        entry.result = result
        self._after_job(entry)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        entry = self._jobs.get(job_id)
        if entry is None:
            return
        entry.error = message
        self._after_job(entry)

    def _after_job(self, entry: _FileEntry) -> None:
        if entry in self._entries:
            row = self._entries.index(entry)
            item = self.ui.file_list.item(row)
            item.setText(self._file_text(entry))
            item.setToolTip(entry.error or "\n".join(entry.result.warnings if entry.result else []))
            if row == self.ui.file_list.currentRow():
                self._show_entry(entry)
        self._update_reading_state()

    def _update_reading_state(self) -> None:
        reading = self.is_reading()
        self.ui.cancel_read_button.setEnabled(reading)
        if reading:
            return
        self.ui.progress_bar.setValue(PROGRESS_STEPS if self._entries else 0)
        errors = sum(1 for e in self._entries if e.error)
        read = sum(1 for e in self._entries if e.result is not None)
        text = f"{read} file{'s' if read != 1 else ''} read"
        self.ui.status_label.setText(text + (f", {errors} not read." if errors else "."))

    @staticmethod
    def _file_text(entry: _FileEntry) -> str:
        if entry.error:
            return f"{entry.path.name}: not read"
        if entry.result is None:
            return f"{entry.path.name}: reading…"
        n = len(entry.result.contests)
        tick = " ✓" if entry.row is not None else ""
        return f"{entry.path.name} ({entry.year}, {n} contest{'s' if n != 1 else ''}){tick}"

    # -- files -------------------------------------------------------------------------

    @Slot()
    def _on_add_files(self) -> None:
        paths = ask_results_files(self)
        if paths:
            self.add_files(paths)

    @Slot()
    def _on_remove_file(self) -> None:
        row = self.ui.file_list.currentRow()
        if row < 0:
            return
        entry = self._entries.pop(row)
        for job_id, job_entry in list(self._jobs.items()):
            if job_entry is entry and entry.done:
                del self._jobs[job_id]
        self.ui.file_list.takeItem(row)
        self._refresh_rows()
        self._on_file_changed(self.ui.file_list.currentRow())

    def _current(self) -> _FileEntry | None:
        row = self.ui.file_list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    @Slot(int)
    def _on_file_changed(self, row: int) -> None:
        entry = self._entries[row] if 0 <= row < len(self._entries) else None
        self._show_entry(entry)

    def _show_entry(self, entry: _FileEntry | None) -> None:
        self._loading = True
        try:
            self._fill_entry(entry)
        finally:
            self._loading = False
        self._show_preview()

    def _fill_entry(self, entry: _FileEntry | None) -> None:
        ui = self.ui
        ui.contest_list.clear()
        ready = entry is not None and entry.result is not None
        self._set_contest_controls(ready)
        if entry is None:
            ui.totals_label.setText("Add a results file to begin.")
            return
        ui.year_spin.setValue(entry.year)
        ui.cycle_combo.setCurrentIndex(ui.cycle_combo.findData(entry.cycle))
        ui.stage_combo.setCurrentIndex(ui.stage_combo.findData(entry.stage))
        ui.seats_spin.setValue(entry.seats)
        if entry.result is None:
            ui.totals_label.setText(entry.error or f"Reading {entry.path.name}…")
            return
        for i, contest in enumerate(entry.result.contests):
            item = QListWidgetItem(_contest_text(contest))
            item.setData(Qt.ItemDataRole.UserRole, i)
            ui.contest_list.addItem(item)
        search = entry.search or ui.search_edit.text()  # carry the search to the next year
        ui.search_edit.setText(search)
        self._apply_search(search, entry)

    def _set_contest_controls(self, enabled: bool) -> None:
        for widget in (self.ui.search_edit, self.ui.contest_list, self.ui.year_spin,
                       self.ui.cycle_combo, self.ui.stage_combo, self.ui.seats_spin):  # fmt: skip
            widget.setEnabled(enabled)

    # -- contests ----------------------------------------------------------------------

    @Slot(str)
    def _on_search(self, text: str) -> None:
        entry = self._current()
        if self._loading or entry is None or entry.result is None:
            return
        entry.search = text
        self._apply_search(text, entry)

    def _apply_search(self, text: str, entry: _FileEntry) -> None:
        words = text.casefold().split()
        first_visible = -1
        chosen_visible = False
        for row in range(self.ui.contest_list.count()):
            item = self.ui.contest_list.item(row)
            hidden = not all(w in item.text().casefold() for w in words)
            item.setHidden(hidden)
            if not hidden:
                first_visible = row if first_visible < 0 else first_visible
                chosen_visible = chosen_visible or row == entry.contest_index
        pick = entry.contest_index if chosen_visible else first_visible if words else -1
        self.ui.contest_list.setCurrentRow(pick)
        if pick < 0:
            self._show_preview()

    @Slot(int)
    def _on_contest_changed(self, row: int) -> None:
        entry = self._current()
        if entry is None or (self._loading and row < 0):
            return
        entry.contest_index = row
        self._seats_from_file(entry)
        self._show_preview()

    def _seats_from_file(self, entry: _FileEntry) -> None:
        """A vote_for column in the file says how many seats the picked contest fills."""
        picked = self._picked()
        seats = picked[1].seats_for(None) if picked is not None else None
        spin = self.ui.seats_spin
        spin.setEnabled(seats is None)  # the history row takes the file's number
        spin.setToolTip("" if seats is None else "From the file's vote_for column.")
        if seats is not None and seats != entry.seats:
            entry.seats = seats
            self.ui.seats_spin.blockSignals(True)
            self.ui.seats_spin.setValue(seats)
            self.ui.seats_spin.blockSignals(False)

    @Slot()
    def _on_year_changed(self, year: int) -> None:
        entry = self._current()
        if self._loading or entry is None:
            return
        entry.year = year
        self.ui.cycle_combo.setCurrentIndex(self.ui.cycle_combo.findData(cycle_for_year(year)))
        self._on_settings_changed()

    @Slot()
    def _on_settings_changed(self) -> None:
        entry = self._current()
        if self._loading or entry is None:
            return
        entry.year = self.ui.year_spin.value()
        entry.cycle = CycleType(self.ui.cycle_combo.currentData())
        entry.stage = Stage(self.ui.stage_combo.currentData())
        entry.seats = self.ui.seats_spin.value()
        self._show_preview()

    def _picked(self) -> tuple[_FileEntry, Contest] | None:
        entry = self._current()
        if entry is None or entry.result is None:
            return None
        item = self.ui.contest_list.currentItem()
        if item is None or item.isHidden():
            return None
        return entry, entry.result.contests[int(item.data(Qt.ItemDataRole.UserRole))]

    # -- preview -----------------------------------------------------------------------

    def _show_preview(self) -> None:
        picked = self._picked()
        table = self.ui.preview_table
        table.setRowCount(0)
        self.ui.add_row_button.setEnabled(picked is not None)
        if picked is None:
            entry = self._current()
            if entry is not None and entry.result is not None:
                self.ui.totals_label.setText("Pick a contest to see its totals.")
            return
        entry, contest = picked
        seats = entry.seats
        total = contest.total_votes or 1
        winners = {id(c) for c in contest.winners(seats)}
        for cand in contest.candidates:
            won = id(cand) in winners
            share = f"{100 * cand.votes / total:.1f}%"
            _append_row(table, (cand.name, cand.party, f"{cand.votes:,}", share,
                                "won" if won else ""), bold=won)  # fmt: skip
        if contest.write_in_votes:
            _append_row(table, ("Write-ins", "", f"{contest.write_in_votes:,}", "", ""))
        self.ui.totals_label.setText(_totals_text(entry, contest))

    @Slot()
    def _on_add_row(self) -> None:
        picked = self._picked()
        if picked is None:
            return
        entry, contest = picked
        assert entry.result is not None
        entry.row = history_row(contest, entry.result, entry.seats, entry.year, entry.cycle,
                                stage=entry.stage)  # fmt: skip
        row = self._entries.index(entry)
        self.ui.file_list.item(row).setText(self._file_text(entry))
        self._refresh_rows()
        self.ui.status_label.setText(f"Added {entry.year}: {contest.label}.")

    @Slot()
    def _on_remove_row(self) -> None:
        row = self.ui.rows_table.currentRow()
        rows = self.pending_rows()
        if not 0 <= row < len(rows):
            return
        for i, entry in enumerate(self._entries):
            if entry.row is rows[row]:
                entry.row = None
                self.ui.file_list.item(i).setText(self._file_text(entry))
        self._refresh_rows()

    def _refresh_rows(self) -> None:
        table = self.ui.rows_table
        table.setRowCount(0)
        for past in self.pending_rows():
            _append_row(table, _row_cells(past))
        table.resizeColumnsToContents()

    # -- closing -----------------------------------------------------------------------

    def accept(self) -> None:
        if not self.pending_rows() and self._picked() is not None:
            self._on_add_row()  # OK with a contest picked but not added: add it
        self._finish()
        super().accept()

    def reject(self) -> None:
        self._finish()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._finish()
        super().closeEvent(event)

    def _finish(self) -> None:
        """Stop any reading and wait for the worker, so no thread outlives the dialog."""
        self._stop.set()
        self._pool.waitForDone(WAIT_ON_CLOSE_MS)
