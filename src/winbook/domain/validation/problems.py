"""What a problem is (`FieldProblem`) and the helpers every rule uses: limits, the election
year and month, years outside 1900-2100.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

# Any: a limit's test takes the field's value, of any field type
from typing import Any

from winbook.domain.model import Plan

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
