"""Contribution exports (ActBlue's, or another platform's CSV) read by column name. No Qt.

`open_export` reads the header and the first rows (for the mapping dialog) and guesses which
column holds what from its name (ActBlue's names: domain notes §9); `read_gifts` streams every
row into `winbook.domain.contributions.Gift` objects, whatever the file's size. The file passes
`winbook.inputfile`'s guard first; its encoding is found as for results files (BOM, UTF-16,
UTF-8, else Windows-1252).

A row that cannot be read stops the import with one sentence naming the row and the column:
an amount that is not money, a date that is not a date, a gift to another committee. A file
without a date or an amount column is refused the same way. Nothing is half-imported: the
caller folds the gifts into the plan only after the whole file was read.

The rooms: `header` (columns, encoding), `rows` (the gifts); `read_exports` reads several files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from winbook.domain.contributions import Gift, gc_paused
from winbook.io.contributions.header import (
    CHECK_EVERY_ROWS,
    FIELD_LABELS,
    MAX_LINE_CHARS,
    PREVIEW_ROWS,
    ContributionColumns,
    ExportHeader,
    ProgressFn,
    guess_columns,
    missing_columns,
    open_export,
)
from winbook.io.contributions.rows import ExportRead, parse_day, parse_money, read_gifts

__all__ = [
    "CHECK_EVERY_ROWS",
    "FIELD_LABELS",
    "MAX_LINE_CHARS",
    "PREVIEW_ROWS",
    "ContributionColumns",
    "ExportHeader",
    "ExportRead",
    "Exports",
    "ProgressFn",
    "guess_columns",
    "missing_columns",
    "open_export",
    "parse_day",
    "parse_money",
    "read_exports",
    "read_gifts",
]


@dataclass
class Exports:
    """Every gift of one or more exports read together (one import)."""

    gifts: list[Gift]
    platform: str
    files: list[str]


def read_exports(
    paths: list[Path],
    columns: ContributionColumns | None = None,
    progress: ProgressFn | None = None,
) -> Exports:
    """The gifts of every file, in order; their committee must be the same throughout.

    ``progress`` is called with the bytes read of all the files together and their size."""
    gifts: list[Gift] = []
    platforms: set[str] = set()
    committee = ""
    sizes = [_size(p) for p in paths]
    total = sum(sizes)
    for k, path in enumerate(paths):
        header = open_export(path)
        step = None if progress is None else _after(progress, sum(sizes[:k]), total)
        with gc_paused():
            read = read_gifts(header, columns, committee, step)
        committee = committee or read.committee
        gifts += read.gifts
        platforms.add(header.platform)
    platform = platforms.pop() if len(platforms) == 1 else ""
    return Exports(gifts, platform, [p.name for p in paths])


def _after(progress: ProgressFn, done: int, total: int) -> ProgressFn:
    """One file's progress as progress through all the files (``done`` bytes before it)."""

    def step(read: int, _size: int) -> None:
        progress(done + read, total)

    return step


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # open_export says what is wrong with it
