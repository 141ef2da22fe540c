"""Words for the codes a plan stores, for anything that prints them (the workbook, reports).

A plan keeps short codes (``finance_report``, ``hard``, ``primary``); a reader sees words
("Finance report", "Hard deadline", "Primary"). Codes Winbook does not know (a category the
user typed) are shown as words too: underscores become spaces, the first letter a capital.
"""

from __future__ import annotations

import re

from winbook.domain.model import EventKind, PrimaryType, Race, Stage

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


# --------------------------------------------------------------------------- the race in words


def _core(text: str) -> str:
    """``"At-large (whole district)"`` -> ``"at large"``: the words that say where, lower case,
    without a note in brackets, hyphens or commas."""
    text = re.sub(r"\([^)]*\)", " ", text.lower())
    return " ".join(re.sub(r"[-,.;:]", " ", text).split())


def shown_district(race: Race) -> str:
    """The race's district, or "" when the office already says it ("School Board Member, at
    large" and "At large (whole district)": the office line says "at large" once)."""
    district = race.district.strip()
    core = _core(district)
    return "" if not core or core in _core(race.office) else district


def office_line(
    race: Race, *, district: bool = True, jurisdiction: bool = True, state: bool = False
) -> str:
    """The office as the packet's cover and running heads, the workbook's page headers and the
    window's title bar say it: "County Clerk, Countywide, Hollis County"; a district the office
    already names is left out. "" when nothing is filled in."""
    parts = [
        race.office.strip(),
        shown_district(race) if district else "",
        race.jurisdiction.strip() if jurisdiction else "",
        race.state.strip() if state else "",
    ]
    return ", ".join(p for p in parts if p)


def place_line(race: Race) -> str:
    """Where the race is: jurisdiction, district (unless the office says it) and state."""
    parts = (race.jurisdiction.strip(), shown_district(race), race.state.strip())
    return ", ".join(p for p in parts if p)
