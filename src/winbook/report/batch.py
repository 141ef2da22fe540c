"""Print runs at organization scale: many plans' packets rendered in worker processes, each
written straight to disk, and (for a merged run) joined into one PDF as they finish.

`BatchExport(request).run(progress)` does the work and returns a `BatchResult`; ``progress`` is
called after every plan with a `Progress` (plans done of the total, failures, time left).
`cancel()` (from any thread) stops the run: the workers are ended, the merged file is not
written and no half-written file is left (each file is written beside its target and moved into
place only when whole, `winbook.atomic`). Packets already written to the folder stay.

Memory stays that of a few packets whatever the number of plans: a worker holds one plan at a
time, and the merged file is streamed part by part (`winbook.report.pdfjoin`). The order of the
merged run is the order given. A plan that cannot be read or rendered is named in its
`PlanResult` and the others still print.

Workers are started with multiprocessing's "spawn" method (never fork: the window's process has
Qt loaded). With one job (or one plan) the work is done in the calling thread. No argparse, no
printing and no Qt here: the command line and the window both drive this module.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from winbook.atomic import atomic_write, atomic_write_bytes, private_folder
from winbook.errors import ExportError, WinbookError
from winbook.report.packet import PacketOptions

if TYPE_CHECKING:
    import multiprocessing.pool

    from winbook.report.pdfjoin import PdfJoiner

#: How often (seconds) a waiting run looks at its cancel flag.
POLL = 0.1


@dataclass(frozen=True)
class BatchRequest:
    """What to print: ``plans`` in order; one packet per plan into ``pdf_dir`` and/or all of
    them in ``merge`` (a print run: each packet padded to start on a front, the separator sheet
    between packets when ``options.separator``). ``jobs``: worker processes (None: one per
    core)."""

    plans: tuple[Path, ...]
    options: PacketOptions = field(default_factory=PacketOptions)
    pdf_dir: Path | None = None
    merge: Path | None = None
    jobs: int | None = None


@dataclass(frozen=True)
class Progress:
    """After each plan: how far the run is."""

    done: int
    total: int
    failed: int
    elapsed: float  # seconds since the run started
    plan: Path  # the plan just finished
    error: str | None  # why it failed, or None

    @property
    def remaining(self) -> float | None:
        """Seconds left at the pace so far (None before the first plan is done)."""
        if not self.done:
            return None
        return self.elapsed / self.done * (self.total - self.done)


@dataclass
class PlanResult:
    source: Path
    pdf: Path | None = None  # its packet in the folder, when asked for and written
    pages: int = 0  # the pages of that packet
    error: str | None = None
    merged: bool = False  # its part is in the merged file


@dataclass
class BatchResult:
    plans: list[PlanResult] = field(default_factory=list)
    merged: Path | None = None  # the merged file, when written
    merged_pages: int = 0
    cancelled: bool = False
    #: The merged file could not be written (every plan failed, or the disk refused).
    merge_error: str | None = None

    @property
    def failures(self) -> list[PlanResult]:
        return [p for p in self.plans if p.error is not None]


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS and Windows
        return max(1, os.cpu_count() or 1)


def pdf_dir_targets(paths: Sequence[Path], folder: Path) -> list[Path]:
    """One file name per plan, made unique when two plans share a name."""
    seen: set[str] = set()
    out: list[Path] = []
    for path in paths:
        stem, n = path.stem, 1
        while stem.lower() in seen:
            n += 1
            stem = f"{path.stem}-{n}"
        seen.add(stem.lower())
        out.append(folder / f"{stem}.pdf")
    return out


def duration(seconds: float) -> str:
    """A time left in words: "4 s", "1 min 10 s", "2 h 5 min"."""
    s = max(1, round(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60} s" if s % 60 else f"{s // 60} min"
    return f"{s // 3600} h {s % 3600 // 60} min"


def pdf_pages(data: bytes) -> int:
    """The pages of a PDF Winbook wrote (its page objects are never compressed)."""
    return len(re.findall(rb"/Type /Page[^s]", data))


# --------------------------------------------------------------------------- one plan


@dataclass(frozen=True)
class _Job:
    index: int
    source: Path
    options: PacketOptions
    pdf: Path | None
    part: Path | None


@dataclass(frozen=True)
class _Done:
    index: int
    pages: int = 0
    error: str | None = None


def _render(job: _Job) -> _Done:
    """Load one plan and write what it is asked for (in a worker or in the caller). A worker
    told to stop mid-plan unwinds first (the file being written is removed), then ends."""
    _worker["busy"] = True
    try:
        return _render_one(job)
    except _StopError:
        os._exit(128 + signal.SIGTERM)
    finally:
        _worker["busy"] = False


def _render_one(job: _Job) -> _Done:
    from winbook.report.packet import render_packet, render_part
    from winbook.store.files import load_plan

    try:
        plan = load_plan(job.source)
        pages = 0
        if job.pdf is not None:
            data = render_packet(plan, job.options)
            atomic_write_bytes(job.pdf, data, ExportError)
            pages = pdf_pages(data)
        if job.part is not None:
            atomic_write_bytes(job.part, render_part(plan, job.index, job.options), ExportError)
        return _Done(job.index, pages)
    except WinbookError as exc:
        return _Done(job.index, error=str(exc))
    except MemoryError:
        return _Done(job.index, error="The computer ran out of memory for this packet.")
    except Exception as exc:  # a bug must not stop the other plans
        return _Done(job.index, error=f"The packet could not be made ({type(exc).__name__}).")


#: In a worker: a plan is being rendered (SIGTERM must unwind it rather than end at once).
_worker = {"busy": False}


class _StopError(BaseException):
    """SIGTERM in a busy worker (not an Exception: nothing on the way may swallow it)."""


def _worker_start() -> None:
    """In each worker: Ctrl+C is the parent's to handle (it ends the workers); SIGTERM unwinds
    the plan being rendered, so the temporary file it was writing is removed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_term)
    from winbook.report.fonts import register_fonts

    register_fonts()


def _on_term(signum: int, frame: object) -> None:
    if _worker["busy"]:
        raise _StopError
    os._exit(128 + signum)


class _CancelledError(Exception):
    pass


# --------------------------------------------------------------------------- the run


class BatchExport:
    """One print run (see the module's notes). `run` once; `cancel` from any thread."""

    def __init__(self, request: BatchRequest) -> None:
        if not request.plans:
            raise ExportError("There is no plan to print.")
        if request.pdf_dir is None and request.merge is None:
            raise ExportError("Say where the packets go: a folder, a merged file or both.")
        self.request = request
        self._cancel = threading.Event()
        self._started = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self, progress: Callable[[Progress], None] | None = None) -> BatchResult:
        req = self.request
        result = BatchResult(plans=[PlanResult(p) for p in req.plans])
        self._started = time.monotonic()
        since = time.time_ns() - 50_000_000  # file times are a few ms coarse
        if req.pdf_dir is not None:
            _make_folder(req.pdf_dir)
        targets = pdf_dir_targets(req.plans, req.pdf_dir) if req.pdf_dir else None
        try:
            with private_folder() as parts:
                if req.merge is None:
                    self._render_all(result, targets, None, progress, None)
                else:
                    self._merge_run(result, targets, parts, progress)
        except _CancelledError:
            result.cancelled = True
            if targets:
                _finished_while_cancelling(result, targets, since)
        return result

    # ------------------------------------------------------------------ merged

    def _merge_run(
        self,
        result: BatchResult,
        targets: list[Path] | None,
        parts: Path,
        progress: Callable[[Progress], None] | None,
    ) -> None:
        from winbook.report.pdfjoin import PdfJoiner

        merge = self.request.merge
        assert merge is not None

        def write(tmp: Path) -> None:
            with tmp.open("wb") as out:
                joiner = PdfJoiner(out)
                self._render_all(result, targets, parts, progress, joiner)
                if not any(p.merged for p in result.plans):
                    raise _NothingMergedError
                joiner.finish(self._title(result), self.request.options.reproducible)
                result.merged_pages = len(joiner.kids)

        try:
            atomic_write(merge, write, ExportError)
            result.merged = merge
        except _NothingMergedError:
            result.merge_error = "None of the packets could be made, so there is no merged file."
        except ExportError as exc:
            result.merge_error = str(exc)

    def _title(self, result: BatchResult) -> str:
        n = sum(p.merged for p in result.plans)
        return f"Application packets ({n} plans)" if n != 1 else "Application packet"

    # ------------------------------------------------------------------ rendering

    def _render_all(
        self,
        result: BatchResult,
        targets: list[Path] | None,
        parts: Path | None,
        progress: Callable[[Progress], None] | None,
        joiner: PdfJoiner | None,
    ) -> None:
        req = self.request
        jobs = [
            _Job(
                i,
                src,
                req.options,
                targets[i] if targets else None,
                parts / f"{i:06d}.pdf" if parts else None,
            )
            for i, src in enumerate(req.plans)
        ]
        ready: dict[int, _Done] = {}
        nxt = 0
        failed = 0
        for k, done in enumerate(self._results(jobs), 1):
            failed += done.error is not None
            self._record(result.plans[done.index], jobs[done.index], done)
            ready[done.index] = done
            while nxt in ready:  # join the finished parts in the order given
                self._join(result.plans[nxt], jobs[nxt], ready.pop(nxt), joiner)
                nxt += 1
            if progress is not None:
                elapsed = time.monotonic() - self._started
                progress(
                    Progress(k, len(jobs), failed, elapsed, jobs[done.index].source, done.error)
                )
            if self._cancel.is_set():
                raise _CancelledError

    @staticmethod
    def _record(plan: PlanResult, job: _Job, done: _Done) -> None:
        plan.error = done.error
        if done.error is None and job.pdf is not None:
            plan.pdf, plan.pages = job.pdf, done.pages

    def _join(self, plan: PlanResult, job: _Job, done: _Done, joiner: PdfJoiner | None) -> None:
        if joiner is None or job.part is None or done.error is not None:
            return
        try:
            joiner.add(job.part)
            plan.merged = True
        except ExportError as exc:
            plan.error = str(exc)
        with contextlib.suppress(OSError):
            job.part.unlink()

    def _results(self, jobs: list[_Job]) -> Iterator[_Done]:
        workers = min(self.request.jobs or default_jobs(), len(jobs))
        if workers <= 1:
            for job in jobs:
                if self._cancel.is_set():
                    raise _CancelledError
                yield _render(job)
            return
        yield from self._pooled(jobs, workers)

    def _pooled(self, jobs: list[_Job], workers: int) -> Iterator[_Done]:
        import multiprocessing  # here: `winbook export --pdf` of one plan does not need it

        ctx = multiprocessing.get_context("spawn")
        pool = ctx.Pool(workers, initializer=_worker_start, maxtasksperchild=MAX_TASKS)
        try:
            results = pool.imap_unordered(_render, jobs, chunksize=1)
            for _ in jobs:
                yield self._next(results)
            pool.close()
            pool.join()
        finally:
            pool.terminate()  # Ctrl+C, cancel or an error: the workers unwind on SIGTERM
            pool.join()

    def _next(self, results: multiprocessing.pool.IMapIterator[_Done]) -> _Done:
        import multiprocessing

        while True:
            if self._cancel.is_set():
                raise _CancelledError
            with contextlib.suppress(multiprocessing.TimeoutError):
                return results.next(timeout=POLL)


#: A worker is replaced after this many plans, so that nothing a render leaves behind adds up.
MAX_TASKS = 40


class _NothingMergedError(Exception):
    pass


def _finished_while_cancelling(result: BatchResult, targets: list[Path], since: int) -> None:
    """A worker may finish writing its packet as the run is cancelled: the file is whole (it
    was moved into place only when complete), so it is reported with the others."""
    for plan, target in zip(result.plans, targets, strict=True):
        if plan.pdf is not None or plan.error is not None:
            continue
        with contextlib.suppress(OSError):
            if target.stat().st_mtime_ns >= since:
                plan.pdf, plan.pages = target, pdf_pages(target.read_bytes())


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"Cannot make the folder {folder}: {exc.strerror or exc}.") from exc
