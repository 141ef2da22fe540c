"""The Timeline and Summary sheets: the dated events, and the headline figures read from the
other sheets.
"""

from __future__ import annotations

from datetime import date

from openpyxl.worksheet.worksheet import Worksheet

from winbook.domain.figures import Figures
from winbook.domain.labels import EVENT_KIND_WORDS, timeline_category_label
from winbook.domain.model import LEVEL_LABELS, Plan
from winbook.domain.path import fmt_day
from winbook.domain.typography import typeset
from winbook.io.xlsx_export.cells import (
    _CENTER,
    _LEFT,
    _TOP,
    _WRAP,
    FIRST_ROW,
    HEAD_ROW,
    MONEY,
    MONTH,
    PCT,
    SUMMARY,
    WHOLE,
    F,
    _header,
    _Labels,
    _set,
    _subhead,
    _widths,
)
from winbook.io.xlsx_print import DATE, fit_row_heights, sheet_title


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


def _race_line(plan: Plan) -> str:
    r = plan.race
    parts = [r.office, r.district, r.jurisdiction, r.state]
    text = ", ".join(p for p in parts if p)
    if r.election_date:
        text += f" (election {fmt_day(r.election_date)})"
    return text


#: The key figures in whole dollars, as the packet's "plan at a glance" prints them ($27,856);
#: the cost per vote keeps its cents ($1.36), as there.
DOLLARS = '"$"#,##0;"−$"#,##0'


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
    ("budget.total", "Total spending", DOLLARS),
    ("budget.cash", "Cash spending", DOLLARS),
    ("budget.voter_contact", "Voter contact share", PCT),
    ("income.total", "Planned income", DOLLARS),
    ("cash.lowest", "Lowest cash point", DOLLARS),
    ("cash.lowest_month", "Lowest cash month", MONTH),
)
