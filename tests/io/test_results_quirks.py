"""Results files read right (issue 9): pseudo-contests, party text, vote_for, each contest's
own turnout and roll-off, history rows, one warning per problem, workbooks read by calamine.

Figures on the real files in tests/data are computed again here with the csv module; figures on
the small files written here are added up by hand in the comments.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.files import CHEROKEE, NC_SERIES, RESULTS_HEADER
from winbook.domain.model import CycleType
from winbook.errors import InputFileError
from winbook.io.results import Contest, ResultsFile, history_row, read_results, results_json

VF_HEADER = "county,precinct,office,district,party,candidate,votes,vote_for\n"


def write(tmp_path: Path, text: str, name: str = "r.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def only(results: ResultsFile) -> Contest:
    assert len(results.contests) == 1, [c.label for c in results.contests]
    return results.contests[0]


# --------------------------------------------------------------------------- pseudo-contests


def test_blank_ballots_are_not_races(tmp_path: Path) -> None:
    text = RESULTS_HEADER + (
        "A,P1,Ballots Cast - Blank,,,,12\n"
        "A,P2,Ballots Cast Blank,,,,3\n"
        "A,P1,,,,Ballots Cast - Blank,4\n"  # empty office, the candidate cell says it
        "A,P1,Mayor,,,Ann,40\n"
        "A,P1,Mayor,,,Ballots Cast Blank,2\n"  # inside a contest: not a candidate either
    )
    got = read_results(write(tmp_path, text))
    assert [c.office for c in got.contests] == ["Mayor"]
    assert [(c.name, c.votes) for c in got.contests[0].candidates] == [("Ann", 40)]
    assert got.contests[0].total_votes == 40
    assert any("'Ballots Cast Blank' inside a contest was kept apart" in w for w in got.warnings)
    blank = [w for w in got.warnings if "blank ballots" in w]
    assert blank == [
        "3 rows of blank ballots ('Ballots Cast - Blank') are not a contest and were not "
        "counted (first at line 2)."
    ]


def test_party_text_inside_the_candidate_field(tmp_path: Path) -> None:
    text = RESULTS_HEADER + (
        "A,P1,Sheriff,,,IND Ronnie McDonald,10\n"
        "A,P2,Sheriff,,,IND Ronnie McDonald,5\n"
        "A,P1,Sheriff,,Independent,IND Ronnie McDonald,1\n"  # the file's party stays
        "A,P1,Sheriff,,,DEM Jane Doe,7\n"
        "A,P1,Sheriff,,,Al Green,3\n"  # "Al" is a first name, not a party
        "A,P1,Sheriff,,,ABC Smith,2\n"  # not a party code: the name stays whole
    )
    sheriff = only(read_results(write(tmp_path, text)))
    assert [(c.name, c.party, c.votes) for c in sheriff.candidates] == [
        ("Ronnie McDonald", "IND/Independent", 16),  # 10 + 5 + 1
        ("Jane Doe", "DEM", 7),
        ("Al Green", "", 3),
        ("ABC Smith", "", 2),
    ]


# --------------------------------------------------------------------------- vote_for


def test_vote_for_gives_the_seats(tmp_path: Path) -> None:
    text = VF_HEADER + (
        "A,P1,School Director,,,Ann,50,3\n"
        "A,P1,School Director,,,Bob,40,3\n"
        "A,P1,School Director,,,Cy,30,3\n"
        "A,P1,School Director,,,Di,20,3\n"
        "A,P1,Mayor,,,Ed,9,1\n"
        "A,P1,Mayor,,,Flo,8,1\n"
    )
    got = read_results(write(tmp_path, text))
    board = got.find("School Director")
    assert board is not None and board.vote_for == 3
    data = results_json(got, None)
    by_office = {c["office"]: c for c in data["contests"]}
    assert by_office["School Director"]["seats"] == 3
    assert by_office["School Director"]["winners"] == ["Ann", "Bob", "Cy"]
    assert by_office["School Director"]["first_loser_votes"] == 20
    assert by_office["Mayor"]["seats"] == 1
    assert data["warnings"] == []
    # --seats 1 agrees with the Mayor but not with the School Director: one sentence, named
    warned = results_json(got, 1)["warnings"]
    assert warned == [
        "--seats 1 differs from the file's vote_for column for School Director (vote for 3): "
        "the file's number was used."
    ]
    assert results_json(got, 1)["contests"][0]["seats"] == 3


def test_offices_that_elect_more_than_vote_for_are_named(tmp_path: Path) -> None:
    # Pennsylvania: voters vote for one inspector of elections; the runner-up becomes the
    # minority inspector, so two are elected. Winbook says so and does not guess.
    text = VF_HEADER + (
        "A,P1,Inspector of Elections,,,Ann,50,1\n"
        "A,P1,Inspector of Elections,,,Bob,40,1\n"
        "A,P1,Judge of Elections,,,Cy,30,1\n"
    )
    got = read_results(write(tmp_path, text))
    inspector = got.find("Inspector of Elections")
    assert inspector is not None and inspector.elects_more
    assert inspector.seats_for(None) is None  # no guess
    assert inspector.seats_for(2) == 2  # the user's number is used
    assert got.warnings == [
        "Inspector of Elections elects more people than the file's vote-for number (a minority "
        "seat), so the seats are not taken from the file: give them yourself."
    ]
    judge = got.find("Judge of Elections")
    assert judge is not None and judge.seats_for(None) == 1


# --------------------------------------------------------------------------- own turnout

# Two counties; "Absentee" is a pseudo-precinct in both (keyed on county, never merged). The
# school board covers only A/P1, A/Absentee and B/P1; the mayor covers every place.
TURNOUT = RESULTS_HEADER + (
    "A,P1,Registered Voters,,,,1000\n"
    "A,P2,Registered Voters,,,,800\n"
    "A,Absentee,Registered Voters,,,,0\n"
    "B,P1,Registered Voters,,,,600\n"
    "B,Absentee,Registered Voters,,,,0\n"
    "A,P1,Ballots Cast,,,,500\n"
    "A,P2,Ballots Cast,,,,300\n"
    "A,Absentee,Ballots Cast,,,,40\n"
    "B,P1,Ballots Cast,,,,200\n"
    "B,Absentee,Ballots Cast,,,,60\n"
    "A,Total,Ballots Cast,,,,840\n"  # repeats A's precincts: not counted
    "A,P1,School Board,,,Ann,300\n"
    "A,P1,School Board,,,Bob,280\n"
    "A,Absentee,School Board,,,Ann,30\n"
    "B,P1,School Board,,,Bob,150\n"
    "B,P1,School Board,,,Cy,90\n"
    "A,P1,School Board,,,Write-in,10\n"
    "A,P1,Mayor,,,Di,400\n"
    "A,P2,Mayor,,,Di,250\n"
    "A,Absentee,Mayor,,,Di,35\n"
    "B,P1,Mayor,,,Di,150\n"
    "B,Absentee,Mayor,,,Di,50\n"
)


def test_each_contest_has_its_own_turnout(tmp_path: Path) -> None:
    got = read_results(write(tmp_path, TURNOUT))
    assert (got.registered_voters, got.ballots_cast) == (2400, 1100)  # file-wide
    board = got.find("School Board")
    assert board is not None
    # own places A/P1, A/Absentee, B/P1: registered 1000 + 0 + 600, ballots 500 + 40 + 200
    assert (board.registered_voters, board.ballots_cast) == (1600, 740)
    # votes 300 + 280 + 30 + 150 + 90 + 10 = 860; vote for 2: 860 / 2 = 430 ballots voted;
    # roll-off 100 * (1 - 430 / 740) = 41.89... -> 41.9
    assert board.total_votes == 860
    assert board.roll_off_pct(2) == 41.9
    assert board.roll_off_pct(None) is None  # neither contest ballots nor seats
    mayor = got.find("Mayor")
    assert mayor is not None
    assert (mayor.registered_voters, mayor.ballots_cast) == (2400, 1100)
    # 885 votes for one seat over 1,100 ballots: 100 * (1 - 885 / 1100) = 19.54... -> 19.5
    assert mayor.roll_off_pct(1) == 19.5


def test_results_json_carries_the_contest_figures(tmp_path: Path) -> None:
    got = read_results(write(tmp_path, TURNOUT), office="school board")
    (board,) = results_json(got, 2)["contests"]
    assert (board["ballots_cast"], board["registered_voters"]) == (740, 1600)
    assert board["roll_off_pct"] == 41.9
    assert board["seats"] == 2 and board["vote_for"] is None


def test_history_row_uses_the_contest_figures(tmp_path: Path) -> None:
    got = read_results(write(tmp_path, TURNOUT))
    board = got.find("School Board")
    assert board is not None
    row = history_row(board, got, 2, 2019, CycleType.MUNICIPAL)
    assert (row.registered, row.ballots_cast) == (1600, 740)  # not the file's 2400 / 1100
    assert row.roll_off_pct == 41.9
    assert row.contest_votes == 860
    # Ann 330, Bob 430, Cy 90: winners Bob and Ann, first loser Cy
    assert (row.winner_votes, row.last_winner_votes, row.first_loser_votes) == (430, 330, 90)
    assert (row.seats, row.candidates) == (2, 3)


def test_contest_ballots_come_first_for_roll_off(tmp_path: Path) -> None:
    text = RESULTS_HEADER + (
        "A,P1,Ballots Cast,,,,400\n"
        "A,P1,Council,,,Ann,300\n"
        "A,P1,Council,,,Bob,250\n"
        "A,P1,Council,,,Ballots Cast,320\n"  # ballots with a vote in this contest
    )
    got = read_results(write(tmp_path, text))
    council = only(got)
    assert (council.contest_ballots, council.ballots_cast) == (320, 400)
    # 100 * (1 - 320 / 400) = 20.0, whatever the seats
    assert council.roll_off_pct(1) == council.roll_off_pct(3) == 20.0
    row = history_row(council, got, 2, 2021, CycleType.MUNICIPAL)
    assert (row.contest_ballots, row.roll_off_pct) == (320, 20.0)


def test_missing_turnout_for_some_precincts_is_blank_and_said_once(tmp_path: Path) -> None:
    text = (
        RESULTS_HEADER
        + "A,P1,Ballots Cast,,,,100\n"
        + "".join(f"A,P{p},Office {i},,,Ann,5\n" for i in range(44) for p in (1, 2))
    )  # 44 contests in P1 and P2; only P1 has a ballots figure
    got = read_results(write(tmp_path, text))
    assert len(got.contests) == 44
    assert all(c.ballots_cast is None for c in got.contests)
    partial = [w for w in got.warnings if "missing for some precincts" in w]
    assert partial == [
        "Ballots cast or registered voters are missing for some precincts of Office 0, "
        "Office 1, Office 2, Office 3, Office 4 and 39 more, so those figures are left blank "
        "for these contests."
    ]


def test_one_warning_per_problem_never_an_empty_name(tmp_path: Path) -> None:
    rows = "".join(
        f"A,P1,Office {i},,,Ann,{i + 1}\nA,Total,Office {i},,,Ann,{i + 1}\n" for i in range(44)
    )
    text = (
        RESULTS_HEADER
        + rows
        + (
            "A,P1,Registered Voters,,,,90\n"
            "Total,,Registered Voters,,,,90\n"  # an all-county total of the file's turnout rows
        )
    )
    got = read_results(write(tmp_path, text))
    assert len(got.contests) == 44
    assert len(got.warnings) == 2, got.warnings
    totals, all_county = got.warnings
    assert totals.startswith("Total rows were not counted for Office 0 in A, Office 1 in A")
    assert "and 39 more" in totals and "they match the precinct sums" in totals
    assert all_county == (
        "The all-county total rows of Registered voters and ballots cast repeat the county "
        "figures and were not counted."
    )
    assert not any(w.startswith((":", " ")) or "  " in w for w in got.warnings)


# --------------------------------------------------------------------------- real files


def _csv_sums(path: Path, office: str | None = None) -> dict[str, int]:
    """Votes by candidate name, added up with the csv module (the second method)."""
    sums: dict[str, int] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if office is None or row["office"] == office:
                name = " ".join(row["candidate"].split())
                sums[name] = sums.get(name, 0) + int(float(row["votes"]))
    return sums


_WRITE_IN_LINE = re.compile(r"write-in", re.IGNORECASE)


def _named(sums: dict[str, int]) -> list[tuple[str, int]]:
    """Candidates on the ballot, highest first: no write-in lines, no zero-vote withdrawals."""
    named = [
        (name, votes)
        for name, votes in sums.items()
        if not _WRITE_IN_LINE.search(name) and not ("withdrawn" in name.lower() and votes == 0)
    ]
    return sorted(named, key=lambda nv: -nv[1])


NC_FILES = sorted(NC_SERIES.glob("*.csv"))


@pytest.mark.parametrize(
    "path", NC_FILES, ids=[p.stem.split("__")[-1] + p.stem[:4] for p in NC_FILES]
)
def test_nc_history_rows_against_the_csv_module(path: Path) -> None:
    got = read_results(path)
    contest = only(got)
    seats = 4 if "chccs" in path.name else 1  # any N will do: both methods use the same
    row = history_row(contest, got, seats, int(path.name[:4]), CycleType.MUNICIPAL)
    sums = _csv_sums(path)
    named = _named(sums)
    assert row.candidates == len(named)
    assert row.contest_votes == sum(sums.values())  # write-ins count as votes
    assert row.winner_votes == named[0][1]
    assert row.last_winner_votes == named[min(seats, len(named)) - 1][1]
    first_loser = named[seats][1] if len(named) > seats else None
    assert row.first_loser_votes == first_loser  # a write-in line is never the first loser
    # the files have no Ballots Cast / Registered Voters rows: nothing is made up
    assert (row.ballots_cast, row.registered, row.roll_off_pct) == (None, None, None)


def test_withdrawn_and_write_ins_in_the_2011_school_board() -> None:
    path = NC_SERIES / "20111108__nc__general__precinct__chccs_board.csv"
    contest = only(read_results(path))
    # awk -F, 'NR>1 {s[$6]+=$7} END {for (k in s) print s[k], k}' FILE | sort -rn:
    #   7 named candidates with votes, "Write-in (miscellaneous)" 156, and
    #   "Brian D. Bower - Withdrawn 10/19/2011" 0
    assert contest.write_in_votes == 156
    assert contest.named_candidates == 7
    bower = [c for c in contest.candidates if c.name.startswith("Brian D. Bower")]
    assert len(bower) == 1 and bower[0].withdrawn and bower[0].votes == 0


def test_wilmington_2023_write_ins_never_lose_to_the_only_candidate() -> None:
    path = NC_SERIES / "20231107__nc__general__precinct__wilmington_mayor.csv"
    got = read_results(path)
    row = history_row(only(got), got, 1, 2023, CycleType.MUNICIPAL)
    sums = _csv_sums(path)
    assert row.candidates == 1  # Bill Saffo; every other line is a write-in
    assert row.winner_votes == sums["Bill Saffo"]
    assert row.first_loser_votes is None


def test_cherokee_districts_written_in_the_office_name() -> None:
    got = read_results(CHEROKEE, district="1")
    # cut -d, -f3,4 FILE | sort -u: district column "1" nowhere; "Dist 1", "Post 1", "Ward 1"
    # in office names
    assert sorted(c.label for c in got.contests) == [
        "Ball Ground City Council Post 1",
        "County Commissioner Dist 1",
        "Holly Springs City Counciil Ward 1",
    ]
    commissioner = read_results(CHEROKEE, office="county commissioner", district="1")
    (contest,) = commissioner.contests
    sums = _csv_sums(CHEROKEE, "County Commissioner Dist 1")
    assert {c.name: c.votes for c in contest.candidates} == sums


@pytest.mark.parametrize(
    ("office", "exact", "expected"),
    [
        ("governor", False, ["Governor"]),
        ("GOVERNOR ", False, ["Governor"]),
        ("lieutenant governor", False, ["Lieutenant Governor"]),
        ("house", False, ["State House", "U.S. House"]),  # whole word, no exact name
        ("gov", False, ["Governor", "Lieutenant Governor"]),  # part of a word, nothing better
        ("gov", True, []),
        ("Governor", True, ["Governor"]),
    ],
)
def test_office_matching(office: str, exact: bool, expected: list[str]) -> None:
    got = read_results(CHEROKEE, office=office, exact=exact)
    assert sorted({c.office for c in got.contests}) == expected


def test_office_words_at_the_start_come_before_words_inside(tmp_path: Path) -> None:
    text = RESULTS_HEADER + (
        "A,P1,Governor (Vote For 1),,,Ann,5\n"
        "A,P1,Lieutenant Governor (Vote For 1),,,Bob,4\n"
        "A,P1,Board of Governors,,,Cy,3\n"
    )
    path = write(tmp_path, text)
    assert [c.office for c in read_results(path, office="governor").contests] == [
        "Governor (Vote For 1)"
    ]
    assert [c.office for c in read_results(path, office="governors").contests] == [
        "Board of Governors"
    ]
    assert read_results(path, office="governor", exact=True).contests == []


def test_no_match_names_the_closest_offices() -> None:
    got = read_results(CHEROKEE, office="govenor")
    assert got.contests == []
    assert got.closest[:2] == ["Governor", "Lieutenant Governor"]
    got = read_results(CHEROKEE, office="state house", district="99")
    assert got.contests == [] and got.closest[0].startswith("State House ")


# --------------------------------------------------------------------------- workbooks


def test_workbook_with_vote_for_and_turnout_read_by_calamine(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["County", "Precinct", "Office", "District", "Party", "Candidate", "Votes",
               "Vote For"])  # fmt: skip
    ws.append(["A", "P1", "Registered Voters", None, None, None, 900])
    ws.append(["A", "P1", "Ballots Cast", None, None, None, 400])
    ws.append(["A", "P1", "Council", None, None, "IND Ann Lee", 300, 2])
    ws.append(["A", "P1", "Council", None, None, "Bob", 250, 2])
    ws.append(["A", "P1", "Council", None, None, "Cy", 100.0, 2])
    ws.append(["A", "P1", "Ballots Cast - Blank", None, None, None, 7])
    path = tmp_path / "results.xlsx"
    wb.save(path)
    code = (
        "import sys; from winbook.io.results import read_results as r\n"
        f"c = r({str(path)!r}).contests[0]\n"
        "print(c.vote_for, c.candidates[0].party, c.ballots_cast, c.roll_off_pct(2))\n"
        "print('openpyxl' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.split("\n")  # fmt: skip
    # 650 votes for 2 seats = 325 ballots of 400: 100 * (1 - 325 / 400) = 18.75 -> 18.8
    assert out[0] == "2 IND 400 18.8"
    assert out[1] == "False"  # openpyxl is not what reads results workbooks any more


def test_random_bytes_named_xlsx_get_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 64)
    with pytest.raises(InputFileError, match="damaged or incomplete ZIP/XLSX") as err:
        read_results(path)
    assert "\n" not in str(err.value)


def test_county_total_turnout_goes_to_contests_that_cover_the_county(tmp_path: Path) -> None:
    text = RESULTS_HEADER + (
        "A,Total,Ballots Cast,,,,900\n"  # the county's turnout, as a total row only
        "B,Total,Ballots Cast,,,,50\n"
        "A,P1,Mayor,,,Ann,300\n"
        "A,P2,Mayor,,,Bob,200\n"
        "B,P1,Mayor,,,Bob,40\n"
        "A,P1,School Board,,,Cy,100\n"  # only A/P1: its share of A's 900 is not known
    )
    got = read_results(write(tmp_path, text))
    mayor, board = got.find("Mayor"), got.find("School Board")
    assert mayor is not None and board is not None
    assert mayor.ballots_cast == 950  # 900 + 50: the mayor covers every place of A and B
    # 540 votes, one seat, 950 ballots: 100 * (1 - 540 / 950) = 43.157... -> 43.2
    assert mayor.roll_off_pct(1) == 43.2
    assert board.ballots_cast is None
    assert any("missing for some precincts of School Board," in w for w in got.warnings)


def test_a_panic_of_the_rust_reader_is_a_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pyo3 turns a Rust panic into PanicException, a BaseException that "except Exception"
    # does not catch. A stand-in reader raises one.
    import types

    class PanicException(BaseException):
        pass

    class Reader:
        @staticmethod
        def from_path(path: str) -> None:
            raise PanicException("index out of bounds")

    stub = types.ModuleType("python_calamine")
    stub.CalamineWorkbook = Reader  # type: ignore[attr-defined]
    stub.PasswordError = type("PasswordError", (Exception,), {})  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "python_calamine", stub)
    wb = openpyxl.Workbook()
    path = tmp_path / "r.xlsx"
    wb.save(path)
    with pytest.raises(InputFileError) as err:
        read_results(path)
    assert str(err.value) == (
        "r.xlsx is not a readable XLSX workbook (index out of bounds); open it in a "
        "spreadsheet program and save it again as .xlsx or .csv."
    )
    assert "Exception" not in str(err.value)


def test_workbook_line_numbers_when_the_table_does_not_start_at_a1(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["C3"], ws["D3"], ws["E3"] = "office", "candidate", "votes"  # two empty rows above
    ws["C4"], ws["D4"], ws["E4"] = "Mayor", "Ann", "7"
    ws["C5"], ws["D5"], ws["E5"] = "Mayor", "Bob", "x"  # Excel row 5
    path = tmp_path / "offset.xlsx"
    wb.save(path)
    got = read_results(path)
    assert [(c.name, c.votes) for c in only(got).candidates] == [("Ann", 7)]
    assert got.warnings == [
        "1 row had no usable vote count and was skipped (first at line 5: 'x')."
    ]


def test_more_places_than_remembered_leaves_turnout_blank(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from winbook.io.results import tally

    monkeypatch.setattr(tally, "MAX_PLACES", 2)
    text = RESULTS_HEADER + "".join(
        f"A,P{p},Ballots Cast,,,,100\nA,P{p},Mayor,,,Ann,60\n" for p in range(3)
    )
    got = read_results(write(tmp_path, text))
    mayor = only(got)
    assert mayor.total_votes == 180  # every vote still counts
    assert mayor.ballots_cast is None  # 200 of 300 would be wrong: blank, and said
    assert any("missing for some precincts of Mayor" in w for w in got.warnings)
