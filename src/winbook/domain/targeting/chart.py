"""The chart of precincts by support and turnout, sized by votes."""

from __future__ import annotations

from dataclasses import dataclass, field

from winbook.domain.model import TargetingSettings
from winbook.domain.targeting.results import TargetingResult


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
