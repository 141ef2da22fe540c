"""`winbook results FILE`: a precinct results file added up by contest."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from winbook.cli.base import Command, json_argument
from winbook.errors import UsageError


def _arguments(s: argparse.ArgumentParser) -> None:
    s.add_argument("file", type=Path, help="the results file (.csv or .xlsx)")
    s.add_argument(
        "--office",
        help="the office: its exact name first, else names that start with the words, else "
        "whole words, else any part (case-insensitive; 'governor' is not Lieutenant Governor)",
    )
    s.add_argument(
        "--district",
        help="the district, in the district column or written in the office name "
        "('Dist 1', 'Ward 2')",
    )
    s.add_argument("--county", help="keep only counties whose name contains this text")
    s.add_argument("--exact", action="store_true", help="--office and --district match exactly")
    s.add_argument(
        "--seats",
        type=int,
        help="how many seats the contest fills (a vote_for column in the file comes first)",
    )
    json_argument(s)


def run(args: argparse.Namespace) -> int:
    from winbook.io.results import read_results, results_json, results_text

    seats: int | None = args.seats
    if seats is not None and seats < 1:
        raise UsageError(f"--seats must be 1 or more, not {seats}.")
    results = read_results(
        args.file, office=args.office, district=args.district, county=args.county,
        exact=args.exact,
    )  # fmt: skip
    if args.json:
        print(json.dumps(results_json(results, seats), indent=2, ensure_ascii=False))
    elif results.contests:
        print(results_text(results, seats))
    if results.contests:
        return 0
    print(f"winbook: {_no_match(args, results.closest)}", file=sys.stderr)
    return 1


def _no_match(args: argparse.Namespace, closest: list[str]) -> str:
    asked = [f"{flag} {value!r}" for flag, value in
             (("--office", args.office), ("--district", args.district),
              ("--county", args.county)) if value]  # fmt: skip
    if not asked:
        return f"{args.file.name} has no contest with votes."
    what = f"No contest matches {' '.join(asked)}"
    if not closest:
        return f"{what}; run without filters to see every contest."
    return f"{what}; the closest are: {'; '.join(closest)}."


COMMAND = Command(
    name="results",
    summary="read a precinct results file (CSV or XLSX) and add it up by contest",
    detail="Read a precinct results file (CSV or XLSX, OpenElections layout) and add it up by "
    "contest: each candidate's votes, write-ins, over and under votes, and for each contest "
    "the ballots cast, registered voters and roll-off of its own precincts. Exit status: 0; "
    "1 when no contest matches the filters (the closest office names are listed); 2 on an "
    "error.",
    examples=(
        "winbook results 20221108__ga__general__cherokee__precinct.csv --office governor",
        "winbook results results.xlsx --office 'state house' --district 22 --seats 1 --json",
        "winbook results results.csv --office 'school board' --exact --county orange",
    ),
    arguments=_arguments,
    run=run,
)
