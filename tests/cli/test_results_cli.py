"""`winbook results FILE ...`: JSON shape, table, exit codes and one-line errors.

Expected figures come from sqlite3 on the real Cherokee file (command in each comment) or are
added up by hand from the small files written here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.files import CHEROKEE, RESULTS_HEADER
from winbook.cli import main

SRC = Path(__file__).resolve().parents[2] / "src"


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main(["results", *argv, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_json_for_a_cherokee_contest(capsys: pytest.CaptureFixture[str]) -> None:
    # sqlite3> select trim(candidate), party, sum(votes) from r
    #          where office='U.S. House' and district='11' group by 1 order by 3 desc;
    #   Barry Loudermilk|Rep|70182, Antonio Daza|Dem|26535  (total 96717)
    data = run_json(capsys, str(CHEROKEE), "--office", "u.s. HOUSE", "--district", "11",
                    "--seats", "1")  # fmt: skip
    assert set(data) == {"contests", "registered_voters", "ballots_cast", "warnings"}
    assert data["registered_voters"] is None and data["ballots_cast"] is None
    assert data["warnings"] == []
    assert data["contests"] == [
        {
            "office": "U.S. House",
            "district": "11",
            "counties": ["Cherokee"],
            "candidates": [
                {"name": "Barry Loudermilk", "party": "Rep", "votes": 70182},
                {"name": "Antonio Daza", "party": "Dem", "votes": 26535},
            ],
            "total_votes": 96717,
            "write_in_votes": 0,
            "over_votes": 0,
            "under_votes": 0,
            "seats": 1,
            "vote_for": None,  # the file has no vote_for column
            "ballots_cast": None,  # nor Ballots Cast / Registered Voters rows
            "registered_voters": None,
            "contest_ballots": None,
            "roll_off_pct": None,
            "winners": ["Barry Loudermilk"],
            "last_winner_votes": 70182,
            "first_loser_votes": 26535,
        }
    ]


def test_json_without_seats_has_no_winner_keys(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, str(CHEROKEE), "--office", "governor")
    # the exact office name wins: Lieutenant Governor contains the word but is not it
    assert [c["office"] for c in data["contests"]] == ["Governor"]
    assert "winners" not in data["contests"][0]
    assert data["contests"][0]["seats"] is None
    # sqlite3: select sum(votes) from r where office='Governor'; -> 120374
    assert data["contests"][0]["total_votes"] == 120374


def test_json_nobody_lost_is_null(capsys: pytest.CaptureFixture[str]) -> None:
    # sqlite3: State House 14 has one candidate: Mitchell Scoggins 4487
    data = run_json(capsys, str(CHEROKEE), "--office", "state house", "--district", "14",
                    "--seats", "1")  # fmt: skip
    (contest,) = data["contests"]
    assert contest["winners"] == ["Mitchell Scoggins"]
    assert contest["last_winner_votes"] == 4487
    assert contest["first_loser_votes"] is None


def test_json_quirky_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "quirky.csv"
    path.write_bytes(
        (
            RESULTS_HEADER + "A,P1,Registered Voters,,,,1000\r\n"
            "B,P1,Registered Voters,,,,500\r\n"
            "A,P1,Ballots Cast,,,,700\r\n"
            "B,P1,Ballots Cast,,,,300\r\n"
            "A,P1,School Board,,,(DEM) Ann,300.0\r\n"
            "B,P1,School Board,,,Ann,100\r\n"
            'A,P1,School Board,,,"Bee, Bo",250\r\n'
            "B,P1,School Board,,,Cy ,260\r\n"
            "A,P1,School Board,,,Write-in,9\r\n"
            "A,P1,School Board,,,Over Votes,2\r\n"
            "A,P1,School Board,,,Under Votes,40\r\n"
            "A,Total,School Board,,,Ann,300\r\n"
        ).encode()
    )
    data = run_json(capsys, str(path), "--seats", "2")
    assert data["registered_voters"] == 1500  # 1000 + 500
    assert data["ballots_cast"] == 1000  # 700 + 300
    (board,) = data["contests"]
    # Ann 300 + 100 = 400 (the Total row is dropped), Cy 260, Bee, Bo 250
    assert board["candidates"] == [
        {"name": "Ann", "party": "DEM", "votes": 400},
        {"name": "Cy", "party": "", "votes": 260},
        {"name": "Bee, Bo", "party": "", "votes": 250},
    ]
    assert board["counties"] == ["A", "B"]
    assert board["total_votes"] == 919  # 400 + 260 + 250 + 9 write-ins
    assert (board["write_in_votes"], board["over_votes"], board["under_votes"]) == (9, 2, 40)
    assert board["winners"] == ["Ann", "Cy"]
    assert (board["last_winner_votes"], board["first_loser_votes"]) == (260, 250)
    assert any("Total rows were not counted for School Board in A" in w for w in data["warnings"])
    data = run_json(capsys, str(path), "--county", "b", "--seats", "1")
    assert data["registered_voters"] == 500
    assert data["contests"][0]["candidates"][0] == {"name": "Cy", "party": "", "votes": 260}
    assert any("county filter left out" in w for w in data["warnings"])


def test_table_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["results", str(CHEROKEE), "--office", "attorney", "--seats", "1"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Attorney General [Cherokee]"
    assert lines[1].split() == ["*", "Chris", "Carr", "Rep", "85,902", "71.8%"]  # 85902/119612
    assert 'Jennifer "Jen" Jordan' in out
    assert "Total votes" in out and "119,612" in out  # 85902 + 31320 + 2390
    assert "last winner 85,902, first loser 31,320" in out
    assert "Registered voters: not in the file" in out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["results", "/nonexistent/x.csv"], "does not exist"),
        (["results", str(CHEROKEE), "--seats", "0"], "--seats must be 1 or more"),
        (["results", str(CHEROKEE), "--seats", "two"], "invalid int value"),
    ],
)
def test_errors_are_one_line_exit_2(
    argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("winbook: ")
    assert needle in captured.err


def test_not_a_results_file_in_a_subprocess(tmp_path: Path) -> None:
    path = tmp_path / "budget.csv"
    path.write_text("item,amount\nstamps,20\n")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.run(
        [sys.executable, "-m", "winbook", "results", str(path), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.startswith("winbook: budget.csv has no office or candidate or votes")
    assert proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr


# --------------------------------------------------------------------------- manners (issue 14)


def run_cli(*argv: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [sys.executable, "-m", "winbook", *argv],
        capture_output=True, text=True, env=env, timeout=60, check=False, **kwargs,
    )  # fmt: skip


def test_a_plan_is_not_a_results_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from winbook.store.files import write_samples

    plan = write_samples(tmp_path).written[0]
    before = plan.read_bytes()
    assert main(["results", str(plan)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"winbook: {plan.name} is a Winbook plan, not a results file: import a precinct "
        "results CSV or XLSX file (open the plan itself with 'winbook PLAN').\n"
    )
    assert plan.read_bytes() == before


def test_a_filter_that_matches_nothing_exits_1_with_the_closest_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["results", str(CHEROKEE), "--office", "govenor"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "winbook: No contest matches --office 'govenor'; the closest are: Governor; "
        "Lieutenant Governor.\n"
    )
    assert main(["results", str(CHEROKEE), "--office", "governor", "--exact", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["office"] for c in data["contests"]] == ["Governor"]
    assert main(["results", str(CHEROKEE), "--office", "gov", "--exact", "--json"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["contests"] == []  # still one JSON object for scripts
    assert "No contest matches --office 'gov'" in captured.err


def test_district_written_in_the_office_name(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, str(CHEROKEE), "--office", "county commissioner", "--district", "4")
    # cut -d, -f3 FILE | sort -u: "County Commissioner Dist 4" (district column empty)
    assert [c["office"] for c in data["contests"]] == ["County Commissioner Dist 4"]


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    # 3,000 contests make about 1.5 MB of JSON, far more than a pipe holds (64 kB), so the
    # writer is still printing when the reader closes the pipe, as under '... --json | head -1'.
    path = tmp_path / "many.csv"
    path.write_text(RESULTS_HEADER + "".join(f"A,P1,Office {i},,,Ann,{i}\n" for i in range(3000)))
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "winbook", "results", str(path), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().strip() == b"{"
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141  # as a program ended by SIGPIPE
    assert err == b""


def test_results_help_says_what_it_does() -> None:
    proc = run_cli("results", "--help")
    assert proc.returncode == 0
    out = proc.stdout
    assert "Read a precinct results file (CSV or XLSX" in out
    for option in ("file", "--office", "--district", "--county", "--exact", "--seats", "--json"):
        assert option in out
    assert "examples:" in out and "winbook results results.xlsx --office" in out
