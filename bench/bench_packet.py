"""Benchmark of the PDF packet: each sample plan, and a plan with 1,000 budget lines.

Run: ``cd /work/main && PYTHONPATH=src /work/venv/bin/python bench/bench_packet.py [RUNS]``.
Prints the median of RUNS renders (after one warm-up that registers the fonts) and the page
count of each packet. Targets (issue 4): under 1 s per sample packet, under 3 s for 1,000 lines.
"""

from __future__ import annotations

import io
import platform
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from winbook.domain.model import ExpenseCategory, ExpenseLine, Plan
from winbook.paths import samples_dir
from winbook.report.packet import PacketOptions, render_packet
from winbook.store.files import load_plan


def big_plan(base: Plan, lines: int = 1000) -> Plan:
    """``base`` with its expenses replaced by ``lines`` lines spread over its months."""
    months = sorted({e.month for e in base.expenses}) or ["2027-09"]
    categories = list(ExpenseCategory)
    base.expenses = [
        ExpenseLine(
            categories[i % len(categories)],
            f"Budget line {i + 1}: printing, postage and supplies for the field programme",
            months[i % len(months)],
            Decimal(25 + i % 400) + Decimal("0.50"),
            in_kind=i % 17 == 0,
        )
        for i in range(lines)
    ]
    return base


def timed(plan: Plan, runs: int) -> tuple[float, int]:
    options = PacketOptions(reproducible=True)
    times: list[float] = []
    data = b""
    for _ in range(runs):
        start = time.perf_counter()
        data = render_packet(plan, options)
        times.append(time.perf_counter() - start)
    return statistics.median(times), len(PdfReader(io.BytesIO(data)).pages)


def main(runs: int) -> None:
    print(f"CPU: {platform.processor() or platform.machine()}; Python {platform.python_version()}")
    render_packet(Plan())  # warm-up: fonts registered, modules imported
    worst = 0.0
    for path in sorted(Path(samples_dir()).glob("*.json")):
        median, pages = timed(load_plan(path), runs)
        worst = max(worst, median)
        print(f"{path.stem:14} {pages:3} pages  median {median * 1000:6.0f} ms  (target < 1 s)")
    plan = big_plan(load_plan(samples_dir() / "school-board.json"))
    median, pages = timed(plan, max(1, runs // 2))
    print(f"1,000 lines    {pages:3} pages  median {median * 1000:6.0f} ms  (target < 3 s)")
    ok = worst < 1 and median < 3
    print("within targets" if ok else "OVER TARGET")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
