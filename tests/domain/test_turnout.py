"""Projected turnout T (domain notes §2): the four methods, roll-off, missing and mixed years.

Every expected figure is worked out by hand in the comment beside it.
"""

from __future__ import annotations

from tests.plans import MakePlan, Past
from winbook.domain.model import CycleType, PastElection, Stage, TurnoutMethod
from winbook.domain.sources import SOURCES
from winbook.domain.turnout import project_turnout
from winbook.domain.winnumber import compute_win


def _three_years(past: Past) -> list[PastElection]:
    # odd-year municipal elections, one seat: votes in the contest are its ballots
    return [past(2019, 10_000), past(2021, 11_000), past(2023, 12_500)]


def test_contest_average_of_three_years(make_plan: MakePlan, past: Past) -> None:
    r = project_turnout(make_plan(history=_three_years(past)))
    # (10,000 + 11,000 + 12,500) / 3 = 33,500 / 3 = 11,166.67 -> rounded up 11,167
    assert r.projected == 11_167
    assert r.used_years == [2023, 2021, 2019]
    assert r.steps[-1].text == "Rounded up: T = 11,167 ballots in the contest."
    assert r.warnings == []


def test_t_is_rounded_up_even_for_a_third(make_plan: MakePlan, past: Past) -> None:
    history = [past(2019, 10_000), past(2021, 10_000), past(2023, 10_001)]
    # 30,001 / 3 = 10,000.33 -> 10,001 (never rounded to nearest)
    assert project_turnout(make_plan(history=history)).projected == 10_001


def test_other_cycle_types_are_left_out_with_a_step(make_plan: MakePlan, past: Past) -> None:
    history = [*_three_years(past), past(2020, 30_000), past(2022, 20_000)]
    r = project_turnout(make_plan(history=history))
    assert r.projected == 11_167  # same as without the 2020 and 2022 rows
    left_out = [s for s in r.steps if "left out" in s.text]
    assert [s.text[:4] for s in left_out] == ["2022", "2020"]
    assert "midterm" in left_out[0].text
    assert "presidential" in left_out[1].text
    assert {s.source for s in left_out} == {"wellstone_turnout"}


def test_a_midterm_race_compares_only_midterms(make_plan: MakePlan, past: Past) -> None:
    history = [*_three_years(past), past(2018, 21_000), past(2022, 23_000), past(2020, 40_000)]
    r = project_turnout(make_plan(cycle=CycleType.MIDTERM, history=history))
    # (23,000 + 21,000) / 2 = 22,000
    assert r.projected == 22_000
    assert r.used_years == [2022, 2018]
    assert r.warnings == ["The projection rests on 2 comparable elections; three are recommended."]


def test_primary_history_is_kept_apart_from_general(make_plan: MakePlan, past: Past) -> None:
    history = [
        *_three_years(past),
        past(2021, 3_000, stage=Stage.PRIMARY),
        past(2023, 4_001, stage=Stage.PRIMARY),
    ]
    r = project_turnout(make_plan(stage=Stage.PRIMARY, history=history))
    # (3,000 + 4,001) / 2 = 3,500.5 -> 3,501
    assert r.projected == 3_501
    assert r.used_years == [2023, 2021]


def test_only_the_newest_years_to_use_count(make_plan: MakePlan, past: Past) -> None:
    history = [past(2017, 5_000), *_three_years(past)]
    # 2017 is the fourth newest, left out: (10,000 + 11,000 + 12,500) / 3 -> 11,167
    assert project_turnout(make_plan(history=history)).projected == 11_167
    # with 4 years: (5,000 + 33,500) / 4 = 9,625
    assert project_turnout(make_plan(history=history, years=4)).projected == 9_625


def test_a_year_without_figures_is_skipped_with_a_step(make_plan: MakePlan, past: Past) -> None:
    history = [past(2017, 5_000), past(2019, 10_000), past(2021, 11_000), past(2023, None)]
    r = project_turnout(make_plan(history=history))
    # 2023 has no figure: (11,000 + 10,000 + 5,000) / 3 = 8,666.67 -> 8,667
    assert r.projected == 8_667
    assert r.used_years == [2021, 2019, 2017]
    skipped = [s for s in r.steps if s.text.startswith("2023 left out")]
    assert len(skipped) == 1
    assert skipped[0].source == "ngpvan_turnout"


def test_one_comparable_year(make_plan: MakePlan, past: Past) -> None:
    r = project_turnout(make_plan(history=[past(2023, 7_321), past(2022, 50_000)]))
    assert r.projected == 7_321  # the only odd-year election; 2022 (midterm) is left out
    assert r.used_years == [2023]
    assert "1 comparable election;" in r.warnings[0]


def test_no_comparable_year(make_plan: MakePlan, past: Past) -> None:
    r = project_turnout(make_plan(history=[past(2020, 30_000), past(2022, 20_000)]))
    assert r.projected is None
    assert r.warnings == [
        "None of the past elections is of the same cycle type and stage as this race; "
        "add comparable ones."
    ]
    assert compute_win(make_plan(), r.projected).win_number is None


def test_no_history_at_all(make_plan: MakePlan) -> None:
    r = project_turnout(make_plan())
    assert r.projected is None
    assert r.warnings == ["Add the last three comparable elections, or import a results file."]
    assert all(v is None for v in r.by_method.values())


def test_rows_without_any_figure_give_no_projection(make_plan: MakePlan, past: Past) -> None:
    r = project_turnout(make_plan(history=[past(2021), past(2023)]))
    assert r.projected is None
    assert len([s for s in r.steps if "left out" in s.text]) == 2
    assert r.warnings[0].startswith("No projected turnout:")


def test_fairfax_roll_off_from_total_ballots(make_plan: MakePlan, past: Past) -> None:
    # Fairfax County 2011 roll-off: school board 11%, at-large 14.9%, soil & water 36%
    history = [past(2023, None, ballots_cast=100_000)]
    for roll_off, expected in ((11.0, 89_000), (14.9, 85_100), (36.0, 64_000)):
        r = project_turnout(make_plan(history=history, roll_off=roll_off))
        # 100,000 x (1 - roll-off): 89,000 / 85,100 / 64,000, exact (no float drift)
        assert r.projected == expected
        assert any(s.source == "fairfax_rolloff" for s in r.steps)


def test_roll_off_is_rounded_up(make_plan: MakePlan, past: Past) -> None:
    history = [past(2023, None, ballots_cast=12_345)]
    # 12,345 x 0.851 = 10,505.595 -> 10,506
    assert project_turnout(make_plan(history=history, roll_off=14.9)).projected == 10_506


def test_contest_votes_already_include_roll_off(make_plan: MakePlan, past: Past) -> None:
    history = [past(2023, 9_000, ballots_cast=12_000)]
    r = project_turnout(make_plan(history=history, roll_off=36.0))
    assert r.projected == 9_000  # the contest's own votes: no roll-off applied again
    assert r.warnings[0].startswith("The projection rests on 1")
    assert len(r.warnings) == 1


def test_total_ballots_without_roll_off_warn(make_plan: MakePlan, past: Past) -> None:
    r = project_turnout(make_plan(history=[past(2023, None, ballots_cast=12_000)]))
    assert r.projected == 12_000
    assert any("no roll-off" in w for w in r.warnings)


def test_vote_for_n_does_not_take_votes_for_ballots(make_plan: MakePlan, past: Past) -> None:
    # vote for 3: 30,000 votes are not 30,000 ballots; with only votes known, T counts votes
    only_votes = past(2023, 30_000, seats=3)
    r = project_turnout(make_plan(seats=3, candidates=5, history=[only_votes]))
    assert (r.projected, r.unit) == (30_000, "votes")
    assert any("T counts votes" in s.text for s in r.steps)
    with_ballots = past(2023, 30_000, seats=3, ballots_cast=20_000)
    r = project_turnout(make_plan(seats=3, candidates=5, history=[with_ballots], roll_off=14.9))
    # 20,000 x 0.851 = 17,020: ballots, when known, still win
    assert (r.projected, r.unit) == (17_020, "ballots")
    with_contest = past(2023, 30_000, seats=3, ballots_cast=20_000, contest_ballots=16_500)
    r = project_turnout(make_plan(seats=3, candidates=5, history=[with_contest], roll_off=14.9))
    assert r.projected == 16_500


def test_user_adjustment(make_plan: MakePlan, past: Past) -> None:
    plan = make_plan(history=_three_years(past), adjustment=10.0)
    # 33,500 / 3 x 1.1 = 36,850 / 3 = 12,283.33 -> 12,284
    assert project_turnout(plan).projected == 12_284
    plan.turnout.adjustment_pct = -5.0
    # 33,500 / 3 x 0.95 = 31,825 / 3 = 10,608.33 -> 10,609
    assert project_turnout(plan).projected == 10_609
    plan.turnout.adjustment_pct = -150.0
    assert project_turnout(plan).projected == 0  # never negative


def _rate_history(past: Past) -> list[PastElection]:
    return [
        past(2019, registered=60_000, ballots_cast=12_000),  # 20%
        past(2021, registered=60_000, ballots_cast=15_000),  # 25%
        past(2023, registered=66_000, ballots_cast=13_200),  # 20%
    ]


def test_turnout_rate_method(make_plan: MakePlan, past: Past) -> None:
    plan = make_plan(
        history=_rate_history(past),
        method=TurnoutMethod.TURNOUT_RATE,
        registered=70_000,
        roll_off=10.0,
    )
    r = project_turnout(plan)
    # average rate (20 + 25 + 20) / 3 = 21.6667%, printed (and carried on) as 21.67%;
    # 70,000 x 0.2167 = 15,169 ballots; less 10% roll-off: 15,169 x 0.9 = 13,652.1 -> 13,653
    assert r.projected == 13_653
    assert r.steps[0].source == "wellstone_turnout"
    plan.turnout.roll_off_pct = 0.0
    r = project_turnout(plan)
    assert r.projected == 15_169  # 70,000 x 21.67% = 15,169 exactly
    assert any("no roll-off" in w for w in r.warnings)


def test_turnout_rate_needs_current_registration(make_plan: MakePlan, past: Past) -> None:
    plan = make_plan(history=_rate_history(past), method=TurnoutMethod.TURNOUT_RATE)
    r = project_turnout(plan)
    assert r.projected is None
    assert r.warnings == [
        "Enter the current number of registered voters: the turnout-rate method needs it."
    ]


def test_turnout_rate_skips_a_row_without_registration(make_plan: MakePlan, past: Past) -> None:
    history = [*_rate_history(past)[:2], past(2023, ballots_cast=13_200)]
    plan = make_plan(history=history, method=TurnoutMethod.TURNOUT_RATE, registered=80_000)
    r = project_turnout(plan)
    # 2023 lacks registration: (20 + 25) / 2 = 22.5% x 80,000 = 18,000
    assert r.projected == 18_000
    assert r.used_years == [2021, 2019]
    assert any(s.text.startswith("2023 left out: registered voters") for s in r.steps)


def test_most_recent_comparable(make_plan: MakePlan, past: Past) -> None:
    history = [*_three_years(past)[:2], past(2023, None), past(2022, 40_000)]
    r = project_turnout(make_plan(history=history, method=TurnoutMethod.MOST_RECENT))
    assert r.projected == 11_000  # 2023 has no figure, 2022 is a midterm: 2021
    assert r.used_years == [2021]


def test_manual_figure(make_plan: MakePlan) -> None:
    r = project_turnout(make_plan(method=TurnoutMethod.MANUAL, manual=9_000, reason="new ward"))
    assert r.projected == 9_000
    assert r.warnings == []
    assert "new ward" in r.steps[-1].text
    r = project_turnout(make_plan(method=TurnoutMethod.MANUAL, manual=9_000))
    assert r.warnings == ["Say why you chose your own turnout figure."]
    r = project_turnout(make_plan(method=TurnoutMethod.MANUAL))
    assert r.projected is None
    assert r.warnings == ["Enter your own turnout figure, with the reason for it."]


def test_every_method_is_shown_alongside(make_plan: MakePlan, past: Past) -> None:
    history = [
        past(2019, 10_000, registered=60_000, ballots_cast=12_000),
        past(2021, 11_000, registered=60_000, ballots_cast=15_000),
        past(2023, 12_500, registered=66_000, ballots_cast=13_200),
    ]
    plan = make_plan(history=history, registered=70_000, manual=5, reason="test")
    r = project_turnout(plan)
    assert r.by_method == {
        TurnoutMethod.CONTEST_AVERAGE: 11_167,
        # rates 20, 25, 20% average 21.67% as printed; x 70,000 = 15,169
        TurnoutMethod.TURNOUT_RATE: 15_169,
        TurnoutMethod.MOST_RECENT: 12_500,
        TurnoutMethod.MANUAL: 5,
    }


def test_t_zero(make_plan: MakePlan, past: Past) -> None:
    r = project_turnout(make_plan(history=[past(2023, 0)]))
    assert r.projected == 0
    assert "Projected turnout is 0 ballots: check the figures." in r.warnings
    win = compute_win(make_plan(), 0)
    assert win.win_number is None
    assert win.vote_goal is None
    assert win.warnings and "0 ballots" in win.warnings[0]


def test_turnout_above_registration_warns(make_plan: MakePlan, past: Past) -> None:
    r = project_turnout(make_plan(history=[past(2023, 5_000)], registered=4_000))
    assert any("above current registration" in w for w in r.warnings)


def test_steps_cite_known_sources(make_plan: MakePlan, past: Past) -> None:
    history = [*_rate_history(past), past(2022, 1), past(2017)]
    for method in TurnoutMethod:
        plan = make_plan(history=history, method=method, registered=70_000, roll_off=11.0)
        plan.turnout.manual_turnout = 100
        r = project_turnout(plan)
        assert r.steps
        for step in r.steps:
            assert step.source in SOURCES, step
        if method is TurnoutMethod.MANUAL:  # the user's own figure rests on the user's reason
            assert {s.source for s in r.steps} == {"manual_turnout"}
