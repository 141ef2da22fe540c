"""The path-to-victory worksheet: the channel table and the weekly goals."""

from __future__ import annotations

from reportlab.platypus import Flowable

from winbook.domain.explain import fmt_int
from winbook.domain.typography import fmt_date
from winbook.report import charts
from winbook.report.layout import Col, key_values, para, table
from winbook.report.worksheets.shared import (
    Ctx,
    chart_gap,
    h3,
    h3_chart,
    num,
    pct,
    steps_list,
    warnings_list,
)


def path_to_victory(ctx: Ctx) -> list[Flowable]:
    p, w = ctx.figures.path, ctx.figures.win
    settings = ctx.plan.path
    out: list[Flowable] = [ctx.heading("Path to victory worksheet", 1), h3(ctx, "Universes")]
    out.append(
        key_values(
            ctx.ss,
            [
                ("Vote goal", num(w.vote_goal)),
                ("GOTV bucket (your base)", num(w.base_votes)),
                ("Persuasion need", f"{num(p.need)} votes"),
                (
                    "Support rate / turnout rate",
                    f"{pct(settings.support_rate_pct)} / {pct(settings.turnout_rate_pct)}",
                ),
                ("Contacts needed", num(p.contacts)),
                (
                    "Volunteer hours / shifts",
                    f"{fmt_int(p.total_hours)} hours / "
                    f"{fmt_int(p.total_shifts)} shifts of {settings.shift_hours:g} hours",
                ),
                (
                    "Candidate's field time",
                    f"{p.candidate_hours:g} hours ({settings.candidate_hours_per_week:g} a week "
                    "of doors and events, apart from call time)",
                ),
            ],
            ctx.width,
        )
    )
    out += [h3(ctx, "Contacts, hours and shifts per channel"), *_channel_table(ctx)]
    out += [h3(ctx, "How the figures are found"), *steps_list(ctx, p.steps)]
    out += _weeks(ctx)
    out += warnings_list(ctx, p.warnings)
    return out


def _channel_table(ctx: Ctx) -> list[Flowable]:
    p = ctx.figures.path
    if not p.channels:
        return [para("No contact channels planned yet.", ctx.ss["Empty"])]
    cols = [
        Col("Channel", 2.4),
        Col("Share", 0.8, True),
        Col("Contacts", 1, True),
        Col("Attempts", 1, True),
        Col("Hours", 0.9, True),
        Col("Shifts", 0.9, True),
    ]
    rows = [
        [
            c.label,
            pct(c.share_pct),
            fmt_int(c.contacts),
            num(c.attempts),
            num(c.hours),
            num(c.shifts),
        ]
        for c in p.channels
    ]
    share = sum(c.share_pct for c in p.channels)
    total = [
        "Total",
        pct(share),
        fmt_int(sum(c.contacts for c in p.channels)),
        fmt_int(p.total_attempts),
        fmt_int(p.total_hours),
        fmt_int(p.total_shifts),
    ]
    return [table(ctx.ss, cols, rows, ctx.width, total)]


def _weeks(ctx: Ctx) -> list[Flowable]:
    weeks = ctx.figures.path.weeks
    if not weeks:
        return []
    cols = [
        Col("Week", 0.6, True),
        Col("From", 1.4),
        Col("To", 1.4),
        Col("Contacts", 1, True),
        Col("Hours", 0.9, True),
        Col("Shifts", 0.9, True),
    ]
    rows = [
        [
            str(w.number),
            fmt_date(w.starts),
            fmt_date(w.ends),
            fmt_int(w.contacts),
            fmt_int(w.hours),
            fmt_int(w.shifts),
        ]
        for w in weeks
    ]
    total = [
        "",
        "Total",
        "",
        fmt_int(sum(w.contacts for w in weeks)),
        fmt_int(sum(w.hours for w in weeks)),
        fmt_int(sum(w.shifts for w in weeks)),
    ]
    chart = charts.weekly_chart(
        ctx.width, [str(w.number) for w in weeks], [w.contacts for w in weeks]
    )
    return [
        *h3_chart(ctx, "Week by week"),
        chart,
        chart_gap(),
        table(ctx.ss, cols, rows, ctx.width, total),
    ]
