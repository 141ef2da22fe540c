"""Budget, monthly cash flow, norms and the 15 % fundraising test (domain notes §5)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from winbook.domain.explain import Step, fmt_money, fmt_pct
from winbook.domain.model import (
    EXPENSE_LABELS,
    VOTER_CONTACT_CATEGORIES,
    ExpenseCategory,
    IncomeSource,
    Plan,
    Scenario,
    Stage,
)

CENT = Decimal("0.01")


def month_key(month: str) -> tuple[int, int] | None:
    """``"2026-03"`` -> ``(2026, 3)``; None for anything that is not a valid month."""
    try:
        y, m = month.strip().split("-")[:2]
        year, mon = int(y), int(m)
    except (ValueError, AttributeError):
        return None
    return (year, mon) if 1 <= mon <= 12 and 1900 < year < 3000 else None


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
    by_month: dict[str, Decimal] = field(default_factory=dict)
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


def _share(part: Decimal, whole: Decimal) -> float:
    return float(part / whole * 100) if whole else 0.0


def compute_budget(plan: Plan, vote_goal: int | None) -> BudgetResult:
    by_cat: dict[ExpenseCategory, Decimal] = defaultdict(Decimal)
    by_month: dict[str, Decimal] = defaultdict(Decimal)
    cash_by_month: dict[str, Decimal] = defaultdict(Decimal)
    income_by_month: dict[str, Decimal] = defaultdict(Decimal)
    by_source: dict[IncomeSource, Decimal] = defaultdict(Decimal)
    in_kind = Decimal(0)
    for e in plan.expenses:
        by_cat[e.category] += e.amount
        by_month[e.month] += e.amount
        if e.in_kind:
            in_kind += e.amount
        else:
            cash_by_month[e.month] += e.amount
    for i in plan.income:
        by_source[i.source] += i.amount
        income_by_month[i.month] += i.amount
    total = sum(by_cat.values(), Decimal(0))
    result = BudgetResult(
        total_spending=total,
        cash_spending=total - in_kind,
        in_kind=in_kind,
        total_income=sum(by_source.values(), Decimal(0)),
        by_category={c: by_cat[c] for c in ExpenseCategory if c in by_cat},
        by_month=dict(sorted(by_month.items())),
        income_by_source={s: by_source[s] for s in IncomeSource if s in by_source},
    )
    result.steps.append(
        Step(
            f"Total spending {fmt_money(total)} ({fmt_money(in_kind)} of it in kind); planned "
            f"income {fmt_money(result.total_income)}."
        )
    )
    _cash_flow(plan, cash_by_month, income_by_month, result)
    _norms(by_cat, total, result)
    _cost_per_vote(total, vote_goal, result)
    _scenarios(plan, vote_goal, result)
    return result


def _cash_flow(
    plan: Plan,
    spending: dict[str, Decimal],
    income: dict[str, Decimal],
    result: BudgetResult,
) -> None:
    bad = sorted({m for m in [*spending, *income] if month_key(m) is None})
    for m in bad:
        result.warnings.append(
            f"Budget lines with the month {m!r} are not in the cash flow: enter the month as "
            "YYYY-MM."
        )
    months = sorted(m for m in {*spending, *income} if month_key(m) is not None)
    if not months:
        return
    last = months[-1]
    if plan.race.election_date is not None:
        last = max(last, plan.race.election_date.strftime("%Y-%m"))
    cumulative = plan.fundraising.starting_cash
    for m in month_range(months[0], last):
        inc, out = income.get(m, Decimal(0)), spending.get(m, Decimal(0))
        cumulative += inc - out
        result.cash_flow.append(MonthFlow(m, inc, out, inc - out, cumulative))
    low = min(result.cash_flow, key=lambda f: (f.cumulative, f.month))
    result.lowest_cash, result.lowest_month = low.cumulative, low.month
    result.steps.append(
        Step(
            f"Cash flow: starting cash {fmt_money(plan.fundraising.starting_cash)} plus income "
            f"less cash spending, month by month; lowest point {fmt_money(low.cumulative)} "
            f"in {low.month}."
        )
    )
    negative = [f.month for f in result.cash_flow if f.cumulative < 0]
    if negative:
        result.warnings.append(
            f"Cash goes negative in {', '.join(negative)} (lowest {fmt_money(low.cumulative)} "
            f"in {low.month}): raise money earlier or move spending later."
        )


def _norms(by_cat: dict[ExpenseCategory, Decimal], total: Decimal, result: BudgetResult) -> None:
    if not total:
        return
    contact = sum((v for c, v in by_cat.items() if c in VOTER_CONTACT_CATEGORIES), Decimal(0))
    vc = _share(contact, total)
    result.voter_contact_share_pct = vc
    result.contingency = by_cat.get(ExpenseCategory.CONTINGENCY, Decimal(0))
    checks = [
        ("Voter contact", vc, 60.0, 75.0, vc >= 60.0, "voter_contact_share"),
        _band(by_cat, total, ExpenseCategory.ADMIN, 10.0, 20.0, "admin_share"),
        _band(by_cat, total, ExpenseCategory.CONTINGENCY, 5.0, 10.0, "contingency"),
        _band(by_cat, total, ExpenseCategory.GIVEAWAYS, 0.0, 5.0, "giveaways"),
    ]
    for name, share, low, high, ok, source in checks:
        message = _norm_message(name, share, low, high, ok, total)
        result.norms.append(Norm(name, share, low, high, ok, message, source))
        if not ok:
            result.warnings.append(message)
    result.steps.append(
        Step(
            f"Voter contact: {fmt_money(contact)} of {fmt_money(total)} = {fmt_pct(vc)} "
            "(norm: at least 60-75 %).",
            "voter_contact_share",
        )
    )


def _band(
    by_cat: dict[ExpenseCategory, Decimal],
    total: Decimal,
    cat: ExpenseCategory,
    low: float,
    high: float,
    source: str,
) -> tuple[str, float, float, float, bool, str]:
    share = _share(by_cat.get(cat, Decimal(0)), total)
    ok = (
        share <= high
        if cat in (ExpenseCategory.ADMIN, ExpenseCategory.GIVEAWAYS)
        else (low <= share <= high)
    )
    return (EXPENSE_LABELS[cat], share, low, high, ok, source)


def _norm_message(
    name: str, share: float, low: float, high: float, ok: bool, total: Decimal
) -> str:
    band = f"{low:g}-{high:g} %" if low else f"at most {high:g} %"
    if name == "Voter contact":
        band = "at least 60-75 %"
    state = "within the norm" if ok else "outside the norm"
    text = f"{name}: {fmt_pct(share)} of spending, {state} ({band})."
    if not ok and name == "Voter contact":
        need = (total * Decimal("0.6")).quantize(Decimal(1))
        text += f" Move money toward voter contact: 60 % of this budget is {fmt_money(need)}."
    elif not ok and name == EXPENSE_LABELS[ExpenseCategory.CONTINGENCY] and share < low:
        text += f" Set aside {fmt_money(total * Decimal('0.05'))}-{fmt_money(total / 10)}."
    return text


def _cost_per_vote(total: Decimal, vote_goal: int | None, result: BudgetResult) -> None:
    if not vote_goal or not total:
        return
    cpv = (total / vote_goal).quantize(CENT, rounding=ROUND_HALF_UP)
    result.cost_per_vote = cpv
    result.steps.append(
        Step(
            f"Cost per vote: {fmt_money(total)} / {vote_goal:,} vote goal = "
            f"{fmt_money(cpv, cents=True)}.",
            "cost_per_vote",
        )
    )


def _scenarios(plan: Plan, vote_goal: int | None, result: BudgetResult) -> None:
    f = plan.fundraising
    factors = {
        Scenario.LOW: Decimal(str(f.low_factor_pct)) / 100,
        Scenario.MEDIUM: Decimal(1),
        Scenario.HIGH: Decimal(str(f.high_factor_pct)) / 100,
    }
    for scenario, k in factors.items():
        spending = (result.total_spending * k).quantize(CENT, rounding=ROUND_HALF_UP)
        income = (result.total_income * k).quantize(CENT, rounding=ROUND_HALF_UP)
        cpv = (
            (spending / vote_goal).quantize(CENT, rounding=ROUND_HALF_UP)
            if vote_goal and spending
            else None
        )
        ending = f.starting_cash + income - (spending - result.in_kind * k)
        result.scenarios.append(ScenarioFigures(scenario, spending, income, ending, cpv))
    result.steps.append(
        Step(
            f"Scenarios: low at {f.low_factor_pct:g} % and high at {f.high_factor_pct:g} % of "
            "the planned budget, income and spending alike.",
            "scenarios",
        )
    )


# --------------------------------------------------------------------------- fundraising test


@dataclass
class FundraisingResult:
    average_cost: Decimal | None
    threshold: Decimal | None
    counted: Decimal
    passed: bool | None  # None while it cannot be judged
    years_used: list[int] = field(default_factory=list)
    call_time_share_pct: float | None = None
    steps: list[Step] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def fundraising_test(plan: Plan) -> FundraisingResult:
    f = plan.fundraising
    stage = plan.race.stage
    same_stage = [c for c in plan.race_costs if c.stage is stage]
    years = sorted({c.year for c in same_stage}, reverse=True)[: max(f.cycles_to_average, 1)]
    costs = [c for c in same_stage if c.year in years]
    counted = f.raised_to_date - f.from_candidate
    result = FundraisingResult(None, None, counted, None, years_used=sorted(years))
    other = [c for c in plan.race_costs if c.stage is not stage]
    if other:
        result.steps.append(
            Step(
                f"{len(other)} comparable race cost(s) from a "
                f"{'general' if stage is Stage.PRIMARY else 'primary'} left out: a primary and "
                "a general count as separate races.",
                "fundraising_test",
            )
        )
    _call_time_share(plan, result)
    if not costs:
        result.warnings.append(
            "Add what similar races cost over the last 1-3 cycles to run the 15 % test."
        )
        return result
    avg = sum((c.total_spent for c in costs), Decimal(0)) / len(costs)
    threshold = (avg * Decimal(str(f.threshold_pct)) / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    result.average_cost, result.threshold = avg.quantize(CENT, rounding=ROUND_HALF_UP), threshold
    listed = ", ".join(f"{c.race or c.year} {fmt_money(c.total_spent)}" for c in costs)
    result.steps += [
        Step(
            f"Average cost of {len(costs)} similar race(s) ({listed}) = {fmt_money(avg)}.",
            "fundraising_test",
        ),
        Step(
            f"Threshold: {f.threshold_pct:g} % x {fmt_money(avg)} = "
            f"{fmt_money(threshold, cents=True)}.",
            "fundraising_test",
        ),
        Step(
            f"Counted: {fmt_money(f.raised_to_date)} raised less {fmt_money(f.from_candidate)} "
            f"from the candidate = {fmt_money(counted)}.",
            "fundraising_test",
        ),
    ]
    one_donor = counted > 0 and (f.donor_count == 1 or f.largest_single_donor >= counted)
    result.passed = counted >= threshold and not one_donor
    if one_donor:
        result.warnings.append(
            "The money counted comes from a single donor; the test asks for more than one."
        )
    elif counted < threshold:
        result.warnings.append(
            f"Raise {fmt_money(threshold - counted, cents=True)} more from others to pass the "
            f"{f.threshold_pct:g} % fundraising test."
        )
    return result


def _call_time_share(plan: Plan, result: FundraisingResult) -> None:
    total = sum((i.amount for i in plan.income), Decimal(0))
    if not total:
        return
    call = sum((i.amount for i in plan.income if i.source is IncomeSource.CALL_TIME), Decimal(0))
    result.call_time_share_pct = _share(call, total)
    result.steps.append(
        Step(
            f"Call time brings {fmt_pct(result.call_time_share_pct)} of planned income "
            "(call time usually raises 50-75 % or more).",
            "call_time",
        )
    )
