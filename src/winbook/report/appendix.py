"""The packet's appendices: methodology (the source of every default and formula) and glossary."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from winbook.domain.figures import Figures
from winbook.domain.model import CHANNEL_LABELS, Channel, ChannelPlan
from winbook.domain.path import CHANNEL_DEFAULTS
from winbook.domain.sources import SOURCES
from winbook.report.layout import Col, para, rich, table
from winbook.report.worksheets import DASH, Ctx, typeset

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


#: The word of each glossary term that must appear in the packet for the term to be kept.
_KEY_WORD = {
    "Projected turnout (T)": "projected turnout",
    "Vote for N": "vote for",
    "Bullet voting": "bullet vot",
    "Early vote": "early vot",
}


def _used_sources(ctx: Ctx, f: Figures) -> dict[str, list[str]]:
    """The source of every rule and default this plan's figures use, with where they are used."""
    parts = (
        ("turnout", [s.source for s in f.turnout.steps]),
        ("win number", [s.source for s in f.win.steps]),
        ("path to victory", [s.source for s in f.path.steps]),
        ("contact rates", [CHANNEL_DEFAULTS[c.channel].source for c in f.path.channels]),
        ("budget", [s.source for s in f.budget.steps] + [n.source for n in f.budget.norms]),
        ("fundraising test", [s.source for s in f.fundraising.steps]),
    )
    used: dict[str, list[str]] = {}
    for name, sources in parts:
        for key in sources:
            if key in SOURCES and name not in used.setdefault(key, []):
                used[key].append(name)
    return used


def methodology(ctx: Ctx, f: Figures) -> list[Flowable]:
    """The rules and defaults this plan's figures use, with their sources; the others in a line."""
    out: list[Flowable] = [PageBreak(), ctx.heading("Appendix A. Methodology and sources", 0)]
    out.append(
        para(
            "Every figure in this packet is computed by Winbook from the inputs shown, with the "
            "rules below: the ones this plan's figures use. Each default is a published rule of "
            "thumb that the candidate can change; the bracketed names in the worksheets point "
            "to these entries.",
            ctx.ss["Body"],
        )
    )
    used = _used_sources(ctx, f)
    for key, src in SOURCES.items():
        if key not in used:
            continue
        note = f" <i>Used here in: {', '.join(used[key])}.</i>"
        out.append(para(src.title, ctx.ss["H3"]))
        out.append(rich(para(typeset(src.detail), ctx.ss["Body"]).text + note, ctx.ss["Body"]))
    out += _rates(ctx)
    others = [src.title for key, src in SOURCES.items() if key not in used]
    if others:
        out.append(
            para(f"Other rules Winbook knows, not used by this plan: {'; '.join(others)}.",
                 ctx.ss["Small"])
        )  # fmt: skip
    return out


def _rates(ctx: Ctx) -> list[Flowable]:
    channels = ctx.figures.path.channels
    if not channels:
        return []
    cols = [
        Col("Channel", 2.4),
        Col("Attempts an hour", 1.1, True),
        Col("Contacts an hour", 1.1, True),
        Col("Contacts per vote", 1.1, True),
        Col("Source", 2.2),
    ]
    plans = {c.channel: c for c in ctx.plan.path.channels}
    rows = []
    for fig in channels:
        c = plans[fig.channel]
        src = SOURCES[CHANNEL_DEFAULTS[fig.channel].source].title
        rows.append(
            [
                CHANNEL_LABELS[fig.channel],
                _g(c.attempts_per_hour),
                _g(c.contacts_per_hour),
                _g(c.contacts_per_vote),
                src if _is_default(fig.channel, c) else "the candidate's own rates",
            ]
        )
    return [
        para("Contact rates this plan uses", ctx.ss["H3"]),
        table(ctx.ss, cols, rows, ctx.width),
    ]


def _is_default(channel: Channel, c: ChannelPlan) -> bool:
    d = CHANNEL_DEFAULTS[channel]
    mine = (c.attempts_per_hour, c.contacts_per_hour, c.contacts_per_vote)
    return mine == (d.attempts_per_hour, d.contacts_per_hour, d.contacts_per_vote)


def _g(x: float | None) -> str:
    return DASH if x is None else f"{x:g}"


def glossary_terms(text: str) -> list[tuple[str, str]]:
    """The glossary entries whose term appears in ``text`` (the packet's words)."""
    words = " ".join(text.lower().split())
    return [
        (term, meaning) for term, meaning in GLOSSARY if _KEY_WORD.get(term, term.lower()) in words
    ]


def glossary(ctx: Ctx, text: str) -> list[Flowable]:
    terms = glossary_terms(text)
    if not terms:
        return []
    out: list[Flowable] = [CondPageBreak(60 * mm), ctx.heading("Appendix B. Glossary", 0)]
    cols = [Col("Term", 1.4), Col("Meaning", 5)]
    out.append(table(ctx.ss, cols, [list(t) for t in terms], ctx.width))
    return out
