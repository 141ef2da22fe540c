"""Benchmark of the PDF packet: each sample plan, and a plan with 1,000 budget lines.

Run: ``cd /work/main && PYTHONPATH=src /work/venv/bin/python bench/bench_packet.py [RUNS]``.
Prints the median of RUNS renders (after one warm-up that registers the fonts) and the page
count of each packet. Targets (issue 4): under 1 s per sample packet, under 3 s for 1,000 lines.
"""

from __future__ import annotations

import io
import statistics
import sys
from pathlib import Path

from _common import LINES, expense_lines, machine, timings_ms
from pypdf import PdfReader

from winbook.domain.model import Plan
from winbook.paths import samples_dir
from winbook.report.packet import PacketOptions, render_packet
from winbook.store.files import load_plan


def big_plan(base: Plan, lines: int = LINES) -> Plan:
    """``base`` with its expenses replaced by ``lines`` lines spread over its months."""
    base.expenses = expense_lines(lines, sorted({e.month for e in base.expenses}) or ["2027-09"])
    return base


def timed(plan: Plan, runs: int) -> tuple[float, int]:
    """The median seconds of ``runs`` renders of ``plan``, and the packet's page count."""
    options = PacketOptions(reproducible=True)
    packets: list[bytes] = []
    times = timings_ms(lambda: packets.append(render_packet(plan, options)), runs)
    return statistics.median(times) / 1000, len(PdfReader(io.BytesIO(packets[-1])).pages)


def main(runs: int) -> None:
    print(machine())
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
