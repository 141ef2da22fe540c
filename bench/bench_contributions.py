"""Benchmark: import a generated 100,000-gift ActBlue export against a bare csv pass.

Run: ``PYTHONPATH=src python bench/bench_contributions.py [GIFTS]`` from the repository root.

The export has all 27 of ActBlue's columns (tests/exports.py lists them), 20,000 donors (one
in ten without a donor id, counted by name and ZIP), accented names, one gift in 50 refunded
and one in 40 repeated (an overlapping export). The generator keeps its own sum of the gifts
that count, and the benchmark checks the import agrees.

- bare: ``csv.reader`` over the file summing the Amount column as Decimal (the least any
  importer does);
- import: what "Import contributions…" and ``winbook contributions`` do before writing the
  plan: read every row (money, dates, donor keys, committee check), find the candidate's
  gifts, and fold the gifts into the plan's contributions (digests, de-duplication, totals).

Target (issue 16): the import within 2 × the bare pass. The two are timed in turns, 7 pairs
after a warm-up pair, and the ratio printed is the median of the 7 pairs' ratios (on a shared
machine a busy spell slows both calls of a pair; medians taken apart swung from 3.5 × to 6 ×
between runs of the same code). The parts are medians of 5 runs after a warm-up.

Also printed, as the floor under any pure-Python import: ``csv.reader`` alone (the rows read,
nothing done with them) and one keyed receipt digest per gift (`Digester.receipt`, what the
plan keeps so that a second import counts each gift once), each as a ratio to the bare pass.
"""

from __future__ import annotations

import csv
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from _common import machine, paired_ms

from winbook.domain.contributions import (
    Digester,
    candidate_matches,
    candidate_names,
    merge,
    new_salt,
)
from winbook.domain.model import Candidate, Contributions
from winbook.io.contributions import read_exports

COLUMNS = (
    "Receipt ID", "Date", "Amount", "Recurring Total Months", "Recurrence Number", "Recipient",
    "Fundraising Page", "Reference Code", "Donor First Name", "Donor Last Name", "Donor Addr1",
    "Donor City", "Donor State", "Donor ZIP", "Donor Country", "Donor Occupation",
    "Donor Employer", "Donor Email", "Donor Phone", "Donor ID", "Lineitem ID", "Payment Date",
    "Refund ID", "Refund Date", "Fee", "Card Type", "Mobile",
)  # fmt: skip
TARGET_RATIO = 2.0
PAIRS = 7
FIRST = ("Ana", "José", "Chloé", "Nguyễn", "Ben", "Siobhán", "Maya", "Zoë", "Łukasz", "Ama")
LAST = ("Núñez", "García", "Dubois", "Trần", "Li", "O'Brien", "Okafor", "Müller", "Nowak")


def generate(path: Path, gifts: int) -> Decimal:
    """Write the export; return the generator's own sum of the gifts that count."""
    rng = random.Random(16)
    counted = Decimal(0)
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow(COLUMNS)
        for i in range(gifts):
            donor = rng.randrange(20_000)
            amount = Decimal(rng.choice((5, 10, 25, 27, 50, 100, 250, 500))) + Decimal("0.00")
            refunded = i % 50 == 0
            counted += 0 if refunded else amount
            row = {
                "Receipt ID": f"AB{1_000_000 + i}",
                "Date": f"2026-{1 + i % 10:02d}-{1 + i % 28:02d} {i % 24:02d}:15:00",
                "Amount": str(amount),
                "Recipient": "Okafor for Riverbend Schools",
                "Donor First Name": FIRST[donor % len(FIRST)],
                "Donor Last Name": f"{LAST[donor % len(LAST)]}{donor}",
                "Donor Addr1": f"{donor} Main St",
                "Donor City": "Riverbend",
                "Donor State": "CA",
                "Donor ZIP": f"9{donor % 10000:04d}",
                "Donor Email": f"d{donor}@example.org",
                "Donor ID": "" if donor % 10 == 0 else f"D{donor}",
                "Refund Date": "2026-11-01" if refunded else "",
                "Fee": f"{amount * Decimal('0.0395'):.2f}",
            }
            out.writerow([row.get(c, "") for c in COLUMNS])
            if i % 40 == 0:  # the overlap of two exports: the same receipt again
                out.writerow([row.get(c, "") for c in COLUMNS])
    return counted


def bare(path: Path) -> Decimal:
    total = Decimal(0)
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        col = next(reader).index("Amount")
        for row in reader:
            total += Decimal(row[col])
    return total


def rows_only(path: Path) -> int:
    with path.open(newline="", encoding="utf-8") as fh:
        return sum(1 for _ in csv.reader(fh))


def full_import(path: Path) -> Contributions:
    exports = read_exports([path])
    names = candidate_names(Candidate(full_name="Maya Okafor"))
    mine = [m.donor_key for m in candidate_matches(exports.gifts, names)]
    return merge(Contributions(), exports.gifts, mine, platform=exports.platform)[0]


def _median_s(action: object, runs: int = 5) -> float:
    assert callable(action)
    action()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    gifts = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "actblue-export.csv"
        expected = generate(path, gifts)
        size_mb = path.stat().st_size / 1e6
        result = full_import(path)
        assert result.raised == expected, (result.raised, expected)
        bares, imports = paired_ms(lambda: bare(path), lambda: full_import(path), PAIRS)
        t_bare, t_import = statistics.median(bares) / 1000, statistics.median(imports) / 1000
        ratios = sorted(i / b for b, i in zip(bares, imports, strict=True))
        exports = read_exports([path])
        names = candidate_names(Candidate(full_name="Maya Okafor"))
        t_read = _median_s(lambda: read_exports([path]))
        t_match = _median_s(lambda: candidate_matches(exports.gifts, names))
        t_fold = _median_s(lambda: merge(Contributions(), exports.gifts, []))
        t_rows = _median_s(lambda: rows_only(path))
        digester, receipts = Digester(new_salt()), [g.receipt_key for g in exports.gifts]
        t_digest = _median_s(lambda: list(map(digester.receipt, receipts)))
    ratio = statistics.median(ratios)
    print(machine())
    print(f"{gifts:,} gifts ({size_mb:.1f} MB, 27 columns, every 40th row repeated)")
    print(f"bare csv pass:  {t_bare * 1000:8.0f} ms")
    print(
        f"import:         {t_import * 1000:8.0f} ms  ({ratio:.2f} × the bare pass, the median of "
        f"{PAIRS} pairs timed in turns; {ratios[0]:.2f}-{ratios[-1]:.2f} ×)"
    )
    print(
        f"  of which: read {t_read * 1000:.0f} ms, candidate match {t_match * 1000:.0f} ms, "
        f"fold into the plan (digests, de-duplication, totals) {t_fold * 1000:.0f} ms"
    )
    print(
        f"floor: csv.reader alone {t_rows * 1000:.0f} ms ({t_rows / t_bare:.2f} ×), "
        f"one receipt digest per gift {t_digest * 1000:.0f} ms ({t_digest / t_bare:.2f} ×)"
    )
    print(f"raised {result.raised:,} from {result.donor_count:,} donors (checked)")
    print(f"target: within {TARGET_RATIO:g} × — {'met' if ratio <= TARGET_RATIO else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
