"""All of a plan's derived figures in one call: what the window, the packet and the CLI show."""

from __future__ import annotations

from dataclasses import dataclass

from winbook.domain.budget import BudgetResult, FundraisingResult, compute_budget, fundraising_test
from winbook.domain.model import Plan, PlanOn
from winbook.domain.path import PathResult, compute_path
from winbook.domain.turnout import TurnoutResult, project_turnout
from winbook.domain.winnumber import WinResult, compute_win


@dataclass
class Figures:
    turnout: TurnoutResult
    #: The win number, vote goal, base and deficit in force: on the turnout the plan is planned
    #: on (the high figure by default, §2a). Everything downstream follows these.
    win: WinResult
    path: PathResult
    budget: BudgetResult
    fundraising: FundraisingResult
    #: The same figures on the other turnout (expected when planning on high, and the reverse),
    #: shown beside them; None without a range.
    win_other: WinResult | None = None


def compute_figures(plan: Plan) -> Figures:
    turnout = project_turnout(plan)
    win = compute_win(plan, turnout.planned, turnout.unit)
    other_t = turnout.projected if turnout.planned_on is PlanOn.HIGH else turnout.high
    other = compute_win(plan, other_t, turnout.unit) if other_t is not None else None
    path = compute_path(plan, win.vote_goal, win.base_votes)
    budget = compute_budget(plan, win.vote_goal)
    return Figures(turnout, win, path, budget, fundraising_test(plan), other)
