"""The base: the share of the vote candidates like this one have won, from recent base shares,
and the vote goal and vote deficit built on it (domain notes §3).
"""

from __future__ import annotations

from fractions import Fraction

from winbook.domain.explain import Step, ceil_frac, floor_frac, fmt_int, fmt_pct, frac, shown
from winbook.domain.model import BaseShare, Plan
from winbook.domain.winnumber.result import BASE_YEARS_BACK, WinResult


def _recent_shares(plan: Plan) -> tuple[list[BaseShare], list[Step]]:
    """Base shares from the last `BASE_YEARS_BACK` years before the election (if it is known)."""
    election = plan.race.election_date
    shares = list(plan.path.base_shares)
    if election is None:
        return shares, []
    oldest = election.year - BASE_YEARS_BACK
    old = [b for b in shares if b.year and b.year < oldest]
    steps = [
        Step(
            f"{b.label or b.year} ({b.year}) left out: older than {BASE_YEARS_BACK} years before "
            f"the {election.year} election.",
            "wellstone_deficit",
        )
        for b in old
    ]
    return [b for b in shares if b not in old], steps


def base_share_pct(plan: Plan) -> tuple[Fraction | None, list[Step]]:
    """The base support share: the user's own figure, or the average of the 3 lowest shares."""
    p = plan.path
    if p.base_support_pct is not None:
        pct = frac(p.base_support_pct)
        return pct, [Step(f"Base support: your figure, {fmt_pct(pct)}.", "wellstone_deficit")]
    recent, steps = _recent_shares(plan)
    shares = sorted(recent, key=lambda b: b.share_pct)[:3]
    if not shares:
        return None, steps
    # the average as printed (2 decimals) is the figure the base multiplies, so that the
    # printed "47.47% × 136,324" reproduces the printed base by hand
    avg = shown(sum((frac(b.share_pct) for b in shares), Fraction(0)) / len(shares), 2)
    listed = ", ".join(f"{b.label or b.year} {fmt_pct(b.share_pct, 2)}" for b in shares)
    lowest = f"{len(shares)} lowest shares" if len(shares) > 1 else "only share"
    steps.append(
        Step(
            f"Base support: average of the {lowest} of candidates like you "
            f"({listed}) = {fmt_pct(avg, 2)}.",
            "wellstone_deficit",
        )
    )
    return avg, steps


def base_shares_used(plan: Plan) -> list[float]:
    """The shares (per cent) the base averages, lowest first; empty with a manual base."""
    if plan.path.base_support_pct is not None:
        return []
    recent, _ = _recent_shares(plan)
    return sorted(b.share_pct for b in recent)[:3]


def _goal(plan: Plan, t: int, result: WinResult) -> None:
    if result.win_number is None:
        return
    margin = frac(plan.win.safety_margin_pct)
    result.margin_pct = plan.win.safety_margin_pct
    goal = ceil_frac(result.win_number * (1 + margin / 100))
    result.vote_goal = goal
    result.steps.append(
        Step(
            f"Vote goal: {fmt_int(result.win_number)} × (1 + {fmt_pct(margin)} safety margin), "
            f"rounded up = {fmt_int(goal)} votes.",
            "margin",
        )
    )
    if margin < 0:
        result.warnings.append(
            "The safety margin is below zero: the vote goal is under the win number."
        )
    if goal > t:
        result.warnings.append(
            f"The vote goal {fmt_int(goal)} is above the projected turnout {fmt_int(t)}: "
            "lower the safety margin or check the turnout."
        )
    _base(plan, t, goal, result)


def _base(plan: Plan, t: int, goal: int, result: WinResult) -> None:
    pct, steps = base_share_pct(plan)
    result.steps += steps
    if pct is None:
        result.warnings.append(
            "Add past results of candidates like you (or your own base estimate) to find your "
            "base and vote deficit."
        )
        return
    result.base_pct = float(pct)
    result.base_shares_used = base_shares_used(plan)
    base = floor_frac(pct / 100 * t)
    result.base_votes = base
    result.deficit = max(goal - base, 0)
    result.steps.append(
        Step(
            f"Base: {fmt_pct(pct, 2)} × {fmt_int(t)} = {fmt_int(base)} votes (rounded down).",
            "wellstone_deficit",
        )
    )
    if base >= goal:
        result.steps.append(
            Step(
                f"Vote deficit: your base {fmt_int(base)} already reaches the vote goal "
                f"{fmt_int(goal)}, so the deficit is 0; turn your base out.",
                "wellstone_deficit",
            )
        )
        return
    result.steps.append(
        Step(
            f"Vote deficit: {fmt_int(goal)} − {fmt_int(base)} = {fmt_int(result.deficit)} votes "
            "to win through voter contact.",
            "wellstone_deficit",
        )
    )
