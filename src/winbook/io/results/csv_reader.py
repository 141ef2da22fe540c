"""Results CSV files, streamed line by line whatever their size. No Qt."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

# Any: readinto's buffer is any writable buffer (typeshed's WriteableBuffer is private)
from typing import IO, Any

from winbook.errors import InputFileError
from winbook.io.results.model import CancelFn, ProgressFn, ResultsFile, tick
from winbook.io.results.notes import Notes
from winbook.io.results.rows import Filter, Reader, columns

CSV_MAX_LINE_CHARS = 1024 * 1024  # a "line" longer than this is not a results file
CHECK_EVERY_ROWS = 8192  # progress / cancel cadence


class _CountingReader(io.RawIOBase):
    """A binary stream that counts bytes read, for progress."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.count += n
        return n


def _lines(text: IO[str], notes: Notes, name: str) -> Iterator[str]:
    line_no = 0
    readline = text.readline
    while True:
        line = readline(CSV_MAX_LINE_CHARS)
        if not line:
            return
        line_no += 1
        if len(line) >= CSV_MAX_LINE_CHARS and line[-1] not in "\r\n":
            raise InputFileError(
                f"{name} has a line longer than {CSV_MAX_LINE_CHARS:,} characters near line "
                f"{line_no}, so it is not a results CSV file."
            )
        if "\x00" in line:
            notes.add("nul", line_no)
            line = line.replace("\x00", "")
        yield line


def read_csv(
    path: Path, encoding: str, flt: Filter, progress: ProgressFn | None, cancel: CancelFn | None
) -> ResultsFile:
    notes = Notes()
    total = path.stat().st_size
    name = path.name
    with path.open("rb") as raw:
        counter = _CountingReader(raw)
        buffered = io.BufferedReader(counter, buffer_size=1 << 16)
        text = io.TextIOWrapper(buffered, encoding=encoding, newline="", errors="strict")
        reader = csv.reader(_lines(text, notes, name))
        try:
            header = next(reader, None)
            while header is not None and not any(c.strip() for c in header):
                header = next(reader, None)
            if header is None:
                raise InputFileError(f"{name} is empty: it has no header row.")
            agg = Reader(columns(header, name), flt, notes)
            for row in reader:
                agg.feed(row, reader.line_num)
                if agg.rows % CHECK_EVERY_ROWS == 0:
                    tick(progress, cancel, counter.count, total)
        except csv.Error as exc:
            raise InputFileError(
                f"{name} is not a well-formed CSV file near line {reader.line_num}: {exc}."
            ) from None
    tick(progress, None, total, total)
    return agg.result(name)
