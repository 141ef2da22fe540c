"""An application profile: what an endorsing organisation's application asks for.

The profile is data (see ``resources/profiles/default.json``), so another organisation's
application can be described without a code change. This module holds its typed form and
validates a parsed JSON object; reading files is `winbook.store.profiles`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from winbook.domain.model import Level
from winbook.errors import WinbookError

PROFILE_FORMAT = "winbook-profile"
PROFILE_VERSION = 1

TOPIC_IDS: tuple[str, ...] = (
    "eligibility",
    "filing",
    "why",
    "plan",
    "budget",
    "win_number",
    "values",
    "disclosure",
    "fundraising",
)


class ProfileError(WinbookError):
    """A profile file is missing, unreadable or describes an application wrongly."""


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    guidance: str


@dataclass(frozen=True)
class ValueStatement:
    id: str
    statement: str
    guidance: str = ""


@dataclass(frozen=True)
class Eligibility:
    levels: frozenset[Level]
    level_rule: str
    reference_election_year: int
    reference_born_in_or_after: int
    parties: tuple[str, ...]
    nonpartisan_allowed: bool
    max_runs: int
    reelection_needs_prior_endorsement: bool

    def earliest_birth_year(self, election_year: int) -> int:
        """The cut-off moves with each cycle: born in 1984 or later for 2025 races."""
        return self.reference_born_in_or_after + (election_year - self.reference_election_year)


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    description: str
    eligibility: Eligibility
    topics: tuple[Topic, ...]
    values: tuple[ValueStatement, ...]
    threshold_pct: float = 15.0
    cycles: int = 3
    recommended_comparable: int = 3
    topic_titles: dict[str, str] = field(default_factory=dict)

    def topic(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)


def parse_profile(data: object, where: str = "the profile") -> Profile:
    """Build a Profile from parsed JSON; raise ProfileError naming the first problem."""
    obj = _obj(data, where)
    if obj.get("format") != PROFILE_FORMAT:
        raise ProfileError(f"{where} is not a Winbook application profile.")
    version = obj.get("version")
    if not isinstance(version, int) or version > PROFILE_VERSION:
        raise ProfileError(
            f"{where} was written for a newer Winbook (profile version {version}); update "
            "Winbook to use it."
        )
    topics = tuple(_topic(t, where) for t in _list(obj, "topics", where))
    unknown = [t.id for t in topics if t.id not in TOPIC_IDS]
    if unknown:
        raise ProfileError(
            f"{where} names a topic Winbook does not know: {unknown[0]!r} "
            f"(known: {', '.join(TOPIC_IDS)})."
        )
    values = tuple(_value(v, where) for v in _list(obj, "values", where))
    test = _obj(obj.get("fundraising_test", {}), f"{where}: fundraising_test")
    return Profile(
        id=_str(obj, "id", where),
        name=_str(obj, "name", where),
        description=str(obj.get("description", "")),
        eligibility=_eligibility(_obj(obj.get("eligibility"), f"{where}: eligibility"), where),
        topics=topics,
        values=values,
        threshold_pct=_num(test, "threshold_pct", where, 15.0),
        cycles=int(_num(test, "cycles", where, 3)),
        recommended_comparable=int(_num(obj, "recommended_comparable_elections", where, 3)),
        topic_titles={t.id: t.title for t in topics},
    )


def _eligibility(obj: dict[str, object], where: str) -> Eligibility:
    ref = _obj(obj.get("birth_year_reference"), f"{where}: eligibility.birth_year_reference")
    levels: set[Level] = set()
    for name in _list(obj, "levels", where):
        try:
            levels.add(Level(str(name)))
        except ValueError:
            raise ProfileError(f"{where} names an unknown office level {name!r}.") from None
    return Eligibility(
        levels=frozenset(levels),
        level_rule=str(obj.get("level_rule", "")),
        reference_election_year=int(_num(ref, "election_year", where)),
        reference_born_in_or_after=int(_num(ref, "born_in_or_after", where)),
        parties=tuple(str(p).lower() for p in _list(obj, "parties", where)),
        nonpartisan_allowed=bool(obj.get("nonpartisan_allowed", True)),
        max_runs=int(_num(obj, "max_runs", where, 3)),
        reelection_needs_prior_endorsement=bool(
            obj.get("reelection_needs_prior_endorsement", True)
        ),
    )


def _topic(data: object, where: str) -> Topic:
    obj = _obj(data, f"{where}: a topic")
    return Topic(_str(obj, "id", where), _str(obj, "title", where), str(obj.get("guidance", "")))


def _value(data: object, where: str) -> ValueStatement:
    obj = _obj(data, f"{where}: a value statement")
    return ValueStatement(
        _str(obj, "id", where), _str(obj, "statement", where), str(obj.get("guidance", ""))
    )


def _obj(data: object, where: str) -> dict[str, object]:
    if not isinstance(data, dict):
        raise ProfileError(f"{where} should be a JSON object.")
    return data


def _list(obj: dict[str, object], key: str, where: str) -> list[object]:
    value = obj.get(key)
    if not isinstance(value, list):
        raise ProfileError(f"{where} needs a list called {key!r}.")
    return value


def _str(obj: dict[str, object], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ProfileError(f"{where} needs a text field {key!r}.")
    return value


def _num(obj: dict[str, object], key: str, where: str, default: float | None = None) -> float:
    value = obj.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ProfileError(f"{where} needs a number {key!r}.")
    return float(value)
