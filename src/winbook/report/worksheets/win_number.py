"""The win-number worksheet: past elections, the back-test and range, the turnout planned on,
the win number, the vote goal and the chart of past totals.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from winbook.domain.explain import fmt_signed_pct
from winbook.domain.model import PastElection
from winbook.domain.turnout import METHOD_LABELS, comparable_elections
from winbook.domain.typography import typeset
from winbook.report import charts
from winbook.report.layout import Col, key_values, needs_landscape, para, table
from winbook.report.worksheets.shared import (
    DASH,
    Ctx,
    chart_gap,
    h3,
    num,
    pct,
    steps_list,
    warnings_list,
)


def win_number(ctx: Ctx) -> list[Flowable]:
    f, plan = ctx.figures, ctx.plan
    title = ctx.heading("Win number worksheet", 1)
    inputs = h3(ctx, "Past elections (the inputs)")
    history, cols, rows = _history_table(ctx)
    if history and ctx.wide_width and needs_landscape(cols, rows, ctx.width):
        # a landscape page of its own, then upright again ("Page X of Y" counts it as a page)
        out: list[Flowable] = [NextPageTemplate("wide"), PageBreak(), title, inputs]
        out += [table(ctx.ss, cols, rows, ctx.wide_width), *history]
        out += [NextPageTemplate("page"), PageBreak()]
    elif history:
        out = [title, inputs, table(ctx.ss, cols, rows, ctx.width), *history]
    else:
        out = [title, inputs, para("No past elections entered yet.", ctx.ss["Empty"])]
    out += [
        h3(ctx, "Method and rule"),
        key_values(
            ctx.ss,
            [
                ("Turnout method", typeset(METHOD_LABELS[f.turnout.method])),
                ("Years used", ", ".join(map(str, f.turnout.used_years)) or DASH),
                ("Win-number rule", f.win.rule_label),
                (
                    "Seats / candidates expected",
                    f"{plan.race.seats} / {plan.race.candidates_expected}",
                ),
            ],
            ctx.width,
        ),
    ]
    out += [h3(ctx, "Projected turnout, step by step"), *steps_list(ctx, f.turnout.steps)]
    out += _backtest(ctx)
    out += [h3(ctx, "Win number and vote goal, step by step"), *steps_list(ctx, f.win.steps)]
    out += [h3(ctx, "The figures"), _win_figures(ctx)]
    out += _past_chart(ctx)
    out += warnings_list(ctx, f.turnout.warnings + f.win.warnings)
    return out


_HISTORY_COLS: tuple[tuple[str, str], ...] = (
    ("registered", "Registered"),
    ("ballots_cast", "Ballots cast"),
    ("contest_votes", "Contest votes"),
    ("contest_ballots", "Contest ballots"),
    ("winner_votes", "Winner"),
    ("last_winner_votes", "Last winner"),
    ("first_loser_votes", "First loser"),
)


_CYCLE_SHORT = {
    "presidential": "presidential",
    "midterm": "midterm",
    "municipal": "odd-year",
    "special": "special",
}


def _history_table(ctx: Ctx) -> tuple[list[Flowable], list[Col], list[list[str]]]:
    """The notes under the table of past elections, its columns and its rows (no rows: no
    past election)."""
    history = sorted(ctx.plan.history, key=lambda e: e.year, reverse=True)
    if not history:
        return [], [], []
    shown = [c for c in _HISTORY_COLS if any(getattr(e, c[0]) is not None for e in history)]
    cols = [Col("Year", 0.8), Col("Cycle, stage", 1.9)]
    cols += [Col(title, 1.15 if attr == "registered" else 1.0, True) for attr, title in shown]
    cols += [Col("Seats", 0.8, right=True), Col("Used", 0.75)]
    used = set(ctx.figures.turnout.used_years)
    rows = []
    for e in history:
        row = [str(e.year), f"{_CYCLE_SHORT[e.cycle.value]} {e.stage.value}"]
        row += [num(getattr(e, attr)) for attr, _ in shown]
        rows.append([*row, str(e.seats), "yes" if e.year in used else "no"])
    notes = [f"{e.year}: {e.note.strip()}" for e in history if e.note.strip()]
    notes += [
        f"{year} left out of the average: {why}." for year, why in ctx.figures.turnout.left_out
    ]
    # a little air between the table and its notes; never empty, so the table is shown
    out: list[Flowable] = [Spacer(1, 4), *(para(n, ctx.ss["Small"]) for n in notes)]
    return out, cols, rows


def _backtest(ctx: Ctx) -> list[Flowable]:
    """How the method would have done on the district's own past elections, and the range."""
    t = ctx.figures.turnout
    if t.projected is None:
        return []
    out: list[Flowable] = [h3(ctx, "How this method would have done in your district")]
    if t.backtest:
        cols = [
            Col("Election", 0.8),
            Col("Projected from", 1.6),
            Col("Projected", 1.0, True),
            Col("Actual", 1.0, True),
            Col("Actual is", 1.9),
            Col("Miss", 0.8, True),
        ]
        rows = [
            [
                str(p.year),
                ", ".join(map(str, p.from_years)),
                num(p.projected),
                num(p.actual),
                p.measured,
                fmt_signed_pct(p.error_pct),
            ]
            for p in t.backtest
        ]
        out.append(table(ctx.ss, cols, rows, ctx.width))
    what = "ballots" if t.unit == "ballots" else "votes"
    planned = t.planned_on.value
    out.append(
        key_values(
            ctx.ss,
            [
                ("Low turnout", f"{num(t.low)} {what}"),
                ("Expected turnout", f"{num(t.projected)} {what}"),
                ("High turnout", f"{num(t.high)} {what}"),
                ("Planned on", f"the {planned} figure, {num(t.planned)} {what}"),
            ],
            ctx.width,
        )
    )
    steps = [s for s in t.range_steps if not s.text.startswith("Back-test ")]
    return [*out, *steps_list(ctx, steps)]


def _win_figures(ctx: Ctx) -> Flowable:
    w = ctx.figures.win
    return key_values(
        ctx.ss,
        [
            ("Turnout planned on (T)", _planned_turnout(ctx)),
            ("Win number", f"{num(w.win_number)} votes"),
            ("Safety margin", pct(w.margin_pct)),
            ("Vote goal", f"{num(w.vote_goal)} votes"),
            ("Base support", pct(None if w.base_pct is None else w.base_pct, 2)),
            ("Base (expected votes)", f"{num(w.base_votes)} votes"),
            ("Vote deficit", f"{num(w.deficit)} votes to win through voter contact"),
        ],
        ctx.width,
    )


def _planned_turnout(ctx: Ctx) -> str:
    t, other = ctx.figures.turnout, ctx.figures.win_other
    what = "ballots" if t.unit == "ballots" else "votes"
    text = f"{num(t.planned)} {what} ({t.planned_on.value})"
    if other is not None and other.vote_goal is not None:
        side = "expected" if t.planned_on.value == "high" else "high"
        text += (
            f"; on the {side} {num(other.turnout)}: win number {num(other.win_number)}, "
            f"vote goal {num(other.vote_goal)}"
        )
    return text


def winning_total(e: PastElection) -> int | None:
    """The votes it took to win a past election (the last winner's in a vote-for-N race)."""
    if e.seats > 1:
        return e.last_winner_votes if e.last_winner_votes is not None else e.winner_votes
    return e.winner_votes if e.winner_votes is not None else e.last_winner_votes


def _plotted(elections: Sequence[PastElection]) -> str:
    """What the past-totals chart shows, exactly: the winner's or the last winner's votes."""
    last = [e.seats > 1 and e.last_winner_votes is not None for e in elections]
    if all(last):
        return "last winner's votes"
    return "winner's votes" if not any(last) else "winning votes (the last winner's for N seats)"


def _past_chart(ctx: Ctx) -> list[Flowable]:
    comparable, _ = comparable_elections(ctx.plan)
    points = [
        (str(e.year), v)
        for e in sorted(comparable, key=lambda e: e.year)
        if (v := winning_total(e)) is not None
    ]
    if not points:
        return []
    what = _plotted(comparable)
    drawing = charts.past_totals_chart(
        ctx.width, [p[0] for p in points], [p[1] for p in points], ctx.figures.win.vote_goal, what
    )
    return [chart_gap(), drawing]
