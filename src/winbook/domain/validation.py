"""Impossible values in a plan, each tied to the exact field that holds it.

`check_plan` reads a plan and returns a `FieldProblem` for every value that cannot be right:
turnout above registration, a negative amount, a date after election day, more seats than
candidates, and the like. It never changes the plan: the window shows each problem as a warning
on its field, with the reason, and the user decides what to do.

How a problem names its field:

- ``part`` is the plan attribute that holds the field (``"race"``, ``"history"``,
  ``"expenses"``...), or a dotted path to a nested list: ``"path.channels"``,
  ``"path.base_shares"`` and ``"sessions[2].next_steps"``;
- ``index`` is the row in that list, or None for a single object (``race``, ``fundraising``...);
- ``field`` is the dataclass field name (``"ballots_cast"``).

When two fields contradict each other (the last winner below the first loser, more seats than
candidates) both fields get a problem, each worded from its own side.

Dates after election day. Campaign plans end on election day, so these are flagged when they
fall after it: budget months after the election month, early-voting start, filing deadline, the
field start, the announcement date, filing-checklist due dates, next steps of coaching sessions
and timeline events. Timeline events whose ``category`` is one of `POST_ELECTION_CATEGORIES`
are the exception: post-election finance reports and certification are real deadlines after
election day. Past elections, base shares and race costs must not be later than the election's
own year. A birth date must not be in the future (of ``today``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from winbook.domain.dates import format_month
from winbook.domain.model import (
    ChannelPlan,
    ExpenseLine,
    FundraisingSettings,
    IncomeLine,
    PastElection,
    PathSettings,
    Plan,
    Race,
    RaceCost,
    TurnoutSettings,
)
from winbook.domain.path import plural
from winbook.domain.rows import is_blank

#: Timeline categories used across Winbook (the sample plans use these).
TIMELINE_CATEGORIES: tuple[str, ...] = (
    "filing",
    "petition",
    "finance_report",
    "registration",
    "early_vote",
    "mail_ballots",
    "election_day",
    "endorsement",
    "campaign",
    "post_election",
)

#: Timeline categories whose events may fall after election day.
POST_ELECTION_CATEGORIES: frozenset[str] = frozenset({"finance_report", "post_election"})

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")

#: The years a plan can be about (an election, a past result, a race cost).
YEAR_MIN, YEAR_MAX = 1900, 2100


@dataclass(frozen=True)
class FieldProblem:
    """One impossible value: where it is and what to do about it (one sentence)."""

    part: str
    index: int | None
    field: str
    message: str


def check_plan(plan: Plan, today: date | None = None) -> list[FieldProblem]:
    """Every impossible value in ``plan``, in plan order; the plan is left untouched.

    ``today`` is the date a birth date must not pass (the real date when None).
    """
    today = today or date.today()
    problems = [
        *_race(plan.race),
        *_candidate(plan, today),
        *_filing(plan),
        *_history(plan),
        *_turnout(plan.turnout, plan.race),
        *_win(plan),
        *_path(plan.path, plan),
        *_money_lines("expenses", plan.expenses, plan),
        *_money_lines("income", plan.income, plan),
        *_race_costs(plan.race_costs, plan),
        *_fundraising(plan.fundraising),
        *_dated_rows(plan),
    ]
    return [p for p in problems if not _on_blank_row(plan, p)]


def _on_blank_row(plan: Plan, problem: FieldProblem) -> bool:
    """A blank row (`winbook.domain.rows`) has nothing wrong with it until something is typed."""
    if problem.index is None or "[" in problem.part:
        return False
    rows: Any = plan
    for name in problem.part.split("."):
        rows = getattr(rows, name, None)
    return (
        isinstance(rows, list) and 0 <= problem.index < len(rows) and is_blank(rows[problem.index])
    )


def problems_for(
    plan: Plan, part: str, index: int | None, field: str, today: date | None = None
) -> list[FieldProblem]:
    """The problems of one field (what the window shows beside that field)."""
    return [
        p
        for p in check_plan(plan, today)
        if p.part == part and p.index == index and p.field == field
    ]


# --------------------------------------------------------------------------- small helpers


def _election_year(plan: Plan) -> int | None:
    if plan.race.election_date is not None:
        return plan.race.election_date.year
    return None


def _election_month(plan: Plan) -> str | None:
    d = plan.race.election_date
    return d.strftime("%Y-%m") if d is not None else None


def _after_election(plan: Plan, when: date | None) -> bool:
    election = plan.race.election_date
    return when is not None and election is not None and when > election


def _day(d: date) -> str:
    return d.isoformat()


def _outside_years(year: int) -> bool:
    return not YEAR_MIN <= year <= YEAR_MAX


def _year_problem(part: str, index: int | None, field: str, year: int) -> FieldProblem:
    return FieldProblem(
        part,
        index,
        field,
        f"The year {year} is not between {YEAR_MIN} and {YEAR_MAX}, the years Winbook plans for: "
        "check the year.",
    )


@dataclass(frozen=True)
class _Limit:
    """A field whose value is impossible when ``bad(value)`` (an empty field never is).

    ``message`` is a `str.format` template of ``value``, e.g. ``"Seats is {value}: ..."``.
    """

    field: str
    bad: Callable[[Any], bool]
    message: str


def _limits(
    part: str, index: int | None, obj: object, limits: Iterable[_Limit]
) -> Iterator[FieldProblem]:
    """A problem for each field of ``obj`` outside its limit, in the order of ``limits``."""
    for limit in limits:
        value = getattr(obj, limit.field)
        if value is not None and limit.bad(value):
            yield FieldProblem(part, index, limit.field, limit.message.format(value=value))


def _share(field: str, what: str) -> _Limit:
    """A per-cent field that must lie within 0-100."""
    return _Limit(
        field,
        lambda v: not 0.0 <= v <= 100.0,
        what + " is {value:g}%, outside 0-100%: enter a share between 0 and 100.",
    )


def _amount(field: str, what: str) -> _Limit:
    """An amount of money that must not be negative."""
    return _Limit(
        field,
        lambda v: v < 0,
        what + " is negative ({value}): enter the amount as a positive number.",
    )


# --------------------------------------------------------------------------- race and candidate


def _race(race: Race) -> Iterator[FieldProblem]:
    if race.seats < 1:
        yield FieldProblem(
            "race", None, "seats", f"Seats is {race.seats}: a race fills at least 1 seat."
        )
    if race.candidates_expected < 1:
        yield FieldProblem(
            "race",
            None,
            "candidates_expected",
            f"Candidates expected is {race.candidates_expected}: count at least yourself (1).",
        )
    elif race.seats > race.candidates_expected:
        yield FieldProblem(
            "race",
            None,
            "seats",
            f"{race.seats} seats but only {race.candidates_expected} candidates expected: "
            "check the number of seats.",
        )
        yield FieldProblem(
            "race",
            None,
            "candidates_expected",
            f"Only {race.candidates_expected} candidates expected for {race.seats} seats: "
            "count every candidate likely to file, yourself included.",
        )
    if race.registered_voters is not None and race.registered_voters <= 0:
        yield FieldProblem(
            "race",
            None,
            "registered_voters",
            f"Registered voters is {race.registered_voters}: enter the current registration "
            "(above 0) or leave it empty.",
        )
    yield from _race_dates(race)


def _race_dates(race: Race) -> Iterator[FieldProblem]:
    election = race.election_date
    if election is None:
        return
    if _outside_years(election.year):
        yield _year_problem("race", None, "election_date", election.year)
    for name, label in (
        ("early_voting_start", "Early voting"),
        ("filing_deadline", "The filing deadline"),
    ):
        when: date | None = getattr(race, name)
        if when is not None and when > election:
            yield FieldProblem(
                "race",
                None,
                name,
                f"{label} ({_day(when)}) is after election day ({_day(election)}): "
                "check both dates.",
            )


def _candidate(plan: Plan, today: date) -> Iterator[FieldProblem]:
    born = plan.candidate.birth_date
    if born is not None and born > today:
        yield FieldProblem(
            "candidate",
            None,
            "birth_date",
            f"The birth date {_day(born)} is in the future: check the year.",
        )


def _filing(plan: Plan) -> Iterator[FieldProblem]:
    when = plan.filing.announcement_date
    if when is not None and _after_election(plan, when):
        yield FieldProblem(
            "filing",
            None,
            "announcement_date",
            f"The announcement date {_day(when)} is after election day: check the date.",
        )


# --------------------------------------------------------------------------- history


_COUNT_FIELDS: tuple[tuple[str, str], ...] = (
    ("registered", "Registered voters"),
    ("ballots_cast", "Ballots cast"),
    ("contest_votes", "Votes in the contest"),
    ("contest_ballots", "Ballots in the contest"),
    ("winner_votes", "The winner's votes"),
    ("last_winner_votes", "The last winner's votes"),
    ("first_loser_votes", "The first loser's votes"),
)


def _history(plan: Plan) -> Iterator[FieldProblem]:
    election_year = _election_year(plan)
    for i, e in enumerate(plan.history):
        yield from _history_counts(i, e)
        yield from _history_totals(i, e)
        yield from _history_candidates(i, e)
        if e.seats < 1:
            yield FieldProblem(
                "history", i, "seats", f"Seats is {e.seats}: a contest fills at least 1 seat."
            )
        if e.year > YEAR_MAX:
            yield _year_problem("history", i, "year", e.year)
        elif e.year < YEAR_MIN or (election_year is not None and e.year > election_year):
            yield FieldProblem(
                "history",
                i,
                "year",
                f"The year {e.year} is not before this race's election"
                + (f" ({election_year})" if election_year is not None else "")
                + ": enter the year the past election was held.",
            )


_HISTORY_COUNTS: tuple[_Limit, ...] = (
    *(
        _Limit(name, lambda v: v < 0, label + " is negative ({value}): enter a count of 0 or more.")
        for name, label in _COUNT_FIELDS
    ),
    _Limit(
        "registered",
        lambda v: v == 0,
        "Registered voters is 0: enter the registration of that election or leave it empty.",
    ),
)


def _history_counts(i: int, e: PastElection) -> Iterator[FieldProblem]:
    yield from _limits("history", i, e, _HISTORY_COUNTS)


def _history_totals(i: int, e: PastElection) -> Iterator[FieldProblem]:
    if (
        e.registered
        and e.registered > 0
        and e.ballots_cast is not None
        and e.ballots_cast > e.registered
    ):
        yield FieldProblem(
            "history",
            i,
            "ballots_cast",
            f"{e.ballots_cast:,} ballots cast is more than the {e.registered:,} registered "
            "voters: check both figures.",
        )
    seats = max(e.seats, 1)
    if (
        e.contest_votes is not None
        and e.ballots_cast is not None
        and e.ballots_cast >= 0
        and e.contest_votes > e.ballots_cast * seats
    ):
        yield FieldProblem(
            "history",
            i,
            "contest_votes",
            f"{e.contest_votes:,} votes in the contest is more than {e.ballots_cast:,} ballots "
            f"× {plural(seats, 'seat')} allow: check the votes, the ballots and the seats.",
        )
    if (
        e.contest_ballots is not None
        and e.ballots_cast is not None
        and e.ballots_cast >= 0
        and e.contest_ballots > e.ballots_cast
    ):
        yield FieldProblem(
            "history",
            i,
            "contest_ballots",
            f"{e.contest_ballots:,} ballots in the contest is more than the {e.ballots_cast:,} "
            "ballots cast: check both figures.",
        )


def _history_candidates(i: int, e: PastElection) -> Iterator[FieldProblem]:
    if e.contest_votes is not None and e.contest_votes >= 0:
        for name, label in _COUNT_FIELDS[4:]:
            value: int | None = getattr(e, name)
            if value is not None and value > e.contest_votes:
                yield FieldProblem(
                    "history",
                    i,
                    name,
                    f"{label} ({value:,}) is more than all {e.contest_votes:,} votes in the "
                    "contest: check both figures.",
                )
    last, loser = e.last_winner_votes, e.first_loser_votes
    if last is not None and loser is not None and 0 <= last < loser:
        yield FieldProblem(
            "history",
            i,
            "last_winner_votes",
            f"The last winner's {last:,} votes are fewer than the first loser's {loser:,}: "
            "winners have the most votes, so check both figures.",
        )
        yield FieldProblem(
            "history",
            i,
            "first_loser_votes",
            f"The first loser's {loser:,} votes are more than the last winner's {last:,}: "
            "check both figures.",
        )
    if e.winner_votes is not None and last is not None and 0 <= e.winner_votes < last:
        yield FieldProblem(
            "history",
            i,
            "winner_votes",
            f"The winner's {e.winner_votes:,} votes are fewer than the last winner's {last:,}: "
            "the winner is the top vote-getter, so check both figures.",
        )


# --------------------------------------------------------------------------- settings


_TURNOUT: tuple[_Limit, ...] = (
    _share("roll_off_pct", "Roll-off"),
    _Limit(
        "adjustment_pct",
        lambda v: v <= -100,
        "An adjustment of {value:g}% leaves no voters: enter more than -100%.",
    ),
    _Limit(
        "years_to_use",
        lambda v: v < 1,
        "Years to use is {value}: use at least 1 comparable election (3 is best).",
    ),
)


def _turnout(t: TurnoutSettings, race: Race) -> Iterator[FieldProblem]:
    yield from _limits("turnout", None, t, _TURNOUT)
    if t.manual_turnout is not None:
        if t.manual_turnout <= 0:
            yield FieldProblem(
                "turnout",
                None,
                "manual_turnout",
                f"Your turnout figure is {t.manual_turnout}: enter the ballots you expect "
                "(above 0).",
            )
        elif race.registered_voters and t.manual_turnout > race.registered_voters:
            yield FieldProblem(
                "turnout",
                None,
                "manual_turnout",
                f"Your turnout figure {t.manual_turnout:,} is above the {race.registered_voters:,} "
                "registered voters: lower it or correct the registration.",
            )


_WIN = (_share("safety_margin_pct", "The safety margin"),)


def _win(plan: Plan) -> Iterator[FieldProblem]:
    yield from _limits("win", None, plan.win, _WIN)


def _rate(field: str, what: str) -> _Limit:
    """A rate in per cent that must be above 0 and at most 100."""
    return _Limit(
        field,
        lambda v: not 0.0 < v <= 100.0,
        what + " is {value:g}%: enter a share above 0 and at most 100%.",
    )


_PATH: tuple[_Limit, ...] = (
    _share("base_support_pct", "Base support"),
    _rate("support_rate_pct", "The support rate"),
    _rate("turnout_rate_pct", "The turnout rate"),
    _Limit(
        "shift_hours",
        lambda v: not 0.0 < v <= 24.0,
        "A shift of {value:g} hours is impossible: enter 0-24 hours (3 is usual).",
    ),
    _Limit(
        "candidate_hours_per_week",
        lambda v: not 0.0 <= v <= 168.0,
        "{value:g} hours a week is impossible: enter 0-168 hours.",
    ),
)


def _path(p: PathSettings, plan: Plan) -> Iterator[FieldProblem]:
    yield from _limits("path", None, p, _PATH)
    if _after_election(plan, p.field_start):
        yield FieldProblem(
            "path",
            None,
            "field_start",
            "The field program starts after election day: choose an earlier start.",
        )
    yield from _base_shares(plan)
    for i, c in enumerate(p.channels):
        yield from _channel(i, c)


_BASE_SHARE = (_share("share_pct", "This share"),)


def _base_shares(plan: Plan) -> Iterator[FieldProblem]:
    election_year = _election_year(plan)
    for i, b in enumerate(plan.path.base_shares):
        yield from _limits("path.base_shares", i, b, _BASE_SHARE)
        if b.year and _outside_years(b.year):
            yield _year_problem("path.base_shares", i, "year", b.year)
        elif election_year is not None and b.year > election_year:
            yield FieldProblem(
                "path.base_shares",
                i,
                "year",
                f"The year {b.year} is after this race's election ({election_year}): enter "
                "the year of that past result.",
            )


_CHANNEL: tuple[_Limit, ...] = (
    _share("share_pct", "This channel's share"),
    *(
        _Limit(
            name,
            lambda v: v <= 0,
            label + " is {value:g}: enter a rate above 0, or leave it empty.",
        )
        for name, label in (
            ("attempts_per_hour", "Attempts an hour"),
            ("contacts_per_hour", "Contacts an hour"),
            ("contacts_per_vote", "Contacts per vote"),
        )
    ),
)


def _channel(i: int, c: ChannelPlan) -> Iterator[FieldProblem]:
    yield from _limits("path.channels", i, c, _CHANNEL)
    attempts, contacts = c.attempts_per_hour, c.contacts_per_hour
    if attempts and contacts and attempts > 0 and contacts > attempts:
        yield FieldProblem(
            "path.channels",
            i,
            "contacts_per_hour",
            f"{contacts:g} contacts an hour is more than the {attempts:g} attempts an hour: "
            "every contact is an attempt, so check both rates.",
        )


# --------------------------------------------------------------------------- money


_MONEY_LINE = (_amount("amount", "The amount"),)


def _money_lines(
    part: str, lines: Sequence[ExpenseLine | IncomeLine], plan: Plan
) -> Iterator[FieldProblem]:
    last = _election_month(plan)
    for i, line in enumerate(lines):
        yield from _limits(part, i, line, _MONEY_LINE)
        if not _MONTH.fullmatch(line.month):
            yield FieldProblem(
                part,
                i,
                "month",
                f"The month {line.month!r} is not a month: write it as YYYY-MM, e.g. 2027-09.",
            )
        elif last is not None and line.month > last:
            yield FieldProblem(
                part,
                i,
                "month",
                f"{format_month(line.month)} is after the election month ({format_month(last)}): "
                "the budget ends on election day, so move this line to an earlier month.",
            )


_RACE_COST = (_amount("total_spent", "What this race cost"),)


def _race_costs(costs: list[RaceCost], plan: Plan) -> Iterator[FieldProblem]:
    election_year = _election_year(plan)
    for i, c in enumerate(costs):
        yield from _limits("race_costs", i, c, _RACE_COST)
        if c.year and _outside_years(c.year):
            yield _year_problem("race_costs", i, "year", c.year)
        elif election_year is not None and c.year > election_year:
            yield FieldProblem(
                "race_costs",
                i,
                "year",
                f"The year {c.year} is after this race's election ({election_year}): only past "
                "races can be compared.",
            )


_FUNDRAISING_AMOUNTS: tuple[_Limit, ...] = (
    _amount("raised_to_date", "Raised to date"),
    _amount("from_candidate", "Money from the candidate"),
    _amount("largest_single_donor", "The largest single donor's gift"),
    _amount("starting_cash", "Starting cash"),
)


def _scenario(field: str, what: str) -> _Limit:
    """A scenario factor in per cent of the plan, 0 or more."""
    return _Limit(
        field,
        lambda v: v < 0,
        what + " is {value:g}% of the plan: enter 0% or more (85% and 115% are usual).",
    )


_FUNDRAISING_SETTINGS: tuple[_Limit, ...] = (
    _Limit("donor_count", lambda v: v < 0, "The donor count is {value}: enter 0 or more."),
    _Limit(
        "cycles_to_average",
        lambda v: v < 1,
        "Cycles to average is {value}: use 1 to 3 past cycles.",
    ),
    _Limit(
        "call_time_hours_per_week",
        lambda v: not 0.0 <= v <= 168.0,
        "{value:g} hours of call time a week is impossible: enter 0-168 hours.",
    ),
    _share("threshold_pct", "The fundraising-test threshold"),
    _scenario("low_factor_pct", "The low scenario"),
    _scenario("high_factor_pct", "The high scenario"),
)


def _fundraising(f: FundraisingSettings) -> Iterator[FieldProblem]:
    yield from _limits("fundraising", None, f, _FUNDRAISING_AMOUNTS)
    for name, label in (
        ("from_candidate", "Money from the candidate"),
        ("largest_single_donor", "The largest single donor's gift"),
    ):
        value: Decimal = getattr(f, name)
        if value > f.raised_to_date >= 0:
            yield FieldProblem(
                "fundraising",
                None,
                name,
                f"{label} (${value:,}) is more than all ${f.raised_to_date:,} raised to date: "
                "check both amounts.",
            )
    yield from _limits("fundraising", None, f, _FUNDRAISING_SETTINGS)


# --------------------------------------------------------------------------- dated rows


def _dated_rows(plan: Plan) -> Iterator[FieldProblem]:
    election = plan.race.election_date
    if election is None:
        return
    for i, ev in enumerate(plan.timeline):
        if ev.category in POST_ELECTION_CATEGORIES:
            continue
        if ev.when is not None and ev.when > election:
            yield FieldProblem(
                "timeline",
                i,
                "when",
                f"{ev.title or 'This event'} ({_day(ev.when)}) is after election day "
                f"({_day(election)}): correct the date, or file it as a post-election report.",
            )
    for i, item in enumerate(plan.checklist):
        if item.due is not None and item.due > election:
            yield FieldProblem(
                "checklist",
                i,
                "due",
                f"Due {_day(item.due)}, after election day ({_day(election)}): filing steps "
                "must be done before the election.",
            )
    for s, session in enumerate(plan.sessions):
        for j, step in enumerate(session.next_steps):
            if step.due is not None and step.due > election:
                yield FieldProblem(
                    f"sessions[{s}].next_steps",
                    j,
                    "due",
                    f"Due {_day(step.due)}, after election day ({_day(election)}): choose a "
                    "date before the election.",
                )
