"""Readiness and navigator marks for the open plan, without widgets.

Wraps `winbook.domain.readiness` (the profile is loaded once per profile id) and never changes
the plan: narrative-section marks are read without creating missing sections.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from winbook.domain.figures import Figures
from winbook.domain.model import Plan, SectionStatus
from winbook.domain.sections import SECTION_SPECS

SECTION_KEYS = frozenset(s.key for s in SECTION_SPECS)

#: Marks for each status, in the navigator and the figures strip.
STATUS_MARKS: dict[SectionStatus, str] = {
    SectionStatus.EMPTY: "○",
    SectionStatus.DRAFTING: "◐",
    SectionStatus.READY: "●",
    SectionStatus.NEEDS_REVIEW: "⚠",
}


def _readiness_module() -> Any:
    try:
        return importlib.import_module("winbook.domain.readiness")
    except ImportError:  # pragma: no cover - the module ships with the app
        return None


@cache
def _profile(profile_id: str) -> Any:
    profiles = importlib.import_module("winbook.store.profiles")
    profile, _note = profiles.load_profile(profile_id or "default")
    return profile


def assess(plan: Plan, figures: Figures) -> Any:
    """The plan's `Readiness` (with ``.score_pct`` and ``.ready``), or None if unavailable."""
    module = _readiness_module()
    if module is None:
        return None
    try:
        profile = _profile(plan.meta.profile_id or "default")
    except Exception:  # a broken profile file must not stop the window
        profile = None
    return module.assess(plan, figures, profile)


def _section_mark(plan: Plan, key: str) -> tuple[SectionStatus, int]:
    for s in plan.sections:
        if s.key == key:
            return s.status, 0 if s.text.strip() else 1
    return SectionStatus.EMPTY, 1


def page_status(
    plan: Plan, figures: Figures, page_key: str, readiness: Any
) -> tuple[SectionStatus, int]:
    """(status, how many things are missing) for a navigator entry."""
    module = _readiness_module()
    if page_key in SECTION_KEYS and page_key not in getattr(module, "_PAGE_TOPICS", {}):
        return _section_mark(plan, page_key)
    if module is None or readiness is None:
        return SectionStatus.EMPTY, 0
    status, missing = module.page_status(plan, figures, page_key, readiness)
    return SectionStatus(status), int(missing)
