"""`read_results(..., precincts=True)`: a contest's sums per (county, precinct)."""

from __future__ import annotations

from pathlib import Path

from tests.files import CHEROKEE, RESULTS_HEADER
from winbook.io.results import read_results


def test_places_keyed_on_county_and_precinct(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        RESULTS_HEADER
        + "Alpha,Absentee,Mayor,,,Ann,4\nAlpha,P1,Mayor,,,Ann,1\nAlpha,P1,Mayor,,,Bob,2\n"
        "Alpha,P1,Mayor,,,Write-in,1\nAlpha,P1,Mayor,,,Over Votes,9\n"
        "Beta,ABSENTEE ,Mayor,,,Bob,3\nBeta,Total,Mayor,,,Bob,3\n"
        "Alpha,P1,Registered Voters,,,,50\nAlpha,P1,Ballots Cast,,,,5\n",
        encoding="utf-8",
    )
    (mayor,) = read_results(path, precincts=True).contests
    got = {(p.county, p.precinct): (p.votes, p.write_in_votes) for p in mayor.places}
    assert got == {
        ("Alpha", "Absentee"): ({"Ann": 4}, 0),
        ("Alpha", "P1"): ({"Ann": 1, "Bob": 2}, 1),  # over votes are not votes
        ("Beta", "ABSENTEE"): ({"Bob": 3}, 0),  # the Total row is not a place
    }
    p1 = next(p for p in mayor.places if p.precinct == "P1")
    assert (p1.registered_voters, p1.ballots_cast, p1.total_votes) == (50, 5, 4)
    assert read_results(path).contests[0].places == []  # only when asked


def test_cherokee_places_add_up_to_the_contest() -> None:
    (senate,) = read_results(CHEROKEE, office="U.S. Senate", exact=True, precincts=True).contests
    # awk -F, '$3=="U.S. Senate" {print $2}' 20221108__ga__…csv | sort -u | wc -l  -> 42
    assert len(senate.places) == 42
    # awk -F, '$3=="U.S. Senate" {s+=$7} END {print s}'  -> 119631
    assert sum(p.total_votes for p in senate.places) == senate.total_votes == 119631
    # awk -F, '$3=="U.S. Senate" && $2=="Arnold Mill" && $5=="Rep" {print $7}'  -> 2249
    arnold = next(p for p in senate.places if p.precinct == "Arnold Mill")
    assert arnold.votes["Herschel Walker"] == 2249
