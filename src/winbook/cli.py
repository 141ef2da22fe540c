"""The `winbook` command: headless commands over the same core the window uses.

No Qt is imported unless a window is opened. Errors print one clear line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import contextlib
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
    from winbook.io.results import read_results, results_json, results_text

    seats: int | None = args.seats
    if seats is not None and seats < 1:
        raise UsageError(f"--seats must be 1 or more, not {seats}.")
    results = read_results(
        args.file, office=args.office, district=args.district, county=args.county,
        exact=args.exact,
    )  # fmt: skip
    if args.json:
        print(json.dumps(results_json(results, seats), indent=2, ensure_ascii=False))
    elif results.contests:
        print(results_text(results, seats))
    if results.contests:
        return 0
    print(f"winbook: {_no_match(args, results.closest)}", file=sys.stderr)
    return 1


def _no_match(args: argparse.Namespace, closest: list[str]) -> str:
    asked = [f"{flag} {value!r}" for flag, value in
             (("--office", args.office), ("--district", args.district),
              ("--county", args.county)) if value]  # fmt: skip
    if not asked:
        return f"{args.file.name} has no contest with votes."
    what = f"No contest matches {' '.join(asked)}"
    if not closest:
        return f"{what}; run without filters to see every contest."
    return f"{what}; the closest are: {'; '.join(closest)}."


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


RESULTS_DESCRIPTION = """\
Read a precinct results file (CSV or XLSX, OpenElections layout) and add it up by contest:
each candidate's votes, write-ins, over and under votes, and for each contest the ballots cast,
registered voters and roll-off of its own precincts. Exit status: 0; 1 when no contest
matches the filters (the closest office names are listed); 2 on an error."""

RESULTS_EXAMPLES = """\
examples:
  winbook results 20221108__ga__general__cherokee__precinct.csv --office governor
  winbook results results.xlsx --office "state house" --district 22 --seats 1 --json
  winbook results results.csv --office "school board" --exact --county orange"""


def _results_parser(sub: Any) -> None:
    s = sub.add_parser(
        "results",
        help="read a precinct results file (CSV or XLSX) and add it up by contest",
        description=RESULTS_DESCRIPTION,
        epilog=RESULTS_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.add_argument("file", type=Path, help="the results file (.csv or .xlsx)")
    s.add_argument(
        "--office",
        help="the office: its exact name first, else names that start with the words, else "
        "whole words, else any part (case-insensitive; 'governor' is not Lieutenant Governor)",
    )
    s.add_argument(
        "--district",
        help="the district, in the district column or written in the office name "
        "('Dist 1', 'Ward 2')",
    )
    s.add_argument("--county", help="keep only counties whose name contains this text")
    s.add_argument("--exact", action="store_true", help="--office and --district match exactly")
    s.add_argument(
        "--seats",
        type=int,
        help="how many seats the contest fills (a vote_for column in the file comes first)",
    )
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.set_defaults(handler=cmd_results)


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

    _results_parser(sub)

    s = sub.add_parser("export", help="export plans as a PDF packet, a workbook or a summary")
    s.add_argument("plans", type=Path, nargs="+")
    s.add_argument("--pdf", type=Path, help="the packet PDF (one plan)")
    s.add_argument("--pdf-dir", type=Path, help="one packet per plan into this folder")
    s.add_argument("--merge", type=Path, help="all packets in one printable PDF")
    s.add_argument(
        "--separator", action="store_true", help="with --merge: a cover sheet between packets"
    )
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
        code = _dispatch(args)
        if sys.stdout is not None:  # None when started with stdout closed
            sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:  # 'winbook ... | head': the reader has all it wants
        return _quiet_broken_pipe()
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


def _quiet_broken_pipe() -> int:
    """End quietly, as a program killed by SIGPIPE would, without Python's exit-time message."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 141  # 128 + SIGPIPE, what a shell reports for 'yes | head'


if __name__ == "__main__":
    raise SystemExit(main())
