"""Impossible values: each rule flags the exact field, says why, and changes nothing.

Each test starts from a bundled sample plan (which has no problems), breaks one value and
checks that exactly the expected fields are flagged.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from winbook.domain.model import (
    Channel,
    ExpenseCategory,
    ExpenseLine,
    IncomeLine,
    IncomeSource,
    Plan,
    TimelineEvent,
    TurnoutMethod,
)
from winbook.domain.validation import FieldProblem, check_plan, problems_for
from winbook.paths import samples_dir
from winbook.store.codec import from_json, to_json

TODAY = date(2026, 11, 23)
Where = tuple[str, int | None, str]
Mutate = Callable[[Plan], None]


def sample(name: str = "school-board") -> Plan:
    data = json.loads((samples_dir() / f"{name}.json").read_text("utf-8"))
    return from_json(Plan, data["plan"])


def flagged(plan: Plan) -> set[Where]:
    return {(p.part, p.index, p.field) for p in check_plan(plan, TODAY)}


def broken(mutate: Mutate, name: str = "school-board") -> set[Where]:
    plan = sample(name)
    mutate(plan)
    return flagged(plan)


# --------------------------------------------------------------------------- valid plans


@pytest.mark.parametrize("name", ["school-board", "county-clerk", "state-house"])
def test_the_samples_have_no_problems(name: str) -> None:
    assert check_plan(sample(name)) == []
    assert check_plan(sample(name), TODAY) == []


def test_an_empty_plan_has_no_problems() -> None:
    assert check_plan(Plan(), TODAY) == []


# --------------------------------------------------------------------------- race


def test_seats_below_one() -> None:
    def mutate(p: Plan) -> None:
        p.race.seats = 0

    assert broken(mutate) == {("race", None, "seats")}


def test_more_seats_than_candidates_flags_both_fields() -> None:
    def mutate(p: Plan) -> None:
        p.race.seats, p.race.candidates_expected = 3, 2

    assert broken(mutate) == {("race", None, "seats"), ("race", None, "candidates_expected")}


def test_as_many_candidates_as_seats_is_possible() -> None:
    def mutate(p: Plan) -> None:
        p.race.candidates_expected = 3  # uncontested, but not impossible

    assert broken(mutate) == set()


def test_no_candidates_expected() -> None:
    def mutate(p: Plan) -> None:
        p.race.candidates_expected = 0

    assert broken(mutate) == {("race", None, "candidates_expected")}


def test_zero_current_registration() -> None:
    def mutate(p: Plan) -> None:
        p.race.registered_voters = 0

    assert broken(mutate) == {("race", None, "registered_voters")}


@pytest.mark.parametrize("field", ["early_voting_start", "filing_deadline"])
def test_race_dates_after_election_day(field: str) -> None:
    def mutate(p: Plan) -> None:
        setattr(p.race, field, date(2027, 11, 3))  # election day is 2 November 2027

    assert broken(mutate) == {("race", None, field)}


def test_race_dates_on_election_day_are_fine() -> None:
    def mutate(p: Plan) -> None:
        p.race.filing_deadline = date(2027, 11, 2)

    assert broken(mutate) == set()


def test_birth_date_in_the_future() -> None:
    def mutate(p: Plan) -> None:
        p.candidate.birth_date = date(2026, 11, 24)  # the day after TODAY

    assert broken(mutate) == {("candidate", None, "birth_date")}
    plan = sample()
    plan.candidate.birth_date = TODAY
    assert flagged(plan) == set()


def test_announcement_after_election_day() -> None:
    def mutate(p: Plan) -> None:
        p.filing.announcement_date = date(2027, 12, 1)

    assert broken(mutate) == {("filing", None, "announcement_date")}


# --------------------------------------------------------------------------- history
# School board history row 0 is 2025: registered 146,210, ballots 41,870, contest votes 98,310,
# contest ballots 37,540, winner 21,904, last winner 15,822, first loser 14,367, 3 seats.


def test_ballots_above_registration() -> None:
    def mutate(p: Plan) -> None:
        p.history[0].ballots_cast = 146_211

    assert broken(mutate) == {("history", 0, "ballots_cast")}


def test_ballots_equal_to_registration_are_possible() -> None:
    def mutate(p: Plan) -> None:
        p.history[0].ballots_cast = 146_210

    assert broken(mutate) == set()


def test_contest_votes_above_ballots_times_seats() -> None:
    def mutate(p: Plan) -> None:
        p.history[0].contest_votes = 41_870 * 3 + 1

    assert broken(mutate) == {("history", 0, "contest_votes")}


def test_contest_votes_above_ballots_in_a_one_seat_race() -> None:
    def mutate(p: Plan) -> None:
        p.history[0].contest_votes = p.history[0].ballots_cast or 0
        p.history[0].contest_votes += 1  # 2024: 124,890 ballots, one seat

    assert broken(mutate, "county-clerk") == {("history", 0, "contest_votes")}


def test_contest_ballots_above_ballots_cast() -> None:
    def mutate(p: Plan) -> None:
        p.history[0].contest_ballots = 41_871

    assert broken(mutate) == {("history", 0, "contest_ballots")}


def test_winner_above_all_votes_in_the_contest() -> None:
    def mutate(p: Plan) -> None:
        p.history[0].contest_votes = 20_000  # winner 21,904; last winner and loser below

    assert broken(mutate) == {("history", 0, "winner_votes")}


def test_last_winner_below_first_loser_flags_both() -> None:
    def mutate(p: Plan) -> None:
        e = p.history[0]
        e.last_winner_votes, e.first_loser_votes = 14_367, 15_822

    assert broken(mutate) == {
        ("history", 0, "last_winner_votes"),
        ("history", 0, "first_loser_votes"),
    }


def test_first_loser_above_contest_and_last_winner() -> None:
    def mutate(p: Plan) -> None:
        p.history[2].first_loser_votes = 100_000  # 2023 row: 89,020 contest votes

    assert broken(mutate) == {
        ("history", 2, "first_loser_votes"),
        ("history", 2, "last_winner_votes"),
    }


def test_winner_below_last_winner() -> None:
    def mutate(p: Plan) -> None:
        p.history[0].winner_votes = 15_000

    assert broken(mutate) == {("history", 0, "winner_votes")}


@pytest.mark.parametrize(
    "field",
    [
        "registered",
        "ballots_cast",
        "contest_votes",
        "contest_ballots",
        "winner_votes",
        "last_winner_votes",
        "first_loser_votes",
    ],
)
def test_negative_history_counts(field: str) -> None:
    def mutate(p: Plan) -> None:
        setattr(p.history[3], field, -5)

    assert broken(mutate) == {("history", 3, field)}


def test_zero_registration_in_history() -> None:
    def mutate(p: Plan) -> None:
        p.history[0].registered = 0

    assert broken(mutate) == {("history", 0, "registered")}


def test_history_seats_below_one() -> None:
    def mutate(p: Plan) -> None:
        p.history[1].seats = 0

    assert broken(mutate) == {("history", 1, "seats")}


def test_past_election_after_this_election() -> None:
    def mutate(p: Plan) -> None:
        p.history[0].year = 2028  # this race is in 2027

    assert broken(mutate) == {("history", 0, "year")}
    plan = sample()
    plan.history[0].year = 2027  # an earlier election the same year is possible
    assert flagged(plan) == set()


# --------------------------------------------------------------------------- settings


@pytest.mark.parametrize(
    ("part", "field", "value"),
    [
        ("turnout", "roll_off_pct", 101.0),
        ("turnout", "roll_off_pct", -1.0),
        ("win", "safety_margin_pct", -5.0),
        ("win", "safety_margin_pct", 150.0),
        ("path", "support_rate_pct", 120.0),
        ("path", "support_rate_pct", 0.0),
        ("path", "turnout_rate_pct", -10.0),
        ("path", "turnout_rate_pct", 100.5),
        ("path", "base_support_pct", 101.0),
        ("fundraising", "threshold_pct", 115.0),
    ],
)
def test_percentages_out_of_range(part: str, field: str, value: float) -> None:
    def mutate(p: Plan) -> None:
        setattr(getattr(p, part), field, value)

    assert broken(mutate) == {(part, None, field)}


@pytest.mark.parametrize("value", [0.0, 100.0])
def test_percentage_bounds_are_allowed(value: float) -> None:
    def mutate(p: Plan) -> None:
        p.turnout.roll_off_pct = value
        p.win.safety_margin_pct = value
        p.path.base_support_pct = value

    assert broken(mutate) == set()


def test_channel_share_out_of_range() -> None:
    def mutate(p: Plan) -> None:
        p.path.channels[1].share_pct = 120.0

    assert broken(mutate) == {("path.channels", 1, "share_pct")}


def test_base_share_out_of_range_and_in_the_future() -> None:
    def mutate(p: Plan) -> None:
        p.path.base_shares[2].share_pct = -3.0
        p.path.base_shares[3].year = 2031

    assert broken(mutate) == {
        ("path.base_shares", 2, "share_pct"),
        ("path.base_shares", 3, "year"),
    }


@pytest.mark.parametrize("field", ["attempts_per_hour", "contacts_per_hour", "contacts_per_vote"])
def test_channel_rates_must_be_above_zero(field: str) -> None:
    def mutate(p: Plan) -> None:
        c = next(c for c in p.path.channels if c.channel is Channel.DOORS_SUBURBAN)
        setattr(c, field, 0.0)

    plan = sample()
    index = next(i for i, c in enumerate(plan.path.channels) if c.channel is Channel.DOORS_SUBURBAN)
    assert broken(mutate) == {("path.channels", index, field)}


def test_more_contacts_than_attempts_an_hour() -> None:
    def mutate(p: Plan) -> None:
        p.path.channels[0].attempts_per_hour = 5.0
        p.path.channels[0].contacts_per_hour = 6.0

    assert broken(mutate) == {("path.channels", 0, "contacts_per_hour")}


@pytest.mark.parametrize(
    ("field", "value"),
    [("shift_hours", 0.0), ("shift_hours", 25.0), ("candidate_hours_per_week", 200.0)],
)
def test_impossible_hours(field: str, value: float) -> None:
    def mutate(p: Plan) -> None:
        setattr(p.path, field, value)

    assert broken(mutate) == {("path", None, field)}


def test_field_start_after_election_day() -> None:
    def mutate(p: Plan) -> None:
        p.path.field_start = date(2027, 11, 9)

    assert broken(mutate) == {("path", None, "field_start")}


@pytest.mark.parametrize(
    ("field", "value"),
    [("years_to_use", 0), ("adjustment_pct", -100.0), ("manual_turnout", 0)],
)
def test_impossible_turnout_settings(field: str, value: float) -> None:
    def mutate(p: Plan) -> None:
        setattr(p.turnout, field, value)

    assert broken(mutate) == {("turnout", None, field)}


def test_manual_turnout_above_registration() -> None:
    def mutate(p: Plan) -> None:
        p.turnout.method = TurnoutMethod.MANUAL
        p.turnout.manual_turnout = 151_301  # current registration is 151,300

    assert broken(mutate) == {("turnout", None, "manual_turnout")}


# --------------------------------------------------------------------------- money


def test_negative_expense_and_income_amounts() -> None:
    def mutate(p: Plan) -> None:
        p.expenses[4].amount = Decimal("-300")
        p.income[7].amount = Decimal("-0.01")

    assert broken(mutate) == {("expenses", 4, "amount"), ("income", 7, "amount")}


def test_zero_amounts_are_possible() -> None:
    def mutate(p: Plan) -> None:
        p.expenses[0].amount = Decimal(0)

    assert broken(mutate) == set()


@pytest.mark.parametrize("month", ["", "2027-9", "Sept 2027", "2027-13", "2027-00", "27-09"])
def test_months_that_are_not_yyyy_mm(month: str) -> None:
    def mutate(p: Plan) -> None:
        p.expenses[2].month = month
        p.income[3].month = month

    assert broken(mutate) == {("expenses", 2, "month"), ("income", 3, "month")}


def test_budget_months_after_the_election_month() -> None:
    def mutate(p: Plan) -> None:
        p.expenses.append(ExpenseLine(ExpenseCategory.ADMIN, "Thank-you party", "2027-12"))
        p.income.append(IncomeLine(IncomeSource.ONLINE, "Debt retirement", "2028-01"))

    plan = sample()
    assert broken(mutate) == {
        ("expenses", len(plan.expenses), "month"),
        ("income", len(plan.income), "month"),
    }


def test_budget_lines_in_the_election_month_are_fine() -> None:
    plan = sample()
    assert any(e.month == "2027-11" for e in plan.expenses)  # the sample spends in November
    assert flagged(plan) == set()


def test_negative_race_cost_and_a_future_race() -> None:
    def mutate(p: Plan) -> None:
        p.race_costs[0].total_spent = Decimal(-1)
        p.race_costs[1].year = 2029

    assert broken(mutate) == {("race_costs", 0, "total_spent"), ("race_costs", 1, "year")}


@pytest.mark.parametrize(
    "field", ["raised_to_date", "from_candidate", "largest_single_donor", "starting_cash"]
)
def test_negative_fundraising_figures(field: str) -> None:
    def mutate(p: Plan) -> None:
        setattr(p.fundraising, field, Decimal(-10))

    assert broken(mutate) == {("fundraising", None, field)}


@pytest.mark.parametrize("field", ["from_candidate", "largest_single_donor"])
def test_part_of_the_money_above_all_the_money(field: str) -> None:
    def mutate(p: Plan) -> None:
        setattr(p.fundraising, field, Decimal(6_421))  # raised to date is 6,420

    assert broken(mutate) == {("fundraising", None, field)}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("donor_count", -1),
        ("cycles_to_average", 0),
        ("call_time_hours_per_week", -2.0),
        ("low_factor_pct", -85.0),
    ],
)
def test_impossible_fundraising_settings(field: str, value: float) -> None:
    def mutate(p: Plan) -> None:
        setattr(p.fundraising, field, value)

    assert broken(mutate) == {("fundraising", None, field)}


# --------------------------------------------------------------------------- dated rows


def test_timeline_event_after_election_day() -> None:
    def mutate(p: Plan) -> None:
        p.timeline.append(TimelineEvent("Canvass kick-off", date(2027, 11, 6), category="campaign"))

    plan = sample()
    assert broken(mutate) == {("timeline", len(plan.timeline), "when")}


def test_post_election_finance_reports_are_allowed_after_election_day() -> None:
    plan = sample()
    election = plan.race.election_date
    assert election is not None
    late = [e for e in plan.timeline if e.when is not None and e.when > election]
    assert [e.category for e in late] == ["finance_report"]  # the post-general report
    plan.timeline.append(
        TimelineEvent("Certification", date(2027, 11, 12), category="post_election")
    )
    assert flagged(plan) == set()
    plan.timeline[-1].category = "campaign"
    assert flagged(plan) == {("timeline", len(plan.timeline) - 1, "when")}


def test_checklist_due_after_election_day() -> None:
    def mutate(p: Plan) -> None:
        p.checklist[1].due = date(2027, 11, 30)

    assert broken(mutate) == {("checklist", 1, "due")}


def test_next_step_due_after_election_day() -> None:
    def mutate(p: Plan) -> None:
        p.sessions[0].next_steps[2].due = date(2028, 1, 5)

    assert broken(mutate) == {("sessions[0].next_steps", 2, "due")}


def test_no_election_date_means_no_date_checks() -> None:
    def mutate(p: Plan) -> None:
        p.race.election_date = None
        p.checklist[0].due = date(2099, 1, 1)
        p.expenses[0].month = "2099-01"

    assert broken(mutate) == set()


# --------------------------------------------------------------------------- behaviour


def _wreck(p: Plan) -> None:
    p.race.seats = 9
    p.history[0].ballots_cast = 10**7
    p.expenses[0].amount = Decimal(-5)
    p.expenses[1].month = "soon"
    p.path.support_rate_pct = 300.0
    p.timeline[0].when = date(2030, 1, 1)
    p.candidate.birth_date = date(2099, 1, 1)


def test_checking_changes_nothing() -> None:
    plan = sample()
    _wreck(plan)
    before = json.dumps(to_json(plan), sort_keys=True)
    problems = check_plan(plan, TODAY)
    assert len(problems) >= 7
    assert json.dumps(to_json(plan), sort_keys=True) == before
    assert plan.expenses[0].amount == Decimal(-5) and plan.expenses[1].month == "soon"


def test_every_message_is_one_sentence_naming_the_value() -> None:
    plan = sample()
    _wreck(plan)
    for p in check_plan(plan, TODAY):
        assert isinstance(p, FieldProblem)
        assert p.message.endswith(".") and "\n" not in p.message
        assert p.message[0].isupper() or p.message[0].isdigit(), p.message
    seats = problems_for(plan, "race", None, "seats", TODAY)
    assert len(seats) == 1 and "9 seats" in seats[0].message
    month = problems_for(plan, "expenses", 1, "month", TODAY)
    assert len(month) == 1 and "'soon'" in month[0].message and "YYYY-MM" in month[0].message


def test_problems_for_one_field() -> None:
    plan = sample()
    plan.history[0].ballots_cast = 146_211
    plan.expenses[3].amount = Decimal(-1)
    (problem,) = problems_for(plan, "history", 0, "ballots_cast", TODAY)
    assert problem == FieldProblem("history", 0, "ballots_cast", problem.message)
    assert "146,211" in problem.message and "146,210" in problem.message
    assert problems_for(plan, "history", 1, "ballots_cast", TODAY) == []
    assert problems_for(plan, "history", 0, "registered", TODAY) == []
    assert len(problems_for(plan, "expenses", 3, "amount", TODAY)) == 1
