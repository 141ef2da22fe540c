"""Benchmark: read a generated 200,000-row precinct results workbook (.xlsx).

Run: ``PYTHONPATH=src python bench/bench_results_xlsx.py [ROWS]`` from the repository root.

The workbook has the rows of ``bench_results.py`` (registered-voter and ballots-cast rows, a
repeated "Absentee" pseudo-precinct, write-in / over / under rows, some decimal counts) written
by openpyxl. Two child processes read it, so each peak resident memory (``ru_maxrss``) is its
own: a bare python-calamine pass that adds up the votes column, and ``read_results``. The
script prints both times, their ratio and the peak memory, and checks that the reader's sums
agree with the generator's. Targets (issue 9): within 2 x the bare pass, under 200 MB.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import machine
from bench_results import CANDIDATES, STATEWIDE, _precinct_rows

TARGET_RATIO = 2.0
TARGET_MB = 200.0
HEADER = ["county", "precinct", "office", "district", "party", "candidate", "votes",
          "election_day_votes"]  # fmt: skip


def generate(path: Path, n_rows: int) -> dict[str, int]:
    """Write about ``n_rows`` rows; return the generator's own sums for Statewide Office 0."""
    import openpyxl

    rng = random.Random(2022)
    expected: dict[str, int] = {"registered": 0}
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Results")
    ws.append(HEADER)
    written = county_no = 0
    while written < n_rows:
        county_no += 1
        for p in range(20):
            precinct = "Absentee" if p == 0 else f"Precinct {p}"
            for row in _precinct_rows(f"County {county_no}", precinct, rng):
                votes = int(row[6])
                if row[2] == "Registered Voters":
                    expected["registered"] += votes
                elif row[2] == STATEWIDE[0]:
                    expected[row[5]] = expected.get(row[5], 0) + votes
                ws.append([*row[:6], float(votes) if rng.random() < 0.05 else votes, votes])
                written += 1
    wb.save(path)
    expected["rows"] = written
    return expected


_BARE = """
import json, resource, sys, time
t0 = time.perf_counter()
from python_calamine import CalamineWorkbook
wb = CalamineWorkbook.from_path(sys.argv[1])
sheet = wb.get_sheet_by_index(0)
total = rows = 0
for row in sheet.iter_rows():
    rows += 1
    if isinstance(row[6], (int, float)):
        total += int(row[6])
wb.close()
print(json.dumps({"seconds": time.perf_counter() - t0, "rows": rows, "votes": total,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_WINBOOK = """
import json, resource, sys, time
t0 = time.perf_counter()
from winbook.io.results import read_results
r = read_results(sys.argv[1])
elapsed = time.perf_counter() - t0
c = r.find("Statewide Office 0")
print(json.dumps({
    "seconds": elapsed, "rows": r.rows, "contests": len(r.contests),
    "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "registered": r.registered_voters,
    "office0": {x.name: x.votes for x in c.candidates} if c else {},
    "office0_write_in": c.write_in_votes if c else None,
}))
"""


def _child(code: str, path: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    data: dict[str, object] = json.loads(out.stdout)
    return data


def _best_of(code: str, path: Path, runs: int) -> dict[str, object]:
    results = [_child(code, path) for _ in range(runs)]
    return min(results, key=lambda r: float(str(r["seconds"])))


def main() -> int:
    n_rows = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    runs = 3
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench_results.xlsx"
        t0 = time.perf_counter()
        expected = generate(path, n_rows)
        print(
            f"generated {expected['rows']:,} rows, {path.stat().st_size / 2**20:.1f} MB xlsx "
            f"in {time.perf_counter() - t0:.1f} s; best of {runs} runs each"
        )
        bare = _best_of(_BARE, path, runs)
        got = _best_of(_WINBOOK, path, runs)
    ratio = float(str(got["seconds"])) / float(str(bare["seconds"]))
    peak = float(str(got["maxrss_mb"]))
    print(
        f"bare python-calamine pass: {bare['seconds']:.2f} s, peak RSS {bare['maxrss_mb']:.0f} MB"
    )
    print(
        f"read_results: {got['seconds']:.2f} s, peak RSS {peak:.0f} MB, {got['contests']} "
        f"contests from {got['rows']:,} rows"
    )
    print(f"ratio: {ratio:.2f} x the bare pass (target <= {TARGET_RATIO:.0f} x, "
          f"< {TARGET_MB:.0f} MB)")  # fmt: skip
    office0 = got["office0"]
    assert isinstance(office0, dict)
    agree = (
        got["registered"] == expected["registered"]
        and all(office0.get(c) == expected[c] for c in CANDIDATES)
        and got["office0_write_in"] == expected["Write-in"]
    )
    print(f"figures agree with the generator's own sums: {agree}")
    ok = agree and ratio <= TARGET_RATIO and peak < TARGET_MB
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
