"""Rules for budget lines, income, race costs and the fundraising settings."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from winbook.domain.dates import format_month
from winbook.domain.model import ExpenseLine, FundraisingSettings, IncomeLine, Plan, RaceCost
from winbook.domain.validation.problems import (
    _MONTH,
    FieldProblem,
    _amount,
    _election_month,
    _election_year,
    _Limit,
    _limits,
    _outside_years,
    _share,
    _year_problem,
)

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
