"""The fundraising worksheet: income by source, the 15% test, and the shares from the
contribution export.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, Spacer

from winbook.domain.model import INCOME_LABELS
from winbook.domain.typography import fmt_date, month_label
from winbook.report.layout import Col, para, rich, table
from winbook.report.worksheets.shared import (
    Ctx,
    h3,
    h3_table,
    money,
    share,
    steps_list,
    warnings_list,
)


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
        [INCOME_LABELS[s], money(v), share(_share(v, b.total_income))]
        for s, v in b.income_by_source.items()
    ]
    total = ["Total planned income", money(b.total_income), "100.0%"]
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
            f"{money(fr.counted, True)} ({when}).",
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
    if fr.other_donors is not None and fr.from_candidate > 0:
        donors = f"the candidate and {fr.other_donors:,} other donor"
        donors += "" if fr.other_donors == 1 else "s"
    else:
        donors = f"{fr.donor_count:,} donor{'' if fr.donor_count == 1 else 's'}"
    everything = money(fr.raised, True)
    return [
        para(
            f"Of {everything} raised from {donors}: the largest single donor (not the "
            f"candidate) gave {money(fr.largest_single_donor, True)} "
            f"({fr.largest_share_pct:.1f}% of all {everything} raised), the candidate "
            f"{money(fr.from_candidate, True)} ({fr.candidate_share_pct:.1f}% of all "
            f"raised){fees}.",
            ctx.ss["Body"],
        )
    ]
