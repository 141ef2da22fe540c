"""One sentence for what cannot be targeted: files from different places, a reference
candidate who never ran there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from winbook.domain.model import TargetingElection
from winbook.domain.targeting.places import TargetingError


def check_same_place(elections: Sequence[TargetingElection]) -> None:
    """Refuse elections whose contest shares no county with the first one's."""
    if len(elections) < 2:
        return
    first = elections[0]
    here = _counties(first)
    for other in elections[1:]:
        there = _counties(other)
        if here and there and not here & there:
            raise TargetingError(
                f"{other.source} covers {_county_list(other)} but {first.source} covers "
                f"{_county_list(first)}: the files are from different places; import results "
                "of one jurisdiction only."
            )


def _counties(e: TargetingElection) -> set[str]:
    return {p.county.casefold() for p in e.places if p.county}


def _county_list(e: TargetingElection) -> str:
    names = sorted({p.county for p in e.places if p.county}, key=str.casefold)
    return " and ".join(names) if names else "no county"


def candidates_of(elections: Iterable[TargetingElection]) -> list[str]:
    """Every candidate of the imported contests, most votes first."""
    totals: dict[str, int] = {}
    for e in elections:
        for p in e.places:
            for name, votes in p.votes.items():
                totals[name] = totals.get(name, 0) + votes
    return sorted(totals, key=lambda n: (-totals[n], n.casefold()))


def _reference_names(e: TargetingElection, refs: Sequence[str]) -> list[str]:
    """The candidates of ``e`` a reference stands for: a name, or a party code."""
    names = {n for p in e.places for n in p.votes}
    picked: list[str] = []
    for ref in refs:
        want = " ".join(ref.casefold().split())
        for name in sorted(names):
            party = e.parties.get(name, "").casefold()
            parties = {x.strip() for x in party.split("/") if x.strip()}
            if (name.casefold() == want or want in parties) and name not in picked:
                picked.append(name)
    return picked


def check_references(elections: Sequence[TargetingElection], refs: Sequence[str]) -> None:
    """Refuse a reference candidate (or party) who never ran in any of the imported contests."""
    for ref in refs:
        if not any(_reference_names(e, [ref]) for e in elections):
            shown = ", ".join(candidates_of(elections)[:6]) or "none"
            contest = elections[0].contest if elections else "the contest"
            raise TargetingError(
                f"{ref} never ran for {contest} in these files, so their share cannot stand for "
                f"a candidate like you; pick one of the candidates ({shown}) or a party code."
            )
