"""`winbook contributions PLAN FILE…`: the candidate's contribution exports into the plan."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from winbook.cli.base import Command, json_argument, plan_argument

if TYPE_CHECKING:
    from winbook.domain.contributions import CandidateMatch, ImportReport
    from winbook.domain.model import Contributions, FundraisingSettings, Plan
    from winbook.jsonvalue import JSONObject


def _arguments(p: argparse.ArgumentParser) -> None:
    plan_argument(p)
    p.add_argument("files", type=Path, nargs="+", metavar="FILE", help="contribution exports (CSV)")
    p.add_argument(
        "--candidate-name",
        action="append",
        default=[],
        metavar="NAME",
        help="another name the candidate gave under (the full and ballot names are matched "
        "anyway); repeat for more",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="show what the import would give without changing the plan",
    )
    json_argument(p)


def run(args: argparse.Namespace) -> int:
    from winbook.domain.contribution_notes import candidate_shown_as
    from winbook.domain.contributions import candidate_matches, candidate_names, merge
    from winbook.domain.figures import compute_figures
    from winbook.io.contributions import read_exports

    plan_path: Path = args.plan
    plan = _load(plan_path)
    typed = plan.fundraising
    exports = read_exports(list(args.files))
    names = candidate_names(plan.candidate, args.candidate_name)
    matches = candidate_matches(exports.gifts, names)
    merged, report = merge(
        plan.contributions,
        exports.gifts,
        [m.donor_key for m in matches],
        platform=exports.platform,
    )
    plan.contributions = merged
    if not args.dry_run:
        _save(plan, plan_path)
    figures = compute_figures(plan)
    fundraising = figures.fundraising
    notes = _notes(plan, typed, [m.month for m in figures.budget.cash_flow])
    shown = [candidate_shown_as(plan.candidate, m.name, args.candidate_name) for m in matches]
    if args.json:
        print(json.dumps(_json(merged, report) | {"notes": notes}, indent=2))
        return 0
    print(_text(plan_path, exports.files, merged, report, matches, args.dry_run, shown))
    for note in notes:
        print(note)
    verdict = {True: "passed", False: "not yet passed", None: "cannot be judged yet"}
    print(f"The 15% fundraising test: {verdict[fundraising.passed]}.")
    for w in fundraising.warnings:
        print(f"  {w}")
    return 0


def _notes(plan: Plan, typed: FundraisingSettings, budget_months: list[str]) -> list[str]:
    """What the import changes that the user must know: the typed figures it replaces, and
    gifts dated outside the budget's months."""
    from winbook.domain.contribution_notes import outside_budget, replaces_typed

    notes = [replaces_typed(typed), outside_budget(plan.contributions.by_month, budget_months)]
    return [n.replace("\u00a0", " ") for n in notes if n]  # plain spaces on a terminal


def _load(path: Path) -> Plan:
    from winbook.store.files import load_plan

    return load_plan(path)


def _save(plan: Plan, path: Path) -> None:
    """Write the contributions part back: one transaction (.winbook) or one atomic replace."""
    from winbook.store.document import PlanFile
    from winbook.store.files import plan_kind, save_plan

    if plan_kind(path) == "json":
        save_plan(plan, path)
        return
    with PlanFile.open(path) as plan_file:
        plan_file.write(plan, parts=["contributions"])


def _money(value: Decimal) -> str:
    return f"{value:.2f}"


def _json(c: Contributions, report: ImportReport) -> JSONObject:
    return {
        "raised": _money(c.raised),
        "fees": _money(c.fees),
        "from_candidate": _money(c.from_candidate),
        "largest_single_donor": _money(c.largest_single_donor),
        "donor_count": c.donor_count,
        "gifts": c.gift_count,
        "refunds": report.refunds,
        "duplicates": report.duplicates,
        "new_gifts": report.new_gifts,
        "by_month": {m: _money(v) for m, v in c.by_month.items()},
        "first_date": c.first_date.isoformat() if c.first_date else None,
        "last_date": c.last_date.isoformat() if c.last_date else None,
    }


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _text(
    plan_path: Path,
    files: list[str],
    c: Contributions,
    report: ImportReport,
    matches: list[CandidateMatch],
    dry_run: bool,
    shown: list[str],
) -> str:
    from winbook.domain.dates import format_date
    from winbook.domain.typography import month_label

    verb = "Would import" if dry_run else "Imported"
    where = "(the plan is unchanged)" if dry_run else f"into {plan_path.name}"
    lines = [
        f"{verb} {', '.join(files)} {where}: {_plural(report.new_gifts, 'new gift')}, "
        f"{_plural(report.refunds, 'refunded gift')} left out, "
        f"{_plural(report.duplicates, 'gift')} already counted.",
        f"Raised ${c.raised:,.2f} in {_plural(c.gift_count, 'gift')} from "
        f"{_plural(c.donor_count, 'donor')}, {format_date(c.first_date)} to "
        f"{format_date(c.last_date)} (the platform's fees, ${c.fees:,.2f}, shown apart).",
    ]
    if matches:
        found = "; ".join(
            f"{name} ({_plural(m.gifts, 'gift')})" for name, m in zip(shown, matches, strict=True)
        )
        lines.append(
            f"From the candidate: ${c.from_candidate:,.2f}, matched by name: {found}. If a "
            "match is wrong, correct it on the Fundraising page."
        )
    else:
        lines.append(
            f"From the candidate: ${c.from_candidate:,.2f} (no gift matched the candidate's "
            "name; add --candidate-name if the candidate gave under another name)."
        )
    lines.append(f"Largest single donor (the candidate left out): ${c.largest_single_donor:,.2f}.")
    for month, amount in c.by_month.items():
        lines.append(f"  {month_label(month).replace(chr(160), ' ')}  ${amount:>12,.2f}")
    return "\n".join(lines)


COMMAND = Command(
    name="contributions",
    summary="import contribution exports (ActBlue CSV) for the fundraising test",
    detail="Read one or more contribution exports (ActBlue's CSV by its column names) and keep "
    "their totals in the plan: raised to date (gross; fees shown apart), the candidate's own "
    "gifts (matched by the candidate's full or ballot name), the largest single donor (the "
    "candidate left out), the donor count, the months and the dates covered. Refunded gifts "
    "do not count and a receipt counts once, so importing the same or an overlapping export "
    "again changes nothing. The plan keeps totals and one-way digests only, never a donor's "
    "name, address, email, phone or employer. The plan file is updated in one transaction "
    "(--dry-run leaves it unchanged). Exit status: 0; 2 on an error (the plan is unchanged).",
    examples=(
        "winbook contributions plan.winbook actblue-export.csv",
        "winbook contributions plan.json jan.csv feb.csv --json",
        "winbook contributions plan.winbook export.csv --candidate-name 'Maya J Okafor' --dry-run",
    ),
    arguments=_arguments,
    run=run,
)
