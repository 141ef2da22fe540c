"""Path to victory (domain notes §4): contacts, hours, shifts, weekly goals counted back."""

from __future__ import annotations

import random
from datetime import date, timedelta
from fractions import Fraction

from tests.plans import MakePlan
from winbook.domain.model import Channel, ChannelPlan, Plan
from winbook.domain.path import _apportion, compute_path, default_channels
from winbook.domain.sources import SOURCES

EARLY = date(2025, 10, 18)  # early voting opens (a Saturday)
ELECTION = date(2025, 11, 4)


def _doors_dense(share: float = 100.0) -> ChannelPlan:
    return ChannelPlan(Channel.DOORS_DENSE, share, 25, 6, 14)


def _doors_to_election(make_plan: MakePlan, field_start: date | None = None) -> Plan:
    """Dense doors only; election on `ELECTION`, early voting from `EARLY`."""
    return make_plan(
        channels=[_doors_dense()], election=ELECTION, early_voting=EARLY, field_start=field_start
    )


def test_contacts_from_need_support_and_turnout(make_plan: MakePlan) -> None:
    r = compute_path(make_plan(channels=[_doors_dense()]), 1_520, 1_000)
    # need 1,520 - 1,000 = 520; contacts 520 / 0.65 / 0.80 = 520 / 0.52 = 1,000 exactly
    assert (r.need, r.contacts) == (520, 1_000)
    assert [s.source for s in r.steps[:2]] == ["universe", "universe"]
    (doors,) = r.channels
    # 1,000 / 6 an hour = 166.67 h -> 167; attempts 166.67 x 25 = 4,166.67 -> 4,167;
    # shifts 166.67 / 3 = 55.56 -> 56
    assert (doors.contacts, doors.hours, doors.attempts, doors.shifts) == (1_000, 167, 4_167, 56)
    assert (r.total_hours, r.total_attempts, r.total_shifts) == (167, 4_167, 56)
    assert r.steps[2].source == "wellstone_contact"


def test_default_mix_splits_contacts_exactly(make_plan: MakePlan) -> None:
    r = compute_path(make_plan(channels=default_channels()), 5_252, 3_000)
    # need 2,252; contacts 2,252 / 0.52 = 4,330.77 -> 4,331
    assert r.contacts == 4_331
    doors, phones = r.channels
    # 60% = 2,598.6 and 40% = 1,732.4: largest remainder gives the spare contact to doors
    assert (doors.contacts, phones.contacts) == (2_599, 1_732)
    # doors (suburban, 4/h, 15 attempts/h): 649.75 h -> 650; 9,746.25 -> 9,747; 216.6 -> 217
    assert (doors.hours, doors.attempts, doors.shifts) == (650, 9_747, 217)
    # phones (persuasion, 7/h, 25 dials/h): 247.43 h -> 248; 6,185.7 -> 6,186; 82.5 -> 83
    assert (phones.hours, phones.attempts, phones.shifts) == (248, 6_186, 83)
    assert (r.total_hours, r.total_attempts, r.total_shifts) == (898, 15_933, 300)
    assert r.warnings[-1].startswith("Set the field start")


def test_no_base_means_the_whole_goal(make_plan: MakePlan) -> None:
    r = compute_path(make_plan(channels=[_doors_dense()]), 520, None)
    # need = 520 - 0; contacts = 520 / 0.65 / 0.80 = 520 / 0.52 = 1,000 exactly
    assert (r.need, r.contacts) == (520, 1_000)
    assert "no base entered yet" in r.steps[0].text


def test_base_above_goal_needs_no_persuasion(make_plan: MakePlan) -> None:
    r = compute_path(make_plan(channels=[_doors_dense()]), 500, 900)
    assert (r.need, r.contacts, r.total_hours) == (0, 0, 0)


def test_no_vote_goal(make_plan: MakePlan) -> None:
    r = compute_path(make_plan(), None, None)
    assert r.contacts is None
    assert r.warnings == ["The path to victory needs a vote goal first."]


def test_share_mix_not_adding_to_100(make_plan: MakePlan) -> None:
    channels = [_doors_dense(50.0), ChannelPlan(Channel.PHONES_ID, 40.0, 35, 10, 36)]
    r = compute_path(make_plan(channels=channels), 1_520, 1_000)
    # 90% of 1,000 contacts = 900: 500 doors, 400 phones
    assert [c.contacts for c in r.channels] == [500, 400]
    assert any("adds up to 90%" in w and "900 of the 1,000" in w for w in r.warnings)


def test_weeks_of_a_mix_below_100_add_up_to_the_channels(make_plan: MakePlan) -> None:
    channels = [_doors_dense(50.0), ChannelPlan(Channel.PHONES_ID, 40.0, 35, 10, 36)]
    plan = make_plan(channels=channels, election=ELECTION, early_voting=EARLY,
                     field_start=date(2025, 9, 20))  # fmt: skip
    r = compute_path(plan, 1_520, 1_000)
    # the channels make 900 contacts (above); 4 weeks at 1:2:3:4 of 10 share those 900
    assert [w.contacts for w in r.weeks] == [90, 180, 270, 360]
    # doors 500 / 6 = 83.3 -> 84 h, 27.8 -> 28 shifts; phones 400 / 10 = 40 h, 13.3 -> 14 shifts
    assert (r.total_hours, r.total_shifts) == (124, 42)
    # hours 12.4 / 24.8 / 37.2 / 49.6 -> 12, 25, 37, 50; shifts 4.2 / 8.4 / 12.6 / 16.8 -> 4, 8,
    # 13, 17
    assert [w.hours for w in r.weeks] == [12, 25, 37, 50]
    assert [w.shifts for w in r.weeks] == [4, 8, 13, 17]


def test_generated_plans_weeks_add_up_to_the_totals(make_plan: MakePlan) -> None:
    rng = random.Random(2026)
    kinds = list(Channel)
    for _ in range(300):
        channels = [
            ChannelPlan(k, float(rng.choice([0, 5, 12.5, 20, 33.3, 40, 60])),
                        rng.choice([None, 15, 25, 35]), rng.choice([4, 6, 7, 10, 2.5]), 14)
            for k in rng.sample(kinds, rng.randint(1, len(kinds)))
        ]  # fmt: skip
        plan = make_plan(channels=channels, election=ELECTION, early_voting=EARLY,
                         field_start=EARLY - timedelta(days=rng.randint(3, 300)))  # fmt: skip
        plan.path.shift_hours = rng.choice([2.0, 2.5, 3.0, 4.0])
        goal = rng.randint(50, 60_000)
        r = compute_path(plan, goal, rng.randint(0, goal))
        if not r.channels:
            continue
        assert sum(c.hours or 0 for c in r.channels) == r.total_hours
        assert sum(c.shifts or 0 for c in r.channels) == r.total_shifts
        assert sum(w.contacts for w in r.weeks) == sum(c.contacts for c in r.channels)
        assert sum(w.hours for w in r.weeks) == r.total_hours
        assert sum(w.shifts for w in r.weeks) == r.total_shifts


def test_shown_math_is_plural_aware_and_typeset(make_plan: MakePlan) -> None:
    one = make_plan(channels=[_doors_dense()], election=ELECTION, early_voting=EARLY,
                    field_start=EARLY - timedelta(days=7))  # fmt: skip
    r = compute_path(one, 1_520, 1_000)
    text = " ".join(s.text for s in r.steps)
    assert "1 week counted back from Oct 18, 2025 (early voting opens)" in text
    assert "10 hours a week × 1 week = 10 hours" in text
    assert "vote goal 1,520 − GOTV" in text and "520 ÷ 65% support ÷ 80% turnout" in text
    assert "(s)" not in text and " x " not in text


def test_no_channels(make_plan: MakePlan) -> None:
    r = compute_path(make_plan(), 1_520, 1_000)
    assert r.contacts == 1_000  # (1,520 - 1,000) / 0.65 / 0.80 = 520 / 0.52
    assert r.channels == []
    assert any("No contact channel" in w for w in r.warnings)


def test_channel_without_rate(make_plan: MakePlan) -> None:
    texts = ChannelPlan(Channel.TEXTS, 100.0, None, None, 25)
    r = compute_path(make_plan(channels=[texts]), 1_520, 1_000)
    assert r.channels[0].contacts == 1_000
    assert r.channels[0].hours is None
    assert any("no contact rate set" in w for w in r.warnings)


def test_weeks_count_back_from_early_voting(make_plan: MakePlan) -> None:
    plan = _doors_to_election(make_plan, date(2025, 9, 20))
    r = compute_path(plan, 1_520, 1_000)
    # 28 days before early voting = 4 weeks, weights 1:2:3:4 of 10
    assert [w.number for w in r.weeks] == [1, 2, 3, 4]
    assert [w.contacts for w in r.weeks] == [100, 200, 300, 400]
    # hours 167: 16.7 / 33.4 / 50.1 / 66.8 -> floors 165, the 2 spare hours go to the largest
    # remainders (.8 week 4, .7 week 1): 17, 33, 50, 67
    assert [w.hours for w in r.weeks] == [17, 33, 50, 67]
    # shifts 56 (not ceil of each week's hours / 3, which made 57): 5.6 / 11.2 / 16.8 / 22.4 ->
    # floors 54, the 2 spare shifts go to .8 (week 3) and .6 (week 1): 6, 11, 17, 22
    assert [w.shifts for w in r.weeks] == [6, 11, 17, 22]
    assert sum(w.shifts for w in r.weeks) == r.total_shifts == 56
    assert (r.weeks[0].starts, r.weeks[0].ends) == (date(2025, 9, 20), date(2025, 9, 26))
    assert (r.weeks[-1].starts, r.weeks[-1].ends) == (date(2025, 10, 11), date(2025, 10, 17))
    assert r.field_ends == EARLY
    assert any(s.source == "early_vote" and "early voting opens" in s.text for s in r.steps)
    assert r.candidate_hours == 40.0  # 10 hours a week x 4 weeks


def test_weeks_end_on_election_day_without_early_voting(make_plan: MakePlan) -> None:
    plan = make_plan(channels=[_doors_dense()], election=ELECTION, field_start=date(2025, 10, 1))
    r = compute_path(plan, 1_520, 1_000)
    # 34 days -> 4 whole weeks counted back from 4 November; the 6 spare days at the start drop
    assert len(r.weeks) == 4
    assert r.weeks[-1].ends == date(2025, 11, 3)
    assert r.weeks[0].starts == date(2025, 10, 7)
    assert sum(w.contacts for w in r.weeks) == 1_000


def test_field_start_after_early_voting(make_plan: MakePlan) -> None:
    plan = _doors_to_election(make_plan, date(2025, 10, 20))
    r = compute_path(plan, 1_520, 1_000)
    assert r.weeks == []
    assert r.contacts == 1_000  # the totals still stand
    assert any("on or after early voting opens" in w for w in r.warnings)


def test_field_start_a_few_days_before(make_plan: MakePlan) -> None:
    plan = _doors_to_election(make_plan, date(2025, 10, 15))
    r = compute_path(plan, 1_520, 1_000)
    (week,) = r.weeks
    assert (week.starts, week.ends) == (date(2025, 10, 15), date(2025, 10, 17))
    assert week.contacts == 1_000
    assert any("less than a week" in w for w in r.warnings)


def test_prepared_on_is_the_default_start(make_plan: MakePlan) -> None:
    plan = _doors_to_election(make_plan)
    plan.meta.prepared_on = EARLY - timedelta(days=14)
    assert len(compute_path(plan, 1_520, 1_000).weeks) == 2


def test_apportion_always_sums_to_the_total() -> None:
    rng = random.Random(7)
    for _ in range(2_000):
        n = rng.randint(1, 30)
        total = rng.randint(0, 100_000)
        weights = list(range(1, n + 1))
        parts = _apportion(total, weights)
        assert sum(parts) == total
        for part, w in zip(parts, weights, strict=True):
            exact = Fraction(total * w, sum(weights))
            assert abs(part - exact) < 1  # each part within one of its exact share
        assert parts == sorted(parts)  # heavier toward the end, never lighter


def test_apportion_fraction_weights() -> None:
    rng = random.Random(11)
    for _ in range(500):
        weights = [Fraction(rng.randint(1, 1000), 10) for _ in range(rng.randint(1, 8))]
        total = rng.randint(0, 10_000)
        assert sum(_apportion(total, weights)) == total


def test_every_path_step_cites_a_known_source(make_plan: MakePlan) -> None:
    plan = make_plan(
        channels=default_channels(), election=ELECTION, early_voting=EARLY,
        field_start=date(2025, 6, 1),
    )  # fmt: skip
    r = compute_path(plan, 5_252, 3_000)
    assert len(r.steps) == 6  # need, contacts, 2 channels, weeks, candidate time
    assert all(s.source in SOURCES for s in r.steps)
