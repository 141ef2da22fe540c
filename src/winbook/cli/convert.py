"""`winbook convert INPUT OUTPUT`: a plan between a .winbook file and the .json interchange."""

from __future__ import annotations

import argparse
from pathlib import Path

from winbook.cli.base import Command, refuse_existing


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", type=Path, metavar="INPUT", help="the plan to read (.winbook, .json)")
    p.add_argument("output", type=Path, metavar="OUTPUT", help="the plan to write")
    p.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")


def run(args: argparse.Namespace) -> int:
    from winbook.store.codec import repaired_fields_sentence
    from winbook.store.document import same_file
    from winbook.store.files import convert, plan_kind

    plan_kind(args.output)  # a wrong extension is the first thing to say
    if not args.force and not same_file(args.input, args.output):
        refuse_existing(args.output, "convert")
    repaired = convert(args.input, args.output)
    print(f"Wrote {args.output}")
    if repaired:
        print(repaired_fields_sentence(repaired))
    return 0


COMMAND = Command(
    name="convert",
    summary="convert a plan between .winbook and .json",
    detail="Convert a plan between a .winbook file and the .json interchange form (chosen by "
    "extension). An existing OUTPUT is replaced only with --force.",
    examples=("winbook convert plan.winbook plan.json", "winbook convert plan.json plan.winbook"),
    arguments=_arguments,
    run=run,
)
