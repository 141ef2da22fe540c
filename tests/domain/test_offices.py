"""What a new plan starts from, by office: checklist order, starter timeline."""

from __future__ import annotations

import datetime as dt

from winbook.domain.model import EventKind, Level
from winbook.domain.offices import new_plan


def _steps(level: Level) -> list[str]:
    return [c.step for c in new_plan(level, "MI", dt.date(2027, 12, 2)).checklist]


def test_petition_signatures_come_before_filing_the_papers() -> None:
    for level, petition in (
        (Level.COUNTY_CLERK, "Collect the nominating petition signatures"),
        (Level.STATE_HOUSE, "Collect the petition signatures for the primary ballot"),
    ):
        steps = _steps(level)
        filing = next(i for i, s in enumerate(steps) if s.startswith("File the candidacy"))
        assert steps.index(petition) == filing - 1, steps
        assert steps[-1] == "Put every campaign-finance report date in the timeline"


def test_starter_election_day_note_is_short_and_the_date_is_right() -> None:
    plan = new_plan(Level.COUNTY_CLERK, "MI", dt.date(2027, 12, 2))
    day = [e for e in plan.timeline if e.category == "election_day"]
    # Nov 1, 2028 is a Wednesday: the first Monday is Nov 6, the Tuesday after it Nov 7.
    assert [(e.when, e.kind) for e in day] == [(dt.date(2028, 11, 7), EventKind.HARD)]
    assert len(day[0].note) <= 40, day[0].note
