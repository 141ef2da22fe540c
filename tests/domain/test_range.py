"""Turnout as a range (domain notes §2a): competitiveness, the back-test, the bounds, planning on
high turnout; the votes bound and the plurality default of §3. Every figure worked by hand."""

from __future__ import annotations

import itertools
import random

from tests.plans import MakePlan, Past
from winbook.domain.figures import compute_figures
from winbook.domain.model import MultiSeatBasis, PastElection, PlanOn, PluralityRule, TurnoutMethod
from winbook.domain.turnout import competitiveness, project_turnout
from winbook.domain.winnumber import compute_win, guaranteed_vote_for_n, votes_bound

# --------------------------------------------------------------------------- competitiveness


def test_uncontested_write_in_only_and_blowouts_are_flagged(past: Past) -> None:
    assert competitiveness(past(2023, 900, candidates=1)) == "uncontested (1 candidate for 1 seat)"
    assert competitiveness(past(2023, 900, seats=3, candidates=3)) == (
        "uncontested (3 candidates for 3 seats)"
    )
    assert competitiveness(past(2023, 900, candidates=0)) == "only write-in candidates"
    # a blowout is 70% or more of the votes: 700 of 1,000 is, 699 is not
    assert "blowout" in competitiveness(past(2023, 1_000, winner_votes=700))
    assert competitiveness(past(2023, 1_000, winner_votes=699)) == ""
    assert competitiveness(past(2023, 1_000, candidates=2, winner_votes=550)) == ""


def test_flagged_years_are_left_out_while_two_contested_remain(
    make_plan: MakePlan, past: Past
) -> None:
    history = [
        past(2025, 1_000, candidates=2),
        past(2023, 400, candidates=1),  # uncontested: few turn out
        past(2021, 1_200, candidates=3),
        past(2019, 1_100, candidates=2),
    ]
    r = project_turnout(make_plan(history=history))
    assert r.left_out == [(2023, "uncontested (1 candidate for 1 seat)")]
    # the three newest contested: (1,000 + 1,200 + 1,100) / 3 = 1,100
    assert (r.used_years, r.projected) == ([2025, 2021, 2019], 1_100)
    assert any(s.text.startswith("2023 left out of the average: uncontested") for s in r.steps)
    # one click puts it back: (1,000 + 400 + 1,200) / 3 = 866.7 -> 867
    history[1].use_anyway = True
    r = project_turnout(make_plan(history=history))
    assert (r.left_out, r.used_years, r.projected) == ([], [2025, 2023, 2021], 867)


def test_flagged_years_stay_when_fewer_than_two_contested_remain(
    make_plan: MakePlan, past: Past
) -> None:
    history = [past(2025, 1_000, candidates=2), past(2023, 400, candidates=1)]
    r = project_turnout(make_plan(history=history))
    assert r.left_out == [] and r.projected == 700  # (1,000 + 400) / 2
    assert any("kept although flagged" in s.text for s in r.steps)


# --------------------------------------------------------------------------- back-test and range

# Contest votes 2011 1,000; 2015 1,200; 2019 1,500; 2023 1,100 (one seat, odd years).
#   Back-test 2019 from 2015, 2011: (1,200 + 1,000) / 2 = 1,100 vs 1,500: -26.67%
#   Back-test 2023 from 2019, 2015, 2011: 3,700 / 3 = 1,233.3 -> 1,234 vs 1,100: +12.18%
#   Expected: (1,100 + 1,500 + 1,200) / 3 = 1,266.7 -> 1,267
#   High: 1,267 x (1 + 4/15) = 1,604.9 -> 1,605; low: 1,267 x (1 - 134/1,100) = 1,112.7 -> 1,113


def _four(past: Past) -> list[PastElection]:
    return [past(2011, 1_000), past(2015, 1_200), past(2019, 1_500), past(2023, 1_100)]


def test_back_test_projects_each_year_from_the_earlier_ones_alone(
    make_plan: MakePlan, past: Past
) -> None:
    r = project_turnout(make_plan(history=_four(past)))
    got = [(p.year, p.projected, p.actual, p.from_years) for p in r.backtest]
    assert got == [(2019, 1_100, 1_500, (2015, 2011)), (2023, 1_234, 1_100, (2019, 2015, 2011))]
    assert round(r.backtest[0].error_pct, 2) == -26.67
    assert round(r.backtest[1].error_pct, 2) == 12.18


def test_range_bounds_come_from_the_worst_misses(make_plan: MakePlan, past: Past) -> None:
    r = project_turnout(make_plan(history=_four(past)))
    assert (r.low, r.projected, r.high) == (1_113, 1_267, 1_605)
    texts = [s.text for s in r.range_steps]
    assert any(
        t.startswith("High turnout: the largest under-projection") and "2019" in t for t in texts
    )
    assert any(
        t.startswith("Low turnout: the largest over-projection") and "2023" in t for t in texts
    )


def test_range_floor_and_cap(make_plan: MakePlan, past: Past) -> None:
    # steady history: back-test misses of 0% -> the 10% floor on both sides
    steady = [past(y, 1_000) for y in (2011, 2015, 2019, 2023)]
    r = project_turnout(make_plan(history=steady))
    assert (r.low, r.projected, r.high) == (900, 1_000, 1_100)
    # a surge: 2019 projected (1,000 + 1,000) / 2 = 1,000 vs 3,000 (-66.7%), 2023 from the
    # three = 1,667 vs 1,000 (+66.7%): both capped at 60%; expected (1,000 + 3,000 + 1,000) / 3
    # = 1,666.7 -> 1,667; high 1,667 x 1.6 = 2,667.2 -> 2,668; low 1,667 x 0.4 = 666.8 -> 667
    surge = [past(2011, 1_000), past(2015, 1_000), past(2019, 3_000), past(2023, 1_000)]
    r = project_turnout(make_plan(history=surge))
    assert (r.low, r.projected, r.high) == (667, 1_667, 2_668)
    assert any("capped at 60%" in s.text for s in r.range_steps)


def test_too_little_history_gives_plus_minus_15_and_says_so(
    make_plan: MakePlan, past: Past
) -> None:
    r = project_turnout(make_plan(history=[past(2019, 1_000), past(2023, 1_200)]))
    # 1,100 expected; no year has two before it: 1,100 x 0.85 = 935, x 1.15 = 1,265
    assert (r.backtest, r.low, r.projected, r.high) == ([], 935, 1_100, 1_265)
    assert any(
        "fewer than two past elections could be back-tested" in s.text for s in r.range_steps
    )


def test_the_win_number_is_planned_on_high_unless_asked(make_plan: MakePlan, past: Past) -> None:
    f = compute_figures(make_plan(history=_four(past)))
    # majority of the high figure: floor(1,605 / 2) + 1 = 803; beside it on 1,267: 634
    assert (f.turnout.planned, f.win.win_number) == (1_605, 803)
    assert f.win_other is not None and f.win_other.win_number == 634
    f = compute_figures(make_plan(history=_four(past), plan_on=PlanOn.EXPECTED))
    assert (f.turnout.planned, f.win.win_number) == (1_267, 634)
    assert f.win_other is not None and f.win_other.win_number == 803
    assert any("the goal will not be enough" in s.text for s in f.turnout.range_steps)


def test_turnout_rate_back_test_uses_each_years_own_registration(
    make_plan: MakePlan, past: Past
) -> None:
    rows = [
        past(2011, registered=10_000, ballots_cast=2_000),
        past(2015, registered=10_000, ballots_cast=3_000),
        past(2019, registered=12_000, ballots_cast=3_600),
    ]
    r = project_turnout(
        make_plan(history=rows, method=TurnoutMethod.TURNOUT_RATE, registered=12_600)
    )
    # 2019 from 2015, 2011: rate (20% + 30%) / 2 = 25% x 12,000 (2019's registration)
    # = 3,000 vs 3,600 actual: -16.67%
    assert [(p.year, p.projected, p.actual) for p in r.backtest] == [(2019, 3_000, 3_600)]
    # registration now 12,600 against 12,000 in 2019: +5%
    assert r.registration_growth_pct == 5.0
    assert any(
        "Registration: 12,600 now against 12,000 in 2019 (+5%)" in s.text for s in r.range_steps
    )


# --------------------------------------------------------------------------- §3 rules


def test_votes_bound_by_hand() -> None:
    # floor(V / (N + 1)) + 1
    assert votes_bound(1_000, 3) == 251
    assert votes_bound(999, 3) == 250
    assert votes_bound(27_189, 3) == 6_798
    # never above the ballots bound, since V <= B x N
    assert votes_bound(3 * 1_000, 3) <= guaranteed_vote_for_n(1_000, 3)


def test_votes_bound_brute_force_on_small_elections() -> None:
    """On random small elections, a candidate with at least the votes bound is in the top N."""
    rng = random.Random(20261201)
    for _ in range(3_000):
        n, c, b = rng.randint(1, 3), rng.randint(2, 6), rng.randint(1, 12)
        if c <= n:
            continue
        votes = [0] * c
        for _ballot in range(b):
            for cand in rng.sample(range(c), rng.randint(0, n)):
                votes[cand] += 1
        bound = votes_bound(sum(votes), n)
        for i, v in enumerate(votes):
            if v >= bound:
                rivals = sum(1 for j, w in enumerate(votes) if j != i and w >= v)
                assert rivals < n, (votes, n, bound)
    # and the bound is tight: with V = (N + 1) x k, N + 1 candidates can tie at k = bound - 1
    for n, k in itertools.product(range(1, 4), range(1, 6)):
        assert votes_bound((n + 1) * k, n) == k + 1


def test_vote_for_n_from_votes_alone_gets_a_figure(make_plan: MakePlan, past: Past) -> None:
    history = [
        past(2019, 9_000, seats=3, last_winner_votes=2_000),
        past(2021, 12_000, seats=4, last_winner_votes=2_100),
    ]
    plan = make_plan(seats=3, candidates=6, history=history, basis=MultiSeatBasis.GUARANTEED)
    f = compute_figures(plan)
    # votes scaled to 3 seats: 9,000 and 12,000 x 3/4 = 9,000: expected 9,000 votes; no back-test
    # point: high 10,350; bound floor(10,350 / 4) + 1 = 2,588
    assert (f.turnout.unit, f.turnout.projected, f.turnout.high) == ("votes", 9_000, 10_350)
    assert (f.win.rule, f.win.win_number) == ("vote_for_n_guaranteed", 2_588)
    # the share-of-votes estimate: 2,000 / 9,000 = 22.22% and 2,100 / 9,000 = 23.33%
    # (2021 scaled to 3 seats); average 22.78% x 10,350 = 2,357.5 -> 2,358
    assert f.win.historical_last_winner == 2_358


def test_one_seat_three_candidates_defaults_to_the_majority(
    make_plan: MakePlan, past: Past
) -> None:
    plan = make_plan(candidates=3, plurality_rule=PluralityRule.HISTORY)
    r = compute_win(plan, 9_000)
    assert (r.rule, r.win_number) == ("plurality_majority", 4_501)
    # Wellstone's T/3 stays visible, labelled as a reference only
    assert any(
        s.text.startswith("For reference only: Wellstone") and "3,001" in s.text for s in r.steps
    )


def test_one_seat_uses_the_lowest_past_multi_candidate_winner(
    make_plan: MakePlan, past: Past
) -> None:
    history = [
        past(2023, 10_000, candidates=3, winner_votes=4_600),  # 46%
        past(2019, 8_000, candidates=4, winner_votes=3_400),  # 42.5%: the lowest
        past(2015, 8_000, candidates=2, winner_votes=3_000),  # two-way: not counted
    ]
    plan = make_plan(candidates=3, history=history, plurality_rule=PluralityRule.HISTORY)
    r = compute_win(plan, 9_000)
    # 42.5% x 9,000 = 3,825
    assert (r.rule, r.win_number, r.lowest_winner_year) == ("plurality_history", 3_825, 2019)
    # the user may still choose the majority figure or Wellstone's estimate
    plan.win.plurality_rule = PluralityRule.MAJORITY
    assert compute_win(plan, 9_000).win_number == 4_501
    plan.win.plurality_rule = PluralityRule.ESTIMATE
    r = compute_win(plan, 9_000)
    assert r.win_number == 3_001 and any("far too low" in w for w in r.warnings)


def test_guaranteed_bound_says_it_holds_only_at_the_projected_turnout(make_plan: MakePlan) -> None:
    r = compute_win(make_plan(seats=2, candidates=4, basis=MultiSeatBasis.GUARANTEED), 1_000)
    assert any("guaranteed only if 1,000 ballots are cast" in s.text for s in r.steps)


def test_the_high_figure_never_exceeds_registration(make_plan: MakePlan, past: Past) -> None:
    plan = make_plan(history=[past(2019, 1_000), past(2023, 1_200)], registered=1_200)
    r = project_turnout(plan)
    # expected 1,100; +15% would be 1,265, above the 1,200 registered voters
    assert (r.projected, r.high) == (1_100, 1_200)
    assert any("capped at current registration, 1,200" in s.text for s in r.range_steps)
    assert "planned on the high turnout, 1,200" in r.range_steps[-1].text
