"""The packet's appendices: methodology (the source of every default and formula) and glossary."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak

from winbook.domain.explain import fmt_int
from winbook.domain.figures import Figures
from winbook.domain.glossary import TERMS, terms_used
from winbook.domain.model import CHANNEL_LABELS, Channel, ChannelPlan
from winbook.domain.path import CHANNEL_DEFAULTS
from winbook.domain.sources import SOURCES
from winbook.domain.typography import typeset
from winbook.report.layout import Col, para, rich, table
from winbook.report.worksheets import DASH, Ctx

#: The packet's glossary entries (term, meaning): the same words as the window's Help → Glossary.
GLOSSARY: tuple[tuple[str, str], ...] = tuple((t.term, t.meaning) for t in TERMS)


def _used_sources(ctx: Ctx, f: Figures) -> dict[str, list[str]]:
    """The source of every rule and default this plan's figures use, with where they are used."""
    parts = (
        ("turnout", [s.source for s in f.turnout.steps]),
        ("win number", [s.source for s in f.win.steps]),
        ("path to victory", [s.source for s in f.path.steps]),
        ("contact rates", [CHANNEL_DEFAULTS[c.channel].source for c in f.path.channels]),
        (
            "contacts per vote gained (for reference, not used in the figures)",
            [CHANNEL_DEFAULTS[c.channel].per_vote_source for c in f.path.channels],
        ),
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
        Col("Contacts per vote gained*", 1.1, True),
        Col("Source of the hourly rates", 2.2),
    ]
    plans = {c.channel: c for c in ctx.plan.path.channels}
    rows = []
    per_vote = {SOURCES[CHANNEL_DEFAULTS[fig.channel].per_vote_source].title for fig in channels}
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
    p = ctx.figures.path
    own = (
        f" (here {fmt_int(p.contacts)} contacts for a need of {fmt_int(p.need)} votes)"
        if p.need and p.contacts is not None
        else ""
    )
    note = (
        f"* Contacts per vote gained: {'; '.join(sorted(per_vote))}. Shown for reference, not "
        "used in these figures: the path counts contacts as the persuasion need ÷ the support "
        f"rate ÷ the turnout rate{own}."
    )
    # the note says what the starred column is: it stays on the table's page
    return [
        KeepTogether(
            [
                para("Contact rates this plan uses", ctx.ss["H3"]),
                table(ctx.ss, cols, rows, ctx.width),
                para(note, ctx.ss["Small"]),
            ]
        )
    ]


def _is_default(channel: Channel, c: ChannelPlan) -> bool:
    d = CHANNEL_DEFAULTS[channel]
    mine = (c.attempts_per_hour, c.contacts_per_hour, c.contacts_per_vote)
    return mine == (d.attempts_per_hour, d.contacts_per_hour, d.contacts_per_vote)


def _g(x: float | None) -> str:
    return DASH if x is None else f"{x:g}"


def glossary_terms(text: str) -> list[tuple[str, str]]:
    """The glossary entries whose term appears in ``text`` (the packet's words)."""
    return [(t.term, t.meaning) for t in terms_used(text)]


def glossary(ctx: Ctx, text: str) -> list[Flowable]:
    terms = glossary_terms(text)
    if not terms:
        return []
    out: list[Flowable] = [CondPageBreak(60 * mm), ctx.heading("Appendix B. Glossary", 0)]
    cols = [Col("Term", 1.4), Col("Meaning", 5)]
    out.append(table(ctx.ss, cols, [list(t) for t in terms], ctx.width))
    return out
