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
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from winbook.atomic import atomic_write_bytes
from winbook.domain.budget import month_key, normalize_month
from winbook.domain.contributions import has_import
from winbook.domain.explain import frac
from winbook.domain.figures import Figures, compute_figures
from winbook.domain.labels import EVENT_KIND_WORDS, STAGE_WORDS, timeline_category_label
from winbook.domain.model import (
    CHANNEL_LABELS,
    CYCLE_LABELS,
    EXPENSE_LABELS,
    INCOME_LABELS,
    LEVEL_LABELS,
    VOTER_CONTACT_CATEGORIES,
    ExpenseCategory,
    IncomeSource,
    MultiSeatBasis,
    PastElection,
    Plan,
    TurnoutMethod,
)
from winbook.domain.path import fmt_day
from winbook.domain.rows import without_blank_rows
from winbook.domain.turnout import (
    METHOD_LABELS,
    RANGE_DEFAULT_PCT,
    RANGE_MAX_PCT,
    RANGE_MIN_PCT,
    Unit,
    comparable_elections,
    competitiveness,
    contested_elections,
    measure,
)
from winbook.domain.typography import typeset
from winbook.errors import ExportError
from winbook.io.targeting_sheet import add_targeting_sheet
from winbook.io.xlsx_contributions import contributions_sheet
from winbook.io.xlsx_print import (
    DATE,
    FONT,
    SheetChrome,
    fit_column_widths,
    fit_row_heights,
    hide_columns,
    print_sheet,
    sheet_title,
    start_page_at,
)

SUMMARY = "Summary"
HISTORY = "Past elections"
TURNOUT = "Turnout and win number"
PATH = "Path to victory"
BUDGET = "Budget"
INCOME = "Income"
CASH = "Cash flow"
TIMELINE = "Timeline"
SHEETS = (SUMMARY, HISTORY, TURNOUT, PATH, BUDGET, INCOME, CASH, TIMELINE)

BUDGET_HEADERS = ("Description", "Category", "Month", "Amount", "In kind")
INCOME_HEADERS = ("Description", "Source", "Month", "Amount")
#: The row of the column headers on the sheets that are one table (budget, income, cash flow,
#: timeline, past elections): under the title and the subtitle; data start one row below.
HEAD_ROW = 4
FIRST_ROW = HEAD_ROW + 1

MONEY = '"$"#,##0.00;"−$"#,##0.00'  # a true minus sign, as the packet prints it
WHOLE = "#,##0"
PCT = "0.0%"
PCT2 = "0.00%"
SIGNED_PCT = '0.0%;"−"0.0%'
MONTH = "mmm yyyy"

_HEADER_FONT = Font(name=FONT, bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_SUBHEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
_BOLD = Font(name=FONT, bold=True)
_NOTE_FONT = Font(name=FONT, italic=True, color="595959")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_CENTER = Alignment(horizontal="center", vertical="top")
_LEFT = Alignment(horizontal="left", vertical="top")
_TOP_LINE = Border(top=Side(style="thin"))


class F(str):
    """A formula (text starting with ``=``). Plain `str` values are always written as text."""

    __slots__ = ()


Value = str | int | float | Decimal | date | None

# --------------------------------------------------------------------------- cell helpers


def _set(ws: Worksheet, row: int, col: int, value: Value, fmt: str | None = None) -> Cell:
    cell: Cell = ws.cell(row=row, column=col)
    if isinstance(value, F):
        cell.value = str(value)
    elif isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"  # "=1+1", "@cmd", "-x", "#N/A" stay text
    else:
        cell.value = value
    if fmt:
        cell.number_format = fmt
    cell.alignment = _TOP  # a row made taller by wrapped text reads from its top line
    return cell


def _header(ws: Worksheet, row: int, names: Sequence[str], col: int = 1) -> None:
    for i, name in enumerate(names):
        cell = _set(ws, row, col + i, name)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _subhead(ws: Worksheet, row: int, text: str, width: int = 3) -> None:
    for col in range(1, width + 1):
        ws.cell(row=row, column=col).fill = _SUBHEAD_FILL
    _set(ws, row, 1, text).font = _BOLD


def _align(ws: Worksheet, cols: Sequence[int], rows: range, how: Alignment) -> None:
    for r in rows:
        for col in cols:
            ws.cell(row=r, column=col).alignment = how


def _widths(ws: Worksheet, widths: Sequence[float], first: int = 1) -> None:
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(first + i)].width = w


def _ref(sheet: str, row: int, col: int) -> str:
    return f"'{sheet}'!${get_column_letter(col)}${row}"


def _a(row: int, col: int) -> str:
    return f"${get_column_letter(col)}${row}"


def _month_value(month: str) -> Value:
    """A valid "YYYY-MM" as the first day of the month (a real date); anything else as text."""
    key = month_key(month)
    if key is None:
        return month or None
    return date(key[0], key[1], 1)


def _pct(x: float | None) -> float | None:
    return None if x is None else float(frac(x) / 100)


class _Labels:
    """A two-column block of label / value rows that remembers where each value went."""

    def __init__(self, ws: Worksheet, sheet: str, row: int) -> None:
        self.ws, self.sheet, self.row = ws, sheet, row
        self.cells: dict[str, str] = {}  # key -> local absolute address ($B$7)
        self.refs: dict[str, str] = {}  # key -> 'Sheet'!$B$7

    def add(
        self,
        key: str,
        label: str,
        value: Value,
        fmt: str | None = None,
        note: str = "",
        editable: bool = False,
    ) -> str:
        _set(self.ws, self.row, 1, label).alignment = _WRAP
        cell = _set(self.ws, self.row, 2, value, fmt)
        cell.alignment = _TOP
        if editable:
            cell.fill = _INPUT_FILL
        if note:
            text = _set(self.ws, self.row, 3, note)
            text.font, text.alignment = _NOTE_FONT, _WRAP
        self.cells[key] = _a(self.row, 2)
        self.refs[key] = _ref(self.sheet, self.row, 2)
        self.row += 1
        return self.cells[key]

    def total(self, key: str, label: str, value: Value, fmt: str | None = None) -> str:
        addr = self.add(key, label, value, fmt)
        for col in (1, 2):
            c = self.ws.cell(row=self.row - 1, column=col)
            c.font, c.border = _BOLD, _TOP_LINE
        return addr

    def skip(self, n: int = 1) -> None:
        self.row += n


# --------------------------------------------------------------------------- the workbook


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
        landscape, title_rows = _PRINTED.get(ws.title, (False, None))
        print_sheet(ws, chrome, landscape=landscape, title_rows=title_rows)
    wb.properties.creator = "Winbook"
    wb.properties.title = plan.meta.title or "Campaign plan"
    return wb


#: How each sheet prints: (landscape, the rows repeated at the top of every page).
_PRINTED: dict[str, tuple[bool, str | None]] = {
    SUMMARY: (False, None),
    HISTORY: (True, f"{HEAD_ROW}:{HEAD_ROW}"),
    TURNOUT: (False, None),
    PATH: (True, None),
    BUDGET: (True, f"{HEAD_ROW}:{HEAD_ROW}"),
    INCOME: (True, f"{HEAD_ROW}:{HEAD_ROW}"),
    CASH: (False, f"{HEAD_ROW}:{HEAD_ROW}"),
    TIMELINE: (True, f"{HEAD_ROW}:{HEAD_ROW}"),
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


# --------------------------------------------------------------------------- turnout sheet

_HIST_HEADERS = (
    "Year",
    "Cycle",
    "Stage",
    "Registered",
    "Ballots cast",
    "Contest votes",
    "Contest ballots (if known)",
    "Ballots in the contest",
    "Turnout rate",
    "Comparable",
    "Used for T",
    "Winner votes",
    "Last winner votes",
    "First loser votes",
    "Share of ballots",
    "Used for share",
    "Left out because",
)
# column numbers in the history table
_H_REG, _H_CAST, _H_VOTES, _H_CBAL, _H_BAL, _H_RATE = 4, 5, 6, 7, 8, 9
_H_COMPARABLE, _H_USED, _H_SHARE, _H_SHARE_USED, _H_LEFT_OUT = 10, 11, 15, 16, 17


def _used_for_t(plan: Plan, comparable: list[PastElection], figures: Figures) -> set[int]:
    """ids of the elections the chosen turnout method averages (as `project_turnout` does)."""
    method, seats = plan.turnout.method, max(plan.race.seats, 1)
    roll_off = 1 - frac(plan.turnout.roll_off_pct) / 100
    if method is TurnoutMethod.MANUAL:
        return set()
    kept, _, _ = contested_elections(comparable)
    if method is TurnoutMethod.TURNOUT_RATE:
        ok = [e for e in kept if e.registered and e.ballots_cast is not None]
    else:
        unit = figures.turnout.unit
        ok = [e for e in kept if measure(e, seats, roll_off, unit)[0] is not None]
    limit = 1 if method is TurnoutMethod.MOST_RECENT else max(plan.turnout.years_to_use, 1)
    return {id(e) for e in ok[:limit]}


def _used_for_share(plan: Plan, comparable: list[PastElection], unit: Unit) -> set[int]:
    seats = max(plan.race.seats, 1)
    roll_off = 1 - frac(plan.turnout.roll_off_pct) / 100
    last = plan.win.multi_seat_basis is MultiSeatBasis.LAST_WINNER
    ok = [
        e
        for e in comparable
        if (e.last_winner_votes if last else e.first_loser_votes) is not None
        and measure(e, seats, roll_off, unit)[0]
    ]
    return {id(e) for e in ok[: max(plan.turnout.years_to_use, 1)]}


def _ballots_formula(e: PastElection, row: int, seats: int, roll_off: str, unit: Unit) -> Value:
    if unit == "votes":
        if e.contest_votes is None:
            return None
        return F(f"={_a(row, _H_VOTES)}*{seats}/{max(e.seats, 1)}")
    if e.contest_ballots is not None:
        return F(f"={_a(row, _H_CBAL)}")
    if seats == 1 and max(e.seats, 1) == 1 and e.contest_votes is not None:
        return F(f"={_a(row, _H_VOTES)}")
    if e.ballots_cast is not None:
        if e.roll_off_pct is not None:  # its own measured roll-off, as the calculator uses
            return F(f"={_a(row, _H_CAST)}*(1-{_pct(e.roll_off_pct)})")
        return F(f"={_a(row, _H_CAST)}*(1-{roll_off})")
    return None


def _history_rows(
    ws: Worksheet, plan: Plan, figures: Figures, first: int, roll_off: str
) -> tuple[int, int]:
    comparable, _ = comparable_elections(plan)
    comp_ids = {id(e) for e in comparable}
    used_t = _used_for_t(plan, comparable, figures)
    used_s = _used_for_share(plan, comparable, figures.turnout.unit)
    left_out = dict(figures.turnout.left_out)
    unit = figures.turnout.unit
    share_col = 13 if plan.win.multi_seat_basis is MultiSeatBasis.LAST_WINNER else 14
    rows = sorted(plan.history, key=lambda e: e.year, reverse=True)
    for i, e in enumerate(rows):
        r = first + i
        values: list[tuple[Value, str | None]] = [
            (e.year, None),
            (CYCLE_LABELS[e.cycle], None),
            (STAGE_WORDS[e.stage], None),
            (e.registered, WHOLE),
            (e.ballots_cast, WHOLE),
            (e.contest_votes, WHOLE),
            (e.contest_ballots, WHOLE),
            (_ballots_formula(e, r, max(plan.race.seats, 1), roll_off, unit), "#,##0.0"),
            (
                F(f"={_a(r, _H_CAST)}/{_a(r, _H_REG)}")
                if e.registered and e.ballots_cast is not None
                else None,
                PCT2,
            ),
            ("Yes" if id(e) in comp_ids else "No", None),
            ("Yes" if id(e) in used_t else "No", None),
            (e.winner_votes, WHOLE),
            (e.last_winner_votes, WHOLE),
            (e.first_loser_votes, WHOLE),
            (
                F(f"={_a(r, share_col)}/{_a(r, _H_BAL)}") if id(e) in used_s else None,
                PCT2,
            ),
            ("Yes" if id(e) in used_s else "No", None),
            (
                typeset(left_out.get(e.year, ""))
                if id(e) in comp_ids and competitiveness(e)
                else "",
                None,
            ),
        ]
        for col, (value, fmt) in enumerate(values, start=1):
            _set(ws, r, col, value, fmt)
    last = first + max(len(rows), 1) - 1
    if not rows:
        _set(ws, first, 1, "No past elections entered yet.")
    return first, last


def _history_sheet(hs: Worksheet, plan: Plan, figures: Figures, roll_off: str) -> tuple[int, int]:
    """The past elections, one row each, with the columns the turnout formulas average."""
    sheet_title(hs, "Past elections", _race_line(plan))
    _header(hs, HEAD_ROW, _HIST_HEADERS)
    hs.freeze_panes = f"B{FIRST_ROW}"
    first, last = _history_rows(hs, plan, figures, FIRST_ROW, roll_off)
    fit_column_widths(
        hs,
        {1: (7, 9), 2: (10, 22), 3: (8, 10)}
        | dict.fromkeys(range(4, len(_HIST_HEADERS)), (10, 12))
        | {len(_HIST_HEADERS): (16, 40)},
        HEAD_ROW,
    )
    _align(hs, [_H_LEFT_OUT], range(first, last + 1), _WRAP)
    _align(hs, [_H_COMPARABLE, _H_USED, _H_SHARE_USED], range(first, last + 1), _CENTER)
    fit_row_heights(hs, range(HEAD_ROW, last + 1))
    return first, last


def _turnout_sheet(ws: Worksheet, hs: Worksheet, plan: Plan, figures: Figures) -> dict[str, str]:
    race = plan.race
    sheet_title(ws, "Turnout and win number", _race_line(plan))
    block_start = 4
    # the roll-off cell's address must be known before the history rows refer to it
    roll_off_addr = _ref(TURNOUT, block_start + 3, 2)
    first, last = _history_sheet(hs, plan, figures, roll_off_addr)

    def col(c: int) -> str:
        letter = get_column_letter(c)
        return f"'{HISTORY}'!${letter}${first}:${letter}${last}"

    lab = _Labels(ws, TURNOUT, block_start)
    _subhead(ws, lab.row, "Projected turnout (T)")
    lab.skip()
    t = plan.turnout
    lab.add("method", "Method", METHOD_LABELS[t.method])
    lab.add("years", "Comparable elections to use", t.years_to_use)
    lab.add(
        "roll_off",
        "Roll-off (ballots that skip this contest)",
        _pct(t.roll_off_pct),
        PCT,
        "Applied where only total ballots cast are known.",
        editable=True,
    )
    lab.add(
        "adjust",
        "Your adjustment for unusual conditions",
        _pct(t.adjustment_pct),
        PCT,
        editable=True,
    )
    lab.add("registration", "Registered voters now", race.registered_voters, WHOLE, editable=True)
    _turnout_math(lab, plan, figures, col(_H_USED), col(_H_BAL), col(_H_RATE))
    _range_block(lab, figures)
    lab.skip()
    _win_block(lab, plan, figures, col(_H_SHARE_USED), col(_H_SHARE))
    lab.skip()
    _base_block(lab, plan, figures)
    _widths(ws, [44, 16, 30, 11, 9])
    fit_row_heights(ws, range(1, lab.row + 1))
    return {f"turnout.{k}": v for k, v in lab.refs.items()}


def _turnout_math(
    lab: _Labels, plan: Plan, figures: Figures, used: str, ballots: str, rates: str
) -> None:
    method = plan.turnout.method
    c = lab.cells
    if figures.turnout.projected is None:
        lab.add("T", "Projected turnout T", "Not enough data yet")
        return
    if method is TurnoutMethod.MANUAL:
        lab.total("T", "Projected turnout T (your figure)", plan.turnout.manual_turnout, WHOLE)
        lab.add("reason", "Why", plan.turnout.manual_reason)
        return
    if method is TurnoutMethod.TURNOUT_RATE:
        lab.add("avg_rate", "Average turnout rate", F(f'=AVERAGEIF({used},"Yes",{rates})'), PCT2)
        lab.add(
            "base",
            "Ballots expected in the contest",
            F(f"={c['avg_rate']}*{c['registration']}*(1-{c['roll_off']})"),
            "#,##0.0",
        )
    else:
        label = (
            "Most recent comparable election"
            if method is TurnoutMethod.MOST_RECENT
            else ("Average ballots in the contest")
        )
        lab.add("base", label, F(f'=AVERAGEIF({used},"Yes",{ballots})'), "#,##0.0")
    lab.total(
        "T",
        "Projected turnout T (rounded up)",
        F(f"=MAX(0,ROUNDUP(ROUND({c['base']}*(1+{c['adjust']}),9),0))"),
        WHOLE,
    )


def _range_block(lab: _Labels, figures: Figures) -> None:
    """The back-test table, the low / high turnout and the figure in force, as live formulas."""
    tr = figures.turnout
    if "T" not in lab.cells or tr.projected is None:
        return
    c = lab.cells
    lab.skip()
    _subhead(lab.ws, lab.row, "How this method would have done in your district (back-test)")
    lab.skip()
    head = lab.row
    _header(lab.ws, head, ("Year", "Projected from", "Projected", "Actual", "Error"))
    for i, p in enumerate(tr.backtest, start=1):
        r = head + i
        _set(lab.ws, r, 1, p.year).alignment = _LEFT
        _set(lab.ws, r, 2, ", ".join(map(str, p.from_years)))
        _set(lab.ws, r, 3, p.projected, WHOLE)
        _set(lab.ws, r, 4, p.actual, WHOLE)
        _set(lab.ws, r, 5, F(f"=({_a(r, 3)}-{_a(r, 4)})/{_a(r, 4)}"), SIGNED_PCT)
    if not tr.backtest:
        _set(lab.ws, head + 1, 1, "Too few comparable elections to back-test the method.")
    lab.row = head + max(len(tr.backtest), 1) + 2
    errors = f"{_a(head + 1, 5)}:{_a(head + max(len(tr.backtest), 1), 5)}"
    lo, hi, dflt = RANGE_MIN_PCT / 100, RANGE_MAX_PCT / 100, RANGE_DEFAULT_PCT / 100
    up: Value
    down: Value
    if len(tr.backtest) >= 2:
        up = F(f"=MIN(MAX(-MIN({errors}),{lo}),{hi})")
        down = F(f"=MIN(MAX(MAX({errors}),{lo}),{hi})")
        note = (
            f"Largest miss in the back-test, at least {RANGE_MIN_PCT:g}%, "
            f"at most {RANGE_MAX_PCT:g}%."
        )
    else:
        up = down = dflt
        note = f"Fewer than two back-test points: ±{RANGE_DEFAULT_PCT:g}%."
    lab.add("up", "High side (largest under-projection)", up, PCT, note)
    lab.add("down", "Low side (largest over-projection)", down, PCT)
    lab.add("low", "Low turnout", F(f"=ROUNDUP(ROUND({c['T']}*(1-{c['down']}),9),0)"), WHOLE)
    lab.add("high", "High turnout", F(f"=ROUNDUP(ROUND({c['T']}*(1+{c['up']}),9),0)"), WHOLE)
    on_high = tr.planned_on.value == "high"
    lab.total(
        "Tplan",
        f"Turnout the win number is planned on ({tr.planned_on.value} turnout)",
        F(f"={c['high']}" if on_high else f"={c['T']}"),
        WHOLE,
    )


def _win_formula(rule: str, c: dict[str, str], basis_avg: str | None, unit: Unit) -> str:
    t = c.get("Tplan", c["T"])
    bound = (
        f"INT({t}/({c['seats']}+1))+1"
        if unit == "votes"
        else f"INT({t}*{c['seats']}/({c['seats']}+1))+1"
    )
    if rule == "uncontested":
        return "=1"
    if rule == "top_two":
        return f"=INT({t}/3)+1"
    if rule == "rcv_droop":
        return f"=INT({t}/({c['seats']}+1))+1"
    if rule == "plurality_estimate":
        return f"=MIN(INT({t}/{c['divisor']})+1,INT({t}/2)+1)"
    if rule == "vote_for_n_guaranteed":
        return f"={bound}"
    if rule == "plurality_history" and basis_avg:
        return f"=MIN(MAX(ROUNDUP(ROUND({basis_avg}*{t},9),0),1),INT({t}/2)+1)"
    if rule == "vote_for_n_last_winner" and basis_avg:
        return f"=MIN(MAX(ROUNDUP(ROUND({basis_avg}*{t},9),0),1),{c['guaranteed']})"
    if rule == "vote_for_n_first_loser" and basis_avg:
        return f"=MIN(INT(ROUND({basis_avg}*{t},9))+1,{c['guaranteed']})"
    return f"=INT({t}/2)+1"  # majority, plurality_majority, rcv_majority


def _win_block(lab: _Labels, plan: Plan, figures: Figures, share_used: str, shares: str) -> None:
    win, race = figures.win, plan.race
    _subhead(lab.ws, lab.row, "Win number and vote goal")
    lab.skip()
    lab.add("seats", "Seats to fill", max(race.seats, 1))
    lab.add("candidates", "Candidates expected", race.candidates_expected)
    lab.add("rule", "Rule", typeset(win.rule_label))
    if win.win_number is None or "T" not in lab.cells or figures.turnout.projected is None:
        lab.add("win", "Win number", "Needs a projected turnout")
        return
    c = lab.cells
    basis_avg: str | None = None
    if win.rule == "plurality_estimate":
        x = c["candidates"]
        t = c.get("Tplan", c["T"])
        lab.add(
            "divisor",
            "Divisor (X for 2–4 candidates, X − 3 for 5–9, X − 5 for 10 or more)",
            F(f"=IF({x}<=4,{x},IF({x}<=9,{x}-3,{x}-5))"),
        )
    if win.rule in ("vote_for_n_last_winner", "vote_for_n_first_loser"):
        n = c["seats"]
        t = c.get("Tplan", c["T"])
        votes = figures.turnout.unit == "votes"
        lab.add(
            "guaranteed",
            "Bound from votes (always wins)" if votes else "Guaranteed bound (always wins)",
            F(f"=INT({t}/({n}+1))+1" if votes else f"=INT({t}*{n}/({n}+1))+1"),
            WHOLE,
        )
        basis_avg = lab.add(
            "avg_share",
            "Average share of votes (history)" if votes else "Average share of ballots (history)",
            F(f'=AVERAGEIF({share_used},"Yes",{shares})'),
            PCT2,
        )
    if win.rule == "plurality_history" and win.lowest_winner_pct is not None:
        basis_avg = lab.add(
            "lowest_share",
            f"Lowest winning share, {win.lowest_winner_year} (3+ candidates)",
            win.lowest_winner_pct / 100,
            "0.0000%",
        )
    lab.total(
        "win", "Win number", F(_win_formula(win.rule, c, basis_avg, figures.turnout.unit)), WHOLE
    )
    lab.add(
        "margin",
        "Safety margin",
        _pct(plan.win.safety_margin_pct),
        PCT,
        "Change it: the vote goal follows.",
        editable=True,
    )
    lab.total(
        "goal",
        "Vote goal (rounded up)",
        F(f"=ROUNDUP(ROUND({c['win']}*(1+{c['margin']}),9),0)"),
        WHOLE,
    )


def _base_block(lab: _Labels, plan: Plan, figures: Figures) -> None:
    ws, p, c = lab.ws, plan.path, lab.cells
    _subhead(ws, lab.row, "Base and vote deficit")
    lab.skip()
    if p.base_support_pct is not None:
        lab.add(
            "base_pct", "Base support (your figure)", _pct(p.base_support_pct), PCT2, editable=True
        )
    elif figures.win.base_shares_used:
        table = lab.row + 3
        last = table + len(p.base_shares) - 1
        lab.add(
            "base_pct",
            "Base support (average of the 3 lowest recent shares)",
            F(f'=AVERAGEIF($D${table}:$D${last},"Yes",$B${table}:$B${last})'),
            PCT2,
        )
        _header(ws, table - 1, ("Candidate like you", "Share", "Year", "Used"))
        used = list(figures.win.base_shares_used)
        for i, b in enumerate(sorted(p.base_shares, key=lambda b: b.share_pct)):
            _set(ws, table + i, 1, b.label)
            _set(ws, table + i, 2, _pct(b.share_pct), PCT2)
            _set(ws, table + i, 3, b.year or None).alignment = _CENTER
            _set(ws, table + i, 4, "Yes" if b.share_pct in used else "No").alignment = _CENTER
            if b.share_pct in used:
                used.remove(b.share_pct)
        lab.row = last + 2
    if "base_pct" not in c or "goal" not in c:
        lab.add("base_votes", "Base votes", "Not known yet")
        return
    lab.add(
        "base_votes",
        "Base votes (rounded down)",
        F(f"=INT(ROUND({c['base_pct']}*{c.get('Tplan', c['T'])},9))"),
        WHOLE,
    )
    lab.total("deficit", "Vote deficit", F(f"=MAX({c['goal']}-{c['base_votes']},0)"), WHOLE)


# --------------------------------------------------------------------------- path sheet

_CHANNEL_HEADERS = (
    "Channel",
    "Share of contacts",
    "Attempts an hour",
    "Contacts an hour",
    "Contacts per vote",
    "Contacts",
    "Attempts",
    "Hours",
    "Shifts",
)


def _path_sheet(
    ws: Worksheet, plan: Plan, figures: Figures, refs: dict[str, str]
) -> dict[str, str]:
    p = plan.path
    sheet_title(ws, "Path to victory", _race_line(plan))
    ws.freeze_panes = "A3"
    lab = _Labels(ws, PATH, 4)
    if "turnout.goal" not in refs:
        lab.add("need", "Persuasion need", "Needs a vote goal first")
        _widths(ws, [40, 16, 14])
        return {}
    lab.add("goal", "Vote goal", F(f"={refs['turnout.goal']}"), WHOLE)
    gotv = F(f"={refs['turnout.base_votes']}") if "turnout.base_votes" in refs else 0
    lab.add("gotv", "GOTV bucket (your base votes)", gotv, WHOLE)
    c = lab.cells
    lab.add("need", "Persuasion need", F(f"=MAX({c['goal']}-{c['gotv']},0)"), WHOLE)
    lab.add("support", "Support rate of contacts", _pct(p.support_rate_pct), PCT, editable=True)
    lab.add("turnout", "Turnout rate of supporters", _pct(p.turnout_rate_pct), PCT, editable=True)
    lab.total(
        "contacts",
        "Contacts needed (rounded up)",
        F(f"=ROUNDUP(ROUND({c['need']}/{c['support']}/{c['turnout']},9),0)"),
        WHOLE,
    )
    lab.add("shift", "Hours in a shift", p.shift_hours, "0.0", editable=True)
    n = len(p.channels)
    first = lab.row + 3
    shares = f"$B${first}:$B${first + max(n, 1) - 1}"
    lab.add("mix", "Share of contacts in the channel mix", F(f'=SUMIF({shares},">0")'), PCT)
    lab.add(
        "target",
        "Contacts the channel mix makes (rounded up)",
        F(f"=ROUNDUP(ROUND({c['contacts']}*{c['mix']},9),0)"),
        WHOLE,
    )
    lab.skip()
    totals = _channel_table(ws, plan, lab.row, c)
    week_totals = {
        "contacts": _a(*totals["contacts_total"]) if figures.path.channels else c["contacts"],
        "hours": _a(*totals["hours"]),
        "shifts": _a(*totals["shifts"]),
    }
    weeks_at = lab.row + n + 4
    _week_table(ws, figures, weeks_at, week_totals)
    _widths(ws, [40, 16, 14, 14, 14, 12, 12, 12, 12, 14, 14])
    _hide_helpers(ws)
    fit_row_heights(ws, range(3, ws.max_row + 1))
    if figures.path.weeks:  # the weekly table starts a page when the sheet takes more than one
        start_page_at(ws, weeks_at, ws.max_row, landscape=_PRINTED[PATH][0])
    out = {f"path.{k}": v for k, v in lab.refs.items()}
    out |= {f"path.{k}": _ref(PATH, r, col) for k, (r, col) in totals.items()}
    return out


_HELPER_FONT = Font(name=FONT, italic=True, color="808080")


def _channel_row(r: int, first: int, last: int, c: dict[str, str]) -> list[Value]:
    """Formulas of one channel row: contacts split by the largest-remainder method, as Winbook
    splits them (whole numbers that add up to the target; ties go to the later channel)."""
    share, aph, cph, exact, order = _a(r, 2), _a(r, 3), _a(r, 4), _a(r, 10), _a(r, 11)
    shares, exacts = f"$B${first}:$B${last}", f"$J${first}:$J${last}"
    rows = f"ROW({exacts})"
    frac_all, frac_me = f"ROUND({exacts}-INT({exacts}),9)", f"ROUND({exact}-INT({exact}),9)"
    short = f"({c['target']}-SUMPRODUCT(INT({exacts})))"
    hours = f"{_a(r, 6)}/{cph}"
    return [
        F(f"=IF({share}>0,INT({exact})+IF({order}<={short},1,0),0)"),
        F(f'=IF(AND({share}>0,N({cph})>0,N({aph})>0),ROUNDUP(ROUND({hours}*{aph},9),0),"")'),
        F(f'=IF(AND({share}>0,N({cph})>0),ROUNDUP(ROUND({hours},9),0),"")'),
        F(
            f"=IF(AND({share}>0,N({cph})>0,{c['shift']}>0),"
            f'ROUNDUP(ROUND({hours}/{c["shift"]},9),0),"")'
        ),
        F(f"=IF({share}>0,ROUND({c['target']}*{share}/{c['mix']},9),0)"),
        F(
            f"=IF({share}>0,SUMPRODUCT(({shares}>0)*({frac_all}>{frac_me}))"
            f'+SUMPRODUCT(({shares}>0)*({frac_all}={frac_me})*({rows}>ROW({exact})))+1,"")'
        ),
    ]


def _channel_table(
    ws: Worksheet, plan: Plan, head: int, c: dict[str, str]
) -> dict[str, tuple[int, int]]:
    _header(ws, head, (*_CHANNEL_HEADERS, "Exact contacts (helper)", "Rounding order (helper)"))
    first = head + 1
    last = first + max(len(plan.path.channels), 1) - 1
    for i, ch in enumerate(plan.path.channels):
        r = first + i
        inputs: list[tuple[Value, str]] = [
            (_pct(ch.share_pct), PCT),
            (ch.attempts_per_hour, "0.0"),
            (ch.contacts_per_hour, "0.0"),
            (ch.contacts_per_vote, "0.0"),
        ]
        _set(ws, r, 1, CHANNEL_LABELS[ch.channel])
        for col, (value, fmt) in enumerate(inputs, start=2):
            _set(ws, r, col, value, fmt).fill = _INPUT_FILL
        for col, formula in enumerate(_channel_row(r, first, last, c), start=6):
            cell = _set(ws, r, col, formula, "#,##0.00" if col == 10 else WHOLE)
            if col >= 10:
                cell.font = _HELPER_FONT
    total = first + len(plan.path.channels)
    _set(ws, total, 1, "Total").font = _BOLD
    out: dict[str, tuple[int, int]] = {}
    for col, key in (
        (2, "share_total"),
        (6, "contacts_total"),
        (7, "attempts"),
        (8, "hours"),
        (9, "shifts"),
    ):
        letter = get_column_letter(col)
        rng = f"{letter}{first}:{letter}{max(total - 1, first)}"
        cell = _set(ws, total, col, F(f"=SUM({rng})"), PCT if col == 2 else WHOLE)
        cell.font, cell.border = _BOLD, _TOP_LINE
        out[key] = (total, col)
    return out


#: Hidden helper columns of the weekly goals: the week's weight, then the whole part and the
#: remainder of each measure's exact share (contacts, hours, shifts).
_WEEK_WEIGHT = 10  # column J (the channel table's helpers sit in J and K above)
_WEEK_HELPERS = (
    "Weight (helper)",
    *(
        f"{m} {part} (helper)"
        for m in ("Contacts", "Hours", "Shifts")
        for part in ("whole", "rest")
    ),
)


def _week_cells(r: int, first: int, last: int, total: str, col: int) -> tuple[F, F, F]:
    """The largest-remainder split of ``total`` by the weights, as Winbook splits it: the whole
    part and remainder of total × weight ÷ all weights (integer arithmetic, so exact), plus one
    for the weeks with the largest remainders (ties go to the later week)."""
    weight, weights = _a(r, _WEEK_WEIGHT), f"$J${first}:$J${last}"
    whole, rest = _a(r, col), _a(r, col + 1)
    wholes = f"${get_column_letter(col)}${first}:${get_column_letter(col)}${last}"
    rests = f"${get_column_letter(col + 1)}${first}:${get_column_letter(col + 1)}${last}"
    rank = f'COUNTIF({rests},">"&{rest})+COUNTIFS({rests},{rest},{weights},">"&{weight})'
    return (
        F(f"=QUOTIENT({total}*{weight},SUM({weights}))"),
        F(f"=MOD({total}*{weight},SUM({weights}))"),
        F(f"={whole}+IF({rank}<{total}-SUM({wholes}),1,0)"),
    )


def _week_table(ws: Worksheet, figures: Figures, head: int, totals: dict[str, str]) -> None:
    """Weekly goals as formulas of the sheet's own totals (raise the margin in Excel and the
    weeks follow), split exactly as Winbook splits them."""
    _subhead(ws, head, "Weekly goals (a ramp: the last week carries the most)", 6)
    weeks = figures.path.weeks
    if not weeks:
        _set(ws, head + 1, 1, "Set the field start and the election date to get weekly goals.")
        return
    _header(ws, head + 1, ("Week", "Starts", "Ends", "Contacts", "Hours", "Shifts"))
    _header(ws, head + 1, _WEEK_HELPERS, col=_WEEK_WEIGHT)
    first, last = head + 2, head + 1 + len(weeks)
    for i, w in enumerate(weeks):
        r = first + i
        _set(ws, r, 1, f"Week {w.number}")
        _set(ws, r, 2, w.starts, DATE)
        _set(ws, r, 3, w.ends, DATE)
        _set(ws, r, _WEEK_WEIGHT, w.number, WHOLE).font = _HELPER_FONT
        for k, key in enumerate(("contacts", "hours", "shifts")):
            whole, rest, part = _week_cells(r, first, last, totals[key], _WEEK_WEIGHT + 1 + 2 * k)
            _set(ws, r, _WEEK_WEIGHT + 1 + 2 * k, whole, WHOLE).font = _HELPER_FONT
            _set(ws, r, _WEEK_WEIGHT + 2 + 2 * k, rest, WHOLE).font = _HELPER_FONT
            _set(ws, r, 4 + k, part, WHOLE)
    _set(ws, last + 1, 1, "Total").font = _BOLD
    for col in (4, 5, 6):
        letter = get_column_letter(col)
        cell = _set(ws, last + 1, col, F(f"=SUM({letter}{first}:{letter}{last})"), WHOLE)
        cell.font, cell.border = _BOLD, _TOP_LINE


def _hide_helpers(ws: Worksheet) -> None:
    """The helper columns (J onward) hold the rounding arithmetic: hidden, not deleted."""
    hide_columns(ws, _WEEK_WEIGHT, _WEEK_WEIGHT + len(_WEEK_HELPERS) - 1)


# --------------------------------------------------------------------------- budget and income


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
    _month_totals(ws, plan, _a(r, 8), r + len(rows) + 1)
    lines = range(top, top + len(plan.expenses))
    _align(ws, [1, 2], lines, _WRAP)
    _align(ws, [5], lines, _CENTER)
    _widths(ws, [0, 0, 10, 13, 8, 2, 0, 14])
    fit_column_widths(ws, {1: (20, 44), 2: (14, 36), 7: (16, 36)}, HEAD_ROW)
    fit_row_heights(ws, range(HEAD_ROW, lines.stop))
    return refs


def _month_totals(ws: Worksheet, plan: Plan, total: str, head: int) -> None:
    """Totals by valid month, under the category totals (columns G and H, so the sheet prints
    at a readable size); lines with no valid month get one row of their own."""
    _header(ws, head, ("Month", "Total"), col=7)
    first = head + 1
    months = sorted({m for e in plan.expenses if (m := normalize_month(e.month)) is not None})
    for i, m in enumerate(months, start=first):
        _set(ws, i, 7, _month_value(m), MONTH).alignment = _LEFT
        _set(ws, i, 8, F(f"=SUMIF($C:$C,{_a(i, 7)},$D:$D)"), MONEY)
    if any(normalize_month(e.month) is None for e in plan.expenses):
        r = len(months) + first
        _set(ws, r, 7, "No valid month")
        dated = f"SUM($H${first}:$H${r - 1})" if months else "0"
        _set(ws, r, 8, F(f"={total}-{dated}"), MONEY)


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


# --------------------------------------------------------------------------- cash flow


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


# --------------------------------------------------------------------------- timeline


def _timeline_sheet(ws: Worksheet, plan: Plan) -> None:
    sheet_title(ws, "Timeline", "Key dates in calendar order.")
    _header(ws, HEAD_ROW, ("Date", "What", "Kind", "Category", "Done", "Note"))
    ws.freeze_panes = f"A{FIRST_ROW}"
    events = sorted(plan.timeline, key=lambda e: (e.when is None, e.when or date.min))
    for i, e in enumerate(events, start=FIRST_ROW):
        _set(ws, i, 1, e.when, DATE).alignment = _LEFT
        _set(ws, i, 2, e.title).alignment = _WRAP
        _set(ws, i, 3, EVENT_KIND_WORDS[e.kind]).alignment = _TOP
        _set(ws, i, 4, timeline_category_label(e.category) if e.category else "").alignment = _TOP
        _set(ws, i, 5, "Yes" if e.done else "No").alignment = _CENTER
        _set(ws, i, 6, e.note).alignment = _WRAP
    _widths(ws, [13, 44, 17, 18, 7, 50])
    fit_row_heights(ws, range(HEAD_ROW, FIRST_ROW + len(events)))


# --------------------------------------------------------------------------- summary


def _race_line(plan: Plan) -> str:
    r = plan.race
    parts = [r.office, r.district, r.jurisdiction, r.state]
    text = ", ".join(p for p in parts if p)
    if r.election_date:
        text += f" (election {fmt_day(r.election_date)})"
    return text


def _summary_sheet(ws: Worksheet, plan: Plan, figures: Figures, refs: dict[str, str]) -> None:
    c, r = plan.candidate, plan.race
    sheet_title(ws, plan.meta.title or "Campaign plan workbook", _race_line(plan))
    lab = _Labels(ws, SUMMARY, 4)
    _subhead(ws, lab.row, "Candidate and race")
    lab.skip()
    lab.add("candidate", "Candidate", c.full_name or c.ballot_name)
    if c.ballot_name and c.ballot_name != c.full_name:
        lab.add("ballot_name", "Name on the ballot", c.ballot_name)
    lab.add("committee", "Committee", c.committee_name)
    lab.add("party", "Candidate's party", c.party)
    lab.add("ballot_line", "On the ballot", _ballot_line(plan))
    lab.add("office", "Office", r.office)
    lab.add("level", "Level", LEVEL_LABELS[r.level])
    lab.add("district", "District", r.district)
    lab.add("jurisdiction", "Jurisdiction", ", ".join(x for x in (r.jurisdiction, r.state) if x))
    lab.add("election", "Election day", r.election_date, DATE)
    lab.add("seats", "Seats", max(r.seats, 1))
    lab.add("prepared", "Prepared on", plan.meta.prepared_on, DATE)
    lab.skip()
    _subhead(ws, lab.row, "Key figures (live: they follow the other sheets)")
    lab.skip()
    for key, label, fmt in _SUMMARY_FIGURES:
        if key in refs:
            lab.add(key, label, F(f"={refs[key]}"), fmt)
    if "turnout.goal" in refs:
        lab.add(
            "cost_per_vote",
            "Cost per vote",
            F(
                f"=IF(N({refs['turnout.goal']})>0,ROUND({refs['budget.total']}/"
                f'{refs["turnout.goal"]},2),"")'
            ),
            MONEY,
        )
    warnings = [
        *figures.turnout.warnings,
        *figures.win.warnings,
        *figures.path.warnings,
        *figures.budget.warnings,
        *figures.fundraising.warnings,
    ]
    if warnings:
        lab.skip()
        _subhead(ws, lab.row, "Things to look at")
        lab.skip()
        for w in warnings:
            ws.merge_cells(start_row=lab.row, start_column=1, end_row=lab.row, end_column=3)
            _set(ws, lab.row, 1, typeset(w)).alignment = _WRAP
            lab.skip()
    _widths(ws, [42, 28, 30])
    fit_row_heights(ws, range(3, lab.row + 1))


def _ballot_line(plan: Plan) -> str:
    """The party line as the plan says it, or that the race is nonpartisan."""
    r = plan.race
    if not r.partisan:
        return "Nonpartisan race (no party on the ballot)"
    return f"{r.party} party line" if r.party else "Partisan race (party line not given yet)"


_SUMMARY_FIGURES: tuple[tuple[str, str, str], ...] = (
    ("turnout.T", "Projected turnout", WHOLE),
    ("turnout.low", "Low turnout", WHOLE),
    ("turnout.high", "High turnout", WHOLE),
    ("turnout.Tplan", "Turnout planned on", WHOLE),
    ("turnout.win", "Win number", WHOLE),
    ("turnout.goal", "Vote goal", WHOLE),
    ("turnout.base_votes", "Base votes", WHOLE),
    ("turnout.deficit", "Vote deficit", WHOLE),
    ("path.contacts", "Contacts needed", WHOLE),
    ("path.hours", "Volunteer hours", WHOLE),
    ("path.shifts", "Volunteer shifts", WHOLE),
    ("budget.total", "Total spending", MONEY),
    ("budget.cash", "Cash spending", MONEY),
    ("budget.voter_contact", "Voter contact share", PCT),
    ("income.total", "Planned income", MONEY),
    ("cash.lowest", "Lowest cash point", MONEY),
    ("cash.lowest_month", "Lowest cash month", MONTH),
)
