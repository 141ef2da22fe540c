"""A contest's sums per (county, precinct), for precinct targeting (domain.md §8). No Qt.

Kept only when a read asks for them (`Filter.precincts`): places are keyed on the county and the
precinct together ("Absentee" repeats in every county) and listed in the file's order.
"""

from __future__ import annotations

from winbook.io.results.model import PlaceResult
from winbook.io.results.tally import Sums, Tally, Turnout
from winbook.io.results.text import K_BALLOTS, K_REGISTERED, K_WRITE_IN

#: Keys of a place's sums that are not candidates' votes.
_NOT_VOTES = frozenset({K_BALLOTS, K_REGISTERED})


def places_of(
    tally: Tally, by_place: dict[int, Sums], turnout: Turnout, labels: list[str]
) -> list[PlaceResult]:
    """One `PlaceResult` per place of the contest, with the place's turnout when known.

    ``labels[place]`` is the place's precinct label as the file first wrote it.
    """
    out: list[PlaceResult] = []
    for place in sorted(by_place):
        county = turnout.county_of[place]
        result = PlaceResult(tally.counties.get(county, ""), labels[place])
        for cand, votes in by_place[place].items():
            if cand == K_WRITE_IN:
                result.write_in_votes += votes
            elif not cand.startswith("\x00") and cand not in _NOT_VOTES:
                name = tally.names.get(cand, [cand])[0]
                result.votes[name] = result.votes.get(name, 0) + votes
        own = turnout.places.get(place, {})
        result.ballots_cast = own.get(K_BALLOTS)
        result.registered_voters = own.get(K_REGISTERED)
        out.append(result)
    return out
