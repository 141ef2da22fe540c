"""All of a plan's derived figures in one call: what the window, the packet and the CLI show."""

from __future__ import annotations

from dataclasses import dataclass

from winbook.domain.budget import BudgetResult, FundraisingResult, compute_budget, fundraising_test
from winbook.domain.model import Plan
from winbook.domain.path import PathResult, compute_path
from winbook.domain.rows import without_blank_rows
from winbook.domain.turnout import TurnoutResult, project_turnout
from winbook.domain.winnumber import WinResult, compute_win


@dataclass
class Figures:
    turnout: TurnoutResult
    win: WinResult
    path: PathResult
    budget: BudgetResult
    fundraising: FundraisingResult


def compute_figures(plan: Plan) -> Figures:
    plan = without_blank_rows(plan)  # a row nobody typed into counts for nothing
    turnout = project_turnout(plan)
    win = compute_win(plan, turnout.projected)
    path = compute_path(plan, win.vote_goal, win.base_votes)
    budget = compute_budget(plan, win.vote_goal)
    return Figures(turnout, win, path, budget, fundraising_test(plan))
