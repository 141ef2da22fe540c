"""Reading precinct results files: the real Cherokee County file and one small file per quirk.

Every expected figure is computed by hand in a comment, or with sqlite3 / awk on the real file
(the command is quoted next to the assertion).
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
import tracemalloc
import types
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from tests.files import CHEROKEE, RESULTS_HEADER
from winbook.domain.model import CycleType, PastElection, Stage
from winbook.errors import InputFileError
from winbook.io import results as res
from winbook.io.results import (
    Cancelled,
    Contest,
    ResultsFile,
    csv_reader,
    history_row,
    read_results,
    workbook,
)


def write(tmp_path: Path, text: str, name: str = "r.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def votes_of(contest: Contest) -> dict[str, int]:
    return {c.name: c.votes for c in contest.candidates}


def only(results: ResultsFile) -> Contest:
    assert len(results.contests) == 1, [c.label for c in results.contests]
    return results.contests[0]


def digest(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


# --------------------------------------------------------------------------- real file


@pytest.fixture(scope="module")
def cherokee() -> ResultsFile:
    assert CHEROKEE.exists(), CHEROKEE
    return read_results(CHEROKEE)


def test_cherokee_contest_count_and_county(cherokee: ResultsFile) -> None:
    # sqlite3> .import FILE r
    #   select count(*) from (select distinct office, district from r);  -> 43
    #   select count(distinct precinct) from r;  -> 42
    assert len(cherokee.contests) == 43
    assert cherokee.precincts == 42
    assert cherokee.counties == ["Cherokee"]
    assert cherokee.rows == 2017  # wc -l = 2018 lines, one of them the header
    # The file has no Registered Voters / Ballots Cast rows (grep -ci regist FILE -> 0).
    assert cherokee.registered_voters is None
    assert cherokee.ballots_cast is None
    assert cherokee.warnings == []


def test_cherokee_governor(cherokee: ResultsFile) -> None:
    # sqlite3: select trim(candidate), sum(votes) from r where office='Governor' group by 1;
    #   Brian Kemp 89322, Stacey Abrams 29893, Shane Hazel 1159; sum(votes) -> 120374
    gov = cherokee.find("Governor")
    assert gov is not None
    assert [(c.name, c.party, c.votes) for c in gov.candidates] == [
        ("Brian Kemp", "Rep", 89322),  # "Brian Kemp " in the file: trailing space trimmed
        ("Stacey Abrams", "Dem", 29893),
        ("Shane Hazel", "Lib", 1159),
    ]
    assert gov.total_votes == 120374
    assert gov.counties == ["Cherokee"]
    assert gov.winners(1)[0].name == "Brian Kemp"
    assert gov.last_winner_votes(1) == 89322
    assert gov.first_loser_votes(1) == 29893


def test_cherokee_district_contests(cherokee: ResultsFile) -> None:
    # awk -F, 'NR>1 && $3=="U.S. House" && $4=="11" {s[$6]+=$7} END{for(k in s) print k, s[k]}'
    #   -> Barry Loudermilk 70182, Antonio Daza 26535
    house = cherokee.find("U.S. House", "11")
    assert house is not None
    assert votes_of(house) == {"Barry Loudermilk": 70182, "Antonio Daza": 26535}
    # same awk on State House 22 -> Jordan Ridley 8596, Stacee Lashone Hill 3661, total 12257
    sh22 = cherokee.find("State House", "22")
    assert sh22 is not None
    assert votes_of(sh22) == {"Jordan Ridley": 8596, "Stacee Lashone Hill": 3661}
    assert sh22.total_votes == 12257


def test_cherokee_quoted_nickname_and_multi_candidate(cherokee: ResultsFile) -> None:
    # The file writes "Jennifer """"Jen"""" Jordan": csv gives doubled quotes, shown once.
    # sqlite3: ... where office='Attorney General' -> Carr 85902, Jordan 31320, Cowen 2390
    ag = cherokee.find("Attorney General")
    assert ag is not None
    assert votes_of(ag) == {
        "Chris Carr": 85902,
        'Jennifer "Jen" Jordan': 31320,
        "Martin Cowen": 2390,
    }
    # sqlite3: ... where office like 'Holly Springs%Ward 2' -> Phillips 3757, Day 1357,
    #   Edwards 969. With 2 seats: last winner 1357, first loser 969; 3 seats: nobody lost.
    ward2 = cherokee.find("Holly Springs City Counciil Ward 2")
    assert ward2 is not None
    assert [c.name for c in ward2.winners(2)] == ["Debbie J. Phillips", "Derik Day"]
    assert ward2.last_winner_votes(2) == 1357
    assert ward2.first_loser_votes(2) == 969
    assert ward2.first_loser_votes(3) is None


def test_cherokee_filters() -> None:
    got = read_results(CHEROKEE, office="state house", district="2")
    # State House districts containing "2": 20, 21, 22, 23 (cut -d, -f3,4 FILE | sort -u)
    assert [c.district for c in got.contests] == ["20", "21", "22", "23"]
    assert read_results(CHEROKEE, county="fulton").contests == []


def test_cherokee_history_row(cherokee: ResultsFile) -> None:
    gov = cherokee.find("Governor")
    assert gov is not None
    row = history_row(gov, cherokee, 1, 2022, CycleType.MIDTERM)
    assert isinstance(row, PastElection)
    assert (row.year, row.cycle, row.stage, row.seats) == (
        2022,
        CycleType.MIDTERM,
        Stage.GENERAL,
        1,
    )
    assert (row.contest_votes, row.winner_votes, row.last_winner_votes) == (120374, 89322, 89322)
    assert row.first_loser_votes == 29893
    assert row.registered is None and row.ballots_cast is None
    assert "Governor" in row.note
    assert res.guess_year(CHEROKEE) == 2022
    assert res.guess_stage(CHEROKEE) is Stage.GENERAL


# --------------------------------------------------------------------------- totals


def test_precinct_total_rows_are_never_added_twice(tmp_path: Path) -> None:
    text = RESULTS_HEADER + (
        "A,P1,Mayor,,,Ann,10\n"
        "A,P2,Mayor,,,Ann,5\n"
        "A,P1,Mayor,,,Bob,7\n"
        "A,Total,Mayor,,,Ann,15\n"  # repeats A's precincts: dropped
        "A,County Totals,Mayor,,,Bob,7\n"
        # county B only publishes a total: it is used
        "B,TOTAL,Mayor,,,Ann,3\n"
        "B,Total,Mayor,,,Bob,4\n"
    )
    got = read_results(write(tmp_path, text))
    mayor = only(got)
    # Ann: 10 + 5 (A precincts) + 3 (B total) = 18; Bob: 7 + 4 = 11
    assert votes_of(mayor) == {"Ann": 18, "Bob": 11}
    assert mayor.counties == ["A", "B"]
    dropped = "Total rows were not counted for Mayor in A"
    assert any(dropped in w and "match" in w for w in got.warnings)


def test_total_rows_that_disagree_are_reported(tmp_path: Path) -> None:
    text = RESULTS_HEADER + "A,P1,Mayor,,,Ann,10\nA,Total,Mayor,,,Ann,12\n"
    got = read_results(write(tmp_path, text))
    assert votes_of(only(got)) == {"Ann": 10}
    assert any("do NOT match" in w for w in got.warnings)


def test_candidate_total_rows_and_statewide_total_county(tmp_path: Path) -> None:
    text = RESULTS_HEADER + (
        "A,P1,Mayor,,,Ann,10\n"
        "A,P1,Mayor,,,Bob,6\n"
        "A,P1,Mayor,,,Total Votes,16\n"  # the sum of the candidates: not a candidate
        "A,P1,Mayor,,,Total,16\n"
        "Total,,Mayor,,,Ann,10\n"  # a county named Total repeats the counties
    )
    got = read_results(write(tmp_path, text))
    mayor = only(got)
    assert votes_of(mayor) == {"Ann": 10, "Bob": 6}
    assert mayor.total_votes == 16
    assert any("2 rows with a candidate named like" in w for w in got.warnings)
    assert any("all-county total rows" in w for w in got.warnings)


# --------------------------------------------------------------------------- counts


def test_decimal_counts_and_non_integers(tmp_path: Path) -> None:
    text = RESULTS_HEADER + (
        "A,P1,Mayor,,,Ann,747.0\n"
        'A,P2,Mayor,,,Ann,"1,200"\n'
        "A,P1,Mayor,,,Bob,3.5\n"  # not a whole number: rounded to 4, with a warning
        "A,P2,Mayor,,,Bob,n/a\n"  # skipped, with a warning
        "A,P3,Mayor,,,Bob,-2\n"  # skipped, with a warning
    )
    got = read_results(write(tmp_path, text))
    assert votes_of(only(got)) == {"Ann": 1947, "Bob": 4}  # 747 + 1200; 4
    joined = " ".join(got.warnings)
    assert "1 row had a vote count that is not a whole number" in joined
    assert "3.5 counted as 4" in joined
    assert "no usable vote count" in joined and "'n/a'" in joined
    assert "negative vote count" in joined


def test_empty_votes_falls_back_to_vote_type_columns(tmp_path: Path) -> None:
    text = (
        "county,precinct,office,district,party,candidate,votes,Election_Day_Votes,absentee,"
        "notes\n"
        "A,P1,Mayor,,,Ann,,7,3,xx\n"  # 7 + 3 = 10
        "A,P2,Mayor,,,Ann,5,0,0,yy\n"  # vote types all zero: votes column wins
    )
    got = read_results(write(tmp_path, text))
    assert votes_of(only(got)) == {"Ann": 15}
    assert any("vote-type columns were added up" in w for w in got.warnings)


# --------------------------------------------------------------------------- pseudo rows


def test_pseudo_contests(tmp_path: Path) -> None:
    text = RESULTS_HEADER + (
        "A,P1,Registered Voters,,,,1000\n"
        "A,P2,Registered Voters,,,,500\n"
        "A,P1,Ballots Cast,,,,600\n"
        "A,P2,Ballots Cast,,,,300\n"
        "A,Total,Registered Voters,,,,1500\n"  # repeats: dropped
        "B,P1,,,,Registered Voters,200\n"  # empty office, the candidate cell says what
        "B,P1,,,,Ballots Cast,90\n"
        "A,P1,Straight Party,,DEM,Democratic,44\n"
        "A,P1,Mayor,,,Ann,400\n"
    )
    got = read_results(write(tmp_path, text))
    assert [c.office for c in got.contests] == ["Mayor"]
    assert got.registered_voters == 1700  # 1000 + 500 + 200
    assert got.ballots_cast == 990  # 600 + 300 + 90
    assert any("straight-party" in w for w in got.warnings)
    # a county filter keeps the pseudo-contests of that county only
    assert read_results(write(tmp_path, text), county="b").registered_voters == 200


def test_over_under_and_write_ins_kept_apart(tmp_path: Path) -> None:
    text = RESULTS_HEADER + (
        "A,P1,Council,,,Ann,50\n"
        "A,P1,Council,,,Bob,40\n"
        "A,P1,Council,,,Write-ins,3\n"
        "A,P2,Council,,,WRITE-IN,2\n"
        "A,P2,Council,,,Scattering,1\n"
        "A,P1,Council,,,OVER VOTES,4\n"
        "A,P2,Council,,,Overvotes,1\n"
        "A,P1,Council,,,UNDER VOTES,9\n"
        "A,P2,Council,,,Undervotes,1\n"
        "A,P1,Council,,,Ballots Cast,120\n"
    )
    council = only(read_results(write(tmp_path, text)))
    assert votes_of(council) == {"Ann": 50, "Bob": 40}
    assert council.write_in_votes == 6  # 3 + 2 + 1
    assert council.over_votes == 5  # 4 + 1
    assert council.under_votes == 10  # 9 + 1
    assert council.total_votes == 96  # 50 + 40 + 6
    assert council.contest_ballots == 120  # "Ballots Cast" inside the contest
    assert council.ballots_cast is None  # the file has no turnout rows of its own


# --------------------------------------------------------------------------- text quirks


def test_crlf_nul_quoted_commas_spaces_and_header_case(tmp_path: Path) -> None:
    text = (
        " County , PRECINCT,Office ,District,Party,Candidate,VOTES,extra\r\n"
        'A,P1,Mayor ,,DEM,"Doe, Jane ",10,zz\r\n'
        "A,P2,Mayor,,DEM,Doe,\x00 Jane,x\r\n"  # a NUL inside the quote-free cell
        'A,P2,  mayor,,DEM,"Doe,   Jane",5\x00,\r\n'
        "\r\n"
        "A,P3,Mayor,,REP,Roe   Rick  ,7,\r\n"
    )
    got = read_results(write(tmp_path, text))
    mayor = only(got)
    # "Doe, Jane" 10 + 5; the row 'Doe,\x00 Jane' has the name split over two cells: its
    # votes cell is "Jane" -> skipped with a warning. Roe Rick 7.
    assert votes_of(mayor) == {"Doe, Jane": 15, "Roe Rick": 7}
    assert mayor.office == "Mayor"
    joined = " ".join(got.warnings)
    assert "NUL" in joined
    assert "no usable vote count" in joined


def test_party_prefixes_and_fusion(tmp_path: Path) -> None:
    text = RESULTS_HEADER + (
        "A,P1,Mayor,,,(DEM) Jane Doe,10\n"
        "A,P2,Mayor,,DEM,DEM - Jane Doe,5\n"
        "A,P1,Mayor,,,John Roe (REP),7\n"
        "A,P2,Mayor,,WFP,Jane Doe,2\n"  # fusion line: same person, another party
        "A,P1,Mayor,,,Mary-Kate Smith-Jones,1\n"  # a hyphen is not a party prefix
    )
    mayor = only(read_results(write(tmp_path, text)))
    assert [(c.name, c.party, c.votes) for c in mayor.candidates] == [
        ("Jane Doe", "DEM/WFP", 17),  # 10 + 5 + 2
        ("John Roe", "REP", 7),
        ("Mary-Kate Smith-Jones", "", 1),
    ]


def test_race_across_counties_and_county_filter(tmp_path: Path) -> None:
    text = RESULTS_HEADER + (
        "Alpha,P1,State House,07,,Ann,10\n"
        "Beta,P1,State House,7,,Ann,20\n"  # "07" and "7" are the same district
        "Beta,P1,State House,7,,Bob,25\n"
        "Gamma,P1,State House,8,,Cy,3\n"
    )
    got = read_results(write(tmp_path, text))
    assert [c.label for c in got.contests] == ["State House 07", "State House 8"]
    hd7 = got.contests[0]
    assert hd7.counties == ["Alpha", "Beta"]
    assert votes_of(hd7) == {"Bob": 25, "Ann": 30}  # Ann 10 + 20
    assert hd7.winners(1)[0].name == "Ann"
    part = read_results(write(tmp_path, text), county="alpha")
    assert votes_of(only(part)) == {"Ann": 10}
    assert any("Beta" in w and "county filter left out" in w for w in part.warnings)


def test_pseudo_precincts_never_merge_across_counties(tmp_path: Path) -> None:
    text = RESULTS_HEADER + (
        "Alpha,Absentee,Mayor,,,Ann,4\n"
        "Alpha,One-Stop,Mayor,,,Ann,5\n"
        "Alpha,P1,Mayor,,,Ann,1\n"
        "Beta,Absentee,Mayor,,,Ann,6\n"
        "Beta,Provisional,Mayor,,,Ann,2\n"
        "Beta,ABSENTEE ,Mayor,,,Bob,3\n"
    )
    got = read_results(write(tmp_path, text))
    # Alpha: Absentee, One-Stop, P1; Beta: Absentee, Provisional -> 5 precincts
    assert got.precincts == 5
    assert votes_of(only(got)) == {"Ann": 18, "Bob": 3}  # 4 + 5 + 1 + 6 + 2


def test_minimal_columns_and_no_county(tmp_path: Path) -> None:
    text = "candidate,votes,office\nAnn,3,Mayor\nBob,4,Mayor\n"
    got = read_results(write(tmp_path, text))
    assert votes_of(only(got)) == {"Bob": 4, "Ann": 3}
    assert only(got).counties == []


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "latin-1", "utf-16-le"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = RESULTS_HEADER + "Doña Ana,P1,Mayor,,,José Peña,12\nDoña Ana,P2,Mayor,,,Zoë,3\n"
    got = read_results(write(tmp_path, text, encoding=encoding))
    mayor = only(got)
    assert votes_of(mayor) == {"José Peña": 12, "Zoë": 3}
    assert mayor.counties == ["Doña Ana"]


def test_windows_1252_and_bytes_it_does_not_define(tmp_path: Path) -> None:
    path = tmp_path / "w.csv"
    path.write_bytes((RESULTS_HEADER + "A,P1,Mayor,,,\u201cBig\u201d Al,4\n").encode("cp1252"))
    got = read_results(path)
    assert votes_of(only(got)) == {"\u201cBig\u201d Al": 4}  # curly quotes, bytes 0x93 0x94
    assert "read as Windows-1252" in got.warnings[0]
    path.write_bytes(RESULTS_HEADER.encode() + b"A,P1,Mayor,,,Pe\xf1a \x81,4\n")  # 0x81: not cp1252
    got = read_results(path)
    assert votes_of(only(got)) == {"Pe\u00f1a \x81": 4}
    assert "read as Latin-1" in got.warnings[0]


def test_latin1_after_a_long_utf8_looking_start(tmp_path: Path) -> None:
    rows = "".join(f"A,P{i},Mayor,,,Ann,1\n" for i in range(5000))  # ~100 KB of ASCII
    data = (RESULTS_HEADER + rows).encode() + "A,P1,Mayor,,,Peña,2\n".encode("latin-1")
    path = tmp_path / "late.csv"
    path.write_bytes(data)
    got = read_results(path)
    assert votes_of(only(got)) == {"Ann": 5000, "Peña": 2}
    assert any("read as Latin-1" in w for w in got.warnings)


# --------------------------------------------------------------------------- xlsx


def make_xlsx(path: Path, rows: list[list[object]], extra_sheet: bool = False) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    if extra_sheet:
        ws.title = "Notes"
        ws.append(["nothing to see"])
        ws = wb.create_sheet("Results")
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_xlsx_read(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "r.xlsx",
        [
            ["Votes", "Candidate", "OFFICE", "District", "County", "Precinct", "Early"],
            [747.0, "Ann ", "State House", 11.0, "A", "P1", 1],
            [3, "Bob", "State House", 11, "A", "P1", 0],
            [None, None, None, None, None, None, None],
            [2.5, "Bob", "State House", "11", "A", "P2", 0],
        ],
        extra_sheet=True,
    )
    before = digest(path)
    got = read_results(path)
    house = only(got)
    assert (house.office, house.district) == ("State House", "11")
    assert votes_of(house) == {"Ann": 747, "Bob": 6}  # 3 + 2.5 rounded to 3
    assert any("not a whole number" in w for w in got.warnings)
    assert any("Only the sheet 'Results' was read" in w for w in got.warnings)
    assert digest(path) == before


def test_xlsx_missing_votes_column(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "r.xlsx", [["county", "office", "candidate"], ["A", "M", "Ann"]])
    with pytest.raises(InputFileError, match="has no votes column"):
        read_results(path)


def test_openpyxl_uses_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True


# --------------------------------------------------------------------------- hostile files


def test_missing_votes_column_is_one_sentence(tmp_path: Path) -> None:
    path = write(tmp_path, "county,precinct,office,candidate,total\nA,P1,M,Ann,3\n")
    with pytest.raises(InputFileError) as err:
        read_results(path)
    message = str(err.value)
    assert "has no votes column" in message and "\n" not in message
    assert "columns found: county, precinct, office, candidate, total" in message


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "an image"),
        (b"%PDF-1.7\n" + bytes(range(256)), "a PDF document"),
        (bytes(range(256)) * 40, "is not a text"),
        (b"", "is empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "password-protected"),
        (b"PK\x03\x04garbage that is not a real zip", "damaged or incomplete"),
        (b"hello world\nthis is not a table\n", "has no office or candidate or votes column"),
        (b'county,office\n"A,unterminated', "has no candidate or votes column"),
    ],
)
def test_not_a_results_file(tmp_path: Path, data: bytes, needle: str) -> None:
    path = tmp_path / "results.csv"
    path.write_bytes(data)
    with pytest.raises(InputFileError, match=needle) as err:
        read_results(path)
    assert "\n" not in str(err.value)
    assert path.read_bytes() == data


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="does not exist"):
        read_results(tmp_path / "nope.csv")
    with pytest.raises(InputFileError, match="is a folder"):
        read_results(tmp_path)


def test_endless_line_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_reader, "CSV_MAX_LINE_CHARS", 1000)
    path = write(tmp_path, RESULTS_HEADER + "A,P1,Mayor,,,Ann," + "9" * 5000 + "\n")
    with pytest.raises(InputFileError, match="longer than 1,000 characters near line 2"):
        read_results(path)


def test_wrong_extensions_are_read_by_content(tmp_path: Path) -> None:
    csv_named_xlsx = write(tmp_path, RESULTS_HEADER + "A,P1,Mayor,,,Ann,3\n", name="r.xlsx")
    got = read_results(csv_named_xlsx)
    assert votes_of(only(got)) == {"Ann": 3}
    assert "named .xlsx but is CSV text" in got.warnings[0]
    xlsx_named_csv = make_xlsx(
        tmp_path / "w.csv", [["office", "candidate", "votes"], ["Mayor", "Bob", 4]]
    )
    got = read_results(xlsx_named_csv)
    assert votes_of(only(got)) == {"Bob": 4}
    assert "named .csv but is an XLSX workbook" in got.warnings[0]


def test_ods_or_plain_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("content.xml", "<x/>")
    with pytest.raises(InputFileError, match="OpenDocument spreadsheet, not an XLSX"):
        read_results(path)


@contextlib.contextmanager
def no_workbook_reader() -> Iterator[None]:
    """Fail if the workbook reader is reached: the checks must refuse the file before it."""

    class Refuse:
        @staticmethod
        def from_path(path: str) -> None:
            raise AssertionError(f"the workbook reader opened {path}")

    real = sys.modules.get("python_calamine")
    stub = types.ModuleType("python_calamine")
    stub.CalamineWorkbook = Refuse  # type: ignore[attr-defined]
    stub.PasswordError = type("PasswordError", (Exception,), {})  # type: ignore[attr-defined]
    sys.modules["python_calamine"] = stub
    try:
        yield
    finally:
        if real is None:
            del sys.modules["python_calamine"]
        else:
            sys.modules["python_calamine"] = real


def test_zip_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "bomb.xlsx", [["office", "candidate", "votes"]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/media/padding.bin", b"\x00" * (12 * 1024 * 1024))  # ~12 KB deflated
    before = digest(path)
    with no_workbook_reader(), pytest.raises(InputFileError, match="looks like a zip bomb"):
        read_results(path)
    assert digest(path) == before


def test_huge_xlsx_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_xlsx(tmp_path / "big.xlsx", [["office", "candidate", "votes"], ["M", "A", 1]])
    monkeypatch.setattr(workbook, "XLSX_MAX_UNCOMPRESSED_BYTES", 1000)
    with pytest.raises(InputFileError, match="save it as CSV"):
        read_results(path)
    monkeypatch.setattr(workbook, "XLSX_MAX_FILE_BYTES", 100)
    with pytest.raises(InputFileError, match="more than Winbook reads as XLSX"):
        read_results(path)


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>\n"
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    "</sheetData></worksheet>"
)


def test_xml_bomb_is_refused(tmp_path: Path) -> None:
    good = make_xlsx(tmp_path / "good.xlsx", [["office", "candidate", "votes"], ["M", "A", 1]])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = BILLION_LAUGHS.encode()
            dst.writestr(info, data)
    before = digest(bomb)
    with no_workbook_reader(), pytest.raises(InputFileError, match="XML entity definitions"):
        read_results(bomb)
    assert digest(bomb) == before


def test_malformed_sheet_xml_is_one_sentence(tmp_path: Path) -> None:
    good = make_xlsx(tmp_path / "good.xlsx", [["office", "candidate", "votes"], ["M", "A", 1]])
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = b'<worksheet><sheetData><row><c t="s"><v>99</v></c></ro'
            dst.writestr(info, data)
    with pytest.raises(InputFileError, match="is not a readable XLSX workbook") as err:
        read_results(broken)
    assert str(err.value).startswith("broken.xlsx ") and "\n" not in str(err.value)


# --------------------------------------------------------------------------- progress


def test_progress_and_cancel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_reader, "CHECK_EVERY_ROWS", 10)
    rows = "".join(f"A,P{i},Mayor,,,Ann,1\n" for i in range(100))
    path = write(tmp_path, RESULTS_HEADER + rows)
    size = path.stat().st_size
    seen: list[tuple[int, int]] = []
    got = read_results(path, progress=lambda done, total: seen.append((done, total)))
    assert votes_of(only(got)) == {"Ann": 100}
    assert seen[-1] == (size, size)
    assert len(seen) >= 2 and all(t == size and 0 <= d <= size for d, t in seen)
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(Cancelled, match="cancelled"):
        read_results(path, cancel=cancel)
    assert len(calls) == 3


def test_memory_stays_bounded(tmp_path: Path) -> None:
    # 60,000 rows (~2.4 MB). Holding them as lists of strings would take > 20 MB.
    path = tmp_path / "big.csv"
    with path.open("w") as fh:
        fh.write(RESULTS_HEADER)
        for i in range(60_000):
            fh.write(f"C{i % 50},P{i % 997},Office {i % 20},,DEM,Cand {i % 3},{i % 100}\n")
    tracemalloc.start()
    try:
        got = read_results(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert got.rows == 60_000
    assert len(got.contests) == 20
    # Office 0 gets rows i = 0, 20, 40, ...: votes i % 100 over 3,000 rows = 600 cycles of
    # (0 + 20 + 40 + 60 + 80) = 600 * 200 = 120,000 in all.
    office0 = got.find("Office 0")
    assert office0 is not None and office0.total_votes == 120_000
    # Cand 0 gets i = 0, 60, 120, ...: i % 100 cycles 0, 60, 20, 80, 40 (sum 200) 200 times
    assert votes_of(office0)["Cand 0"] == 40_000
    assert {c.party for c in office0.candidates} == {"DEM"}
    assert peak < 8 * 1024 * 1024


# --------------------------------------------------------------------------- contest API


def test_contest_winner_api() -> None:
    contest = Contest(
        office="Council",
        district="",
        candidates=[
            res.CandidateResult("A", "", 50),
            res.CandidateResult("B", "", 40),
            res.CandidateResult("C", "", 30),
        ],
        write_in_votes=5,
    )
    assert contest.total_votes == 125
    assert [c.name for c in contest.winners(2)] == ["A", "B"]
    assert (contest.last_winner_votes(2), contest.first_loser_votes(2)) == (40, 30)
    assert contest.first_loser_votes(3) is None
    assert contest.last_winner_votes(0) is None


def test_history_row_multi_seat(tmp_path: Path) -> None:
    text = RESULTS_HEADER + (
        "A,P1,Registered Voters,,,,900\n"
        "A,P1,Ballots Cast,,,,400\n"
        "A,P1,School Board,,,Ann,300\n"
        "A,P1,School Board,,,Bob,250\n"
        "A,P1,School Board,,,Cy,100\n"
        "A,P1,School Board,,,Write-in,10\n"
    )
    path = write(tmp_path, text, name="20191105__xx__general__a__precinct.csv")
    got = read_results(path)
    row = history_row(only(got), got, 2, 2019, CycleType.MUNICIPAL)
    assert (row.registered, row.ballots_cast) == (900, 400)
    assert row.contest_votes == 660  # 300 + 250 + 100 + 10
    assert (row.winner_votes, row.last_winner_votes, row.first_loser_votes) == (300, 250, 100)
    assert row.seats == 2
    assert res.guess_year(path) == 2019


def test_xlsx_progress_and_cancel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook, "XLSX_CHECK_EVERY_ROWS", 100)
    rows: list[list[object]] = [["office", "candidate", "votes"]]
    rows += [["Mayor", f"C{i % 2}", 1] for i in range(1000)]
    path = make_xlsx(tmp_path / "p.xlsx", rows)
    size = path.stat().st_size
    seen: list[int] = []
    got = read_results(path, progress=lambda done, _total: seen.append(done))
    assert votes_of(only(got)) == {"C0": 500, "C1": 500}
    assert len(seen) == 12  # at the start, every 100 of 1,000 rows, then the end
    assert seen[0] == 0
    assert seen == sorted(seen) and seen[-1] == size
    with pytest.raises(Cancelled):
        read_results(path, cancel=lambda: True)


@pytest.mark.parametrize(
    ("bad_rows", "sentence"),
    [
        (1, "1 row had no usable vote count and was skipped (first at line 3: 'abc')."),
        (2, "2 rows had no usable vote count and were skipped (first at line 3: 'abc')."),
    ],
)
def test_warnings_agree_in_number(tmp_path: Path, bad_rows: int, sentence: str) -> None:
    # line 1 is the header, line 2 a good row, lines 3.. the bad ones
    text = RESULTS_HEADER + "A,P1,Mayor,,D,Ann,10\n" + "A,P1,Mayor,,R,Bob,abc\n" * bad_rows
    assert read_results(write(tmp_path, text)).warnings == [sentence]
