"""One plan's packet as a list of flowables: cover, contents, the plan at a glance, the 14
narrative sections (domain notes §6) with their worksheets, values, the confidential background
disclosure, the filing checklist, coach notes (only when asked) and the appendices."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, TableStyle

from winbook.domain.figures import Figures, compute_figures
from winbook.domain.model import (
    DISCLOSURE_LABELS,
    LEVEL_LABELS,
    STATUS_LABELS,
    FilingStatus,
    Plan,
    PrimaryType,
    Race,
    SectionStatus,
)
from winbook.domain.sections import SECTION_SPECS, SPEC_BY_KEY, SectionSpec, word_count
from winbook.report import appendix, worksheets
from winbook.report.fonts import REGULAR
from winbook.report.layout import (
    Col,
    Confidential,
    Heading,
    PlanStart,
    boxed,
    key_values,
    para,
    paragraphs,
    rich,
    table,
)
from winbook.report.worksheets import DASH, Ctx, fmt_date, money, num
from winbook.store.profiles import assess_plan as assess

if TYPE_CHECKING:
    from winbook.report.packet import PacketRenderer, PageChrome

_COMPUTED = {
    "win_number": worksheets.win_number,
    "path": worksheets.path_to_victory,
    "fundraising": worksheets.fundraising,
    "budget": worksheets.budget,
    "timeline": worksheets.timeline,
}


def readiness(plan: Plan, figures: Figures) -> tuple[bool, float]:
    """(ready, score %) from the readiness report: the cover says DRAFT until it is ready."""
    result = assess(plan, figures)
    return result.ready, float(result.score_pct)


def filing_text(f: FilingStatus) -> str:
    parts = [
        label
        for label, on in (
            ("on the ballot", f.on_ballot),
            ("petition signatures filed", f.petition_signatures_filed),
            ("campaign committee formed", f.committee_formed),
            ("bank account opened", f.bank_account_opened),
            ("publicly announced", f.publicly_announced),
        )
        if on
    ]
    if f.publicly_announced and f.announcement_date:
        parts[-1] += f" on {fmt_date(f.announcement_date)}"
    text = "; ".join(parts) if parts else "not filed yet"
    text = text[0].upper() + text[1:]
    return f"{text}. {f.note}".strip() if f.note.strip() else f"{text}."


def _partisan(r: Race) -> str:
    if not r.partisan:
        return "no"
    return f"yes ({r.party})" if r.party else "yes"


def _stage(r: Race) -> str:
    if r.primary_type is PrimaryType.NONE:
        return r.stage.value
    return f"{r.stage.value} ({r.primary_type.value.replace('_', '-')})"


def _section_title(key: str) -> str:
    return SPEC_BY_KEY[key].title if key in SPEC_BY_KEY else (key or "Whole plan")


class PlanStory:
    def __init__(self, plan: Plan, index: int, renderer: PacketRenderer) -> None:
        self.plan = plan
        self.index = index
        self.options = renderer.options
        self.ss = renderer.styles
        self.width = renderer.frame_width
        self.figures = compute_figures(plan)
        self.ready, self.score = readiness(plan, self.figures)
        self._keys = 0
        self.ctx = Ctx(plan, self.figures, self.ss, self.width, self.heading)

    # ------------------------------------------------------------------ naming

    def name(self) -> str:
        c = self.plan.candidate
        return c.full_name.strip() or c.ballot_name.strip() or "Unnamed candidate"

    def office(self) -> str:
        r = self.plan.race
        office = r.office.strip() or "Office not set"
        return f"{office}, {r.jurisdiction.strip()}" if r.jurisdiction.strip() else office

    def document_title(self) -> str:
        return f"Application packet: {self.name()}, {self.office()}"

    def author(self) -> str:
        return self.name()

    def subject(self) -> str:
        return (
            f"Campaign plan for {self.office()}, election {fmt_date(self.plan.race.election_date)}"
        )

    def prepared(self) -> date | None:
        if self.plan.meta.prepared_on:
            return self.plan.meta.prepared_on
        return None if self.options.reproducible else date.today()

    def chrome(self) -> PageChrome:
        from winbook.report.packet import PageChrome

        footer = f"Campaign plan prepared {fmt_date(self.prepared())} with Winbook"
        return PageChrome(self.name(), self.office(), footer, draft=not self.ready)

    def heading(self, text: str, level: int, toc: bool = True) -> Flowable:
        self._keys += 1
        style = self.ss[{-1: "CoverName", 0: "H1", 1: "H2"}.get(level, "H3")]
        h = Heading(text, style, level, f"p{self.index}k{self._keys}", self.index)
        h.toc = toc
        return h

    # ------------------------------------------------------------------ the story

    def build(self, merged: bool) -> list[Flowable]:
        out: list[Flowable] = [*self.cover(merged), *self.contents(), *self.glance()]
        for spec in SECTION_SPECS:
            out += self.section(spec)
        out += self.values()
        out += self.disclosure()
        out += self.checklist()
        if self.options.include_coach_notes:
            out += self.coach_notes()
        out += appendix.methodology(self.ctx, self.figures)
        out += appendix.glossary(self.ctx)
        if merged:
            out.append(PageBreak())
        return out

    def cover(self, merged: bool) -> list[Flowable]:
        r = self.plan.race
        out: list[Flowable] = [PlanStart(self.index), Spacer(1, 22 * mm)]
        out.append(para("CAMPAIGN PLAN · APPLICATION PACKET", self.ss["CoverKicker"]))
        if merged:
            out.append(self.heading(self.name(), -1, toc=False))
        else:
            out.append(para(self.name(), self.ss["CoverName"]))
        office = r.office.strip() or "Office not set"
        if r.district.strip():
            office += f", {r.district.strip()}"
        out.append(para(office, self.ss["CoverLine"]))
        where = ", ".join(x for x in (r.jurisdiction.strip(), r.state.strip()) if x)
        out += [para(where, self.ss["CoverLine"])] if where else []
        out += [Spacer(1, 12 * mm), key_values(self.ss, self.cover_facts(), self.width)]
        out += [Spacer(1, 10 * mm), *self.stamp()]
        return [*out, PageBreak()]

    def cover_facts(self) -> list[tuple[str, str]]:
        r = self.plan.race
        facts = [
            ("Candidate", self.name()),
            ("Office", r.office or DASH),
            ("Jurisdiction", ", ".join(x for x in (r.jurisdiction, r.district, r.state) if x)),
            ("Election date", fmt_date(r.election_date)),
            ("Filing status", filing_text(self.plan.filing)),
            ("Date prepared", fmt_date(self.prepared())),
        ]
        facts.append(("Readiness", f"{self.score:.0f} %" + (" (ready)" if self.ready else "")))
        return facts

    def stamp(self) -> list[Flowable]:
        out: list[Flowable] = []
        if not self.ready:
            why = f"readiness {self.score:.0f} %"
            out.append(
                boxed(
                    [
                        para("DRAFT", self.ss["Stamp"]),
                        para(f"Not ready to submit ({why}).", self.ss["Banner"]),
                    ],
                    self.width,
                    grey=0.9,
                    border=2,
                )
            )
        notes = []
        if self.options.include_private:
            notes.append("This copy includes PRIVATE details (home address, personal contacts).")
        if self.options.include_coach_notes:
            notes.append("This copy includes COACH NOTES: remove them before submitting.")
        out += [Spacer(1, 6 * mm)] if notes else []
        out += [para(n, self.ss["Banner"]) for n in notes]
        return out

    def contents(self) -> list[Flowable]:
        from winbook.report.packet import PlanContents

        toc = PlanContents(
            self.index,
            levelStyles=[self.ss["TOC0"], self.ss["TOC1"], self.ss["TOC2"]],
            dotsMinLevel=0,
            tableStyle=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, 10),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
        return [self.heading("Contents", 0, toc=False), toc, PageBreak()]

    def glance(self) -> list[Flowable]:
        f = self.figures
        b = f.budget
        test = {True: "passed", False: "not yet passed", None: "cannot be judged yet"}
        figures = [
            ("Projected turnout", f"{num(f.turnout.projected)} ballots"),
            ("Win number", f"{num(f.win.win_number)} votes ({f.win.rule_label})"),
            ("Vote goal", f"{num(f.win.vote_goal)} votes"),
            ("Base / vote deficit", f"{num(f.win.base_votes)} / {num(f.win.deficit)} votes"),
            ("Contacts needed", num(f.path.contacts)),
            ("Volunteer hours", f"{f.path.total_hours:,} ({f.path.total_shifts:,} shifts)"),
            ("Total budget", money(b.total_spending)),
            ("Cost per vote", money(b.cost_per_vote, True)),
            ("Lowest cash on hand", f"{money(b.lowest_cash)} ({b.lowest_month or DASH})"),
            ("15 % fundraising test", test[f.fundraising.passed]),
        ]
        out: list[Flowable] = [self.heading("The plan at a glance", 0)]
        out += [key_values(self.ss, figures, self.width)]
        out += [
            para("Candidate", self.ss["H3"]),
            key_values(self.ss, self.candidate_facts(), self.width),
        ]
        out += self.private_block()
        out += [para("Race", self.ss["H3"]), key_values(self.ss, self.race_facts(), self.width)]
        return [*out, PageBreak()]

    def candidate_facts(self) -> list[tuple[str, str]]:
        c = self.plan.candidate
        pairs = [
            ("Full name", c.full_name),
            ("Name on the ballot", c.ballot_name),
            ("Pronouns", c.pronouns),
            ("Occupation", c.occupation),
            ("Party", c.party),
            ("Campaign email", c.campaign_email),
            ("Campaign phone", c.campaign_phone),
            ("Website", c.website),
            ("Committee", c.committee_name),
            ("Run", c.run_number.value.replace("_", " ")),
            ("Incumbent", "yes" if c.is_incumbent else "no"),
        ]
        return [(k, v) for k, v in pairs if v]

    def private_block(self) -> list[Flowable]:
        if not self.options.include_private:
            return []
        c = self.plan.candidate
        pairs = [
            ("Home address", c.home_address or DASH),
            ("Personal phone", c.personal_phone or DASH),
            ("Personal email", c.personal_email or DASH),
            ("Birth date", fmt_date(c.birth_date)),
        ]
        return [
            para("Private details (not for distribution)", self.ss["H3"]),
            key_values(self.ss, pairs, self.width),
        ]

    def race_facts(self) -> list[tuple[str, str]]:
        r = self.plan.race
        return [
            ("Level", LEVEL_LABELS[r.level]),
            ("Partisan", _partisan(r)),
            ("Seats / candidates expected", f"{r.seats} / {r.candidates_expected}"),
            ("Voting method", r.voting_method.value.replace("_", " ")),
            ("Stage", _stage(r)),
            ("Election date", fmt_date(r.election_date)),
            ("Early voting opens", fmt_date(r.early_voting_start)),
            ("Filing deadline", fmt_date(r.filing_deadline)),
            ("Registered voters", num(r.registered_voters)),
            ("Filing status", filing_text(self.plan.filing)),
        ]

    def section(self, spec: SectionSpec) -> list[Flowable]:
        s = next((x for x in self.plan.sections if x.key == spec.key), None)
        out: list[Flowable] = [
            CondPageBreak(60 * mm),
            self.heading(f"{spec.number}. {spec.title}", 0),
        ]
        text = s.text if s else ""
        status = s.status if s else SectionStatus.EMPTY
        out.append(
            para(f"Status: {STATUS_LABELS[status]} · {word_count(text)} words", self.ss["Note"])
        )
        out += paragraphs(text, self.ss["Body"]) or [para("Not written yet.", self.ss["Empty"])]
        builder = _COMPUTED.get(spec.computed)
        if builder is not None:
            out += builder(self.ctx)
        return out

    def values(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading("Values and answers", 0)]
        if not self.plan.values:
            return [*out, para("No value statements answered yet.", self.ss["Empty"])]
        for v in self.plan.values:
            out.append(para(v.statement or v.value_id or "Value statement", self.ss["H3"]))
            out += paragraphs(v.answer, self.ss["Body"]) or [
                para("Not answered yet.", self.ss["Empty"])
            ]
        return out

    def disclosure(self) -> list[Flowable]:
        d = self.plan.disclosure
        out: list[Flowable] = [PageBreak(), Confidential(True)]
        out.append(self.heading("Background disclosure (CONFIDENTIAL)", 0))
        banner = "CONFIDENTIAL: for the endorsement review only. Do not copy or circulate."
        out.append(boxed([para(banner, self.ss["Banner"])], self.width, grey=0.9))
        out.append(Spacer(1, 4 * mm))
        if d.nothing_to_disclose:
            out.append(para("The candidate states there is nothing to disclose.", self.ss["Body"]))
        out += paragraphs(d.statement, self.ss["Body"])
        if d.items:
            cols = [
                Col("What", 1.3),
                Col("What a check will find", 3),
                Col("The candidate's explanation", 3.4),
            ]
            rows = [[DISCLOSURE_LABELS[i.category], i.finding, i.explanation] for i in d.items]
            out.append(table(self.ss, cols, rows, self.width))
        elif not d.nothing_to_disclose and not d.statement.strip():
            out.append(para("Not completed yet.", self.ss["Empty"]))
        return [*out, Confidential(False), PageBreak()]

    def checklist(self) -> list[Flowable]:
        out: list[Flowable] = [self.heading("Filing checklist", 0)]
        items = self.plan.checklist
        if not items:
            return [*out, para("No checklist items yet.", self.ss["Empty"])]
        cols = [Col("Done", 0.6), Col("Step", 3.2), Col("Due", 1.4), Col("Note", 2.6)]
        rows = [["☑" if i.done else "☐", i.step, fmt_date(i.due), i.note] for i in items]
        done = sum(i.done for i in items)
        out.append(para(f"{done} of {len(items)} steps done.", self.ss["Body"]))
        return [*out, table(self.ss, cols, rows, self.width)]

    def coach_notes(self) -> list[Flowable]:
        out: list[Flowable] = [
            PageBreak(),
            self.heading("Coach notes (not part of the application)", 0),
        ]
        banner = (
            "COACH NOTES: for the candidate and coach only. Remove these pages before submitting."
        )
        out += [boxed([para(banner, self.ss["Banner"])], self.width, grey=0.9), Spacer(1, 4 * mm)]
        notes = self.plan.coach_notes
        if notes:
            cols = [Col("Section", 1.6), Col("Coach", 1.2), Col("When", 1.2), Col("Note", 4)]
            rows = [
                [
                    _section_title(n.section),
                    n.author,
                    fmt_date(n.created.date()) if n.created else DASH,
                    n.text,
                ]
                for n in notes
            ]
            out.append(table(self.ss, cols, rows, self.width))
        else:
            out.append(para("No coach notes.", self.ss["Empty"]))
        return out + self.sessions()

    def sessions(self) -> list[Flowable]:
        out: list[Flowable] = []
        for s in self.plan.sessions:
            when = fmt_date(s.when.date()) if s.when else DASH
            out.append(para(f"Coaching session, {when} ({s.coach or 'coach'})", self.ss["H3"]))
            out += [
                rich("<b>Agenda.</b>", self.ss["Small"]),
                *paragraphs(s.agenda, self.ss["Small"]),
            ]
            out += [
                rich("<b>Decisions.</b>", self.ss["Small"]),
                *paragraphs(s.decisions, self.ss["Small"]),
            ]
            if s.next_steps:
                cols = [Col("Done", 0.6), Col("Next step", 4), Col("Who", 1.4), Col("Due", 1.4)]
                rows = [
                    ["☑" if n.done else "☐", n.text, n.owner, fmt_date(n.due)] for n in s.next_steps
                ]
                out.append(table(self.ss, cols, rows, self.width))
        return out
