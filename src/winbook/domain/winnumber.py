"""Win number, vote goal, base and vote deficit (domain notes §3)."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from winbook.domain.explain import Step, ceil_frac, floor_frac, fmt_int, fmt_pct, frac
from winbook.domain.model import (
    MultiSeatBasis,
    Plan,
    PluralityRule,
    PrimaryType,
    Stage,
    VotingMethod,
)
from winbook.domain.turnout import comparable_elections, contest_ballots, roll_off_factor


@dataclass
class WinResult:
    rule: str  # short machine name of the rule in force
    rule_label: str  # the rule in plain words
    win_number: int | None
    majority: int | None = None
    plurality_estimate: int | None = None
    guaranteed: int | None = None
    historical: int | None = None
    vote_goal: int | None = None
    margin_pct: float = 0.0
    base_pct: float | None = None
    base_votes: int | None = None
    deficit: int | None = None
    steps: list[Step] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def majority_of(t: int) -> int:
    return t // 2 + 1


def plurality_divisor(candidates: int) -> int:
    """Wellstone's rule of thumb: T/X for 2-4 candidates, T/(X-3) for 5-9, T/(X-5) for 10+."""
    if candidates <= 4:
        return candidates
    if candidates <= 9:
        return candidates - 3
    return candidates - 5


def guaranteed_vote_for_n(ballots: int, seats: int) -> int:
    return ballots * seats // (seats + 1) + 1


def droop_quota(ballots: int, seats: int) -> int:
    return ballots // (seats + 1) + 1


def compute_win(plan: Plan, turnout: int | None) -> WinResult:
    """The win number for the plan's race type and the projected turnout ``turnout``."""
    race = plan.race
    if turnout is None:
        result = WinResult(rule="none", rule_label="No projected turnout yet", win_number=None)
        result.warnings.append("The win number needs a projected turnout first.")
        return result
    seats, field_size = max(race.seats, 1), race.candidates_expected
    result = _rule(plan, turnout, seats, field_size)
    if race.stage is Stage.PRIMARY:
        result.steps.insert(
            0, Step("Primary: T is the same party's past primary turnout.", "primary_turnout")
        )
    _goal(plan, turnout, result)
    return result


def _rule(plan: Plan, t: int, seats: int, field_size: int) -> WinResult:
    race = plan.race
    if field_size <= seats:
        return _uncontested(t, seats, field_size)
    if race.stage is Stage.PRIMARY and race.primary_type is PrimaryType.TOP_TWO:
        return _top_two(t)
    if race.voting_method is VotingMethod.RANKED_CHOICE:
        return _rcv(t, seats)
    if seats > 1:
        return _vote_for_n(plan, t, seats)
    if field_size <= 2:
        return _two_way(t)
    return _multi_candidate(plan, t, field_size)


def _uncontested(t: int, seats: int, field_size: int) -> WinResult:
    result = WinResult(
        rule="uncontested",
        rule_label=f"{field_size} candidate(s) for {seats} seat(s): every candidate wins",
        win_number=1 if t > 0 else 0,
    )
    result.steps.append(
        Step(
            f"{field_size} candidate(s) are expected for {seats} seat(s), so every candidate on "
            "the ballot wins a seat and one vote is enough."
        )
    )
    result.warnings.append(
        "No more candidates than seats are expected: plan for the field to grow before filing "
        "closes."
    )
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


def _multi_candidate(plan: Plan, t: int, x: int) -> WinResult:
    m = majority_of(t)
    d = plurality_divisor(x)
    est = min(t // d + 1, m)
    use_estimate = plan.win.plurality_rule is PluralityRule.ESTIMATE
    rule_label = (
        f"One seat, {x} candidates, plurality: Wellstone's estimate T/{_divisor_text(x)}"
        if use_estimate
        else f"One seat, {x} candidates, plurality: the safe majority figure"
    )
    result = WinResult(
        rule="plurality_estimate" if use_estimate else "plurality_majority",
        rule_label=rule_label,
        win_number=est if use_estimate else m,
        majority=m,
        plurality_estimate=est,
    )
    result.steps += [
        Step(
            f"A majority always wins: floor({fmt_int(t)} / 2) + 1 = {fmt_int(m)} votes.",
            "majority",
        ),
        Step(
            f"With {x} candidates Wellstone's rule of thumb divides by {_divisor_text(x)} = {d}: "
            f"floor({fmt_int(t)} / {d}) + 1 = {fmt_int(est)} votes.",
            "wellstone_plurality",
        ),
        Step(
            f"Win number: the {'plurality estimate' if use_estimate else 'majority figure'}, "
            f"{fmt_int(result.win_number or 0)}. Rules of thumb disagree across trainers.",
            "wellstone_plurality",
        ),
    ]
    return result


def _divisor_text(x: int) -> str:
    if x <= 4:
        return "X"
    return "(X - 3)" if x <= 9 else "(X - 5)"


def _vote_for_n(plan: Plan, t: int, n: int) -> WinResult:
    g = guaranteed_vote_for_n(t, n)
    result = WinResult(
        rule="vote_for_n_guaranteed",
        rule_label=f"Vote for {n}, plurality: the top {n} win",
        win_number=g,
        guaranteed=g,
    )
    result.steps.append(
        Step(
            f"Guaranteed bound: floor({fmt_int(t)} x {n} / {n + 1}) + 1 = {fmt_int(g)} votes "
            f"(reasoning in ballots: each ballot carries up to {n} votes).",
            "vote_for_n_bound",
        )
    )
    basis = plan.win.multi_seat_basis
    if basis is not MultiSeatBasis.GUARANTEED:
        hist = _historical(plan, t, n, basis, result.steps)
        result.historical = hist
        if hist is None:
            result.warnings.append(
                "No past election has the "
                + ("last winner's" if basis is MultiSeatBasis.LAST_WINNER else "first loser's")
                + " votes: the win number falls back to the guaranteed bound."
            )
        else:
            result.win_number = hist
            result.rule = f"vote_for_n_{basis.value}"
            who = "last winner" if basis is MultiSeatBasis.LAST_WINNER else "first loser"
            result.rule_label = f"Vote for {n}, plurality: the {who}'s share of ballots in the past"
    result.warnings.append(
        f"Voters may 'bullet vote' (choose fewer than {n}); ask supporters to vote for you and "
        "count on ballots, not votes."
    )
    return result


def _historical(plan: Plan, t: int, n: int, basis: MultiSeatBasis, steps: list[Step]) -> int | None:
    elections, _ = comparable_elections(plan)
    roll_off = roll_off_factor(plan)
    shares: list[Fraction] = []
    for e in elections:
        votes = e.last_winner_votes if basis is MultiSeatBasis.LAST_WINNER else e.first_loser_votes
        ballots, _how = contest_ballots(e, n, roll_off)
        if votes is None or not ballots:
            continue
        if len(shares) >= plan.turnout.years_to_use:
            break
        share = Fraction(votes) / ballots
        shares.append(share)
        who = "last winner" if basis is MultiSeatBasis.LAST_WINNER else "first loser"
        steps.append(
            Step(
                f"{e.year}: the {who} had {fmt_int(votes)} votes of {float(ballots):,.0f} ballots "
                f"= {fmt_pct(share * 100, 2)}.",
                "vote_for_n_history",
            )
        )
    if not shares:
        return None
    avg = sum(shares, Fraction(0)) / len(shares)
    if basis is MultiSeatBasis.LAST_WINNER:
        value = ceil_frac(avg * t)
        steps.append(
            Step(
                f"Average share {fmt_pct(avg * 100, 2)} x {fmt_int(t)} projected ballots, "
                f"rounded up = {fmt_int(value)} votes.",
                "vote_for_n_history",
            )
        )
    else:
        value = floor_frac(avg * t) + 1
        steps.append(
            Step(
                f"Average share {fmt_pct(avg * 100, 2)} x {fmt_int(t)} projected ballots, "
                f"rounded down, + 1 to beat the first loser = {fmt_int(value)} votes.",
                "vote_for_n_history",
            )
        )
    return value


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
                f"floor({fmt_int(t)} / 2) + 1 = {fmt_int(m)} votes in the final round.",
                "rcv_majority",
            )
        )
        return result
    q = droop_quota(t, seats)
    result = WinResult(
        rule="rcv_droop",
        rule_label=f"Ranked choice, {seats} seats: the Droop quota",
        win_number=q,
    )
    result.steps.append(
        Step(f"Droop quota: floor({fmt_int(t)} / ({seats} + 1)) + 1 = {fmt_int(q)} votes.", "droop")
    )
    return result


def _top_two(t: int) -> WinResult:
    v = t // 3 + 1
    result = WinResult(
        rule="top_two",
        rule_label="Top-two primary: finish in the top two",
        win_number=v,
    )
    result.steps.append(
        Step(
            f"floor({fmt_int(t)} / 3) + 1 = {fmt_int(v)} votes guarantee a top-two finish.",
            "top_two",
        )
    )
    return result


def base_share_pct(plan: Plan) -> tuple[Fraction | None, list[Step]]:
    """The base support share: the user's own figure, or the average of the 3 lowest shares."""
    p = plan.path
    if p.base_support_pct is not None:
        pct = frac(p.base_support_pct)
        return pct, [Step(f"Base support: your figure, {fmt_pct(pct)}.", "wellstone_deficit")]
    shares = sorted(p.base_shares, key=lambda b: b.share_pct)[:3]
    if not shares:
        return None, []
    avg = sum((frac(b.share_pct) for b in shares), Fraction(0)) / len(shares)
    listed = ", ".join(f"{b.label or b.year} {fmt_pct(b.share_pct)}" for b in shares)
    return avg, [
        Step(
            f"Base support: average of the {len(shares)} lowest shares of candidates like you "
            f"({listed}) = {fmt_pct(avg, 2)}.",
            "wellstone_deficit",
        )
    ]


def _goal(plan: Plan, t: int, result: WinResult) -> None:
    if result.win_number is None:
        return
    margin = frac(plan.win.safety_margin_pct)
    result.margin_pct = plan.win.safety_margin_pct
    goal = ceil_frac(result.win_number * (1 + margin / 100))
    result.vote_goal = goal
    result.steps.append(
        Step(
            f"Vote goal: {fmt_int(result.win_number)} x (1 + {fmt_pct(margin)} safety margin), "
            f"rounded up = {fmt_int(goal)} votes.",
            "margin",
        )
    )
    pct, steps = base_share_pct(plan)
    result.steps += steps
    if pct is None:
        result.warnings.append(
            "Add past results of candidates like you (or your own base estimate) to find your "
            "base and vote deficit."
        )
        return
    result.base_pct = float(pct)
    base = floor_frac(pct / 100 * t)
    result.base_votes = base
    result.deficit = max(goal - base, 0)
    result.steps += [
        Step(
            f"Base: {fmt_pct(pct, 2)} x {fmt_int(t)} = {fmt_int(base)} votes (rounded down).",
            "wellstone_deficit",
        ),
        Step(
            f"Vote deficit: {fmt_int(goal)} - {fmt_int(base)} = {fmt_int(result.deficit)} votes "
            "to win through voter contact.",
            "wellstone_deficit",
        ),
    ]
