"""The packet's "Where the votes are" page: the precinct chart and the top precincts (§8).

Follows the path-to-victory worksheet; shown only when the plan has imported results. Public
precinct results only: nothing private reaches this page.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from winbook.domain.targeting import (
    BASE,
    LOW,
    PERSUASION,
    PrecinctTarget,
    TargetingChartData,
    TargetingResult,
    chart_data,
    plan_targeting,
)
from winbook.report.charts import _rgb, _text, _title, nice_step
from winbook.report.fonts import REGULAR
from winbook.report.layout import Col, key_values, para, table
from winbook.report.worksheets import (
    Ctx,
    chart_gap,
    h3,
    h3_chart,
    h3_table,
    steps_list,
    warnings_list,
)

TOP = 12  # precincts listed (the table fits on the page)
_MAX_R = 11.0
_MIN_R = 1.8
_FILL = {BASE: 0.35, PERSUASION: 0.75, LOW: 1.0}  # grey level of each tier's bubbles


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def where_the_votes_are(ctx: Ctx) -> list[Flowable]:
    """The page, or nothing when no results were imported."""
    settings = ctx.plan.targeting
    if not settings.elections:
        return []
    r = plan_targeting(settings, ctx.figures.path)
    out: list[Flowable] = [CondPageBreak(120 * mm), ctx.heading("Where the votes are", 1)]
    out.append(key_values(ctx.ss, _facts(r, ctx), ctx.width))
    out += [*h3_chart(ctx, "Precincts by support and turnout"), chart_gap()]
    out += [support_turnout_chart(ctx.width, chart_data(r, settings)), chart_gap()]
    out += [*h3_table(ctx, f"Top precincts by doors (of {len(_geo(r)):,} on the map)")]
    out += _top_table(ctx, r)
    out += [h3(ctx, "How the figures are found"), *steps_list(ctx, r.steps)]
    out += warnings_list(ctx, r.warnings)
    return out


def _geo(r: TargetingResult) -> list[PrecinctTarget]:
    return [p for p in r.precincts if p.geographic]


def _facts(r: TargetingResult, ctx: Ctx) -> list[tuple[str, str]]:
    t = ctx.plan.targeting
    years = ", ".join(map(str, r.years)) or "–"
    counts = r.tier_counts()
    tiers = ", ".join(f"{n:,} {tier}" for tier, n in counts.items() if n) or "not rated yet"
    doors = (
        f"{r.doors_given:,} of the path to victory's {r.door_contacts:,} door contacts"
        if r.door_contacts
        else "no door contacts in the path to victory yet"
    )
    off_map = "–"
    if r.non_geographic_pct is not None:
        off_map = (
            f"{r.non_geographic_votes:,} of {r.contest_votes:,} votes "
            f"({r.non_geographic_pct:.0f}%): absentee, provisional, transfer and early-voting "
            "rows, kept in the totals, given no doors"
        )
    return [
        ("Contest", f"{t.office} {t.district}".strip() or "–"),
        ("Elections", years),
        ("Candidates like you", "; ".join(r.reference_contests) or "none picked yet"),
        (
            "Tiers",
            f"{tiers} (base at {t.base_pct:g}% support or more, persuasion from "
            f"{t.persuasion_pct:g}%)",
        ),
        (
            "Door weights",
            f"persuasion 100%, base {t.base_door_weight_pct:g}%, low priority "
            f"{t.low_door_weight_pct:g}% (doors per expected vote, as a share of a persuasion "
            "precinct's)",
        ),
        ("Doors", doors),
        ("Not places on a map", off_map),
    ]


def _top_table(ctx: Ctx, r: TargetingResult) -> list[Flowable]:
    geo = sorted(_geo(r), key=lambda p: (-p.doors, -float(p.expected_votes), p.name.casefold()))
    if not geo:
        return [para("No precinct on the map in these files.", ctx.ss["Empty"])]
    cols = [
        Col("County", 1.2),
        Col("Precinct", 1.6),
        Col("Votes / election", 1, True),
        Col("Share", 0.7, True),
        Col("Support", 0.8, True),
        Col("Turnout index", 0.9, True),
        Col("Tier", 1.1),
        Col("Doors", 0.8, True),
    ]
    rows = [
        [
            p.county,
            p.precinct,
            f"{float(p.expected_votes):,.0f}",
            "–" if p.share_pct is None else f"{p.share_pct:.1f}%",
            _pct(p.support_pct),
            "–" if p.turnout_index is None else f"{p.turnout_index:.2f}",
            p.tier or "–",
            f"{p.doors:,}",
        ]
        for p in geo[:TOP]
    ]
    rest = geo[TOP:]
    total = None
    if rest:
        total = [
            "",
            f"{len(rest):,} more precincts",
            "",
            "",
            "",
            "",
            "",
            f"{sum(p.doors for p in rest):,}",
        ]
    return [table(ctx.ss, cols, rows, ctx.width, total)]


# --------------------------------------------------------------------------- chart


def support_turnout_chart(width: float, data: TargetingChartData) -> Drawing:
    """Bubbles: support along x (0-100 %), turnout index (or votes) up y, area = votes; tiers
    by fill (dark, light, white) and the thresholds as dashed lines, so grey prints read."""
    height = 215.0
    d = Drawing(width, height)
    _title(d, width, height, "Precincts by support (across) and turnout (up); size = votes")
    if not data.points:
        _text(d, width / 2, height / 2, data.empty_text, 8)
        return d
    top = max(p.y for p in data.points) or 1.0
    step = nice_step(top, 4)
    y_max = math.ceil(top / step) * step
    x0, y0, w, h = 44.0, 40.0, width - 60.0, height - 78.0

    def xpos(pct: float) -> float:
        return x0 + w * min(max(pct, 0.0), 100.0) / 100

    def ypos(value: float) -> float:
        return y0 + h * value / y_max

    value = 0.0
    while value <= y_max + step / 1000:
        d.add(Line(x0, ypos(value), x0 + w, ypos(value), strokeColor=_rgb(0.88), strokeWidth=0.4))
        label = f"{value:.2f}" if step < 1 else f"{value:,.0f}"
        _text(d, x0 - 3, ypos(value) - 2.5, label, 6.5, "end")
        value += step
    for tick in (0, 25, 50, 75, 100):
        _text(d, xpos(tick), y0 - 10, f"{tick}%", 6.5)
    d.add(Line(x0, y0, x0 + w, y0, strokeColor=_rgb(0), strokeWidth=0.8))
    d.add(Line(x0, y0, x0, y0 + h, strokeColor=_rgb(0), strokeWidth=0.6))
    for threshold, name in ((data.persuasion_pct, "persuasion"), (data.base_pct, "base")):
        d.add(
            Line(
                xpos(threshold),
                y0,
                xpos(threshold),
                y0 + h,
                strokeColor=_rgb(0),
                strokeWidth=0.5,
                strokeDashArray=[3, 2],
            )
        )
        _text(d, xpos(threshold) + 2, y0 + h - 8, f"{name} {threshold:g}%", 6.5, "start")
    largest = max(p.votes for p in data.points) or 1.0
    ordered = sorted(data.points, key=lambda p: -p.votes)
    for p in ordered:
        r = max(_MIN_R, _MAX_R * math.sqrt(max(p.votes, 0) / largest))
        d.add(
            Circle(
                xpos(p.support_pct),
                ypos(p.y),
                r,
                fillColor=_rgb(_FILL.get(p.tier, 1.0)),
                strokeColor=_rgb(0),
                strokeWidth=0.5,
            )
        )
    placed: list[tuple[float, float, float, float]] = []
    for p in ordered[:10]:  # the largest, where a label fits clear of the others
        r = max(_MIN_R, _MAX_R * math.sqrt(max(p.votes, 0) / largest))
        box = (xpos(p.support_pct) + r + 1.5, ypos(p.y) - 2, len(p.label) * 3.6, 7.0)
        if len(placed) < 6 and not any(_overlap(box, other) for other in placed):
            placed.append(box)
            _text(d, box[0], box[1], p.label, 6, "start")
    _text(d, x0 + w / 2, y0 - 20, "support: share won by candidates like you", 6.5)
    note = f" ({data.note})" if data.note else ""
    d.add(
        String(x0, y0 + h + 6, f"up: {data.y_title.lower()}{note}", fontName=REGULAR, fontSize=6.5)
    )
    x = x0
    for tier in (BASE, PERSUASION, LOW):
        d.add(
            Circle(
                x + 4, 6.5, 3.5, fillColor=_rgb(_FILL[tier]), strokeColor=_rgb(0), strokeWidth=0.5
            )
        )
        _text(d, x + 10, 4, tier, 7, "start")
        x += 22 + len(tier) * 3.9
    return d


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Two (x, y, width, height) boxes overlap."""
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
