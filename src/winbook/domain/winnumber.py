"""Win number, vote goal, base and vote deficit (domain notes §3).

Every rule reasons in ballots: T is the number of ballots expected in the contest. The result
holds the figure in force (`win_number`, named by `rule`) and the other figures a reviewer may
want to compare (the majority, the plurality estimate, the vote-for-N bound, the historical
estimates), each with the steps that produce it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from winbook.domain.explain import Step, ceil_frac, floor_frac, fmt_int, fmt_pct, frac
from winbook.domain.model import (
    BaseShare,
    MultiSeatBasis,
    PastElection,
    Plan,
    PluralityRule,
    PrimaryType,
    Stage,
    VotingMethod,
)
from winbook.domain.turnout import (
    Unit,
    comparable_elections,
    measure,
    roll_off_factor,
)

#: Base shares older than this many years before the election are left out (Wellstone: 6-10).
BASE_YEARS_BACK = 10


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
    #: Vote for N: the estimates from the last winner's and the first loser's past shares.
    historical_last_winner: int | None = None
    historical_first_loser: int | None = None
    #: Ranked choice, N seats: the Droop quota.
    droop: int | None = None
    #: The divisor of Wellstone's plurality rule of thumb (X, X - 3 or X - 5).
    plurality_divisor: int | None = None
    #: The base shares (per cent) averaged for the base, lowest first.
    base_shares_used: list[float] = field(default_factory=list)
    #: The turnout the figures were computed on, and what it counts (ballots or votes).
    turnout: int | None = None
    unit: Unit = "ballots"
    #: One seat, 3+ candidates: the lowest past winner's share (per cent) and its year.
    lowest_winner_pct: float | None = None
    lowest_winner_year: int | None = None


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


def compute_win(plan: Plan, turnout: int | None, unit: Unit = "ballots") -> WinResult:
    """The win number for the plan's race type and the turnout ``turnout``.

    ``unit`` says what ``turnout`` counts: ballots, or (a vote-for-N race whose history gives
    only the contest's votes) votes.
    """
    race = plan.race
    if turnout is None or turnout <= 0:
        result = WinResult(rule="none", rule_label="No projected turnout yet", win_number=None)
        result.warnings.append(
            "The win number needs a projected turnout first."
            if turnout is None
            else "A projected turnout of 0 ballots gives no win number: check the turnout figures."
        )
        return result
    seats, field_size = max(race.seats, 1), max(race.candidates_expected, 1)
    result = _rule(plan, turnout, seats, field_size, unit)
    result.turnout, result.unit = turnout, unit
    if race.stage is Stage.PRIMARY:
        _primary_note(plan, field_size, result)
    _goal(plan, turnout, result)
    return result


def _primary_note(plan: Plan, field_size: int, result: WinResult) -> None:
    kind = {
        PrimaryType.OPEN: "an open primary",
        PrimaryType.CLOSED: "a closed primary",
        PrimaryType.TOP_TWO: "a top-two primary (all candidates on one ballot)",
        PrimaryType.NONE: "a primary",
    }[plan.race.primary_type]
    who = "all primary voters" if plan.race.primary_type is PrimaryType.TOP_TWO else "your party"
    result.steps.insert(
        0,
        Step(
            f"This is {kind}: T is the past primary turnout of {who}, not the general election's.",
            "primary_turnout",
        ),
    )
    if plan.race.primary_type is not PrimaryType.TOP_TWO and field_size > 2:
        result.warnings.append(
            "Some states hold a runoff when no one reaches a set share in a primary (a majority, "
            "or 30–40%); check your state's rule."
        )


def _rule(plan: Plan, t: int, seats: int, field_size: int, unit: Unit) -> WinResult:
    race = plan.race
    top_two = race.stage is Stage.PRIMARY and race.primary_type is PrimaryType.TOP_TWO
    if top_two:
        return _uncontested(t, 2, field_size, advance=True) if field_size <= 2 else _top_two(t)
    if field_size <= seats:
        return _uncontested(t, seats, field_size)
    if race.voting_method is VotingMethod.RANKED_CHOICE:
        return _rcv(t, seats)
    if seats > 1:
        return _vote_for_n(plan, t, seats, unit)
    if field_size <= 2:
        return _two_way(t)
    return _multi_candidate(plan, t, field_size)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


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
        "three-way county race the winner needed 49.8 %): the majority figure is safer."
    )


def _use_lowest_winner(result: WinResult, t: int, x: int, lowest: tuple[Fraction, int]) -> None:
    share, year = lowest
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


def _divisor_text(x: int) -> str:
    if x <= 4:
        return "X"
    return "(X − 3)" if x <= 9 else "(X − 5)"


def _vote_for_n(plan: Plan, t: int, n: int, unit: Unit) -> WinResult:
    if unit == "votes":
        g = votes_bound(t, n)
        bound_step = Step(
            f"Bound from votes: floor({fmt_int(t)} votes / ({n} + 1)) + 1 = {fmt_int(g)} votes "
            f"always win a seat, if {fmt_int(t)} votes are cast (N rivals at {fmt_int(g)} or "
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
                f"{fmt_int(g)}, which always wins: the win number is {fmt_int(g)}.",
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
    avg = sum(shares, Fraction(0)) / len(shares)
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
    share = Fraction(votes) / total
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
    avg = sum((frac(b.share_pct) for b in shares), Fraction(0)) / len(shares)
    listed = ", ".join(f"{b.label or b.year} {fmt_pct(b.share_pct)}" for b in shares)
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
