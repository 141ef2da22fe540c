"""Results as JSON and as a text table, for ``winbook results``. No Qt."""

from __future__ import annotations

from collections.abc import Iterable

from winbook.io.results.model import Contest, ResultsFile
from winbook.io.results.notes import name_list
from winbook.jsonvalue import JSONObject


def _plural(count: int, word: str) -> str:  # 1 seat, 2 seats
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def contest_json(contest: Contest, seats: int | None) -> JSONObject:
    """One contest; ``seats`` is what the user asked for (the file's vote_for comes first)."""
    used = contest.seats_for(seats)
    data: JSONObject = {
        "office": contest.office,
        "district": contest.district,
        "counties": contest.counties,
        "candidates": [
            {"name": c.name, "party": c.party, "votes": c.votes} for c in contest.candidates
        ],
        "total_votes": contest.total_votes,
        "write_in_votes": contest.write_in_votes,
        "over_votes": contest.over_votes,
        "under_votes": contest.under_votes,
        "seats": used,
        "vote_for": contest.vote_for,
        "ballots_cast": contest.ballots_cast,
        "registered_voters": contest.registered_voters,
        "contest_ballots": contest.contest_ballots,
        "roll_off_pct": contest.roll_off_pct(used),
    }
    if used is not None:
        data["winners"] = [c.name for c in contest.winners(used)]
        data["last_winner_votes"] = contest.last_winner_votes(used)
        data["first_loser_votes"] = contest.first_loser_votes(used)
    return data


def seat_warnings(results: ResultsFile, seats: int | None) -> list[str]:
    """One sentence naming the contests whose vote_for disagrees with the seats asked for."""
    if seats is None:
        return []
    differ = [
        f"{c.label} (vote for {c.vote_for})"
        for c in results.contests
        if c.vote_for is not None and not c.elects_more and c.vote_for != seats
    ]
    if not differ:
        return []
    numbers = "number was" if len(differ) == 1 else "numbers were"
    return [
        f"--seats {seats} differs from the file's vote_for column for {name_list(differ)}: "
        f"the file's {numbers} used."
    ]


def results_json(results: ResultsFile, seats: int | None) -> JSONObject:
    return {
        "contests": [contest_json(c, seats) for c in results.contests],
        "registered_voters": results.registered_voters,
        "ballots_cast": results.ballots_cast,
        "warnings": [*results.warnings, *seat_warnings(results, seats)],
    }


def _num(value: int | None) -> str:
    return "not in the file" if value is None else f"{value:,}"


def _table(contest: Contest, seats: int | None) -> Iterable[str]:
    used = contest.seats_for(seats)
    where = f" [{', '.join(contest.counties)}]" if contest.counties else ""
    yield f"{contest.label}{where}"
    won = {id(c) for c in contest.winners(used)}
    width = max([len(c.name) for c in contest.candidates] + [24])
    total = contest.total_votes or 1
    for c in contest.candidates:
        mark = "*" if id(c) in won else " "
        share = 100 * c.votes / total
        yield f"  {mark} {c.name:<{width}} {c.party:<8} {c.votes:>12,} {share:6.1f}%"
    extras = [
        ("Write-ins", contest.write_in_votes),
        ("Over votes", contest.over_votes),
        ("Under votes", contest.under_votes),
    ]
    for label, votes in extras:
        if votes:
            yield f"    {label:<{width}} {'':<8} {votes:>12,}"
    yield f"    {'Total votes':<{width}} {'':<8} {contest.total_votes:>12,}"
    yield from _turnout_line(contest, used)
    if used:
        first = contest.first_loser_votes(used)
        yield (
            f"    {_plural(used, 'seat')}: last winner {contest.last_winner_votes(used) or 0:,}, "
            f"first loser {'none' if first is None else f'{first:,}'}"
        )


def _turnout_line(contest: Contest, seats: int | None) -> Iterable[str]:
    if contest.ballots_cast is None and contest.registered_voters is None:
        return
    roll_off = contest.roll_off_pct(seats)
    tail = "" if roll_off is None else f"; roll-off {roll_off:.1f}%"
    yield (
        f"    In its precincts: {_num(contest.registered_voters)} registered, "
        f"{_num(contest.ballots_cast)} ballots cast{tail}"
    )


def results_text(results: ResultsFile, seats: int | None) -> str:
    lines: list[str] = []
    for contest in results.contests:
        lines.extend(_table(contest, seats))
        lines.append("")
    if not results.contests:
        lines.append("No contest matches.")
    for label, value in (
        ("Registered voters", results.registered_voters),
        ("Ballots cast", results.ballots_cast),
    ):
        lines.append(f"{label}: {_num(value)}")
    warnings = [*results.warnings, *seat_warnings(results, seats)]
    lines.extend(f"Warning: {w}" for w in warnings)
    return "\n".join(lines)
