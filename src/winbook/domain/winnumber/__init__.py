"""Win number, vote goal, base and vote deficit (domain notes §3).

Every rule reasons in ballots: T is the number of ballots expected in the contest. The result
holds the figure in force (`win_number`, named by `rule`) and the other figures a reviewer may
want to compare (the majority, the plurality estimate, the vote-for-N bound, the historical
estimates), each with the steps that produce it.

The rooms: `result` (WinResult), `rules` (the thresholds and simple races), `plurality`
(one seat, many candidates), `vote_for_n`, `base` (base, vote goal, deficit); this module
chooses the rule in `compute_win`.
"""

from __future__ import annotations

from winbook.domain.explain import Step
from winbook.domain.model import Plan, PrimaryType, Stage, VotingMethod
from winbook.domain.turnout import Unit
from winbook.domain.winnumber.base import _goal, base_share_pct, base_shares_used
from winbook.domain.winnumber.plurality import _multi_candidate, lowest_winner_share
from winbook.domain.winnumber.result import BASE_YEARS_BACK, WinResult
from winbook.domain.winnumber.rules import (
    _rcv,
    _top_two,
    _two_way,
    _uncontested,
    droop_quota,
    guaranteed_vote_for_n,
    majority_of,
    plurality_divisor,
    plurality_estimate,
    top_two_threshold,
    votes_bound,
)
from winbook.domain.winnumber.vote_for_n import _vote_for_n

__all__ = [
    "BASE_YEARS_BACK",
    "WinResult",
    "base_share_pct",
    "base_shares_used",
    "compute_win",
    "droop_quota",
    "guaranteed_vote_for_n",
    "lowest_winner_share",
    "majority_of",
    "plurality_divisor",
    "plurality_estimate",
    "top_two_threshold",
    "votes_bound",
]


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
