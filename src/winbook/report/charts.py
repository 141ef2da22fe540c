"""Simple charts for the packet, readable in grey: outlines, fills of different darkness,
markers, dashes and value labels carry the meaning, never colour alone."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import Color

from winbook.report.fonts import BOLD, REGULAR

MID = 0.45  # grey level of solid bars
LIGHT = 0.82


def _rgb(level: float) -> Color:
    return Color(level, level, level)


def nice_step(span: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` ticks."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * power:
            return float(m * power)
    return float(10 * power)


def axis_range(values: Sequence[float]) -> tuple[float, float, float]:
    """(low, high, step) with 0 included and round ends."""
    lo, hi = min([0.0, *values]), max([0.0, *values])
    if hi == lo:
        hi = lo + 1
    step = nice_step(hi - lo)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step


def short_number(value: float, money: bool = False) -> str:
    sign = "−" if value < 0 else ""
    v = abs(value)
    prefix = "$" if money else ""
    if v >= 1_000_000:
        text = f"{v / 1_000_000:.1f}".rstrip("0").rstrip(".") + "M"
    elif v >= 10_000:
        text = f"{v / 1000:.0f}k"
    elif v >= 1000:
        text = f"{v / 1000:.1f}".rstrip("0").rstrip(".") + "k"
    else:
        text = f"{v:,.0f}"
    return f"{sign}{prefix}{text}"


@dataclass
class Frame:
    """The plot area inside a drawing, and the value range of its y axis."""

    x: float
    y: float
    w: float
    h: float
    lo: float
    hi: float

    def ypos(self, value: float) -> float:
        return self.y + (value - self.lo) / (self.hi - self.lo) * self.h


def _text(
    d: Drawing, x: float, y: float, text: str, size: float = 7, anchor: str = "middle"
) -> None:
    d.add(String(x, y, text, fontName=REGULAR, fontSize=size, textAnchor=anchor))


def _label(d: Drawing, x: float, y: float, text: str) -> None:
    """A value label on a white ground, so lines behind it do not cross it."""
    w = len(text) * 4.1 + 4
    d.add(Rect(x - w / 2, y - 1.5, w, 9, fillColor=_rgb(1), strokeColor=None))
    _text(d, x, y, text, 7)


def _axes(d: Drawing, f: Frame, step: float, money: bool) -> None:
    value = f.lo
    while value <= f.hi + step / 1000:
        y = f.ypos(value)
        d.add(Line(f.x, y, f.x + f.w, y, strokeColor=_rgb(0.88), strokeWidth=0.4))
        _text(d, f.x - 3, y - 2.5, short_number(value, money), 6.5, "end")
        value += step
    d.add(Line(f.x, f.ypos(0), f.x + f.w, f.ypos(0), strokeColor=_rgb(0), strokeWidth=0.8))
    d.add(Line(f.x, f.y, f.x, f.y + f.h, strokeColor=_rgb(0), strokeWidth=0.6))


def _title(d: Drawing, width: float, height: float, title: str) -> None:
    d.add(String(width / 2, height - 11, title, fontName=BOLD, fontSize=8.5, textAnchor="middle"))


def _swatch(d: Drawing, x: float, y: float, kind: str, label: str) -> float:
    """A legend entry; returns the x after it."""
    if kind == "solid":
        d.add(Rect(x, y, 9, 7, fillColor=_rgb(MID), strokeColor=_rgb(0), strokeWidth=0.5))
    elif kind == "outline":
        d.add(Rect(x, y, 9, 7, fillColor=_rgb(1), strokeColor=_rgb(0), strokeWidth=0.8))
    elif kind == "dash":
        d.add(Line(x, y + 3.5, x + 12, y + 3.5, strokeColor=_rgb(0), strokeDashArray=[3, 2]))
    else:
        d.add(Line(x, y + 3.5, x + 12, y + 3.5, strokeColor=_rgb(0), strokeWidth=1))
        d.add(Circle(x + 6, y + 3.5, 2.2, fillColor=_rgb(1), strokeColor=_rgb(0)))
    _text(d, x + 15, y + 0.5, label, 7, "start")
    return x + 22 + len(label) * 3.9


def past_totals_chart(
    width: float,
    labels: Sequence[str],
    values: Sequence[int],
    goal: int | None,
    what: str = "winner's votes",
) -> Drawing:
    """Bars of past winning totals (``what`` says whose: the winner's, or the last winner's in a
    vote-for-N race) with value labels clear of the dashed vote-goal line."""
    height = 150.0
    d = Drawing(width, height)
    _title(d, width, height, f"Past elections: the {what} against this plan's vote goal")
    lo, hi, step = axis_range([*values, *([goal] if goal else [])])
    f = Frame(40, 28, width - 50, height - 58, lo, hi)
    _axes(d, f, step, False)
    n = max(len(values), 1)
    slot = f.w / n
    bar = min(slot * 0.55, 46)
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        cx = f.x + slot * (i + 0.5)
        top = f.ypos(value)
        d.add(Rect(cx - bar / 2, f.ypos(0), bar, top - f.ypos(0), fillColor=_rgb(MID)))
        _text(d, cx, f.y - 10, label, 7)
    goal_y = f.ypos(goal) if goal else None
    if goal_y is not None:
        d.add(Line(f.x, goal_y, f.x + f.w, goal_y, strokeWidth=1.2, strokeDashArray=[4, 2.5]))
    for i, value in enumerate(values):
        _bar_label(d, f.x + slot * (i + 0.5), f.ypos(value), f.ypos(0), f"{value:,}", goal_y)
    x = _swatch(d, f.x, 4, "solid", what)
    if goal:
        _swatch(d, x, 4, "dash", f"this plan's vote goal: {goal:,}")
    return d


def _bar_label(
    d: Drawing, x: float, top: float, base: float, text: str, line_y: float | None
) -> None:
    """A bar's value just above it, or, when that would touch the line at ``line_y``, above the
    line (or inside the bar, in white, when the bar reaches past the line)."""
    y = top + 2.5
    if line_y is None or not (y - 3 < line_y < y + 10):
        _label(d, x, y, text)
    elif top - base > 14 and top > line_y + 1:
        inside = top - 10
        if abs(inside + 3 - line_y) < 6:
            inside = line_y - 12
        d.add(String(x, inside, text, fontName=REGULAR, fontSize=7, textAnchor="middle",
                     fillColor=_rgb(1)))  # fmt: skip
    else:
        _label(d, x, line_y + 4, text)


def weekly_chart(width: float, labels: Sequence[str], contacts: Sequence[int]) -> Drawing:
    """Contacts per week as bars (labelled) with the running total as a marked line (right axis)."""
    height = 170.0
    d = Drawing(width, height)
    _title(d, width, height, "Contacts per week (bars) and running total (line, right axis)")
    lo, hi, step = axis_range(contacts)
    f = Frame(40, 34, width - 86, height - 64, lo, hi)
    _axes(d, f, step, False)
    total = sum(contacts) or 1
    _, right_top, right_step = axis_range([total])
    slot = f.w / max(len(contacts), 1)
    bar = slot * 0.6
    running = 0
    points: list[tuple[float, float]] = []
    label_every = max(1, math.ceil(len(contacts) / 16))
    for i, value in enumerate(contacts):
        cx = f.x + slot * (i + 0.5)
        d.add(Rect(cx - bar / 2, f.ypos(0), bar, f.ypos(value) - f.ypos(0), fillColor=_rgb(LIGHT)))
        if i % label_every == 0 or i == len(contacts) - 1:
            _text(d, cx, f.y - 10, labels[i], 6.5)
        running += value
        points.append((cx, f.y + running / right_top * f.h))
    _cumulative_line(d, points)
    _right_axis(d, f, right_top, right_step)
    x = _swatch(d, f.x, 4, "outline", "contacts in the week")
    _swatch(d, x, 4, "marker", "running total")
    _text(d, f.x + f.w / 2, f.y - 20, "week (number)", 6.5)
    return d


def _cumulative_line(d: Drawing, points: list[tuple[float, float]]) -> None:
    for (x1, y1), (x2, y2) in itertools.pairwise(points):
        d.add(Line(x1, y1, x2, y2, strokeWidth=1))
    for x, y in points:
        d.add(Circle(x, y, 2.2, fillColor=_rgb(1), strokeColor=_rgb(0), strokeWidth=0.8))


def _right_axis(d: Drawing, f: Frame, top: float, step: float) -> None:
    """The running total's axis, in round steps up to ``top``."""
    x = f.x + f.w
    d.add(Line(x, f.y, x, f.y + f.h, strokeWidth=0.6))
    value = 0.0
    while value <= top + step / 1000:
        y = f.y + f.h * value / top
        _text(d, x + 3, y - 2.5, short_number(value), 6.5, "start")
        value += step


def cash_flow_chart(
    width: float,
    months: Sequence[str],
    income: Sequence[float],
    spending: Sequence[float],
    cumulative: Sequence[float],
    actual: Sequence[float | None] | None = None,
) -> Drawing:
    """Income (outlined bars) and spending (solid bars) by month, cash on hand as a marked line;
    with ``actual`` (money raised, from a contribution export) a diamond on each income bar."""
    height = 180.0
    d = Drawing(width, height)
    _title(d, width, height, "Monthly income, spending and cash on hand")
    known = [v for v in actual or [] if v is not None]
    lo, hi, step = axis_range([*income, *spending, *cumulative, *known])
    f = Frame(44, 34, width - 54, height - 64, lo, hi)
    _axes(d, f, step, True)
    slot = f.w / max(len(months), 1)
    every = max(1, math.ceil(36 / slot))  # a "Jun 2027" label takes about 36 points
    bar = min(slot * 0.32, 22)
    zero = f.ypos(0)
    points: list[tuple[float, float]] = []
    for i, m in enumerate(months):
        cx = f.x + slot * (i + 0.5)
        d.add(Rect(cx - bar, zero, bar, f.ypos(income[i]) - zero, fillColor=_rgb(1)))
        d.add(Rect(cx, zero, bar, f.ypos(spending[i]) - zero, fillColor=_rgb(MID)))
        if i % every == 0:
            _text(d, cx, f.y - 10, _month_label(m), 6.5)
        points.append((cx, f.ypos(cumulative[i])))
        value = None if actual is None else actual[i]
        if value is not None:  # a month the exports do not reach yet has no marker
            _marker(d, cx - bar / 2, f.ypos(value), "milestone")
    _cumulative_line(d, points)
    x = _swatch(d, f.x, 4, "outline", "income planned")
    if actual is not None:
        _marker(d, x + 4, 7.5, "milestone")
        _text(d, x + 11, 4.5, "raised (actual)", 7, "start")
        x += 22 + len("raised (actual)") * 3.9
    x = _swatch(d, x, 4, "solid", "cash spending")
    _swatch(d, x, 4, "marker", "cash on hand, end of month")
    return d


def _month_label(month: str) -> str:
    """``"2026-03"`` -> ``"Mar 2026"``; anything that is not a valid month is shown as it is."""
    from winbook.domain.typography import month_label

    return month_label(month)


MARKERS = {"hard": "square", "internal": "circle", "milestone": "diamond"}


def _marker(d: Drawing, x: float, y: float, kind: str) -> None:
    shape = MARKERS.get(kind, "circle")
    if shape == "square":
        d.add(Rect(x - 3, y - 3, 6, 6, fillColor=_rgb(0), strokeColor=_rgb(0)))
    elif shape == "diamond":
        d.add(
            Polygon(
                [x, y - 4, x + 4, y, x, y + 4, x - 4, y],
                fillColor=_rgb(LIGHT),
                strokeColor=_rgb(0),
                strokeWidth=0.8,
            )
        )
    else:
        d.add(Circle(x, y, 3, fillColor=_rgb(1), strokeColor=_rgb(0), strokeWidth=0.9))


def timeline_chart(
    width: float, events: Sequence[tuple[int, date, str]], end: date | None
) -> Drawing:
    """Numbered markers on a date axis (numbers refer to the timeline table); shape = kind."""
    days = [e[1] for e in events] + ([end] if end else [])
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    x0, x1, axis_y = 14.0, width - 14.0, 30.0

    def xpos(day: date) -> float:
        return x0 + (day - first).days / span * (x1 - x0)

    placed = _lanes([xpos(e[1]) for e in events])
    rows = max(placed, default=0) + 1
    height = 70.0 + rows * 13
    d = Drawing(width, height)
    _title(d, width, height, "Timeline (numbers refer to the table below)")
    d.add(Line(x0, axis_y, x1, axis_y, strokeWidth=1))
    _month_ticks(d, first, last, xpos, axis_y)
    if end:
        d.add(Line(xpos(end), axis_y, xpos(end), height - 16, strokeDashArray=[3, 2]))
        _text(d, xpos(end) - 3, height - 24, "Election day", 6.5, "end")
    for (number, day, kind), lane in zip(events, placed, strict=True):
        x = xpos(day)
        y = axis_y + 12 + lane * 13
        d.add(Line(x, axis_y, x, y - 4, strokeColor=_rgb(0.6), strokeWidth=0.4))
        _marker(d, x, y, kind)
        label_w = len(str(number)) * 3.8
        line_x = xpos(end) if end else None
        if line_x is not None and x + 3 <= line_x <= x + 6 + label_w:  # it would cross the line
            _text(d, x - 5, y - 2.5, str(number), 6.5, "end")
        else:
            _text(d, x + 5, y - 2.5, str(number), 6.5, "start")
    x = 14.0
    for kind, label in (
        ("hard", "hard deadline"),
        ("internal", "internal deadline"),
        ("milestone", "milestone"),
    ):
        _marker(d, x + 3, 6.5, kind)
        _text(d, x + 9, 4, label, 7, "start")
        x += 18 + len(label) * 4
    return d


def _lanes(xs: Sequence[float], gap: float = 16.0) -> list[int]:
    """The lowest lane for each marker that keeps it ``gap`` points from the one before it."""
    last: list[float] = []
    out: list[int] = []
    for x in xs:
        lane = next((k for k, prev in enumerate(last) if x - prev >= gap), len(last))
        if lane == len(last):
            last.append(x)
        last[lane] = x
        out.append(lane)
    return out


def _month_ticks(
    d: Drawing, first: date, last: date, to_x: Callable[[date], float], axis_y: float
) -> None:
    year, month = first.year, first.month
    months = (last.year - year) * 12 + last.month - month + 1
    every = max(1, math.ceil(months / 12))
    for k in range(months + 1):
        y, m = year + (month - 1 + k) // 12, (month - 1 + k) % 12 + 1
        day = date(y, m, 1)
        if day < first or day > last:
            continue
        x = to_x(day)
        d.add(Line(x, axis_y - 3, x, axis_y + 3, strokeWidth=0.6))
        if k % every == 0:
            _text(d, x, axis_y - 11, _month_label(f"{y}-{m:02d}"), 6.5)
