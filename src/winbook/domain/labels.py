"""Words for the codes a plan stores, for anything that prints them (the workbook, reports).

A plan keeps short codes (``finance_report``, ``hard``, ``primary``); a reader sees words
("Finance report", "Hard deadline", "Primary"). Codes Winbook does not know (a category the
user typed) are shown as words too: underscores become spaces, the first letter a capital.
"""

from __future__ import annotations

from winbook.domain.model import EventKind, PrimaryType, Stage

#: The timeline categories Winbook uses (see `winbook.domain.validation.TIMELINE_CATEGORIES`).
TIMELINE_CATEGORY_LABELS: dict[str, str] = {
    "filing": "Filing",
    "petition": "Petition",
    "finance_report": "Finance report",
    "registration": "Voter registration",
    "early_vote": "Early vote",
    "mail_ballots": "Mail ballots",
    "election_day": "Election day",
    "endorsement": "Endorsement",
    "campaign": "Campaign",
    "post_election": "After the election",
}

EVENT_KIND_WORDS: dict[EventKind, str] = {
    EventKind.HARD: "Hard deadline",
    EventKind.INTERNAL: "Internal deadline",
    EventKind.MILESTONE: "Milestone",
}

STAGE_WORDS: dict[Stage, str] = {Stage.GENERAL: "General", Stage.PRIMARY: "Primary"}

PRIMARY_WORDS: dict[PrimaryType, str] = {
    PrimaryType.NONE: "",
    PrimaryType.OPEN: "open",
    PrimaryType.CLOSED: "closed",
    PrimaryType.TOP_TWO: "top-two",
}


def words(code: str) -> str:
    """A code as words: ``"mail_ballots"`` -> "Mail ballots"; text stays as it is."""
    text = code.strip().replace("_", " ")
    return text[:1].upper() + text[1:]


def timeline_category_label(code: str) -> str:
    """``"finance_report"`` -> "Finance report"; a category of the user's own, as words."""
    return TIMELINE_CATEGORY_LABELS.get(code.strip(), words(code))
