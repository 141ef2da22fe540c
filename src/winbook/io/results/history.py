"""An election-history row from a contest of a results file. No Qt."""

from __future__ import annotations

import re
from pathlib import Path

from winbook.domain.model import CycleType, PastElection, Stage
from winbook.io.results.model import Contest, ResultsFile

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\d{4})?(?!\d)")


def guess_year(path: str | Path) -> int | None:
    """The election year from a file name like ``20221108__ga__general__...csv``."""
    m = _YEAR.search(Path(path).name)
    return int(m.group(1)) if m else None


def guess_stage(path: str | Path) -> Stage:
    return Stage.PRIMARY if "primary" in Path(path).name.casefold() else Stage.GENERAL


def history_row(
    contest: Contest,
    results_file: ResultsFile,
    seats: int | None,
    year: int,
    cycle: CycleType,
    *,
    stage: Stage = Stage.GENERAL,
) -> PastElection:
    """One election-history row from a picked contest of a results file.

    Registration, ballots cast and roll-off are the contest's own (summed over its precincts),
    never the file's totals. The seats are the file's vote-for number when it has a usable one,
    else ``seats``.
    """
    used = max(contest.seats_for(seats) or 1, 1)
    winners = contest.winners(used)
    note = f"{contest.label}, from {results_file.source}"
    if contest.counties:
        note += f" ({', '.join(contest.counties)})"
    return PastElection(
        year=year,
        cycle=cycle,
        stage=stage,
        registered=contest.registered_voters,
        ballots_cast=contest.ballots_cast,
        contest_votes=contest.total_votes,
        contest_ballots=contest.contest_ballots,
        winner_votes=winners[0].votes if winners else None,
        last_winner_votes=contest.last_winner_votes(used),
        first_loser_votes=contest.first_loser_votes(used),
        seats=used,
        note=note,
        candidates=contest.named_candidates,
        roll_off_pct=contest.roll_off_pct(used),
    )
