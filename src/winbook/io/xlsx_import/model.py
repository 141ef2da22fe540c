"""What a budget import gives: the limits on a file, the column mapping, a foreign sheet and
the lines read from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from winbook.domain.model import ExpenseLine, IncomeLine

MAX_FILE_BYTES = 20 * 1024 * 1024  # a budget workbook is a few hundred kB


MAX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024  # all parts of the zip together, as declared


MAX_RATIO = 200  # compressed-to-declared ratio allowed for a part over 1 MB


MAX_ZIP_ENTRIES = 2000


MAX_ROWS = 50_000


HEADER_SCAN_ROWS = 10


PREVIEW_ROWS = 20


CellValue = str | int | float | Decimal | datetime | date | bool | None


_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


_NOT_SPREADSHEETS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)


@dataclass
class ColumnMapping:
    """Which column (0-based, in `ForeignSheet.headers`) holds each field; None: not there."""

    amount: int | None = None
    description: int | None = None
    category: int | None = None
    month: int | None = None
    in_kind: int | None = None


@dataclass
class ForeignSheet:
    """A sheet Winbook did not write: its header row, its data rows and a guessed mapping."""

    source: str  # the file's name, for messages
    sheet: str  # the sheet's name ("" for a CSV)
    header_row: int  # 1-based row number of the header in the file
    headers: list[str]
    rows: list[list[CellValue]]
    guess: ColumnMapping = field(default_factory=ColumnMapping)
    warnings: list[str] = field(default_factory=list)

    @property
    def preview(self) -> list[list[CellValue]]:
        return self.rows[:PREVIEW_ROWS]


@dataclass
class BudgetImport:
    """What `read_budget` found: Winbook's own lines, or a foreign sheet to map."""

    expenses: list[ExpenseLine] = field(default_factory=list)
    income: list[IncomeLine] = field(default_factory=list)
    foreign: ForeignSheet | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def is_winbook(self) -> bool:
        return self.foreign is None


class MappedLines(list[ExpenseLine]):
    """Expense lines from `apply_mapping`, with a sentence for each row left out or changed."""

    def __init__(self, lines: Iterable[ExpenseLine] = (), problems: Sequence[str] = ()) -> None:
        super().__init__(lines)
        self.problems: list[str] = list(problems)


def _trim(row: list[CellValue]) -> list[CellValue]:
    while row and not _filled(row[-1]):
        row.pop()
    return row


def _filled(v: CellValue) -> bool:
    return v is not None and not (isinstance(v, str) and not v.strip())
