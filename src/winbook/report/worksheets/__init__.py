"""The computed worksheets of the packet: win number, path to victory, fundraising, budget,
timeline. Every figure comes from `compute_figures`, the same calculators the window shows.

One module per worksheet (`win_number`, `path`, `fundraising`, `budget`, `timeline`) on
`shared`.
"""

from __future__ import annotations

from winbook.report.worksheets.budget import budget
from winbook.report.worksheets.fundraising import contribution_shares, fundraising
from winbook.report.worksheets.path import path_to_victory
from winbook.report.worksheets.shared import (
    DASH,
    VOCABULARY,
    Ctx,
    chart_gap,
    h3,
    h3_chart,
    h3_table,
    money,
    norm_band,
    num,
    pct,
    steps_list,
    warnings_list,
)
from winbook.report.worksheets.timeline import KIND_LABELS, timeline
from winbook.report.worksheets.win_number import win_number, winning_total

__all__ = [
    "DASH",
    "KIND_LABELS",
    "VOCABULARY",
    "Ctx",
    "budget",
    "chart_gap",
    "contribution_shares",
    "fundraising",
    "h3",
    "h3_chart",
    "h3_table",
    "money",
    "norm_band",
    "num",
    "path_to_victory",
    "pct",
    "steps_list",
    "timeline",
    "warnings_list",
    "win_number",
    "winning_total",
]
