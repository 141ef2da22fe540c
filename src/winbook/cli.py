"""The `winbook` command: headless commands over the same core the window uses.

No Qt is imported unless a window is opened. Errors print one clear line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from winbook import __version__
from winbook.errors import WinbookError

Handler = Callable[[argparse.Namespace], int]

COMMANDS = ("samples", "convert", "targets", "results", "export", "check")


class UsageError(WinbookError):
    """The command line asks for something that cannot be done."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse prints usage + exits 2; keep it one line
        raise UsageError(f"{message} (see 'winbook --help').")


# --------------------------------------------------------------------------- window


def _window_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="winbook",
        description="Winbook, the campaign-plan workbook. With no command, opens the window. "
        f"Commands: {', '.join(COMMANDS)} (winbook COMMAND --help).",
    )
    p.add_argument("--version", action="version", version=f"winbook {__version__}")
    p.add_argument("plan", nargs="?", type=Path, help="a .winbook plan to open")
    p.add_argument(
        "--sample",
        nargs="?",
        const="school-board",
        metavar="NAME",
        help="open a copy of a bundled sample plan (school-board, county-clerk, state-house)",
    )
    return p


def _check_window_args(plan: Path | None) -> None:
    """Refuse, before Qt starts, what the window cannot do (Qt aborts without a display)."""
    if plan is not None and not plan.exists() and plan.suffix.lower() not in (".winbook", ".json"):
        raise UsageError(
            f"{str(plan)!r} is neither a command ({', '.join(COMMANDS)}) nor a plan file."
        )
    headless = not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    if sys.platform.startswith("linux") and headless:
        raise WinbookError(
            "There is no display to open the Winbook window on: set DISPLAY (or "
            "QT_QPA_PLATFORM=offscreen), or use a command such as 'winbook targets PLAN'."
        )


def _check_sample(name: str | None) -> None:
    if name is None:
        return
    from winbook.store.files import sample_names

    names = sample_names()
    if name.removesuffix(".json") not in names:
        raise UsageError(f"There is no sample called {name!r}; choose one of {', '.join(names)}.")


def _open_window(args: argparse.Namespace) -> int:
    _check_sample(args.sample)
    _check_window_args(args.plan)
    try:
        from winbook.ui.launch import run_window
    except ImportError as exc:  # PySide6 missing or the window not built
        raise WinbookError(f"The Winbook window cannot start here: {exc}.") from exc
    return run_window(args.plan, args.sample)


# --------------------------------------------------------------------------- commands


def _load(path: Path) -> Any:
    from winbook.store.files import load_plan

    return load_plan(path)


def cmd_samples(args: argparse.Namespace) -> int:
    from winbook.store.files import write_samples

    for path in write_samples(args.dir):
        print(path)
    return 0


def cmd_convert(args: argparse.Namespace) -> int:
    from winbook.store.codec import repaired_fields_sentence
    from winbook.store.files import convert

    repaired = convert(args.input, args.output)
    print(f"Wrote {args.output}")
    if repaired:
        print(repaired_fields_sentence(repaired))
    return 0


def cmd_targets(args: argparse.Namespace) -> int:
    from winbook.domain.figures import compute_figures
    from winbook.report.text import targets_json, targets_text

    plan = _load(args.plan)
    figures = compute_figures(plan)
    if args.json:
        print(json.dumps(targets_json(plan, figures), indent=2))
    else:
        print(targets_text(plan, figures))
    return 0


def cmd_results(args: argparse.Namespace) -> int:
    from winbook.io.results import run_results_command

    return run_results_command(args)


def cmd_export(args: argparse.Namespace) -> int:
    from winbook.report.export_cli import run_export_command

    return run_export_command(args)


def cmd_check(args: argparse.Namespace) -> int:
    from winbook.domain.readiness import readiness_json, readiness_text
    from winbook.store.profiles import assess_plan

    plan = _load(args.plan)
    r = assess_plan(plan)
    print(json.dumps(readiness_json(r), indent=2) if args.json else readiness_text(plan, r))
    return 0 if r.ready else 1


def _command_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="winbook")
    p.add_argument("--version", action="version", version=f"winbook {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    s = sub.add_parser("samples", help="write the bundled sample plans into DIR")
    s.add_argument("dir", type=Path)
    s.set_defaults(handler=cmd_samples)

    s = sub.add_parser("convert", help="convert a plan between .winbook and .json")
    s.add_argument("input", type=Path)
    s.add_argument("output", type=Path)
    s.set_defaults(handler=cmd_convert)

    s = sub.add_parser("targets", help="turnout, win number, vote goal and path to victory")
    s.add_argument("plan", type=Path)
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.set_defaults(handler=cmd_targets)

    s = sub.add_parser("results", help="read a precinct results file (CSV or XLSX)")
    s.add_argument("file", type=Path)
    s.add_argument("--office", help="case-insensitive part of the office name")
    s.add_argument("--district", help="case-insensitive part of the district")
    s.add_argument("--county", help="case-insensitive part of the county")
    s.add_argument("--seats", type=int, help="how many seats the contest fills")
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.set_defaults(handler=cmd_results)

    s = sub.add_parser("export", help="export plans as a PDF packet, a workbook or a summary")
    s.add_argument("plans", type=Path, nargs="+")
    s.add_argument("--pdf", type=Path, help="the packet PDF (one plan)")
    s.add_argument("--pdf-dir", type=Path, help="one packet per plan into this folder")
    s.add_argument("--merge", type=Path, help="all packets in one printable PDF")
    s.add_argument("--paper", choices=("letter", "a4"), default="letter")
    s.add_argument("--include-private", action="store_true", help="include private details")
    s.add_argument("--include-coach-notes", action="store_true", help="include coach notes")
    s.add_argument("--reproducible", action="store_true", help="same input, same bytes")
    s.add_argument("--xlsx", type=Path, help="a live Excel workbook of the plan")
    s.add_argument("--coach-summary", type=Path, help="the one-page one-on-one summary PDF")
    s.set_defaults(handler=cmd_export)

    s = sub.add_parser("check", help="is the plan ready to apply? (exit 0 ready, 1 not, 2 error)")
    s.add_argument("plan", type=Path)
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.set_defaults(handler=cmd_check)
    return p


def _dispatch(argv: list[str]) -> int:
    if argv and argv[0] in COMMANDS:
        args = _command_parser().parse_args(argv)
        handler: Handler = args.handler
        return handler(args)
    return _open_window(_window_parser().parse_args(argv))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(args)
    except WinbookError as exc:
        print(f"winbook: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("winbook: interrupted.", file=sys.stderr)
        return 2
    except OSError as exc:
        name = f" {exc.filename}" if exc.filename else ""
        print(f"winbook: cannot use{name}: {exc.strerror or exc}.", file=sys.stderr)
        return 2
    except MemoryError:
        print(
            "winbook: the computer ran out of memory for this command; close other programs "
            "or check that the input is the right file, then try again.",
            file=sys.stderr,
        )
        return 2
    except Exception:
        if os.environ.get("WINBOOK_DEBUG"):
            raise
        print(UNEXPECTED, file=sys.stderr)
        return 2


#: The one line printed for a problem Winbook did not foresee (a bug: set WINBOOK_DEBUG=1 to
#: see the details); never a traceback.
UNEXPECTED = (
    "winbook: an unexpected problem stopped the command (set WINBOOK_DEBUG=1 to see the "
    "details); please report it together with the file that caused it."
)


if __name__ == "__main__":
    raise SystemExit(main())
