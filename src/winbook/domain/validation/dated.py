"""Dates after election day (timeline, checklist, coaching next steps, budget months)."""

from __future__ import annotations

from collections.abc import Iterator

from winbook.domain.model import Plan
from winbook.domain.validation.problems import POST_ELECTION_CATEGORIES, FieldProblem, _day


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
