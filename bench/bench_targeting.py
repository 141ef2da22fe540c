"""Benchmark: precinct targeting over a generated 1,000,000-row results CSV (issue 15).

Run: ``PYTHONPATH=src python bench/bench_targeting.py [ROWS]`` (from the repository root)

The file is `bench_results.py`'s (OpenElections layout, CRLF, vote-type columns, an "Absentee"
pseudo-precinct in every county, registration and ballots-cast rows, write-ins, decimals).
Three child processes each, best of 3: a bare ``csv.reader`` pass that only adds up the votes
column; `read_results` alone; and the whole of targeting (`winbook targeting`'s work: the file
read per precinct for one contest, every precinct's support, turnout index, tier and doors).
Target: targeting within 2 x the bare pass. The generator's own sums are checked.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import machine
from bench_results import CANDIDATES, STATEWIDE, generate

TARGET_RATIO = 2.0
RUNS = 3

_BARE = """
import csv, json, resource, sys, time
t0 = time.perf_counter()
total = 0
with open(sys.argv[1], newline="", encoding="utf-8") as fh:
    rows = csv.reader(fh)
    next(rows)
    for row in rows:
        total += int(float(row[6]))
print(json.dumps({"seconds": time.perf_counter() - t0, "total": total,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_READ = """
import json, resource, sys, time
t0 = time.perf_counter()
from winbook.io.results import read_results
r = read_results(sys.argv[1])
print(json.dumps({"seconds": time.perf_counter() - t0, "contests": len(r.contests),
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_TARGETING = """
import json, resource, sys, time
t0 = time.perf_counter()
from winbook.domain.model import TargetingSettings
from winbook.domain.targeting import compute_targeting
from winbook.io.targeting.read import read_elections
s = TargetingSettings(office=sys.argv[2], references=[sys.argv[3]])
s.elections = read_elections([sys.argv[1]], s.office)
r = compute_targeting(s, 100_000)
votes = {}
for p in s.elections[0].places:
    for name, n in p.votes.items():
        votes[name] = votes.get(name, 0) + n
print(json.dumps({
    "seconds": time.perf_counter() - t0,
    "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "precincts": len(r.precincts), "on_map": sum(1 for p in r.precincts if p.geographic),
    "doors": sum(p.doors for p in r.precincts), "votes": votes,
    "write_in": sum(p.write_in_votes for p in s.elections[0].places),
}))
"""


def best(code: str, *args: str) -> dict[str, Any]:
    runs = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
        )
        runs.append(json.loads(out.stdout))
    return min(runs, key=lambda r: r["seconds"])


def main() -> int:
    n_rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "20221108__xx__general__precinct.csv"
        t0 = time.perf_counter()
        expected = generate(path, n_rows)
        size = path.stat().st_size / 2**20
        print(
            f"generated {expected['rows']:,} rows, {size:.0f} MB in "
            f"{time.perf_counter() - t0:.1f} s; best of {RUNS} runs each"
        )
        bare = best(_BARE, str(path))
        read = best(_READ, str(path))
        target = best(_TARGETING, str(path), STATEWIDE[0], CANDIDATES[0])
    print(f"bare csv pass: {bare['seconds']:.2f} s, peak RSS {bare['maxrss_mb']:.0f} MB")
    print(
        f"read_results alone: {read['seconds']:.2f} s, peak RSS {read['maxrss_mb']:.0f} MB "
        f"({read['seconds'] / bare['seconds']:.2f} x)"
    )
    ratio = target["seconds"] / bare["seconds"]
    print(
        f"targeting ({STATEWIDE[0]}, support {CANDIDATES[0]}, 100,000 doors): "
        f"{target['seconds']:.2f} s, peak RSS {target['maxrss_mb']:.0f} MB, "
        f"{target['precincts']:,} places ({target['on_map']:,} on the map)"
    )
    print(f"ratio: {ratio:.2f} x the bare pass (target <= {TARGET_RATIO:g} x)")
    agree = (
        all(target["votes"].get(c) == expected[c] for c in CANDIDATES)
        and target["write_in"] == expected["Write-in"]
        and target["doors"] == 100_000
    )
    print(f"figures agree with the generator's own sums, doors add up: {agree}")
    ok = agree and ratio <= TARGET_RATIO
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
