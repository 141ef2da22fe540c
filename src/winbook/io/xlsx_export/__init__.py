"""The plan as a live Excel workbook: every total is a formula over the lines it sums.

Sheets: Summary, Past elections, Turnout and win number, Path to victory, Budget, Income,
Cash flow, Timeline. When Excel or LibreOffice recalculates the file, its totals equal what
`winbook.domain.figures.compute_figures` gives for the plan. Text is always written as text
(never as a formula, whatever it starts with). Private details and coach notes stay out.

Every sheet prints: a title row, a header and footer with the candidate, the office and the
page number, the header row of its table repeated on each page, one page wide
(`winbook.io.xlsx_print`); codes are shown as words and dates as "Nov 3, 2026".

Weekly goals are formulas of the sheet's own channel totals, split by the largest-remainder
method exactly as Winbook splits them (`winbook.domain.path`): each week gets the whole part
of total × its weight ÷ all weights, and the weeks with the largest remainders one more (ties
to the later week). It is computed in whole numbers (QUOTIENT and MOD), so it is exact: the
weeks add up to the totals in the app, `targets --json`, the packet and the workbook, and they
follow a margin raised in Excel.

Rounding in formulas: the calculators round exact fractions; the spreadsheet rounds floats, so
every ceiling or floor is taken of ``ROUND(x, 9)`` to remove binary noise (1000 * 1.05 is
1050.0000000000002 in a float) before rounding up or down.

The rooms: `cells` (shared styles and helpers), one module per sheet (`history`, `turnout`,
`path`, `money`, `summary`); `build_workbook` puts the sheets together and sets how each prints.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from openpyxl import Workbook

from winbook.atomic import atomic_write_bytes
from winbook.domain.contributions import has_import
from winbook.domain.figures import Figures, compute_figures
from winbook.domain.model import Plan
from winbook.domain.rows import without_blank_rows
from winbook.errors import ExportError
from winbook.io.xlsx_export.cells import (
    _PRINTED,
    BUDGET,
    BUDGET_HEADERS,
    CASH,
    FIRST_ROW,
    HEAD_ROW,
    HISTORY,
    INCOME,
    INCOME_HEADERS,
    MONEY,
    MONTH,
    PATH,
    PCT,
    PCT2,
    SHEETS,
    SIGNED_PCT,
    SUMMARY,
    TIMELINE,
    TURNOUT,
    WHOLE,
    F,
    Value,
)
from winbook.io.xlsx_export.contributions import CONTRIBUTIONS, contributions_sheet
from winbook.io.xlsx_export.money import _budget_sheet, _cash_sheet, _income_sheet
from winbook.io.xlsx_export.path import _path_sheet
from winbook.io.xlsx_export.summary import _summary_sheet, _timeline_sheet
from winbook.io.xlsx_export.targeting import HEAD_ROW as TARGETING_HEAD_ROW
from winbook.io.xlsx_export.targeting import SHEET as TARGETING_SHEET
from winbook.io.xlsx_export.targeting import add_targeting_sheet
from winbook.io.xlsx_export.turnout import _turnout_sheet
from winbook.io.xlsx_print import SheetChrome, print_sheet

__all__ = [
    "BUDGET",
    "BUDGET_HEADERS",
    "CASH",
    "FIRST_ROW",
    "HEAD_ROW",
    "HISTORY",
    "INCOME",
    "INCOME_HEADERS",
    "MONEY",
    "MONTH",
    "PATH",
    "PCT",
    "PCT2",
    "SHEETS",
    "SIGNED_PCT",
    "SUMMARY",
    "TIMELINE",
    "TURNOUT",
    "WHOLE",
    "F",
    "Value",
    "build_workbook",
    "export_workbook",
    "workbook_bytes",
]


def build_workbook(plan: Plan, figures: Figures | None = None) -> Workbook:
    """The workbook for ``plan`` (not yet saved)."""
    plan = without_blank_rows(plan)
    figures = figures or compute_figures(plan)
    wb = Workbook()
    summary = wb.active
    summary.title = SUMMARY
    for name in SHEETS[1:]:
        wb.create_sheet(name)
    refs: dict[str, str] = {}
    refs |= _turnout_sheet(wb[TURNOUT], wb[HISTORY], plan, figures)
    refs |= _path_sheet(wb[PATH], plan, figures, refs)
    refs |= _budget_sheet(wb[BUDGET], plan)
    refs |= _income_sheet(wb[INCOME], plan)
    refs |= _cash_sheet(wb[CASH], plan, figures)
    _timeline_sheet(wb[TIMELINE], plan)
    add_targeting_sheet(wb, plan, figures)  # "Where the votes are", when results are imported
    _summary_sheet(summary, plan, figures, refs)
    if has_import(plan):  # the contribution export's figures (totals only)
        contributions_sheet(wb.create_sheet(), plan, figures, INCOME)
    chrome = SheetChrome.of(plan)
    for ws in wb.worksheets:
        landscape, title_rows = _PRINTED_ALL[ws.title]
        print_sheet(ws, chrome, landscape=landscape, title_rows=title_rows)
    wb.properties.creator = "Winbook"
    wb.properties.title = plan.meta.title or "Campaign plan"
    return wb


#: How every sheet prints, those added only when the plan has their data included.
_PRINTED_ALL = _PRINTED | {
    TARGETING_SHEET: (True, f"{TARGETING_HEAD_ROW}:{TARGETING_HEAD_ROW}"),
    CONTRIBUTIONS: (False, None),
}


def workbook_bytes(plan: Plan) -> bytes:
    """The .xlsx file for ``plan`` as bytes."""
    buffer = BytesIO()
    build_workbook(plan).save(buffer)
    return buffer.getvalue()


def export_workbook(plan: Plan, path: Path | str) -> Path:
    """Write the workbook to ``path`` atomically (a temp file beside it, then a rename)."""
    target = Path(path)
    atomic_write_bytes(target, workbook_bytes(plan), ExportError)
    return target
