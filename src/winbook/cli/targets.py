"""`winbook targets PLAN`: turnout, win number, vote goal and path to victory, with the math."""

from __future__ import annotations

import argparse
import json

from winbook.cli.base import Command, json_argument, load, plan_argument


def _arguments(p: argparse.ArgumentParser) -> None:
    plan_argument(p)
    json_argument(p)


def run(args: argparse.Namespace) -> int:
    from winbook.domain.figures import compute_figures
    from winbook.report.text import targets_json, targets_text

    plan = load(args.plan)
    figures = compute_figures(plan)
    if args.json:
        print(json.dumps(targets_json(plan, figures), indent=2))
    else:
        print(targets_text(plan, figures))
    return 0


COMMAND = Command(
    name="targets",
    summary="turnout, win number, vote goal and path to victory, with the math",
    detail="Print the projected turnout, win number, vote goal, base, vote deficit and the path "
    "to victory of a plan, with the math shown.",
    examples=("winbook targets plan.winbook", "winbook targets plan.winbook --json"),
    arguments=_arguments,
    run=run,
)
