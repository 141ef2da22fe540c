"""The 15% fundraising test (domain notes §1, §5): not from one donor nor from the candidate."""

from __future__ import annotations

from decimal import Decimal

from tests.plans import MakePlan
from winbook.domain.budget import fundraising_test
from winbook.domain.model import IncomeLine, IncomeSource, Plan, RaceCost, Stage

D = Decimal


def _costs() -> list[RaceCost]:
    return [
        RaceCost(2017, "2017 seat", Stage.GENERAL, D(100_000)),  # a fourth cycle: too old
        RaceCost(2019, "2019 seat", Stage.GENERAL, D(30_000)),
        RaceCost(2021, "2021 seat", Stage.GENERAL, D(40_000)),
        RaceCost(2023, "2023 seat", Stage.GENERAL, D(50_000)),
        RaceCost(2023, "2023 primary", Stage.PRIMARY, D(10_000)),
        RaceCost(2021, "2021 primary", Stage.PRIMARY, D(8_000)),
    ]


def _plan(make_plan: MakePlan, raised: int, candidate: int = 0, donors: int = 20,
          largest: int = 500, **kw: object) -> Plan:  # fmt: skip
    plan = make_plan(race_costs=_costs(), **kw)
    f = plan.fundraising
    f.raised_to_date, f.from_candidate = D(raised), D(candidate)
    f.donor_count, f.largest_single_donor = donors, D(largest)
    return plan


def test_general_threshold_from_three_cycles(make_plan: MakePlan) -> None:
    r = fundraising_test(_plan(make_plan, 8_000, candidate=1_500))
    # general races 2019-2023: (30,000 + 40,000 + 50,000) / 3 = 40,000; 15% = 6,000
    # counted: 8,000 - 1,500 from the candidate = 6,500 >= 6,000
    assert (r.average_cost, r.threshold, r.counted) == (D(40_000), D(6_000), D(6_500))
    assert r.years_used == [2019, 2021, 2023]
    assert r.passed is True
    assert {s.source for s in r.steps} == {"fundraising_test"}
    assert any("2 comparable race costs from a primary left out" in s.text for s in r.steps)


def test_candidate_money_does_not_count(make_plan: MakePlan) -> None:
    r = fundraising_test(_plan(make_plan, 7_000, candidate=1_500))
    # 7,000 - 1,500 = 5,500 < 6,000: $500 short
    assert (r.counted, r.passed) == (D(5_500), False)
    assert r.warnings == ["Raise $500.00 more from others to pass the 15% fundraising test."]


def test_all_self_funded(make_plan: MakePlan) -> None:
    r = fundraising_test(_plan(make_plan, 9_000, candidate=9_500, donors=0, largest=0))
    assert (r.counted, r.passed) == (D(0), False)


def test_one_donor_fails(make_plan: MakePlan) -> None:
    r = fundraising_test(_plan(make_plan, 6_500, donors=1, largest=6_500))
    assert r.passed is False
    assert "single donor" in r.warnings[0]
    r = fundraising_test(_plan(make_plan, 6_500, donors=0, largest=6_500))
    assert r.passed is False  # the largest gift is all the money counted


def test_one_big_donor_among_many_passes_with_advice(make_plan: MakePlan) -> None:
    r = fundraising_test(_plan(make_plan, 6_500, donors=5, largest=4_000))
    assert r.passed is True
    assert any("Most of the money counted ($4,000.00 of $6,500.00)" in w for w in r.warnings)


def test_missing_donor_figures_are_asked_for(make_plan: MakePlan) -> None:
    r = fundraising_test(_plan(make_plan, 6_500, donors=0, largest=0))
    assert r.passed is True
    assert any("how many donors gave" in w for w in r.warnings)


def test_primary_counts_as_a_separate_race(make_plan: MakePlan) -> None:
    r = fundraising_test(_plan(make_plan, 1_400, stage=Stage.PRIMARY))
    # primaries only: (10,000 + 8,000) / 2 = 9,000; 15% = 1,350; 1,400 >= 1,350
    assert (r.average_cost, r.threshold, r.passed) == (D(9_000), D(1_350), True)
    assert any("4 comparable race costs from a general left out" in s.text for s in r.steps)


def test_one_cycle_averages_that_year_only(make_plan: MakePlan) -> None:
    plan = _plan(make_plan, 0)
    plan.fundraising.cycles_to_average = 1
    plan.race_costs.append(RaceCost(2023, "other seat", Stage.GENERAL, D(30_000)))
    r = fundraising_test(plan)
    # 2023 general races: (50,000 + 30,000) / 2 = 40,000 -> 6,000
    assert (r.years_used, r.threshold, r.passed) == ([2023], D(6_000), False)


def test_threshold_in_cents(make_plan: MakePlan) -> None:
    costs = [RaceCost(y, "", Stage.GENERAL, D(c)) for y, c in ((2019, 10_001), (2021, 20_000),
                                                              (2023, 30_000))]  # fmt: skip
    plan = make_plan(race_costs=costs)
    plan.fundraising.raised_to_date = D(3_000)
    r = fundraising_test(plan)
    # 60,001 / 3 = 20,000.333...; x 15% = 3,000.05 -> $3,000.05, so $3,000 falls 5 cents short
    assert r.threshold == D("3000.05")
    assert r.passed is False
    assert r.warnings[-1] == "Raise $0.05 more from others to pass the 15% fundraising test."


def test_no_comparable_costs(make_plan: MakePlan) -> None:
    r = fundraising_test(make_plan())
    assert (r.threshold, r.passed) == (None, None)
    assert r.warnings == [
        "Add what similar general races cost over the last 1-3 cycles to run the 15% test."
    ]


def test_call_time_share(make_plan: MakePlan) -> None:
    income = [
        IncomeLine(IncomeSource.CALL_TIME, "", "2026-03", D(6_000)),
        IncomeLine(IncomeSource.EVENTS, "", "2026-04", D(4_000)),
    ]
    r = fundraising_test(make_plan(income=income))
    assert r.call_time_share_pct == 60.0  # 6,000 / 10,000
    assert any(s.source == "call_time" for s in r.steps)
