"""One plan's packet as a list of flowables: cover, contents, the plan at a glance, the 14
narrative sections (domain notes §6) with their worksheets, values, the confidential background
disclosure, the filing checklist, coach notes (only when asked) and the appendices.

Its small facts are in `facts`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, TableStyle

from winbook.domain.figures import compute_figures
from winbook.domain.labels import office_line, place_line
from winbook.domain.model import (
    DISCLOSURE_LABELS,
    LEVEL_LABELS,
    STATUS_LABELS,
    Plan,
    SectionStatus,
)
from winbook.domain.path import plural
from winbook.domain.readiness import TopicStatus
from winbook.domain.sections import SECTION_SPECS, SectionSpec, word_count
from winbook.domain.typography import fmt_date, month_label, typeset
from winbook.report import appendix, worksheets
from winbook.report.fonts import REGULAR
from winbook.report.layout import (
    Col,
    Confidential,
    Heading,
    PageKind,
    PlanStart,
    boxed,
    key_values,
    markup,
    para,
    paragraphs,
    rich,
    table,
)
from winbook.report.packet_story.facts import (
    UNUSED_RULES,
    _partisan,
    _range,
    _section_title,
    _stage,
    filing_text,
    readiness,
)
from winbook.report.points import points_to_check
from winbook.report.story_text import story_text
from winbook.report.targeting import where_the_votes_are
from winbook.report.worksheets import DASH, Ctx, money, num

if TYPE_CHECKING:
    from winbook.report.canvas import PageChrome
    from winbook.report.packet import PacketRenderer


__all__ = ["UNUSED_RULES", "PlanStory", "filing_text", "readiness"]


_COMPUTED = {
    "win_number": worksheets.win_number,
    "path": lambda ctx: [*worksheets.path_to_victory(ctx), *where_the_votes_are(ctx)],
    "fundraising": worksheets.fundraising,
    "budget": worksheets.budget,
    "timeline": worksheets.timeline,
}


class PlanStory:
    def __init__(self, plan: Plan, index: int, renderer: PacketRenderer) -> None:
        self.plan = plan
        self.index = index
        self.options = renderer.options
        self.ss = renderer.styles
        self.width = renderer.frame_width
        self.figures = compute_figures(plan)
        self.readiness = readiness(plan, self.figures)
        self.ready, self.score = self.readiness.ready, float(self.readiness.score_pct)
        self._keys = 0
        self.ctx = Ctx(
            plan, self.figures, self.ss, self.width, self.heading, renderer.wide_frame_width
        )

    # ------------------------------------------------------------------ naming

    def name(self) -> str:
        c = self.plan.candidate
        return c.full_name.strip() or c.ballot_name.strip() or "Unnamed candidate"

    def office(self) -> str:
        r = self.plan.race
        office = office_line(r, district=False)
        if not r.office.strip():
            office = ", ".join(x for x in ("Office not set", office) if x)
        return office

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
        from winbook.report.canvas import PageChrome

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
        out: list[Flowable] = [*self.separator(), *self.cover(merged), *self.glance()]
        out += [*self.contents(), *self.facts()]
        for spec in SECTION_SPECS:
            out += self.section(spec)
        out += self.values()
        out += self.disclosure()
        out += self.checklist()
        out += appendix.methodology(self.ctx, self.figures)
        out += appendix.glossary(self.ctx, self.glossary_text(out))
        if self.options.include_private:
            out += self.private_pages()
        if self.options.include_coach_notes:
            out += self.coach_notes()
        if merged:
            out.append(PageBreak())
        return out

    def separator(self) -> list[Flowable]:
        """In a print run, a cover sheet with the candidate's name before every packet but the
        first (with a blank back, so the packet after it starts on a front)."""
        if not (self.options.separator and self.index > 0):
            return []
        return [
            PageKind(self.index, "separator"),
            Spacer(1, 70 * mm),
            para("NEXT APPLICATION PACKET", self.ss["CoverKicker"]),
            para(self.name(), self.ss["CoverName"]),
            para(self.office(), self.ss["CoverLine"]),
            PageBreak(),
        ]

    def cover(self, merged: bool) -> list[Flowable]:
        r = self.plan.race
        out: list[Flowable] = [PlanStart(self.index), Spacer(1, 22 * mm)]
        out.append(para("CAMPAIGN PLAN · APPLICATION PACKET", self.ss["CoverKicker"]))
        if merged:
            out.append(self.heading(self.name(), -1, toc=False))
        else:
            out.append(para(self.name(), self.ss["CoverName"]))
        office = office_line(r, jurisdiction=False) if r.office.strip() else "Office not set"
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
            ("Jurisdiction", place_line(r)),
            ("Election date", fmt_date(r.election_date)),
            ("Filing status", filing_text(self.plan.filing)),
            ("Date prepared", fmt_date(self.prepared())),
        ]
        state = "ready to apply" if self.ready else "not ready yet: see The plan at a glance"
        facts.append(("Readiness", f"{self.score:.0f}%, {state}"))
        return facts

    def open_topics(self) -> str:
        """The topics not ready, counted as the next page lists them: "1 topic (2 sections)"
        when the one open topic is the campaign plan with two sections still open."""
        topics = [t for t in self.readiness.topics if t.status is not TopicStatus.READY]
        parts = sum(len(t.parts) for t in topics)
        listed = f" ({plural(parts, 'section')})" if parts else ""
        return f"{plural(len(topics), 'topic')}{listed}"

    def stamp(self) -> list[Flowable]:
        out: list[Flowable] = []
        if not self.ready:
            why = (
                f"Readiness {self.score:.0f}%: {self.open_topics()} not ready yet "
                "(the reasons are on the next page, The plan at a glance)."
            )
            out.append(
                boxed(
                    [para("DRAFT", self.ss["Stamp"]), para(why, self.ss["Banner"])],
                    self.width,
                    grey=0.9,
                    border=2,
                )
            )
        notes = []
        if self.options.include_private:
            notes.append("This copy ends with PRIVATE pages: remove them before submitting.")
        if self.options.include_coach_notes:
            notes.append("This copy ends with COACH NOTES pages: remove them before submitting.")
        out += [Spacer(1, 6 * mm)] if notes else []
        out += [para(n, self.ss["Banner"]) for n in notes]
        return out

    def contents(self) -> list[Flowable]:
        from winbook.report.canvas import PlanContents

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
        """The reviewer's first page: headline figures, readiness with every reason that is not
        ready yet (the sentences of `winbook check`), then the points to check."""
        out: list[Flowable] = [self.heading("The plan at a glance", 0)]
        out += [key_values(self.ss, self.headline(), self.width)]
        out += self.readiness_block()
        out += self.points_block()
        return [*out, PageBreak()]

    def headline(self) -> list[tuple[str, str]]:
        f = self.figures
        b = f.budget
        test = {True: "passed", False: "not yet passed", None: "cannot be judged yet"}
        low = f"{money(b.lowest_cash)} ({month_label(b.lowest_month)})" if b.lowest_month else DASH
        return [
            ("Turnout (low / expected / high)", _range(f)),
            ("Win number", f"{num(f.win.win_number)} votes ({typeset(f.win.rule_label)})"),
            ("Vote goal", f"{num(f.win.vote_goal)} votes"),
            ("Base / vote deficit", f"{num(f.win.base_votes)} / {num(f.win.deficit)} votes"),
            ("Contacts needed", num(f.path.contacts)),
            (
                "Volunteer hours",
                f"{num(f.path.total_hours)} ({plural(f.path.total_shifts, 'shift')})",
            ),
            ("Total budget", money(b.total_spending)),
            ("Cost per vote", money(b.cost_per_vote, True)),
            ("Lowest cash on hand", low),
            ("15% fundraising test", test[f.fundraising.passed]),
        ]

    def readiness_block(self) -> list[Flowable]:
        r = self.readiness
        verdict = "ready to apply" if r.ready else "not ready to apply yet"
        out: list[Flowable] = [para(f"Readiness: {r.score_pct}%, {verdict}", self.ss["H2"])]
        if r.profile_note:
            out.append(para(r.profile_note, self.ss["Small"]))
        done = [t.title for t in r.topics if t.status is TopicStatus.READY]
        for t in r.topics:
            if t.status is TopicStatus.READY:
                continue
            out.append(rich(f"<b>{markup(t.title)}</b> ({t.status.value})", self.ss["Small"]))
            # the sentences of `winbook check`, set in print (×, −, 94%, "May 2028")
            out += [para(f"• {typeset(reason)}", self.ss["Bullet"]) for reason in t.reasons]
        if done:
            out.append(para(f"Ready: {', '.join(done)}.", self.ss["Small"]))
        return out

    def points_block(self) -> list[Flowable]:
        points = points_to_check(self.plan, self.figures)
        out: list[Flowable] = [para("Points to check", self.ss["H2"])]
        if not points:
            return [*out, para("Nothing is flagged.", self.ss["Small"])]
        return out + [para(f"! {point}", self.ss["Warning"]) for point in points]

    def facts(self) -> list[Flowable]:
        out: list[Flowable] = [self.heading("Candidate and race", 0)]
        out += [
            para("Candidate", self.ss["H3"]),
            key_values(self.ss, self.candidate_facts(), self.width),
        ]
        out += [para("Race", self.ss["H3"]), key_values(self.ss, self.race_facts(), self.width)]
        return out

    def glossary_text(self, story: Sequence[object] = ()) -> str:
        """The words the packet prints (for the glossary to keep only terms that appear): every
        word of ``story`` (the pages before the glossary), and the calculators' steps."""
        f = self.figures
        # the methodology's closing list of rules the plan does NOT use names them only
        printed = story_text(story, skip=UNUSED_RULES)
        parts = [printed, f.win.rule_label, *(s.text for s in self.plan.sections)]
        for r in (f.turnout, f.win, f.path, f.budget, f.fundraising):
            parts += [s.text for s in r.steps] + list(r.warnings)
        return " ".join(parts) + " " + worksheets.VOCABULARY

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

    def private_pages(self) -> list[Flowable]:
        c = self.plan.candidate
        pairs = [
            ("Home address", c.home_address or DASH),
            ("Personal phone", c.personal_phone or DASH),
            ("Personal email", c.personal_email or DASH),
            ("Birth date", fmt_date(c.birth_date)),
        ]
        banner = "For the candidate's own copy only: remove these pages before submitting."
        return [
            PageBreak(),
            PageKind(self.index, "private"),
            self.heading("PRIVATE — not for submission", 0, toc=False),  # numbered apart
            boxed([para(banner, self.ss["Banner"])], self.width, grey=0.9),
            Spacer(1, 4 * mm),
            para("Private details", self.ss["H3"]),
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
            para(
                f"Status: {STATUS_LABELS[status]} · {plural(word_count(text), 'word')}",
                self.ss["Status"],
            )
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
            PageKind(self.index, "coach"),
            self.heading("COACH NOTES — not for submission", 0, toc=False),
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
