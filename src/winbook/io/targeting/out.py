"""The precinct targets out: a CSV a field tool can import, JSON and text (domain.md §8). No Qt."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from winbook import atomic
from winbook.domain.targeting import PrecinctTarget, TargetingResult, pct
from winbook.errors import ExportError
from winbook.jsonvalue import JSONObject

CSV_COLUMNS = ("county", "precinct", "tier", "support_pct", "turnout_index", "doors", "note")


def _number(value: float | None, digits: int) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def targeting_csv(result: TargetingResult) -> str:
    """One row per precinct on the map, most doors first; pseudo-precincts are left out."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    rows = [p for p in result.precincts if p.geographic]
    rows.sort(key=lambda p: (-p.doors, -float(p.expected_votes), p.name.casefold()))
    for p in rows:
        writer.writerow(
            (p.county, p.precinct, p.tier, _number(p.support_pct, 1),
             _number(p.turnout_index, 2), p.doors, p.note)
        )  # fmt: skip
    return out.getvalue()


def write_targeting_csv(result: TargetingResult, path: str | Path) -> None:
    """Write the CSV in one piece (a half-written file never replaces the old one)."""
    atomic.atomic_write_text(Path(path), targeting_csv(result), ExportError)


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def precinct_json(p: PrecinctTarget) -> JSONObject:
    return {
        "county": p.county,
        "precinct": p.precinct,
        "geographic": p.geographic,
        "kind": p.kind,
        "years": p.years,
        "ballots_cast": p.ballots_cast,
        "registered_voters": p.registered_voters,
        "contest_votes": p.contest_votes,
        "expected_votes": round(float(p.expected_votes), 1),
        "share_pct": _round(p.share_pct, 2),
        "turnout_pct": _round(p.turnout_pct, 1),
        "support": {k: _round(v, 1) for k, v in p.support.items()},
        "support_pct": _round(p.support_pct, 1),
        "turnout_index": _round(p.turnout_index, 2),
        "tier": p.tier,
        "doors": p.doors,
        "note": p.note,
    }


def targeting_json(result: TargetingResult) -> JSONObject:
    """What `winbook targeting --json` prints: every place, the totals and the math."""
    return {
        "precincts": [precinct_json(p) for p in result.precincts],
        "totals": {
            "contest_votes": result.contest_votes,
            "non_geographic_votes": result.non_geographic_votes,
            "non_geographic_pct": _round(result.non_geographic_pct, 1),
            "non_geographic_by_kind": result.non_geographic_by_kind,
            "door_contacts": result.door_contacts,
            "doors": result.doors_given,
            "turnout_rate_pct": _round(result.turnout_rate_pct, 1),
            "tiers": result.tier_counts(),
        },
        "years": result.years,
        "reference_contests": {k: _round(v, 1) for k, v in result.reference_support.items()},
        "unmatched": [
            {"county": p.county, "precinct": p.precinct, "years": p.years} for p in result.unmatched
        ],
        "steps": [s.text for s in result.steps],
        "warnings": result.warnings,
    }


def _cell(value: float | None, digits: int = 0, percent: bool = True) -> str:
    if value is None:
        return "–"
    return pct(value, digits) if percent else f"{value:.{digits}f}"


def targeting_text(result: TargetingResult, top: int = 40) -> str:
    """The table a terminal shows: the places on the map, most expected votes first (the
    column shown: votes per election, the figure the rows are sorted by and doors follow)."""
    lines = [s.text for s in result.steps]
    lines += [f"Warning: {w}" for w in result.warnings]
    lines.append("")
    head = f"{'county':<14}{'precinct':<22}{'votes/el.':>10}{'share':>8}{'support':>9}"
    lines.append(f"{head}{'turnout':>9}  {'tier':<13}{'doors':>7}")
    geo = [p for p in result.precincts if p.geographic]
    for p in geo[:top]:
        note = f"  {p.note}" if p.note else ""
        lines.append(
            f"{p.county[:13]:<14}{p.precinct[:21]:<22}{float(p.expected_votes):>10,.0f}"
            f"{_cell(p.share_pct, 1):>8}{_cell(p.support_pct):>9}"
            f"{_cell(p.turnout_index, 2, False):>9}  {p.tier or '–':<13}{p.doors:>7,}{note}"
        )
    if len(result.years) > 1:
        lines.append(
            "votes/el.: the contest's votes per election the precinct appears in (its total "
            "over the years ÷ its elections)."
        )
    if len(geo) > top:
        lines.append(f"… and {len(geo) - top:,} more precincts (--json or --csv lists them all).")
    if result.unmatched:
        shown = ", ".join(
            f"{p.precinct} ({', '.join(map(str, p.years)) or 'no year'})"
            for p in result.unmatched[:12]
        )
        more = f" and {len(result.unmatched) - 12:,} more" if len(result.unmatched) > 12 else ""
        lines.append(f"Not in every election: {shown}{more}.")
    return "\n".join(lines)
