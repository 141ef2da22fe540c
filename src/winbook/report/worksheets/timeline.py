"""The timeline worksheet: dated events with days to election day, and its chart."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from winbook.domain.labels import EVENT_KIND_WORDS
from winbook.domain.typography import fmt_date
from winbook.report import charts
from winbook.report.layout import Col, para, table
from winbook.report.worksheets.shared import DASH, Ctx, chart_gap

#: The kinds in the window's own words ("Hard deadline"), one list for window and packet.
KIND_LABELS = EVENT_KIND_WORDS


def timeline(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [ctx.heading("Timeline chart and table", 1)]
    events = sorted(ctx.plan.timeline, key=lambda e: (e.when is None, e.when or date.min, e.title))
    if not events:
        return [*out, para("No timeline events entered yet.", ctx.ss["Empty"])]
    election = ctx.plan.race.election_date
    dated = [(i, e.when, e.kind.value) for i, e in enumerate(events, 1) if e.when is not None]
    if dated:
        out += [charts.timeline_chart(ctx.width, dated, election), chart_gap()]
    cols = [
        Col("#", 0.35, True),
        Col("Date", 1.65),
        Col("Days before", 0.85, True),
        Col("Event", 2.4),
        Col("Kind", 1.25),
        Col("Done", 0.65),
        Col("Note", 1.8),
    ]
    rows = [
        [
            str(i),
            fmt_date(e.when),
            _days_out(e.when, election),
            e.title,
            KIND_LABELS[e.kind].replace(" ", "\u00a0"),  # "Hard deadline" on one line
            "yes" if e.done else "",
            e.note,
        ]
        for i, e in enumerate(events, 1)
    ]
    out.append(table(ctx.ss, cols, rows, ctx.width))
    return out


def _days_out(when: date | None, election: date | None) -> str:
    if when is None or election is None:
        return DASH
    days = (election - when).days
    if days < 0:
        return f"{-days:,} day{'' if days == -1 else 's'} after"
    return f"{days:,}"
