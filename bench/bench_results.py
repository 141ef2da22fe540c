"""Benchmark: read a generated 1,000,000-row precinct results CSV.

Run: ``cd /work/main && PYTHONPATH=src /work/venv/bin/python bench/bench_results.py [ROWS]``

The file is written in a temporary folder in the OpenElections layout (CRLF, four vote-type
columns, a repeated "Absentee" pseudo-precinct in every county, registered-voter and
ballots-cast pseudo-contests, write-in / over / under rows, some decimal counts). The reading
happens in a child process so its peak resident memory (``ru_maxrss``) is the reader's alone.
The generator keeps its own sums of one contest, and the benchmark checks the reader agrees.
Targets (issue 5): under 10 s and under 300 MB.
"""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import machine

TARGET_SECONDS = 10.0
TARGET_MB = 300.0
CANDIDATES = ("Ada Lovelace", "Grace Hopper", "Alan Turing")
_HEADER = ("county", "precinct", "office", "district", "party", "candidate", "votes")
STATEWIDE = [f"Statewide Office {i}" for i in range(12)]


def _precinct_rows(county: str, precinct: str, rng: random.Random) -> list[list[str]]:
    rows: list[list[str]] = []
    registered = rng.randint(500, 5000)
    rows.append([county, precinct, "Registered Voters", "", "", "", str(registered)])
    rows.append([county, precinct, "Ballots Cast", "", "", "", str(registered // 2)])
    offices = [(o, "") for o in STATEWIDE] + [("State House", str(rng.randint(1, 180)))]
    for office, district in offices:
        for cand in (*CANDIDATES, "Write-in", "Over Votes", "Under Votes"):
            votes = rng.randint(0, 900)
            rows.append([county, precinct, office, district, "DEM", cand, str(votes)])
    return rows


def generate(path: Path, n_rows: int) -> dict[str, int]:
    """Write about ``n_rows`` rows; return the generator's own sums for Statewide Office 0."""
    rng = random.Random(2022)
    expected: dict[str, int] = {"registered": 0}
    written = 0
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow([*_HEADER, "election_day_votes", "absentee_by_mail", "advance", "provisional"])
        county_no = 0
        while written < n_rows:
            county_no += 1
            county = f"County {county_no}"
            for p in range(20):
                precinct = "Absentee" if p == 0 else f"Precinct {p}"
                for row in _precinct_rows(county, precinct, rng):
                    votes = int(row[6])
                    if row[2] == "Registered Voters":
                        expected["registered"] += votes
                    elif row[2] == STATEWIDE[0]:
                        expected[row[5]] = expected.get(row[5], 0) + votes
                    cell = f"{votes}.0" if rng.random() < 0.05 else str(votes)
                    out.writerow([*row[:6], cell, str(votes), "0", "0", "0"])
                    written += 1
    expected["rows"] = written
    return expected


_CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
from winbook.io.results import read_results
r = read_results(sys.argv[1])
elapsed = time.perf_counter() - t0
c = r.find("Statewide Office 0")
print(json.dumps({
    "seconds": elapsed,
    "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "rows": r.rows, "contests": len(r.contests), "precincts": r.precincts,
    "registered": r.registered_voters,
    "office0": {x.name: x.votes for x in c.candidates} if c else {},
    "office0_write_in": c.write_in_votes if c else None,
}))
"""


def main() -> int:
    n_rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench_results.csv"
        t0 = time.perf_counter()
        expected = generate(path, n_rows)
        print(
            f"generated {expected['rows']:,} rows, {path.stat().st_size / 2**20:.0f} MB "
            f"in {time.perf_counter() - t0:.1f} s"
        )
        child = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True
        )
    got = json.loads(child.stdout)
    print(
        f"read {got['rows']:,} rows, {got['contests']} contests, {got['precincts']:,} "
        f"precincts in {got['seconds']:.2f} s, peak RSS {got['maxrss_mb']:.0f} MB "
        f"(targets: < {TARGET_SECONDS:.0f} s, < {TARGET_MB:.0f} MB)"
    )
    agree = (
        got["registered"] == expected["registered"]
        and all(got["office0"].get(c) == expected[c] for c in CANDIDATES)
        and got["office0_write_in"] == expected["Write-in"]
    )
    print(f"figures agree with the generator's own sums: {agree}")
    ok = agree and got["seconds"] < TARGET_SECONDS and got["maxrss_mb"] < TARGET_MB
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
