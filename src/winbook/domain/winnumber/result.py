"""What the win-number rules give: the figure in force, the others to compare, and the steps."""

from __future__ import annotations

from dataclasses import dataclass, field

from winbook.domain.explain import Step
from winbook.domain.turnout import Unit

#: Base shares older than this many years before the election are left out (Wellstone: 6-10).
BASE_YEARS_BACK = 10


@dataclass
class WinResult:
    rule: str  # short machine name of the rule in force
    rule_label: str  # the rule in plain words
    win_number: int | None
    majority: int | None = None
    plurality_estimate: int | None = None
    guaranteed: int | None = None
    historical: int | None = None
    vote_goal: int | None = None
    margin_pct: float = 0.0
    base_pct: float | None = None
    base_votes: int | None = None
    deficit: int | None = None
    steps: list[Step] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Vote for N: the estimates from the last winner's and the first loser's past shares.
    historical_last_winner: int | None = None
    historical_first_loser: int | None = None
    #: Ranked choice, N seats: the Droop quota.
    droop: int | None = None
    #: The divisor of Wellstone's plurality rule of thumb (X, X - 3 or X - 5).
    plurality_divisor: int | None = None
    #: The base shares (per cent) averaged for the base, lowest first.
    base_shares_used: list[float] = field(default_factory=list)
    #: The turnout the figures were computed on, and what it counts (ballots or votes).
    turnout: int | None = None
    unit: Unit = "ballots"
    #: One seat, 3+ candidates: the lowest past winner's share (per cent) and its year.
    lowest_winner_pct: float | None = None
    lowest_winner_year: int | None = None


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"
