"""Precinct labels and kinds: early-voting sites, absentee, provisional and transfer rows that
are not places on a map, and labels normalised so a precinct matches across years.
"""

from __future__ import annotations

import re

from winbook.domain.model import Channel
from winbook.errors import WinbookError

BASE, PERSUASION, LOW = "base", "persuasion", "low priority"


TIERS = (BASE, PERSUASION, LOW)


DOOR_CHANNELS = frozenset({Channel.DOORS_DENSE, Channel.DOORS_SUBURBAN})


_SITE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\babs(?:entee)?\b|\bmail\b|\bby[\s-]mail\b"), "absentee"),
    (re.compile(r"\bprov(?:isional)?s?\b"), "provisional"),
    (re.compile(r"\btransfers?\b"), "transfer"),
    (re.compile(r"\bcurbside\b"), "curbside"),
    (re.compile(r"^(?:one[\s-]?stop|os|ev|early[\s-]vot(?:e|ing)|advance(?:d)?[\s-]vot\w*)\b"),
     "early voting"),
    (re.compile(r"\bearly[\s-]vot(?:e|ing)\b|\bone[\s-]?stop\b"), "early voting"),
)  # fmt: skip


#: An early-voting site's own name after its marker ("OS BOE" -> "BOE").
_SITE_PREFIX = re.compile(r"^(?:one[\s-]?stop|os|ev|early[\s-]vot(?:e|ing))\s+(.+)$")


_CODE = re.compile(r"^([^_]+)_.+$")  # "CC01_CROSS CREEK 01" -> "CC01"


_LEADING_ZEROS = re.compile(r"(?<!\d)0+(?=\d)")


class TargetingError(WinbookError):
    """The results cannot be targeted as asked (one sentence saying what to do)."""


def site_kind(label: str) -> str:
    """What a pseudo-precinct label stands for ("absentee", "early voting"...), "" for a place."""
    low = " ".join(label.casefold().split())
    for pattern, kind in _SITE_PATTERNS:
        if pattern.search(low):
            return kind
    return ""


def normal_label(label: str) -> str:
    """The label precincts are matched on across elections: its code, case and zeros folded."""
    text = " ".join(label.casefold().split())
    m = _CODE.match(text)
    if m:
        text = m.group(1).strip()
    return _LEADING_ZEROS.sub("", text)


def pct(x: float, digits: int = 0) -> str:
    """A share as the window shows it: "94%", "61.2%"."""
    return f"{x:.{digits}f}%"


def place_name(county: str, precinct: str) -> str:
    """How a place is named in settings and lists: "ORANGE|BOE"."""
    return f"{county}|{precinct}"
