"""The 14 parts of a campaign plan, in the order trainers use (domain notes section 6)."""

from __future__ import annotations

from dataclasses import dataclass

from winbook.domain.model import SectionStatus


@dataclass(frozen=True)
class SectionSpec:
    key: str
    number: int
    title: str
    prompt: str
    example: str
    computed: str = ""  # the calculator page this section sits beside, if any


SECTION_SPECS: tuple[SectionSpec, ...] = (
    SectionSpec(
        "why",
        1,
        "Why I'm running, vision and values",
        "Why are you running, and why now? What will be different for your community if you "
        "win? Reviewers read this first: make the vision positive and concrete.",
        "I have lived here for twelve years and seen neighbors wait months for basic services. "
        "I am running so that the people of this district get answers in days, not months, "
        "from a government that shows its work.",
    ),
    SectionSpec(
        "landscape",
        2,
        "The landscape",
        "Describe the district (who lives there, how it votes), the election rules, what it "
        "takes to file, and who else is running.",
        "The district has 38,000 registered voters; the seat is nonpartisan. The incumbent is "
        "retiring and three candidates have filed.",
    ),
    SectionSpec(
        "targeting",
        3,
        "Targeting: turnout, win number, base and vote deficit",
        "Explain in your own words how many people will vote, how many votes you need, where "
        "your base is and how many more votes you must win.",
        "About 12,400 ballots are expected. I need 3,900 votes; my base gives me about 2,600, "
        "so I must win 1,300 more through contact.",
        computed="win_number",
    ),
    SectionSpec(
        "path",
        4,
        "Path to victory",
        "How will you find the votes you are missing? Which voters, which channels, and how "
        "many contacts each week?",
        "We will knock 9,000 doors in the eastern precincts and call 3,000 likely voters, "
        "rising to 800 contacts a week in October.",
        computed="path",
    ),
    SectionSpec(
        "message",
        5,
        "Message",
        "Fill in the message box: what we say about us, what we say about them, what they "
        "say about us, what they say about them.",
        "Us on us: a neighbor who gets things done. Us on them: they have had eight years. "
        "Them on us: too young. Them on them: experience.",
    ),
    SectionSpec(
        "field",
        6,
        "Field plan and contact calendar",
        "Who knocks and calls, when, from where, with which lists? How do you recruit and "
        "keep volunteers?",
        "Saturday canvasses from the library from June; two weeknight phone banks from "
        "September; every volunteer asked to bring one friend.",
    ),
    SectionSpec(
        "gotv",
        7,
        "GOTV and early vote",
        "How will you make sure your supporters vote, by mail, early and on election day? "
        "Mail-ballot work has two phases: applications in, then chasing returned ballots.",
        "Mail-ballot applications to our supporters in August; chase calls from the first "
        "week of early voting; rides on election day.",
    ),
    SectionSpec(
        "communications",
        8,
        "Communications, digital and earned media",
        "How will voters hear about you beyond the door: mail, social media, press, endorsements?",
        "Three mail pieces to likely voters, weekly posts, a launch press release and letters "
        "to the editor from neighbors.",
    ),
    SectionSpec(
        "research",
        9,
        "Research (self and opposition)",
        "What will opponents find about you, and what is on the record about them?",
        "I have pulled my own court and finance records; the incumbent missed a third of last "
        "year's public meetings.",
    ),
    SectionSpec(
        "team",
        10,
        "Team and roles",
        "Who does what: manager, treasurer, field lead, volunteers, advisers?",
        "Treasurer: Dana Lee (CPA). Field lead: Marco Ruiz. Twelve core volunteers.",
    ),
    SectionSpec(
        "fundraising",
        11,
        "Fundraising plan",
        "How will you raise the money: call time, events, online, which sources?",
        "Ten hours of call time a week to 200 contacts; two house parties; a monthly online ask.",
        computed="fundraising",
    ),
    SectionSpec(
        "budget",
        12,
        "Budget and monthly cash flow",
        "Explain your budget choices and how you will keep cash positive each month.",
        "Two thirds of spending goes to voter contact; printing is ordered only after the "
        "September fundraiser.",
        computed="budget",
    ),
    SectionSpec(
        "timeline",
        13,
        "Timeline",
        "Count back from election day: hard dates, and an internal deadline a week before each.",
        "Filing closes Aug 14 (internal: Aug 7); early voting opens Oct 14.",
        computed="timeline",
    ),
    SectionSpec(
        "compliance",
        14,
        "Compliance and candidate safety",
        "How will you meet filing and finance-report deadlines, and keep yourself and your "
        "family safe (keep the home address private)?",
        "The treasurer files every report a week early; the campaign uses a PO box and a "
        "campaign phone.",
    ),
)

SECTION_KEYS: tuple[str, ...] = tuple(s.key for s in SECTION_SPECS)
SPEC_BY_KEY: dict[str, SectionSpec] = {s.key: s for s in SECTION_SPECS}


def status_for_text(status: SectionStatus, text: str) -> SectionStatus:
    """The status a section takes when its text becomes ``text``: writing in an empty section
    makes it a draft, and clearing a draft makes it empty again. "Ready" and "needs attention"
    are the candidate's (or coach's) own choice and never change by themselves."""
    if status is SectionStatus.EMPTY and text.strip():
        return SectionStatus.DRAFTING
    if status is SectionStatus.DRAFTING and not text.strip():
        return SectionStatus.EMPTY
    return status


def word_count(text: str) -> int:
    return len(text.split())
