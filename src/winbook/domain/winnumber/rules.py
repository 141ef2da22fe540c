"""The thresholds (domain notes §3): majority, Wellstone's plurality estimate, the vote-for-N
bound, the Droop quota, top two; and the rules for uncontested, two-way, ranked-choice and
top-two races.
"""

from __future__ import annotations

from winbook.domain.explain import Step, fmt_int
from winbook.domain.winnumber.result import WinResult, _plural


def majority_of(t: int) -> int:
    """floor(T/2) + 1: more than half of T (a tie at T/2 each is not a win)."""
    return t // 2 + 1


def plurality_divisor(candidates: int) -> int:
    """Wellstone's rule of thumb: T/X for 2-4 candidates, T/(X-3) for 5-9, T/(X-5) for 10+."""
    if candidates <= 4:
        return candidates
    if candidates <= 9:
        return candidates - 3
    return candidates - 5


def plurality_estimate(t: int, candidates: int) -> int:
    """floor(T / divisor) + 1, never above the majority figure (a majority always wins)."""
    return min(t // plurality_divisor(candidates) + 1, majority_of(t))


def guaranteed_vote_for_n(ballots: int, seats: int) -> int:
    """floor(B*N/(N+1)) + 1: no N rivals can all match this many votes (domain notes §3)."""
    return ballots * seats // (seats + 1) + 1


def votes_bound(votes: int, seats: int) -> int:
    """floor(V/(N+1)) + 1: with V votes in all, N rivals cannot all reach this many (§3)."""
    return votes // (seats + 1) + 1


def droop_quota(ballots: int, seats: int) -> int:
    """floor(B/(N+1)) + 1: the Droop quota of a ranked-choice count for N seats."""
    return ballots // (seats + 1) + 1


def top_two_threshold(t: int) -> int:
    """floor(T/3) + 1: with one vote a ballot, no two rivals can both match this many votes."""
    return t // 3 + 1


def _uncontested(t: int, places: int, field_size: int, advance: bool = False) -> WinResult:
    what = "advance" if advance else "win a seat"
    noun = "place" if advance else "seat"
    who = "the candidate" if field_size == 1 else "every candidate"
    result = WinResult(
        rule="uncontested",
        rule_label=(
            f"{_plural(field_size, 'candidate')} for {_plural(places, noun)}: {who} will {what}"
        ),
        win_number=1,
    )
    result.steps.append(
        Step(
            f"{_plural(field_size, 'candidate')} {'is' if field_size == 1 else 'are'} expected "
            f"for {_plural(places, noun)}, so {who} on the ballot will {what} and one vote is "
            "enough.",
            "uncontested",
        )
    )
    result.warnings.append(
        f"No more candidates than {noun}s are expected: plan for the field to grow before filing "
        "closes."
    )
    result.majority = majority_of(t)
    return result


def _two_way(t: int) -> WinResult:
    m = majority_of(t)
    result = WinResult(
        rule="majority", rule_label="One seat, two candidates: a majority", win_number=m
    )
    result.majority = m
    result.steps.append(
        Step(f"Majority: floor({fmt_int(t)} / 2) + 1 = {fmt_int(m)} votes.", "majority")
    )
    return result


def _divisor_text(x: int) -> str:
    if x <= 4:
        return "X"
    return "(X − 3)" if x <= 9 else "(X − 5)"


def _rcv(t: int, seats: int) -> WinResult:
    if seats == 1:
        m = majority_of(t)
        result = WinResult(
            rule="rcv_majority",
            rule_label="Ranked choice, one seat: a majority of ballots still in the count",
            win_number=m,
            majority=m,
        )
        result.steps.append(
            Step(
                f"floor({fmt_int(t)} / 2) + 1 = {fmt_int(m)} votes in the final round "
                "(exhausted ballots lower this; projected ballots give a safe figure).",
                "rcv_majority",
            )
        )
        return result
    q = droop_quota(t, seats)
    result = WinResult(
        rule="rcv_droop",
        rule_label=f"Ranked choice, {seats} seats: the Droop quota",
        win_number=q,
        droop=q,
    )
    result.steps.append(
        Step(f"Droop quota: floor({fmt_int(t)} / ({seats} + 1)) + 1 = {fmt_int(q)} votes.", "droop")
    )
    return result


def _top_two(t: int) -> WinResult:
    v = top_two_threshold(t)
    result = WinResult(
        rule="top_two",
        rule_label="Top-two primary: finish in the top two",
        win_number=v,
        majority=majority_of(t),
    )
    result.steps.append(
        Step(
            f"floor({fmt_int(t)} / 3) + 1 = {fmt_int(v)} votes guarantee a top-two finish.",
            "top_two",
        )
    )
    return result
