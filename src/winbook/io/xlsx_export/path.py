"""The Path to victory sheet: the channel table (contacts, attempts, hours, shifts as formulas of
the vote deficit) and the weekly goals split by the largest-remainder method.
"""

from __future__ import annotations

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from winbook.domain.figures import Figures
from winbook.domain.model import CHANNEL_LABELS, Plan
from winbook.io.xlsx_export.cells import (
    _BOLD,
    _INPUT_FILL,
    _PRINTED,
    _TOP_LINE,
    PATH,
    PCT,
    WHOLE,
    F,
    Value,
    _a,
    _header,
    _Labels,
    _pct,
    _ref,
    _set,
    _subhead,
    _widths,
)
from winbook.io.xlsx_export.summary import _race_line
from winbook.io.xlsx_print import (
    DATE,
    FONT,
    fit_row_heights,
    hide_columns,
    sheet_title,
    start_page_at,
)

_CHANNEL_HEADERS = (
    "Channel",
    "Share of contacts",
    "Attempts an hour",
    "Contacts an hour",
    "Contacts per vote gained (field experiments, Green and Gerber; not used in these figures)",
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
