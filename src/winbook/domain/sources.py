"""Where every default and formula comes from.

Each calculator step names a source key from `SOURCES`, so the window, the packet's methodology
appendix and the command line can all show *why* a number is what it is.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    detail: str


_SOURCES: tuple[Source, ...] = (
    Source(
        "ngpvan_turnout",
        "NGP VAN, win-number guidance",
        "Project turnout as the average number of ballots cast for this office in the last three "
        "comparable elections (same office, same cycle type), adjusted for unusual conditions; "
        "add about 3 points as a safety margin.",
    ),
    Source(
        "wellstone_turnout",
        "Wellstone Action, win-number calculator",
        "Average the turnout rate (ballots / registered voters) over three comparable elections "
        "and multiply by current registration. Never mix presidential, midterm and off-year "
        "cycles.",
    ),
    Source(
        "fairfax_rolloff",
        "Fairfax County, Virginia, 2011 results",
        "Down-ballot contests get fewer votes than ballots cast: the county's 2011 local "
        "contests lost from 11% to 36% of the ballots (roll-off), the further down the ballot "
        "the more.",
    ),
    Source(
        "turnout_range",
        "Winbook domain notes, section 2a: turnout is a range",
        "Local turnout swings hard between cycles: on real municipal and county series a flat "
        "three-cycle contest average under-projected the next election by 16-40%. Back-test the "
        "method on the district's own history (each past election projected from the comparable "
        "ones before it); high = expected x (1 + the largest under-projection, at least 10%, at "
        "most 60%), low = expected x (1 - the largest over-projection, at least 10%); with "
        "fewer than two back-test points, +/- 15%. Plan the win number and vote goal on the "
        "high figure: more voters need more votes.",
    ),
    Source(
        "competitiveness",
        "Winbook domain notes, section 2a: competitiveness",
        "An uncontested race, a write-in-only race or a blowout (the winner took 70% or more of "
        "the vote) turns out fewer voters and says little about a contested one: such years are "
        "left out of the average when at least two contested comparable elections remain.",
    ),
    Source(
        "plurality_history",
        "Winbook domain notes, section 3: one seat, three or more candidates",
        "Default to the majority figure, unless this contest's own history shows winners of "
        "three-or-more-candidate races with less: then the lowest such winner's share x T. T/3 "
        "with three candidates is far too low: in a real three-way county race the winner "
        "needed 49.8%.",
    ),
    Source(
        "vote_for_n_votes_bound",
        "Vote-for-N bound from contest votes (domain notes, section 3)",
        "With V votes cast in all, a candidate with v votes is beaten by N rivals only if each "
        "of them also has v or more, which needs (N + 1) x v <= V; so floor(V/(N+1)) + 1 votes "
        "always win a seat. V <= ballots x N, so this bound is never above the ballots bound.",
    ),
    Source(
        "manual_turnout",
        "Your own turnout figure",
        "The fourth method of the domain notes (section 2): a figure you enter yourself, with a "
        "written reason (a new district, a special election, a surge in registration). It rests "
        "on your reason, which is shown beside it, not on a published formula.",
    ),
    Source(
        "majority",
        "Majority rule",
        "With T ballots and two candidates, floor(T/2) + 1 votes is more than the other "
        "candidate can get; a tie (T/2 each) is not a win.",
    ),
    Source(
        "wellstone_plurality",
        "Wellstone Action, plurality rule of thumb",
        "With X candidates for one seat: T/X for 2 to 4 candidates, T/(X-3) for 5 to 9, "
        "T/(X-5) for 10 or more. Rules of thumb disagree across trainers; the majority figure "
        "always wins.",
    ),
    Source(
        "vote_for_n_bound",
        "Vote-for-N bound (Winbook's derivation, domain notes section 3)",
        "With B ballots of up to N votes each, a candidate with v votes leaves at most BN - v "
        "votes for the others, so N rivals can all reach v only when v <= BN/(N+1); "
        "floor(B*N/(N+1)) + 1 votes guarantee a seat.",
    ),
    Source(
        "vote_for_n_history",
        "Historical last-winner estimate",
        "The last winner's (or first loser's) share of ballots in comparable past elections, "
        "applied to the projected ballots. Reason in ballots, not votes: each ballot carries up "
        "to N votes.",
    ),
    Source(
        "rcv_majority",
        "Ranked-choice voting, one seat",
        "A candidate wins with floor(B/2) + 1 of the ballots still in the count in the final "
        "round; exhausted ballots lower B, so projected ballots give a safe figure.",
    ),
    Source(
        "droop",
        "Droop quota (ranked choice, N seats)",
        "floor(B/(N+1)) + 1 votes guarantee one of N seats in a single-transferable-vote count. "
        "It is not the rule for plain vote-for-N.",
    ),
    Source(
        "uncontested",
        "Uncontested race",
        "When no more candidates are expected than there are seats (or places that advance), "
        "every candidate on the ballot wins one, so one vote is enough; fields often grow "
        "until filing closes, so plan for a contested race.",
    ),
    Source(
        "top_two",
        "Top-two primary",
        "Each voter casts one vote and two candidates advance: with T ballots, floor(T/3) + 1 "
        "votes guarantee a top-two finish.",
    ),
    Source(
        "primary_turnout",
        "Primaries",
        "Use the same party's past primary turnout for T; open, closed and top-two rules vary "
        "by state.",
    ),
    Source(
        "margin",
        "Safety margin",
        "Published margins: 52% of T (Democracy for America, New Organizing Institute), +3 "
        "points (NGP VAN), 53% plus a 10-20% cushion (CallHub). Winbook adds a margin you "
        "see and set, 5% of the win number by default.",
    ),
    Source(
        "wellstone_deficit",
        "Wellstone Action, vote deficit",
        "Base = expected support from past results of candidates like you (the average of the "
        "3 lowest shares over 6 to 10 years) x T; vote deficit = vote goal - base.",
    ),
    Source(
        "wellstone_contact",
        "Wellstone Action, voter-contact formulas",
        "Doors: 25 attempts and 6 contacts an hour in dense areas, 15 and 4 in suburbs; "
        "volunteer phones: 35 dials and 10 contacts an hour for ID, 25 and 7 for persuasion; "
        "GOTV calls: 30 dials and 10 contacts an hour. A volunteer shift is 3 hours.",
    ),
    Source(
        "green_gerber",
        "Green and Gerber, Get Out the Vote (field experiments)",
        "Contacts per vote gained: doors about 14, volunteer phones about 35-38, texts about "
        "25, paid phones 180-400; robocalls show no measurable effect.",
    ),
    Source(
        "universe",
        "Persuasion universe",
        "Persuasion need = vote goal - GOTV bucket (your base); contacts = need / support rate "
        "(about 65%) / turnout rate (about 80%). One pass through a list reaches 25-30% of "
        "it; four passes reach 45-50%.",
    ),
    Source(
        "channel_mix",
        "Winbook's starting channel mix",
        "New plans start with 60% of contacts at the doors (suburban rates) and 40% on "
        "volunteer persuasion phones: doors gain a vote for about 14 contacts, phones for about "
        "35-38 (Green and Gerber). No trainer publishes one mix; set your own.",
    ),
    Source(
        "early_vote",
        "Early voting",
        "About 70% of 2020 votes were cast before election day: weekly goals are counted back "
        "from election day, weighted toward the end, and finish when early voting opens.",
    ),
    Source(
        "call_time",
        "Candidate time",
        "A candidate with a job can give about 10 hours a week to call time; call time raises "
        "50-75% or more of the money (National Democratic Training Committee, numero.ai).",
    ),
    Source(
        "candidate_field_time",
        "Candidate's own field time",
        "The hours a week the candidate spends meeting voters in person (doors, events), apart "
        "from the call time on the Fundraising page. Default 10 hours a week: about what a "
        "candidate with a job can give (National Democratic Training Committee); set your own.",
    ),
    Source(
        "voter_contact_share",
        "Voter-contact share",
        "Spend at least 60-75% of the budget on voter contact, media included (Progressive "
        "Majority, Jim Arnold, FundHero).",
    ),
    Source(
        "admin_share",
        "Administration and fundraising costs",
        "Administration 10-20% of spending, fundraising costs about 10% (roosevelt.tech, "
        "FundHero).",
    ),
    Source(
        "contingency",
        "Contingency",
        "Keep 5-10% of the budget as contingency (GoodParty 5%, Jim Arnold 10%).",
    ),
    Source(
        "giveaways",
        "Giveaways",
        "Buttons and swag at most 3-5% of the budget (Progressive Majority).",
    ),
    Source(
        "scenarios",
        "Budget scenarios",
        "Make low, medium and high budgets month by month (Progressive Majority); cut revenue "
        "estimates 15% and raise cost estimates 15% (Jim Arnold); budget backward from "
        "election day.",
    ),
    Source(
        "cost_per_vote",
        "Cost per vote",
        "Spending / vote goal. Worked example: a local race with a 1,811-vote goal and a "
        "$12,500 budget costs $6.90 a vote (National Democratic Training Committee).",
    ),
    Source(
        "fundraising_test",
        "Fundraising test",
        "Raise at least 15% of the average cost of similar races over the last 1-3 cycles, not "
        "from one donor nor from the candidate; a primary and a general count as separate "
        "races.",
    ),
    Source(
        "contributions",
        "Your contribution export (ActBlue's column names)",
        "Raised = the gifts' amounts, refunds left out, each receipt counted once; fees shown "
        "apart; one donor = one donor id, else the same name and ZIP. Column names: the "
        "ActBlue connector of move-coop/parsons.",
    ),
    Source(
        "income_mix",
        "A peer's default income mix (GoodParty)",
        "Self 30%, friends and family 30%, online small-dollar 25%, events 15%.",
    ),
    Source(
        "internal_deadline",
        "Internal deadlines",
        "Set an internal deadline a week before each hard date; count the timeline back from "
        "election day.",
    ),
    Source(
        "election_day",
        "General election day (2 U.S.C. § 7)",
        "The general election is held on the Tuesday after the first Monday in November; the "
        "states hold their state and county general elections the same day. Virginia and New "
        "Jersey elect their legislatures in odd years, Mississippi every four years (2027, "
        "2031). City, town and school elections are set by each state, often in odd years or "
        "in spring: check with the local election office.",
    ),
    Source(
        "contact_waves",
        "Contact waves counted back from election day (GoodParty)",
        "A peer's plan schedules voter-contact waves 56, 49, 35, 28, 14, 1 and 0 days before "
        "election day.",
    ),
    Source(
        "ncec_targeting",
        "DFA Campaign Academy / NCEC precinct targeting (described at bpicampus.com)",
        "Score each precinct from past results: a support index (the share won by reference "
        "candidates like you, averaged over the reference contests; NCEC reports it missing the "
        "actual result by about 3 points on average in close races) and a turnout index (the "
        "precinct's turnout rate over the jurisdiction's). Work base precincts for turnout and "
        "the middle ones for persuasion.",
    ),
    Source(
        "targeting_tiers",
        "Winbook domain notes, section 8: precinct tiers",
        "Base: support of 65% or more (turnout work); persuasion: 35% to 65% (persuasion "
        "doors); low priority: below 35%. Edit the thresholds to fit the district.",
    ),
    Source(
        "targeting_doors",
        "Winbook's starting door weights (section 8: doors by expected votes and tier)",
        "The plan's door contacts are shared over the geographic precincts in proportion to "
        "their expected votes times a tier weight: persuasion 100%, base 50% (turnout work "
        "needs fewer knocks per vote than persuasion), low priority 0%. These weights are "
        "Winbook's starting point, not a published figure: set your own. Absentee, provisional, "
        "transfer and early-voting rows are not places, so they get no doors; the shares add up "
        "exactly (largest remainder).",
    ),
)

SOURCES: dict[str, Source] = {s.key: s for s in _SOURCES}


def cite(key: str) -> Source:
    """The source registered under ``key`` (KeyError if there is none: a programming error)."""
    return SOURCES[key]
