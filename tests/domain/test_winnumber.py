"""Win number, vote goal, base and deficit (domain notes §3), checked by hand and by brute force."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date
from itertools import combinations, combinations_with_replacement

import pytest

from tests.plans import MakePlan, Past
from winbook.domain.figures import compute_figures
from winbook.domain.model import (
    BaseShare,
    MultiSeatBasis,
    PastElection,
    PluralityRule,
    PrimaryType,
    Stage,
    TurnoutMethod,
    VotingMethod,
)
from winbook.domain.sources import SOURCES
from winbook.domain.winnumber import (
    compute_win,
    droop_quota,
    guaranteed_vote_for_n,
    majority_of,
    plurality_divisor,
    top_two_threshold,
)

# --------------------------------------------------------------------------- one seat


def test_two_way_majority(make_plan: MakePlan) -> None:
    r = compute_win(make_plan(), 1_001)
    assert (r.rule, r.win_number, r.majority) == ("majority", 501, 501)  # floor(1,001/2)+1
    assert r.steps[0].source == "majority"


def test_tie_with_even_t_needs_one_more(make_plan: MakePlan) -> None:
    # T = 1,000: 500 each is a tie, so 501 wins
    assert compute_win(make_plan(), 1_000).win_number == 501
    assert compute_win(make_plan(), 2).win_number == 2  # 1-1 is a tie
    assert compute_win(make_plan(), 1).win_number == 1


@pytest.mark.parametrize(
    ("x", "divisor", "estimate"),
    [
        (3, 3, 3_001),  # T/X: floor(9,000/3)+1
        (4, 4, 2_251),  # floor(9,000/4)+1 = 2,250+1
        (5, 2, 4_501),  # T/(X-3): 9,000/2 = 4,500 +1 (the majority figure)
        (9, 6, 1_501),  # T/(X-3) = 9,000/6 = 1,500 +1
        (10, 5, 1_801),  # T/(X-5) = 9,000/5 = 1,800 +1
        (11, 6, 1_501),  # T/(X-5) = 9,000/6
    ],
)
def test_plurality_rule_of_thumb(make_plan: MakePlan, x: int, divisor: int, estimate: int) -> None:
    assert plurality_divisor(x) == divisor
    r = compute_win(make_plan(candidates=x), 9_000)
    assert r.rule == "plurality_estimate"
    assert r.plurality_divisor == divisor
    assert r.win_number == r.plurality_estimate == estimate
    assert r.majority == 4_501  # shown alongside, always
    assert "Wellstone" in r.rule_label
    assert {s.source for s in r.steps} >= {"majority", "wellstone_plurality"}


def test_plurality_majority_rule(make_plan: MakePlan) -> None:
    r = compute_win(make_plan(candidates=3, plurality_rule=PluralityRule.MAJORITY), 9_000)
    assert (r.rule, r.win_number, r.plurality_estimate) == ("plurality_majority", 4_501, 3_001)
    assert "majority" in r.rule_label


def test_estimate_never_above_majority(make_plan: MakePlan) -> None:
    # X = 5 divides by 2; T odd: floor(9/2)+1 = 5 = the majority, never more
    for t in range(1, 60):
        for x in (3, 5, 6, 10, 12):
            r = compute_win(make_plan(candidates=x), t)
            assert r.plurality_estimate is not None
            assert r.plurality_estimate <= majority_of(t)


# --------------------------------------------------------------------------- vote for N


def _ui_history(past: Past) -> list[PastElection]:
    # a vote-for-3 contest: 10,000 ballots, last winner 2,700 (27%), first loser 2,500 (25%)
    return [
        past(2023, 25_000, seats=3, contest_ballots=10_000, last_winner_votes=2_700,
             first_loser_votes=2_500),
    ]  # fmt: skip


def test_vote_for_n_ui_example(make_plan: MakePlan, past: Past) -> None:
    plan = make_plan(seats=3, candidates=6, history=_ui_history(past))
    r = compute_win(plan, 41_207)
    # guaranteed: floor(41,207 x 3 / 4) + 1 = floor(30,905.25) + 1 = 30,906
    assert r.guaranteed == 30_906
    # history: 27% x 41,207 = 11,125.89 -> 11,126; vote goal 11,126 x 1.05 = 11,682.3 -> 11,683
    assert (r.rule, r.win_number, r.historical) == ("vote_for_n_last_winner", 11_126, 11_126)
    assert r.vote_goal == 11_683
    # first loser: 25% x 41,207 = 10,301.75 -> floor + 1 = 10,302
    assert r.historical_first_loser == 10_302
    assert any("bullet vote" in w for w in r.warnings)
    assert any(s.source == "vote_for_n_history" for s in r.steps)


def test_vote_for_n_first_loser_basis(make_plan: MakePlan, past: Past) -> None:
    plan = make_plan(
        seats=3, candidates=6, history=_ui_history(past), basis=MultiSeatBasis.FIRST_LOSER
    )
    r = compute_win(plan, 41_207)
    assert (r.rule, r.win_number) == ("vote_for_n_first_loser", 10_302)


def test_vote_for_n_guaranteed_basis_still_shows_history(make_plan: MakePlan, past: Past) -> None:
    plan = make_plan(
        seats=3, candidates=6, history=_ui_history(past), basis=MultiSeatBasis.GUARANTEED
    )
    r = compute_win(plan, 41_207)
    assert (r.rule, r.win_number, r.historical) == ("vote_for_n_guaranteed", 30_906, 11_126)


def test_vote_for_n_without_history_falls_back(make_plan: MakePlan) -> None:
    r = compute_win(make_plan(seats=2, candidates=4), 1_000)
    # floor(1,000 x 2 / 3) + 1 = 666 + 1
    assert (r.rule, r.win_number) == ("vote_for_n_guaranteed", 667)
    assert any("falls back to the bound" in w for w in r.warnings)


def test_historical_estimate_is_capped_at_the_bound(make_plan: MakePlan, past: Past) -> None:
    odd = past(2023, None, seats=2, contest_ballots=100, last_winner_votes=80)
    r = compute_win(make_plan(seats=2, candidates=4, history=[odd]), 100)
    # history says 80% x 100 = 80, but floor(200/3)+1 = 67 always wins
    assert r.historical == 80
    assert (r.rule, r.win_number) == ("vote_for_n_guaranteed", 67)


def test_history_uses_ballots_after_roll_off(make_plan: MakePlan, past: Past) -> None:
    row = past(2023, None, seats=3, ballots_cast=20_000, last_winner_votes=4_255)
    plan = make_plan(seats=3, candidates=7, history=[row], roll_off=14.9)
    r = compute_win(plan, 17_020)
    # contest ballots 20,000 x 0.851 = 17,020; share 4,255 / 17,020 = 25%; 25% x 17,020 = 4,255
    assert r.win_number == 4_255


def test_n_larger_than_the_field(make_plan: MakePlan) -> None:
    for seats, field in ((3, 2), (3, 3), (1, 1)):
        r = compute_win(make_plan(seats=seats, candidates=field), 5_000)
        assert (r.rule, r.win_number) == ("uncontested", 1)
        assert any("grow before filing closes" in w for w in r.warnings)


def test_droop_differs_from_vote_for_n(make_plan: MakePlan) -> None:
    rcv = compute_win(make_plan(seats=3, candidates=6, voting=VotingMethod.RANKED_CHOICE), 1_000)
    plain = compute_win(make_plan(seats=3, candidates=6), 1_000)
    # Droop: floor(1,000 / 4) + 1 = 251; plain vote for 3: floor(3,000 / 4) + 1 = 751
    assert (rcv.rule, rcv.win_number, rcv.droop) == ("rcv_droop", 251, 251)
    assert (plain.rule, plain.win_number) == ("vote_for_n_guaranteed", 751)
    assert rcv.steps[0].source == "droop"
    assert droop_quota(41_207, 3) == 10_302  # floor(10,301.75) + 1


def test_rcv_one_seat(make_plan: MakePlan) -> None:
    r = compute_win(make_plan(candidates=5, voting=VotingMethod.RANKED_CHOICE), 1_000)
    assert (r.rule, r.win_number) == ("rcv_majority", 501)
    assert r.steps[0].source == "rcv_majority"


# --------------------------------------------------------------------------- primaries


def test_top_two_primary(make_plan: MakePlan) -> None:
    plan = make_plan(candidates=5, stage=Stage.PRIMARY, primary_type=PrimaryType.TOP_TWO)
    r = compute_win(plan, 900)
    # floor(900 / 3) + 1 = 301
    assert (r.rule, r.win_number) == ("top_two", 301)
    assert [s.source for s in r.steps[:2]] == ["primary_turnout", "top_two"]
    plan.race.candidates_expected = 2
    r = compute_win(plan, 900)
    assert (r.rule, r.win_number) == ("uncontested", 1)  # both advance


def test_closed_primary_three_candidates(make_plan: MakePlan) -> None:
    plan = make_plan(candidates=3, stage=Stage.PRIMARY, primary_type=PrimaryType.CLOSED)
    r = compute_win(plan, 3_000)
    assert (r.rule, r.win_number, r.majority) == ("plurality_estimate", 1_001, 1_501)
    assert r.steps[0].source == "primary_turnout"
    assert "closed primary" in r.steps[0].text
    assert any("runoff" in w for w in r.warnings)


def test_primary_turnout_comes_from_primary_history(make_plan: MakePlan, past: Past) -> None:
    history = [past(2022, 20_000), past(2022, 4_000, stage=Stage.PRIMARY)]
    plan = make_plan(
        stage=Stage.PRIMARY,
        primary_type=PrimaryType.OPEN,
        cycle=history[0].cycle,
        candidates=2,
        history=history,
    )
    f = compute_figures(plan)
    assert f.turnout.projected == 4_000
    # one primary to go on, no back-test: high = 4,000 x 1.15 = 4,600; floor(4,600 / 2) + 1
    assert f.turnout.high == 4_600
    assert f.win.win_number == 2_301


# --------------------------------------------------------------------------- goal, base, deficit


def test_vote_goal_margin_is_visible(make_plan: MakePlan) -> None:
    # 501 x 1.05 = 526.05 -> 527; 501 x 1.03 = 516.03 -> 517; 0% -> 501
    for margin, goal in ((5.0, 527), (3.0, 517), (0.0, 501)):
        r = compute_win(make_plan(margin=margin), 1_000)
        assert (r.vote_goal, r.margin_pct) == (goal, margin)
        assert any(s.source == "margin" and f"{margin:g}%" in s.text for s in r.steps)


def test_vote_goal_above_turnout_warns(make_plan: MakePlan) -> None:
    r = compute_win(make_plan(margin=100.0), 10)
    assert r.vote_goal == 12  # (floor(10/2)+1) x 2
    assert any("above the projected turnout" in w for w in r.warnings)


def test_base_and_deficit(make_plan: MakePlan) -> None:
    shares = [BaseShare(2017, "A", 30.0), BaseShare(2019, "B", 25.0), BaseShare(2021, "C", 40.0),
              BaseShare(2023, "D", 35.0)]  # fmt: skip
    r = compute_win(make_plan(base_shares=shares), 10_000)
    # 3 lowest: 25, 30, 35 -> 30%; base 30% x 10,000 = 3,000
    # goal: (5,000 + 1) x 1.05 = 5,251.05 -> 5,252; deficit 5,252 - 3,000 = 2,252
    assert r.base_pct == 30.0
    assert r.base_shares_used == [25.0, 30.0, 35.0]
    assert (r.vote_goal, r.base_votes, r.deficit) == (5_252, 3_000, 2_252)
    assert {s.source for s in r.steps if "ase" in s.text} == {"wellstone_deficit"}


def test_base_rounds_down(make_plan: MakePlan) -> None:
    shares = [BaseShare(2021, "", 21.0), BaseShare(2022, "", 22.0), BaseShare(2023, "", 23.5)]
    r = compute_win(make_plan(base_shares=shares), 1_000)
    # (21 + 22 + 23.5) / 3 = 22.1667% x 1,000 = 221.67 -> 221
    assert r.base_votes == 221


def test_base_leaves_out_old_results(make_plan: MakePlan) -> None:
    shares = [BaseShare(2012, "old", 5.0), BaseShare(2019, "", 30.0), BaseShare(2023, "", 40.0)]
    r = compute_win(make_plan(base_shares=shares, election=date(2025, 11, 4)), 1_000)
    # 2012 is older than 2025 - 10 = 2015: (30 + 40) / 2 = 35% -> 350
    assert r.base_votes == 350
    assert any(s.text.startswith("old (2012) left out") for s in r.steps)


def test_manual_base_and_no_deficit_when_base_is_enough(make_plan: MakePlan) -> None:
    r = compute_win(make_plan(base_pct=60.0), 1_000)
    # base 600 >= goal 527
    assert (r.base_votes, r.vote_goal, r.deficit) == (600, 527, 0)


def test_no_base_warns(make_plan: MakePlan) -> None:
    r = compute_win(make_plan(), 1_000)
    assert r.base_votes is None and r.deficit is None
    assert any("candidates like you" in w for w in r.warnings)


def test_every_step_cites_a_known_source(make_plan: MakePlan, past: Past) -> None:
    plans = [
        make_plan(candidates=c, seats=s, voting=v, stage=st, primary_type=pt, base_pct=20.0,
                  history=_ui_history(past), method=TurnoutMethod.MOST_RECENT)
        for c in (2, 3, 6, 11)
        for s in (1, 3)
        for v in VotingMethod
        for st, pt in ((Stage.GENERAL, PrimaryType.NONE), (Stage.PRIMARY, PrimaryType.TOP_TWO))
    ]  # fmt: skip
    for plan in plans:
        plan.history[0].stage = plan.race.stage
        f = compute_figures(plan)
        for step in f.win.steps:
            if f.win.rule == "uncontested" and not step.source:
                continue  # "every candidate wins" rests on no published source
            assert step.source in SOURCES, (plan.race, step)


# --------------------------------------------------------------------------- brute force


def _ballots(candidates: int, n: int) -> list[tuple[int, ...]]:
    """Every ballot a voter can cast: any set of at most N distinct candidates (blank included)."""
    return [c for size in range(n + 1) for c in combinations(range(candidates), size)]


def _profiles(b: int, candidates: int, n: int) -> Iterator[list[int]]:
    """Vote counts of every way B voters can fill in their ballots."""
    for profile in combinations_with_replacement(_ballots(candidates, n), b):
        counts = [0] * candidates
        for ballot in profile:
            for c in ballot:
                counts[c] += 1
        yield counts


def _most_votes_that_can_lose(b: int, n: int, candidates: int, places: int) -> int:
    """The most votes candidate 0 can have while `places` rivals still have at least as many."""
    best = -1
    for counts in _profiles(b, candidates, n):
        v = counts[0]
        if v > best and sum(1 for c in counts[1:] if c >= v) >= places:
            best = v
    return best


@pytest.mark.parametrize(
    ("n", "candidates", "max_b"), [(1, 2, 8), (2, 3, 6), (2, 4, 5), (3, 4, 5), (3, 5, 4)]
)
def test_vote_for_n_bound_is_exact_by_brute_force(n: int, candidates: int, max_b: int) -> None:
    # Enumerate every way B ballots of up to N votes can be cast: the bound must beat the
    # best losing count by exactly one (sufficient, and no larger than needed).
    for b in range(max_b + 1):
        losing = _most_votes_that_can_lose(b, n, candidates, places=n)
        assert guaranteed_vote_for_n(b, n) == losing + 1, (b, n, candidates)


@pytest.mark.parametrize("candidates", [3, 4])
def test_top_two_bound_by_brute_force(candidates: int) -> None:
    for b in range(8):
        losing = _most_votes_that_can_lose(b, 1, candidates, places=2)
        assert top_two_threshold(b) == losing + 1


def test_majority_by_brute_force() -> None:
    for b in range(12):
        assert majority_of(b) == _most_votes_that_can_lose(b, 1, 2, places=1) + 1


def test_droop_quota_definition() -> None:
    # N+1 candidates can never all reach the quota, but N+1 can all reach one vote less
    for b in range(300):
        for n in range(1, 6):
            q = droop_quota(b, n)
            assert (n + 1) * q > b
            assert (n + 1) * (q - 1) <= b


def test_vote_for_n_win_number_never_exceeds_the_bound(make_plan: MakePlan, past: Past) -> None:
    rng = random.Random(20251104)
    for _ in range(300):
        n = rng.randint(2, 5)
        ballots = rng.randint(1, 5_000)
        row = past(2023, None, seats=n, contest_ballots=ballots,
                   last_winner_votes=rng.randint(0, ballots))  # fmt: skip
        t = rng.randint(1, 50_000)
        r = compute_win(make_plan(seats=n, candidates=n + 3, history=[row]), t)
        assert r.win_number is not None
        assert 0 < r.win_number <= guaranteed_vote_for_n(t, n)
