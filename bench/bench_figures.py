"""Benchmark: compute all the figures of a plan with 1,000 budget lines and 10 past elections.

Run: ``cd /work/main && PYTHONPATH=src /work/venv/bin/python bench/bench_figures.py [RUNS]``

The plan is a vote-for-3 school board race (so the win number takes the historical estimate
path, the slowest), 10 comparable odd-year elections plus 4 of other cycles to leave out,
base shares, the default channel mix over a 26-week field programme, 1,000 expense lines and
200 income lines over 12 months, and comparable race costs. `compute_figures` is timed many
times after a warm-up; the median is the figure reported. Target (issue 2): under 20 ms.
"""

from __future__ import annotations

import random
import statistics
import sys
from datetime import date
from decimal import Decimal

from _common import expense_lines, income_lines, machine, timings_ms

from winbook.domain.figures import Figures, compute_figures
from winbook.domain.model import (
    BaseShare,
    CycleType,
    PastElection,
    Plan,
    Race,
    RaceCost,
    Stage,
)
from winbook.domain.path import default_channels

TARGET_MS = 20.0
MONTHS = [f"2025-{m:02d}" for m in range(1, 12)] + ["2024-12"]


def build_plan(rng: random.Random) -> Plan:
    plan = Plan()
    plan.race = Race(
        office="School Board At Large",
        seats=3,
        candidates_expected=7,
        cycle=CycleType.MUNICIPAL,
        election_date=date(2025, 11, 4),
        early_voting_start=date(2025, 10, 18),
        registered_voters=180_000,
    )
    plan.history = [_past(2005 + 2 * i, rng) for i in range(10)]
    plan.history += [
        PastElection(year=y, cycle=CycleType.PRESIDENTIAL if y % 4 == 0 else CycleType.MIDTERM)
        for y in (2016, 2018, 2020, 2022)
    ]
    plan.path.base_shares = [
        BaseShare(2015 + i, f"race {i}", rng.uniform(20, 40)) for i in range(8)
    ]
    plan.path.channels = default_channels()
    plan.path.field_start = date(2025, 4, 19)
    plan.expenses = expense_lines(1_000, MONTHS)
    plan.income = income_lines(200, MONTHS)
    plan.race_costs = [
        RaceCost(2019 + 2 * i, "", Stage.GENERAL, Decimal(40_000 + i)) for i in range(3)
    ]
    plan.fundraising.raised_to_date = Decimal(9_000)
    plan.fundraising.donor_count = 60
    plan.fundraising.largest_single_donor = Decimal(1_000)
    return plan


def _past(year: int, rng: random.Random) -> PastElection:
    ballots = rng.randint(35_000, 45_000)
    return PastElection(
        year=year,
        cycle=CycleType.MUNICIPAL,
        registered=170_000,
        ballots_cast=ballots + 5_000,
        contest_ballots=ballots,
        last_winner_votes=ballots * 27 // 100,
        first_loser_votes=ballots * 25 // 100,
        seats=3,
    )


def summary(f: Figures) -> list[str]:
    b = f.budget
    return [
        f"  projected turnout {f.turnout.projected:,} ({f.turnout.method.value}, "
        f"years {f.turnout.used_years})",
        f"  win number {f.win.win_number:,} ({f.win.rule}), vote goal {f.win.vote_goal:,}, "
        f"deficit {f.win.deficit:,}",
        f"  contacts {f.path.contacts:,}, hours {f.path.total_hours:,}, "
        f"shifts {f.path.total_shifts:,}, weeks {len(f.path.weeks)}",
        f"  budget ${b.total_spending:,.2f} over {len(b.cash_flow)} months, lowest cash "
        f"${b.lowest_cash:,.2f} in {b.lowest_month}, cost per vote ${b.cost_per_vote}",
        f"  fundraising threshold ${f.fundraising.threshold:,.2f}, passed {f.fundraising.passed}",
    ]


def main(argv: list[str]) -> int:
    runs = int(argv[1]) if len(argv) > 1 else 300
    plan = build_plan(random.Random(2025))
    times = timings_ms(lambda: compute_figures(plan), runs, warmup=5)
    median = statistics.median(times)
    p90 = statistics.quantiles(times, n=10)[-1]
    verdict = "within" if median < TARGET_MS else "OVER"
    print(machine())
    comparable = sum(e.cycle is plan.race.cycle for e in plan.history)
    print(
        f"Plan: {len(plan.expenses):,} expense lines, {len(plan.income):,} income lines, "
        f"{len(plan.history)} past elections ({comparable} comparable)"
    )
    print(
        f"compute_figures over {runs} runs: median {median:.2f} ms, min {min(times):.2f} ms, "
        f"90th percentile {p90:.2f} ms; target < {TARGET_MS:g} ms: {verdict}"
    )
    print("Figures:")
    print("\n".join(summary(compute_figures(plan))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
