"""Path to victory: contacts, attempts, hours and shifts per channel, and weekly goals (§4)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

from winbook.domain.explain import Step, ceil_frac, fmt_int, fmt_pct, frac
from winbook.domain.model import CHANNEL_LABELS, Channel, ChannelPlan, Plan


@dataclass(frozen=True)
class ChannelDefault:
    attempts_per_hour: float | None
    contacts_per_hour: float | None
    contacts_per_vote: float | None
    source: str


#: Published rates (Wellstone voter-contact formulas; Green & Gerber field experiments).
CHANNEL_DEFAULTS: dict[Channel, ChannelDefault] = {
    Channel.DOORS_DENSE: ChannelDefault(25, 6, 14, "wellstone_contact"),
    Channel.DOORS_SUBURBAN: ChannelDefault(15, 4, 14, "wellstone_contact"),
    Channel.PHONES_ID: ChannelDefault(35, 10, 36.5, "wellstone_contact"),
    Channel.PHONES_PERSUASION: ChannelDefault(25, 7, 36.5, "wellstone_contact"),
    Channel.GOTV_CALLS: ChannelDefault(30, 10, None, "wellstone_contact"),
    Channel.TEXTS: ChannelDefault(None, None, 25, "green_gerber"),
}


def default_channels() -> list[ChannelPlan]:
    """A starting mix: mostly doors, some phones (every rate editable)."""
    mix = {Channel.DOORS_SUBURBAN: 60.0, Channel.PHONES_PERSUASION: 40.0}
    return [
        ChannelPlan(
            channel=c,
            share_pct=mix.get(c, 0.0),
            attempts_per_hour=d.attempts_per_hour,
            contacts_per_hour=d.contacts_per_hour,
            contacts_per_vote=d.contacts_per_vote,
        )
        for c, d in CHANNEL_DEFAULTS.items()
    ]


@dataclass
class ChannelFigures:
    channel: Channel
    label: str
    share_pct: float
    contacts: int
    attempts: int | None
    hours: int | None
    shifts: int | None


@dataclass
class Week:
    number: int  # 1 = the first week of the field programme
    starts: date
    ends: date  # inclusive
    contacts: int
    hours: int
    shifts: int


@dataclass
class PathResult:
    need: int | None  # persuasion need (votes)
    contacts: int | None
    channels: list[ChannelFigures] = field(default_factory=list)
    total_attempts: int = 0
    total_hours: int = 0
    total_shifts: int = 0
    weeks: list[Week] = field(default_factory=list)
    field_ends: date | None = None
    candidate_hours: float = 0.0
    steps: list[Step] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def compute_path(plan: Plan, vote_goal: int | None, base_votes: int | None) -> PathResult:
    if vote_goal is None:
        result = PathResult(need=None, contacts=None)
        result.warnings.append("The path to victory needs a vote goal first.")
        return result
    p = plan.path
    gotv = base_votes or 0
    need = max(vote_goal - gotv, 0)
    support, turnout = frac(p.support_rate_pct) / 100, frac(p.turnout_rate_pct) / 100
    result = PathResult(need=need, contacts=None)
    result.steps.append(
        Step(
            f"Persuasion need: vote goal {fmt_int(vote_goal)} - GOTV bucket (your base) "
            f"{fmt_int(gotv)} = {fmt_int(need)} votes.",
            "universe",
        )
    )
    if support <= 0 or turnout <= 0:
        result.warnings.append("Support and turnout rates must be above 0 %.")
        return result
    contacts = ceil_frac(need / support / turnout)
    result.contacts = contacts
    result.steps.append(
        Step(
            f"Contacts: {fmt_int(need)} / {fmt_pct(p.support_rate_pct)} support / "
            f"{fmt_pct(p.turnout_rate_pct)} turnout, rounded up = {fmt_int(contacts)}.",
            "universe",
        )
    )
    _channels(plan, contacts, result)
    _weeks(plan, result)
    result.candidate_hours = p.candidate_hours_per_week * len(result.weeks)
    return result


def _channels(plan: Plan, contacts: int, result: PathResult) -> None:
    shift = frac(plan.path.shift_hours)
    total_share = Fraction(0)
    for c in plan.path.channels:
        share = frac(c.share_pct)
        if share <= 0:
            continue
        total_share += share
        n = ceil_frac(contacts * share / 100)
        fig = ChannelFigures(c.channel, CHANNEL_LABELS[c.channel], c.share_pct, n, None, None, None)
        if c.contacts_per_hour:
            hours = Fraction(n) / frac(c.contacts_per_hour)
            fig.hours = ceil_frac(hours)
            fig.shifts = ceil_frac(hours / shift) if shift > 0 else None
            if c.attempts_per_hour:
                fig.attempts = ceil_frac(hours * frac(c.attempts_per_hour))
            result.steps.append(
                Step(
                    f"{fig.label}: {fmt_pct(share)} of contacts = {fmt_int(n)}; at "
                    f"{c.contacts_per_hour:g} contacts an hour = {fmt_int(fig.hours)} hours "
                    f"({fmt_int(fig.attempts or 0)} attempts), "
                    f"{fmt_int(fig.shifts or 0)} shifts of {float(shift):g} hours.",
                    CHANNEL_DEFAULTS[c.channel].source,
                )
            )
        else:
            result.warnings.append(
                f"{fig.label}: no contact rate set, so its hours are not estimated; enter your "
                "own rate."
            )
        result.channels.append(fig)
    result.total_attempts = sum(f.attempts or 0 for f in result.channels)
    result.total_hours = sum(f.hours or 0 for f in result.channels)
    result.total_shifts = sum(f.shifts or 0 for f in result.channels)
    if total_share != 100:
        result.warnings.append(
            f"The channel mix adds up to {fmt_pct(total_share)}, not 100 %: contacts will not "
            "match the need."
        )


def _weeks(plan: Plan, result: PathResult) -> None:
    race, p = plan.race, plan.path
    end = race.early_voting_start or race.election_date
    start = p.field_start or plan.meta.prepared_on
    if end is None or start is None or result.contacts is None:
        result.warnings.append(
            "Set the field start and the election (or early-voting) date to get weekly goals."
        )
        return
    result.field_ends = end
    n = (end - start).days // 7
    if n < 1:
        result.warnings.append("The field programme starts less than a week before it ends.")
        n = 1
    weights = list(range(1, n + 1))  # a linear ramp, heaviest in the last week
    contacts = _apportion(result.contacts, weights)
    hours = _apportion(result.total_hours, weights)
    shift = frac(p.shift_hours)
    for i in range(n):
        ends = end - timedelta(days=1 + 7 * (n - 1 - i))
        wk_shifts = ceil_frac(hours[i] / shift) if shift > 0 else 0
        result.weeks.append(
            Week(i + 1, ends - timedelta(days=6), ends, contacts[i], hours[i], wk_shifts)
        )
    label = "early voting opens" if race.early_voting_start else "election day"
    result.steps.append(
        Step(
            f"{n} weeks counted back from {end.isoformat()} ({label}); week k gets k / "
            f"{sum(weights)} of the contacts, so the last week carries the most.",
            "early_vote",
        )
    )


def _apportion(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` in proportion to ``weights`` in whole numbers that add up exactly.

    Largest-remainder method; ties go to the later week.
    """
    w_sum = sum(weights)
    exact = [Fraction(total * w, w_sum) for w in weights]
    parts = [math.floor(x) for x in exact]
    short = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (exact[i] - parts[i], i), reverse=True)
    for i in order[:short]:
        parts[i] += 1
    return parts
