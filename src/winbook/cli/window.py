"""`winbook [PLAN | --sample [NAME] | --install-desktop]`: open the window (no command)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from winbook import __version__
from winbook.cli.base import Command, Parser, examples_text
from winbook.errors import UsageError, WinbookError


def window_parser(commands: Sequence[Command]) -> argparse.ArgumentParser:
    p = Parser(
        prog="winbook",
        usage="winbook [PLAN | --sample [NAME] | --install-desktop]\n"
        "       winbook COMMAND [ARGUMENTS] (winbook COMMAND --help)",
        description="Winbook, the campaign-plan workbook. With no command, opens the window "
        "(with PLAN if given).",
        epilog=_epilog(commands),
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


def _epilog(commands: Sequence[Command]) -> str:
    width = max(len(c.name) for c in commands)
    rows = "\n".join(f"  {c.name:<{width}}  {c.summary}" for c in commands)
    examples = (
        "winbook plan.winbook",
        "winbook --sample county-clerk",
        "winbook export plan.winbook --pdf packet.pdf",
    )
    return f"commands:\n{rows}\n\n{examples_text(examples)}"


def _check_window_args(plan: Path | None, names: Sequence[str]) -> None:
    """Refuse, before Qt starts, what the window cannot do (Qt aborts without a display)."""
    if plan is not None and not plan.exists() and plan.suffix.lower() not in (".winbook", ".json"):
        commands = ", ".join(names)
        raise UsageError(f"{str(plan)!r} is neither a command ({commands}) nor a plan file.")
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


def open_window(args: argparse.Namespace, names: Sequence[str]) -> int:
    if args.install_desktop:
        return _install_desktop(args)
    _check_sample(args.sample)
    _check_window_args(args.plan, names)
    try:
        from winbook.ui.launch import run_window
    except ImportError as exc:  # PySide6 (or its system libraries) missing on this machine
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
