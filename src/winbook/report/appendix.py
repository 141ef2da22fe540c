"""The packet's appendices: methodology (the source of every default and formula) and glossary."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from winbook.domain.figures import Figures
from winbook.domain.model import CHANNEL_LABELS
from winbook.domain.path import CHANNEL_DEFAULTS
from winbook.domain.sources import SOURCES
from winbook.report.layout import Col, para, rich, table
from winbook.report.worksheets import DASH, Ctx

GLOSSARY: tuple[tuple[str, str], ...] = (
    (
        "Ballots",
        "The papers (or screens) voters cast. In a vote-for-N race one ballot can carry "
        "up to N votes, so targets are reasoned in ballots.",
    ),
    (
        "Base",
        "The votes you can expect from people who already support candidates like you: the "
        "base share times projected turnout.",
    ),
    ("Bullet voting", "Choosing fewer candidates than there are seats, so as not to help rivals."),
    (
        "Contact",
        "A conversation with a voter at the door, on the phone or by text (not an "
        "attempt that reaches nobody).",
    ),
    ("Cost per vote", "Total spending divided by the vote goal."),
    (
        "Droop quota",
        "floor(B/(N+1)) + 1: the votes that guarantee one of N seats in a ranked-choice count.",
    ),
    ("Early vote", "Ballots cast by mail or in person before election day."),
    ("GOTV", "Get out the vote: making sure supporters actually cast their ballots."),
    (
        "In kind",
        "Goods or services given to the campaign instead of money; they count as "
        "spending but not as cash.",
    ),
    ("Persuasion need", "The votes still missing after the base: vote goal minus GOTV bucket."),
    ("Plurality", "Winning with the most votes, even without a majority."),
    ("Projected turnout (T)", "The number of ballots expected in your own contest."),
    ("Roll-off", "Voters who cast a ballot but skip a down-ballot contest."),
    ("Safety margin", "The cushion added to the win number to get the vote goal."),
    ("Shift", "A block of volunteer time, 3 hours by default."),
    ("Vote deficit", "The vote goal minus the base: what voter contact must win."),
    ("Vote for N", "A race that fills N seats, where each voter may choose up to N candidates."),
    ("Vote goal", "The win number plus the safety margin: the figure the plan aims at."),
    (
        "Voter-contact share",
        "The part of spending that reaches voters directly (mail, literature, "
        "phones and texts, digital, media).",
    ),
    ("Win number", "The fewest votes that win the seat under the race's rule."),
)


def _used_sources(f: Figures) -> dict[str, list[str]]:
    parts = (
        ("turnout", f.turnout.steps),
        ("win number", f.win.steps),
        ("path to victory", f.path.steps),
        ("budget", f.budget.steps),
        ("fundraising test", f.fundraising.steps),
    )
    used: dict[str, list[str]] = {}
    for name, steps in parts:
        for step in steps:
            if step.source and name not in used.setdefault(step.source, []):
                used[step.source].append(name)
    return used


def methodology(ctx: Ctx, f: Figures) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), ctx.heading("Appendix A. Methodology and sources", 0)]
    out.append(
        para(
            "Every figure in this packet is computed by Winbook from the inputs shown, with the "
            "formulas below. Each default is a published rule of thumb that the candidate can "
            "change; the bracketed names in the worksheets point to these entries.",
            ctx.ss["Body"],
        )
    )
    used = _used_sources(f)
    for key, src in SOURCES.items():
        where = used.get(key)
        note = f" <i>Used here in: {', '.join(where)}.</i>" if where else ""
        out.append(para(src.title, ctx.ss["H3"]))
        out.append(rich(para(src.detail, ctx.ss["Body"]).text + note, ctx.ss["Body"]))
    out += _rates(ctx)
    return out


def _rates(ctx: Ctx) -> list[Flowable]:
    cols = [
        Col("Channel", 2.4),
        Col("Attempts / hour", 1.1, True),
        Col("Contacts / hour", 1.1, True),
        Col("Contacts per vote", 1.1, True),
        Col("Source", 2.2),
    ]
    rows = [
        [
            CHANNEL_LABELS[c],
            _g(d.attempts_per_hour),
            _g(d.contacts_per_hour),
            _g(d.contacts_per_vote),
            SOURCES[d.source].title,
        ]
        for c, d in CHANNEL_DEFAULTS.items()
    ]
    return [
        para("Default contact rates", ctx.ss["H3"]),
        table(ctx.ss, cols, rows, ctx.width),
    ]


def _g(x: float | None) -> str:
    return DASH if x is None else f"{x:g}"


def glossary(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), ctx.heading("Appendix B. Glossary", 0)]
    cols = [Col("Term", 1.4), Col("Meaning", 5)]
    out.append(table(ctx.ss, cols, [list(t) for t in GLOSSARY], ctx.width))
    return out
