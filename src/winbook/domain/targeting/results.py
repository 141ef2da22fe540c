"""What targeting gives: each precinct's figures, tier and doors, and the totals."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from winbook.domain.explain import Step
from winbook.domain.path import PathResult
from winbook.domain.targeting.places import DOOR_CHANNELS, TIERS, place_name


@dataclass
class PrecinctTarget:
    county: str
    precinct: str  # the label of the latest election it appears in
    geographic: bool
    kind: str  # "" for a place on a map, else what it is ("absentee", "early voting"...)
    years: list[int] = field(default_factory=list)
    elections: int = 0  # how many of the imported elections it appears in
    latest: bool = False  # appears in the latest election
    ballots_cast: int | None = None  # summed over the elections it appears in
    registered_voters: int | None = None
    contest_votes: int = 0  # summed over the elections it appears in
    expected_votes: Fraction = Fraction(0)  # contest votes per election it appears in
    share_pct: float | None = None  # of all the contest's votes (every row, every election)
    turnout_pct: float | None = None
    support: dict[str, float | None] = field(default_factory=dict)  # reference contest -> %
    support_pct: float | None = None
    turnout_index: float | None = None
    tier: str = ""
    doors: int = 0
    #: Why a place on the map gets no doors, when it gets none ("" otherwise).
    note: str = ""

    @property
    def name(self) -> str:
        return place_name(self.county, self.precinct)


@dataclass
class TargetingResult:
    precincts: list[PrecinctTarget] = field(default_factory=list)  # by expected votes, highest
    reference_contests: list[str] = field(default_factory=list)
    reference_support: dict[str, float | None] = field(default_factory=dict)  # jurisdiction's
    contest_votes: int = 0
    non_geographic_votes: int = 0
    non_geographic_by_kind: dict[str, int] = field(default_factory=dict)
    door_contacts: int | None = None
    doors_given: int = 0
    turnout_rate_pct: float | None = None  # the jurisdiction's, over places with both figures
    unmatched: list[PrecinctTarget] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def non_geographic_pct(self) -> float | None:
        if not self.contest_votes:
            return None
        return 100 * self.non_geographic_votes / self.contest_votes

    def tier_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(TIERS, 0)
        for p in self.precincts:
            if p.tier in counts:
                counts[p.tier] += 1
        return counts


def door_contacts(path: PathResult) -> int | None:
    """The plan's door contacts: the door channels' share of the path to victory."""
    if path.contacts is None:
        return None
    return sum(c.contacts for c in path.channels if c.channel in DOOR_CHANNELS)
