"""What the benchmarks share: the machine line, a timer, and the plan with 1,000 budget lines.

The scripts run as ``PYTHONPATH=src python bench/X.py`` from the repository root, so Python puts
``bench/`` first on the path and they import this module as ``_common``.
"""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Callable, Sequence
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

#: Budget lines in the benchmark plan.
LINES = 1000
#: Income lines in the benchmark plan.
INCOME_LINES = 200
#: The benchmark plan's months: January to October before a November 2027 election.
MONTHS = [f"2027-{m:02d}" for m in range(1, 11)]


# --------------------------------------------------------------------------- machine and timing


def cpu_model() -> str:
    """The CPU's model name (from /proc/cpuinfo where there is one)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> str:
    """One line naming the CPU, its logical cores and the Python that runs the benchmark."""
    return (
        f"CPU: {cpu_model()} ({os.cpu_count()} logical cores); "
        f"Python: {platform.python_implementation()} {platform.python_version()}"
    )


def paired_ms(
    baseline: Callable[[], object], action: Callable[[], object], runs: int
) -> tuple[list[float], list[float]]:
    """Milliseconds of ``runs`` pairs of calls, ``baseline`` then ``action`` (one untimed pair
    first). Timed in turns, so a busy spell on a shared machine slows both calls of a pair
    alike and the ratio of a pair stays fair where medians taken apart would not."""
    baseline()
    action()
    base: list[float] = []
    timed: list[float] = []
    for _ in range(runs):
        for fn, into in ((baseline, base), (action, timed)):
            start = time.perf_counter()
            fn()
            into.append((time.perf_counter() - start) * 1000)
    return base, timed


def timings_ms(action: Callable[[], object], runs: int, warmup: int = 0) -> list[float]:
    """Milliseconds each of ``runs`` calls of ``action`` took, after ``warmup`` untimed calls."""
    for _ in range(warmup):
        action()
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


# --------------------------------------------------------------------------- the 1,000-line plan


def expense_lines(n: int = LINES, months: Sequence[str] = MONTHS) -> list[ExpenseLine]:
    """``n`` budget lines over ``months``, every category; line ``i`` costs $10 + i.

    So 1,000 lines total $10 + ... + $1,009 = $509,500; every 17th line is in kind.
    """
    categories = list(ExpenseCategory)
    return [
        ExpenseLine(
            categories[i % len(categories)],
            f"Budget line {i + 1}: printing, postage and supplies for the field programme",
            months[i % len(months)],
            Decimal(10 + i),
            in_kind=i % 17 == 0,
        )
        for i in range(n)
    ]


def income_lines(n: int = INCOME_LINES, months: Sequence[str] = MONTHS) -> list[IncomeLine]:
    """``n`` gifts over ``months`` from every source, $50 to $399."""
    sources = list(IncomeSource)
    return [
        IncomeLine(
            sources[i % len(sources)],
            f"Gift {i + 1}",
            months[i % len(months)],
            Decimal(50 + i % 350),
        )
        for i in range(n)
    ]


def budget_plan(lines: int = LINES) -> Plan:
    """A county race in November 2027 with 3 past elections, the default channels, ``lines``
    budget lines and `INCOME_LINES` gifts: the plan the store, workbook and window benchmarks use.
    """
    plan = Plan()
    plan.meta.title = "Benchmark plan"
    plan.race.office = "County commission"
    plan.race.election_date = date(2027, 11, 2)
    plan.history = [PastElection(year=y, contest_votes=20000 + y) for y in (2025, 2023, 2021)]
    plan.path.base_support_pct = 40.0
    plan.path.channels = default_channels()
    plan.expenses = expense_lines(lines)
    plan.income = income_lines()
    return plan
