"""The budget worksheet: categories, norms, scenarios, the cash flow and the expense lines."""

from __future__ import annotations

from reportlab.platypus import Flowable

from winbook.domain.contributions import actual_by_month, actual_outside, export_label
from winbook.domain.model import EXPENSE_LABELS, VOTER_CONTACT_CATEGORIES
from winbook.domain.typography import month_label
from winbook.report import charts
from winbook.report.layout import Col, para, table
from winbook.report.worksheets.fundraising import _share
from winbook.report.worksheets.shared import (
    DASH,
    Ctx,
    chart_gap,
    h3,
    h3_chart,
    h3_table,
    money,
    norm_band,
    num,
    pct,
    share,
    steps_list,
    warnings_list,
)


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
            share(_share(v, b.total_spending)),
            "yes" if c in VOTER_CONTACT_CATEGORIES else "no",
        ]
        for c, v in b.by_category.items()
    ]
    total = ["Total spending", money(b.total_spending), "100.0%", ""]
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
        rows.append([n.name, share(n.share_pct), band, "within" if n.ok else "OUTSIDE the norm"])
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
