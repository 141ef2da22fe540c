"""Benchmark of the .winbook file: write a plan with 1,000 expense lines, one edit, load.

Run: ``cd /work/main && PYTHONPATH=src /work/venv/bin/python bench/bench_store.py``.
Prints the median of several runs for each figure (the machine is noisy); the lead records
them in docs/benchmarks.md. The file lives in a temporary folder on the same disk as the
working directory, so the figures include real fsyncs.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from winbook.domain.model import ExpenseCategory, ExpenseLine, IncomeLine, Plan
from winbook.store.document import PlanFile

RUNS = 7
LINES = 1000


def make_plan() -> Plan:
    plan = Plan()
    plan.meta.title = "Benchmark plan"
    categories = list(ExpenseCategory)
    plan.expenses = [
        ExpenseLine(
            category=categories[i % len(categories)],
            description=f"Expense line {i}: printing, postage and a little more text",
            month=f"2025-{i % 12 + 1:02d}",
            amount=Decimal(i * 7 % 1000) + Decimal("0.25"),
            in_kind=i % 10 == 0,
        )
        for i in range(LINES)
    ]
    plan.income = [IncomeLine(description=f"Gift {i}", amount=Decimal(50)) for i in range(100)]
    return plan


def median_ms(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    plan = make_plan()
    with tempfile.TemporaryDirectory(dir=Path.cwd(), prefix=".bench-") as folder:
        path = Path(folder) / "bench.winbook"
        create_ms = median_ms(lambda: PlanFile.create(path, plan).close())
        with PlanFile.open(path) as doc:
            full_ms = median_ms(lambda: doc.write(plan))
            counter = iter(range(10**9))

            def one_edit() -> None:
                plan.expenses[500].amount = Decimal(next(counter))
                doc.write(plan, ["expenses"])

            edit_ms = median_ms(one_edit)
            title_ms = median_ms(lambda: doc.write(plan, ["meta"]))
            load_ms = median_ms(doc.load)
            assert doc.load() == plan
        open_load_ms = median_ms(lambda: _open_and_load(path))
        size_kb = path.stat().st_size / 1024
    print(f"plan: {LINES} expense lines, 100 income lines; file {size_kb:.0f} KB; median of {RUNS}")
    print(f"create a new file with the plan (temp + replace): {create_ms:7.1f} ms")
    print(f"write the whole plan (all parts, nothing changed): {full_ms:7.1f} ms")
    print(f"single-part write, one expense line edited:        {edit_ms:7.1f} ms")
    print(f"single-part write, the meta part:                  {title_ms:7.1f} ms")
    print(f"load the plan from an open file:                   {load_ms:7.1f} ms")
    print(f"open (all checks) and load:                        {open_load_ms:7.1f} ms")


def _open_and_load(path: Path) -> Plan:
    with PlanFile.open(path) as doc:
        return doc.load()


if __name__ == "__main__":
    main()
