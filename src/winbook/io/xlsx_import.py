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
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from winbook.domain.budget import month_key
from winbook.domain.model import (
    EXPENSE_LABELS,
    INCOME_LABELS,
    ExpenseCategory,
    ExpenseLine,
    IncomeLine,
    IncomeSource,
)
from winbook.errors import InputFileError
from winbook.inputfile import open_input
from winbook.io.xlsx_export import BUDGET, BUDGET_HEADERS, HEAD_ROW, INCOME, INCOME_HEADERS

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


# --------------------------------------------------------------------------- results


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


# --------------------------------------------------------------------------- entry point


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


# --------------------------------------------------------------------------- xlsx


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


def _sheet_rows(ws: Any, name: str) -> list[list[CellValue]]:
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


def _trim(row: list[CellValue]) -> list[CellValue]:
    while row and not _filled(row[-1]):
        row.pop()
    return row


def _filled(v: CellValue) -> bool:
    return v is not None and not (isinstance(v, str) and not v.strip())


def _own_header_row(sheets: dict[str, Any]) -> int:
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


def _row(ws: Any, number: int) -> list[CellValue]:
    for row in ws.iter_rows(min_row=number, max_row=number, values_only=True):
        return list(row)
    return []


def _read_own(name: str, sheets: dict[str, Any], head: int) -> BudgetImport:
    budget = _sheet_rows(sheets[BUDGET], name)
    income = _sheet_rows(sheets[INCOME], name)
    own = ForeignSheet(name, BUDGET, head, list(BUDGET_HEADERS), [r[:5] for r in budget[head:]])
    mapping = ColumnMapping(amount=3, description=0, category=1, month=2, in_kind=4)
    lines = _map_rows(own, mapping, exact=True)
    result = BudgetImport(expenses=list(lines), warnings=list(lines.problems))
    result.income, problems = _income_lines([r[:4] for r in income[head:]])
    result.warnings += problems
    return result


def _best_foreign(name: str, sheets: dict[str, Any]) -> ForeignSheet:
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


# --------------------------------------------------------------------------- csv


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


# --------------------------------------------------------------------------- header guessing

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "amount": (
        "amount",
        "cost",
        "total",
        "price",
        "budget",
        "budgeted",
        "spend",
        "spending",
        "value",
        "sum",
        "usd",
        "estimated cost",
        "est cost",
        "amount usd",
        "cost usd",
        "dollars",
    ),
    "description": (
        "description",
        "item",
        "desc",
        "expense",
        "expenses",
        "name",
        "what",
        "line item",
        "details",
        "detail",
        "memo",
        "vendor",
        "payee",
        "purpose",
    ),
    "category": (
        "category",
        "type",
        "kind",
        "group",
        "class",
        "budget category",
        "expense type",
        "cat",
        "line",
    ),
    "month": (
        "month",
        "date",
        "when",
        "period",
        "due",
        "paid",
        "date paid",
        "month due",
        "timing",
        "paid on",
    ),
    "in_kind": ("in kind", "inkind", "donated", "in kind contribution"),
}
_CONTAINS: tuple[tuple[str, str], ...] = (
    ("in kind", "in_kind"),
    ("amount", "amount"),
    ("cost", "amount"),
    ("descr", "description"),
    ("item", "description"),
    ("categ", "category"),
    ("month", "month"),
    ("date", "month"),
)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z$€£]+", " ", text.lower()).split())


def field_for_header(header: str) -> str | None:
    """Which budget field a column header names ("Cost ($)" -> "amount"), or None."""
    h = _norm(header)
    if not h:
        return None
    h_plain = h.replace("$", "").replace("€", "").replace("£", "").strip()
    for name, words in _SYNONYMS.items():
        if h in words or h_plain in words:
            return name
    for part, name in _CONTAINS:
        if part in h:
            return name
    return None


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    found: dict[str, int] = {}
    for i, h in enumerate(headers):
        name = field_for_header(h)
        if name and name not in found:
            found[name] = i
    return ColumnMapping(**found)


def _header_index(rows: list[list[CellValue]]) -> int:
    best, best_score = -1, 0
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        texts = [v for v in row if isinstance(v, str) and v.strip()]
        score = len({field_for_header(t) for t in texts} - {None})
        if score > best_score:
            best, best_score = i, score
    if best >= 0:
        return best
    return next((i for i, r in enumerate(rows) if any(_filled(v) for v in r)), 0)


def _foreign(name: str, sheet: str, rows: list[list[CellValue]]) -> ForeignSheet:
    if not rows:
        where = f"The sheet {sheet!r} of {name}" if sheet else name
        raise InputFileError(f"{where} is empty.")
    h = _header_index(rows)
    width = max(len(r) for r in rows)
    headers = [_header_text(v, i) for i, v in enumerate(rows[h] + [None] * width)][:width]
    data = [r + [None] * (width - len(r)) for r in rows[h + 1 :]]
    foreign = ForeignSheet(name, sheet, h + 1, headers, data, guess_mapping(headers))
    if foreign.guess.amount is None:
        foreign.warnings.append(
            f"No column of {name} is headed like an amount (amount, cost, total): choose it."
        )
    return foreign


def _header_text(v: CellValue, i: int) -> str:
    return str(v).strip() if _filled(v) else f"Column {_col_letter(i)}"


def _col_letter(i: int) -> str:
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(65 + r) + out
    return out


# --------------------------------------------------------------------------- values


def number_style(values: Iterable[CellValue]) -> str:
    """ "eu" when the column's text numbers use a decimal comma, else "us"."""
    for v in values:
        if isinstance(v, str) and (
            re.search(r"\d,\d{1,2}\)?\s*\D*$", v.strip()) or re.search(r"\.\d{3},", v)
        ):
            return "eu"
    return "us"


_CURRENCY = re.compile(r"(?i)usd|eur|gbp|cad|aud|us\$|[$€£¥\s\u00a0\u202f']")


def parse_amount(value: CellValue, style: str = "us") -> Decimal | None:
    """An amount of money from a cell, or None when it is not one."""
    if value is None or isinstance(value, (bool, datetime, date)):
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        d = Decimal(repr(value))
        return d if d.is_finite() else None
    return _parse_amount_text(str(value), style)


def _parse_amount_text(text: str, style: str) -> Decimal | None:
    s = text.strip()
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    s = _CURRENCY.sub("", s)
    if s.startswith("-") or s.endswith("-"):
        negative, s = not negative, s.strip("-")
    s = s.lstrip("+")
    plain = _separators(s, style)
    if plain is None or not re.fullmatch(r"\d+(\.\d+)?|\.\d+", plain):
        return None
    try:
        amount = Decimal(plain)
    except InvalidOperation:
        return None
    return -amount if negative else amount


def _separators(s: str, style: str) -> str | None:
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        thousands = "." if dec == "," else ","
        return s.replace(thousands, "").replace(dec, ".")
    if style == "eu":
        s = s.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) else s
        return s.replace(",", ".") if s.count(",") <= 1 and "." not in s else None
    if "," in s:
        return s.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", s) else None
    return s


_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}


def parse_month(value: CellValue) -> str | None:
    """A month as "YYYY-MM" from a date cell, an Excel serial or text; None if not one."""
    if isinstance(value, (datetime, date)):
        return _ym(value.year, value.month)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # an Excel date serial (1954-2119)
            d = date(1899, 12, 30) + timedelta(days=int(value))
            return _ym(d.year, d.month)
        return None
    if isinstance(value, str):
        return _month_text(value.strip())
    return None


def _ym(year: int, month: int) -> str | None:
    text = f"{year:04d}-{month:02d}"
    return text if month_key(text) is not None else None


def _year(y: str) -> int:
    return int(y) + 2000 if len(y) == 2 else int(y)


def _month_text(s: str) -> str | None:
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ].*)?", s)
    if m:
        return _ym(int(m[1]), int(m[2]))
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{4})", s)
    if m:
        return _ym(int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:[T ].*)?", s)
    if m:
        a, b = int(m[1]), int(m[3])
        day_first = a > 12 or (m[2] == "." and b <= 12)
        return _ym(_year(m[4]), b if day_first else a)
    m = re.fullmatch(r"([A-Za-z]+)\.?[\s,/-]*'?(\d{4}|\d{2})", s)
    if m and m[1].lower() in _MONTHS:
        return _ym(_year(m[2]), _MONTHS[m[1].lower()])
    m = re.fullmatch(r"(\d{4})[\s,/-]*([A-Za-z]+)\.?", s)
    if m and m[2].lower() in _MONTHS:
        return _ym(int(m[1]), _MONTHS[m[2].lower()])
    return None


_CATEGORY_WORDS: tuple[tuple[ExpenseCategory, tuple[str, ...]], ...] = (
    (ExpenseCategory.FUNDRAISING, ("fundrais",)),
    (ExpenseCategory.CONTINGENCY, ("contingen", "reserve", "emergency")),
    (ExpenseCategory.GIVEAWAYS, ("giveaway", "swag", "button", "shirt", "sticker")),
    (ExpenseCategory.MAIL, ("mail", "postcard", "postage")),
    (
        ExpenseCategory.LITERATURE,
        ("literature", "lit", "canvass", "door hanger", "palm card", "flyer", "yard sign", "signs"),
    ),
    (ExpenseCategory.PHONES_TEXTS, ("phone", "text", "texts", "sms", "robocall", "dialer")),
    (
        ExpenseCategory.DIGITAL,
        ("digital", "online", "facebook", "google", "social", "web", "internet"),
    ),
    (
        ExpenseCategory.MEDIA,
        ("radio", "tv", "television", "newspaper", "print ad", "media", "billboard"),
    ),
    (ExpenseCategory.STAFF, ("staff", "consult", "salary", "payroll", "manager")),
    (
        ExpenseCategory.ADMIN,
        (
            "admin",
            "compliance",
            "legal",
            "accounting",
            "bank",
            "fee",
            "fees",
            "office",
            "software",
            "filing",
        ),
    ),
    (ExpenseCategory.EVENTS, ("event", "events", "venue", "catering")),
    (ExpenseCategory.OTHER, ("other", "misc", "miscellaneous")),
)
_CATEGORY_EXACT: dict[str, ExpenseCategory] = {
    **{c.value: c for c in ExpenseCategory},
    **{_norm(label): c for c, label in EXPENSE_LABELS.items()},
}


def parse_category(value: CellValue) -> ExpenseCategory | None:
    """A Winbook category from a cell ("Mail", "Voter contact: mail", "yard signs"); or None."""
    if not _filled(value):
        return None
    text = _norm(str(value))
    if text in _CATEGORY_EXACT:
        return _CATEGORY_EXACT[text]
    if text.replace(" ", "_") in _CATEGORY_EXACT:
        return _CATEGORY_EXACT[text.replace(" ", "_")]
    for cat, words in _CATEGORY_WORDS:
        if any(re.search(rf"\b{re.escape(w)}", text) for w in words):
            return cat
    return None


_SOURCE_EXACT: dict[str, IncomeSource] = {
    **{s.value: s for s in IncomeSource},
    **{_norm(label): s for s, label in INCOME_LABELS.items()},
}


def _yes(value: CellValue) -> bool:
    if isinstance(value, bool):
        return value
    return _norm(str(value or "")) in {"yes", "y", "true", "1", "x", "in kind", "donated"}


# --------------------------------------------------------------------------- mapping


def apply_mapping(foreign: ForeignSheet, mapping: ColumnMapping) -> MappedLines:
    """Expense lines from ``foreign`` read through ``mapping``, with every problem reported.

    A row with no readable amount is left out and named; an unknown category becomes Other and
    a month that cannot be read is left empty, each with a sentence; blank rows are skipped.
    """
    return _map_rows(foreign, mapping, exact=False)


def _map_rows(foreign: ForeignSheet, mapping: ColumnMapping, exact: bool) -> MappedLines:
    if mapping.amount is None:
        raise InputFileError("Choose the column that holds the amounts.")
    reader = _RowReader(mapping, number_style(_column(foreign.rows, mapping.amount)), exact)
    out = MappedLines()
    for i, row in enumerate(foreign.rows):
        line = reader.expense(row, foreign.header_row + 1 + i)
        if line is not None:
            out.append(line)
    out.problems = reader.problems
    for text, rows in reader.unknown.items():
        what = f"The category {text!r}" if text else "No category"
        out.problems.append(f"{what} ({_rows_text(rows)}): filed under Other.")
    return out


def _column(rows: list[list[CellValue]], col: int) -> Iterator[CellValue]:
    return (r[col] for r in rows if col < len(r))


def _get(row: list[CellValue], col: int | None) -> CellValue:
    return row[col] if col is not None and col < len(row) else None


def _rows_text(rows: list[int]) -> str:
    shown = ", ".join(map(str, rows[:8])) + (" ..." if len(rows) > 8 else "")
    return f"row{'s' if len(rows) > 1 else ''} {shown}"


_TOTAL_RE = re.compile(r"(grand |sub ?)?totals?( (spending|budget|expenses|costs?))?:?|sum:?")


class _RowReader:
    """Reads rows through a mapping; ``exact`` keeps Winbook's own text as it was written."""

    def __init__(self, mapping: ColumnMapping, style: str, exact: bool) -> None:
        self.m, self.style, self.exact = mapping, style, exact
        self.problems: list[str] = []
        self.unknown: dict[str, list[int]] = defaultdict(list)

    def expense(self, row: list[CellValue], line_no: int) -> ExpenseLine | None:
        m = self.m
        if not any(_filled(v) for v in row):
            return None
        desc = self._description(_get(row, m.description))
        if not self.exact and self._is_total(row, desc):
            self.problems.append(
                f"Row {line_no} looks like a total ({desc or 'Total'}): left out so nothing "
                "is counted twice."
            )
            return None
        raw = _get(row, m.amount)
        amount = parse_amount(raw, self.style)
        if amount is None:
            shown = str(raw) if _filled(raw) else "empty"
            self.problems.append(
                f"Row {line_no} ({desc or 'no description'}): the amount {shown!r} is not a "
                "number, so the row was left out."
            )
            return None
        return ExpenseLine(
            category=self._category(_get(row, m.category), line_no),
            description=desc,
            month=self._month(_get(row, m.month), line_no, desc),
            amount=amount,
            in_kind=_yes(_get(row, m.in_kind)) if m.in_kind is not None else False,
        )

    def _description(self, raw: CellValue) -> str:
        if self.exact and isinstance(raw, str):
            return raw
        return _text(raw)

    def _is_total(self, row: list[CellValue], desc: str) -> bool:
        first = next((_text(v) for v in row if _filled(v)), "")
        label = (desc or first).lower().strip()
        return bool(_TOTAL_RE.fullmatch(label))

    def _category(self, raw: CellValue, line_no: int) -> ExpenseCategory:
        cat = parse_category(raw) if self.m.category is not None else None
        if cat is None:
            self.unknown[_text(raw)].append(line_no)
            return ExpenseCategory.OTHER
        return cat

    def _month(self, raw: CellValue, line_no: int, desc: str) -> str:
        if self.m.month is None or (self.exact and not _filled(raw)):
            return ""
        month = parse_month(raw)
        if month is not None:
            return month
        if self.exact and isinstance(raw, str):
            return raw  # Winbook wrote a month it could not read as text: keep it as it was
        shown = str(raw) if _filled(raw) else "empty"
        self.problems.append(
            f"Row {line_no} ({desc or 'no description'}): the month {shown!r} is not a month "
            "Winbook can read; enter it as YYYY-MM."
        )
        return ""


def _text(v: CellValue) -> str:
    if not _filled(v):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _income_lines(rows: list[list[CellValue]]) -> tuple[list[IncomeLine], list[str]]:
    """Income lines of Winbook's own Income sheet (description, source, month, amount)."""
    lines: list[IncomeLine] = []
    problems: list[str] = []
    style = number_style(_column(rows, 3))
    for i, raw_row in enumerate(rows, start=2):
        row = raw_row + [None] * (4 - len(raw_row))
        if not any(_filled(v) for v in row):
            continue
        desc = row[0] if isinstance(row[0], str) else _text(row[0])
        amount = parse_amount(row[3], style)
        if amount is None:
            problems.append(
                f"Income row {i} ({desc or 'no description'}): the amount is not a number, so "
                "the row was left out."
            )
            continue
        source = _SOURCE_EXACT.get(_norm(_text(row[1])))
        if source is None:
            problems.append(
                f"Income row {i}: the source {_text(row[1])!r} is not known; filed under Other."
            )
            source = IncomeSource.OTHER
        month = parse_month(row[2]) or (row[2] if isinstance(row[2], str) else "")
        lines.append(IncomeLine(source=source, description=desc, month=month, amount=amount))
    return lines, problems
