"""Benchmark: export a plan with a 1,000-line budget as a live workbook (issue 5).

Run: PYTHONPATH=src python bench/bench_xlsx.py
Prints the time to build and save the workbook, its size, and the time to read it back.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from winbook.domain.model import (
    ExpenseCategory,
    ExpenseLine,
    IncomeLine,
    IncomeSource,
    PastElection,
    Plan,
)
from winbook.domain.path import default_channels
from winbook.io.xlsx_export import export_workbook
from winbook.io.xlsx_import import read_budget

LINES = 1000


def big_plan() -> Plan:
    plan = Plan()
    plan.meta.title = "Benchmark plan"
    plan.race.office = "County commission"
    plan.race.election_date = date(2027, 11, 2)
    plan.history = [PastElection(year=y, contest_votes=20000 + y) for y in (2025, 2023, 2021)]
    plan.path.base_support_pct = 40.0
    plan.path.channels = default_channels()
    cats = list(ExpenseCategory)
    plan.expenses = [
        ExpenseLine(
            category=cats[i % len(cats)],
            description=f"Line {i + 1}",
            month=f"2027-{1 + i % 11:02d}",
            amount=Decimal(100 + i) / 4,
            in_kind=i % 17 == 0,
        )
        for i in range(LINES)
    ]
    plan.income = [
        IncomeLine(list(IncomeSource)[i % 7], f"Gift {i}", f"2027-{1 + i % 11:02d}", Decimal(50))
        for i in range(200)
    ]
    return plan


def main(runs: int = 5) -> None:
    plan = big_plan()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.xlsx"
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            export_workbook(plan, out)
            times.append(time.perf_counter() - start)
        start = time.perf_counter()
        back = read_budget(out)
        read_time = time.perf_counter() - start
        assert len(back.expenses) == LINES
        print(
            f"export {LINES:,}-line budget workbook: median {statistics.median(times):.3f} s "
            f"(min {min(times):.3f} s, {runs} runs), {out.stat().st_size / 1024:.0f} kB; "
            f"read back {read_time:.3f} s"
        )


if __name__ == "__main__":
    main()
