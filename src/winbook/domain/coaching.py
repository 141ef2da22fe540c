"""Coaching one-on-ones: the session log, "changed since the last session", and coach notes.

A logged session keeps a snapshot of every section's text, so later edits can be marked and
compared with what the coach and candidate saw on the call.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from winbook.domain.model import CoachingSession, CoachNote, NextStep, Plan
from winbook.domain.sections import SECTION_KEYS


def last_session(plan: Plan) -> CoachingSession | None:
    """The most recent logged session (by date; the last one logged if dates tie)."""
    dated = [(s.when or datetime.min, i, s) for i, s in enumerate(plan.sessions)]
    return max(dated, key=lambda t: (t[0], t[1]))[2] if dated else None


def snapshot_sections(plan: Plan) -> dict[str, str]:
    return {key: plan.get_section(key).text for key in SECTION_KEYS}


def new_session(
    plan: Plan,
    when: datetime,
    coach: str,
    agenda: str = "",
    decisions: str = "",
    next_steps: list[NextStep] | None = None,
) -> CoachingSession:
    """A session record with a snapshot of the plan's sections as they are now."""
    return CoachingSession(
        when=when,
        coach=coach,
        agenda=agenda,
        decisions=decisions,
        next_steps=list(next_steps or []),
        snapshot=snapshot_sections(plan),
    )


def changed_since_last_session(plan: Plan) -> list[str]:
    """Keys of sections whose text differs from the last session's snapshot, in plan order.

    With no session logged yet, nothing is marked.
    """
    session = last_session(plan)
    if session is None:
        return []
    return [
        key for key in SECTION_KEYS if plan.get_section(key).text != session.snapshot.get(key, "")
    ]


class DiffOp(StrEnum):
    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class DiffPart:
    op: DiffOp
    text: str


def compare_with_session(
    plan: Plan, key: str, session: CoachingSession | None = None
) -> list[DiffPart]:
    """Word-level comparison of a section's text now against its text at ``session``."""
    session = session or last_session(plan)
    before = session.snapshot.get(key, "") if session else ""
    after = plan.get_section(key).text
    a, b = before.split(" "), after.split(" ")
    parts: list[DiffPart] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            parts.append(DiffPart(DiffOp.SAME, " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            parts.append(DiffPart(DiffOp.REMOVED, " ".join(a[i1:i2])))
        if j2 > j1:
            parts.append(DiffPart(DiffOp.ADDED, " ".join(b[j1:j2])))
    return [p for p in parts if p.text]


def notes_for(plan: Plan, section: str) -> list[CoachNote]:
    """Coach notes on ``section`` ("" for the plan as a whole), oldest first."""
    notes = [n for n in plan.coach_notes if n.section == section]
    return sorted(notes, key=lambda n: n.created or datetime.min)
