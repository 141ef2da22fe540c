"""Running sums for one contest, and the turnout of each precinct, kept while streaming. No Qt.

Precinct rows and "Total" rows are summed apart; at the end each county uses its precinct rows
when it has any, and its total rows only when it has none: never both. Places are keyed on
(county, precinct), never on the precinct alone: "Absentee" repeats in every county.
"""

from __future__ import annotations

from winbook.io.results.model import Cell
from winbook.io.results.notes import Notes

#: The county key of rows that total all counties ("Total" in the county column).
ALL_COUNTIES = "\x00all-counties"
#: The precinct key of a county's total rows.
TOTAL_ROW = "\x00total-row"
#: A read remembers at most this many places (a hostile file cannot fill memory); contests in
#: places past the limit get no turnout figures.
MAX_PLACES = 1_000_000

Sums = dict[str, int]


class Tally:
    """Sums for one contest (or the file's pseudo-contests), kept per county."""

    __slots__ = ("by_place", "cache", "counties", "detail", "district", "last_place", "names",
                 "office", "places", "vote_for")  # fmt: skip

    def __init__(self, office: str, district: str) -> None:
        self.office = office
        self.district = district
        # county key -> (precinct sums, total-row sums) by candidate key
        self.detail: dict[str, tuple[Sums, Sums]] = {}
        self.names: dict[str, list[str]] = {}  # candidate key -> [display name, parties...]
        self.counties: dict[str, str] = {}  # county key -> display
        self.cache: dict[tuple[Cell, Cell], tuple[str, str, str]] = {}  # raw cells -> candidate
        self.places: set[int] = set()  # ids of its places (precincts) with rows
        self.last_place = -1
        self.vote_for: set[int] = set()
        #: Sums per place (precinct rows only), kept when the reader is asked for precincts.
        self.by_place: dict[int, Sums] | None = None

    @property
    def label(self) -> str:
        return f"{self.office} {self.district}".strip() or "Registered voters and ballots cast"

    def add(
        self,
        county: str,
        county_label: str,
        total: bool,
        cand: str,
        votes: int,
        place: int | None = None,
    ) -> None:
        slot = self.detail.get(county)
        if slot is None:
            slot = self.detail[county] = ({}, {})
            if county_label:
                self.counties[county] = county_label
        sums = slot[1] if total else slot[0]
        sums[cand] = sums.get(cand, 0) + votes
        if place is not None and place != self.last_place:  # rows of a place come in runs
            self.last_place = place
            self.places.add(place)
        if self.by_place is not None and place is not None:
            own = self.by_place.get(place)
            if own is None:
                own = self.by_place[place] = {}
            own[cand] = own.get(cand, 0) + votes

    def merged(self, notes: Notes) -> Sums:
        """The contest's sums: precinct rows where a county has them, else its total rows."""
        out: Sums = {}
        for county in self.detail:
            for key, votes in self.county_sums(county, notes).items():
                out[key] = out.get(key, 0) + votes
        return out

    def county_sums(self, county: str, notes: Notes | None = None) -> Sums:
        precincts, totals = self.detail.get(county, ({}, {}))
        if county == ALL_COUNTIES and len(self.detail) > 1:
            if notes is not None:
                notes.group("all_county", self.label)
            return {}
        if precincts and totals and notes is not None:
            same = all(precincts.get(k, 0) == v for k, v in totals.items())
            where = self.counties.get(county, "")
            name = f"{self.label} in {where}" if where else self.label
            notes.group("totals_match" if same else "totals_differ", name)
        return precincts or totals


class Turnout:
    """Registered voters and ballots cast of each place, from the file's pseudo-contests."""

    def __init__(self, file_tally: Tally) -> None:
        self.file_tally = file_tally  # county sums (and the file's totals)
        self.ids: dict[str, dict[str, int]] = {}  # county key -> precinct key -> place id
        self.county_of: list[str] = []  # place id -> county key
        self.places: dict[int, Sums] = {}
        self.overflow = False  # more places than MAX_PLACES: no contest's turnout is whole

    @property
    def count(self) -> int:
        return len(self.county_of)

    def place(self, county: str, precinct: str) -> int | None:
        """The id of a precinct place (None past the limit); total rows are not places."""
        ids = self.ids.get(county)
        if ids is None:
            ids = self.ids[county] = {}
        place = ids.get(precinct)
        if place is None:
            if len(self.county_of) >= MAX_PLACES:
                self.overflow = True
                return None
            place = ids[precinct] = len(self.county_of)
            self.county_of.append(county)
        return place

    def add(self, place: int, kind: str, votes: int) -> None:
        sums = self.places.get(place)
        if sums is None:
            sums = self.places[place] = {}
        sums[kind] = sums.get(kind, 0) + votes

    def own(self, tally: Tally, kind: str) -> tuple[int | None, bool]:
        """``kind`` summed over the contest's own places; (None, True) when only partly known."""
        if self.overflow:
            return None, True
        values: list[int | None] = []
        by_county: dict[str, set[int]] = {}
        for place in tally.places:
            by_county.setdefault(self.county_of[place], set()).add(place)
        for county, places in by_county.items():
            values.extend(self._county_values(county, places, kind))
        for county, (precincts, _totals) in tally.detail.items():
            if county == ALL_COUNTIES and len(tally.detail) > 1:
                continue
            if not precincts:  # only total rows here: the county's own figure
                values.append(self.file_tally.county_sums(county).get(kind))
        known = [v for v in values if v is not None]
        if not known:  # partly known when the file has the figure for its counties
            return None, any(kind in self.file_tally.county_sums(c) for c in tally.detail)
        if len(known) < len(values):
            return None, True
        return sum(known), False

    def _county_values(self, county: str, places: set[int], kind: str) -> list[int | None]:
        values = [self.places.get(p, {}).get(kind) for p in places]
        if any(v is not None for v in values):
            return values
        # no figure for any of its precincts: a contest that covers every place of the county
        # takes the county's figure (a file whose turnout rows are county totals)
        if len(places) >= len(self.ids.get(county, ())):
            return [self.file_tally.county_sums(county).get(kind)]
        return values
