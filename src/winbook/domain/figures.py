"""All of a plan's derived figures in one call: what the window, the packet and the CLI show."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from winbook.domain.budget import BudgetResult, FundraisingResult, compute_budget, fundraising_test
from winbook.domain.explain import Step
from winbook.domain.model import Plan, PlanOn
from winbook.domain.path import PathResult, compute_path
from winbook.domain.rows import without_blank_rows
from winbook.domain.turnout import TARGETS_MODEL, TurnoutResult, project_turnout
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
    plan = without_blank_rows(plan)  # a row nobody typed into counts for nothing
    turnout = project_turnout(plan)
    win = compute_win(plan, turnout.planned, turnout.unit)
    other_t = turnout.projected if turnout.planned_on is PlanOn.HIGH else turnout.high
    other = compute_win(plan, other_t, turnout.unit) if other_t is not None else None
    if turnout.planned is not None:
        win.steps.insert(0, _basis_step(turnout))
    path = compute_path(plan, win.vote_goal, win.base_votes)
    budget = compute_budget(plan, win.vote_goal)
    return Figures(turnout, win, path, budget, fundraising_test(plan), other)


def _basis_step(t: TurnoutResult) -> Step:
    what = "ballots" if t.unit == "ballots" else "votes"
    if t.planned_on is PlanOn.HIGH:
        text = (
            f"T = {t.high:,} {what}: the high end of the turnout range (expected "
            f"{t.projected:,}, low {t.low:,}), since more voters need more votes."
        )
    else:
        text = (
            f"T = {t.projected:,} {what}: the expected turnout, as you chose (the range runs "
            f"from {t.low:,} to {t.high:,})."
        )
    return Step(text, "turnout_range")


def first_build_figures(plan: Plan) -> Figures:
    """The plan's figures on the first build's model: every comparable year counted, the win
    number on the expected turnout. Only to tell the user how their figures changed."""
    old = dataclasses.replace(
        plan,
        history=[dataclasses.replace(e, use_anyway=True) for e in plan.history],
        turnout=dataclasses.replace(plan.turnout, plan_on=PlanOn.EXPECTED),
    )
    return compute_figures(old)


def targets_change(plan: Plan, now: Figures | None = None) -> str | None:
    """For a plan made before turnout ranges: how its vote goal changed, and why, in a sentence
    (None when the plan is current or its goal did not change)."""
    if plan.meta.targets_model >= TARGETS_MODEL:
        return None
    now = now or compute_figures(plan)
    before = first_build_figures(plan).win.vote_goal
    after = now.win.vote_goal
    if before is None or after is None or before == after:
        return None
    t = now.turnout
    why = []
    if t.planned_on is PlanOn.HIGH and t.high is not None and t.projected is not None:
        why.append(
            f"it is planned on the high turnout, {t.high:,}, not the expected {t.projected:,} "
            "(local turnout swings, and more voters need more votes)"
        )
    if t.left_out:
        years = ", ".join(str(y) for y, _ in t.left_out)
        why.append(f"{years} {'is' if len(t.left_out) == 1 else 'are'} left out as not contested")
    reason = "; ".join(why) or "the win-number rules were brought up to date"
    return (
        f"Winbook now plans for high turnout: your vote goal went from {before:,} to {after:,}, "
        f"because {reason}. To plan on the expected turnout instead, choose it under "
        "\u201cPlan on\u201d on the Win number page."
    )
