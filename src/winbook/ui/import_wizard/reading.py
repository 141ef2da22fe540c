"""Reading results files off the GUI thread: one job per file on Qt's thread pool, with progress
and Stop, and what the wizard keeps of each file.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from winbook.domain.model import CycleType, PastElection, Stage
from winbook.errors import WinbookError
from winbook.io.results import Cancelled, ResultsFile, read_results

FILE_FILTER = "Results files (*.csv *.xlsx *.txt);;All files (*)"


PROGRESS_STEPS = 1000


WAIT_ON_CLOSE_MS = 10_000


class ReadSignals(QObject):
    progress = Signal(int, int)  # job id, per-mille done
    finished = Signal(int, object)  # job id, ResultsFile
    failed = Signal(int, str)  # job id, a sentence for the user


class ReadJob(QRunnable):
    """Reads one file in a pool thread and reports through queued signals (``precincts``: keep
    the sums per precinct of the contest ``office`` / ``district``, for the targeting page)."""

    def __init__(
        self,
        job_id: int,
        path: Path,
        signals: ReadSignals,
        stop: threading.Event,
        precincts: bool = False,
        office: str | None = None,
        district: str | None = None,
    ) -> None:
        super().__init__()
        self.job_id = job_id
        self.path = path
        self.signals = signals
        self.stop = stop
        self.precincts = precincts
        self.office = office
        self.district = district
        self._last = -1

    def run(self) -> None:
        if self.stop.is_set():
            self.signals.failed.emit(self.job_id, "Not read: reading was stopped.")
            return
        try:
            result = read_results(
                self.path,
                office=self.office,
                district=self.district,
                precincts=self.precincts,
                progress=self._progress,
                cancel=self.stop.is_set,
            )
        except Cancelled:
            self.signals.failed.emit(self.job_id, "Not read: reading was stopped.")
        except WinbookError as exc:
            self.signals.failed.emit(self.job_id, str(exc))
        except (OSError, MemoryError, ValueError) as exc:
            self.signals.failed.emit(self.job_id, f"{self.path.name} cannot be read: {exc}.")
        else:
            self.signals.finished.emit(self.job_id, result)

    def _progress(self, done: int, total: int) -> None:
        step = PROGRESS_STEPS * done // total if total else PROGRESS_STEPS
        if step != self._last:  # at most PROGRESS_STEPS signals per file
            self._last = step
            self.signals.progress.emit(self.job_id, step)


@dataclass
class _FileEntry:
    path: Path
    year: int
    cycle: CycleType
    stage: Stage
    result: ResultsFile | None = None
    error: str = ""
    contest_index: int = -1
    seats: int = 1
    search: str = ""
    row: PastElection | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return self.result is not None or bool(self.error)


def ask_results_files(parent: QWidget) -> list[str]:
    """The file dialog (tests patch ``QFileDialog.getOpenFileNames``)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, "Choose results files", "", FILE_FILTER)
    return list(paths)
