"""Readiness rules, each on a plan built for the purpose (issue 6)."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from tests.plans import ready_plan
from winbook.domain.model import (
    CoachingSession,
    Disclosure,
    DisclosureCategory,
    DisclosureItem,
    ExpenseCategory,
    ExpenseLine,
    IncomeLine,
    IncomeSource,
    Level,
    NextStep,
    Plan,
    RunNumber,
    SectionStatus,
)
from winbook.domain.profile import ProfileError, parse_profile
from winbook.domain.readiness import Readiness, TopicReport, TopicStatus, page_status
from winbook.domain.readiness import assess as domain_assess
from winbook.store.profiles import assess_plan as assess
from winbook.store.profiles import default_profile, load_profile, read_profile


def _topic(r: Readiness, topic_id: str) -> TopicReport:
    t = r.topic(topic_id)
    assert t is not None
    return t


def test_a_complete_plan_is_ready() -> None:
    r = assess(ready_plan())
    assert [t.status for t in r.topics] == [TopicStatus.READY] * 9, [
        (t.id, t.reasons) for t in r.topics if t.status is not TopicStatus.READY
    ]
    assert r.ready
    assert r.score_pct == 100


def test_an_empty_plan_is_not_ready_and_scores_low() -> None:
    r = assess(Plan())
    assert not r.ready
    # eligibility is partial (facts unknown, nothing disqualifying); all else missing:
    # 1 partial of 9 topics = 1 / 18 points = 5.6% -> 6
    assert r.score_pct == 6
    assert _topic(r, "eligibility").status is TopicStatus.PARTIAL


@pytest.mark.parametrize(
    ("born", "ready"),
    [
        # 2025 races: born 1984 or later; the cut-off moves with the cycle -> 2027: 1986
        (date(1986, 1, 1), True),
        (date(1985, 12, 31), False),
    ],
)
def test_age_cutoff_moves_with_the_cycle(born: date, ready: bool) -> None:
    p = ready_plan()
    p.candidate.birth_date = born
    t = assess(p).topic("eligibility")
    assert t is not None
    assert (t.status is TopicStatus.READY) is ready
    if not ready:
        assert "born in 1986 or later" in t.reasons[0]


def test_eligibility_rules_give_their_reasons() -> None:
    p = ready_plan()
    p.race.level = Level.FEDERAL
    p.candidate.run_number = RunNumber.FOURTH_OR_LATER
    p.candidate.is_incumbent = True
    p.race.partisan, p.race.party = True, "Republican"
    t = assess(p).topic("eligibility")
    assert t is not None and t.status is TopicStatus.MISSING
    text = " ".join(t.reasons)
    assert "Federal office is not eligible" in text
    assert "fourth or later run" in text
    assert "re-election" in text
    assert "Republican" in text


def test_a_democrat_in_a_partisan_race_is_eligible() -> None:
    p = ready_plan()
    p.race.partisan, p.race.party = True, "Democratic"
    t = assess(p).topic("eligibility")
    assert t is not None and t.status is TopicStatus.READY


def test_filing_status_paths() -> None:
    p = ready_plan()
    p.filing.on_ballot = False
    assert _topic(assess(p), "filing").status is TopicStatus.MISSING
    p.filing.bank_account_opened = True
    t = assess(p).topic("filing")
    assert t is not None and t.status is TopicStatus.PARTIAL
    assert "Announce" in t.reasons[0]
    p.filing.publicly_announced = True
    assert _topic(assess(p), "filing").status is TopicStatus.READY


def test_short_why_is_partial_with_word_count() -> None:
    p = ready_plan()
    p.section("why").text = "I love my town."
    t = assess(p).topic("why")
    assert t is not None and t.status is TopicStatus.PARTIAL
    assert "4 words" in t.reasons[0]


def test_plan_sections_list_what_is_missing() -> None:
    p = ready_plan()
    p.section("gotv").text = ""
    p.section("team").status = SectionStatus.DRAFTING
    t = assess(p).topic("plan")
    assert t is not None and t.status is TopicStatus.PARTIAL
    assert t.reasons == [
        "Not written yet: GOTV and early vote.",
        "Not marked ready: Team and roles.",
    ]
    assert t.page == "gotv"


def test_win_number_on_one_past_election() -> None:
    p = ready_plan()
    p.history = p.history[:1]
    t = assess(p).topic("win_number")
    assert t is not None and t.status is TopicStatus.PARTIAL
    assert t.reasons == [
        "The win number rests on one past election; three comparable ones are recommended."
    ]


def test_no_income_after_june() -> None:
    p = ready_plan()
    p.income = [IncomeLine(IncomeSource.CALL_TIME, "calls", "2027-06", Decimal(20000))]
    t = assess(p).topic("budget")
    assert t is not None and t.status is TopicStatus.PARTIAL
    assert "No income is planned after Jun 2027" in t.reasons[0]


def test_negative_cash_and_low_voter_contact() -> None:
    p = ready_plan()
    p.expenses.append(ExpenseLine(ExpenseCategory.STAFF, "staff", "2027-04", Decimal(9000)))
    t = assess(p).topic("budget")
    assert t is not None and t.status is TopicStatus.PARTIAL
    # cash: -9,000 in 2027-04 (no income yet); voter contact 7,000 / 18,300 = 38%
    assert any("Apr 2027" in r for r in t.reasons)
    assert any("38%" in r for r in t.reasons)


def test_unanswered_value_is_named() -> None:
    p = ready_plan()
    p.values[0].answer = "  "
    t = assess(p).topic("values")
    assert t is not None and t.status is TopicStatus.PARTIAL
    assert t.reasons == ["The value 'we trust voters' has no answer."]


def test_disclosure_item_without_explanation() -> None:
    p = ready_plan()
    p.disclosure = Disclosure(items=[DisclosureItem(DisclosureCategory.PRESS, "A 2019 op-ed", "")])
    t = assess(p).topic("disclosure")
    assert t is not None and t.status is TopicStatus.PARTIAL
    assert "A 2019 op-ed" in t.reasons[0]


def test_fundraising_short_of_threshold() -> None:
    p = ready_plan()
    p.fundraising.raised_to_date = Decimal(3000)
    # threshold 15% of $20,000 = $3,000; counted 3,000 - 500 = 2,500; short by $500.00
    t = assess(p).topic("fundraising")
    assert t is not None and t.status is TopicStatus.PARTIAL
    assert "Raise $500.00 more" in t.reasons[0]


def test_open_next_steps_are_listed_by_due_date() -> None:
    p = ready_plan()
    p.sessions = [
        CoachingSession(
            when=datetime(2027, 3, 1, 18, 0),
            coach="Ana",
            next_steps=[
                NextStep("Call 20 donors", "Maya", date(2027, 3, 20)),
                NextStep("Done already", "Maya", date(2027, 3, 5), done=True),
                NextStep("Draft mail piece", "Ana", date(2027, 3, 10)),
            ],
        )
    ]
    steps = assess(p).open_steps
    assert [s.text for s in steps] == ["Draft mail piece", "Call 20 donors"]


def test_page_status_marks() -> None:
    p = ready_plan()
    p.values[0].answer = ""
    from winbook.domain.figures import compute_figures

    f = compute_figures(p)
    r = assess(p, f)
    assert page_status(p, f, "values", r)[0] is SectionStatus.NEEDS_REVIEW
    assert page_status(p, f, "values", r)[1] == 1
    assert page_status(p, f, "disclosure", r) == (SectionStatus.READY, 0)
    p.section("message").text = ""
    p.section("message").status = SectionStatus.EMPTY
    assert page_status(p, f, "message", r) == (SectionStatus.EMPTY, 1)


# --------------------------------------------------------------------------- profiles


def test_default_profile_has_the_application_topics() -> None:
    prof = default_profile()
    assert [t.id for t in prof.topics] == [
        "eligibility", "filing", "why", "plan", "budget", "win_number", "values",
        "disclosure", "fundraising",
    ]  # fmt: skip
    assert [v.statement for v in prof.values] == [
        "We trust voters.",
        "We run on progressive values.",
        "We have a high tolerance for risk.",
    ]
    assert prof.eligibility.earliest_birth_year(2025) == 1984


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "org.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_another_organisations_profile_changes_the_report(tmp_path: Path) -> None:
    data = json.loads((Path(__file__).parents[2] / "resources/profiles/default.json").read_text())
    data["id"] = "other"
    data["values"] = [{"id": "solidarity", "statement": "We organise together."}]
    data["topics"] = [t for t in data["topics"] if t["id"] in ("values", "why")]
    prof = read_profile(_write(tmp_path, data))
    r = domain_assess(ready_plan(), None, prof)
    assert [t.id for t in r.topics] == ["why", "values"]
    values = r.topic("values")
    assert values is not None
    assert values.reasons == ["The value 'we organise together' has no answer."]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", r"is not valid JSON \(line 1, column 2\)"),
        ('{"format": "other"}', "is not a Winbook application profile"),
        ('{"format": "winbook-profile", "version": 9}', "newer Winbook"),
        (
            '{"format": "winbook-profile", "version": 1, "topics": []}',
            "needs a list called 'values'",
        ),
    ],
)
def test_broken_profiles_are_reported_clearly(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProfileError, match=message):
        read_profile(path)


def test_unknown_topic_is_refused() -> None:
    with pytest.raises(ProfileError, match="topic Winbook does not know: 'vibes'"):
        parse_profile(
            {
                "format": "winbook-profile",
                "version": 1,
                "id": "x",
                "name": "x",
                "topics": [{"id": "vibes", "title": "Vibes"}],
                "values": [],
                "eligibility": {},
            }
        )


def test_missing_profile_falls_back_to_default() -> None:
    prof, note = load_profile("no-such-organisation")
    assert prof.id == "default"
    assert note is not None
    assert "does not exist" in note and "default profile" in note


def test_plan_records_its_profile_and_a_missing_one_is_noted() -> None:
    p = ready_plan()
    p.meta.profile_id = "gone"
    r = assess(p)
    assert r.profile_id == "default"
    assert r.profile_note is not None and "gone.json does not exist" in r.profile_note


def test_assessing_a_plan_never_changes_it() -> None:
    import copy

    from winbook.domain.coaching import changed_since_last_session, compare_with_session

    p = Plan()  # no sections at all
    before = copy.deepcopy(p)
    r = assess(p)
    from winbook.domain.figures import compute_figures

    page_status(p, compute_figures(p), "message", r)
    changed_since_last_session(p)
    compare_with_session(p, "why")
    assert p == before
