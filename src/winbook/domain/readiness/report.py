"""What a readiness report holds: each topic's status and reasons, the page and field that
fix it, and the open next steps.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

MIN_WHY_WORDS = 80


PLAN_SECTIONS: tuple[str, ...] = (
    "landscape",
    "targeting",
    "path",
    "message",
    "field",
    "gotv",
    "communications",
    "research",
    "team",
    "fundraising",
    "budget",
    "timeline",
    "compliance",
)


class TopicStatus(StrEnum):
    MISSING = "missing"
    PARTIAL = "partial"
    READY = "ready"


@dataclass
class TopicReport:
    id: str
    title: str
    status: TopicStatus
    reasons: list[str] = field(default_factory=list)
    page: str = ""  # the window page that fixes it
    #: The input on that page that fixes the first reason (the object name of its widget).
    field: str = ""
    #: The parts of the topic still open, when it has parts (the plan's sections).
    parts: list[str] = dataclasses.field(default_factory=list)  # `field` is a field here

    def needs(self, reason: str, page: str, field: str) -> None:
        """Add ``reason``; the first one sets where the readiness button goes."""
        if not self.reasons or not self.field:
            self.page, self.field = page, field
        self.reasons.append(reason)


@dataclass
class OpenStep:
    text: str
    owner: str
    due: date | None
    session: date | None


@dataclass
class Readiness:
    topics: list[TopicReport]
    open_steps: list[OpenStep] = field(default_factory=list)
    profile_id: str = "default"
    profile_note: str | None = None

    @property
    def ready(self) -> bool:
        return all(t.status is TopicStatus.READY for t in self.topics)

    @property
    def score_pct(self) -> int:
        if not self.topics:
            return 0
        points = {TopicStatus.READY: 2, TopicStatus.PARTIAL: 1, TopicStatus.MISSING: 0}
        total = sum(points[t.status] for t in self.topics)
        return round(100 * total / (2 * len(self.topics)))

    def topic(self, topic_id: str) -> TopicReport | None:
        return next((t for t in self.topics if t.id == topic_id), None)


def _status(ok: bool, some: bool) -> TopicStatus:
    if ok:
        return TopicStatus.READY
    return TopicStatus.PARTIAL if some else TopicStatus.MISSING
