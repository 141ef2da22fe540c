"""Where the votes are: precinct targeting from past results (domain.md §8). No Qt.

Places are keyed on (county, precinct) and matched across elections by their normalised label
("27_CREEKSIDE ELEMENTARY" in 2011 is "27" in 2015). Absentee, provisional, transfer and
early-voting-site rows are not places on a map: they stay in the totals, are never given
doors, and their share of the vote is stated. Each precinct gets a support index (the share
won by the reference candidates, averaged over the reference contests), a turnout index (its
turnout rate over the jurisdiction's), a tier, and a share of the plan's door contacts by
expected votes and tier that adds up exactly (largest remainder, as the weekly contacts do).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from winbook.domain.explain import Step, fmt_int, frac
from winbook.domain.model import (
    Channel,
    PrecinctVotes,
    SectionStatus,
    TargetingElection,
    TargetingSettings,
)
from winbook.domain.path import PathResult, apportion, plural
from winbook.errors import WinbookError

BASE, PERSUASION, LOW = "base", "persuasion", "low priority"
TIERS = (BASE, PERSUASION, LOW)
DOOR_CHANNELS = frozenset({Channel.DOORS_DENSE, Channel.DOORS_SUBURBAN})

_SITE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\babs(?:entee)?\b|\bmail\b|\bby[\s-]mail\b"), "absentee"),
    (re.compile(r"\bprov(?:isional)?s?\b"), "provisional"),
    (re.compile(r"\btransfers?\b"), "transfer"),
    (re.compile(r"\bcurbside\b"), "curbside"),
    (re.compile(r"^(?:one[\s-]?stop|os|ev|early[\s-]vot(?:e|ing)|advance(?:d)?[\s-]vot\w*)\b"),
     "early voting"),
    (re.compile(r"\bearly[\s-]vot(?:e|ing)\b|\bone[\s-]?stop\b"), "early voting"),
)  # fmt: skip
#: An early-voting site's own name after its marker ("OS BOE" -> "BOE").
_SITE_PREFIX = re.compile(r"^(?:one[\s-]?stop|os|ev|early[\s-]vot(?:e|ing))\s+(.+)$")
_CODE = re.compile(r"^([^_]+)_.+$")  # "CC01_CROSS CREEK 01" -> "CC01"
_LEADING_ZEROS = re.compile(r"(?<!\d)0+(?=\d)")


class TargetingError(WinbookError):
    """The results cannot be targeted as asked (one sentence saying what to do)."""


def site_kind(label: str) -> str:
    """What a pseudo-precinct label stands for ("absentee", "early voting"...), "" for a place."""
    low = " ".join(label.casefold().split())
    for pattern, kind in _SITE_PATTERNS:
        if pattern.search(low):
            return kind
    return ""


def normal_label(label: str) -> str:
    """The label precincts are matched on across elections: its code, case and zeros folded."""
    text = " ".join(label.casefold().split())
    m = _CODE.match(text)
    if m:
        text = m.group(1).strip()
    return _LEADING_ZEROS.sub("", text)


def pct(x: float, digits: int = 0) -> str:
    """A share as the window shows it: "94%", "61.2%"."""
    return f"{x:.{digits}f}%"


def place_name(county: str, precinct: str) -> str:
    """How a place is named in settings and lists: "ORANGE|BOE"."""
    return f"{county}|{precinct}"


# --------------------------------------------------------------------------- results


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


# --------------------------------------------------------------------------- checks


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


# --------------------------------------------------------------------------- compute


@dataclass
class _Place:
    county: str
    label: str
    kinds: set[str] = field(default_factory=set)
    rows: dict[int, PrecinctVotes] = field(default_factory=dict)  # election index -> figures


def compute_targeting(settings: TargetingSettings, doors: int | None) -> TargetingResult:
    """Every precinct's figures, tier and doors (``doors``: the plan's door contacts)."""
    elections = sorted(settings.elections, key=lambda e: (e.year or 0, e.source))
    result = TargetingResult(door_contacts=doors)
    if not elections:
        return result
    result.years = sorted({e.year for e in elections if e.year is not None})
    places = _match_places(elections, settings)
    refs = _reference_contests(elections, settings.references)
    result.reference_contests = [label for label, _, _ in refs]
    latest = len(elections) - 1
    for key, place in places.items():
        target = _target(key, place, elections, refs, latest)
        result.precincts.append(target)
        result.contest_votes += target.contest_votes
        if not target.geographic:
            result.non_geographic_votes += target.contest_votes
            kind = target.kind or "other"
            result.non_geographic_by_kind[kind] = (
                result.non_geographic_by_kind.get(kind, 0) + target.contest_votes
            )
    _shares(result, elections, refs)
    _tiers(result, settings)
    _doors(result, settings)
    _notes(result, elections[-1])
    result.precincts.sort(
        key=lambda p: (not p.geographic, -float(p.expected_votes), p.name.casefold())
    )
    result.unmatched = [
        p for p in result.precincts if p.geographic and p.elections < len(elections)
    ]
    _explain(result, settings, len(elections))
    if len(elections) == 1 and result.non_geographic_by_kind.get("early voting") is None:
        _maybe_unmarked_sites(result)
    return result


def _maybe_unmarked_sites(result: TargetingResult) -> None:
    """One file without a marked early-voting site: its sites may be written as bare names."""
    if any(p.kind == "absentee" for p in result.precincts):
        result.warnings.append(
            "This file marks absentee rows but no early-voting site: if some rows are "
            "early-voting sites written by name (as Orange County, NC did in 2019), mark them "
            "as not places, or import more years so Winbook can recognize them."
        )


def _match_places(
    elections: Sequence[TargetingElection], settings: TargetingSettings
) -> dict[tuple[str, str], _Place]:
    marked = {n.casefold() for n in settings.not_geographic}
    sites = _site_names(elections)
    places: dict[tuple[str, str], _Place] = {}
    for i, e in enumerate(elections):
        for row in e.places:
            key = (row.county.casefold(), normal_label(row.precinct))
            place = places.get(key)
            if place is None:
                place = places[key] = _Place(row.county, row.precinct)
            place.label = row.precinct  # the latest label names it
            kind = site_kind(row.precinct)
            if not kind and key in sites:
                kind = "early voting"
            if not kind and place_name(row.county, row.precinct).casefold() in marked:
                kind = "marked not a place"
            if kind:
                place.kinds.add(kind)
            if i in place.rows:  # the same place twice in one file (label variants)
                place.rows[i] = _merge(place.rows[i], row)
            else:
                place.rows[i] = row
    return places


def _site_names(elections: Sequence[TargetingElection]) -> set[tuple[str, str]]:
    """Early-voting sites written without their marker in some year ("BOE" for "OS BOE")."""
    names: set[tuple[str, str]] = set()
    for e in elections:
        for row in e.places:
            m = _SITE_PREFIX.match(" ".join(row.precinct.casefold().split()))
            if m:
                names.add((row.county.casefold(), normal_label(m.group(1))))
    return names


def _merge(a: PrecinctVotes, b: PrecinctVotes) -> PrecinctVotes:
    votes = dict(a.votes)
    for name, n in b.votes.items():
        votes[name] = votes.get(name, 0) + n
    return PrecinctVotes(
        a.county,
        a.precinct,
        votes,
        a.write_in_votes + b.write_in_votes,
        _add(a.ballots_cast, b.ballots_cast),
        _add(a.registered_voters, b.registered_voters),
    )


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


RefContest = tuple[str, int, list[str]]  # label, election index, candidate names


def _reference_contests(
    elections: Sequence[TargetingElection], refs: Sequence[str]
) -> list[RefContest]:
    out: list[RefContest] = []
    for i, e in enumerate(elections):
        names = _reference_names(e, refs)
        if names:
            when = str(e.year) if e.year is not None else e.source
            out.append((f"{when}: {' + '.join(names)}", i, names))
    return out


def _votes(row: PrecinctVotes) -> int:
    return sum(row.votes.values()) + row.write_in_votes


def _target(
    key: tuple[str, str],
    place: _Place,
    elections: Sequence[TargetingElection],
    refs: Sequence[RefContest],
    latest: int,
) -> PrecinctTarget:
    kind = sorted(place.kinds)[0] if place.kinds else ""
    rows = place.rows
    t = PrecinctTarget(place.county, place.label, geographic=not kind, kind=kind)
    t.years = sorted({y for i in rows if (y := elections[i].year) is not None})
    t.elections = len(rows)
    t.latest = latest in rows
    t.contest_votes = sum(_votes(r) for r in rows.values())
    t.expected_votes = Fraction(t.contest_votes, len(rows))
    ballots = [r.ballots_cast for r in rows.values()]
    registered = [r.registered_voters for r in rows.values()]
    t.ballots_cast = sum(b for b in ballots if b is not None) if None not in ballots else None
    t.registered_voters = (
        sum(r for r in registered if r is not None) if None not in registered else None
    )
    if t.ballots_cast is not None and t.registered_voters:
        t.turnout_pct = 100 * t.ballots_cast / t.registered_voters
    shares: list[float] = []
    for label, i, names in refs:
        row = rows.get(i)
        share = None
        if row is not None and _votes(row):
            share = 100 * sum(row.votes.get(n, 0) for n in names) / _votes(row)
            shares.append(share)
        t.support[label] = share
    t.support_pct = sum(shares) / len(shares) if shares else None
    return t


def _shares(
    result: TargetingResult, elections: Sequence[TargetingElection], refs: Sequence[RefContest]
) -> None:
    total = result.contest_votes
    ballots = registered = 0
    for p in result.precincts:
        p.share_pct = 100 * p.contest_votes / total if total else None
        if p.geographic and p.ballots_cast is not None and p.registered_voters:
            ballots += p.ballots_cast
            registered += p.registered_voters
    if registered and ballots:
        rate = result.turnout_rate_pct = 100 * ballots / registered
        for p in result.precincts:
            if p.turnout_pct is not None and p.geographic:
                p.turnout_index = p.turnout_pct / rate
    for label, i, names in refs:
        rows = elections[i].places
        votes = sum(_votes(r) for r in rows)
        won = sum(r.votes.get(n, 0) for r in rows for n in names)
        result.reference_support[label] = 100 * won / votes if votes else None


def _tiers(result: TargetingResult, s: TargetingSettings) -> None:
    if s.persuasion_pct > s.base_pct:
        result.warnings.append(
            f"The persuasion threshold ({pct(s.persuasion_pct)}) is above the base threshold "
            f"({pct(s.base_pct)}), so no precinct can be a persuasion precinct; set persuasion "
            "below base."
        )
    for p in result.precincts:
        if not p.geographic or p.support_pct is None:
            continue
        if p.support_pct >= s.base_pct:
            p.tier = BASE
        elif p.support_pct >= s.persuasion_pct:
            p.tier = PERSUASION
        else:
            p.tier = LOW


def _weight(p: PrecinctTarget, s: TargetingSettings, rated: bool) -> Fraction:
    if not rated:
        return Fraction(1)
    tier_weight = {
        PERSUASION: Fraction(1),
        BASE: frac(max(s.base_door_weight_pct, 0)) / 100,
        LOW: frac(max(s.low_door_weight_pct, 0)) / 100,
    }
    return tier_weight.get(p.tier, Fraction(0))


def _doors(result: TargetingResult, s: TargetingSettings) -> None:
    total = result.door_contacts
    if not total:
        return
    eligible = [p for p in result.precincts if p.geographic and p.latest and p.expected_votes > 0]
    if not eligible:
        result.warnings.append(
            "No precinct of the latest election is a place on a map, so no doors are shared out."
        )
        return
    rated = bool(result.reference_contests)
    weights = [p.expected_votes * _weight(p, s, rated) for p in eligible]
    if not any(weights):
        result.warnings.append(
            "Every precinct is in a tier with a door weight of 0%, so the doors are shared by "
            "expected votes alone; raise a tier's door weight to aim them."
        )
        weights = [p.expected_votes for p in eligible]
    for p, n in zip(eligible, apportion(total, weights), strict=True):
        p.doors = n
    result.doors_given = total


def _notes(result: TargetingResult, latest: TargetingElection) -> None:
    """Say in the row why a place on the map gets no doors."""
    when = f"the {latest.year} results" if latest.year is not None else "the latest results"
    for p in result.precincts:
        if not p.geographic or p.doors:
            continue
        if not p.latest:
            p.note = f"not in {when} (merged, split or renamed?), so no doors"
        elif p.expected_votes == 0:
            p.note = "no votes in the contest, so no doors"
        elif result.doors_given:
            p.note = "its tier's door weight is 0%"


def _explain(result: TargetingResult, s: TargetingSettings, n_elections: int) -> None:
    years = ", ".join(map(str, result.years)) or "no year in the file names"
    geo = [p for p in result.precincts if p.geographic]
    result.steps.append(
        Step(
            f"{plural(n_elections, 'election')} imported ({years}): "
            f"{plural(len(geo), 'precinct')} on the map, keyed on county and precinct and "
            "matched across years by their label.",
            "ncec_targeting",
        )
    )
    share = result.non_geographic_pct
    if share is not None:
        kinds = ", ".join(
            f"{k} {fmt_int(v)}" for k, v in sorted(result.non_geographic_by_kind.items())
        )
        result.steps.append(
            Step(
                f"Not places on a map: {fmt_int(result.non_geographic_votes)} of "
                f"{fmt_int(result.contest_votes)} votes ({pct(share)}"
                f"{': ' + kinds if kinds else ''}); the precinct rows hold the other "
                f"{pct(100 - share)}, and these rows get no doors.",
                "ncec_targeting",
            )
        )
    if result.reference_contests:
        result.steps.append(
            Step(
                "Support: the reference candidates' share of each precinct's votes, averaged "
                f"over {plural(len(result.reference_contests), 'reference contest')} "
                f"({'; '.join(result.reference_contests)}). Base at "
                f"{pct(s.base_pct, 0)} or more, persuasion from "
                f"{pct(s.persuasion_pct, 0)}, "
                "low priority below.",
                "targeting_tiers",
            )
        )
    else:
        result.steps.append(
            Step(
                "No reference candidate picked yet, so no support index or tier: pick the "
                "candidates (or party) whose results stand for a candidate like you.",
                "ncec_targeting",
            )
        )
    if result.turnout_rate_pct is None:
        result.steps.append(
            Step(
                "These files have no registration and ballots per precinct, so there is no "
                "turnout rate or turnout index.",
                "ncec_targeting",
            )
        )
    if result.door_contacts:
        how = (
            "expected votes × tier weight (persuasion 100%, base "
            f"{pct(s.base_door_weight_pct)}, low priority {pct(s.low_door_weight_pct)})"
            if result.reference_contests
            else "expected votes alone (no tiers without a reference candidate)"
        )
        result.steps.append(
            Step(
                f"Doors: the plan's {fmt_int(result.door_contacts)} door contacts shared over "
                f"the precincts of the latest election by {how}: expected votes are a "
                "precinct's contest votes per election it appears in; whole numbers that add "
                "up exactly.",
                "targeting_doors",
            )
        )
    elif result.door_contacts is None:
        result.steps.append(
            Step(
                "Doors: the path to victory has no door contacts yet; fill in the win number "
                "and the path to share them out.",
                "targeting_doors",
            )
        )


# --------------------------------------------------------------------------- chart


@dataclass(frozen=True)
class ChartPoint:
    label: str
    support_pct: float  # x
    y: float  # the turnout index, else votes per election
    votes: float  # bubble size: expected votes
    tier: str


@dataclass
class TargetingChartData:
    points: list[ChartPoint] = field(default_factory=list)
    y_title: str = ""
    base_pct: float = 65.0
    persuasion_pct: float = 35.0
    empty_text: str = ""
    note: str = ""


def chart_data(result: TargetingResult, settings: TargetingSettings) -> TargetingChartData:
    """Precincts by support (x) and turnout (y), sized by votes: what the page and packet draw."""
    data = TargetingChartData(base_pct=settings.base_pct, persuasion_pct=settings.persuasion_pct)
    geo = [p for p in result.precincts if p.geographic and p.support_pct is not None]
    if not geo:
        data.empty_text = (
            "Import results and tick a candidate like you to see the precincts by support."
            if result.precincts
            else "Import past precinct results to see where the votes are."
        )
        return data
    by_turnout = all(p.turnout_index is not None for p in geo)
    if by_turnout:
        data.y_title = "Turnout index (1.00 = the jurisdiction's rate)"
    else:
        data.y_title = "Votes per election"
        data.note = "no registration in these files, so the height shows votes"
    for p in geo:
        y = p.turnout_index if by_turnout and p.turnout_index is not None else p.expected_votes
        data.points.append(
            ChartPoint(p.precinct, float(p.support_pct or 0), float(y), float(p.expected_votes),
                       p.tier)
        )  # fmt: skip
    return data


def plan_targeting(settings: TargetingSettings, path: PathResult) -> TargetingResult:
    """The plan's targeting with the path to victory's door contacts (page, packet, workbook)."""
    return compute_targeting(settings, door_contacts(path))


def targeting_status(settings: TargetingSettings) -> tuple[SectionStatus, int]:
    """The navigator mark of the page: empty without results, drafting without a candidate
    like you, ready with both (and how many of the two are missing)."""
    if not settings.elections:
        return SectionStatus.EMPTY, 2
    if not settings.references:
        return SectionStatus.DRAFTING, 1
    return SectionStatus.READY, 0
