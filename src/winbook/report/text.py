"""Plain-text and JSON renderings of a plan's targets, for the command line."""

from __future__ import annotations

from winbook.domain.explain import Step, fmt_int
from winbook.domain.figures import Figures
from winbook.domain.model import Plan
from winbook.domain.path import fmt_day
from winbook.domain.sources import SOURCES
from winbook.jsonvalue import JSONObject


def targets_json(plan: Plan, f: Figures) -> JSONObject:
    """The figures `winbook targets --json` prints (stable keys; see README)."""
    path = f.path
    t = f.turnout
    return {
        "plan": plan.meta.title or plan.candidate.full_name,
        "projected_turnout": t.projected,
        "turnout_method": t.method.value,
        "turnout_years": t.used_years,
        "turnout_unit": t.unit,
        "turnout_range": (
            None if t.projected is None else {"low": t.low, "expected": t.projected, "high": t.high}
        ),
        "planned_on": t.planned_on.value,
        "planned_turnout": t.planned,
        "backtest": [
            {
                "year": p.year,
                "projected": p.projected,
                "actual": p.actual,
                "actual_is": p.measured,
                "error_pct": round(p.error_pct, 1),
            }
            for p in t.backtest
        ],
        "left_out": [{"year": year, "reason": reason} for year, reason in t.left_out],
        "registration_growth_pct": (
            None if t.registration_growth_pct is None else round(t.registration_growth_pct, 1)
        ),
        "on_other_turnout": (
            None
            if f.win_other is None
            else {
                "turnout": f.win_other.turnout,
                "win_number": f.win_other.win_number,
                "vote_goal": f.win_other.vote_goal,
            }
        ),
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
    t = f.turnout
    planned = t.planned_on.value
    lines += [
        f"Projected turnout  {num(t.projected):>10}   "
        f"(expected; range {num(t.low)} to {num(t.high)})",
        f"Planned on         {num(t.planned):>10}   (the {planned} turnout)",
        f"Win number         {num(f.win.win_number):>10}   ({f.win.rule_label})",
        f"Vote goal          {num(f.win.vote_goal):>10}",
        f"Base               {num(f.win.base_votes):>10}",
        f"Vote deficit       {num(f.win.deficit):>10}",
        f"Contacts needed    {num(f.path.contacts):>10}",
        f"Volunteer hours    {num(f.path.total_hours):>10}   ({num(f.path.total_shifts)} shifts)",
        "",
    ]
    lines += _block("Turnout", t.steps, t.warnings)
    if t.range_steps:
        lines += _block("How this method would have done in your district", t.range_steps, [])
    if f.win_other is not None and f.win_other.vote_goal is not None:
        other = "expected" if planned == "high" else "high"
        lines += [
            f"On the {other} turnout ({num(f.win_other.turnout)}): win number "
            f"{num(f.win_other.win_number)}, vote goal {num(f.win_other.vote_goal)}.",
            "",
        ]
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
