"""Results workbooks (.xlsx), read with python-calamine. No Qt.

openpyxl's read-only mode needs about 30 s for 200,000 rows; calamine (a Rust reader) reads the
same sheet in about 2 s. Calamine holds one sheet's cells in memory while its rows are streamed
into the aggregation, so a workbook is bounded by its unpacked size before anything is opened.
Hostile files get a sentence, not a traceback: zip bombs, XML bombs (a document type
definition, which Excel never writes), damaged archives and password-protected workbooks.
openpyxl stays the library for every workbook Winbook writes and for budget workbooks.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from winbook.errors import InputFileError, WinbookError
from winbook.io.results.model import CancelFn, ProgressFn, ResultsFile, tick
from winbook.io.results.notes import Notes
from winbook.io.results.rows import Filter, Reader, columns

if TYPE_CHECKING:
    from python_calamine import CalamineSheet, CalamineWorkbook

#: A cell as python-calamine gives it.
Cell = int | float | str | bool | dt.time | dt.date | dt.datetime | dt.timedelta

# Hostile-file limits (a CSV is streamed, so its size does not matter).
XLSX_MAX_FILE_BYTES = 100 * 1024 * 1024
XLSX_MAX_UNCOMPRESSED_BYTES = 250 * 1024 * 1024
XLSX_MAX_RATIO = 150  # a member inflating more than this (and past 10 MB) is a zip bomb
XLSX_RATIO_MIN_BYTES = 10 * 1024 * 1024
XLSX_CHECK_EVERY_ROWS = 4096  # progress / cancel cadence
_XML_HEAD_BYTES = 64 * 1024  # a document type definition comes before the first element
PASSWORD_SENTENCE = (
    "{name} is a password-protected workbook or an old Excel .xls file; remove the password "
    "or save it as .xlsx or .csv, then import it again."
)


# --------------------------------------------------------------------------- checks


def check_zip(path: Path, name: str) -> None:
    """Refuse, before any XML is parsed, a workbook that is too big, damaged or a bomb."""
    size = path.stat().st_size
    if size > XLSX_MAX_FILE_BYTES:
        raise InputFileError(
            f"{name} is a {size / 2**20:,.0f} MB workbook, more than Winbook reads as XLSX "
            f"({XLSX_MAX_FILE_BYTES // 2**20} MB); save it as CSV and import that."
        )
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_members(infos, name)
            _check_dtds(zf, infos, name)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise InputFileError(f"{name} is a damaged or incomplete ZIP/XLSX file.") from None


def _check_members(infos: list[zipfile.ZipInfo], name: str) -> None:
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names:
        kind = "an OpenDocument spreadsheet" if "content.xml" in names else "a ZIP archive"
        raise InputFileError(f"{name} is {kind}, not an XLSX workbook; save it as XLSX or CSV.")
    declared = sum(i.file_size for i in infos)
    if declared > XLSX_MAX_UNCOMPRESSED_BYTES:
        raise InputFileError(
            f"{name} unpacks to {declared / 2**20:,.0f} MB, more than Winbook reads as XLSX "
            f"({XLSX_MAX_UNCOMPRESSED_BYTES // 2**20} MB); save it as CSV and import that."
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > XLSX_RATIO_MIN_BYTES and ratio > XLSX_MAX_RATIO:
            raise InputFileError(
                f"{name} looks like a zip bomb ({info.filename} inflates {ratio:,.0f} times); "
                "it was not opened."
            )


def _check_dtds(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str) -> None:
    for info in infos:
        if not info.filename.endswith((".xml", ".rels")):
            continue
        with zf.open(info) as fh:
            head = fh.read(_XML_HEAD_BYTES)
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise InputFileError(
                f"{name} contains XML entity definitions (an XML bomb?) and was not read."
            )


def _xlsx_error(name: str, exc: BaseException) -> str:
    detail = " ".join(str(exc).split())[:80]
    why = f" ({detail})" if detail else ""
    return (
        f"{name} is not a readable XLSX workbook{why}; open it in a spreadsheet program and "
        "save it again as .xlsx or .csv."
    )


# --------------------------------------------------------------------------- reading


def read_xlsx(
    path: Path, flt: Filter, progress: ProgressFn | None, cancel: CancelFn | None
) -> ResultsFile:
    """Read the first sheet of ``path`` that has results columns."""
    from python_calamine import CalamineWorkbook, PasswordError  # only when a workbook is read

    name = path.name
    check_zip(path, name)
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise InputFileError(PASSWORD_SENTENCE.format(name=name)) from None
    except Exception as exc:  # calamine raises its own types, and ValueError / OSError
        raise InputFileError(_xlsx_error(name, exc)) from None
    except BaseException as exc:  # a panic in the Rust reader is a BaseException
        raise _panic(name, exc) from None
    try:
        return _read_workbook(wb, name, path.stat().st_size, flt, progress, cancel)
    except (WinbookError, MemoryError):
        raise
    except Exception as exc:
        raise InputFileError(_xlsx_error(name, exc)) from None
    except BaseException as exc:
        raise _panic(name, exc) from None
    finally:
        wb.close()


def _panic(name: str, exc: BaseException) -> BaseException:
    """A sentence for a panic of the Rust reader; anything else (Ctrl+C, exit) goes on."""
    if type(exc).__name__ == "PanicException":
        return InputFileError(_xlsx_error(name, exc))
    return exc


def _worksheets(wb: CalamineWorkbook) -> list[str]:
    return [m.name for m in wb.sheets_metadata if str(m.typ).endswith("WorkSheet")]


def _rows(sheet: CalamineSheet) -> Iterator[tuple[int, list[Cell]]]:
    """(Excel row number, cells) for each row: calamine's iterator starts at the sheet's first
    row, empty rows above the used range included (python-calamine issue 177)."""
    for offset, row in enumerate(sheet.iter_rows()):
        yield offset + 1, row


def _row_count(sheet: CalamineSheet) -> int:
    """How many rows the iterator yields (for progress): down to the used range's last row."""
    end = sheet.end
    return int(end[0]) + 1 if end else int(sheet.height or 0)


def _xlsx_done(rows: int, expected: int, size: int) -> int:
    """Progress in "bytes" from rows read; without a usable row count, creep towards the end."""
    if expected > rows:
        return size * rows // expected
    return size * rows // (rows + 20_000)


def _read_workbook(
    wb: CalamineWorkbook,
    name: str,
    size: int,
    flt: Filter,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> ResultsFile:
    notes = Notes()
    sheets = _worksheets(wb)
    first_header: list[Cell] = []
    for title in sheets:
        tick(progress, cancel, 0, size)
        sheet = wb.get_sheet_by_name(title)
        rows = _rows(sheet)
        header = next((r for _, r in rows if any(c not in (None, "") for c in r)), None)
        if header is None:
            continue
        first_header = first_header or header
        try:
            cols = columns(header, name)
        except InputFileError:
            continue
        others = [s for s in sheets if s != title]
        if others:
            notes.free.append(
                f"Only the sheet {title!r} was read; other sheets: {', '.join(others[:5])}."
            )
        return _aggregate(Reader(cols, flt, notes), rows, _row_count(sheet), size,
                          progress, cancel, name)  # fmt: skip
    columns(first_header, name)  # raises the "missing column" sentence
    raise InputFileError(f"{name} has no sheet with election results.")  # pragma: no cover


def _aggregate(
    agg: Reader,
    rows: Iterator[tuple[int, list[Cell]]],
    expected: int,
    size: int,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
    name: str,
) -> ResultsFile:
    expected = max(expected, 1)
    every = XLSX_CHECK_EVERY_ROWS
    for line, row in rows:
        agg.feed(row, line)
        if agg.rows % every == 0:
            tick(progress, cancel, _xlsx_done(agg.rows, expected, size), size)
    tick(progress, None, size, size)
    return agg.result(name)
