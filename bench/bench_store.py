"""Benchmark of the .winbook file: write a plan with 1,000 expense lines, one edit, load.

Run: ``cd /work/main && PYTHONPATH=src /work/venv/bin/python bench/bench_store.py``.
Prints the median of several runs for each figure (the machine is noisy); the lead records
them in docs/benchmarks.md. The file lives in a temporary folder on the same disk as the
working directory, so the figures include real fsyncs.
"""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from _common import budget_plan, machine, timings_ms

from winbook.domain.model import Plan
from winbook.store.document import PlanFile

RUNS = 7


def median_ms(action: Callable[[], object]) -> float:
    return statistics.median(timings_ms(action, RUNS))


def main() -> None:
    plan = budget_plan()
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
    print(machine())
    print(
        f"plan: {len(plan.expenses)} expense lines, {len(plan.income)} income lines; "
        f"file {size_kb:.0f} KB; median of {RUNS}"
    )
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
