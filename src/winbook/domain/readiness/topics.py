"""One check per topic of the application (eligibility, filing, why, plan sections, budget,
win number, values, disclosure, fundraising), each with reasons a first-timer can act on.
"""

from __future__ import annotations

from datetime import date

from winbook.domain.budget import month_key
from winbook.domain.contributions import STALE_DAYS, age_days, export_label
from winbook.domain.dates import format_month
from winbook.domain.figures import Figures
from winbook.domain.model import LEVEL_LABELS, Plan, RunNumber, SectionStatus, Stage
from winbook.domain.profile import Profile
from winbook.domain.readiness.report import (
    MIN_WHY_WORDS,
    PLAN_SECTIONS,
    TopicReport,
    TopicStatus,
    _status,
)
from winbook.domain.sections import SPEC_BY_KEY, word_count
from winbook.domain.turnout import comparable_elections


def check_eligibility(plan: Plan, profile: Profile) -> TopicReport:
    rules = profile.eligibility
    c, race = plan.candidate, plan.race
    reasons: list[str] = []
    unknown: list[str] = []
    if race.level not in rules.levels:
        reasons.append(
            f"{LEVEL_LABELS[race.level]} is not eligible: the application is for "
            f"{rules.level_rule or 'other offices'}."
        )
    if race.election_date is None:
        unknown.append("Enter the election date so eligibility can be checked.")
    if c.birth_date is None:
        unknown.append("Enter your birth date (kept private) so the age rule can be checked.")
    if race.election_date and c.birth_date:
        cutoff = rules.earliest_birth_year(race.election_date.year)
        if c.birth_date.year < cutoff:
            reasons.append(
                f"For {race.election_date.year} races the candidate must be born in {cutoff} or "
                f"later; your birth year is {c.birth_date.year}."
            )
    reasons += _party_reasons(plan, profile, unknown)
    runs = {RunNumber.FIRST: 1, RunNumber.SECOND: 2, RunNumber.THIRD: 3}
    if runs.get(c.run_number, 4) > rules.max_runs:
        reasons.append(
            f"This is your {c.run_number.value.replace('_', ' ')} run; the application is for a "
            f"first to {_ordinal(rules.max_runs)} run."
        )
    if c.is_incumbent and rules.reelection_needs_prior_endorsement and not c.previously_endorsed:
        reasons.append("A re-election is eligible only if you were endorsed before.")
    report = TopicReport("eligibility", _title(profile, "eligibility"), TopicStatus.READY)
    report.page = "candidate_race"
    report.field = _eligibility_field(reasons + unknown)
    if reasons:
        report.status, report.reasons = TopicStatus.MISSING, reasons + unknown
    elif unknown:
        report.status, report.reasons = TopicStatus.PARTIAL, unknown
    else:
        born = f", born {c.birth_date.year}" if c.birth_date else ""
        report.reasons = [f"{LEVEL_LABELS[race.level]}{born}, {c.run_number.value} run: eligible."]
    return report


#: Words of each eligibility reason -> the input that answers it (first match wins).
_ELIGIBILITY_FIELDS: tuple[tuple[str, str], ...] = (
    ("is not eligible", "level_combo"),
    ("election date", "election_date_edit"),
    ("birth", "birth_date_edit"),
    ("born in", "birth_date_edit"),
    ("party", "race_party_edit"),
    ("partisan", "partisan_check"),
    ("democrats", "race_party_edit"),
    ("run", "run_number_combo"),
    ("endorsed before", "previously_endorsed_check"),
)


def _eligibility_field(reasons: list[str]) -> str:
    for reason in reasons:
        for words, name in _ELIGIBILITY_FIELDS:
            if words in reason.lower():
                return name
    return ""


def _party_reasons(plan: Plan, profile: Profile, unknown: list[str]) -> list[str]:
    rules, race = profile.eligibility, plan.race
    if not race.partisan:
        if rules.nonpartisan_allowed:
            return []
        return ["The application is for partisan races only."]
    party = (race.party or plan.candidate.party).strip().lower()
    if not party:
        unknown.append("Enter the party you run with.")
        return []
    if not any(party.startswith(p) or p in party.split() for p in rules.parties):
        return [f"The application is for Democrats; this race is run as {party.title()}."]
    return []


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third"}.get(n, f"{n}th")


def check_filing(plan: Plan, profile: Profile) -> TopicReport:
    f = plan.filing
    report = TopicReport(
        "filing", _title(profile, "filing"), TopicStatus.READY, page="candidate_race"
    )
    if f.on_ballot or f.petition_signatures_filed:
        report.reasons.append("On the ballot (paperwork or petition signatures filed).")
        return report
    organized = f.committee_formed or f.bank_account_opened
    if organized and f.publicly_announced:
        report.reasons.append("Campaign committee or bank account, and a public announcement.")
        return report
    page = "candidate_race"
    if organized:
        report.status = TopicStatus.PARTIAL
        report.needs(
            "Announce the campaign publicly (or file to get on the ballot).",
            page,
            "publicly_announced_check",
        )
    elif f.publicly_announced:
        report.status = TopicStatus.PARTIAL
        report.needs(
            "Form a campaign committee or open a campaign bank account.",
            page,
            "committee_formed_check",
        )
    else:
        report.status = TopicStatus.MISSING
        report.needs(
            "File for the ballot, or form a committee or bank account and announce publicly.",
            page,
            "on_ballot_check",
        )
    return report


def check_why(plan: Plan, profile: Profile) -> TopicReport:
    s = plan.get_section("why")
    words = word_count(s.text)
    report = TopicReport("why", _title(profile, "why"), TopicStatus.READY, page="why")
    if not words:
        report.status = TopicStatus.MISSING
        report.needs(
            "Write why you are running and your vision: reviewers read it first.",
            "why",
            "text_edit",
        )
        return report
    if words < MIN_WHY_WORDS:
        report.needs(
            f"Your why and vision has {words} words; {MIN_WHY_WORDS} or more make it concrete.",
            "why",
            "text_edit",
        )
    if s.status is not SectionStatus.READY:
        report.needs(
            "Mark 'Why I'm running' ready when you are happy with it.", "why", "status_combo"
        )
    report.status = TopicStatus.PARTIAL if report.reasons else TopicStatus.READY
    return report


def check_plan_sections(plan: Plan, profile: Profile) -> TopicReport:
    report = TopicReport("plan", _title(profile, "plan"), TopicStatus.READY, page="landscape")
    empty: list[str] = []
    unready: list[str] = []
    for key in PLAN_SECTIONS:
        s = plan.get_section(key)
        title = SPEC_BY_KEY[key].title
        if not s.text.strip():
            empty.append(title)
        elif s.status is not SectionStatus.READY:
            unready.append(title)
    report.parts = empty + unready
    if empty:
        first = next(k for k in PLAN_SECTIONS if not plan.get_section(k).text.strip())
        report.needs(f"Not written yet: {', '.join(empty)}.", _section_page(first), "text_edit")
    if unready:
        first = next(k for k in PLAN_SECTIONS if SPEC_BY_KEY[k].title == unready[0])
        report.needs(
            f"Not marked ready: {', '.join(unready)}.", _section_page(first), "status_combo"
        )
    written = len(PLAN_SECTIONS) - len(empty)
    report.status = _status(not empty and not unready, written > 0)
    return report


def _section_page(key: str) -> str:
    """The page that holds the editor of section ``key`` (a calculator page for some)."""
    return SPEC_BY_KEY[key].computed or key


def check_budget(plan: Plan, figures: Figures, profile: Profile) -> TopicReport:
    b = figures.budget
    report = TopicReport("budget", _title(profile, "budget"), TopicStatus.READY, page="budget")
    if not plan.expenses:
        report.status = TopicStatus.MISSING
        report.needs("Add your expenses by month.", "budget", "expenses_table")
    if not plan.income:
        report.status = TopicStatus.MISSING
        report.needs("Add your planned income by month.", "budget", "income_table")
    if report.status is TopicStatus.MISSING:
        return report
    if b.lowest_cash is not None and b.lowest_cash < 0:
        report.page, report.field = "budget", "income_table"
        report.reasons.append(
            f"Cash goes below zero in {format_month(b.lowest_month or '')}: move income earlier "
            "or spending later."
        )
    if b.voter_contact_share_pct is not None and b.voter_contact_share_pct < 60:
        report.field = report.field or "expenses_table"
        report.reasons.append(
            f"Voter contact is {b.voter_contact_share_pct:.0f}% of spending; the norm is at "
            "least 60-75%."
        )
    gap = _income_gap(plan)
    if gap:
        report.field = report.field or "income_table"
    report.reasons += gap
    report.status = TopicStatus.PARTIAL if report.reasons else TopicStatus.READY
    return report


def _income_gap(plan: Plan) -> list[str]:
    """'No income is planned after June' when income stops two or more months before election."""
    months = [k for i in plan.income if i.amount > 0 and (k := month_key(i.month))]
    if not months or plan.race.election_date is None:
        return []
    last = max(months)
    election = (plan.race.election_date.year, plan.race.election_date.month)
    gap = (election[0] - last[0]) * 12 + election[1] - last[1]
    if gap >= 2:
        name = format_month(f"{last[0]}-{last[1]:02d}")
        return [f"No income is planned after {name}; plan fundraising up to election day."]
    return []


def check_win_number(plan: Plan, figures: Figures, profile: Profile) -> TopicReport:
    report = TopicReport(
        "win_number", _title(profile, "win_number"), TopicStatus.READY, page="history"
    )
    if figures.win.win_number is None:
        report.status = TopicStatus.MISSING
        report.needs(
            "Add comparable past elections (or your own turnout figure) to get a win number.",
            "history",
            "history_table",
        )
        return report
    comparable, _ = comparable_elections(plan)
    n, want = len(comparable), profile.recommended_comparable
    if n < want and figures.turnout.method.value != "manual":
        what = "one past election" if n == 1 else f"{n} past elections"
        report.needs(
            f"The win number rests on {what}; {_words(want)} comparable ones are recommended.",
            "history",
            "history_table",
        )
    if figures.win.base_votes is None:
        report.needs(
            "Estimate your base so the vote deficit can be shown.",
            "win_number",
            "base_support_edit",
        )
    if not plan.get_section("targeting").text.strip():
        report.needs("Explain your win number in your own words.", "win_number", "text_edit")
    report.status = TopicStatus.PARTIAL if report.reasons else TopicStatus.READY
    return report


def _words(n: int) -> str:
    return {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}.get(n, str(n))


def check_values(plan: Plan, profile: Profile) -> TopicReport:
    report = TopicReport("values", _title(profile, "values"), TopicStatus.READY, page="values")
    answers = {v.value_id: v.answer for v in plan.values}
    missing = [v for v in profile.values if not answers.get(v.id, "").strip()]
    for v in missing:
        report.needs(
            f"The value '{v.statement.rstrip('.').lower()}' has no answer.",
            "values",
            f"value_{v.id}_edit",
        )
    report.status = _status(not missing, len(missing) < len(profile.values))
    return report


def check_disclosure(plan: Plan, profile: Profile) -> TopicReport:
    d = plan.disclosure
    report = TopicReport(
        "disclosure", _title(profile, "disclosure"), TopicStatus.READY, page="disclosure"
    )
    unexplained = [i for i in d.items if not i.explanation.strip()]
    if d.items or d.nothing_to_disclose:
        for item in unexplained:
            report.needs(
                f"Add your own explanation of '{item.finding or item.category.value}'.",
                "disclosure",
                "items_table",
            )
        report.status = TopicStatus.PARTIAL if unexplained else TopicStatus.READY
        return report
    report.status = TopicStatus.MISSING
    report.needs(
        "List what a background check will find (or confirm there is nothing to disclose).",
        "disclosure",
        "items_table",
    )
    return report


def check_fundraising(plan: Plan, figures: Figures, profile: Profile) -> TopicReport:
    f = figures.fundraising
    report = TopicReport(
        "fundraising", _title(profile, "fundraising"), TopicStatus.READY, page="fundraising"
    )
    if f.passed is None:
        report.status = TopicStatus.MISSING
        report.reasons += f.warnings or ["Enter what you have raised so far."]
        report.field = _fundraising_field(plan)
    elif not f.passed:
        report.status = TopicStatus.PARTIAL
        report.reasons += f.warnings
        report.field = "raised_edit"
    else:
        stage = "primary" if plan.race.stage is Stage.PRIMARY else "general"
        report.reasons.append(
            f"Raised ${f.counted:,.0f} from others, above the ${f.threshold:,.0f} threshold "
            f"for this {stage}{f' ({f.source})' if f.source else ''}."
        )
    stale = stale_export(plan)
    if stale:
        report.reasons.append(stale)
        if report.status is TopicStatus.READY:
            report.status = TopicStatus.PARTIAL
    return report


def _fundraising_field(plan: Plan) -> str:
    """What the fundraising test still lacks first: the money raised, else a similar race's
    cost (the threshold is a share of it)."""
    if not plan.race_costs:
        return "race_costs_table"
    return "raised_edit"


def stale_export(plan: Plan, today: date | None = None) -> str | None:
    """A sentence when the contribution export is older than 30 days (None otherwise)."""
    c = plan.contributions
    days = age_days(c, today)
    if days is None or days <= STALE_DAYS:
        return None
    return (
        f"The fundraising figures come from {export_label(c)}, {days:,} days ago: import a "
        "new export so reviewers see what you have raised since."
    )


def _title(profile: Profile, topic_id: str) -> str:
    return profile.topic_titles.get(topic_id, topic_id.replace("_", " ").title())
