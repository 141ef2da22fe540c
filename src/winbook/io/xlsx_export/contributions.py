"""The workbook's Contributions sheet: the imported figures and actual against planned income.

Only totals (domain notes §9): raised, fees, from the candidate, the largest single donor,
the donor count and each month's money raised beside the income the budget plans for it (a
live SUMIF over the Income sheet). No donor's name, address, email, phone or employer is in
the plan, so none can reach this sheet. No Qt.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from winbook.domain.budget import month_key
from winbook.domain.contributions import export_label
from winbook.domain.figures import Figures
from winbook.domain.model import Plan

CONTRIBUTIONS = "Contributions"
_MONEY = '"$"#,##0.00'
_PCT = "0.0%"
_DATE = "yyyy-mm-dd"
_MONTH = "mmm yyyy"
_BOLD = Font(bold=True)
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")


def _text(ws: Worksheet, row: int, col: int, text: str) -> None:
    cell = ws.cell(row=row, column=col, value=text)
    cell.data_type = "s"


def _value(ws: Worksheet, row: int, col: int, value: object, fmt: str = "") -> None:
    cell = ws.cell(row=row, column=col, value=value)
    if fmt:
        cell.number_format = fmt


def _share(part: Decimal, whole: Decimal) -> float | None:
    return float(part / whole) if whole else None


def contributions_sheet(ws: Worksheet, plan: Plan, figures: Figures, income_sheet: str) -> None:
    """Fill ``ws`` (the plan has an import); ``income_sheet`` names the Income sheet."""
    c = plan.contributions
    ws.title = CONTRIBUTIONS
    ws.cell(row=1, column=1, value=f"Money raised, from {export_label(c)}").font = Font(
        bold=True, size=14, color="1F4E79"
    )
    rows: list[tuple[str, object, str]] = [
        ("First day covered", c.first_date, _DATE),
        ("Last day covered", c.last_date, _DATE),
        ("Raised (gross, refunds out)", c.raised, _MONEY),
        ("Platform fees (shown apart, not subtracted)", c.fees, _MONEY),
        ("From the candidate", c.from_candidate, _MONEY),
        ("Share from the candidate", _share(c.from_candidate, c.raised), _PCT),
        ("Largest single donor (the candidate left out)", c.largest_single_donor, _MONEY),
        ("Share from the largest donor", _share(c.largest_single_donor, c.raised), _PCT),
        ("Donors", c.donor_count, "#,##0"),
        ("Gifts counted", c.gift_count, "#,##0"),
        ("Refunded gifts left out", c.refund_count, "#,##0"),
    ]
    for i, (label, value, fmt) in enumerate(rows, start=3):
        _text(ws, i, 1, label)
        _value(ws, i, 2, value, fmt)
    verdict = {True: "passed", False: "not yet passed", None: "cannot be judged yet"}
    r = len(rows) + 4
    _text(ws, r, 1, f"The 15% fundraising test: {verdict[figures.fundraising.passed]}")
    ws.cell(row=r, column=1).font = _BOLD
    _months(ws, r + 2, plan, income_sheet)
    ws.column_dimensions["A"].width = 46
    for col in "BCD":
        ws.column_dimensions[col].width = 18


def _months(ws: Worksheet, top: int, plan: Plan, income_sheet: str) -> None:
    for col, name in enumerate(("Month", "Raised (actual)", "Planned income", "Difference"), 1):
        cell = ws.cell(row=top, column=col, value=name)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    r = top
    for month, amount in plan.contributions.by_month.items():
        key = month_key(month)
        if key is None:
            continue
        r += 1
        _value(ws, r, 1, date(key[0], key[1], 1), _MONTH)
        _value(ws, r, 2, amount, _MONEY)
        planned = f"=SUMIF('{income_sheet}'!$C:$C,$A${r},'{income_sheet}'!$D:$D)"
        _value(ws, r, 3, planned, _MONEY)
        _value(ws, r, 4, f"=$B${r}-$C${r}", _MONEY)
    if r > top:
        _text(ws, r + 1, 1, "Total")
        ws.cell(row=r + 1, column=1).font = _BOLD
        for number, letter in ((2, "B"), (3, "C"), (4, "D")):
            _value(ws, r + 1, number, f"=SUM({letter}{top + 1}:{letter}{r})", _MONEY)
