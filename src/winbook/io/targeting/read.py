"""Results files in, for precinct targeting: one contest's votes in each place. No Qt.

Reuses the results reader (`winbook.io.results`) with its per-precinct sums; checks that every
file has the contest and that the files come from one place, before anything is kept, so a bad
file leaves nothing half imported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from winbook.domain.model import PrecinctVotes, TargetingElection
from winbook.domain.targeting import TargetingError, check_same_place
from winbook.io.results import ResultsFile, guess_year, read_results
from winbook.io.results.match import closest, pick
from winbook.io.results.model import CancelFn, ProgressFn

#: The state code of an OpenElections file name ("20191105__nc__general__precinct.csv").
_STATE = re.compile(r"^\d{8}__([a-z]{2})__", re.IGNORECASE)


def state_of(path: str | Path) -> str:
    """The two-letter state of an OpenElections file name, "" when the name does not say."""
    m = _STATE.match(Path(path).name)
    return m.group(1).upper() if m else ""


def read_election(
    path: str | Path,
    office: str,
    district: str = "",
    county: str = "",
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> TargetingElection:
    """The contest ``office`` (and ``district``) of one results file, place by place."""
    path = Path(path)
    results = read_results(
        path, office=office, district=district or None, county=county or None, precincts=True,
        progress=progress, cancel=cancel,
    )  # fmt: skip
    return election_from(results, path, office, district)


def election_from(
    results: ResultsFile, path: Path, office: str, district: str = ""
) -> TargetingElection:
    """The first contest ``results`` matched, as a `TargetingElection` (an error when none)."""
    if not results.contests:
        asked = f"{office} {district}".strip()
        closest = f"; the closest are: {'; '.join(results.closest)}" if results.closest else ""
        raise TargetingError(f"{path.name} has no contest {asked!r}{closest}.")
    contest = results.contests[0]
    parties = {c.name: c.party for c in contest.candidates if c.party}
    places = [
        PrecinctVotes(
            p.county,
            p.precinct,
            dict(p.votes),
            p.write_in_votes,
            p.ballots_cast,
            p.registered_voters,
        )
        for p in contest.places
    ]
    return TargetingElection(path.name, guess_year(path), contest.label, parties, places)


def pick_election(
    results: ResultsFile, path: Path, office: str, district: str = ""
) -> TargetingElection:
    """The contest ``office`` (and ``district``) of an already-read file, matched as
    ``read_results`` matches it (office names drift between years)."""
    items = [(c.office, c.district) for c in results.contests]
    found = pick(items, office, district or None)
    chosen = ResultsFile(source=results.source, contests=[results.contests[i] for i in found[:1]])
    if not found:
        chosen.closest = closest(items, office, district or None)
    return election_from(chosen, path, office, district)


def check_states(paths: Sequence[str | Path]) -> None:
    """Refuse files whose names say they come from different states."""
    states = {state_of(p): Path(p).name for p in paths if state_of(p)}
    if len(states) > 1:
        shown = " and ".join(f"{name} ({state})" for state, name in sorted(states.items()))
        raise TargetingError(
            f"The files come from different states ({shown}); import results of one "
            "jurisdiction only."
        )


def read_elections(
    paths: Sequence[str | Path],
    office: str,
    district: str = "",
    county: str = "",
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> list[TargetingElection]:
    """Every file's contest, all or nothing: the first file without it stops the import."""
    check_states(paths)
    elections = [read_election(p, office, district, county, progress, cancel) for p in paths]
    check_same_place(elections)
    return elections
