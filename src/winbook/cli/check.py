"""`winbook check PLAN`: is the plan ready to apply? (exit 0 ready, 1 not, 2 error)."""

from __future__ import annotations

import argparse
import json

from winbook.cli.base import Command, json_argument, load, plan_argument


def _arguments(p: argparse.ArgumentParser) -> None:
    plan_argument(p)
    json_argument(p)


def run(args: argparse.Namespace) -> int:
    from winbook.domain.readiness import readiness_json, readiness_text
    from winbook.store.profiles import assess_plan

    plan = load(args.plan)
    r = assess_plan(plan)
    print(json.dumps(readiness_json(r), indent=2) if args.json else readiness_text(plan, r))
    return 0 if r.ready else 1


COMMAND = Command(
    name="check",
    summary="is the plan ready to apply? (exit 0 ready, 1 not, 2 error)",
    detail="Print the readiness report of a plan: what is missing before it can be submitted. "
    "Exit status 0 when it is ready to apply, 1 when not, 2 on error.",
    examples=("winbook check plan.winbook", "winbook check plan.winbook --json"),
    arguments=_arguments,
    run=run,
)
