"""Readiness and navigator marks for the open plan, without widgets.

Wraps `winbook.domain.readiness` (the profile is loaded once per profile id) and never changes
the plan: narrative-section marks are read without creating missing sections.
"""

from __future__ import annotations

from functools import cache

from winbook.domain import readiness as readiness_rules
from winbook.domain.figures import Figures
from winbook.domain.model import Plan, SectionStatus
from winbook.domain.profile import Profile
from winbook.domain.readiness import PAGE_TOPICS, Readiness, TopicReport, TopicStatus
from winbook.domain.sections import SECTION_SPECS
from winbook.store.profiles import load_profile

SECTION_KEYS = frozenset(s.key for s in SECTION_SPECS)

#: Marks for each status, in the navigator and the figures strip.
STATUS_MARKS: dict[SectionStatus, str] = {
    SectionStatus.EMPTY: "○",
    SectionStatus.DRAFTING: "◐",
    SectionStatus.READY: "●",
    SectionStatus.NEEDS_REVIEW: "⚠",
}


@cache
def _profile(profile_id: str) -> Profile:
    profile, _note = load_profile(profile_id or "default")
    return profile


def assess(plan: Plan, figures: Figures) -> Readiness | None:
    """The plan's `Readiness`, or None when its profile cannot be read (the window keeps
    working; `winbook check` says why)."""
    try:
        profile = _profile(plan.meta.profile_id or "default")
    except Exception:  # a broken profile file must not stop the window
        return None
    return readiness_rules.assess(plan, figures, profile)


def _section_mark(plan: Plan, key: str) -> tuple[SectionStatus, int]:
    for s in plan.sections:
        if s.key == key:
            return s.status, 0 if s.text.strip() else 1
    return SectionStatus.EMPTY, 1


def page_status(
    plan: Plan, figures: Figures, page_key: str, readiness: Readiness | None
) -> tuple[SectionStatus, int]:
    """(status, how many things are missing) for a navigator entry."""
    if page_key in SECTION_KEYS and page_key not in PAGE_TOPICS:
        return _section_mark(plan, page_key)
    if readiness is None:
        return SectionStatus.EMPTY, 0
    return readiness_rules.page_status(plan, figures, page_key, readiness)


#: How the navigator names each status (the marks alone must not carry the meaning).
STATUS_WORDS: dict[SectionStatus, str] = {
    SectionStatus.EMPTY: "Empty",
    SectionStatus.DRAFTING: "Drafting",
    SectionStatus.READY: "Ready",
    SectionStatus.NEEDS_REVIEW: "Needs attention",
}


def _section_missing(plan: Plan, key: str) -> list[str]:
    section = next((s for s in plan.sections if s.key == key), None)
    if section is None or not section.text.strip():
        return ["Nothing written yet."]
    if section.status is SectionStatus.DRAFTING:
        return ["Still a draft: set its status to Ready when it is done."]
    if section.status is SectionStatus.NEEDS_REVIEW:
        return ["Marked as needing review."]
    if section.status is SectionStatus.EMPTY:
        return ["Set its status once the text is written."]
    return []


def _checklist_missing(plan: Plan) -> list[str]:
    if not plan.checklist:
        return ["No filing steps yet."]
    todo = [c for c in plan.checklist if not c.done]
    if not todo:
        return []
    first = todo[0].step or "a step"
    more = f" (and {len(todo) - 1} more)" if len(todo) > 1 else ""
    return [f"Not done yet: {first}{more}."]


def page_missing(plan: Plan, page_key: str, readiness: Readiness | None) -> list[str]:
    """What is missing on a navigator entry, in plain sentences (empty when nothing is)."""
    topics = PAGE_TOPICS
    if page_key in SECTION_KEYS and page_key not in topics:
        return _section_missing(plan, page_key)
    if page_key == "checklist":
        return _checklist_missing(plan)
    if readiness is None:
        return []
    if page_key == "readiness":
        return [f"{t.title}: not ready yet." for t in readiness.topics if not _ready(t)]
    reasons: list[str] = []
    for topic_id in topics.get(page_key, ()):
        topic = readiness.topic(topic_id)
        if topic is not None and not _ready(topic):
            reasons += [str(r) for r in topic.reasons] or [f"{topic.title}: not ready yet."]
    return reasons


def _ready(topic: TopicReport) -> bool:
    return topic.status is TopicStatus.READY
