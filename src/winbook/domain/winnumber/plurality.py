"""One seat, three or more candidates: a majority, or the lowest past multi-candidate winner's
share (Wellstone's T/X rule of thumb only as a labelled reference), domain notes §3.
"""

from __future__ import annotations

from fractions import Fraction

from winbook.domain.explain import Step, ceil_frac, fmt_int, fmt_pct, shown
from winbook.domain.model import Plan, PluralityRule
from winbook.domain.turnout import comparable_elections
from winbook.domain.winnumber.result import WinResult
from winbook.domain.winnumber.rules import (
    _divisor_text,
    majority_of,
    plurality_divisor,
    plurality_estimate,
)


def lowest_winner_share(plan: Plan) -> tuple[Fraction, int] | None:
    """The lowest share won by a past winner of this contest with 3+ candidates for one seat.

    Only shares below a majority count (a majority always wins); None when the contest's own
    history has no such race, or its rows do not say how many candidates ran.
    """
    elections, _ = comparable_elections(plan)
    lowest: tuple[Fraction, int] | None = None
    for e in elections:
        if max(e.seats, 1) != 1 or (e.candidates or 0) < 3 or not e.winner_votes:
            continue
        total = e.contest_ballots or e.contest_votes
        if not total:
            continue
        share = Fraction(e.winner_votes, total)
        if share <= Fraction(1, 2) and (lowest is None or share < lowest[0]):
            lowest = (share, e.year)
    return lowest


def _multi_candidate(plan: Plan, t: int, x: int) -> WinResult:
    m = majority_of(t)
    d = plurality_divisor(x)
    est = plurality_estimate(t, x)
    rule = plan.win.plurality_rule
    lowest = lowest_winner_share(plan) if rule is PluralityRule.HISTORY else None
    result = WinResult(
        rule="plurality_majority",
        rule_label=f"One seat, {x} candidates, plurality: the safe majority figure",
        win_number=m,
        majority=m,
        plurality_estimate=est,
        plurality_divisor=d,
    )
    result.steps.append(
        Step(
            f"A majority always wins: floor({fmt_int(t)} / 2) + 1 = {fmt_int(m)} votes.",
            "majority",
        )
    )
    if rule is PluralityRule.ESTIMATE:
        _use_estimate(result, t, x)
    elif lowest is not None:
        _use_lowest_winner(result, t, x, lowest)
    elif rule is PluralityRule.HISTORY:
        result.steps.append(
            Step(
                "No past race of this contest with three or more candidates was won with less "
                f"than a majority: the win number is the majority figure, {fmt_int(m)}.",
                "plurality_history",
            )
        )
    capped = " (capped at the majority figure)" if est < t // d + 1 else ""
    result.steps.append(
        Step(
            f"For reference only: Wellstone's rule of thumb for {x} candidates divides by "
            f"{_divisor_text(x)} = {d}: floor({fmt_int(t)} / {d}) + 1 = {fmt_int(est)} "
            f"votes{capped}. It is not the win number: with three candidates T/3 is far too low.",
            "wellstone_plurality",
        )
    )
    return result


def _use_estimate(result: WinResult, t: int, x: int) -> None:
    result.rule = "plurality_estimate"
    result.rule_label = (
        f"One seat, {x} candidates, plurality: Wellstone's estimate T/{_divisor_text(x)}"
    )
    result.win_number = result.plurality_estimate
    result.steps.append(
        Step(
            f"Win number: Wellstone's estimate, as you chose, {fmt_int(result.win_number or 0)}; "
            "rules of thumb disagree across trainers and the majority figure always wins.",
            "wellstone_plurality",
        )
    )
    result.warnings.append(
        "Wellstone's rule of thumb can be far too low (with three candidates T/3; in a real "
        "three-way county race the winner needed 49.8%): the majority figure is safer."
    )


def _use_lowest_winner(result: WinResult, t: int, x: int, lowest: tuple[Fraction, int]) -> None:
    share, year = lowest
    share = shown(share * 100, 2) / 100  # the share as printed is the one multiplied
    value = min(max(ceil_frac(share * t), 1), result.majority or 0)
    result.rule = "plurality_history"
    result.rule_label = (
        f"One seat, {x} candidates, plurality: the lowest winning share in this contest's history"
    )
    result.lowest_winner_pct, result.lowest_winner_year = float(share * 100), year
    result.win_number = value
    result.steps.append(
        Step(
            f"In {year} this contest's winner, in a field of three or more, won with "
            f"{fmt_pct(share * 100, 2)}: {fmt_pct(share * 100, 2)} × {fmt_int(t)} = "
            f"{fmt_int(value)} votes, rounded up; the win number.",
            "plurality_history",
        )
    )
