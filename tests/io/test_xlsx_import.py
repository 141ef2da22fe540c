"""Budgets in from spreadsheets: round trip, foreign sheets, encodings and hostile files
(issue 5, "Spreadsheets in" and "Hostile and broken files")."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from tests.files import sha256
from winbook.domain.model import (
    ExpenseCategory,
    ExpenseLine,
    IncomeLine,
    IncomeSource,
    Plan,
)
from winbook.errors import InputFileError
from winbook.io import xlsx_import as xi
from winbook.io.xlsx_export import export_workbook, workbook_bytes

D = Decimal
C = ExpenseCategory


def budget_plan() -> Plan:
    p = Plan()
    p.expenses = [
        ExpenseLine(C.MAIL, "Postcards", "2027-09", D("1200.50")),
        ExpenseLine(C.LITERATURE, '=HYPERLINK("http://x")', "2027-08", D("640.25")),
        ExpenseLine(C.DIGITAL, "  spaced  ", "2027-10", D("0.1")),
        ExpenseLine(C.EVENTS, "Venue (donated)", "2027-05", D("300"), in_kind=True),
        ExpenseLine(C.OTHER, "Typed month", "Sept", D("10")),
        ExpenseLine(C.ADMIN, "No month", "", D("75")),
        ExpenseLine(C.STAFF, "-Consultant", "2027-11", D("1234567.89")),
    ]
    p.income = [
        IncomeLine(IncomeSource.SELF, "Own money", "2027-04", D("1000")),
        IncomeLine(IncomeSource.ONLINE, "+Online", "2027-09", D("1500.75")),
        IncomeLine(IncomeSource.OTHER, "", "", D("5")),
    ]
    return p


def read_unchanged(path: Path) -> xi.BudgetImport:
    """read_budget, checking that the file is byte for byte the same afterwards."""
    before = sha256(path)
    try:
        return xi.read_budget(path)
    finally:
        assert sha256(path) == before


def refused(path: Path, match: str) -> str:
    """The one-sentence error for ``path``, within a few seconds and with the file unchanged."""
    before = sha256(path) if path.is_file() else None
    start = time.monotonic()
    with pytest.raises(InputFileError, match=match) as info:
        xi.read_budget(path)
    assert time.monotonic() - start < 10
    if before is not None:
        assert sha256(path) == before
    message = str(info.value)
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message
    return message


def test_openpyxl_parses_with_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True


# --------------------------------------------------------------------------- round trip


def test_own_export_round_trips_exactly(tmp_path: Path) -> None:
    plan = budget_plan()
    path = tmp_path / "budget.xlsx"
    export_workbook(plan, path)
    result = read_unchanged(path)
    assert result.is_winbook
    assert result.expenses == plan.expenses
    assert [e.description for e in result.expenses][2] == "  spaced  "
    assert result.income == plan.income
    assert result.warnings == []


def test_own_export_with_an_edited_row_reports_it(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(budget_plan())))
    # the lines start on row 5, under the title rows and the header (row 4)
    wb["Budget"]["D6"] = "lots"  # the second line's amount, typed over
    wb["Budget"]["B7"] = "Pizza"  # the third line's category
    path = tmp_path / "edited.xlsx"
    wb.save(path)
    result = read_unchanged(path)
    assert result.is_winbook
    assert len(result.expenses) == len(budget_plan().expenses) - 1
    assert any("Row 6" in w and "'lots'" in w and "left out" in w for w in result.warnings)
    assert any("'Pizza'" in w and "Other" in w for w in result.warnings)
    assert result.expenses[1].category is C.OTHER


def test_a_workbook_from_before_the_title_rows_still_reads_as_winbook(tmp_path: Path) -> None:
    """Workbooks Winbook wrote before its sheets had title rows: headers on row 1."""
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(budget_plan())))
    for name in ("Budget", "Income"):
        wb[name].delete_rows(1, 3)
    path = tmp_path / "old.xlsx"
    wb.save(path)
    result = read_unchanged(path)
    assert result.is_winbook
    assert [e.amount for e in result.expenses] == [e.amount for e in budget_plan().expenses]


# --------------------------------------------------------------------------- foreign sheets


def _foreign_workbook(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "My budget"
    ws.append(["Campaign budget 2027"])
    ws.append([])
    ws.append(["Cost ($)", "When", "Item", "Type", "Notes"])
    ws.append(["$1,200.50", "Sep 2027", "Postcards", "Mail", "first wave"])
    ws.append([75, datetime(2027, 4, 15), "Filing fee", "admin", None])
    ws.append(["640.25", "2027-08", "Yard signs", "Signs", None])
    ws.append(["abc", "2027-10", "Mystery", "Pizza", None])
    ws.append([None, None, None, None, None])
    ws.append([300, "13/10/2027", "Pizza night", "Pizza", None])
    ws.append([None, "2027-10", "Forgot the amount", "Mail", None])
    ws.append(["(50.00)", "Oct 2027", "Refund", "Mail", None])
    ws.append([2215.75, None, "Total", None, None])
    wb.save(path)


def test_foreign_sheet_guess_preview_and_mapping(tmp_path: Path) -> None:
    path = tmp_path / "theirs.xlsx"
    _foreign_workbook(path)
    result = read_unchanged(path)
    assert not result.is_winbook and result.foreign is not None
    f = result.foreign
    assert f.sheet == "My budget" and f.header_row == 3
    assert f.headers == ["Cost ($)", "When", "Item", "Type", "Notes"]
    assert f.guess == xi.ColumnMapping(amount=0, month=1, description=2, category=3)
    assert f.preview[0][:3] == ["$1,200.50", "Sep 2027", "Postcards"]
    lines = xi.apply_mapping(f, f.guess)
    assert [(e.description, e.category, e.month, e.amount) for e in lines] == [
        ("Postcards", C.MAIL, "2027-09", D("1200.50")),
        ("Filing fee", C.ADMIN, "2027-04", D("75")),
        ("Yard signs", C.LITERATURE, "2027-08", D("640.25")),
        ("Pizza night", C.OTHER, "2027-10", D("300")),
        ("Refund", C.MAIL, "2027-10", D("-50.00")),
    ]
    problems = "\n".join(lines.problems)
    assert "Row 7 (Mystery): the amount 'abc' is not a number" in problems
    assert "Row 10 (Forgot the amount): the amount 'empty'" in problems
    assert "Row 12 looks like a total" in problems
    assert "The category 'Pizza' (row 9): filed under Other." in problems
    # every data row is accounted for: 5 read + 3 reported, the blank row skipped
    assert len(f.rows) == 9


def test_mapping_needs_an_amount_column(tmp_path: Path) -> None:
    path = tmp_path / "no-amount.csv"
    path.write_text("Item,Category\nPostcards,Mail\n", encoding="utf-8")
    f = read_unchanged(path).foreign
    assert f is not None and f.guess.amount is None
    assert any("choose it" in w for w in f.warnings)
    with pytest.raises(InputFileError, match="amounts"):
        xi.apply_mapping(f, f.guess)
    lines = xi.apply_mapping(f, xi.ColumnMapping(amount=1, description=0))
    assert lines == [] and "'Mail' is not a number" in lines.problems[0]


CSV_TEXT = 'Description,Category,Month,Amount\nCafé flyers,Literature,2027-09,"$1,200.50"\n'


@pytest.mark.parametrize(
    ("encode", "label"),
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "utf-8 with BOM"),
        (lambda t: t.encode("latin-1"), "latin-1"),
        (lambda t: t.encode("cp1252"), "windows-1252"),
        (lambda t: t.encode("utf-16"), "utf-16 with BOM"),
        (lambda t: t.encode("utf-16-le"), "utf-16-le without BOM"),
        (lambda t: t.replace("\n", "\r\n").encode("utf-8"), "CRLF"),
    ],
)
def test_csv_in_any_common_encoding(
    tmp_path: Path, encode: Callable[[str], bytes], label: str
) -> None:
    path = tmp_path / "budget.csv"
    path.write_bytes(encode(CSV_TEXT))
    f = read_unchanged(path).foreign
    assert f is not None, label
    lines = xi.apply_mapping(f, f.guess)
    assert lines == [ExpenseLine(C.LITERATURE, "Café flyers", "2027-09", D("1200.50"))], label
    assert lines.problems == []


def test_european_csv_with_semicolons_and_decimal_commas(tmp_path: Path) -> None:
    path = tmp_path / "eu.csv"
    text = (
        "Posten;Kategorie;Datum;Betrag\n"
        "Flyer;Literature;15.09.2027;1.200,50\n"
        "Porto;Mail;01.10.2027;99,9\n"
    )
    path.write_bytes(text.encode("cp1252"))
    f = read_unchanged(path).foreign
    assert f is not None
    mapping = xi.ColumnMapping(description=0, category=1, month=2, amount=3)
    lines = xi.apply_mapping(f, mapping)
    assert [(e.month, e.amount) for e in lines] == [
        ("2027-09", D("1200.50")),
        ("2027-10", D("99.9")),
    ]


@pytest.mark.parametrize(
    ("text", "style", "expected"),
    [
        ("$1,200.50", "us", D("1200.50")),
        ("1,200", "us", D("1200")),
        ("1.2", "us", D("1.2")),
        ("1.200,50", "us", D("1200.50")),  # both separators: the last one is the decimal
        ("1.200", "eu", D("1200")),
        ("12,5", "eu", D("12.5")),
        ("(75.00)", "us", D("-75.00")),
        ("-$5", "us", D("-5")),
        ("USD 300", "us", D("300")),
        ("€ 1 200,00", "eu", D("1200.00")),
        ("1,2,3", "us", None),
        ("12,34,5", "us", None),
        ("abc", "us", None),
        ("", "us", None),
    ],
)
def test_parse_amount(text: str, style: str, expected: Decimal | None) -> None:
    assert xi.parse_amount(text, style) == expected


def test_number_style_of_a_column() -> None:
    assert xi.number_style(["1.200,50", "3"]) == "eu"
    assert xi.number_style(["12,50"]) == "eu"
    assert xi.number_style(["1,200", "3.5", 7.25]) == "us"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2027-09", "2027-09"),
        ("2027/9", "2027-09"),
        ("09/2027", "2027-09"),
        ("2027-09-15", "2027-09"),
        ("Sep 2027", "2027-09"),
        ("September 2027", "2027-09"),
        ("Sept. '27", "2027-09"),
        ("2027 Oct", "2027-10"),
        ("9/15/2027", "2027-09"),
        ("15.09.2027", "2027-09"),
        ("13/10/2027", "2027-10"),
        (datetime(2027, 9, 30), "2027-09"),
        (46631, "2027-09"),  # Excel serial of 2027-09-01: 46631 days after 1899-12-30
        ("Sept", None),
        ("2027-13", None),
        (2027, None),
    ],
)
def test_parse_month(value: xi.CellValue, expected: str | None) -> None:
    assert xi.parse_month(value) == expected


# --------------------------------------------------------------------------- hostile files


def _zip_with(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def _parts_of_export() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(workbook_bytes(budget_plan()))) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


BOMB = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b"]>\n"
)


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/worksheets/sheet4.xml"])
def test_xml_bomb_is_refused(tmp_path: Path, part: str) -> None:
    parts = _parts_of_export()
    body = parts[part].split(b"?>", 1)[1] if parts[part].startswith(b"<?xml") else parts[part]
    parts[part] = BOMB + body.replace(b"Postcards", b"&lol9;")
    path = tmp_path / "bomb.xlsx"
    _zip_with(path, parts)
    refused(path, "entity definitions")


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "zipbomb.xlsx"
    parts = _parts_of_export()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        with zf.open("xl/worksheets/sheet9.xml", "w", force_zip64=True) as big:
            chunk = b"\0" * (1 << 20)
            for _ in range(xi.MAX_UNCOMPRESSED_BYTES // len(chunk) + 8):
                big.write(chunk)
    assert path.stat().st_size < 1_000_000  # small on disk, huge unpacked
    refused(path, "zip bomb")


def test_a_file_too_large_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as fh:
        fh.write(b"PK\x03\x04")
        fh.truncate(xi.MAX_FILE_BYTES + 1)
    refused(path, "too large")


def test_password_protected_workbook(tmp_path: Path) -> None:
    # An encrypted .xlsx is an OLE compound file holding an "EncryptedPackage" stream.
    path = tmp_path / "secret.xlsx"
    header = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504
    path.write_bytes(header + "EncryptedPackage".encode("utf-16-le") + b"\0" * 1000)
    refused(path, "protected with a password")


def test_old_xls_workbook(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 2000)
    refused(path, r"Excel 97-2003 \(\.xls\)")


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "a PNG image, not a spreadsheet"),
        (b"%PDF-1.7\n" + b"\0" * 100, "a PDF document"),
        (b"\xff\xd8\xff\xe0" + b"\0" * 100, "a JPEG image"),
        (b"", "is empty"),
        (b"\x01\x02\x00\x03\x00\x00\x07" * 50, "binary file"),
    ],
)
def test_wrong_kind_of_file(tmp_path: Path, data: bytes, match: str) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_bytes(data)
    refused(path, match)


def test_csv_named_xlsx_is_read_as_csv(tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_text(CSV_TEXT, encoding="utf-8")
    result = read_unchanged(path)
    assert result.foreign is not None
    assert "read as CSV" in result.foreign.warnings[0]
    assert xi.apply_mapping(result.foreign, result.foreign.guess)[0].amount == D("1200.50")


def test_xlsx_named_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "budget.csv"
    path.write_bytes(workbook_bytes(budget_plan()))
    assert read_unchanged(path).expenses == budget_plan().expenses


@pytest.mark.parametrize(
    ("parts", "match"),
    [
        ({"word/document.xml": b"<w/>"}, "not an Excel workbook"),
        ({"mimetype": b"application/vnd.oasis", "content.xml": b"<x/>"}, "OpenDocument"),
    ],
)
def test_zip_that_is_not_a_workbook(tmp_path: Path, parts: dict[str, bytes], match: str) -> None:
    path = tmp_path / "doc.xlsx"
    _zip_with(path, parts)
    refused(path, match)


def test_damaged_workbook(tmp_path: Path) -> None:
    data = workbook_bytes(budget_plan())
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    refused(path, "damaged")
    parts = _parts_of_export()
    parts["xl/worksheets/sheet4.xml"] = b"<worksheet><sheetData><row><c"  # broken XML
    _zip_with(path, parts)
    refused(path, "damaged")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    refused(tmp_path / "nope.xlsx", "does not exist")
    refused(tmp_path, "is a folder")


def test_csv_with_nul_bytes_or_bad_utf16(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(b"\xff\xfe" + b"A\x00,\x00" + b"\x00\xd8")  # a lone surrogate in UTF-16
    refused(path, "not valid UTF-16")
