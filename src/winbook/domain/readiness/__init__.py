"""Am I ready to apply? A readiness report over the application's topics (domain notes §1).

Each topic is missing, partial or ready, with specific reasons a candidate can act on. The same
report drives the window's readiness page and navigator marks, the packet's DRAFT mark and
`winbook check`.

The domain never reads files: callers pass the application profile. To assess a plan against
its own profile (read from ``resources/profiles``), call `winbook.store.profiles.assess_plan`.

The rooms: `report` (what a report holds), `topics` (one check per topic); this module assesses
a plan, marks the navigator and prints the report.
"""

from __future__ import annotations

from datetime import date

from winbook.domain.figures import Figures, compute_figures
from winbook.domain.model import Plan, SectionStatus
from winbook.domain.profile import Profile
from winbook.domain.readiness.report import (
    MIN_WHY_WORDS,
    PLAN_SECTIONS,
    OpenStep,
    Readiness,
    TopicReport,
    TopicStatus,
)
from winbook.domain.readiness.topics import (
    check_budget,
    check_disclosure,
    check_eligibility,
    check_filing,
    check_fundraising,
    check_plan_sections,
    check_values,
    check_why,
    check_win_number,
    stale_export,
)
from winbook.domain.rows import without_blank_rows
from winbook.domain.sections import SPEC_BY_KEY
from winbook.domain.targeting import targeting_status
from winbook.jsonvalue import JSONObject

__all__ = [
    "MIN_WHY_WORDS",
    "PAGE_TOPICS",
    "PLAN_SECTIONS",
    "OpenStep",
    "Readiness",
    "TopicReport",
    "TopicStatus",
    "assess",
    "check_budget",
    "check_disclosure",
    "check_eligibility",
    "check_filing",
    "check_fundraising",
    "check_plan_sections",
    "check_values",
    "check_why",
    "check_win_number",
    "open_next_steps",
    "page_status",
    "readiness_json",
    "readiness_text",
    "stale_export",
]


def open_next_steps(plan: Plan) -> list[OpenStep]:
    steps = [
        OpenStep(n.text, n.owner, n.due, s.when.date() if s.when else None)
        for s in plan.sessions
        for n in s.next_steps
        if not n.done
    ]
    return sorted(steps, key=lambda s: (s.due is None, s.due or date.max))


def assess(
    plan: Plan, figures: Figures | None, profile: Profile, note: str | None = None
) -> Readiness:
    """The readiness report of ``plan`` against ``profile``.

    ``figures`` are computed when None; ``note`` says why ``profile`` is not the one the plan
    asks for (see `winbook.store.profiles.assess_plan`, which loads the plan's own profile).
    """
    plan = without_blank_rows(plan)
    figures = figures or compute_figures(plan)
    checks = {
        "eligibility": lambda: check_eligibility(plan, profile),
        "filing": lambda: check_filing(plan, profile),
        "why": lambda: check_why(plan, profile),
        "plan": lambda: check_plan_sections(plan, profile),
        "budget": lambda: check_budget(plan, figures, profile),
        "win_number": lambda: check_win_number(plan, figures, profile),
        "values": lambda: check_values(plan, profile),
        "disclosure": lambda: check_disclosure(plan, profile),
        "fundraising": lambda: check_fundraising(plan, figures, profile),
    }
    topics = [checks[t.id]() for t in profile.topics]
    return Readiness(topics, open_next_steps(plan), profile.id, note)


#: The readiness topics each navigator page answers for.
PAGE_TOPICS: dict[str, tuple[str, ...]] = {
    "candidate_race": ("eligibility", "filing"),
    "history": ("win_number",),
    "win_number": ("win_number",),
    "values": ("values",),
    "disclosure": ("disclosure",),
    "budget": ("budget",),
    "fundraising": ("fundraising",),
}


def page_status(
    plan: Plan, figures: Figures, page_key: str, readiness: Readiness
) -> tuple[SectionStatus, int]:
    """The navigator mark of a page and how many things are missing on it."""
    if page_key in SPEC_BY_KEY and page_key not in PAGE_TOPICS:
        s = plan.get_section(page_key)
        return s.status, 0 if s.text.strip() else 1
    if page_key == "checklist":
        todo = sum(1 for c in plan.checklist if not c.done)
        if not plan.checklist:
            return SectionStatus.EMPTY, 1
        return (SectionStatus.READY if not todo else SectionStatus.DRAFTING), todo
    if page_key == "precincts":
        return targeting_status(plan.targeting)
    if page_key == "readiness":
        missing = sum(1 for t in readiness.topics if t.status is not TopicStatus.READY)
        return (SectionStatus.READY if readiness.ready else SectionStatus.DRAFTING), missing
    topics = [t for k in PAGE_TOPICS.get(page_key, ()) if (t := readiness.topic(k))]
    if not topics:
        return SectionStatus.EMPTY, 0
    missing = sum(len(t.reasons) for t in topics if t.status is not TopicStatus.READY)
    if all(t.status is TopicStatus.READY for t in topics):
        return SectionStatus.READY, 0
    if all(t.status is TopicStatus.MISSING for t in topics):
        return SectionStatus.EMPTY, missing
    return SectionStatus.NEEDS_REVIEW, missing


def readiness_json(r: Readiness) -> JSONObject:
    return {
        "ready": r.ready,
        "score_pct": r.score_pct,
        "profile": r.profile_id,
        "profile_note": r.profile_note,
        "topics": [
            {"id": t.id, "title": t.title, "status": t.status.value, "reasons": t.reasons}
            for t in r.topics
        ],
        "open_next_steps": [
            {
                "text": s.text,
                "owner": s.owner,
                "due": s.due.isoformat() if s.due else None,
            }
            for s in r.open_steps
        ],
    }


def readiness_text(plan: Plan, r: Readiness) -> str:
    marks = {
        TopicStatus.READY: "ready  ",
        TopicStatus.PARTIAL: "partial",
        TopicStatus.MISSING: "missing",
    }
    who = plan.candidate.full_name or "Untitled plan"
    verdict = "Ready to apply." if r.ready else "Not ready to apply yet."
    lines = [f"{who}: {r.score_pct}% ready. {verdict}", ""]
    if r.profile_note:
        lines += [r.profile_note, ""]
    for t in r.topics:
        lines.append(f"[{marks[t.status]}] {t.title}")
        lines += [f"            - {reason}" for reason in t.reasons]
    if r.open_steps:
        lines += ["", "Open next steps:"]
        lines += [
            f"  - {s.text}"
            + (f" ({s.owner})" if s.owner else "")
            + (f", due {s.due.isoformat()}" if s.due else "")
            for s in r.open_steps
        ]
    return "\n".join(lines)
