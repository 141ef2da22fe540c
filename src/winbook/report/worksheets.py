"""The computed worksheets of the packet: win number, path to victory, fundraising, budget,
timeline. Every figure comes from `compute_figures`, the same calculators the window shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Spacer

from winbook.domain.budget import Norm
from winbook.domain.contributions import actual_by_month, actual_outside, export_label
from winbook.domain.explain import Step, fmt_int, fmt_money, fmt_pct, fmt_signed_pct
from winbook.domain.figures import Figures
from winbook.domain.model import (
    EXPENSE_LABELS,
    INCOME_LABELS,
    VOTER_CONTACT_CATEGORIES,
    EventKind,
    PastElection,
    Plan,
)
from winbook.domain.sources import SOURCES
from winbook.domain.turnout import METHOD_LABELS, comparable_elections
from winbook.domain.typography import fmt_date as fmt_date  # noqa: PLC0414 (re-exported)
from winbook.domain.typography import month_label as month_label  # noqa: PLC0414
from winbook.domain.typography import typeset as typeset  # noqa: PLC0414
from winbook.report import charts
from winbook.report.layout import Col, key_values, needs_landscape, para, rich, table

DASH = "—"


def num(n: int | None) -> str:
    return DASH if n is None else fmt_int(n)


def money(x: Decimal | None, cents: bool = False) -> str:
    """Dollars, with a true minus sign (−$500)."""
    return DASH if x is None else fmt_money(x, cents).replace("-", "−")


def pct(x: float | None, digits: int = 1) -> str:
    """US style, no space: "94%"."""
    return DASH if x is None else fmt_pct(x, digits).replace(" %", "%")


def norm_band(n: Norm) -> str:
    """A budget norm's range as printed: "10–20%", "at most 5%", "at least 60–75%"."""
    if n.name == "Voter contact":
        return "at least 60–75%"
    return f"{n.low_pct:g}–{n.high_pct:g}%" if n.low_pct else f"at most {n.high_pct:g}%"


#: Words the worksheets print whatever the plan (the glossary keeps a term only if it appears
#: here or in the plan's own text and shown math).
VOCABULARY = (
    "ballots projected turnout win number vote goal safety margin base vote deficit "
    "persuasion need contacts shifts GOTV cost per vote voter contact in kind plurality"
)


@dataclass
class Ctx:
    """What every worksheet needs: the plan, its figures, styles, width and a heading maker."""

    plan: Plan
    figures: Figures
    ss: StyleSheet1
    width: float
    heading: Callable[[str, int], Flowable]
    #: The frame width of a landscape page (0: none), for a table too wide for an upright one.
    wide_width: float = 0.0


# --------------------------------------------------------------------------- shared pieces


def steps_list(ctx: Ctx, steps: Sequence[Step], start: int = 1) -> list[Flowable]:
    out: list[Flowable] = []
    for i, step in enumerate(steps, start):
        text = f"{i}. {step.text}"
        source = SOURCES.get(step.source)
        p = para(typeset(text), ctx.ss["Step"])
        if source:
            p = rich(
                f"{p.text} <font size='7.5' color='#555555'><i>[{source.title}]</i></font>",
                ctx.ss["Step"],
            )
        out.append(p)
    return out


def warnings_list(ctx: Ctx, warnings: Sequence[str]) -> list[Flowable]:
    if not warnings:
        return []
    out: list[Flowable] = [para("Points to check", ctx.ss["H3"])]
    out += [para(f"! {typeset(w)}", ctx.ss["Warning"]) for w in warnings]
    return out


def h3(ctx: Ctx, text: str) -> Flowable:
    return para(text, ctx.ss["H3"])


def h3_table(ctx: Ctx, text: str) -> list[Flowable]:
    """A heading before a long table: a new page only when less than 45 mm is left, so the
    table starts under its heading and splits instead of jumping whole to the next page."""
    return [CondPageBreak(45 * mm), para(text, ctx.ss["H3Loose"])]


def h3_chart(ctx: Ctx, text: str) -> list[Flowable]:
    """A heading before a chart: kept on the chart's page (a chart cannot split)."""
    return [CondPageBreak(45 * mm), h3(ctx, text)]


def chart_gap() -> Flowable:
    return Spacer(1, 6)


# --------------------------------------------------------------------------- win number


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
            Col("Miss", 0.8, True),
        ]
        rows = [
            [
                str(p.year),
                ", ".join(map(str, p.from_years)),
                num(p.projected),
                num(p.actual),
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


# --------------------------------------------------------------------------- path to victory


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
                    "Candidate call time",
                    f"{p.candidate_hours:g} hours ({settings.candidate_hours_per_week:g} a week)",
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


# --------------------------------------------------------------------------- fundraising


def fundraising(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [ctx.heading("Income plan and the 15% fundraising test", 1)]
    out += _income_by_source(ctx)
    out += _income_detail(ctx)
    out += _fundraising_test(ctx)
    return out


def _income_by_source(ctx: Ctx) -> list[Flowable]:
    b = ctx.figures.budget
    if not b.income_by_source:
        return [h3(ctx, "Income plan"), para("No income planned yet.", ctx.ss["Empty"])]
    cols = [Col("Source", 3), Col("Amount", 1.2, True), Col("Share", 1, True)]
    rows = [
        [INCOME_LABELS[s], money(v), pct(_share(v, b.total_income))]
        for s, v in b.income_by_source.items()
    ]
    total = ["Total planned income", money(b.total_income), "100%"]
    return [h3(ctx, "Income by source"), table(ctx.ss, cols, rows, ctx.width, total)]


def _share(part: Decimal, whole: Decimal) -> float | None:
    return float(part / whole * 100) if whole else None


def _income_detail(ctx: Ctx) -> list[Flowable]:
    lines = sorted(ctx.plan.income, key=lambda i: (i.month, i.source.value))
    if not lines:
        return []
    cols = [Col("Month", 0.9), Col("Source", 1.9), Col("Description", 3), Col("Amount", 1.1, True)]
    rows = [
        [month_label(i.month), INCOME_LABELS[i.source], i.description, money(i.amount, True)]
        for i in lines
    ]
    total = ["", "Total", "", money(ctx.figures.budget.total_income, True)]
    return [*h3_table(ctx, "Income plan in detail"), table(ctx.ss, cols, rows, ctx.width, total)]


def _fundraising_test(ctx: Ctx) -> list[Flowable]:
    fr = ctx.figures.fundraising
    out: list[Flowable] = [h3(ctx, "The 15% fundraising test")]
    costs = sorted(ctx.plan.race_costs, key=lambda c: c.year, reverse=True)
    if costs:
        cols = [
            Col("Year", 0.7),
            Col("Race", 2.6),
            Col("Stage", 0.9),
            Col("Spent", 1.1, True),
            Col("Source", 2.2),
        ]
        rows = [[str(c.year), c.race, c.stage.value, money(c.total_spent), c.source] for c in costs]
        out.append(table(ctx.ss, cols, rows, ctx.width))
        out.append(Spacer(1, 4))
    out += steps_list(ctx, fr.steps)
    verdict = {True: "PASSED", False: "NOT YET PASSED", None: "cannot be judged yet"}[fr.passed]
    when = fr.source or f"as of {fmt_date(fr.as_of)}"
    out.append(
        rich(
            f"<b>Result: {verdict}.</b> Threshold {money(fr.threshold, True)}; counted "
            f"{money(fr.counted)} ({when}).",
            ctx.ss["Body"],
        )
    )
    out += contribution_shares(ctx)
    out += warnings_list(ctx, fr.warnings)
    return out


def contribution_shares(ctx: Ctx) -> list[Flowable]:
    """Who the money came from, in shares of all raised: totals only, never a donor."""
    fr = ctx.figures.fundraising
    if fr.largest_share_pct is None or fr.candidate_share_pct is None:
        return []
    if not fr.source and not fr.donor_count:
        return []
    fees = f"; the platform's fees, {money(fr.fees, True)}, shown apart" if fr.source else ""
    return [
        para(
            f"Of {money(fr.raised, True)} raised from {fr.donor_count:,} "
            f"donor{'' if fr.donor_count == 1 else 's'}: the largest single donor (not the "
            f"candidate) gave {money(fr.largest_single_donor, True)} "
            f"({pct(fr.largest_share_pct)}), the candidate {money(fr.from_candidate, True)} "
            f"({pct(fr.candidate_share_pct)}){fees}.",
            ctx.ss["Body"],
        )
    ]


# --------------------------------------------------------------------------- budget


def budget(ctx: Ctx) -> list[Flowable]:
    b = ctx.figures.budget
    out: list[Flowable] = [ctx.heading("Budget worksheet", 1)]
    if not ctx.plan.expenses:
        out.append(para("No spending planned yet.", ctx.ss["Empty"]))
    out += _category_summary(ctx)
    out += _norms(ctx)
    cpv = money(b.cost_per_vote, True)
    out += [
        h3(ctx, "Cost per vote"),
        para(
            f"{money(b.total_spending)} total spending ÷ {num(ctx.figures.win.vote_goal)} vote "
            f"goal = {cpv} a vote.",
            ctx.ss["Body"],
        ),
    ]
    out += _scenarios(ctx)
    out += _cash_flow(ctx)
    out += _expense_detail(ctx)
    out += [h3(ctx, "How the figures are found"), *steps_list(ctx, b.steps)]
    out += warnings_list(ctx, b.warnings)
    return out


def _category_summary(ctx: Ctx) -> list[Flowable]:
    b = ctx.figures.budget
    if not b.by_category:
        return []
    cols = [
        Col("Category", 3),
        Col("Amount", 1.2, True),
        Col("Share", 0.9, True),
        Col("Voter contact", 1.0),
    ]
    rows = [
        [
            EXPENSE_LABELS[c],
            money(v),
            pct(_share(v, b.total_spending)),
            "yes" if c in VOTER_CONTACT_CATEGORIES else "no",
        ]
        for c, v in b.by_category.items()
    ]
    total = ["Total spending", money(b.total_spending), "100%", ""]
    note = (
        f"Cash {money(b.cash_spending)}, in kind {money(b.in_kind)}; "
        f"planned income {money(b.total_income)}."
    )
    return [
        h3(ctx, "Spending by category"),
        table(ctx.ss, cols, rows, ctx.width, total),
        para(note, ctx.ss["Small"]),
    ]


def _norms(ctx: Ctx) -> list[Flowable]:
    b = ctx.figures.budget
    if not b.norms:
        return []
    cols = [Col("Check", 2.6), Col("This budget", 1, True), Col("Norm", 1.3), Col("Result", 1.4)]
    rows = []
    for n in b.norms:
        band = norm_band(n)
        rows.append([n.name, pct(n.share_pct), band, "within" if n.ok else "OUTSIDE the norm"])
    head = (
        f"Voter contact takes {pct(b.voter_contact_share_pct)} of spending "
        "(norm: at least 60–75%, media included)."
    )
    return [
        h3(ctx, "Against the norms"),
        para(head, ctx.ss["Body"]),
        table(ctx.ss, cols, rows, ctx.width),
    ]


def _scenarios(ctx: Ctx) -> list[Flowable]:
    b = ctx.figures.budget
    if not b.scenarios or not b.total_spending:
        return []
    cols = [
        Col("Scenario", 1.2),
        Col("Spending", 1.2, True),
        Col("Income", 1.2, True),
        Col("Cash at the end", 1.3, True),
        Col("Cost per vote", 1.1, True),
    ]
    rows = [
        [
            s.scenario.value.capitalize(),
            money(s.spending),
            money(s.income),
            money(s.ending_cash),
            money(s.cost_per_vote, True),
        ]
        for s in b.scenarios
    ]
    return [h3(ctx, "Low, medium and high budgets"), table(ctx.ss, cols, rows, ctx.width)]


def _cash_flow(ctx: Ctx) -> list[Flowable]:
    flow = ctx.figures.budget.cash_flow
    if not flow:
        return []
    months = [m.month for m in flow]
    actual = actual_by_month(ctx.plan, months)
    chart = charts.cash_flow_chart(
        ctx.width,
        months,
        [float(m.income) for m in flow],
        [float(m.spending) for m in flow],
        [float(m.cumulative) for m in flow],
        None if actual is None else [None if v is None else float(v) for v in actual],
    )
    cols = [
        Col("Month", 1),
        Col("Income", 1.1, True),
        Col("Cash spending", 1.2, True),
        Col("Net", 1.1, True),
        Col("Cash on hand", 1.2, True),
    ]
    rows = [
        [
            month_label(m.month),
            money(m.income),
            money(m.spending),
            money(m.net),
            money(m.cumulative),
        ]
        for m in flow
    ]
    if actual is not None:  # the contribution export's months beside the plan's
        cols.insert(2, Col("Raised (actual)", 1.2, True))
        for row, value in zip(rows, actual, strict=True):
            row.insert(2, DASH if value is None else money(value))
    start = f"Starting cash {money(ctx.plan.fundraising.starting_cash)}."
    if actual is not None:
        source = export_label(ctx.plan.contributions)
        start += (
            f" Income is what the budget plans; raised (actual) is {source}."
            f" {actual_outside(ctx.plan, months)}"
        )
    return [
        *h3_chart(ctx, "Monthly cash flow"),
        chart,
        chart_gap(),
        para(start.strip(), ctx.ss["Small"]),
        table(ctx.ss, cols, rows, ctx.width),
    ]


def _expense_detail(ctx: Ctx) -> list[Flowable]:
    lines = sorted(ctx.plan.expenses, key=lambda e: (e.month, e.category.value))
    if not lines:
        return []
    cols = [
        Col("Month", 0.9),
        Col("Category", 2.1),
        Col("Description", 3),
        Col("Amount", 1.1, True),
        Col("In kind", 0.7),
    ]
    rows = [
        [
            month_label(e.month),
            EXPENSE_LABELS[e.category],
            e.description,
            money(e.amount, True),
            "yes" if e.in_kind else "",
        ]
        for e in lines
    ]
    total = ["", "Total", "", money(ctx.figures.budget.total_spending, True), ""]
    return [*h3_table(ctx, "Expense detail"), table(ctx.ss, cols, rows, ctx.width, total)]


# --------------------------------------------------------------------------- timeline

KIND_LABELS = {
    EventKind.HARD: "hard date",
    EventKind.INTERNAL: "internal deadline",
    EventKind.MILESTONE: "milestone",
}


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
            KIND_LABELS[e.kind],
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
    return str((election - when).days)
