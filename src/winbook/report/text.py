"""Plain-text and JSON renderings of a plan's targets, for the command line."""

from __future__ import annotations

from typing import Any

from winbook.domain.explain import Step, fmt_int
from winbook.domain.figures import Figures
from winbook.domain.model import Plan
from winbook.domain.path import fmt_day
from winbook.domain.sources import SOURCES


def targets_json(plan: Plan, f: Figures) -> dict[str, Any]:
    """The figures `winbook targets --json` prints (stable keys; see README)."""
    path = f.path
    return {
        "plan": plan.meta.title or plan.candidate.full_name,
        "projected_turnout": f.turnout.projected,
        "turnout_method": f.turnout.method.value,
        "turnout_years": f.turnout.used_years,
        "win_number": f.win.win_number,
        "win_rule": f.win.rule,
        "win_rule_label": f.win.rule_label,
        "safety_margin_pct": f.win.margin_pct,
        "vote_goal": f.win.vote_goal,
        "base_votes": f.win.base_votes,
        "vote_deficit": f.win.deficit,
        "path": {
            "persuasion_need": path.need,
            "contacts": path.contacts,
            "attempts": path.total_attempts,
            "volunteer_hours": path.total_hours,
            "shifts": path.total_shifts,
            "channels": [
                {
                    "channel": c.channel.value,
                    "share_pct": c.share_pct,
                    "contacts": c.contacts,
                    "attempts": c.attempts,
                    "hours": c.hours,
                    "shifts": c.shifts,
                }
                for c in path.channels
            ],
            "weeks": [
                {
                    "week": w.number,
                    "starts": w.starts.isoformat(),
                    "ends": w.ends.isoformat(),
                    "contacts": w.contacts,
                    "hours": w.hours,
                    "shifts": w.shifts,
                }
                for w in path.weeks
            ],
        },
        "warnings": f.turnout.warnings + f.win.warnings + path.warnings,
    }


def _block(title: str, steps: list[Step], warnings: list[str]) -> list[str]:
    lines = [title, "-" * len(title)]
    lines += [f"  {i}. {s.text}" for i, s in enumerate(steps, 1)]
    lines += [f"  ! {w}" for w in warnings]
    return [*lines, ""]


def targets_text(plan: Plan, f: Figures) -> str:
    def num(n: int | None) -> str:
        return "-" if n is None else fmt_int(n)

    who = plan.candidate.full_name or "Untitled plan"
    race = ", ".join(x for x in (plan.race.office, plan.race.jurisdiction) if x)
    lines = [f"{who}: {race}" if race else who, ""]
    lines += [
        f"Projected turnout  {num(f.turnout.projected):>10}",
        f"Win number         {num(f.win.win_number):>10}   ({f.win.rule_label})",
        f"Vote goal          {num(f.win.vote_goal):>10}",
        f"Base               {num(f.win.base_votes):>10}",
        f"Vote deficit       {num(f.win.deficit):>10}",
        f"Contacts needed    {num(f.path.contacts):>10}",
        f"Volunteer hours    {num(f.path.total_hours):>10}   ({num(f.path.total_shifts)} shifts)",
        "",
    ]
    lines += _block("Turnout", f.turnout.steps, f.turnout.warnings)
    lines += _block("Win number and vote goal", f.win.steps, f.win.warnings)
    lines += _block("Path to victory", f.path.steps, f.path.warnings)
    if f.path.weeks:
        lines += ["Weekly goals", "------------", "  week  ends          contacts  hours  shifts"]
        lines += [
            f"  {w.number:>4}  {fmt_day(w.ends):<12}  {w.contacts:>8,}  "
            f"{w.hours:>5,}  {w.shifts:>6,}"
            for w in f.path.weeks
        ]
        lines.append(
            f"  total {'':<12}  {sum(w.contacts for w in f.path.weeks):>8,}  "
            f"{f.path.total_hours:>5,}  {f.path.total_shifts:>6,}"
        )
        lines.append("")
    used = sorted({s.source for r in (f.turnout, f.win, f.path) for s in r.steps if s.source})
    lines += ["Sources", "-------"] + [f"  {SOURCES[k].title}: {SOURCES[k].detail}" for k in used]
    return "\n".join(lines)
