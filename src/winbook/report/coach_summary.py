"""The one-page one-on-one summary a coach sends the candidate after a call.

It is built from one session: the one just logged (the last in the log, whatever the date of
the call it records), with that session's agenda and notes, what was decided and the next steps
agreed; then readiness at a glance and the open questions. It is dated the day it is made.
The coach's private notes on sections and the candidate's private details are not in it.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from winbook.atomic import atomic_write_bytes
from winbook.domain.model import CoachingSession, NextStep, Plan
from winbook.domain.readiness import OpenStep, Readiness, TopicStatus
from winbook.domain.typography import fmt_date
from winbook.errors import ExportError
from winbook.report.fonts import BOLD, register_fonts
from winbook.store.profiles import assess_plan as assess

MAX_QUESTIONS = 8
MARKS = {TopicStatus.READY: "Ready", TopicStatus.PARTIAL: "Partial", TopicStatus.MISSING: "Missing"}
SHADES = {
    TopicStatus.READY: colors.Color(0.85, 0.85, 0.85),
    TopicStatus.PARTIAL: colors.Color(0.93, 0.93, 0.93),
    TopicStatus.MISSING: colors.white,
}


def _styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=12.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=16, leading=20),
        "h3": ParagraphStyle(
            "h3", parent=base, fontName=BOLD, fontSize=9.5, leading=12.5, spaceBefore=4
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=3,
        ),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _glance(r: Readiness, st: dict[str, ParagraphStyle]) -> Table:
    rows = [[_p("Topic", st["small"]), _p("Status", st["small"]), _p("What to do", st["small"])]]
    for t in r.topics:
        todo = t.reasons[0] if t.reasons and t.status is not TopicStatus.READY else ""
        rows.append(
            [_p(t.title, st["body"]), _p(MARKS[t.status], st["body"]), _p(todo, st["small"])]
        )
    table = Table(rows, colWidths=[45 * mm, 18 * mm, None], repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.75, 0.75, 0.75)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for i, t in enumerate(r.topics, 1):
        style.append(("BACKGROUND", (1, i), (1, i), SHADES[t.status]))
    table.setStyle(TableStyle(style))
    return table


def _questions(r: Readiness, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    items = [
        f"{t.title}: {reason}"
        for t in r.topics
        if t.status is not TopicStatus.READY
        for reason in t.reasons[1:]
    ]
    if not items:
        return [_p("None: every remaining point is in the table above.", st["body"])]
    shown = items[:MAX_QUESTIONS]
    out: list[Flowable] = [_p(f"• {q}", st["body"]) for q in shown]
    if len(items) > len(shown):
        out.append(
            _p(f"… and {len(items) - len(shown)} more in Winbook's readiness page.", st["small"])
        )
    return out


def summary_session(plan: Plan) -> CoachingSession | None:
    """The session a summary is about: the one logged last (sessions are kept in the order they
    were logged, so a call logged late still counts as the latest)."""
    return plan.sessions[-1] if plan.sessions else None


def _session_part(session: CoachingSession | None, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    if session is None:
        return [_p("No session logged yet: log the call in coach mode first.", st["body"])]
    when = fmt_date(session.when) if session.when else "an undated call"
    coach = f" with {session.coach}" if session.coach else ""
    out: list[Flowable] = [_p(f"Call of {when}{coach}", st["h2"])]
    for title, text in (("Agenda and notes", session.agenda), ("Decided", session.decisions)):
        if text.strip():
            out.append(_p(title, st["h3"]))
            out += [_p(line, st["body"]) for line in text.strip().splitlines() if line.strip()]
    out.append(_p("Next steps agreed", st["h3"]))
    still_open = [n for n in session.next_steps if not n.done]
    out += _steps_table(still_open, st, "No open next steps from this session.")
    return out


def _steps_table(
    steps: list[NextStep] | list[OpenStep], st: dict[str, ParagraphStyle], empty: str
) -> list[Flowable]:
    if not steps:
        return [_p(empty, st["body"])]
    rows = [[_p("Next step", st["small"]), _p("Owner", st["small"]), _p("Due", st["small"])]]
    for s in steps:
        due = fmt_date(s.due) if s.due else ""
        rows.append([_p(s.text, st["body"]), _p(s.owner, st["body"]), _p(due, st["body"])])
    table = Table(rows, colWidths=[None, 35 * mm, 30 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.75, 0.75, 0.75)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [table]


def _earlier_steps(
    plan: Plan, session: CoachingSession | None, r: Readiness, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """Steps still open from earlier sessions (this session's own are listed above)."""
    mine = {(n.text, n.owner, n.due) for n in session.next_steps} if session else set()
    earlier = [s for s in r.open_steps if (s.text, s.owner, s.due) not in mine]
    if not earlier:
        return []
    return [
        _p("Still open from earlier sessions", st["h2"]),
        *_steps_table(earlier, st, ""),
    ]


def summary_date(
    plan: Plan,
    session: CoachingSession | None,
    *,
    today: date | None = None,
    reproducible: bool = False,
) -> date:
    """The day a one-on-one summary is dated.

    Made by hand, it is dated the day it is made (``today``), and a session logged with a
    later date is pointed out rather than hidden. A reproducible export carries no clock: it
    is dated the plan's "as of" day, or the session's day when the session is later (a
    summary cannot be prepared before the call it records), so the same plan always gives
    the same file and its date is never earlier than the session it lists.
    """
    if today is not None:
        return today
    if not reproducible:
        return date.today()
    called = session.when.date() if session and session.when else None
    days = [d for d in (plan.meta.prepared_on, called) if d is not None]
    return max(days) if days else date.today()


def coach_summary_bytes(
    plan: Plan,
    *,
    paper: str = "letter",
    today: date | None = None,
    reproducible: bool = False,
    session: CoachingSession | None = None,
) -> bytes:
    """The summary of ``session`` (default: the one logged last), dated ``today`` (default:
    the day it is made; a reproducible summary is dated the plan's "as of" day instead)."""
    st = _styles()
    r = assess(plan)
    session = session or summary_session(plan)
    who = plan.candidate.full_name or "Untitled plan"
    race = ", ".join(x for x in (plan.race.office, plan.race.jurisdiction) if x)
    day = summary_date(plan, session, today=today, reproducible=reproducible)
    prepared = fmt_date(day)
    called = session.when.date() if session and session.when else None
    later = (
        [
            _p(
                f"The session is dated {fmt_date(called)}, after the day this summary is "
                "made: check the session's date in coach mode.",
                st["body"],
            )
        ]
        if called and called > day
        else []
    )
    story: list[Flowable] = [
        _p("One-on-one summary", st["title"]),
        _p(f"{who}" + (f" · {race}" if race else ""), st["body"]),
        _p(f"Prepared {prepared}.", st["body"]),
        *later,
        *_session_part(session, st),
    ]
    verdict = "ready to apply" if r.ready else "not ready to apply yet"
    story += [
        Spacer(1, 4),
        _p(f"Readiness at a glance: {r.score_pct}%, {verdict}.", st["h2"]),
        _glance(r, st),
        _p("Open questions", st["h2"]),
        *_questions(r, st),
        *_earlier_steps(plan, session, r, st),
    ]
    story += [Spacer(1, 6), _p(f"Prepared {prepared} with Winbook.", st["small"])]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4 if paper == "a4" else LETTER,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=f"One-on-one summary: {who}",
        author=session.coach if session and session.coach else "Winbook",
        subject=race or "Campaign plan",
        invariant=1 if reproducible else 0,
    )
    doc.build(story)
    return buf.getvalue()


def write_coach_summary(
    plan: Plan,
    path: Path,
    *,
    paper: str = "letter",
    reproducible: bool = False,
    today: date | None = None,
) -> None:
    """Write the summary PDF atomically: the destination is complete or untouched."""
    data = coach_summary_bytes(plan, paper=paper, reproducible=reproducible, today=today)
    atomic_write_bytes(path, data, ExportError)
