"""Budget, monthly cash flow, norms and the 15% fundraising test (domain notes §5).

The fundraising test is in `fundraising`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from winbook.domain.budget.fundraising import CENT, FundraisingResult, _share, fundraising_test
from winbook.domain.dates import format_month
from winbook.domain.explain import Step, fmt_money, fmt_pct
from winbook.domain.model import (
    EXPENSE_LABELS,
    VOTER_CONTACT_CATEGORIES,
    ExpenseCategory,
    IncomeSource,
    Plan,
    Scenario,
)

__all__ = [
    "CENT",
    "BudgetResult",
    "FundraisingResult",
    "MonthFlow",
    "Norm",
    "ScenarioFigures",
    "compute_budget",
    "fundraising_test",
    "month_key",
    "month_range",
    "normalize_month",
]


_MONTH_RE = re.compile(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?")


def month_key(month: str) -> tuple[int, int] | None:
    """``"2026-03"`` -> ``(2026, 3)``; None for anything that is not a valid month.

    Accepts ``YYYY-MM`` (also ``YYYY-M`` and a full ``YYYY-MM-DD`` date) with spaces around it.
    """
    if not isinstance(month, str):
        return None
    match = _MONTH_RE.fullmatch(month.strip())
    if match is None:
        return None
    year, mon = int(match[1]), int(match[2])
    return (year, mon) if 1 <= mon <= 12 and 1900 < year < 3000 else None


def normalize_month(month: str) -> str | None:
    """The canonical ``"YYYY-MM"`` form of ``month``, or None if it is not a valid month."""
    key = month_key(month)
    return None if key is None else f"{key[0]:04d}-{key[1]:02d}"


def month_range(first: str, last: str) -> list[str]:
    a, b = month_key(first), month_key(last)
    if a is None or b is None:
        return []
    out: list[str] = []
    y, m = a
    while (y, m) <= b:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@dataclass
class MonthFlow:
    month: str
    income: Decimal
    spending: Decimal  # cash spending (in-kind excluded)
    net: Decimal
    cumulative: Decimal


@dataclass
class Norm:
    name: str
    share_pct: float
    low_pct: float
    high_pct: float
    ok: bool
    message: str
    source: str


@dataclass
class ScenarioFigures:
    scenario: Scenario
    spending: Decimal
    income: Decimal
    ending_cash: Decimal
    cost_per_vote: Decimal | None


@dataclass
class BudgetResult:
    total_spending: Decimal  # cash + in-kind
    cash_spending: Decimal
    in_kind: Decimal
    total_income: Decimal
    by_category: dict[ExpenseCategory, Decimal] = field(default_factory=dict)
    by_month: dict[str, Decimal] = field(default_factory=dict)  # valid "YYYY-MM" months only
    income_by_source: dict[IncomeSource, Decimal] = field(default_factory=dict)
    cash_flow: list[MonthFlow] = field(default_factory=list)
    lowest_cash: Decimal | None = None
    lowest_month: str | None = None
    voter_contact_share_pct: float | None = None
    contingency: Decimal = Decimal(0)
    cost_per_vote: Decimal | None = None
    norms: list[Norm] = field(default_factory=list)
    scenarios: list[ScenarioFigures] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Money on lines whose month is not a valid "YYYY-MM" (kept out of by_month and cash flow).
    undated_spending: Decimal = Decimal(0)
    undated_income: Decimal = Decimal(0)
    #: Cash at the end with income cut and costs raised by 15% (Jim Arnold's cautious budget).
    cautious_ending_cash: Decimal | None = None
    #: Cash left after the last month of the cash flow (None without dated lines).
    ending_cash: Decimal | None = None


@dataclass
class _Sums:
    by_cat: dict[ExpenseCategory, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    by_month: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    cash_by_month: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    income_by_month: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    by_source: dict[IncomeSource, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    in_kind: Decimal = Decimal(0)
    bad_months: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    undated_spending: Decimal = Decimal(0)
    undated_income: Decimal = Decimal(0)


def _sum_lines(plan: Plan) -> _Sums:
    sums = _Sums()
    for e in plan.expenses:
        sums.by_cat[e.category] += e.amount
        sums.in_kind += e.amount if e.in_kind else 0
        month = normalize_month(e.month)
        if month is None:
            sums.bad_months[e.month] += e.amount
            sums.undated_spending += e.amount
            continue
        sums.by_month[month] += e.amount
        if not e.in_kind:
            sums.cash_by_month[month] += e.amount
    for i in plan.income:
        sums.by_source[i.source] += i.amount
        month = normalize_month(i.month)
        if month is None:
            sums.bad_months[i.month] += i.amount
            sums.undated_income += i.amount
            continue
        sums.income_by_month[month] += i.amount
    return sums


def compute_budget(plan: Plan, vote_goal: int | None) -> BudgetResult:
    """Totals by category and month, cash flow, norms, cost per vote and scenarios (§5)."""
    sums = _sum_lines(plan)
    total = sum(sums.by_cat.values(), Decimal(0))
    result = BudgetResult(
        total_spending=total,
        cash_spending=total - sums.in_kind,
        in_kind=sums.in_kind,
        total_income=sum(sums.by_source.values(), Decimal(0)),
        by_category={c: sums.by_cat[c] for c in ExpenseCategory if c in sums.by_cat},
        by_month=dict(sorted(sums.by_month.items())),
        income_by_source={s: sums.by_source[s] for s in IncomeSource if s in sums.by_source},
        undated_spending=sums.undated_spending,
        undated_income=sums.undated_income,
        contingency=sums.by_cat.get(ExpenseCategory.CONTINGENCY, Decimal(0)),
    )
    if not plan.expenses and not plan.income:
        result.warnings.append(
            "The budget is empty: add what you plan to spend and raise, month by month."
        )
        return result
    result.steps.append(
        Step(
            f"Total spending {fmt_money(total)} ({fmt_money(sums.in_kind)} of it in kind); planned "
            f"income {fmt_money(result.total_income)}.",
            "scenarios",
        )
    )
    _bad_months(sums, result)
    _cash_flow(plan, sums.cash_by_month, sums.income_by_month, result)
    _norms(sums.by_cat, total, result)
    _cost_per_vote(total, vote_goal, result)
    _scenarios(plan, vote_goal, result)
    return result


def _bad_months(sums: _Sums, result: BudgetResult) -> None:
    for month, amount in sorted(sums.bad_months.items()):
        shown = repr(month) if month.strip() else "(blank)"
        result.warnings.append(
            f"Budget lines worth {fmt_money(amount, cents=True)} have the month {shown}, which is "
            "not a month: they are left out of the monthly totals and the cash flow. Enter the "
            "month as YYYY-MM (for example 2026-03)."
        )


def _cash_flow(
    plan: Plan,
    spending: dict[str, Decimal],
    income: dict[str, Decimal],
    result: BudgetResult,
) -> None:
    months = sorted({*spending, *income})
    if not months:
        return
    last = months[-1]
    if plan.race.election_date is not None:
        last = max(last, plan.race.election_date.strftime("%Y-%m"))
    span = month_range(months[0], last)
    if not span:  # an election month outside the years a budget can cover (1900-2999)
        last, span = months[-1], month_range(months[0], months[-1])
    cumulative = plan.fundraising.starting_cash
    for m in span:
        inc, out = income.get(m, Decimal(0)), spending.get(m, Decimal(0))
        cumulative += inc - out
        result.cash_flow.append(MonthFlow(m, inc, out, inc - out, cumulative))
    result.ending_cash = cumulative
    low = min(result.cash_flow, key=lambda f: (f.cumulative, f.month))
    result.lowest_cash, result.lowest_month = low.cumulative, low.month
    result.steps.append(
        Step(
            f"Cash flow: starting cash {fmt_money(plan.fundraising.starting_cash)} plus income "
            f"less cash spending (in-kind gifts left out), month by month from "
            f"{format_month(months[0])} to {format_month(last)}; lowest point "
            f"{fmt_money(low.cumulative)} in {format_month(low.month)}.",
            "scenarios",
        )
    )
    negative = [f.month for f in result.cash_flow if f.cumulative < 0]
    if negative:
        lowest = fmt_money(low.cumulative)
        where = (
            f"{format_month(low.month)} ({lowest})"
            if negative == [low.month]
            else f"{', '.join(map(format_month, negative))} (lowest {lowest}, "
            f"{format_month(low.month)})"
        )
        result.warnings.append(
            f"Cash goes negative in {where}: raise money earlier or move spending later."
        )


@dataclass(frozen=True)
class _NormSpec:
    name: str
    categories: frozenset[ExpenseCategory]
    low: float
    high: float
    band: str  # the norm in words
    source: str
    at_least: bool = False  # only the low end binds (voter contact: more is better)

    def ok(self, share: float) -> bool:
        return share >= self.low if self.at_least else self.low <= share <= self.high


_NORMS: tuple[_NormSpec, ...] = (
    _NormSpec(
        "Voter contact",
        VOTER_CONTACT_CATEGORIES,
        60.0,
        75.0,
        "at least 60-75%",
        "voter_contact_share",
        at_least=True,
    ),
    _NormSpec(
        EXPENSE_LABELS[ExpenseCategory.ADMIN],
        frozenset({ExpenseCategory.ADMIN}),
        0.0,
        20.0,
        "10-20%, at most 20%",
        "admin_share",
    ),
    _NormSpec(
        EXPENSE_LABELS[ExpenseCategory.FUNDRAISING],
        frozenset({ExpenseCategory.FUNDRAISING}),
        0.0,
        10.0,
        "about 10%, at most 10%",
        "admin_share",
    ),
    _NormSpec(
        EXPENSE_LABELS[ExpenseCategory.CONTINGENCY],
        frozenset({ExpenseCategory.CONTINGENCY}),
        5.0,
        10.0,
        "5-10%",
        "contingency",
    ),
    _NormSpec(
        EXPENSE_LABELS[ExpenseCategory.GIVEAWAYS],
        frozenset({ExpenseCategory.GIVEAWAYS}),
        0.0,
        5.0,
        "at most 3-5%",
        "giveaways",
    ),
)


def _norms(by_cat: dict[ExpenseCategory, Decimal], total: Decimal, result: BudgetResult) -> None:
    if not total:
        return
    for spec in _NORMS:
        part = sum((v for c, v in by_cat.items() if c in spec.categories), Decimal(0))
        share = _share(part, total)
        ok = spec.ok(share)
        message = _norm_message(spec, share, ok, total)
        result.norms.append(Norm(spec.name, share, spec.low, spec.high, ok, message, spec.source))
        if not ok:
            result.warnings.append(message)
        if spec.at_least:
            result.voter_contact_share_pct = share
            result.steps.append(
                Step(
                    f"Voter contact (media included): {fmt_money(part)} of {fmt_money(total)} "
                    f"= {fmt_pct(share)} (norm: at least 60-75%).",
                    spec.source,
                )
            )
        elif spec.source == "contingency":
            result.steps.append(
                Step(
                    f"Contingency: {fmt_money(part)} = {fmt_pct(share)} of spending (norm: 5-10%).",
                    spec.source,
                )
            )


def _norm_message(spec: _NormSpec, share: float, ok: bool, total: Decimal) -> str:
    state = "within the norm" if ok else "outside the norm"
    text = f"{spec.name}: {fmt_pct(share)} of spending, {state} ({spec.band})."
    if ok:
        return text
    if spec.at_least:
        need = (total * Decimal(str(spec.low)) / 100).quantize(Decimal(1))
        text += (
            f" Move money toward voter contact: {spec.low:g}% of this budget is {fmt_money(need)}."
        )
    elif spec.source == "contingency" and share < spec.low:
        text += f" Set aside {fmt_money(total * Decimal('0.05'))}–{fmt_money(total / 10)}."
    return text


def _cost_per_vote(total: Decimal, vote_goal: int | None, result: BudgetResult) -> None:
    if not vote_goal or not total:
        return
    cpv = (total / vote_goal).quantize(CENT, rounding=ROUND_HALF_UP)
    result.cost_per_vote = cpv
    result.steps.append(
        Step(
            f"Cost per vote: {fmt_money(total)} ÷ {vote_goal:,} vote goal = "
            f"{fmt_money(cpv, cents=True)}.",
            "cost_per_vote",
        )
    )


def _pct(x: float) -> Decimal:
    return Decimal(str(x)) / 100


def _scenarios(plan: Plan, vote_goal: int | None, result: BudgetResult) -> None:
    f = plan.fundraising
    factors = {
        Scenario.LOW: _pct(f.low_factor_pct),
        Scenario.MEDIUM: Decimal(1),
        Scenario.HIGH: _pct(f.high_factor_pct),
    }
    for scenario, k in factors.items():
        spending = (result.total_spending * k).quantize(CENT, rounding=ROUND_HALF_UP)
        income = (result.total_income * k).quantize(CENT, rounding=ROUND_HALF_UP)
        cpv = (
            (spending / vote_goal).quantize(CENT, rounding=ROUND_HALF_UP)
            if vote_goal and spending
            else None
        )
        cash_out = ((result.total_spending - result.in_kind) * k).quantize(CENT, ROUND_HALF_UP)
        ending = f.starting_cash + income - cash_out
        result.scenarios.append(ScenarioFigures(scenario, spending, income, ending, cpv))
    result.steps.append(
        Step(
            f"Scenarios: low at {f.low_factor_pct:g}% and high at {f.high_factor_pct:g}% of "
            "the planned budget, income and spending alike.",
            "scenarios",
        )
    )
    _cautious(plan, result)


def _cautious(plan: Plan, result: BudgetResult) -> None:
    """Jim Arnold's test: income 15% lower and costs 15% higher than planned."""
    f = plan.fundraising
    income = (result.total_income * Decimal("0.85")).quantize(CENT, ROUND_HALF_UP)
    cash_out = (result.cash_spending * Decimal("1.15")).quantize(CENT, ROUND_HALF_UP)
    ending = f.starting_cash + income - cash_out
    result.cautious_ending_cash = ending
    result.steps.append(
        Step(
            f"Cautious check: {fmt_money(f.starting_cash)} starting cash + income cut 15% "
            f"({fmt_money(income)}) − cash costs raised 15% ({fmt_money(cash_out)}) = "
            f"{fmt_money(ending)} at the end.",
            "scenarios",
        )
    )
