"""The workbook's "Where the votes are" sheet: every place of the imported results (§8). No Qt.

Added by `winbook.io.xlsx_export.build_workbook` when the plan has imported results. The
figures are Winbook's (the doors are a largest-remainder split no spreadsheet formula repeats
simply); the totals and shares are live formulas over the rows, so a check is one glance.
"""

from __future__ import annotations

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from winbook.domain.figures import Figures
from winbook.domain.model import Plan
from winbook.domain.targeting import PrecinctTarget, TargetingResult, plan_targeting

SHEET = "Where the votes are"
HEADERS = (
    "County",
    "Precinct",
    "On the map",
    "Years",
    "Ballots cast",
    "Registered",
    "Contest votes",
    "Votes per election",
    "Share of votes",
    "Turnout",
    "Support",
    "Turnout index",
    "Tier",
    "Doors",
    "Note",
)
WIDTHS = (14, 24, 10, 24, 11, 11, 11, 11, 10, 9, 9, 10, 13, 9, 40)
HEAD_ROW = 6  # the header row (repeated on every printed page)
_HEAD = HEAD_ROW
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_GREY = Font(color="7F7F7F")


def _text(value: str) -> str:
    return str(ILLEGAL_CHARACTERS_RE.sub("", value))


def add_targeting_sheet(wb: Workbook, plan: Plan, figures: Figures) -> None:
    """Add the sheet when the plan has imported results (otherwise the workbook is unchanged)."""
    if not plan.targeting.elections:
        return
    ws = wb.create_sheet(SHEET)
    result = plan_targeting(plan.targeting, figures.path)
    _top(ws, plan, result)
    for i, name in enumerate(HEADERS, start=1):
        cell = ws.cell(row=_HEAD, column=i, value=name)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    first = _HEAD + 1
    for r, p in enumerate(result.precincts, start=first):
        _row(ws, r, p, first, first + len(result.precincts) - 1)
    last = first + len(result.precincts) - 1
    total = last + 1
    ws.cell(row=total, column=1, value="Total").font = Font(bold=True)
    for col in (7, 14):
        letter = get_column_letter(col)
        cell = ws.cell(row=total, column=col, value=f"=SUM({letter}{first}:{letter}{last})")
        cell.number_format, cell.font = "#,##0", Font(bold=True)
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = f"C{first}"
    ws.auto_filter.ref = f"A{_HEAD}:{get_column_letter(len(HEADERS))}{last}"


def _top(ws: Worksheet, plan: Plan, r: TargetingResult) -> None:
    t = plan.targeting
    ws.cell(row=1, column=1, value=SHEET).font = Font(bold=True, size=14, color="1F4E79")
    years = ", ".join(map(str, r.years)) or "no year in the file names"
    ws.cell(row=2, column=1, value=_text(f"{t.office} {t.district}".strip() + f": {years}"))
    refs = "; ".join(r.reference_contests) or "none picked yet"
    ws.cell(row=3, column=1, value=_text(f"Candidates like you: {refs}"))
    ws.cell(
        row=4,
        column=1,
        value=(
            f"Tiers: base at {t.base_pct:g}% support or more, persuasion from "
            f"{t.persuasion_pct:g}%. "
            f"Doors: {r.doors_given:,} of the path to victory's {r.door_contacts or 0:,} door "
            f"contacts, by votes per election × door weight (persuasion 100%, base "
            f"{t.base_door_weight_pct:g}%, low priority {t.low_door_weight_pct:g}%)."
        ),
    )
    if r.non_geographic_pct is not None:
        ws.cell(
            row=5,
            column=1,
            value=(
                "Not places on a map (absentee, provisional, transfer, early-voting rows, in "
                f"gray): "
                f"{r.non_geographic_votes:,} of {r.contest_votes:,} votes "
                f"({r.non_geographic_pct:.1f}%); they stay in the totals and get no doors."
            ),
        )
    for row in range(2, 6):
        ws.cell(row=row, column=1).font = Font(italic=True, color="595959")


def _row(ws: Worksheet, r: int, p: PrecinctTarget, first: int, last: int) -> None:
    values: list[object] = [
        _text(p.county),
        _text(p.precinct),
        "yes" if p.geographic else f"no ({p.kind})",
        ", ".join(map(str, p.years)),
        p.ballots_cast,
        p.registered_voters,
        p.contest_votes,
        round(float(p.expected_votes), 1),
        f"=G{r}/SUM(G${first}:G${last})",
        None if p.turnout_pct is None else p.turnout_pct / 100,
        None if p.support_pct is None else p.support_pct / 100,
        None if p.turnout_index is None else round(p.turnout_index, 2),
        p.tier,
        p.doors,
        p.note,
    ]
    formats = {
        5: "#,##0",
        6: "#,##0",
        7: "#,##0",
        8: "#,##0.0",
        9: "0.0%",
        10: "0.0%",
        11: "0.0%",
        12: "0.00",
        14: "#,##0",
    }
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=r, column=col, value=value)
        if isinstance(value, str) and not value.startswith("="):
            cell.data_type = "s"
        if col in formats:
            cell.number_format = formats[col]
        if not p.geographic:
            cell.font = _GREY
