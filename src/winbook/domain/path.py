"""Path to victory: contacts, attempts, hours and shifts per channel, and weekly goals (§4).

One rounding policy, so that every figure printed twice agrees: each channel's hours and shifts
are rounded up once, the totals are their sums, and the weekly contacts, hours and shifts are
those totals split by the largest-remainder method (`_apportion`), so the weeks add up exactly
to the channel totals and the headline in the window, `targets --json`, the packet and the
workbook.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
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
    source: str  # of the hourly rates
    per_vote_source: str = "green_gerber"  # of contacts per vote


#: Published rates: attempts and contacts an hour from Wellstone's voter-contact formulas,
#: contacts per vote gained from Green & Gerber (phones: 36.5, the middle of their 35-38).
CHANNEL_DEFAULTS: dict[Channel, ChannelDefault] = {
    Channel.DOORS_DENSE: ChannelDefault(25, 6, 14, "wellstone_contact"),
    Channel.DOORS_SUBURBAN: ChannelDefault(15, 4, 14, "wellstone_contact"),
    Channel.PHONES_ID: ChannelDefault(35, 10, 36.5, "wellstone_contact"),
    Channel.PHONES_PERSUASION: ChannelDefault(25, 7, 36.5, "wellstone_contact"),
    Channel.GOTV_CALLS: ChannelDefault(30, 10, None, "wellstone_contact"),
    Channel.TEXTS: ChannelDefault(None, None, 25, "green_gerber"),
}

#: The share of contacts each channel starts with in a new plan, and its source.
DEFAULT_MIX: dict[Channel, float] = {Channel.DOORS_SUBURBAN: 60.0, Channel.PHONES_PERSUASION: 40.0}
DEFAULT_MIX_SOURCE = "channel_mix"


_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt_day(d: date | None) -> str:
    """The one date style of shown work and the packet: ``date(2026, 11, 3)`` -> "Nov 3, 2026"
    (spelled out, not ``strftime``, which follows the process locale); a dash when unset."""
    return f"{_MONTH_ABBR[d.month - 1]} {d.day}, {d.year}" if d else "—"


def plural(n: int, one: str, many: str = "") -> str:
    """``plural(1, "week")`` -> "1 week", ``plural(3, "week")`` -> "3 weeks" (with thousands)."""
    return f"{fmt_int(n)} {one if n == 1 else (many or one + 's')}"


def default_channels() -> list[ChannelPlan]:
    """The starting mix `DEFAULT_MIX`: mostly doors, some phones (every rate editable)."""
    return [
        ChannelPlan(
            channel=c,
            share_pct=DEFAULT_MIX.get(c, 0.0),
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
    number: int  # 1 = the first week of the field program
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
    bucket = "your base" if base_votes is not None else "no base entered yet, so 0"
    result.steps.append(
        Step(
            f"Persuasion need: vote goal {fmt_int(vote_goal)} − GOTV bucket ({bucket}) "
            f"{fmt_int(gotv)} = {fmt_int(need)} votes.",
            "universe",
        )
    )
    if support <= 0 or turnout <= 0:
        result.warnings.append("Support and turnout rates must be above 0%.")
        return result
    contacts = ceil_frac(need / support / turnout)
    result.contacts = contacts
    result.steps.append(
        Step(
            f"Contacts: {fmt_int(need)} ÷ {fmt_pct(p.support_rate_pct)} support ÷ "
            f"{fmt_pct(p.turnout_rate_pct)} turnout, rounded up = {fmt_int(contacts)}.",
            "universe",
        )
    )
    _channels(plan, contacts, result)
    _weeks(plan, result)
    _candidate_time(plan, result)
    return result


def _candidate_time(plan: Plan, result: PathResult) -> None:
    weeks, per_week = len(result.weeks), plan.path.candidate_hours_per_week
    if not weeks:
        return
    result.candidate_hours = per_week * weeks
    result.steps.append(
        Step(
            f"Candidate's own field time (doors, events; call time is on the Fundraising "
            f"page): {per_week:g} hours a week × {plural(weeks, 'week')} = "
            f"{result.candidate_hours:g} hours.",
            "candidate_field_time",
        )
    )


def _channels(plan: Plan, contacts: int, result: PathResult) -> None:
    active = [c for c in plan.path.channels if c.share_pct > 0]
    if not active:
        result.warnings.append(
            "No contact channel has a share yet: split the contacts between doors, phones and "
            "texts to get hours and shifts."
        )
        return
    shares = [frac(c.share_pct) for c in active]
    total_share = sum(shares, Fraction(0))
    target = ceil_frac(contacts * total_share / 100)
    for c, n in zip(active, _apportion(target, shares), strict=True):
        result.channels.append(_channel(plan, c, n, result))
    result.total_attempts = sum(f.attempts or 0 for f in result.channels)
    result.total_hours = sum(f.hours or 0 for f in result.channels)
    result.total_shifts = sum(f.shifts or 0 for f in result.channels)
    if total_share != 100:
        result.warnings.append(
            f"The channel mix adds up to {fmt_pct(total_share)}, not 100%: the channels make "
            f"{fmt_int(target)} of the {fmt_int(contacts)} contacts needed."
        )


def _channel(plan: Plan, c: ChannelPlan, n: int, result: PathResult) -> ChannelFigures:
    shift = frac(plan.path.shift_hours)
    fig = ChannelFigures(c.channel, CHANNEL_LABELS[c.channel], c.share_pct, n, None, None, None)
    if not c.contacts_per_hour or c.contacts_per_hour <= 0:
        result.warnings.append(
            f"{fig.label}: no contact rate set, so its hours are not estimated; enter your "
            "own rate."
        )
        return fig
    hours = Fraction(n) / frac(c.contacts_per_hour)
    fig.hours = ceil_frac(hours)
    fig.shifts = ceil_frac(hours / shift) if shift > 0 else None
    attempts = ""
    if c.attempts_per_hour:
        fig.attempts = ceil_frac(hours * frac(c.attempts_per_hour))
        attempts = f", {plural(fig.attempts, 'attempt')} at {c.attempts_per_hour:g} an hour"
    shifts = (
        f"{plural(fig.shifts, 'shift')} of {float(shift):g} hours"
        if fig.shifts is not None
        else "no shift length set"
    )
    result.steps.append(
        Step(
            f"{fig.label}: {fmt_pct(c.share_pct)} of contacts = {fmt_int(n)}; at "
            f"{c.contacts_per_hour:g} contacts an hour = {plural(fig.hours, 'hour')}"
            f"{attempts}; {shifts}.",
            CHANNEL_DEFAULTS[c.channel].source,
        )
    )
    return fig


def _field_window(plan: Plan, result: PathResult) -> tuple[date, date] | None:
    """The field program's first day and the day it ends (early voting opens, or election day)."""
    race, p = plan.race, plan.path
    end = race.early_voting_start or race.election_date
    if (
        race.early_voting_start
        and race.election_date
        and race.early_voting_start > race.election_date
    ):
        result.warnings.append(
            "Early voting opens after election day: check the dates. Weekly goals end on "
            "election day."
        )
        end = race.election_date
    start = p.field_start or plan.meta.prepared_on
    if end is None or start is None:
        result.warnings.append(
            "Set the field start and the election (or early-voting) date to get weekly goals."
        )
        return None
    if start >= end:
        opens = "early voting opens" if end == race.early_voting_start else "election day"
        result.warnings.append(
            f"The field program starts on {fmt_day(start)}, on or after {opens} "
            f"({fmt_day(end)}): move the field start earlier to get weekly goals."
        )
        return None
    return start, end


def _weeks(plan: Plan, result: PathResult) -> None:
    window = _field_window(plan, result)
    if window is None or result.contacts is None:
        return
    start, end = window
    result.field_ends = end
    n = (end - start).days // 7
    if n < 1:
        result.warnings.append(
            "The field program starts less than a week before it ends: all of it falls in "
            "one short week."
        )
    weights = list(range(1, max(n, 1) + 1))  # a linear ramp, heaviest in the last week
    total = sum(c.contacts for c in result.channels) if result.channels else result.contacts
    contacts = _apportion(total, weights)
    hours = _apportion(result.total_hours, weights)
    shifts = _apportion(result.total_shifts, weights)
    for i in range(len(weights)):
        ends = end - timedelta(days=1 + 7 * (len(weights) - 1 - i))
        starts = max(ends - timedelta(days=6), start)
        result.weeks.append(Week(i + 1, starts, ends, contacts[i], hours[i], shifts[i]))
    label = "early voting opens" if end == plan.race.early_voting_start else "election day"
    result.steps.append(
        Step(
            f"{plural(len(weights), 'week')} counted back from {fmt_day(end)} ({label}); week k "
            f"gets k ÷ {sum(weights)} of the contacts, hours and shifts (whole numbers that "
            "add up to the totals), so the last week carries the most.",
            "early_vote",
        )
    )


def _apportion(total: int, weights: Sequence[int | Fraction]) -> list[int]:
    """Split ``total`` in proportion to ``weights`` in whole numbers that add up exactly.

    Largest-remainder method; ties go to the later item. Weights must not all be zero.
    """
    w_sum = sum(weights, Fraction(0))
    exact = [Fraction(total) * w / w_sum for w in weights]
    parts = [math.floor(x) for x in exact]
    short = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (exact[i] - parts[i], i), reverse=True)
    for i in order[:short]:
        parts[i] += 1
    return parts


#: The largest-remainder split, for other calculators (precinct doors share the same rule).
apportion = _apportion
