"""Finding the columns of a contribution export: ActBlue's names first, other platforms' by
words, the file's encoding and delimiter, and the one sentence for a missing column.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import IO

from winbook import inputfile
from winbook.errors import InputFileError
from winbook.io.results.sniff import SNIFF_BYTES, csv_encoding

PREVIEW_ROWS = 200


MAX_LINE_CHARS = 1024 * 1024


CHECK_EVERY_ROWS = 1024


#: Called with (bytes read, bytes in all); raising stops the import.
ProgressFn = Callable[[int, int], None]


@dataclass
class ContributionColumns:
    """Which column (0-based) holds what; None when the file has no such column."""

    date: int | None = None
    amount: int | None = None
    receipt: int | None = None
    donor_id: int | None = None
    donor_name: int | None = None
    first_name: int | None = None
    last_name: int | None = None
    zip: int | None = None
    refund_date: int | None = None
    fee: int | None = None
    recipient: int | None = None


#: The fields of `ContributionColumns` with their label in the mapping dialog.
FIELD_LABELS: dict[str, str] = {
    "date": "Date",
    "amount": "Amount",
    "receipt": "Receipt ID",
    "donor_id": "Donor ID",
    "donor_name": "Donor name (one column)",
    "first_name": "Donor first name",
    "last_name": "Donor last name",
    "zip": "Donor ZIP",
    "refund_date": "Refund date",
    "fee": "Fee",
    "recipient": "Recipient (committee)",
}


_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("date", "contribution date", "date received", "donation date", "paid at",
             "created at", "transaction date", "payment date"),
    "amount": ("amount", "contribution amount", "donation amount", "gift amount", "total",
               "amount usd"),
    "receipt": ("receipt id", "receipt", "transaction id", "contribution id", "donation id",
                "lineitem id", "line item id", "order id", "id"),
    "donor_id": ("donor id", "contributor id", "supporter id", "constituent id"),
    "donor_name": ("donor name", "contributor name", "name", "full name", "donor"),
    "first_name": ("donor first name", "first name", "contributor first name", "firstname"),
    "last_name": ("donor last name", "last name", "contributor last name", "lastname"),
    "zip": ("donor zip", "zip", "zip code", "postal code", "contributor zip", "donor postal code"),
    "refund_date": ("refund date", "refunded at", "refunded on", "date refunded"),
    "fee": ("fee", "fees", "processing fee", "platform fee", "card fee"),
    "recipient": ("recipient", "committee", "committee name", "recipient committee",
                  "campaign"),
}  # fmt: skip


#: The headers only ActBlue's export has: a file with them is called an ActBlue export.
_ACTBLUE = {"receipt id", "recurring total months", "recurrence number", "lineitem id"}


@dataclass
class ExportHeader:
    """The first look at an export: its columns, a guessed mapping and the first rows."""

    path: Path
    encoding: str
    delimiter: str
    headers: list[str]
    columns: ContributionColumns
    platform: str = ""
    preview: list[list[str]] = field(default_factory=list)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[_\-.:#]+", " ", text).casefold().split())


def guess_columns(headers: list[str]) -> ContributionColumns:
    """The mapping the column names say (exact names first; each column used once)."""
    normed = [_norm(h) for h in headers]
    cols = ContributionColumns()
    used: set[int] = set()
    for f in fields(cols):
        for name in _NAMES[f.name]:
            hit = next((i for i, h in enumerate(normed) if h == name and i not in used), None)
            if hit is not None:
                setattr(cols, f.name, hit)
                used.add(hit)
                break
    return cols


def _delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _encoding(path: Path) -> str:
    with inputfile.open_input(path) as fh:
        head = fh.read(SNIFF_BYTES)
    if not head.strip():
        raise InputFileError(f"{path.name} is empty: it has no header row.")
    try:
        return csv_encoding(head, path.name)
    except InputFileError:
        raise InputFileError(
            f"{path.name} is not a CSV file; export the contributions from your platform as "
            "CSV and import that file."
        ) from None


@dataclass
class _Source:
    raw: IO[bytes]
    counter: _Counting
    reader: Iterator[list[str]]
    size: int


class _Counting(io.RawIOBase):
    def __init__(self, raw: IO[bytes]) -> None:
        self.raw, self.count = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def _lines(text: IO[str], name: str) -> Iterator[str]:
    readline = text.readline
    while line := readline(MAX_LINE_CHARS):
        if len(line) >= MAX_LINE_CHARS and line[-1] not in "\r\n":
            raise InputFileError(
                f"{name} has a line longer than {MAX_LINE_CHARS:,} characters, so it is not a "
                "contribution export."
            )
        yield line.replace("\x00", "") if "\x00" in line else line


def _open(path: Path, encoding: str, delimiter: str) -> _Source:
    raw = inputfile.open_input(path)
    counter = _Counting(raw)
    text = io.TextIOWrapper(io.BufferedReader(counter, 1 << 16), encoding=encoding, newline="")
    reader = csv.reader(_lines(text, path.name), delimiter=delimiter)
    return _Source(raw, counter, reader, path.stat().st_size)


def _first_line(path: Path, encoding: str) -> str:
    with inputfile.open_input(path) as fh:
        text = io.TextIOWrapper(fh, encoding=encoding, newline="")
        for line in _lines(text, path.name):
            if line.strip():
                return line
    return ""


def open_export(path: Path | str) -> ExportHeader:
    """The header, a guessed mapping and the first `PREVIEW_ROWS` rows of an export."""
    p = Path(path)
    encoding = _encoding(p)
    try:
        delimiter = _delimiter(_first_line(p, encoding))
        src = _open(p, encoding, delimiter)
        with src.raw:
            headers = _header(src.reader, p.name)
            preview = [row for _, row in zip(range(PREVIEW_ROWS), src.reader, strict=False)]
    except UnicodeDecodeError as exc:
        raise _not_text(p, encoding, exc) from None
    except csv.Error as exc:
        raise InputFileError(f"{p.name} is not a well-formed CSV file: {exc}.") from None
    names = {_norm(h) for h in headers}
    platform = "ActBlue" if len(names & _ACTBLUE) >= 2 else ""
    return ExportHeader(p, encoding, delimiter, headers, guess_columns(headers), platform, preview)


def _header(reader: Iterator[list[str]], name: str) -> list[str]:
    for row in reader:
        if any(c.strip() for c in row):
            return [c.strip() for c in row]
    raise InputFileError(f"{name} is empty: it has no header row.")


def _not_text(p: Path, encoding: str, exc: UnicodeDecodeError) -> InputFileError:
    return InputFileError(
        f"{p.name} is not readable {encoding.upper()} text (at byte {exc.start:,}); save it "
        "again from your platform as a CSV file."
    )


def missing_columns(header: ExportHeader, columns: ContributionColumns) -> str | None:
    """The sentence saying which needed column the mapping lacks, or None when it has them."""
    for key, what in (("date", "the gifts' dates"), ("amount", "the gifts' amounts")):
        if getattr(columns, key) is None:
            return (
                f"{header.path.name} has no {FIELD_LABELS[key].lower()} column, so Winbook "
                f"cannot tell {what}; import your platform's contribution export, or choose "
                "the column in the import window."
            )
    return None
