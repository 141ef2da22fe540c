"""`winbook targeting RESULTS…`: where the votes are, precinct by precinct (domain.md §8)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from winbook.cli.base import Command, json_argument, load
from winbook.errors import UsageError

if TYPE_CHECKING:
    from winbook.domain.model import TargetingSettings


def _arguments(s: argparse.ArgumentParser) -> None:
    s.add_argument(
        "results", nargs="+", type=Path, metavar="RESULTS",
        help="results files (.csv or .xlsx) of past elections, one or more years",
    )  # fmt: skip
    s.add_argument("--office", required=True, help="the contest's office, as in 'winbook results'")
    s.add_argument("--district", default="", help="the contest's district")
    s.add_argument("--county", default="", help="keep only counties whose name contains this")
    s.add_argument(
        "--support", action="append", default=[], metavar="NAME",
        help="a reference candidate (or party code) whose share stands for a candidate like "
        "you; repeat for several",
    )  # fmt: skip
    s.add_argument(
        "--not-a-place", action="append", default=[], metavar="COUNTY|PRECINCT",
        help="a row that is not a place on a map (an early-voting site written by name): it "
        "stays in the totals and gets no doors; repeat for several",
    )  # fmt: skip
    s.add_argument("--plan", type=Path, help="take the door contacts and tier settings from it")
    s.add_argument("--doors", type=int, help="door contacts to share out (without --plan)")
    s.add_argument("--base", type=float, metavar="PCT", help="support for base (default 65)")
    s.add_argument("--persuasion", type=float, metavar="PCT",
                   help="support for persuasion (default 35)")  # fmt: skip
    s.add_argument("--csv", type=Path, metavar="OUT", help="write the field-tool CSV here")
    json_argument(s)


def run(args: argparse.Namespace) -> int:
    from winbook.domain.targeting import check_references, compute_targeting
    from winbook.io.targeting.out import targeting_json, targeting_text, write_targeting_csv
    from winbook.io.targeting.read import read_elections

    settings, doors = _settings_and_doors(args)
    _check_thresholds(args, settings)
    settings.elections = read_elections(args.results, args.office, args.district, args.county)
    settings.references = list(args.support)
    settings.not_geographic = [*settings.not_geographic, *args.not_a_place]
    check_references(settings.elections, settings.references)
    result = compute_targeting(settings, doors)
    if args.csv:
        write_targeting_csv(result, args.csv)
    if args.json:
        print(json.dumps(targeting_json(result), indent=2, ensure_ascii=False))
    else:
        print(targeting_text(result))
    return 0


def _settings_and_doors(args: argparse.Namespace) -> tuple[TargetingSettings, int | None]:
    from winbook.domain.model import TargetingSettings

    if args.plan is not None and args.doors is not None:
        raise UsageError("Give --plan or --doors, not both: with --plan the doors are the plan's.")
    if args.doors is not None and args.doors < 0:
        raise UsageError(f"--doors must be 0 or more, not {args.doors}.")
    if args.plan is None:
        return TargetingSettings(), args.doors
    import dataclasses

    from winbook.domain.figures import compute_figures
    from winbook.domain.targeting import door_contacts

    plan = load(args.plan)
    settings = dataclasses.replace(plan.targeting, elections=[], references=[])
    return settings, door_contacts(compute_figures(plan).path)


def _check_thresholds(args: argparse.Namespace, settings: TargetingSettings) -> None:
    if args.base is not None:
        settings.base_pct = args.base
    if args.persuasion is not None:
        settings.persuasion_pct = args.persuasion
    if not 0 <= settings.persuasion_pct <= settings.base_pct <= 100:
        raise UsageError(
            f"The persuasion threshold ({settings.persuasion_pct:g}%) must be between 0% and "
            f"the base threshold ({settings.base_pct:g}%), and base at most 100%."
        )


COMMAND = Command(
    name="targeting",
    summary="where the votes are: precinct tiers and doors from past results",
    detail="Read results files of past elections (any county, several years at once), pick the "
    "contest and the reference candidates, and score every precinct: votes, share, turnout, "
    "support, turnout index, tier (base, persuasion, low priority) and doors, the plan's door "
    "contacts shared out by expected votes × door weight (a tier's doors per expected vote as a "
    "share of a persuasion precinct's: persuasion 100%, base 50%, low priority 0%, or the "
    "plan's own door weights with --plan). Absentee, provisional, transfer and "
    "early-voting rows stay in the totals and get no doors. Exit status: 0; 2 on an error.",
    examples=(
        "winbook targeting 2019.csv 2023.csv --office 'town of chapel hill mayor' "
        "--support 'Pam Hemminger' --doors 5000",
        "winbook targeting results/*.csv --office mayor --plan plan.winbook --csv doors.csv",
        "winbook targeting 2022.csv --office 'state house' --district 22 --support DEM --json",
    ),
    arguments=_arguments,
    run=run,
)
