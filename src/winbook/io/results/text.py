"""Text rules for the cells of a results file: names, parties, totals and pseudo-rows. No Qt."""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")
_QUOTES = re.compile(r'"{2,}')
_TOTAL_PLACE = re.compile(
    r"^(?:[\w .'-]*\bcounty\s+|grand\s+|overall\s+|state\s+|contest\s+|district\s+)?"
    r"totals?(?:\s+votes?)?(?:\s+for\s+.*)?:?$"
)
_TOTAL_CANDIDATE = re.compile(
    r"^(?:grand\s+|contest\s+|race\s+)?totals?(?:\s+votes?(?:\s+cast)?)?:?$|^votes\s+cast$"
)
_WRITE_IN = re.compile(
    r"write[\s-]*ins?\b|\bscatter(?:ing|ed)?\b|^\(?w\)?$|\(w/?i?\)$|^w/i\b|"
    r"\bwritten[\s-]in\b|^uncertified\b|^unresolved\b"
)
_OVER = re.compile(r"^(?:total\s+|times\s+)?over[\s-]*vot(?:es?|ed)$|^overvotes?$")
_UNDER = re.compile(r"^(?:total\s+|times\s+)?under[\s-]*vot(?:es?|ed)$|^undervotes?$|^blank")
REGISTERED = re.compile(r"^(?:total\s+)?registered(?:\s+voters?)?(?:\s*-\s*total)?$|^registration$")
BALLOTS = re.compile(
    r"^(?:total\s+)?ballots(?:\s+cast)?(?:\s*-\s*total)?$|^(?:total\s+)?votes?\s+cast$|"
    r"^ballots\s+counted$|^turnout$|^total\s+turnout$"
)
STRAIGHT = re.compile(r"^straight[\s-]*(?:party|ticket)")
#: "Ballots Cast - Blank", "Ballots Cast Blank": ballots that voted in no contest, not a race.
BLANK_BALLOTS = re.compile(r"^(?:total\s+)?ballots(?:\s+cast)?\s*-?\s*blank$")
_WITHDRAWN = re.compile(r"\s*[-(,]?\s*\bwithdr[ae]wn?\b.*$", re.IGNORECASE)
_PARTY_CODES = {
    "DEM", "REP", "LIB", "GRN", "GRE", "IND", "NPA", "NP", "NON", "CON", "WFP", "WF", "NPP",
    "UST", "PFP", "AIP", "REF", "SOC", "SWP", "PSL", "ALL", "FWD", "D", "R", "L", "G", "I",
}  # fmt: skip
_PREFIX_PAREN = re.compile(r"^\(\s*([A-Za-z]{1,5})\s*\)\s*(.+)$")
_PREFIX_DASH = re.compile(r"^([A-Za-z]{1,5})\s+-\s+(.+)$")
_SUFFIX_PAREN = re.compile(r"^(.+?)\s*\(\s*([A-Za-z]{1,5})\s*\)$")
_PREFIX_SPACE = re.compile(r"^([A-Z]{2,4})\s+(\S.*)$")  # "IND Ronnie McDonald"


def clean_text(value: object) -> str:
    """A cell as trimmed text with runs of spaces collapsed and doubled quotes undone."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if "\x00" in text:
        text = text.replace("\x00", "")
    text = _SPACES.sub(" ", text).strip()
    if '""' in text:
        text = _QUOTES.sub('"', text)
    return text


def fold_key(text: str) -> str:
    return text.casefold()


def district_key(text: str) -> str:
    return str(int(text)) if text.isdigit() else text.casefold()


def split_party(name: str, party: str) -> tuple[str, str]:
    """Take a party out of a candidate name: "(DEM) Jane Doe", "DEM - Jane", "IND Jane Doe".

    A party the file already gives in its party column stays the party.
    """
    m = _PREFIX_PAREN.match(name)
    if m:
        return m.group(2).strip(), party or m.group(1).upper()
    m = _PREFIX_DASH.match(name)
    if m and (m.group(1).upper() in _PARTY_CODES or m.group(1).casefold() == party.casefold()):
        return m.group(2).strip(), party or m.group(1).upper()
    m = _SUFFIX_PAREN.match(name)
    if m and (m.group(2).upper() in _PARTY_CODES or m.group(2).casefold() == party.casefold()):
        return m.group(1).strip(), party or m.group(2).upper()
    m = _PREFIX_SPACE.match(name)  # upper case only: "Al Green" keeps his name
    if m and (m.group(1) in _PARTY_CODES or m.group(1).casefold() == party.casefold()):
        return m.group(2).strip(), party or m.group(1)
    return name, party


def is_withdrawn(name: str) -> bool:
    """A candidate line marked as withdrawn ("Brian D. Bower - Withdrawn 10/19/2011")."""
    return bool(_WITHDRAWN.search(name))


# Special "candidate" keys inside a contest tally.
K_WRITE_IN = "\x00write-in"
K_OVER = "\x00over"
K_UNDER = "\x00under"
K_TOTAL = "\x00total"
K_BALLOTS = "\x00ballots"
K_REGISTERED = "\x00registered"
K_BLANK = "\x00blank"  # "Ballots Cast - Blank": ballots that voted in no contest


def classify_candidate(name: str) -> str | None:
    """The special key of a non-candidate row, or None for a real candidate."""
    low = name.casefold()
    if _OVER.search(low):
        return K_OVER
    if _UNDER.search(low):
        return K_UNDER
    if _TOTAL_CANDIDATE.search(low):
        return K_TOTAL
    if _WRITE_IN.search(low):
        return K_WRITE_IN
    if REGISTERED.search(low):
        return K_REGISTERED
    if BALLOTS.search(low):
        return K_BALLOTS
    if BLANK_BALLOTS.search(low):
        return K_BLANK
    return None


def is_total_place(text: str) -> bool:
    """A precinct or county label that stands for a sum of others ("Total", "County Totals")."""
    return bool(text) and bool(_TOTAL_PLACE.match(text.casefold()))
