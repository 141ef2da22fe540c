"""Vote for N: the guaranteed bound, and the estimates from the last winner's and the first
loser's past shares (domain notes §3).
"""

from __future__ import annotations

from fractions import Fraction

from winbook.domain.explain import Step, ceil_frac, floor_frac, fmt_int, fmt_pct, shown
from winbook.domain.model import MultiSeatBasis, PastElection, Plan
from winbook.domain.turnout import Unit, comparable_elections, measure, roll_off_factor
from winbook.domain.winnumber.result import WinResult
from winbook.domain.winnumber.rules import guaranteed_vote_for_n, votes_bound


def _vote_for_n(plan: Plan, t: int, n: int, unit: Unit) -> WinResult:
    if unit == "votes":
        g = votes_bound(t, n)
        bound_step = Step(
            f"Bound from votes: floor({fmt_int(t)} votes / ({n} + 1)) + 1 = {fmt_int(g)} votes "
            f"guaranteed only if {fmt_int(t)} votes are cast (N rivals at {fmt_int(g)} or "
            f"more would need more votes than there are).",
            "vote_for_n_votes_bound",
        )
        label = f"Vote for {n}, plurality: the bound from votes cast (the top {n} win)"
    else:
        g = guaranteed_vote_for_n(t, n)
        bound_step = Step(
            f"Guaranteed bound: floor({fmt_int(t)} × {n} / {n + 1}) + 1 = {fmt_int(g)} votes "
            f"(reasoning in ballots: each ballot carries up to {n} votes), guaranteed only if "
            f"{fmt_int(t)} ballots are cast.",
            "vote_for_n_bound",
        )
        label = f"Vote for {n}, plurality: the guaranteed bound (the top {n} win)"
    result = WinResult(rule="vote_for_n_guaranteed", rule_label=label, win_number=g, guaranteed=g)
    result.steps.append(bound_step)
    last = _historical(plan, t, n, MultiSeatBasis.LAST_WINNER, unit)
    first = _historical(plan, t, n, MultiSeatBasis.FIRST_LOSER, unit)
    result.historical_last_winner, result.historical_first_loser = last[0], first[0]
    basis = plan.win.multi_seat_basis
    shown = first if basis is MultiSeatBasis.FIRST_LOSER else last
    if basis is MultiSeatBasis.GUARANTEED and shown[0] is None:
        shown = first
    result.steps += shown[1]
    result.historical = shown[0]
    if basis is not MultiSeatBasis.GUARANTEED:
        _use_historical(result, shown[0], basis, n, g, unit)
    elif shown[0] is not None:
        result.steps.append(
            Step(
                f"Win number: the bound, {fmt_int(g)}; the historical estimate "
                f"({fmt_int(shown[0])}) is shown for comparison.",
                "vote_for_n_bound",
            )
        )
    result.warnings.append(
        f"Voters may 'bullet vote' (choose fewer than {n}); ask supporters to vote for you and "
        "count on ballots, not votes."
    )
    return result


def _use_historical(
    result: WinResult, hist: int | None, basis: MultiSeatBasis, n: int, g: int, unit: Unit
) -> None:
    who = "last winner" if basis is MultiSeatBasis.LAST_WINNER else "first loser"
    what = "ballots" if unit == "ballots" else "votes"
    if hist is None:
        result.warnings.append(
            f"No comparable past election has the {who}'s votes and the contest's {what}: the "
            "win number falls back to the bound."
        )
        return
    if hist > g:
        result.steps.append(
            Step(
                f"The historical estimate {fmt_int(hist)} is above the bound "
                f"{fmt_int(g)}, which is enough if the projected {what} are cast: the win "
                f"number is {fmt_int(g)}.",
                "vote_for_n_bound",
            )
        )
        return
    result.rule = f"vote_for_n_{basis.value}"
    result.rule_label = f"Vote for {n}, plurality: the {who}'s share of {what} in the past"
    result.win_number = hist


def _historical(
    plan: Plan, t: int, n: int, basis: MultiSeatBasis, unit: Unit = "ballots"
) -> tuple[int | None, list[Step]]:
    """The last winner's (or first loser's) average past share of ballots (or votes), × T."""
    elections, _ = comparable_elections(plan)
    roll_off = roll_off_factor(plan)
    who = "last winner" if basis is MultiSeatBasis.LAST_WINNER else "first loser"
    shares: list[Fraction] = []
    steps: list[Step] = []
    for e in elections:
        if len(shares) >= max(plan.turnout.years_to_use, 1):
            break
        share, step = _past_share(e, n, roll_off, basis, who, unit)
        steps.append(step)
        if share is not None:
            shares.append(share)
    if not shares:
        return None, []
    # the average share as printed (per cent, 2 decimals) is the one multiplied by T
    avg = shown(sum(shares, Fraction(0)) / len(shares) * 100, 2) / 100
    if basis is MultiSeatBasis.LAST_WINNER:
        value = max(ceil_frac(avg * t), 1)
        how = "rounded up"
    else:
        value = floor_frac(avg * t) + 1
        how = "rounded down, + 1 to beat the first loser"
    what = "ballots" if unit == "ballots" else "votes"
    steps.append(
        Step(
            f"Average {who}'s share {fmt_pct(avg * 100, 2)} × {fmt_int(t)} projected {what}, "
            f"{how} = {fmt_int(value)} votes.",
            "vote_for_n_history",
        )
    )
    return value, steps


def _past_share(
    e: PastElection, n: int, roll_off: Fraction, basis: MultiSeatBasis, who: str, unit: Unit
) -> tuple[Fraction | None, Step]:
    votes = e.last_winner_votes if basis is MultiSeatBasis.LAST_WINNER else e.first_loser_votes
    total, how = measure(e, n, roll_off, unit)
    what = "ballots" if unit == "ballots" else "votes"
    if votes is None:
        return None, Step(
            f"{e.year} left out: the {who}'s votes are not entered.", "vote_for_n_history"
        )
    if not total:
        return None, Step(f"{e.year} left out: {how}.", "vote_for_n_history")
    share = shown(Fraction(votes) / total * 100, 2) / 100  # as printed, so the average checks
    return share, Step(
        f"{e.year}: the {who} had {fmt_int(votes)} votes of {float(total):,.0f} {what}"
        f"{_scaled(e, n, unit)} = {fmt_pct(share * 100, 2)}.",
        "vote_for_n_history",
    )


def _scaled(e: PastElection, n: int, unit: Unit) -> str:
    then = max(e.seats, 1)
    if unit == "votes" and then != n:
        return f" (its votes scaled to {n} seats from {then})"
    return ""
