"""What a results file adds up to: contests, their candidates and the file's totals. No Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from winbook.errors import WinbookError

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

#: A raw cell: the csv reader gives str, calamine str, int, float, bool or a date. `Any` on
#: purpose: this is the million-row loop, which tests each cell's type itself (``type(v) is
#: int``) where it matters; a union would only add isinstance checks the loop already does.
Cell = Any


class Cancelled(WinbookError):  # noqa: N818 (the name the brief asks for)
    """The user stopped the reading."""

    def __init__(self, message: str = "Reading the results file was cancelled.") -> None:
        super().__init__(message)


def tick(progress: ProgressFn | None, cancel: CancelFn | None, done: int, total: int) -> None:
    """Report progress and honour a cancel request (called every few thousand rows)."""
    if cancel is not None and cancel():
        raise Cancelled()
    if progress is not None:
        progress(min(done, total), total)


@dataclass
class CandidateResult:
    name: str
    party: str
    votes: int
    withdrawn: bool = False  # "Brian D. Bower - Withdrawn 10/19/2011"


@dataclass
class PlaceResult:
    """A contest's votes in one place: a precinct, or a pseudo-precinct (absentee, one-stop...).

    Only precinct rows count here (a county's "Total" rows are not a place).
    """

    county: str
    precinct: str
    #: Votes by candidate (display name, as in `Contest.candidates`).
    votes: dict[str, int] = field(default_factory=dict)
    write_in_votes: int = 0
    #: The place's ballots cast and registered voters, when the file has them.
    ballots_cast: int | None = None
    registered_voters: int | None = None

    @property
    def total_votes(self) -> int:
        """Votes for candidates plus write-ins (over/under votes are not votes)."""
        return sum(self.votes.values()) + self.write_in_votes


@dataclass
class Contest:
    office: str
    district: str
    counties: list[str] = field(default_factory=list)
    candidates: list[CandidateResult] = field(default_factory=list)  # highest first
    write_in_votes: int = 0
    over_votes: int = 0
    under_votes: int = 0
    #: "Ballots Cast" rows inside this contest (ballots with a vote in it), if any.
    contest_ballots: int | None = None
    #: Ballots cast in the contest's own precincts (keyed on county and precinct).
    ballots_cast: int | None = None
    #: Registered voters of the contest's own precincts.
    registered_voters: int | None = None
    #: The file's vote_for column (the seats, for most offices), if it has one.
    vote_for: int | None = None
    #: The office elects more people than its vote-for number (a PA minority inspector).
    elects_more: bool = False
    #: Sums per (county, precinct) in file order, when the read asked for them.
    places: list[PlaceResult] = field(default_factory=list)

    @property
    def total_votes(self) -> int:
        """Votes for candidates plus write-ins (over/under votes are not votes)."""
        return sum(c.votes for c in self.candidates) + self.write_in_votes

    @property
    def label(self) -> str:
        return f"{self.office} {self.district}".strip() if self.district else self.office

    @property
    def named_candidates(self) -> int:
        """Named candidates on the ballot: write-in lines and withdrawn zero-vote names left out."""
        return sum(1 for c in self.candidates if c.votes or not c.withdrawn)

    def seats_for(self, asked: int | None) -> int | None:
        """The seats to use: the file's vote-for number when it can be trusted, else ``asked``."""
        if self.vote_for is not None and not self.elects_more:
            return self.vote_for
        return asked

    def roll_off_pct(self, seats: int | None) -> float | None:
        """Per cent of the ballots cast in the contest's precincts that skipped the contest."""
        if not self.ballots_cast:
            return None
        if self.contest_ballots is not None:
            voted: float = self.contest_ballots
        elif seats:
            voted = self.total_votes / seats
        else:
            return None
        if voted > self.ballots_cast:  # more votes than ballots: the figures do not fit
            return None
        return round(100 * (1 - voted / self.ballots_cast), 1)

    def winners(self, seats: int | None) -> list[CandidateResult]:
        """The top ``seats`` vote-getters (candidates are kept highest first)."""
        return self.candidates[: max(seats or 0, 0)]

    def last_winner_votes(self, seats: int | None) -> int | None:
        won = self.winners(seats)
        return won[-1].votes if won else None

    def first_loser_votes(self, seats: int | None) -> int | None:
        """Votes of the best candidate who did not win; None when nobody lost."""
        if seats is None or seats < 0 or len(self.candidates) <= seats:
            return None
        return self.candidates[seats].votes


@dataclass
class ResultsFile:
    source: str
    contests: list[Contest] = field(default_factory=list)
    registered_voters: int | None = None
    ballots_cast: int | None = None
    warnings: list[str] = field(default_factory=list)
    counties: list[str] = field(default_factory=list)
    precincts: int = 0
    rows: int = 0
    #: When an office or district filter matched nothing: the closest contest names.
    closest: list[str] = field(default_factory=list)

    def find(self, office: str, district: str = "") -> Contest | None:
        for contest in self.contests:
            if contest.office == office and contest.district == district:
                return contest
        return None
