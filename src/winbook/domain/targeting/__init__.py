"""Where the votes are: precinct targeting from past results (domain.md §8). No Qt.

Places are keyed on (county, precinct) and matched across elections by their normalised label
("27_CREEKSIDE ELEMENTARY" in 2011 is "27" in 2015). Absentee, provisional, transfer and
early-voting-site rows are not places on a map: they stay in the totals, are never given
doors, and their share of the vote is stated. Each precinct gets a support index (the share
won by the reference candidates, averaged over the reference contests), a turnout index (its
turnout rate over the jurisdiction's), a tier, and a share of the plan's door contacts by
expected votes and tier that adds up exactly (largest remainder, as the weekly contacts do).

The rooms: `places`, `results`, `checks`, `chart`; this module computes the targets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from winbook.domain.explain import Step, fmt_int, frac
from winbook.domain.model import PrecinctVotes, SectionStatus, TargetingElection, TargetingSettings
from winbook.domain.path import PathResult, apportion, plural
from winbook.domain.targeting.chart import ChartPoint, TargetingChartData, chart_data
from winbook.domain.targeting.checks import (
    _reference_names,
    candidates_of,
    check_references,
    check_same_place,
)
from winbook.domain.targeting.places import (
    _SITE_PREFIX,
    BASE,
    DOOR_CHANNELS,
    LOW,
    PERSUASION,
    TIERS,
    TargetingError,
    normal_label,
    pct,
    place_name,
    site_kind,
)
from winbook.domain.targeting.results import PrecinctTarget, TargetingResult, door_contacts

__all__ = [
    "BASE",
    "DOOR_CHANNELS",
    "LOW",
    "PERSUASION",
    "TIERS",
    "ChartPoint",
    "PrecinctTarget",
    "RefContest",
    "TargetingChartData",
    "TargetingError",
    "TargetingResult",
    "candidates_of",
    "chart_data",
    "check_references",
    "check_same_place",
    "compute_targeting",
    "door_contacts",
    "normal_label",
    "pct",
    "place_name",
    "plan_targeting",
    "site_kind",
    "targeting_status",
]


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
