"""Which contests an office or district filter means, and the closest names when none. No Qt.

The office filter prefers, in order: the exact office name, a name that starts with the words,
the words as whole words anywhere, then any part of the name (``governor`` is Governor, or
"Governor (Vote for 1)", not also Lieutenant Governor; ``house`` finds both U.S. House and State
House). ``exact`` keeps only the first kind. A district matches the
district column or a district written inside the office name ("County Commissioner Dist 1").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence

from winbook.io.results.text import district_key

#: Words that introduce a district written inside an office name.
_DISTRICT_WORDS = r"(?:district|dist|ward|post|seat|zone|division|subdistrict|area|position)"
CLOSEST_SHOWN = 5

Item = tuple[str, str]  # (office, district)
Level = Callable[[Item], int | None]


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _word(query: str) -> str:
    """A pattern for ``query`` as whole words; a number also matches with leading zeros."""
    if query.isdigit():
        return rf"(?<![\w.])0*{int(query)}(?![\w])"
    return rf"(?<!\w){re.escape(query)}(?!\w)"


def office_level(office: str, query: str) -> int | None:
    """0 for the exact name, 1 for the name's first words ("Governor (Vote for 1)"), 2 for
    whole words anywhere, 3 for any part, None for no match."""
    name, q = _norm(office), _norm(query)
    if name == q:
        return 0
    word = re.search(_word(q), name)
    if word:
        return 1 if word.start() == 0 else 2
    return 3 if q in name else None


def district_level(item: Item, query: str) -> int | None:
    """0 for the district (in its column or the office name), 1 for whole words, 2 any part."""
    office, district = _norm(item[0]), _norm(item[1])
    q = _norm(query)
    if district and district_key(district) == district_key(q):
        return 0
    if re.search(rf"\b{_DISTRICT_WORDS}\.?\s*(?:no\.?\s*|#\s*)?{_word(q)}", office):
        return 0
    if re.search(_word(q), district):
        return 1
    return 2 if q and q in district else None


def _best(indexes: list[int], levels: list[int | None], exact: bool) -> list[int]:
    found = [lv for lv in levels if lv is not None]
    if not found:
        return []
    best = min(found)
    if exact and best > 0:
        return []
    return [i for i, lv in zip(indexes, levels, strict=True) if lv == best]


def pick(
    items: Sequence[Item], office: str | None, district: str | None, *, exact: bool = False
) -> list[int]:
    """The indexes of the contests the filters mean (all of them without filters)."""
    indexes = list(range(len(items)))
    if office:
        levels = [office_level(items[i][0], office) for i in indexes]
        indexes = _best(indexes, levels, exact)
    if district:
        levels = [district_level(items[i], district) for i in indexes]
        indexes = _best(indexes, levels, exact)
    return indexes


def _label(item: Item) -> str:
    return f"{item[0]} {item[1]}".strip()


def closest(
    items: Sequence[Item], office: str | None, district: str | None, *, exact: bool = False
) -> list[str]:
    """Up to five contest names close to filters that matched nothing."""
    if office and district:  # the office is there but not that district: show its contests
        same = pick(items, office, None, exact=exact)
        if same:
            return [_label(items[i]) for i in same[:CLOSEST_SHOWN]]
    labels = list(dict.fromkeys(_label(i) for i in items))
    query = _norm(office or district or "")
    folded = {_norm(label): label for label in labels}
    hits = difflib.get_close_matches(query, list(folded), n=CLOSEST_SHOWN, cutoff=0.5)
    words = re.findall(r"\w{3,}", query)
    for name in folded:
        if len(hits) >= CLOSEST_SHOWN:
            break
        if name not in hits and any(w[:4] in name for w in words):
            hits.append(name)
    return [folded[h] for h in hits]
