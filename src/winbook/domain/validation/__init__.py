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

The rules live by part: `race`, `history`, `settings`, `money`, `dated`, on the helpers in
`problems`; this module runs them all in `check_plan`.
"""

from __future__ import annotations

from datetime import date

# Any: a dotted path walks parts of any type
from typing import Any

from winbook.domain.model import Plan
from winbook.domain.rows import is_blank
from winbook.domain.validation.dated import _dated_rows
from winbook.domain.validation.history import _history
from winbook.domain.validation.money import _fundraising, _money_lines, _race_costs
from winbook.domain.validation.problems import (
    POST_ELECTION_CATEGORIES,
    TIMELINE_CATEGORIES,
    YEAR_MAX,
    YEAR_MIN,
    FieldProblem,
)
from winbook.domain.validation.race import _candidate, _filing, _race
from winbook.domain.validation.settings import _path, _turnout, _win

__all__ = [
    "POST_ELECTION_CATEGORIES",
    "TIMELINE_CATEGORIES",
    "YEAR_MAX",
    "YEAR_MIN",
    "FieldProblem",
    "check_plan",
    "problems_for",
]


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
