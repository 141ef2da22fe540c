"""Rows in, contests out: the columns of a results file and the aggregation while streaming.

Memory grows with the number of contests, places and candidates, never with the number of
rows. No Qt.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from winbook.errors import InputFileError
from winbook.io.results import match
from winbook.io.results.model import CandidateResult, Cell, Contest, ResultsFile
from winbook.io.results.notes import Notes
from winbook.io.results.places import places_of
from winbook.io.results.tally import ALL_COUNTIES, TOTAL_ROW, Tally, Turnout
from winbook.io.results.text import (
    BALLOTS,
    BLANK_BALLOTS,
    K_BALLOTS,
    K_BLANK,
    K_OVER,
    K_REGISTERED,
    K_TOTAL,
    K_UNDER,
    K_WRITE_IN,
    REGISTERED,
    STRAIGHT,
    classify_candidate,
    clean_text,
    district_key,
    fold_key,
    is_total_place,
    is_withdrawn,
    split_party,
)

# --------------------------------------------------------------------------- columns

_REQUIRED = ("office", "candidate", "votes")
_KNOWN = ("county", "precinct", "office", "district", "party", "candidate", "votes", "vote_for")
_ALIASES = {"votefor": "vote_for", "vote_for_n": "vote_for", "number_to_elect": "vote_for"}
_VOTE_TYPE = re.compile(
    r"votes$|absentee|early|election[ _]?day|provisional|mail|one[ _-]?stop|advance"
)
#: Offices that elect more people than voters vote for, with the vote-for number where they
#: do so (Pennsylvania: the minority inspector, the third county commissioner or auditor).
_ELECTS_MORE = (
    (re.compile(r"\binspectors?\s+of\s+elections?\b|\bminority\s+inspector"), 1),
    (re.compile(r"\bjury\s+commissioners?\b"), 1),
    (re.compile(r"^(?!.*\b(?:dist|district|ward)\b).*\bcounty\s+(?:commissioner|auditor)s?\b"), 2),
)


@dataclass
class Columns:
    index: dict[str, int]
    vote_types: list[int]
    width: int


def _header_name(cell: object) -> str:
    name = clean_text(cell).casefold().replace(" ", "_").lstrip("\ufeff")
    return _ALIASES.get(name, name)


def columns(header: Sequence[object], source: str) -> Columns:
    """The columns of a header row, matched by name; an error naming what is missing."""
    names = [_header_name(c) for c in header]
    index: dict[str, int] = {}
    for i, name in enumerate(names):
        if name in _KNOWN and name not in index:
            index[name] = i
    missing = [n for n in _REQUIRED if n not in index]
    if missing:
        shown = ", ".join(n for n in names[:12] if n) or "none"
        raise InputFileError(
            f"{source} has no {' or '.join(missing)} column, so it is not a precinct results "
            f"file in the OpenElections layout (columns found: {shown})."
        )
    vote_types = [i for i, n in enumerate(names) if n not in _KNOWN and _VOTE_TYPE.search(n)]
    return Columns(index, vote_types, len(names))


# --------------------------------------------------------------------------- filters


@dataclass
class Filter:
    """What to keep: the county filter applies while reading, office and district at the end."""

    office: str | None = None
    district: str | None = None
    county: str | None = None
    exact: bool = False
    #: Keep each contest's sums per (county, precinct) as well (`Contest.places`), for the
    #: contests the office and district filters may pick (all of them without filters).
    precincts: bool = False

    def keep_county(self, county: str) -> bool:
        return not self.county or self.county.casefold() in county.casefold()


#: Where a row is: county key, county label, precinct key, place id (None for total rows).
Place = tuple[str, str, str, int | None]

_STRAIGHT_KIND = "\x00straight"
_BLANK_KIND = "\x00blank"
_FILE = "\x00file"
#: A contest the filters cannot pick, in a read for one contest's precincts: its rows are
#: skipped at once (`Filter.precincts` with an office: targeting reads one contest).
_SKIP = "\x00skip"


# --------------------------------------------------------------------------- reader core


class Reader:
    """Aggregates rows (lists of cells) into contests; one instance per read."""

    def __init__(self, cols: Columns, flt: Filter, notes: Notes) -> None:
        self.cols = cols
        self.flt = flt
        self.notes = notes
        self.tallies: dict[tuple[str, str], Tally] = {}
        self.file_tally = Tally("", "")
        self.turnout = Turnout(self.file_tally)
        self.contest_cache: dict[tuple[str, str], Tally | str] = {}
        self.county_cache: dict[str, tuple[str, str, bool, bool]] = {}
        self.precinct_cache: dict[Cell, str] = {}
        self.place_labels: list[str] = []  # place id -> its precinct label, as first written
        self.keep_labels = flt.precincts  # only when the places are asked for
        self.skipped: dict[tuple[str, str], tuple[str, str]] = {}  # contests never tallied
        self.vote_for_cache: dict[Cell, int | None] = {}
        self.other_counties: dict[tuple[str, str], set[str]] = {}
        self.rows = 0
        ix = cols.index
        self.i_office = ix["office"]
        self.i_cand = ix["candidate"]
        self.i_votes = ix["votes"]
        self.i_county = ix.get("county", -1)
        self.i_precinct = ix.get("precinct", -1)
        self.i_district = ix.get("district", -1)
        self.i_party = ix.get("party", -1)
        self.i_vote_for = ix.get("vote_for", -1)
        self.need = max(self.i_office, self.i_cand, self.i_votes) + 1
        self.width = max(ix.values()) + 1

    # -- per-row -----------------------------------------------------------------------

    def feed(self, row: Sequence[Cell], line: int) -> None:
        self.rows += 1
        if len(row) < self.width:
            if len(row) < self.need:
                if any(c not in (None, "") for c in row):
                    self.notes.add("short", line)
                return
            row = [*row, *([""] * (self.width - len(row)))]
        county_raw = row[self.i_county] if self.i_county >= 0 else ""
        county = self.county_cache.get(county_raw)
        if county is None:
            county = self._county(county_raw)
        ckey, clabel, c_total, c_keep = county
        office_raw = row[self.i_office]
        district_raw = row[self.i_district] if self.i_district >= 0 else ""
        tally = self.contest_cache.get((office_raw, district_raw))
        if tally is None:
            tally = self._contest(office_raw, district_raw)
        if tally is _SKIP:
            return
        if not c_keep:
            if isinstance(tally, Tally):
                self.other_counties.setdefault((tally.office, tally.district), set()).add(clabel)
            return
        votes = self._votes(row, line)
        if votes is None:
            return
        precinct_raw = row[self.i_precinct] if self.i_precinct >= 0 else ""
        precinct = self.precinct_cache.get(precinct_raw)
        if precinct is None:
            precinct = self._precinct(precinct_raw)
        place: int | None = None
        if c_total:
            precinct = TOTAL_ROW
        elif precinct != TOTAL_ROW:
            place = self.turnout.place(ckey, precinct)
            if self.keep_labels and place is not None and place >= len(self.place_labels):
                self.place_labels.append(clean_text(precinct_raw))
        if isinstance(tally, str):
            self._pseudo(tally, row, (ckey, clabel, precinct, place), votes, line)
            return
        party_raw = row[self.i_party] if self.i_party >= 0 else ""
        cand = tally.cache.get((row[self.i_cand], party_raw))
        if cand is None:
            cand = self._candidate(row[self.i_cand], party_raw, tally)
        if cand[0] == K_TOTAL:
            self.notes.add("cand_total", line, cand[1])
            return
        if cand[0] in (K_BALLOTS, K_REGISTERED, K_BLANK):
            self.notes.add("pseudo_in_contest", line, cand[1])
        tally.add(ckey, clabel, precinct == TOTAL_ROW, cand[0], votes, place)
        if self.i_vote_for >= 0:
            self._vote_for(tally, row[self.i_vote_for])

    def _pseudo(self, kind: str, row: Sequence[Cell], where: Place, votes: int, line: int) -> None:
        ckey, clabel, precinct, place = where
        if kind in (_STRAIGHT_KIND, _BLANK_KIND):
            note = "straight" if kind == _STRAIGHT_KIND else "blank"
            self.notes.add(note, line, clean_text(row[self.i_office]))
            return
        if kind == _FILE:  # empty office: the candidate cell says what the row is
            text = clean_text(row[self.i_cand])
            special = classify_candidate(text)
            if special not in (K_REGISTERED, K_BALLOTS):
                self.notes.add("blank" if special == K_BLANK else "short", line, text)
                return
            kind = special
        self.file_tally.add(ckey, clabel, precinct == TOTAL_ROW, kind, votes)
        if place is not None:
            self.turnout.add(place, kind, votes)

    def _vote_for(self, tally: Tally, raw: object) -> None:
        number = self.vote_for_cache.get(raw, -1)
        if number == -1:
            text = clean_text(raw)
            try:
                number = int(float(text)) if text else None
            except ValueError:
                number = None
            if number is not None and not 1 <= number <= 1000:
                number = None
            self._remember(self.vote_for_cache, raw, number)
        if number is not None:
            tally.vote_for.add(number)

    def _votes(self, row: Sequence[Cell], line: int) -> int | None:
        raw = row[self.i_votes]
        kind = type(raw)
        if kind is int:
            return raw if raw >= 0 else self._negative(line, raw)
        if kind is float and raw >= 0 and raw.is_integer():  # workbook cells
            return int(raw)
        if kind is not str:  # other floats (int() would truncate 2.5), None, dates...
            return self._slow_votes(raw, row, line)
        try:
            value = int(raw)
        except (ValueError, TypeError):
            return self._slow_votes(raw, row, line)
        return value if value >= 0 else self._negative(line, value)

    def _negative(self, line: int, value: object) -> int | None:
        self.notes.add("negative", line, str(value))
        return None

    def _slow_votes(self, raw: object, row: Sequence[Cell], line: int) -> int | None:
        if isinstance(raw, float):
            return self._from_float(raw, line, str(raw))
        text = clean_text(raw).replace(",", "")
        if not text:
            return self._from_vote_types(row, line)
        try:
            number = float(text)
        except ValueError:
            self.notes.add("no_votes", line, clean_text(raw)[:40])
            return None
        if not math.isfinite(number):
            self.notes.add("no_votes", line, text[:40])
            return None
        return self._from_float(number, line, text)

    def _from_float(self, number: float, line: int, text: str) -> int | None:
        if not math.isfinite(number):
            self.notes.add("no_votes", line, text[:40])
            return None
        if number < 0:
            self._negative(line, text)
            return None
        if not number.is_integer():
            rounded = int(number + 0.5)
            self.notes.add("fraction", line, f"{text} counted as {rounded}")
            return rounded
        return int(number)

    def _from_vote_types(self, row: Sequence[Cell], line: int) -> int | None:
        total = 0
        seen = False
        for i in self.cols.vote_types:
            if i < len(row):
                text = clean_text(row[i]).replace(",", "")
                try:
                    total += int(float(text)) if text else 0
                    seen = seen or bool(text)
                except (ValueError, OverflowError):
                    continue
        if not seen:
            self.notes.add("no_votes", line, "")
            return None
        self.notes.add("vote_types", line)
        return total

    # -- caches ------------------------------------------------------------------------

    def _county(self, raw: object) -> tuple[str, str, bool, bool]:
        label = clean_text(raw)
        total = is_total_place(label)
        key = ALL_COUNTIES if total else fold_key(label)
        keep = total or self.flt.keep_county(label)
        entry = (key, "" if total else label, total, keep)
        self._remember(self.county_cache, raw, entry)
        return entry

    def _precinct(self, raw: object) -> str:
        label = clean_text(raw)
        key = TOTAL_ROW if is_total_place(label) else label.casefold()
        self._remember(self.precinct_cache, raw, key)
        return key

    def _contest(self, office_raw: object, district_raw: object) -> Tally | str:
        office = clean_text(office_raw)
        district = clean_text(district_raw)
        low = office.casefold()
        result: Tally | str
        if not office:
            result = _FILE
        elif REGISTERED.match(low):
            result = K_REGISTERED
        elif BALLOTS.match(low):
            result = K_BALLOTS
        elif BLANK_BALLOTS.match(low):
            result = _BLANK_KIND
        elif STRAIGHT.match(low):
            result = _STRAIGHT_KIND
        else:
            key = (low, district_key(district))
            result = self.tallies.get(key) or self._new_tally(key, office, district)
        self._remember(self.contest_cache, (office_raw, district_raw), result)
        return result

    def _new_tally(self, key: tuple[str, str], office: str, district: str) -> Tally | str:
        if not self.flt.precincts:
            return self.tallies.setdefault(key, Tally(office, district))
        if self.flt.office and not self._may_pick(office, district):
            self.skipped[key] = (office, district)  # named when nothing matches
            return _SKIP
        tally = self.tallies.setdefault(key, Tally(office, district))
        tally.by_place = {}  # only contests the filters may pick: memory stays small
        return tally

    def _may_pick(self, office: str, district: str) -> bool:
        flt = self.flt
        if flt.office and match.office_level(office, flt.office) is None:
            return False
        return (
            not flt.district or match.district_level((office, district), flt.district) is not None
        )

    def _candidate(self, raw: object, party_raw: object, tally: Tally) -> tuple[str, str, str]:
        name = clean_text(raw)
        party = clean_text(party_raw)
        special = classify_candidate(name)
        if special is not None:
            entry = (special, name, party)
        else:
            name, party = split_party(name, party)
            entry = (name.casefold(), name, party)
        self._remember(tally.cache, (raw, party_raw), entry)
        if special is None:
            info = tally.names.setdefault(entry[0], [name])
            if party and party not in info[1:]:
                info.append(party)
        return entry

    @staticmethod
    def _remember(cache: dict[Cell, Cell], key: object, value: object) -> None:
        if len(cache) > 200_000:  # a hostile file with endless distinct labels
            cache.clear()
        cache[key] = value

    # -- result ------------------------------------------------------------------------

    def result(self, source: str) -> ResultsFile:
        out = ResultsFile(source=source, rows=self.rows, precincts=self.turnout.count)
        tallies = list(self.tallies.values())
        items = [(t.office, t.district) for t in tallies]
        picked = match.pick(items, self.flt.office, self.flt.district, exact=self.flt.exact)
        if not picked and (self.flt.office or self.flt.district):
            out.closest = match.closest(
                [*items, *self.skipped.values()],
                self.flt.office,
                self.flt.district,
                exact=self.flt.exact,
            )
        counties: dict[str, str] = {}
        for i in picked:
            contest = self._contest_result(tallies[i])
            if contest is not None:
                out.contests.append(contest)
                counties.update(tallies[i].counties)
        file_sums = self.file_tally.merged(self.notes)
        counties.update(self.file_tally.counties)
        out.registered_voters = file_sums.get(K_REGISTERED)
        out.ballots_cast = file_sums.get(K_BALLOTS)
        out.counties = sorted(counties.values(), key=str.casefold)
        self._county_warnings(out)
        out.warnings = self.notes.sentences()
        return out

    def _contest_result(self, tally: Tally) -> Contest | None:
        sums = tally.merged(self.notes)
        contest = Contest(office=tally.office, district=tally.district)
        contest.counties = sorted(tally.counties.values(), key=str.casefold)
        contest.write_in_votes = sums.pop(K_WRITE_IN, 0)
        contest.over_votes = sums.pop(K_OVER, 0)
        contest.under_votes = sums.pop(K_UNDER, 0)
        contest.contest_ballots = sums.pop(K_BALLOTS, None)
        inside_registered = sums.pop(K_REGISTERED, None)
        sums.pop(K_TOTAL, None)
        sums.pop(K_BLANK, None)
        for key, votes in sums.items():
            info = tally.names.get(key, [key])
            party = "/".join(info[1:])
            contest.candidates.append(CandidateResult(info[0], party, votes, is_withdrawn(info[0])))
        contest.candidates.sort(key=lambda c: (-c.votes, c.name.casefold()))
        if not contest.candidates and not contest.write_in_votes and not tally.detail:
            return None
        self._own_turnout(contest, tally, inside_registered)
        self._seats(contest, tally)
        if tally.by_place is not None:
            contest.places = places_of(tally, tally.by_place, self.turnout, self.place_labels)
        return contest

    def _own_turnout(self, contest: Contest, tally: Tally, registered: int | None) -> None:
        ballots, partial_b = self.turnout.own(tally, K_BALLOTS)
        own_registered, partial_r = self.turnout.own(tally, K_REGISTERED)
        contest.ballots_cast = ballots
        contest.registered_voters = registered if registered is not None else own_registered
        if partial_b or (partial_r and registered is None):
            self.notes.group("partial_turnout", contest.label)

    def _seats(self, contest: Contest, tally: Tally) -> None:
        if not tally.vote_for:
            return
        contest.vote_for = max(tally.vote_for)
        if len(tally.vote_for) > 1:
            self.notes.group("vote_for_mixed", contest.label)
        low = contest.office.casefold()
        if any(rule.search(low) and contest.vote_for == n for rule, n in _ELECTS_MORE):
            contest.elects_more = True
            self.notes.group("elects_more", contest.label)

    def _county_warnings(self, out: ResultsFile) -> None:
        for contest in out.contests:
            others = self.other_counties.get((contest.office, contest.district))
            if others:
                names = ", ".join(sorted(others, key=str.casefold)[:3])
                more = "" if len(others) <= 3 else f" +{len(others) - 3}"
                self.notes.group("county_filter", f"{contest.label} ({names}{more})")
