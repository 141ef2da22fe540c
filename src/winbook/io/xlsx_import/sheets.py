"""Reading the file: refusing what is not a spreadsheet (binary, encrypted, zip bombs), xlsx
workbooks through openpyxl (defusedxml), and CSV text in any common encoding.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from winbook.errors import InputFileError
from winbook.inputfile import open_input
from winbook.io.xlsx_export import BUDGET, BUDGET_HEADERS, HEAD_ROW, INCOME, INCOME_HEADERS
from winbook.io.xlsx_import.headers import _foreign
from winbook.io.xlsx_import.model import (
    _NOT_SPREADSHEETS,
    _OLE_MAGIC,
    MAX_FILE_BYTES,
    MAX_RATIO,
    MAX_ROWS,
    MAX_UNCOMPRESSED_BYTES,
    MAX_ZIP_ENTRIES,
    BudgetImport,
    CellValue,
    ColumnMapping,
    ForeignSheet,
    _filled,
    _trim,
)
from winbook.io.xlsx_import.rows import _income_lines, _map_rows

if TYPE_CHECKING:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    from openpyxl.worksheet.worksheet import Worksheet

#: A worksheet of a workbook opened read-only (or a writable one in tests).
Sheet: TypeAlias = "ReadOnlyWorksheet | Worksheet"


def _check_file(p: Path) -> bytes:
    try:
        if not p.exists():
            raise InputFileError(f"The file {p} does not exist.")
        if p.is_dir():
            raise InputFileError(f"{p} is a folder, not a spreadsheet file.")
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputFileError(
                f"{p.name} is {size / 1e6:.0f} MB, too large for a budget (the limit is "
                f"{MAX_FILE_BYTES / 1e6:.0f} MB)."
            )
        with open_input(p, InputFileError, MAX_FILE_BYTES) as fh:  # no pipe, no device
            head = fh.read(16)
        if not head:
            raise InputFileError(f"{p.name} is empty.")
        return head
    except PermissionError as exc:
        raise InputFileError(f"{p.name} cannot be opened: permission denied.") from exc
    except OSError as exc:
        raise InputFileError(f"{p.name} cannot be read: {exc.strerror or exc}.") from exc


def _refuse_binary(p: Path, head: bytes) -> None:
    if head.startswith(_OLE_MAGIC):
        if _is_encrypted_ole(p):
            raise InputFileError(
                f"{p.name} is protected with a password: open it in Excel or LibreOffice, "
                "remove the password and save it again as .xlsx."
            )
        raise InputFileError(
            f"{p.name} is an old Excel 97-2003 (.xls) file or another Office document: "
            "open it in Excel or LibreOffice and save it as .xlsx."
        )
    for magic, what in _NOT_SPREADSHEETS:
        if head.startswith(magic):
            raise InputFileError(f"{p.name} is {what}, not a spreadsheet.")


def _is_encrypted_ole(p: Path) -> bool:
    """An encrypted OOXML file is an OLE container with an "EncryptedPackage" stream."""
    with p.open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES)
    return "EncryptedPackage".encode("utf-16-le") in data


def _check_zip(p: Path) -> None:
    """Refuse zip bombs from the sizes the zip declares, before anything is decompressed."""
    try:
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise InputFileError(
            f"{p.name} looks like a zip file but is damaged, so it cannot be read as a workbook."
        ) from exc
    names = {i.filename for i in infos}
    if len(infos) > MAX_ZIP_ENTRIES:
        raise InputFileError(f"{p.name} holds {len(infos):,} parts: too many for a workbook.")
    total = sum(i.file_size for i in infos)
    bomb = total > MAX_UNCOMPRESSED_BYTES or any(
        i.file_size > 1_000_000 and i.file_size > MAX_RATIO * max(i.compress_size, 1) for i in infos
    )
    if bomb:
        raise InputFileError(
            f"{p.name} would unpack to {total / 1e6:,.0f} MB: it looks like a zip bomb, so it "
            "was not opened."
        )
    if any(i.flag_bits & 0x1 for i in infos):
        raise InputFileError(f"{p.name} is an encrypted zip file, not a workbook.")
    if "content.xml" in names and "mimetype" in names:
        raise InputFileError(
            f"{p.name} is an OpenDocument file (.ods): save it as .xlsx and import that."
        )
    if "xl/workbook.xml" not in names:
        raise InputFileError(f"{p.name} is a zip file but not an Excel workbook (.xlsx).")


def _read_xlsx(p: Path) -> BudgetImport:
    _check_zip(p)
    from openpyxl import load_workbook

    try:
        with p.open("rb") as fh:
            wb = load_workbook(fh, read_only=True, data_only=True)
            try:
                sheets = {ws.title: ws for ws in wb.worksheets}
                head = _own_header_row(sheets)
                if head:
                    return _read_own(p.name, sheets, head)
                return BudgetImport(foreign=_best_foreign(p.name, sheets))
            finally:
                wb.close()
    except InputFileError:
        raise
    except Exception as exc:
        raise _xlsx_error(p, exc) from exc


def _from_defusedxml(exc: BaseException | None) -> bool:
    """Whether defusedxml refused the XML (openpyxl may wrap its exception in a ValueError)."""
    seen = 0
    while exc is not None and seen < 10:
        if type(exc).__module__.startswith("defusedxml"):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _xlsx_error(p: Path, exc: Exception) -> InputFileError:
    if _from_defusedxml(exc):
        return InputFileError(
            f"{p.name} contains XML entity definitions, which spreadsheets do not need and "
            "attacks use: it was not read."
        )
    return InputFileError(f"{p.name} cannot be read as an Excel workbook: it may be damaged.")


def _sheet_rows(ws: Sheet, name: str) -> list[list[CellValue]]:
    rows: list[list[CellValue]] = []
    for row in ws.iter_rows(values_only=True):
        if len(rows) >= MAX_ROWS:
            raise InputFileError(
                f"The sheet {ws.title!r} of {name} has more than {MAX_ROWS:,} rows: too many "
                "for a budget."
            )
        rows.append(_trim(list(row)))
    while rows and not any(_filled(v) for v in rows[-1]):
        rows.pop()
    return rows


def _own_header_row(sheets: dict[str, Sheet]) -> int:
    """The header row of a workbook Winbook wrote (under the title rows since the workbook
    prints, row 1 before), or 0 when it is someone else's."""
    if BUDGET not in sheets or INCOME not in sheets:
        return 0
    for head in (HEAD_ROW, 1):
        if _row(sheets[BUDGET], head)[: len(BUDGET_HEADERS)] == list(BUDGET_HEADERS) and (
            _row(sheets[INCOME], head)[: len(INCOME_HEADERS)] == list(INCOME_HEADERS)
        ):
            return head
    return 0


def _row(ws: Sheet, number: int) -> list[CellValue]:
    for row in ws.iter_rows(min_row=number, max_row=number, values_only=True):
        return list(row)
    return []


def _read_own(name: str, sheets: dict[str, Sheet], head: int) -> BudgetImport:
    budget = _sheet_rows(sheets[BUDGET], name)
    income = _sheet_rows(sheets[INCOME], name)
    own = ForeignSheet(name, BUDGET, head, list(BUDGET_HEADERS), [r[:5] for r in budget[head:]])
    mapping = ColumnMapping(amount=3, description=0, category=1, month=2, in_kind=4)
    lines = _map_rows(own, mapping, exact=True)
    result = BudgetImport(expenses=list(lines), warnings=list(lines.problems))
    result.income, problems = _income_lines([r[:4] for r in income[head:]])
    result.warnings += problems
    return result


def _best_foreign(name: str, sheets: dict[str, Sheet]) -> ForeignSheet:
    """The first sheet whose header names an amount column; else the first sheet."""
    first: ForeignSheet | None = None
    for title, ws in sheets.items():
        sheet = _foreign(name, title, _sheet_rows(ws, name))
        if sheet.guess.amount is not None:
            return sheet
        first = first or sheet
    if first is None:
        raise InputFileError(f"{name} has no sheets.")
    return first


def decode_text(data: bytes, name: str) -> str:
    """Bytes of a text file as text: BOMs first, then UTF-16 by its zero bytes, UTF-8, cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[3:], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", name)
    sample = data[:4096]
    if b"\x00" in sample:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) // 4 and even == 0:
            return _decode(data, "utf-16-le", name)
        if even > len(sample) // 4 and odd == 0:
            return _decode(data, "utf-16-be", name)
        raise InputFileError(f"{name} is a binary file, not a spreadsheet or a CSV file.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputFileError(
            f"{name} is not valid {encoding.upper()} text at byte {exc.start}."
        ) from exc


def _csv_rows(p: Path) -> list[list[CellValue]]:
    try:
        text = decode_text(p.read_bytes(), p.name)
    except OSError as exc:
        raise InputFileError(f"{p.name} cannot be read: {exc.strerror or exc}.") from exc
    if "\x00" in text:
        raise InputFileError(f"{p.name} contains NUL bytes: it is not a text (CSV) file.")
    rows: list[list[CellValue]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)):
            if len(rows) >= MAX_ROWS:
                raise InputFileError(f"{p.name} has more than {MAX_ROWS:,} rows: too many.")
            rows.append(_trim([c.strip() for c in row]))
    except csv.Error as exc:
        raise InputFileError(f"{p.name} is not a readable CSV file: {exc}.") from exc
    while rows and not rows[-1]:
        rows.pop()
    if not rows:
        raise InputFileError(f"{p.name} has no rows.")
    return rows


def _delimiter(text: str) -> str:
    lines = [ln for ln in text.splitlines()[:10] if ln.strip()]
    best, best_score = ",", 0
    for d in (",", ";", "\t"):
        counts = [ln.count(d) for ln in lines]
        score = min(counts) if counts else 0
        if score > best_score:
            best, best_score = d, score
    return best
