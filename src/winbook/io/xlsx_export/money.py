"""The Budget, Income and Cash flow sheets: lines, totals by category and month, and the month
by month balance.
"""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from winbook.domain.budget import normalize_month
from winbook.domain.figures import Figures
from winbook.domain.model import (
    EXPENSE_LABELS,
    INCOME_LABELS,
    VOTER_CONTACT_CATEGORIES,
    ExpenseCategory,
    IncomeSource,
    Plan,
)
from winbook.io.xlsx_export.cells import (
    _BOLD,
    _CENTER,
    _INPUT_FILL,
    _LEFT,
    _TOP_LINE,
    _WRAP,
    BUDGET,
    BUDGET_HEADERS,
    CASH,
    FIRST_ROW,
    HEAD_ROW,
    INCOME,
    INCOME_HEADERS,
    MONEY,
    MONTH,
    PCT,
    F,
    _a,
    _align,
    _header,
    _month_value,
    _ref,
    _set,
    _widths,
)
from winbook.io.xlsx_print import fit_column_widths, fit_row_heights, sheet_title


def _budget_sheet(ws: Worksheet, plan: Plan) -> dict[str, str]:
    sheet_title(ws, "Budget", "Every spending line; the totals by category and month follow it.")
    top = FIRST_ROW
    _header(ws, HEAD_ROW, BUDGET_HEADERS)
    ws.freeze_panes = f"A{top}"
    for i, e in enumerate(plan.expenses, start=top):
        _set(ws, i, 1, e.description)
        _set(ws, i, 2, EXPENSE_LABELS[e.category])
        _set(ws, i, 3, _month_value(e.month), MONTH)
        _set(ws, i, 4, e.amount, MONEY)
        _set(ws, i, 5, "Yes" if e.in_kind else "No")
    refs: dict[str, str] = {}
    _header(ws, HEAD_ROW, ("Category", "Total"), col=7)
    cat_rows: dict[ExpenseCategory, int] = {}
    for i, cat in enumerate(ExpenseCategory, start=top):
        cat_rows[cat] = i
        _set(ws, i, 7, EXPENSE_LABELS[cat])
        _set(ws, i, 8, F(f"=SUMIF($B:$B,{_a(i, 7)},$D:$D)"), MONEY)
        refs[f"budget.cat.{cat.value}"] = _ref(BUDGET, i, 8)
    r = top + len(ExpenseCategory)
    rows = [
        ("total", "Total spending", F("=SUM($D:$D)"), MONEY),
        ("in_kind", "In kind", F('=SUMIF($E:$E,"Yes",$D:$D)'), MONEY),
        ("cash", "Cash spending", F(f"={_a(r, 8)}-{_a(r + 1, 8)}"), MONEY),
        (
            "voter_contact",
            "Voter contact share (at least 60%)",
            F(
                f'=IF({_a(r, 8)}=0,"",('
                + "+".join(
                    _a(cat_rows[c], 8) for c in ExpenseCategory if c in VOTER_CONTACT_CATEGORIES
                )
                + f")/{_a(r, 8)})"
            ),
            PCT,
        ),
    ]
    for i, (key, label, value, fmt) in enumerate(rows):
        _set(ws, r + i, 7, label).font = _BOLD
        cell = _set(ws, r + i, 8, value, fmt)
        cell.font = _BOLD
        if i == 0:
            ws.cell(row=r, column=7).border = cell.border = _TOP_LINE
        refs[f"budget.{key}"] = _ref(BUDGET, r + i, 8)
    _month_totals(ws, plan, _a(r, 8), _a(r + 1, 8), r + len(rows) + 1)
    lines = range(top, top + len(plan.expenses))
    _align(ws, [1, 2], lines, _WRAP)
    _align(ws, [5], lines, _CENTER)
    _widths(ws, [0, 0, 10, 13, 8, 2, 0, 14, 13, 13])
    fit_column_widths(ws, {1: (20, 44), 2: (14, 36), 7: (16, 36)}, HEAD_ROW)
    fit_row_heights(ws, range(HEAD_ROW, lines.stop))
    return refs


def _month_totals(ws: Worksheet, plan: Plan, total: str, in_kind: str, head: int) -> None:
    """Totals by valid month, under the category totals (columns G to J, so the sheet prints
    at a readable size); lines with no valid month get one row of their own.

    Each month's total is split into its in-kind gifts and its cash spending, so the cash
    column reads as the Cash flow sheet's (in-kind gifts are not cash)."""
    _header(ws, head, ("Month", "Total, in kind included", "Of it in kind", "Cash spending"), col=7)
    first = head + 1
    months = sorted({m for e in plan.expenses if (m := normalize_month(e.month)) is not None})
    for i, m in enumerate(months, start=first):
        _set(ws, i, 7, _month_value(m), MONTH).alignment = _LEFT
        _set(ws, i, 8, F(f"=SUMIF($C:$C,{_a(i, 7)},$D:$D)"), MONEY)
        _set(ws, i, 9, F(f'=SUMIFS($D:$D,$C:$C,{_a(i, 7)},$E:$E,"Yes")'), MONEY)
        _set(ws, i, 10, F(f"={_a(i, 8)}-{_a(i, 9)}"), MONEY)
    if any(normalize_month(e.month) is None for e in plan.expenses):
        r = len(months) + first
        _set(ws, r, 7, "No valid month")
        dated = f"SUM($H${first}:$H${r - 1})" if months else "0"
        dated_kind = f"SUM($I${first}:$I${r - 1})" if months else "0"
        _set(ws, r, 8, F(f"={total}-{dated}"), MONEY)
        _set(ws, r, 9, F(f"={in_kind}-{dated_kind}"), MONEY)
        _set(ws, r, 10, F(f"={_a(r, 8)}-{_a(r, 9)}"), MONEY)


def _income_sheet(ws: Worksheet, plan: Plan) -> dict[str, str]:
    sheet_title(ws, "Income", "Every income line; the totals by source follow it.")
    top = FIRST_ROW
    _header(ws, HEAD_ROW, INCOME_HEADERS)
    ws.freeze_panes = f"A{top}"
    for i, line in enumerate(plan.income, start=top):
        _set(ws, i, 1, line.description)
        _set(ws, i, 2, INCOME_LABELS[line.source])
        _set(ws, i, 3, _month_value(line.month), MONTH)
        _set(ws, i, 4, line.amount, MONEY)
    _header(ws, HEAD_ROW, ("Source", "Total"), col=6)
    refs: dict[str, str] = {}
    for i, src in enumerate(IncomeSource, start=top):
        _set(ws, i, 6, INCOME_LABELS[src])
        _set(ws, i, 7, F(f"=SUMIF($B:$B,{_a(i, 6)},$D:$D)"), MONEY)
        refs[f"income.src.{src.value}"] = _ref(INCOME, i, 7)
    r = top + len(IncomeSource)
    _set(ws, r, 6, "Total income").font = _BOLD
    cell = _set(ws, r, 7, F("=SUM($D:$D)"), MONEY)
    cell.font, cell.border = _BOLD, _TOP_LINE
    refs["income.total"] = _ref(INCOME, r, 7)
    lines = range(top, top + len(plan.income))
    _align(ws, [1, 2], lines, _WRAP)
    _widths(ws, [0, 0, 10, 13, 2, 0, 14])
    fit_column_widths(ws, {1: (20, 44), 2: (14, 32), 6: (16, 32)}, HEAD_ROW)
    fit_row_heights(ws, range(HEAD_ROW, lines.stop))
    return refs


def _cash_sheet(ws: Worksheet, plan: Plan, figures: Figures) -> dict[str, str]:
    sheet_title(ws, "Cash flow", "Money in and out by month; in-kind gifts are not cash.")
    top = FIRST_ROW
    _header(ws, HEAD_ROW, ("Month", "Income", "Cash spending", "Net", "Cumulative cash"))
    ws.freeze_panes = f"A{top}"
    _set(ws, HEAD_ROW, 7, "Starting cash").font = _BOLD
    start = _set(ws, HEAD_ROW, 8, plan.fundraising.starting_cash, MONEY)
    start.fill = _INPUT_FILL
    months = [flow.month for flow in figures.budget.cash_flow]  # the months it lays out
    for i, m in enumerate(months, start=top):
        a = _a(i, 1)
        _set(ws, i, 1, _month_value(m), MONTH)
        _set(ws, i, 2, F(f"=SUMIF('{INCOME}'!$C:$C,{a},'{INCOME}'!$D:$D)"), MONEY)
        _set(
            ws,
            i,
            3,
            F(f"=SUMIFS('{BUDGET}'!$D:$D,'{BUDGET}'!$C:$C,{a},'{BUDGET}'!$E:$E,\"No\")"),
            MONEY,
        )
        _set(ws, i, 4, F(f"={_a(i, 2)}-{_a(i, 3)}"), MONEY)
        prev = _a(HEAD_ROW, 8) if i == top else _a(i - 1, 5)
        _set(ws, i, 5, F(f"={prev}+{_a(i, 4)}"), MONEY)
    refs: dict[str, str] = {}
    if months:
        last = top + len(months) - 1
        cum = f"$E${top}:$E${last}"
        _set(ws, top, 7, "Lowest point").font = _BOLD
        _set(ws, top, 8, F(f"=MIN({cum})"), MONEY).font = _BOLD
        _set(ws, top + 1, 7, "Lowest month").font = _BOLD
        low = F(f"=INDEX($A${top}:$A${last},MATCH({_a(top, 8)},{cum},0))")
        _set(ws, top + 1, 8, low, MONTH).font = _BOLD
        refs = {"cash.lowest": _ref(CASH, top, 8), "cash.lowest_month": _ref(CASH, top + 1, 8)}
        if figures.budget.lowest_cash is not None and figures.budget.lowest_cash < 0:
            # three rows tall, so the wrapped sentence does not stretch a month's row
            ws.merge_cells(start_row=top + 2, start_column=7, end_row=top + 4, end_column=8)
            warn = _set(
                ws, top + 2, 7, "Cash goes negative: raise money earlier or move spending later."
            )
            warn.alignment = _WRAP
    _widths(ws, [12, 15, 15, 15, 16, 3, 16, 15])
    fit_row_heights(ws, [HEAD_ROW])
    return refs
