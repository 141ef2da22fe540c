"""Rules for the turnout, win-number and path settings, base shares and channels."""

from __future__ import annotations

from collections.abc import Iterator

from winbook.domain.model import ChannelPlan, PathSettings, Plan, Race, TurnoutSettings
from winbook.domain.validation.problems import (
    FieldProblem,
    _after_election,
    _election_year,
    _Limit,
    _limits,
    _outside_years,
    _share,
    _year_problem,
)

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
