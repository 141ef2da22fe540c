"""Plain words for the trade's terms, in one place: the window's Help → Glossary, the "what
this means" links at the top of each page and the packet's glossary appendix all read them here.

Each entry is written for a person who has never seen a win number: the meaning first, in
everyday words, then (where it helps) how Winbook uses it. The figures quoted are the defaults
of domain notes §2-§5; `winbook.domain.sources` has the source of each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    term: str
    meaning: str
    #: The words whose presence in a text means the term is used there (lower case); the
    #: term itself when empty.
    key: str = ""
    see_also: tuple[str, ...] = ()

    @property
    def anchor(self) -> str:
        """A stable link name: "Win number" -> "win-number"."""
        return re.sub(r"[^a-z0-9]+", "-", self.term.lower()).strip("-")

    @property
    def key_word(self) -> str:
        return self.key or self.term.lower()


TERMS: tuple[Term, ...] = (
    Term(
        "Back-test",
        "Trying the turnout method on past elections whose results you already know: each one "
        "is projected from the elections before it, and the miss is recorded. It shows how far "
        "off the method has been here, which sets the turnout range.",
        "back-test",
        ("Turnout range",),
    ),
    Term(
        "Ballots",
        "The papers (or screens) voters cast. In a vote-for-N race one ballot can carry "
        "up to N votes, so targets are reasoned in ballots.",
    ),
    Term(
        "Base",
        "The votes you can expect from people who already support candidates like you: the "
        "base share times projected turnout.",
        see_also=("Vote deficit",),
    ),
    Term(
        "Bullet voting",
        "Choosing fewer candidates than there are seats, so as not to help rivals.",
        "bullet vot",
        ("Vote for N",),
    ),
    Term(
        "Call time",
        "Hours the candidate spends on the phone asking people they know for money, from a "
        "list, with someone keeping track. It usually raises half or more of a local "
        "campaign's money; about 10 hours a week is typical for a candidate with a job.",
    ),
    Term(
        "Comparable election",
        "A past election for the same office in the same kind of year (presidential, midterm "
        "or odd-year). Turnout differs so much between those years that they are never mixed.",
        "comparable",
    ),
    Term(
        "Contact",
        "A conversation with a voter at the door, on the phone or by text (not an "
        "attempt that reaches nobody).",
    ),
    Term(
        "Contest ballots",
        "The ballots on which voters marked anything at all in your own race. It is lower than "
        "all ballots cast because some voters skip races further down the ballot (roll-off).",
        "contest ballots",
        ("Roll-off",),
    ),
    Term(
        "Cost per vote",
        "Total spending divided by the vote goal.",
    ),
    Term(
        "Cycle type",
        "The kind of year an election falls in: presidential (2028), midterm (2026) or "
        "odd-year, when most city and town races are held. Turnout rises and falls with it.",
        "cycle",
        ("Comparable election",),
    ),
    Term(
        "Door weight",
        "How many doors a precinct gets for each vote expected there, as a share of what a "
        "persuasion precinct gets: 100% as many, 50% half as many, 0% none. Base precincts "
        "start at 50% (turning out supporters takes fewer knocks per vote than persuading); "
        "low-priority ones at 0%.",
        "door weight",
        ("Base",),
    ),
    Term(
        "Droop quota",
        "floor(B/(N+1)) + 1: the votes that guarantee one of N seats in a ranked-choice count.",
    ),
    Term(
        "Early vote",
        "Ballots cast by mail or in person before election day.",
        "early vot",
    ),
    Term(
        "First loser",
        "In a race for several seats, the candidate who came in just behind the last winner. "
        "Beating the first loser's total is what it takes to win a seat.",
        "first loser",
        ("Last winner", "Vote for N"),
    ),
    Term(
        "GOTV",
        "Get out the vote: making sure supporters actually cast their ballots.",
        "gotv",
    ),
    Term(
        "In kind",
        "Goods or services given to the campaign instead of money; they count as "
        "spending but not as cash.",
        "in kind",
    ),
    Term(
        "Last winner",
        "In a race for several seats, the winner with the fewest votes (third place when "
        "three seats are filled). Their share of the vote is a realistic target.",
        "last winner",
        ("First loser", "Vote for N"),
    ),
    Term(
        "Persuasion need",
        "The votes still missing after the base: vote goal minus GOTV bucket.",
    ),
    Term(
        "Plurality",
        "Winning with the most votes, even without a majority.",
    ),
    Term(
        "Projected turnout (T)",
        "The number of ballots expected in your own contest.",
        "projected turnout",
        ("Turnout range",),
    ),
    Term(
        "Roll-off",
        "Voters who cast a ballot but skip a down-ballot contest.",
        see_also=("Contest ballots",),
    ),
    Term(
        "Safety margin",
        "The cushion added to the win number to get the vote goal.",
    ),
    Term(
        "Shift",
        "A block of volunteer time, 3 hours by default.",
    ),
    Term(
        "Support index (DPI)",
        "How well candidates like you have done in one precinct: the share a chosen past "
        "candidate (or party) won there. Campaign trainers call it a DPI; a high index marks "
        "your base, a middle one your persuasion precincts.",
        "support index",
    ),
    Term(
        "Turnout range",
        "Turnout is a range, not a number: low, expected and high figures, set by how far the "
        "method missed in the back-test. Winbook plans on the high figure, since more voters "
        "means more votes needed.",
        "turnout range",
        ("Back-test", "Projected turnout (T)"),
    ),
    Term(
        "Universe",
        "The list of voters a campaign plans to contact for one purpose: the persuasion "
        "universe (people to win over) or the GOTV universe (supporters to turn out).",
        "universe",
    ),
    Term(
        "Vote deficit",
        "The vote goal minus the base: what voter contact must win.",
    ),
    Term(
        "Vote for N",
        "A race that fills N seats, where each voter may choose up to N candidates.",
        "vote for",
        ("Bullet voting", "Last winner"),
    ),
    Term(
        "Vote goal",
        "The win number plus the safety margin: the figure the plan aims at.",
    ),
    Term(
        "Voter-contact share",
        "The part of spending that reaches voters directly (mail, literature, "
        "phones and texts, digital, media).",
    ),
    Term(
        "Win number",
        "The fewest votes that win the seat under the race's rule.",
        see_also=("Vote goal",),
    ),
)

TERM_BY_ANCHOR: dict[str, Term] = {t.anchor: t for t in TERMS}


def term(name: str) -> Term:
    """The entry called ``name`` (its term or its anchor); KeyError if there is none."""
    found = TERM_BY_ANCHOR.get(name) or next((t for t in TERMS if t.term == name), None)
    if found is None:
        raise KeyError(name)
    return found


def search(text: str) -> list[Term]:
    """The entries whose term or meaning holds every word of ``text`` (any case); terms that
    match by name first."""
    words = text.lower().split()
    hits = [t for t in TERMS if all(w in f"{t.term} {t.meaning}".lower() for w in words)]
    return sorted(hits, key=lambda t: not all(w in t.term.lower() for w in words))


def terms_used(text: str) -> list[Term]:
    """The entries whose key word appears in ``text`` (the packet's own words)."""
    words = " ".join(text.lower().split())
    return [t for t in TERMS if t.key_word in words]


# --------------------------------------------------------------------------- page intros


@dataclass(frozen=True)
class PageIntro:
    """The one sentence a page opens with, and the terms on it a first-timer may not know."""

    purpose: str = ""
    terms: tuple[str, ...] = ()


#: Pages built from a Designer form open with their own purpose sentence (the form's
#: ``intro_label``); the narrative pages get theirs here. ``terms`` are linked below it.
PAGE_INTROS: dict[str, PageIntro] = {
    "candidate_race": PageIntro(terms=("Cycle type", "Vote for N")),
    "why": PageIntro(
        "Why you are running and what will change if you win: reviewers read it first."
    ),
    "landscape": PageIntro(
        "The place and the race: who lives in the district, the rules, and who else is running."
    ),
    "history": PageIntro(
        terms=("Comparable election", "Contest ballots", "Roll-off", "Back-test", "Turnout range")
    ),
    "win_number": PageIntro(
        terms=("Win number", "Vote goal", "Base", "Vote deficit", "Last winner", "First loser")
    ),
    "path": PageIntro(terms=("Universe", "Contact", "Shift", "Persuasion need", "GOTV")),
    "message": PageIntro("What you say about yourself and your opponent, and what they will say."),
    "field": PageIntro("Who knocks on doors and makes calls, when, and from where."),
    "gotv": PageIntro(
        "How your supporters will actually vote: by mail, early, and on election day.",
        ("GOTV", "Early vote", "Universe"),
    ),
    "communications": PageIntro(
        "How voters hear about you beyond the door: mail, social media, press."
    ),
    "research": PageIntro("What is on the record about you and about your opponents."),
    "team": PageIntro("Who does what in the campaign."),
    "fundraising": PageIntro(terms=("Call time",)),
    "budget": PageIntro(terms=("Voter-contact share", "Cost per vote", "In kind")),
    "compliance": PageIntro(
        "How you will meet every filing and finance deadline and keep your family safe."
    ),
}
