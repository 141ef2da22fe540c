"""Session log, change marks and comparison with a session's snapshot (issue 6)."""

from __future__ import annotations

from datetime import datetime

from winbook.domain.coaching import (
    DiffOp,
    DiffPart,
    changed_since_last_session,
    compare_with_session,
    last_session,
    new_session,
    notes_for,
)
from winbook.domain.model import CoachNote, Plan


def _plan() -> Plan:
    p = Plan()
    p.section("why").text = "I run because our schools need heat."
    p.section("message").text = "Us on us: a parent who fixes things."
    return p


def test_nothing_is_marked_before_any_session() -> None:
    assert changed_since_last_session(_plan()) == []


def test_sections_edited_after_the_session_are_marked_in_plan_order() -> None:
    p = _plan()
    p.sessions.append(new_session(p, datetime(2027, 3, 1, 18), "Ana"))
    assert changed_since_last_session(p) == []
    p.section("message").text += " Them on us: too young."
    p.section("team").text = "Dana is treasurer."
    p.section("why").text = "I run because our schools need heat."  # same text: not marked
    assert changed_since_last_session(p) == ["message", "team"]


def test_the_latest_session_counts_even_if_logged_out_of_order() -> None:
    p = _plan()
    p.sessions.append(new_session(p, datetime(2027, 4, 1), "Ana"))
    p.section("why").text = "Changed between the sessions."
    p.sessions.append(new_session(p, datetime(2027, 3, 1), "Ben"))  # back-dated entry
    latest = last_session(p)
    assert latest is not None and latest.coach == "Ana"
    assert changed_since_last_session(p) == ["why"]


def test_compare_shows_words_removed_and_added() -> None:
    p = _plan()
    p.sessions.append(new_session(p, datetime(2027, 3, 1), "Ana"))
    p.section("why").text = "I run because our schools need counsellors and heat."
    assert compare_with_session(p, "why") == [
        DiffPart(DiffOp.SAME, "I run because our schools need"),
        DiffPart(DiffOp.ADDED, "counsellors and"),
        DiffPart(DiffOp.SAME, "heat."),
    ]


def test_notes_for_a_section_oldest_first() -> None:
    p = _plan()
    p.coach_notes = [
        CoachNote("why", "Ana", datetime(2027, 3, 2), "second"),
        CoachNote("budget", "Ana", datetime(2027, 3, 1), "other section"),
        CoachNote("why", "Ben", datetime(2027, 3, 1), "first"),
    ]
    assert [n.text for n in notes_for(p, "why")] == ["first", "second"]
