"""Benchmark: export a plan with a 1,000-line budget as a live workbook (issue 5).

Run: PYTHONPATH=src python bench/bench_xlsx.py
Prints the time to build and save the workbook, its size, and the time to read it back.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from _common import LINES, budget_plan, machine, timings_ms

from winbook.io.xlsx_export import export_workbook
from winbook.io.xlsx_import import read_budget


def main(runs: int = 5) -> None:
    plan = budget_plan()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.xlsx"
        times = [ms / 1000 for ms in timings_ms(lambda: export_workbook(plan, out), runs)]
        start = time.perf_counter()
        back = read_budget(out)
        read_time = time.perf_counter() - start
        assert len(back.expenses) == LINES
        print(machine())
        print(
            f"export {LINES:,}-line budget workbook: median {statistics.median(times):.3f} s "
            f"(min {min(times):.3f} s, {runs} runs), {out.stat().st_size / 1024:.0f} kB; "
            f"read back {read_time:.3f} s"
        )


if __name__ == "__main__":
    main()
