"""Budgets in from spreadsheets: Winbook's own workbook, or anybody's sheet through a mapping.

`read_budget(path)` looks at what the file *is* (its first bytes), not at its name:

- an .xlsx written by Winbook (sheets "Budget" and "Income" with Winbook's headers) comes back
  as the same expense and income lines;
- any other .xlsx, or a CSV (UTF-8 with or without BOM, UTF-16, Latin-1 / Windows-1252; comma,
  semicolon or tab), comes back as a `ForeignSheet`: its headers, its rows and a guessed
  `ColumnMapping`; `apply_mapping` turns it into expense lines and reports every row it could
  not read (a skipped row is never silent);
- anything else (a password-protected or old .xls workbook, an image, a PDF, a zip bomb, XML
  with entity definitions, a file too large) raises `InputFileError` with one sentence.

The file is only ever opened for reading. openpyxl parses with defusedxml (entity definitions
are refused), in read-only mode with cached values (``read_only=True, data_only=True``).

Amounts: "$1,200.50", "1200.5", "(75.00)" (negative), "USD 300", "€1.200,50". A column is read
in the European style (point for thousands, comma for decimals) when any value in it ends with
a comma and one or two digits ("12,50") or has a point before a comma ("1.200,50"); otherwise
in the US style, so "1,200" is 1200 and "1.200" is 1.2 in a US-style column.

Months: a date cell, an Excel date serial, "2027-09", "2027/9", "09/2027", "2027-09-15",
"Sep 2027", "September 2027", "Sept. '27". An all-numeric day-month-year date is read as
month/day/year with slashes ("9/15/2027") and day.month.year with points ("15.09.2027"),
unless one part is over 12, which settles it.

The rooms: `model`, `sheets` (the file), `headers`, `values` (one cell), `rows` (a sheet to
budget lines); `read_budget` is the entry point.
"""

from __future__ import annotations

from pathlib import Path

from winbook.io.xlsx_import.headers import _foreign, field_for_header, guess_mapping
from winbook.io.xlsx_import.model import (
    HEADER_SCAN_ROWS,
    MAX_FILE_BYTES,
    MAX_RATIO,
    MAX_ROWS,
    MAX_UNCOMPRESSED_BYTES,
    MAX_ZIP_ENTRIES,
    PREVIEW_ROWS,
    BudgetImport,
    CellValue,
    ColumnMapping,
    ForeignSheet,
    MappedLines,
)
from winbook.io.xlsx_import.rows import apply_mapping
from winbook.io.xlsx_import.sheets import (
    _check_file,
    _csv_rows,
    _read_xlsx,
    _refuse_binary,
    decode_text,
)
from winbook.io.xlsx_import.values import number_style, parse_amount, parse_category, parse_month

__all__ = [
    "HEADER_SCAN_ROWS",
    "MAX_FILE_BYTES",
    "MAX_RATIO",
    "MAX_ROWS",
    "MAX_UNCOMPRESSED_BYTES",
    "MAX_ZIP_ENTRIES",
    "PREVIEW_ROWS",
    "BudgetImport",
    "CellValue",
    "ColumnMapping",
    "ForeignSheet",
    "MappedLines",
    "apply_mapping",
    "decode_text",
    "field_for_header",
    "guess_mapping",
    "number_style",
    "parse_amount",
    "parse_category",
    "parse_month",
    "read_budget",
]


def read_budget(path: Path | str) -> BudgetImport:
    """Read a budget from ``path`` (xlsx or CSV, whatever its name says); never writes to it."""
    p = Path(path)
    head = _check_file(p)
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(p)
    _refuse_binary(p, head)
    rows = _csv_rows(p)
    foreign = _foreign(p.name, "", rows)
    if p.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        foreign.warnings.insert(
            0, f"{p.name} is a text (CSV) file with a spreadsheet's name; it was read as CSV."
        )
    return BudgetImport(foreign=foreign)
