"""Warnings about a results file: one sentence per problem, never one per row. No Qt.

Row problems are counted by kind (a million bad rows make one sentence); contest problems are
grouped by kind too, each sentence naming the contests it is about.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: How many contest names a grouped sentence spells out before "and N more".
NAMES_SHOWN = 5


class Notes:
    """The warnings of one read, gathered by kind and worded at the end."""

    def __init__(self) -> None:
        self._counts: dict[str, list[Any]] = {}  # Any: [count, first line, example] per kind
        self._groups: dict[str, list[str]] = {}
        self.free: list[str] = []

    def add(self, kind: str, line: int, detail: str = "") -> None:
        """One more row with the problem ``kind`` (the first row's line and detail are kept)."""
        entry = self._counts.get(kind)
        if entry is None:
            self._counts[kind] = [1, line, detail]
        else:
            entry[0] += 1

    def group(self, kind: str, name: str) -> None:
        """The problem ``kind`` concerns the contest (or place) ``name``."""
        names = self._groups.setdefault(kind, [])
        if name not in names:
            names.append(name)

    def sentences(self) -> list[str]:
        out = list(self.free)
        for kind, names in self._groups.items():
            out.append(GROUP_TEXT[kind](len(names), name_list(names)))
        for kind, (count, line, detail) in self._counts.items():
            out.append(_NOTE_TEXT[kind](count, line, detail))
        return out


def name_list(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C", "A, B, C, D, E and 3 more"."""
    shown = names[:NAMES_SHOWN]
    if len(names) > NAMES_SHOWN:
        return f"{', '.join(shown)} and {len(names) - NAMES_SHOWN:,} more"
    if len(shown) == 1:
        return shown[0]
    return f"{', '.join(shown[:-1])} and {shown[-1]}"


def _rows(count: int) -> str:
    return f"{count:,} row{'s' if count != 1 else ''}"


def _verb(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def _was(count: int) -> str:
    return _verb(count, "was", "were")


_NOTE_TEXT: dict[str, Callable[[int, int, str], str]] = {
    "no_votes": lambda n, ln, d: (
        f"{_rows(n)} had no usable vote count and {_was(n)} skipped (first at line {ln}: {d!r})."
    ),
    "negative": lambda n, ln, d: (
        f"{_rows(n)} had a negative vote count and {_was(n)} skipped (first at line {ln}: {d})."
    ),
    "fraction": lambda n, ln, d: (
        f"{_rows(n)} had a vote count that is not a whole number and {_was(n)} rounded "
        f"(first at line {ln}: {d})."
    ),
    "cand_total": lambda n, ln, d: (
        f"{_rows(n)} with a candidate named like {d!r} {_verb(n, 'repeats', 'repeat')} the "
        f"sum of the candidates and {_was(n)} not counted (first at line {ln})."
    ),
    "straight": lambda n, ln, d: (
        f"{_rows(n)} of straight-party votes ({d!r}) {_verb(n, 'is', 'are')} not a contest "
        f"and {_was(n)} not counted (first at line {ln})."
    ),
    "blank": lambda n, ln, d: (
        f"{_rows(n)} of blank ballots ({d!r}) {_verb(n, 'is', 'are')} not a contest "
        f"and {_was(n)} not counted (first at line {ln})."
    ),
    "short": lambda n, ln, d: (
        f"{_rows(n)} had too few columns or no office and {_was(n)} skipped (first at line {ln})."
    ),
    "nul": lambda n, ln, d: (
        f"{_rows(n)} contained stray NUL bytes, which were removed (first at line {ln})."
    ),
    "vote_types": lambda n, ln, d: (
        f"{_rows(n)} had an empty votes cell; the vote-type columns were added up instead "
        f"(first at line {ln})."
    ),
    "pseudo_in_contest": lambda n, ln, d: (
        f"{_rows(n)} named {d!r} inside a contest {_was(n)} kept apart from the candidates "
        f"(first at line {ln})."
    ),
}


def _these(count: int) -> str:
    return "this contest" if count == 1 else "these contests"


GROUP_TEXT: dict[str, Callable[[int, str], str]] = {
    "totals_match": lambda n, names: (
        f"Total rows were not counted for {names}, because the precinct rows are; "
        "they match the precinct sums."
    ),
    "totals_differ": lambda n, names: (
        f"Total rows were not counted for {names}, because the precinct rows are; "
        "they do NOT match the precinct sums: check the file."
    ),
    "all_county": lambda n, names: (
        f"The all-county total rows of {names} repeat the county figures and were not counted."
    ),
    "county_filter": lambda n, names: (
        f"The county filter left out results in other counties for {names}: the totals of "
        f"{_these(n)} cover only part of the race."
    ),
    "partial_turnout": lambda n, names: (
        f"Ballots cast or registered voters are missing for some precincts of {names}, so "
        f"those figures are left blank for {_these(n)}."
    ),
    "vote_for_mixed": lambda n, names: (
        f"The vote_for column gives more than one number for {names}; the largest was used."
    ),
    "elects_more": lambda n, names: (
        f"{names} {_verb(n, 'elects', 'elect')} more people than the file's vote-for number "
        "(a minority seat), so the seats are not taken from the file: give them yourself."
    ),
}
