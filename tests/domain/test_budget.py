"""Budget (domain notes §5): totals, monthly cash flow, norms, cost per vote, scenarios."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.plans import MakePlan
from winbook.domain.budget import compute_budget, month_key, normalize_month
from winbook.domain.model import (
    ExpenseCategory,
    ExpenseLine,
    IncomeLine,
    IncomeSource,
    Plan,
    Scenario,
)
from winbook.domain.sources import SOURCES

D = Decimal
Cat = ExpenseCategory


def _spend(cat: ExpenseCategory, month: str, amount: int, in_kind: bool = False) -> ExpenseLine:
    return ExpenseLine(cat, "", month, D(amount), in_kind)


def _raise(month: str, amount: int, source: IncomeSource = IncomeSource.CALL_TIME) -> IncomeLine:
    return IncomeLine(source, "", month, D(amount))


def _balanced(make_plan: MakePlan) -> Plan:
    # $10,000: mail 6,000 + digital 1,000 (voter contact 70%), admin 2,000 (20%),
    # contingency 1,000 (10%); income $9,000; $500 in the bank
    plan = make_plan(
        expenses=[
            _spend(Cat.MAIL, "2026-09", 6_000),
            _spend(Cat.DIGITAL, "2026-10", 1_000),
            _spend(Cat.ADMIN, "2026-06", 2_000),
            _spend(Cat.CONTINGENCY, "2026-10", 1_000),
        ],
        income=[_raise("2026-05", 4_000), _raise("2026-08", 5_000, IncomeSource.ONLINE)],
    )
    plan.fundraising.starting_cash = D(500)
    return plan


def _with_in_kind(make_plan: MakePlan, cash: int, in_kind: int) -> Plan:
    # February 2026: ``cash`` spent on mail, ``in_kind`` donated for an event, $1,000 raised
    return make_plan(
        expenses=[_spend(Cat.MAIL, "2026-02", cash), _spend(Cat.EVENTS, "2026-02", in_kind, True)],
        income=[_raise("2026-02", 1_000)],
    )


def test_ndtc_cost_per_vote(make_plan: MakePlan) -> None:
    # NDTC's worked example: $12,500 for a 1,811-vote goal = $6.9022 -> $6.90 a vote
    plan = make_plan(expenses=[_spend(Cat.MAIL, "2026-10", 12_500)])
    r = compute_budget(plan, 1_811)
    assert r.cost_per_vote == D("6.90")
    step = next(s for s in r.steps if s.source == "cost_per_vote")
    assert step.text == "Cost per vote: $12,500 ÷ 1,811 vote goal = $6.90."


def test_totals_by_category_and_month(make_plan: MakePlan) -> None:
    r = compute_budget(_balanced(make_plan), 1_000)
    assert r.total_spending == D(10_000)
    assert r.total_income == D(9_000)
    assert r.by_category == {
        Cat.MAIL: D(6_000),
        Cat.DIGITAL: D(1_000),
        Cat.ADMIN: D(2_000),
        Cat.CONTINGENCY: D(1_000),
    }
    assert r.by_month == {"2026-06": D(2_000), "2026-09": D(6_000), "2026-10": D(2_000)}
    assert list(r.by_month) == sorted(r.by_month)
    assert r.income_by_source == {IncomeSource.CALL_TIME: D(4_000), IncomeSource.ONLINE: D(5_000)}
    assert r.cost_per_vote == D(10)


def test_cash_flow_and_lowest_point(make_plan: MakePlan) -> None:
    r = compute_budget(_balanced(make_plan), 1_000)
    # 500 start; May +4,000 = 4,500; Jun -2,000 = 2,500; Jul 2,500; Aug +5,000 = 7,500;
    # Sep -6,000 = 1,500; Oct -2,000 = -500
    assert [(f.month, f.cumulative) for f in r.cash_flow] == [
        ("2026-05", D(4_500)),
        ("2026-06", D(2_500)),
        ("2026-07", D(2_500)),
        ("2026-08", D(7_500)),
        ("2026-09", D(1_500)),
        ("2026-10", D(-500)),
    ]
    assert (r.lowest_cash, r.lowest_month, r.ending_cash) == (D(-500), "2026-10", D(-500))
    # one month below zero: named once, with its figure (a true minus)
    assert "Cash goes negative in Oct 2026 (\u2212$500): raise money earlier" in r.warnings[0]


def test_cash_negative_in_the_middle(make_plan: MakePlan) -> None:
    plan = make_plan(
        expenses=[_spend(Cat.MAIL, "2026-02", 1_500)],
        income=[_raise("2026-01", 1_000), _raise("2026-03", 1_000)],
    )
    r = compute_budget(plan, 100)
    # 1,000; 1,000 - 1,500 = -500; -500 + 1,000 = 500
    assert [f.cumulative for f in r.cash_flow] == [D(1_000), D(-500), D(500)]
    assert (r.lowest_cash, r.lowest_month) == (D(-500), "2026-02")
    assert any(w.startswith("Cash goes negative in Feb 2026 (\u2212$500):") for w in r.warnings)


def test_cash_negative_for_months_names_the_lowest_once(make_plan: MakePlan) -> None:
    plan = make_plan(
        expenses=[_spend(Cat.MAIL, "2026-02", 1_500), _spend(Cat.MAIL, "2026-03", 700)],
        income=[_raise("2026-01", 1_000), _raise("2026-04", 2_000)],
    )
    r = compute_budget(plan, 100)
    # 1,000; 1,000 - 1,500 = -500; -500 - 700 = -1,200; -1,200 + 2,000 = 800
    assert [f.cumulative for f in r.cash_flow] == [D(1_000), D(-500), D(-1_200), D(800)]
    warning = next(w for w in r.warnings if w.startswith("Cash goes negative"))
    assert warning.startswith(
        "Cash goes negative in Feb 2026, Mar 2026 (lowest \u2212$1,200, Mar 2026): raise"
    )


def test_cash_flow_runs_to_election_month(make_plan: MakePlan) -> None:
    plan = make_plan(expenses=[_spend(Cat.MAIL, "2026-09", 100)], election=date(2026, 11, 3))
    r = compute_budget(plan, 10)
    assert [f.month for f in r.cash_flow] == ["2026-09", "2026-10", "2026-11"]


def test_in_kind_is_kept_out_of_cash_flow(make_plan: MakePlan) -> None:
    r = compute_budget(_with_in_kind(make_plan, 300, 700), 100)
    assert (r.total_spending, r.cash_spending, r.in_kind) == (D(1_000), D(300), D(700))
    (feb,) = r.cash_flow
    assert (feb.spending, feb.net, feb.cumulative) == (D(300), D(700), D(700))
    assert r.by_month == {"2026-02": D(1_000)}  # the month's total spending includes in-kind
    assert r.cost_per_vote == D(10)  # spending, in kind included, / vote goal


def test_empty_budget(make_plan: MakePlan) -> None:
    r = compute_budget(make_plan(), 1_811)
    assert (r.total_spending, r.total_income, r.cash_flow) == (D(0), D(0), [])
    assert (r.lowest_cash, r.cost_per_vote, r.voter_contact_share_pct) == (None, None, None)
    assert r.norms == []
    assert r.warnings == [
        "The budget is empty: add what you plan to spend and raise, month by month."
    ]


@pytest.mark.parametrize("bad", ["March", "", "2026-13", "2026/03", "03-2026", "2026-00", "26-03"])
def test_invalid_month_is_left_out_with_a_warning(make_plan: MakePlan, bad: str) -> None:
    assert month_key(bad) is None
    plan = make_plan(expenses=[_spend(Cat.MAIL, "2026-03", 100), _spend(Cat.MAIL, bad, 40)])
    r = compute_budget(plan, 10)
    assert r.total_spending == D(140)  # still in the totals ...
    assert r.by_month == {"2026-03": D(100)}  # ... but not in any month
    assert r.undated_spending == D(40)
    assert [f.spending for f in r.cash_flow] == [D(100)]
    assert sum("$40.00" in w and "YYYY-MM" in w for w in r.warnings) == 1


def test_loose_month_forms_are_normalised(make_plan: MakePlan) -> None:
    assert normalize_month(" 2026-3 ") == "2026-03"
    assert normalize_month("2026-03-15") == "2026-03"
    plan = make_plan(
        expenses=[_spend(Cat.MAIL, "2026-03", 100), _spend(Cat.MAIL, "2026-3", 50)],
        income=[_raise(" 2026-03 ", 200)],
    )
    r = compute_budget(plan, 10)
    assert r.by_month == {"2026-03": D(150)}
    (march,) = r.cash_flow
    assert (march.income, march.spending, march.cumulative) == (D(200), D(150), D(50))


def test_norms_within(make_plan: MakePlan) -> None:
    r = compute_budget(_balanced(make_plan), 1_000)
    norms = {n.name: n for n in r.norms}
    assert r.voter_contact_share_pct == 70.0  # 7,000 / 10,000
    assert norms["Voter contact"].ok
    assert norms["Administration and compliance"].share_pct == 20.0
    assert norms["Administration and compliance"].ok
    assert norms["Contingency"].share_pct == 10.0 and norms["Contingency"].ok
    assert r.contingency == D(1_000)
    assert {n.source for n in r.norms} <= set(SOURCES)
    assert not any("outside the norm" in w for w in r.warnings)


def test_norms_outside(make_plan: MakePlan) -> None:
    plan = make_plan(
        expenses=[
            _spend(Cat.MAIL, "2026-09", 5_000),
            _spend(Cat.ADMIN, "2026-09", 2_500),
            _spend(Cat.GIVEAWAYS, "2026-09", 600),
            _spend(Cat.FUNDRAISING, "2026-09", 1_900),
        ]
    )
    r = compute_budget(plan, 1_000)
    # of $10,000: voter contact 50%, admin 25%, giveaways 6%, fundraising 19%, no contingency
    shares = {n.name: (n.share_pct, n.ok) for n in r.norms}
    assert shares["Voter contact"] == (50.0, False)
    assert shares["Administration and compliance"] == (25.0, False)
    assert shares["Giveaways (buttons, swag)"] == (6.0, False)
    assert shares["Fundraising costs"] == (19.0, False)
    assert shares["Contingency"] == (0.0, False)
    assert any("60% of this budget is $6,000" in w for w in r.warnings)
    assert any("Set aside $500–$1,000" in w for w in r.warnings)


def test_voter_contact_counts_media(make_plan: MakePlan) -> None:
    plan = make_plan(
        expenses=[_spend(Cat.MEDIA, "2026-09", 3_000), _spend(Cat.STAFF, "2026-09", 2_000)]
    )
    assert compute_budget(plan, 10).voter_contact_share_pct == 60.0


def test_scenarios(make_plan: MakePlan) -> None:
    r = compute_budget(_balanced(make_plan), 1_000)
    low, medium, high = r.scenarios
    # low 85%: spending 8,500, income 7,650, cash 500 + 7,650 - 8,500 = -350, $8.50 a vote
    assert (low.scenario, low.spending, low.income) == (Scenario.LOW, D(8_500), D(7_650))
    assert (low.ending_cash, low.cost_per_vote) == (D(-350), D("8.50"))
    # medium: 500 + 9,000 - 10,000 = -500
    assert (medium.spending, medium.ending_cash, medium.cost_per_vote) == (
        D(10_000),
        D(-500),
        D(10),
    )
    # high 115%: 11,500 spent, 10,350 raised, 500 + 10,350 - 11,500 = -650
    assert (high.spending, high.income, high.ending_cash) == (D(11_500), D(10_350), D(-650))
    # Jim Arnold's cautious check: 500 + 9,000 x 0.85 - 10,000 x 1.15 = 500 + 7,650 - 11,500
    assert r.cautious_ending_cash == D(-3_350)
    assert any(s.source == "scenarios" and "Cautious" in s.text for s in r.steps)


def test_scenarios_leave_in_kind_out_of_cash(make_plan: MakePlan) -> None:
    low = compute_budget(_with_in_kind(make_plan, 1_000, 1_000), None).scenarios[0]
    # spending 2,000 x 0.85 = 1,700 of which cash 850; income 850; ending 0
    assert (low.spending, low.ending_cash, low.cost_per_vote) == (D(1_700), D(0), None)


def test_no_vote_goal_no_cost_per_vote(make_plan: MakePlan) -> None:
    assert compute_budget(_balanced(make_plan), None).cost_per_vote is None
    assert compute_budget(_balanced(make_plan), 0).cost_per_vote is None


def test_every_budget_step_cites_a_source(make_plan: MakePlan) -> None:
    r = compute_budget(_balanced(make_plan), 1_000)
    assert r.steps
    assert all(s.source in SOURCES for s in r.steps)


def test_money_that_rounds_to_zero_has_no_minus_sign() -> None:
    from winbook.domain.explain import fmt_money

    assert fmt_money(Decimal("-0.004"), cents=True) == "$0.00"
    assert fmt_money(Decimal("-0.4")) == "$0"
    assert fmt_money(Decimal("-1234.5"), cents=True) == "\u2212$1,234.50"
    assert fmt_money(Decimal("-1234.5")) == "\u2212$1,234"  # half-even: 1234.5 -> 1234


def test_amounts_side_by_side_read_at_one_precision() -> None:
    from winbook.domain.explain import fmt_money_alike

    assert fmt_money_alike(Decimal("449.60"), Decimal(450)) == ("$449.60", "$450.00")
    assert fmt_money_alike(Decimal(475), Decimal("450.00")) == ("$475", "$450")
    assert fmt_money_alike(Decimal("1234.5"), Decimal(0), Decimal("0.40")) == (
        "$1,234.50",
        "$0.00",
        "$0.40",
    )
