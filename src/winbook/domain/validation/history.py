"""Rules for past elections: counts, totals that contradict each other, candidates and seats."""

from __future__ import annotations

from collections.abc import Iterator

from winbook.domain.model import PastElection, Plan
from winbook.domain.path import plural
from winbook.domain.validation.problems import (
    YEAR_MAX,
    YEAR_MIN,
    FieldProblem,
    _election_year,
    _Limit,
    _limits,
    _year_problem,
)

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
