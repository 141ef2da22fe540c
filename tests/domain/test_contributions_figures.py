"""The 15 % test and readiness with imported figures (numbers worked out by hand)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from winbook.domain.budget import fundraising_test
from winbook.domain.contributions import money_in, set_candidate, totals
from winbook.domain.figures import compute_figures
from winbook.domain.model import ContributionGift, Contributions, Plan, RaceCost, Stage
from winbook.domain.readiness import TopicStatus, check_fundraising, stale_export
from winbook.store.profiles import default_profile


def _plan(gifts: list[tuple[str, str, str]], last: date) -> Plan:
    plan = Plan()
    plan.race_costs = [RaceCost(2024, "Board", Stage.GENERAL, Decimal(2000))]  # 15 % = $300
    # typed figures that must NOT count while there is an import
    plan.fundraising.raised_to_date = Decimal(99_999)
    c = Contributions(
        first_date=date(2026, 1, 1),
        last_date=last,
        imported_on=last,
        salt="00" * 32,
        gifts=[ContributionGift(f"r{i}", d, m, Decimal(a)) for i, (d, m, a) in enumerate(gifts)],
        candidate_donors=["me"],
    )
    plan.contributions = totals(c)
    return plan


def test_the_test_counts_the_export_and_says_so() -> None:
    plan = _plan(
        [("me", "2026-01", "500"), ("a", "2026-01", "200"), ("b", "2026-02", "150")],
        date(2026, 2, 20),
    )
    f = fundraising_test(plan)
    # 850 raised − 500 from the candidate = 350 counted ≥ 300; largest other donor 200.
    assert (f.raised, f.counted, f.threshold, f.passed) == (
        Decimal(850), Decimal(350), Decimal("300.00"), True
    )  # fmt: skip
    assert f.source == "from your contribution export of Feb 20, 2026"
    assert round(f.largest_share_pct or 0, 2) == 23.53  # 200 / 850
    assert round(f.candidate_share_pct or 0, 2) == 58.82  # 500 / 850
    assert any("from your contribution export of Feb 20, 2026" in s.text for s in f.steps)


def test_all_from_one_other_donor_does_not_pass() -> None:
    plan = _plan([("me", "2026-01", "500"), ("a", "2026-01", "400")], date(2026, 2, 1))
    f = fundraising_test(plan)
    assert f.counted == Decimal(400) and f.passed is False
    assert "The money counted comes from a single donor" in " ".join(f.warnings)


def test_correcting_the_candidate_moves_the_money() -> None:
    plan = _plan([("me", "2026-01", "500"), ("a", "2026-01", "200")], date(2026, 2, 1))
    plan.contributions = set_candidate(plan.contributions, [])
    m = money_in(plan)
    assert (m.from_candidate, m.largest_single_donor) == (Decimal(0), Decimal(500))


def test_without_an_import_the_typed_figures_count() -> None:
    plan = Plan()
    plan.fundraising.raised_to_date = Decimal(1234)
    assert money_in(plan).raised == Decimal(1234) and money_in(plan).source == ""


def test_readiness_warns_when_the_export_is_older_than_30_days() -> None:
    plan = _plan([("a", "2026-01", "200"), ("b", "2026-01", "200")], date(2026, 10, 1))
    assert stale_export(plan, date(2026, 10, 31)) is None  # 30 days: not yet
    assert stale_export(plan, date(2026, 11, 1)) == (
        "The fundraising figures come from your contribution export of Oct 1, 2026, 31 days "
        "ago: import a new export so reviewers see what you have raised since."
    )
    fresh = _plan([("a", "2026-01", "200"), ("b", "2026-01", "200")], date.today())
    old = _plan(
        [("a", "2026-01", "200"), ("b", "2026-01", "200")], date.today() - timedelta(days=45)
    )
    profile = default_profile()
    ready = check_fundraising(fresh, compute_figures(fresh), profile)
    assert ready.status is TopicStatus.READY
    assert "(from your contribution export of" in ready.reasons[0]
    stale = check_fundraising(old, compute_figures(old), profile)
    assert stale.status is TopicStatus.PARTIAL
    assert "45 days ago" in stale.reasons[-1]


def test_the_donor_count_and_shares_name_their_base() -> None:
    plan = _plan(
        [("me", "2026-01", "500"), ("a", "2026-01", "200"), ("b", "2026-02", "150")],
        date(2026, 2, 20),
    )
    f = fundraising_test(plan)
    step = next(s.text for s in f.steps if s.text.startswith("Not from one donor"))
    # 3 donors in the export, one of them the candidate: 2 others; the largest other gave
    # $200 of the $350 counted (850 − 500): 200 / 350 = 57.14% -> 57.1%
    assert step == (
        "Not from one donor: 2 other donors, the largest gave $200.00, 57.1% of the $350.00 "
        "counted (the candidate's own gifts left out): more than one donor."
    )
    assert f.other_donors == 2
