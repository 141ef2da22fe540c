"""`winbook targeting RESULTS… --office …`: JSON, CSV, doors from a plan, one-line errors.

Expected figures come from awk on the real files in tests/data (command in each comment).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from tests.files import CHEROKEE, NC_SERIES, sha256
from winbook.cli import main

CH = sorted(str(p) for p in NC_SERIES.glob("*__chapel_hill_mayor.csv"))
CH_2023 = str(NC_SERIES / "20231107__nc__general__precinct__chapel_hill_mayor.csv")
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "school-board.json"
OFFICE = ["--office", "town of chapel hill mayor"]


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main(["targeting", *argv, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_json_shape_and_figures(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, *CH, *OFFICE, "--support", "Pam Hemminger", "--doors", "5000")
    keys = {"county", "precinct", "geographic", "years", "ballots_cast", "registered_voters",
            "contest_votes", "support_pct", "turnout_index", "tier", "doors"}  # fmt: skip
    assert all(keys <= set(p) for p in data["precincts"])
    # cat *chapel_hill_mayor.csv | tr -d '\000' | awk -F, '$1!="county" {s+=$NF}'  -> 61379
    assert data["totals"]["contest_votes"] == 61379
    assert data["totals"]["non_geographic_votes"] == 21470  # see tests/domain/test_targeting.py
    assert sum(p["doors"] for p in data["precincts"]) == 5000
    p27 = next(p for p in data["precincts"] if (p["county"], p["precinct"]) == ("DURHAM", "27"))
    # per year: tr -d '\000' < $f | awk -F, '$1=="DURHAM" && ($2=="27" || $2 ~ /^27_/) {s+=$NF}'
    #   2011 332, 2015 290, 2017 224, 2019 263, 2021 313, 2023 434, 2025 252 -> 2108
    assert p27["contest_votes"] == 2108
    assert p27["years"] == [2011, 2015, 2017, 2019, 2021, 2023, 2025]
    assert p27["ballots_cast"] is None and p27["turnout_index"] is None
    assert p27["geographic"] and p27["tier"] == "base"


def test_csv_for_field_tools(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "doors.csv"
    assert main(["targeting", CH_2023, *OFFICE, "--support", "Jess Anderson", "--doors",
                 "1000", "--csv", str(out)]) == 0  # fmt: skip
    capsys.readouterr()
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [
        "county", "precinct", "tier", "support_pct", "turnout_index", "doors", "note"
    ]  # fmt: skip
    # 2023 has 18 precincts on the map: tr -d '\000' < 2023… | awk -F, 'NR>1 && $2 !~
    #   /ABS|PROV|TRANSFER|^OS / {print $1"|"$2}' | sort -u | wc -l
    assert len(rows) == 18
    assert sum(int(r["doors"]) for r in rows) == 1000
    da = next(r for r in rows if r["precinct"] == "DA")
    # awk … '$1=="ORANGE" && $2=="DA" {s+=$NF; if ($6=="Jess Anderson") a+=$NF}' -> 682, 505
    assert da["support_pct"] == f"{100 * 505 / 682:.1f}"
    assert [int(r["doors"]) for r in rows] == sorted((int(r["doors"]) for r in rows), reverse=True)


def test_doors_come_from_the_plan(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, CH_2023, *OFFICE, "--plan", str(SAMPLE))
    # the sample's path: 5,002 contacts split 10 / 55 / 15 / 20 % = 500.2 / 2,751.1 / 750.3 /
    # 1,000.4, whole numbers adding up to 5,002 (the one left over to the largest remainder,
    # .4): 500 / 2,751 / 750 / 1,001; doors = dense 500 + suburban 2,751 = 3,251
    assert data["totals"]["door_contacts"] == 3251
    assert sum(p["doors"] for p in data["precincts"]) == 3251


def test_a_party_line(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, str(CHEROKEE), "--office", "U.S. Senate", "--support", "Dem")
    air = next(p for p in data["precincts"] if p["precinct"] == "Air Acres")
    # awk -F, '$3=="U.S. Senate" && $2=="Air Acres"' -> Warnock (Dem) 701 of 1896
    assert (air["contest_votes"], air["support_pct"]) == (1896, round(100 * 701 / 1896, 1))


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        ([CH_2023, *OFFICE, "--support", "Jane Nobody"],
         "Jane Nobody never ran for TOWN OF CHAPEL HILL MAYOR in these files"),
        ([CH_2023, "--office", "governor"], "has no contest 'governor'"),
        ([CH_2023, str(CHEROKEE), "--office", "mayor"], "come from different states"),
        ([CH_2023, str(NC_SERIES / "20231107__nc__general__precinct__wilmington_mayor.csv"),
          "--office", "mayor"], "the files are from different places"),
        ([CH_2023, *OFFICE, "--plan", str(SAMPLE), "--doors", "5"], "Give --plan or --doors"),
        ([CH_2023, *OFFICE, "--base", "30"], "must be between 0% and the base threshold"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line(
    argv: list[str], says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "doors.csv"
    out.write_text("old\n")
    before = sha256(out)
    assert main(["targeting", *argv, "--csv", str(out)]) == 2
    captured = capsys.readouterr()
    assert says in captured.err and captured.err.count("\n") == 1 and captured.out == ""
    assert sha256(out) == before  # nothing half written


def test_the_text_shows_the_column_it_sorts_by_and_why_a_row_has_no_doors(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["targeting", *CH, *OFFICE, "--doors", "1000"]) == 0
    out = capsys.readouterr().out
    rows = {
        " ".join(line.split()[:2]): line
        for line in out.splitlines()
        if line[:6] in ("ORANGE", "DURHAM")
    }
    # tr -d '\000' < f | awk -F, '$1=="ORANGE" && $2=="CF1" {s+=$NF}' for each year:
    #   2021 757, 2023 690, 2025 434: (757 + 690 + 434) / 3 = 627 votes per election
    assert rows["ORANGE CF1"].split()[2] == "627"
    assert "votes/el." in out.splitlines()[out.splitlines().index("") + 1]
    # CF is in 2011-2019 only: no 2025 row, so no doors, and the row says why
    assert rows["ORANGE CF"].endswith(
        " 0  not in the 2025 results (merged, split or renamed?), so no doors"
    )
    data = run_json(capsys, *CH, *OFFICE, "--doors", "1000")
    cf = next(p for p in data["precincts"] if p["precinct"] == "CF")
    assert (cf["doors"], cf["note"]) == (
        0,
        "not in the 2025 results (merged, split or renamed?), so no doors",
    )
