"""`winbook export PLAN…`: PDF packets (one, one per plan, or merged), the workbook and the
coach summary. A plan that fails is named on stderr and the others are still exported.

`--pdf-dir` and `--merge` are a print run (`winbook.report.batch`): plans rendered in worker
processes (`--jobs`, one per core by default), with a progress line on a terminal.

Exit status: 0 all written; 2 for a usage error, or when the one plan asked for cannot be exported
(as for every other command); 1 when some of several plans failed and the others were written.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TextIO, cast

from winbook.cli.base import Command
from winbook.domain.model import Plan
from winbook.domain.path import plural
from winbook.errors import ExportError, UsageError, WinbookError
from winbook.report.batch import (
    BatchExport,
    BatchRequest,
    BatchResult,
    Progress,
    default_jobs,
    duration,
    pdf_dir_targets,
)
from winbook.report.packet import PacketOptions, Paper, export_packet

Loaded = list[tuple[Path, Plan]]


def options_from_args(args: argparse.Namespace) -> PacketOptions:
    return PacketOptions(
        paper=cast(Paper, args.paper),
        include_private=args.include_private,
        include_coach_notes=args.include_coach_notes,
        reproducible=args.reproducible,
        separator=bool(getattr(args, "separator", False)),
    )


def sheets(pages: int) -> int:
    """Sheets of paper for ``pages`` printed on both sides."""
    return (pages + 1) // 2


def run_summary(packets: int, files: list[int]) -> str:
    """The batch report, from the page count of each file written: "Print run: 2 packets,
    48 pages, 24 sheets of paper printed on both sides." (each file starts on a new sheet)."""
    paper = sum(sheets(n) for n in files)
    where = "" if len(files) == 1 else f" in {plural(len(files), 'file')}"
    return (
        f"Print run: {plural(packets, 'packet')}{where}, {plural(sum(files), 'page')}, "
        f"{plural(paper, 'sheet')} of paper printed on both sides."
    )


def _usage(message: str) -> WinbookError:
    return UsageError(f"{message} (see 'winbook export --help').")


def _check_usage(args: argparse.Namespace) -> None:
    outputs = (args.pdf, args.pdf_dir, args.merge, args.xlsx, args.coach_summary)
    if getattr(args, "jobs", None) is not None and args.jobs < 1:
        raise _usage("--jobs takes a number of worker processes, 1 or more")
    if getattr(args, "jobs", None) is not None and not (args.pdf_dir or args.merge):
        raise _usage(
            "--jobs goes with --pdf-dir or --merge: a single --pdf, --xlsx or --coach-summary is "
            "written by one process"
        )
    if getattr(args, "separator", False) and not args.merge:
        raise _usage("--separator goes with --merge: it puts a cover sheet between packets")
    if not any(outputs):
        raise _usage("Say what to export: --pdf, --pdf-dir, --merge, --xlsx or --coach-summary")
    single = [
        f"--{n}"
        for n, v in (("pdf", args.pdf), ("xlsx", args.xlsx), ("coach-summary", args.coach_summary))
        if v
    ]
    if single and len(args.plans) > 1:
        verb = "needs" if len(single) == 1 else "need"
        raise _usage(f"{' and '.join(single)} {verb} exactly one plan; use --pdf-dir or --merge")


def _destinations(args: argparse.Namespace, plans: list[Path]) -> list[Path]:
    """Every file this export would write for ``plans``."""
    out = [Path(p) for p in (args.pdf, args.merge, args.coach_summary) if p]
    if args.xlsx and Path(args.xlsx).suffix.lower() == ".xlsx":  # other names: its own refusal
        out.append(Path(args.xlsx))
    if args.pdf_dir:
        out += pdf_dir_targets(plans, Path(args.pdf_dir))
    return out


def _check_destinations(args: argparse.Namespace, plans: list[Path]) -> None:
    """Refuse, before writing anything, to replace an existing file unless --force is given."""
    if args.force:
        return
    taken = [str(p) for p in _destinations(args, plans) if p.exists()]
    if len(taken) == 1:
        raise _usage(f"{taken[0]} already exists; add --force to replace it")
    if taken:
        shown = ", ".join(taken[:3]) + (f" and {len(taken) - 3} more" if len(taken) > 3 else "")
        raise _usage(f"{shown} already exist; add --force to replace them")


def _fail(path: Path, exc: WinbookError) -> None:
    print(f"winbook: {path}: {exc}", file=sys.stderr)


def _load_all(paths: list[Path]) -> tuple[Loaded, int]:
    from winbook.store.files import load_plan

    loaded: Loaded = []
    failed = 0
    for path in paths:
        try:
            loaded.append((path, load_plan(path)))
        except WinbookError as exc:
            _fail(path, exc)
            failed += 1
    return loaded, failed


def _wrote(path: Path) -> None:
    print(f"Wrote {path}")


def _print_run(args: argparse.Namespace, options: PacketOptions) -> int:
    """``--pdf-dir`` and ``--merge``: every plan given, in worker processes; returns the number
    of plans that failed."""
    request = BatchRequest(
        plans=tuple(args.plans),
        options=options,
        pdf_dir=args.pdf_dir,
        merge=args.merge,
        jobs=args.jobs,
    )
    line = ProgressLine(sys.stderr)
    line.start(len(request.plans))
    with _sigterm_interrupts():
        try:
            result = BatchExport(request).run(line.show)
        finally:
            line.clear()
    return _report_run(result, args)


def _report_run(result: BatchResult, args: argparse.Namespace) -> int:
    for plan in result.failures:
        print(f"winbook: {plan.source}: {plan.error}", file=sys.stderr)
    written = [p for p in result.plans if p.pdf is not None]
    for plan in written:
        _wrote(cast(Path, plan.pdf))
    if written:
        print(run_summary(len(written), [p.pages for p in written]))
    if result.merged is not None:
        _wrote(result.merged)
        print(run_summary(sum(p.merged for p in result.plans), [result.merged_pages]))
    elif args.merge and result.merge_error and len(result.failures) < len(result.plans):
        print(f"winbook: {args.merge}: {result.merge_error}", file=sys.stderr)
        return max(1, len(result.failures))
    return len(result.failures)


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM unwinds like Ctrl+C, so the run removes its temporary files before it ends."""
    try:
        old = signal.signal(signal.SIGTERM, _interrupt)
    except ValueError:  # not the main thread (a test calling main from a thread)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


class ProgressLine:
    """ "Printing packets: 37 of 120 (1 failed), about 1 min 10 s left" on one terminal line,
    rewritten after each plan; nothing when the stream is not a terminal (a log or a pipe)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.on = stream.isatty()
        self.shown = False
        self.last = 0.0

    def start(self, total: int) -> None:
        if self.on:
            self.stream.write(f"\r\x1b[KPrinting packets: 0 of {total:,}")
            self.stream.flush()
            self.shown = True

    def show(self, p: Progress) -> None:
        now = time.monotonic()
        if not self.on or (now - self.last < 0.2 and p.done < p.total):
            return
        self.last = now
        self.stream.write("\r\x1b[K" + progress_text(p))
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def progress_text(p: Progress) -> str:
    """The progress line's words (without the terminal's control codes)."""
    failed = f" ({p.failed} failed)" if p.failed else ""
    left = p.remaining
    when = "" if left is None or p.done == p.total else f", about {duration(left)} left"
    return f"Printing packets: {p.done:,} of {p.total:,}{failed}{when}"


def _export_others(args: argparse.Namespace, loaded: Loaded) -> int:
    """The workbook and coach-summary outputs (one plan; modules owned by their teams)."""
    if not loaded:
        return 0
    plan = loaded[0][1]
    if args.xlsx:
        _export_xlsx(plan, Path(args.xlsx))
    if args.coach_summary:
        from winbook.report.coach_summary import write_coach_summary

        write_coach_summary(
            plan, args.coach_summary, paper=args.paper, reproducible=args.reproducible
        )
        _wrote(args.coach_summary)
    return 0


def _export_xlsx(plan: Plan, target: Path) -> None:
    """``--xlsx OUT.xlsx``: a name that does not end in ``.xlsx`` is refused (the file would
    not open as a workbook, and ``--xlsx plan.pdf`` would overwrite a packet)."""
    from winbook.io.xlsx_export import export_workbook

    if target.suffix.lower() != ".xlsx":
        raise ExportError(f"{target.name} does not end in .xlsx; name the workbook like plan.xlsx.")
    _wrote(export_workbook(plan, target))


def run(args: argparse.Namespace) -> int:
    _check_usage(args)
    options = options_from_args(args)
    _check_destinations(args, list(args.plans))
    failed = 0
    if args.pdf_dir or args.merge:
        failed += _print_run(args, options)
    single = args.pdf or args.xlsx or args.coach_summary
    loaded, not_read = _load_all(list(args.plans)) if single else ([], 0)
    failed += not_read
    if args.pdf and loaded:
        try:
            _wrote(export_packet(loaded[0][1], args.pdf, options))
        except WinbookError as exc:
            _fail(loaded[0][0], exc)
            failed += 1
    try:
        _export_others(args, loaded)
    except WinbookError as exc:
        _fail(loaded[0][0], exc)
        failed += 1
    if not failed:
        return 0
    return 2 if len(args.plans) == 1 else 1


def _arguments(s: argparse.ArgumentParser) -> None:
    s.add_argument("plans", type=Path, nargs="+", metavar="PLAN", help="one or more plans")
    s.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="the packet PDF (one plan)")
    s.add_argument("--pdf-dir", type=Path, metavar="DIR", help="one packet per plan into DIR")
    s.add_argument("--merge", type=Path, metavar="ALL.pdf", help="all packets in one PDF")
    s.add_argument(
        "--separator", action="store_true", help="with --merge: a cover sheet between packets"
    )
    s.add_argument("--paper", choices=("letter", "a4"), default="letter", help="paper size")
    s.add_argument(
        "--include-private",
        action="store_true",
        help="include the home address, personal phone and email, and birth date",
    )
    s.add_argument("--include-coach-notes", action="store_true", help="include coach notes")
    s.add_argument("--reproducible", action="store_true", help="same input, same bytes")
    s.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="a live workbook of the plan")
    s.add_argument(
        "--coach-summary", type=Path, metavar="OUT.pdf", help="the one-page one-on-one summary"
    )
    s.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help=f"with --pdf-dir or --merge: worker processes (default: one per core, here "
        f"{default_jobs()})",
    )
    s.add_argument("--force", action="store_true", help="replace files that already exist")


COMMAND = Command(
    name="export",
    summary="export a plan as a PDF packet, a workbook or a coach summary",
    detail="Export the application packet (PDF), one packet per plan or one merged PDF, a live "
    "Excel/LibreOffice workbook, or the one-page coach summary. An existing file is "
    "replaced only with --force.",
    examples=(
        "winbook export plan.winbook --pdf packet.pdf",
        "winbook export a.winbook b.winbook --pdf-dir packets --merge all.pdf",
        "winbook export plans/*.winbook --merge run.pdf --separator --jobs 2",
        "winbook export plan.winbook --xlsx plan.xlsx",
    ),
    arguments=_arguments,
    run=run,
)
