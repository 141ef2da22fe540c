""" "Points to check": the figures a careful reviewer would question, each flagged in one sentence.

Every check is a small function ``(plan, figures) -> list[str]``; `POINT_CHECKS` lists them in
the order they print. To add a flag, write a function and add it to the tuple.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from winbook.domain.explain import fmt_int, fmt_money_alike
from winbook.domain.figures import Figures
from winbook.domain.model import Plan, PlanOn, SectionStatus
from winbook.domain.sections import SECTION_SPECS
from winbook.domain.turnout import comparable_elections
from winbook.domain.typography import month_label
from winbook.report.worksheets import money, norm_band, num, pct, winning_total

Check = Callable[[Plan, Figures], list[str]]


def negative_cash(plan: Plan, f: Figures) -> list[str]:
    """Each month that ends with less than no cash, with the amount."""
    months = [m for m in f.budget.cash_flow if m.cumulative < 0]
    if not months:
        return []
    listed = "; ".join(f"{month_label(m.month)}: {money(m.cumulative)}" for m in months)
    what = "month ends" if len(months) == 1 else "months end"
    return [
        f"Cash on hand goes negative ({listed}): {len(months)} {what} short of money; move "
        "spending later or raise earlier."
    ]


def cautious_budget(plan: Plan, f: Figures) -> list[str]:
    """The cautious scenario (income 15% lower, costs 15% higher) ending below zero."""
    end = f.budget.cautious_ending_cash
    if end is None or end >= 0 or not f.budget.total_spending:
        return []
    return [
        f"In the cautious budget (income 15% lower, costs 15% higher) the campaign ends "
        f"{money(-end)} short."
    ]


def goal_below_past_winners(plan: Plan, f: Figures) -> list[str]:
    """A vote goal lower than what every comparable past winner got."""
    goal = f.win.vote_goal
    comparable, _ = comparable_elections(plan)
    totals = [(v, e.year) for e in comparable if (v := winning_total(e)) is not None]
    if goal is None or not totals or goal >= min(totals)[0]:
        return []
    low, year = min(totals)
    who = "last winner" if plan.race.seats > 1 else "winner"
    return [
        f"The vote goal ({fmt_int(goal)}) is below every comparable past {who}'s votes (the "
        f"lowest: {fmt_int(low)} in {year}): check the win-number rule and the turnout."
    ]


def norms_missed(plan: Plan, f: Figures) -> list[str]:
    out = []
    for n in f.budget.norms:
        if n.ok:
            continue
        out.append(
            f"{n.name} is {pct(n.share_pct)} of spending, outside the norm ({norm_band(n)})."
        )
    return out


def fundraising_short(plan: Plan, f: Figures) -> list[str]:
    fr = f.fundraising
    if fr.passed is not False or fr.threshold is None:
        return []
    gap = max(fr.threshold - fr.counted, Decimal(0))
    counted, threshold, to_go = fmt_money_alike(fr.counted, fr.threshold, gap)
    return [
        f"The 15% fundraising test is not passed yet: {counted} counted of {threshold} "
        f"({to_go} to go)."
    ]


def turnout_range_unmeasured(plan: Plan, f: Figures) -> list[str]:
    """A range that is the ± 15% default because too few past elections could be back-tested."""
    t = f.turnout
    if t.projected is None or len(t.backtest) >= 2:
        return []
    n = len(t.backtest)
    tested = "no past election" if n == 0 else "only one past election"
    return [
        f"The turnout range is the default ± 15% ({num(t.low)} to {num(t.high)}): {tested} "
        "could be back-tested. On real series a flat average has missed by 16–40%; add older "
        "comparable elections to measure the swing in this district."
    ]


def planned_on_expected(plan: Plan, f: Figures) -> list[str]:
    """The goal is planned on the expected turnout: say what the high turnout would need."""
    t, other = f.turnout, f.win_other
    if t.planned_on is not PlanOn.EXPECTED or other is None or other.vote_goal is None:
        return []
    return [
        f"The vote goal is planned on the expected turnout ({num(t.projected)}), as the "
        f"candidate chose; if {num(t.high)} turn out it would take a vote goal of "
        f"{num(other.vote_goal)}."
    ]


def sections_not_ready(plan: Plan, f: Figures) -> list[str]:
    """One flag per status: a lone section by name, several by number."""
    out = []
    for status, (one, many) in _NOT_READY.items():
        specs = [s for s in SECTION_SPECS if plan.get_section(s.key).status is status]
        if len(specs) == 1:
            out.append(f"Section {specs[0].number}, {specs[0].title}, {one}.")
        elif specs:
            numbers = [str(s.number) for s in specs]
            listed = f"{', '.join(numbers[:-1])} and {numbers[-1]}"
            out.append(f"Sections {listed} {many}.")
    return out


_NOT_READY = {
    SectionStatus.EMPTY: ("is not written yet", "are not written yet"),
    SectionStatus.DRAFTING: ("is still a draft", "are still drafts"),
    SectionStatus.NEEDS_REVIEW: ("needs review", "need review"),
}

POINT_CHECKS: tuple[Check, ...] = (
    negative_cash,
    cautious_budget,
    goal_below_past_winners,
    turnout_range_unmeasured,
    planned_on_expected,
    norms_missed,
    fundraising_short,
    sections_not_ready,
)


def points_to_check(plan: Plan, f: Figures) -> list[str]:
    """Every flag of `POINT_CHECKS`, in order."""
    return [text for check in POINT_CHECKS for text in check(plan, f)]
