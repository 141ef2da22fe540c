"""Rules for the race, its dates, the candidate and filing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from winbook.domain.model import Plan, Race
from winbook.domain.validation.problems import (
    FieldProblem,
    _after_election,
    _day,
    _outside_years,
    _year_problem,
)


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
