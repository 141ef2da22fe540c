"""The `winbook` command: headless commands over the same core the window uses.

No Qt is imported unless a window is opened. Errors print one clear line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from winbook import __version__
from winbook.errors import WinbookError

Handler = Callable[[argparse.Namespace], int]

COMMANDS = ("samples", "convert", "targets", "results", "export", "check")

#: For each command: what it does (one line, for ``winbook --help``), more detail for
#: ``winbook COMMAND --help``, and examples.
ABOUT: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "samples": (
        "write the bundled sample plans into a folder",
        "Write each bundled sample plan into DIR as NAME.winbook (DIR is created if needed). "
        "A file that is already there is never replaced: it is skipped and named.",
        ("winbook samples ~/plans",),
    ),
    "convert": (
        "convert a plan between .winbook and .json",
        "Convert a plan between a .winbook file and the .json interchange form (chosen by "
        "extension). An existing OUTPUT is replaced only with --force.",
        ("winbook convert plan.winbook plan.json", "winbook convert plan.json plan.winbook"),
    ),
    "targets": (
        "turnout, win number, vote goal and path to victory, with the math",
        "Print the projected turnout, win number, vote goal, base, vote deficit and the path "
        "to victory of a plan, with the math shown.",
        ("winbook targets plan.winbook", "winbook targets plan.winbook --json"),
    ),
    "results": (
        "read a precinct results file (CSV or XLSX) and add it up by contest",
        "Read a precinct results file (CSV or XLSX, OpenElections layout) and add it up by "
        "contest: each candidate's votes, write-ins, over and under votes, and for each contest "
        "the ballots cast, registered voters and roll-off of its own precincts. Exit status: 0; "
        "1 when no contest matches the filters (the closest office names are listed); 2 on an "
        "error.",
        (
            "winbook results 20221108__ga__general__cherokee__precinct.csv --office governor",
            "winbook results results.xlsx --office 'state house' --district 22 --seats 1 --json",
            "winbook results results.csv --office 'school board' --exact --county orange",
        ),
    ),
    "export": (
        "export a plan as a PDF packet, a workbook or a coach summary",
        "Export the application packet (PDF), one packet per plan or one merged PDF, a live "
        "Excel/LibreOffice workbook, or the one-page coach summary. An existing file is "
        "replaced only with --force.",
        (
            "winbook export plan.winbook --pdf packet.pdf",
            "winbook export a.winbook b.winbook --pdf-dir packets --merge all.pdf",
            "winbook export plan.winbook --xlsx plan.xlsx",
        ),
    ),
    "check": (
        "is the plan ready to apply? (exit 0 ready, 1 not, 2 error)",
        "Print the readiness report of a plan: what is missing before it can be submitted. "
        "Exit status 0 when it is ready to apply, 1 when not, 2 on error.",
        ("winbook check plan.winbook", "winbook check plan.winbook --json"),
    ),
}


def _examples(lines: Sequence[str]) -> str:
    word = "example" if len(lines) == 1 else "examples"
    return f"{word}:\n" + "\n".join(f"  {line}" for line in lines)


class UsageError(WinbookError):
    """The command line asks for something that cannot be done."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse prints usage + exits 2; keep it one line
        raise UsageError(f"{message} (see 'winbook --help').")


# --------------------------------------------------------------------------- window


def _window_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="winbook",
        usage="winbook [PLAN | --sample [NAME] | --install-desktop]\n"
        "       winbook COMMAND [ARGUMENTS] (winbook COMMAND --help)",
        description="Winbook, the campaign-plan workbook. With no command, opens the window "
        "(with PLAN if given).",
        epilog=_window_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"winbook {__version__}")
    p.add_argument("plan", nargs="?", type=Path, help="a .winbook plan to open")
    p.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Winbook to this user's applications menu and let a double-click on a "
        ".winbook file open it",
    )
    p.add_argument(
        "--sample",
        nargs="?",
        const="school-board",
        metavar="NAME",
        help="open a copy of a bundled sample plan (school-board, county-clerk, state-house)",
    )
    return p


def _window_epilog() -> str:
    width = max(len(name) for name in COMMANDS)
    rows = "\n".join(f"  {name:<{width}}  {ABOUT[name][0]}" for name in COMMANDS)
    examples = (
        "winbook plan.winbook",
        "winbook --sample county-clerk",
        "winbook export plan.winbook --pdf packet.pdf",
    )
    return f"commands:\n{rows}\n\n{_examples(examples)}"


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
    if args.install_desktop:
        return _install_desktop(args)
    _check_sample(args.sample)
    _check_window_args(args.plan)
    try:
        from winbook.ui.launch import run_window
    except ImportError as exc:  # PySide6 missing or the window not built
        raise WinbookError(f"The Winbook window cannot start here: {exc}.") from exc
    return run_window(args.plan, args.sample)


def _install_desktop(args: argparse.Namespace) -> int:
    from winbook.desktop import install_desktop

    if args.plan is not None or args.sample is not None:
        raise UsageError("--install-desktop takes no plan and no --sample.")
    written = install_desktop()
    print(f"Installed {written[0]} (the applications menu entry)")
    print(f"Installed {written[1]} (the .winbook file type) and {len(written) - 2} icons")
    return 0


# --------------------------------------------------------------------------- commands


def _load(path: Path) -> Any:
    from winbook.store.files import load_plan

    return load_plan(path)


def cmd_samples(args: argparse.Namespace) -> int:
    from winbook.store.files import write_samples

    done = write_samples(args.dir)
    for path in done.written:
        print(f"Wrote {path}")
    for path in done.skipped:
        print(f"Skipped {path}: a file of that name is already there (it was not replaced).")
    return 0


def _refuse_existing(target: Path, command: str) -> None:
    """One line instead of silently replacing ``target`` (``--force`` allows it)."""
    if target.exists() or target.is_symlink():
        raise UsageError(
            f"{target} already exists; add --force to replace it (see 'winbook {command} --help')."
        )


def cmd_convert(args: argparse.Namespace) -> int:
    from winbook.store.codec import repaired_fields_sentence
    from winbook.store.document import same_file
    from winbook.store.files import convert, plan_kind

    plan_kind(args.output)  # a wrong extension is the first thing to say
    if not args.force and not same_file(args.input, args.output):
        _refuse_existing(args.output, "convert")
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


def _results_parser(sub: Any) -> None:
    s = sub.add_parser("results", help=ABOUT["results"][0])  # description: see `ABOUT`
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
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")

    s = sub.add_parser("samples", help=ABOUT["samples"][0])
    s.add_argument("dir", type=Path, metavar="DIR", help="the folder to write the samples into")
    s.set_defaults(handler=cmd_samples)

    s = sub.add_parser("convert", help=ABOUT["convert"][0])
    s.add_argument("input", type=Path, metavar="INPUT", help="the plan to read (.winbook, .json)")
    s.add_argument("output", type=Path, metavar="OUTPUT", help="the plan to write")
    s.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")
    s.set_defaults(handler=cmd_convert)

    s = sub.add_parser("targets", help=ABOUT["targets"][0])
    s.add_argument("plan", type=Path, metavar="PLAN", help="a .winbook or .json plan")
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.set_defaults(handler=cmd_targets)

    _results_parser(sub)

    s = sub.add_parser("export", help=ABOUT["export"][0])
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
    s.add_argument("--force", action="store_true", help="replace files that already exist")
    s.set_defaults(handler=cmd_export)

    s = sub.add_parser("check", help=ABOUT["check"][0])
    s.add_argument("plan", type=Path, metavar="PLAN", help="a .winbook or .json plan")
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.set_defaults(handler=cmd_check)
    _describe(sub)
    return p


def _describe(sub: Any) -> None:
    """Each command's description and examples for ``winbook COMMAND --help`` (see `ABOUT`)."""
    for name, parser in sub.choices.items():
        _summary, detail, examples = ABOUT[name]
        parser.description = textwrap.fill(detail, 79)
        parser.epilog = _examples(examples)
        parser.formatter_class = argparse.RawDescriptionHelpFormatter


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
