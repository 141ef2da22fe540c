"""The `winbook` command: headless commands over the same core the window uses.

Each command is a module of this package (`samples`, `convert`, `targets`, `results`,
`targeting`, `contributions`, `export`, `check`) with a `COMMAND`; `window` opens the window
when no command is given and `base` holds what they share. No Qt is imported unless a window
is opened. Errors print one clear line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import textwrap
from collections.abc import Sequence

from winbook import __version__
from winbook.cli import (
    check,
    contributions,
    convert,
    export,
    results,
    samples,
    targeting,
    targets,
)
from winbook.cli.base import Command, Handler, Parser, examples_text
from winbook.cli.window import open_window, window_parser
from winbook.errors import UsageError, WinbookError

__all__ = ["COMMANDS", "UNEXPECTED", "UsageError", "main"]

#: The commands in the order ``winbook --help`` lists them.
REGISTRY: tuple[Command, ...] = tuple(
    m.COMMAND for m in (samples, convert, targets, results, targeting, contributions, export, check)
)
COMMANDS = tuple(c.name for c in REGISTRY)

#: The one line printed for a problem Winbook did not foresee (a bug: set WINBOOK_DEBUG=1 to
#: see the details); never a traceback.
UNEXPECTED = (
    "winbook: an unexpected problem stopped the command (set WINBOOK_DEBUG=1 to see the "
    "details); please report it together with the file that caused it."
)


def command_parser() -> argparse.ArgumentParser:
    p = Parser(prog="winbook")
    p.add_argument("--version", action="version", version=f"winbook {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=Parser, metavar="COMMAND")
    for command in REGISTRY:
        s = sub.add_parser(
            command.name,
            help=command.summary,
            description=textwrap.fill(command.detail, 79),
            epilog=examples_text(command.examples),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.arguments(s)
        s.set_defaults(handler=command.run)
    return p


def _dispatch(argv: list[str]) -> int:
    if argv and argv[0] in COMMANDS:
        args = command_parser().parse_args(argv)
        handler: Handler = args.handler
        return handler(args)
    return open_window(window_parser(REGISTRY).parse_args(argv), COMMANDS)


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


def _quiet_broken_pipe() -> int:
    """End quietly, as a program killed by SIGPIPE would, without Python's exit-time message."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 141  # 128 + SIGPIPE, what a shell reports for 'yes | head'


if __name__ == "__main__":
    raise SystemExit(main())
