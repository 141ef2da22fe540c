"""The Past elections sheet: one row per past election, with the flags and formulas the turnout
sheet reads (comparable, used for T, left out).
"""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from winbook.domain.explain import frac
from winbook.domain.figures import Figures
from winbook.domain.labels import STAGE_WORDS
from winbook.domain.model import CYCLE_LABELS, MultiSeatBasis, PastElection, Plan, TurnoutMethod
from winbook.domain.turnout import (
    Unit,
    comparable_elections,
    competitiveness,
    contested_elections,
    measure,
)
from winbook.domain.typography import typeset
from winbook.io.xlsx_export.cells import (
    _CENTER,
    _WRAP,
    FIRST_ROW,
    HEAD_ROW,
    PCT2,
    WHOLE,
    F,
    Value,
    _a,
    _align,
    _header,
    _pct,
    _set,
)
from winbook.io.xlsx_export.summary import _race_line
from winbook.io.xlsx_print import fit_column_widths, fit_row_heights, sheet_title

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


def _contest_cell(
    plan: Plan, e: PastElection, row: int, roll_off: str, unit: Unit, comparable: bool
) -> tuple[Value, str]:
    """The row's ballots (or votes) in this race's contest: blank for a year not comparable
    (that year's ballot may not have had the contest); whole numbers print whole."""
    if not comparable:
        return None, WHOLE
    seats = max(plan.race.seats, 1)
    value, _ = measure(e, seats, 1 - frac(plan.turnout.roll_off_pct) / 100, unit)
    whole = value is not None and value.denominator == 1
    return _ballots_formula(e, row, seats, roll_off, unit), WHOLE if whole else "#,##0.0"


def _ballots_formula(e: PastElection, row: int, seats: int, roll_off: str, unit: Unit) -> Value:
    if unit == "votes":
        if e.contest_votes is None:
            return None
        return F(f"=ROUND({_a(row, _H_VOTES)}*{seats}/{max(e.seats, 1)},1)")
    if e.contest_ballots is not None:
        return F(f"={_a(row, _H_CBAL)}")
    if seats == 1 and max(e.seats, 1) == 1 and e.contest_votes is not None:
        return F(f"={_a(row, _H_VOTES)}")
    if e.ballots_cast is not None:
        if e.roll_off_pct is not None:  # its own measured roll-off, as the calculator uses
            return F(f"=ROUND({_a(row, _H_CAST)}*(1-{_pct(e.roll_off_pct)}),1)")
        return F(f"=ROUND({_a(row, _H_CAST)}*(1-{roll_off}),1)")
    return None


def _left_out_reason(
    plan: Plan, e: PastElection, comparable: bool, used: bool, left_out: dict[int, str], unit: Unit
) -> str:
    """Why a row does not count toward T, in the words of the turnout steps ("" when used)."""
    race, seats = plan.race, max(plan.race.seats, 1)
    method = plan.turnout.method
    if used:
        return ""
    if not comparable:
        return (
            f"a {CYCLE_LABELS[e.cycle].lower()} {e.stage.value} election, not comparable with "
            f"this {CYCLE_LABELS[race.cycle].lower()} {race.stage.value}"
        )
    if competitiveness(e) and e.year in left_out:
        return typeset(left_out[e.year])
    if method is TurnoutMethod.MANUAL:
        return "your own turnout figure is used, not past elections"
    if method is TurnoutMethod.TURNOUT_RATE:
        if not e.registered or e.ballots_cast is None:
            return "registered voters or ballots cast not entered"
    else:
        value, how = measure(e, seats, 1 - frac(plan.turnout.roll_off_pct) / 100, unit)
        if value is None:
            return typeset(how)
    if method is TurnoutMethod.MOST_RECENT:
        return "not the most recent comparable election"
    n = max(plan.turnout.years_to_use, 1)
    return f"older than the {n} most recent comparable elections the average uses"


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
            _contest_cell(plan, e, r, roll_off, unit, id(e) in comp_ids),
            (
                F(f"=ROUND({_a(r, _H_CAST)}/{_a(r, _H_REG)},4)")
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
                F(f"=ROUND({_a(r, share_col)}/{_a(r, _H_BAL)},4)") if id(e) in used_s else None,
                PCT2,
            ),
            ("Yes" if id(e) in used_s else "No", None),
            (
                _left_out_reason(plan, e, id(e) in comp_ids, id(e) in used_t, left_out, unit),
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
