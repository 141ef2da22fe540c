"""The Turnout & win number sheet: T by the plan's method as live formulas, the back-test and
the range, the win number under the race's rule, the base and the vote deficit.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from winbook.domain.figures import Figures
from winbook.domain.model import Plan, TurnoutMethod
from winbook.domain.turnout import (
    METHOD_LABELS,
    RANGE_DEFAULT_PCT,
    RANGE_MAX_PCT,
    RANGE_MIN_PCT,
    Unit,
)
from winbook.domain.typography import typeset
from winbook.io.xlsx_export.cells import (
    _CENTER,
    _LEFT,
    HISTORY,
    PCT,
    PCT2,
    SIGNED_PCT,
    TURNOUT,
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
from winbook.io.xlsx_export.history import (
    _H_BAL,
    _H_RATE,
    _H_SHARE,
    _H_SHARE_USED,
    _H_USED,
    _history_sheet,
)
from winbook.io.xlsx_export.summary import _race_line
from winbook.io.xlsx_print import fit_row_heights, sheet_title


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
    _widths(ws, [44, 16, 30, 11, 9, 30])
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
        lab.add(
            "avg_rate",
            "Average turnout rate",
            F(f'=ROUND(AVERAGEIF({used},"Yes",{rates}),4)'),
            PCT2,
        )
        lab.add(
            "base",
            "Ballots expected in the contest",
            F(f"=ROUND(ROUND({c['avg_rate']}*{c['registration']},1)*(1-{c['roll_off']}),1)"),
            "#,##0.0",
        )
    else:
        label = (
            "Most recent comparable election"
            if method is TurnoutMethod.MOST_RECENT
            else ("Average ballots in the contest")
        )
        lab.add("base", label, F(f'=ROUND(AVERAGEIF({used},"Yes",{ballots}),1)'), "#,##0.0")
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
    _header(lab.ws, head, ("Year", "Projected from", "Projected", "Actual", "Error", "Actual is"))
    for i, p in enumerate(tr.backtest, start=1):
        r = head + i
        _set(lab.ws, r, 1, p.year).alignment = _LEFT
        _set(lab.ws, r, 2, ", ".join(map(str, p.from_years)))
        _set(lab.ws, r, 3, p.projected, WHOLE)
        _set(lab.ws, r, 4, p.actual, WHOLE)
        _set(lab.ws, r, 5, F(f"=({_a(r, 3)}-{_a(r, 4)})/{_a(r, 4)}"), SIGNED_PCT)
        _set(lab.ws, r, 6, p.measured)
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


def _bound_label(votes: bool, t: int | None) -> str:
    """The bound's label, in the packet's words: guaranteed only at the turnout it assumes."""
    what = "votes" if votes else "ballots"
    name = "Bound from votes" if votes else "Guaranteed bound"
    if t is None:
        return name
    return f"{name} (guaranteed only if {t:,} {what} are cast)"


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
            _bound_label(votes, figures.win.turnout),
            F(f"=INT({t}/({n}+1))+1" if votes else f"=INT({t}*{n}/({n}+1))+1"),
            WHOLE,
        )
        basis_avg = lab.add(
            "avg_share",
            "Average share of votes (history)" if votes else "Average share of ballots (history)",
            F(f'=ROUND(AVERAGEIF({share_used},"Yes",{shares}),4)'),
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
            F(f'=ROUND(AVERAGEIF($D${table}:$D${last},"Yes",$B${table}:$B${last}),4)'),
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
