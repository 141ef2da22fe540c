"""The one-page one-on-one summary a coach sends the candidate after a call.

Readiness at a glance, the open questions (what is not ready and why), and the next steps agreed.
Coach notes and private details are not in it.
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
from winbook.domain.coaching import last_session
from winbook.domain.model import Plan
from winbook.domain.readiness import Readiness, TopicStatus
from winbook.errors import ExportError
from winbook.report.fonts import BOLD, register_fonts
from winbook.report.worksheets import fmt_date
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


def _next_steps(plan: Plan, r: Readiness, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not r.open_steps:
        return [_p("No open next steps.", st["body"])]
    rows = [[_p("Next step", st["small"]), _p("Owner", st["small"]), _p("Due", st["small"])]]
    for s in r.open_steps:
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


def coach_summary_bytes(
    plan: Plan, *, paper: str = "letter", today: date | None = None, reproducible: bool = False
) -> bytes:
    st = _styles()
    r = assess(plan)
    session = last_session(plan)
    who = plan.candidate.full_name or "Untitled plan"
    race = ", ".join(x for x in (plan.race.office, plan.race.jurisdiction) if x)
    story: list[Flowable] = [
        _p("One-on-one summary", st["title"]),
        _p(f"{who}" + (f" · {race}" if race else ""), st["body"]),
    ]
    if session is not None and session.when is not None:
        coach = f" with {session.coach}" if session.coach else ""
        story.append(_p(f"Call of {fmt_date(session.when)}{coach}.", st["body"]))
        if session.decisions.strip():
            story.append(_p(f"Decided: {session.decisions.strip()}", st["body"]))
    verdict = "ready to apply" if r.ready else "not ready to apply yet"
    story += [
        Spacer(1, 4),
        _p(f"Readiness at a glance: {r.score_pct}%, {verdict}.", st["h2"]),
        _glance(r, st),
        _p("Open questions", st["h2"]),
        *_questions(r, st),
        _p("Next steps", st["h2"]),
        *_next_steps(plan, r, st),
    ]
    prepared = fmt_date(today or plan.meta.prepared_on or date.today())
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
    plan: Plan, path: Path, *, paper: str = "letter", reproducible: bool = False
) -> None:
    """Write the summary PDF atomically: the destination is complete or untouched."""
    data = coach_summary_bytes(plan, paper=paper, reproducible=reproducible)
    atomic_write_bytes(path, data, ExportError)
