"""What every command shares: its description, the one-line usage errors, and file helpers.

A command is a module of this package with a `COMMAND`: its name, its help, its examples, how
it adds its arguments and how it runs. Nothing outside `winbook.cli` imports this package.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from winbook.errors import UsageError

if TYPE_CHECKING:
    from winbook.domain.model import Plan

Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Command:
    """One `winbook COMMAND`: ``summary`` for ``winbook --help``, ``detail`` and ``examples``
    for ``winbook COMMAND --help``."""

    name: str
    summary: str
    detail: str
    examples: tuple[str, ...]
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Handler


class Parser(argparse.ArgumentParser):
    """argparse that says a usage problem in one line (argparse prints usage and exits 2)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see 'winbook --help').")


def examples_text(lines: Sequence[str]) -> str:
    word = "example" if len(lines) == 1 else "examples"
    return f"{word}:\n" + "\n".join(f"  {line}" for line in lines)


def refuse_existing(target: Path, command: str) -> None:
    """One line instead of silently replacing ``target`` (``--force`` allows it)."""
    if target.exists() or target.is_symlink():
        raise UsageError(
            f"{target} already exists; add --force to replace it (see 'winbook {command} --help')."
        )


def load(path: Path) -> Plan:
    from winbook.store.files import load_plan

    return load_plan(path)


def plan_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", type=Path, metavar="PLAN", help="a .winbook or .json plan")


def json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object")
