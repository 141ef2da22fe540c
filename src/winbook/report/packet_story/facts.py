"""The packet's plain facts: readiness as `winbook check` reports it, the filing line, the
party and stage words, section titles and the turnout range in words.
"""

from __future__ import annotations

from winbook.domain.figures import Figures
from winbook.domain.model import FilingStatus, Plan, PrimaryType, Race
from winbook.domain.readiness import Readiness
from winbook.domain.sections import SPEC_BY_KEY
from winbook.domain.typography import fmt_date
from winbook.report.worksheets import DASH, num
from winbook.store.profiles import assess_plan as assess

#: How the methodology appendix opens its list of the rules a plan does not use.
UNUSED_RULES = "Other rules Winbook knows, not used by this plan:"


def readiness(plan: Plan, figures: Figures) -> Readiness:
    """The readiness report `winbook check` prints: the cover says DRAFT until it is ready."""
    return assess(plan, figures)


def filing_text(f: FilingStatus) -> str:
    parts = [
        label
        for label, on in (
            ("on the ballot", f.on_ballot),
            ("petition signatures filed", f.petition_signatures_filed),
            ("campaign committee formed", f.committee_formed),
            ("bank account opened", f.bank_account_opened),
            ("publicly announced", f.publicly_announced),
        )
        if on
    ]
    if f.publicly_announced and f.announcement_date:
        parts[-1] += f" on {fmt_date(f.announcement_date)}"
    text = "; ".join(parts) if parts else "not filed yet"
    text = text[0].upper() + text[1:]
    return f"{text}. {f.note}".strip() if f.note.strip() else f"{text}."


def _partisan(r: Race) -> str:
    if not r.partisan:
        return "no"
    return f"yes ({r.party})" if r.party else "yes"


def _stage(r: Race) -> str:
    if r.primary_type is PrimaryType.NONE:
        return r.stage.value
    return f"{r.stage.value} ({r.primary_type.value.replace('_', '-')})"


def _section_title(key: str) -> str:
    return SPEC_BY_KEY[key].title if key in SPEC_BY_KEY else (key or "Whole plan")


def _range(f: Figures) -> str:
    t = f.turnout
    if t.projected is None:
        return DASH
    what = "ballots" if t.unit == "ballots" else "votes"
    planned = t.planned_on.value
    return (
        f"{num(t.low)} / {num(t.projected)} / {num(t.high)} {what}; "
        f"the goal is planned on the {planned} figure"
    )
