"""What every worksheet shares: the context (`Ctx`), number words, and the steps, warnings and
headings they print.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from winbook.domain.budget import Norm
from winbook.domain.explain import Step, fmt_int, fmt_money, fmt_pct
from winbook.domain.figures import Figures
from winbook.domain.model import Plan
from winbook.domain.sources import SOURCES
from winbook.domain.typography import typeset
from winbook.report.layout import para, rich

DASH = "—"


def num(n: int | None) -> str:
    return DASH if n is None else fmt_int(n)


def money(x: Decimal | None, cents: bool = False) -> str:
    """Dollars, with a true minus sign (−$500)."""
    return DASH if x is None else fmt_money(x, cents).replace("-", "−")


def pct(x: float | None, digits: int = 1) -> str:
    """US style, no space: "94%"."""
    return DASH if x is None else fmt_pct(x, digits).replace(" %", "%")


def share(x: float | None) -> str:
    """A computed share in a table column: always one decimal ("15.0%" beside "50.1%"), so a
    column reads at one precision."""
    return DASH if x is None else f"{x:.1f}%"


def norm_band(n: Norm) -> str:
    """A budget norm's range as printed: "10–20%", "at most 5%", "at least 60–75%"."""
    if n.name == "Voter contact":
        return "at least 60–75%"
    return f"{n.low_pct:g}–{n.high_pct:g}%" if n.low_pct else f"at most {n.high_pct:g}%"


#: Words the worksheets print whatever the plan (the glossary keeps a term only if it appears
#: here or in the plan's own text and shown math).
VOCABULARY = (
    "ballots projected turnout win number vote goal safety margin base vote deficit "
    "persuasion need contacts shifts GOTV cost per vote voter contact in kind plurality"
)


@dataclass
class Ctx:
    """What every worksheet needs: the plan, its figures, styles, width and a heading maker."""

    plan: Plan
    figures: Figures
    ss: StyleSheet1
    width: float
    heading: Callable[[str, int], Flowable]
    #: The frame width of a landscape page (0: none), for a table too wide for an upright one.
    wide_width: float = 0.0


def steps_list(ctx: Ctx, steps: Sequence[Step], start: int = 1) -> list[Flowable]:
    out: list[Flowable] = []
    for i, step in enumerate(steps, start):
        text = f"{i}. {step.text}"
        source = SOURCES.get(step.source)
        p = para(typeset(text), ctx.ss["Step"])
        if source:
            p = rich(
                f"{p.text} <font size='7.5' color='#555555'><i>[{source.title}]</i></font>",
                ctx.ss["Step"],
            )
        out.append(p)
    return out


def warnings_list(ctx: Ctx, warnings: Sequence[str]) -> list[Flowable]:
    if not warnings:
        return []
    out: list[Flowable] = [para("Points to check", ctx.ss["H3"])]
    out += [para(f"! {typeset(w)}", ctx.ss["Warning"]) for w in warnings]
    return out


def h3(ctx: Ctx, text: str) -> Flowable:
    return para(text, ctx.ss["H3"])


def h3_table(ctx: Ctx, text: str) -> list[Flowable]:
    """A heading before a long table: a new page only when less than 45 mm is left, so the
    table starts under its heading and splits instead of jumping whole to the next page."""
    return [CondPageBreak(45 * mm), para(text, ctx.ss["H3Loose"])]


def h3_chart(ctx: Ctx, text: str) -> list[Flowable]:
    """A heading before a chart: kept on the chart's page (a chart cannot split)."""
    return [CondPageBreak(45 * mm), h3(ctx, text)]


def chart_gap() -> Flowable:
    return Spacer(1, 6)
