"""Budget, monthly cash flow, norms and the 15% fundraising test (domain notes §5)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from winbook.domain.contributions import MoneyIn, money_in
from winbook.domain.dates import format_month
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


def _share(part: Decimal, whole: Decimal) -> float:
    return float(part / whole * 100) if whole else 0.0


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
    #: Where raised, from the candidate, the largest donor and the donor count come from:
    #: "from your contribution export of Nov 3, 2026", or "" when typed by hand.
    source: str = ""
    raised: Decimal = Decimal(0)
    fees: Decimal = Decimal(0)
    from_candidate: Decimal = Decimal(0)
    largest_single_donor: Decimal = Decimal(0)
    donor_count: int = 0
    #: Donors other than the candidate, when an export says who the candidate is.
    other_donors: int | None = None
    #: Shares of all money raised from the largest donor (the candidate left out) and from
    #: the candidate (None while nothing is raised).
    largest_share_pct: float | None = None
    candidate_share_pct: float | None = None
    as_of: date | None = None


def _stage_name(stage: Stage) -> str:
    return "primary" if stage is Stage.PRIMARY else "general"


def fundraising_test(plan: Plan) -> FundraisingResult:
    """The 15% test: money raised from others against the average cost of similar races."""
    f = plan.fundraising
    stage = plan.race.stage
    same_stage = [c for c in plan.race_costs if c.stage is stage]
    years = sorted({c.year for c in same_stage}, reverse=True)[: max(f.cycles_to_average, 1)]
    costs = [c for c in same_stage if c.year in years]
    m = money_in(plan)
    counted = max(m.raised - m.from_candidate, Decimal(0))
    result = FundraisingResult(None, None, counted, None, years_used=sorted(years))
    _money_in(m, result)
    other = [c for c in plan.race_costs if c.stage is not stage]
    if other:
        result.steps.append(
            Step(
                f"{len(other)} comparable race cost{'' if len(other) == 1 else 's'} from a "
                f"{_stage_name(Stage.GENERAL if stage is Stage.PRIMARY else Stage.PRIMARY)} "
                f"left out: this race is a {_stage_name(stage)}, and a primary and a general "
                "count as separate races.",
                "fundraising_test",
            )
        )
    _call_time_share(plan, result)
    if not costs:
        result.warnings.append(
            f"Add what similar {_stage_name(stage)} races cost over the last 1-3 cycles to run "
            f"the {f.threshold_pct:g}% test."
        )
        return result
    avg = sum((c.total_spent for c in costs), Decimal(0)) / len(costs)
    threshold = (avg * Decimal(str(f.threshold_pct)) / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    result.average_cost, result.threshold = avg.quantize(CENT, rounding=ROUND_HALF_UP), threshold
    listed = ", ".join(f"{c.race or c.year} {fmt_money(c.total_spent, cents=True)}" for c in costs)
    result.steps += [
        Step(
            f"Average cost of {len(costs)} similar {_stage_name(stage)} "
            f"race{'' if len(costs) == 1 else 's'} ({listed}) "
            f"= {fmt_money(avg, cents=True)}.",
            "fundraising_test",
        ),
        Step(
            f"Threshold: {f.threshold_pct:g}% × {fmt_money(avg, cents=True)} = "
            f"{fmt_money(threshold, cents=True)}.",
            "fundraising_test",
        ),
        Step(
            f"Counted: {fmt_money(m.raised, cents=True)} raised less "
            f"{fmt_money(m.from_candidate, cents=True)} from the candidate = "
            f"{fmt_money(counted, cents=True)} (the candidate's own money does not "
            f"count){f', {m.source}' if m.source else ''}.",
            "fundraising_test",
        ),
    ]
    one_donor = _one_donor(m, counted, result)
    result.passed = counted >= threshold and not one_donor
    if one_donor:
        result.warnings.append(
            "The money counted comes from a single donor; the test asks for more than one."
        )
    elif counted < threshold:
        result.warnings.append(
            f"Raise {fmt_money(threshold - counted, cents=True)} more from others to pass the "
            f"{f.threshold_pct:g}% fundraising test."
        )
    return result


def _money_in(m: MoneyIn, result: FundraisingResult) -> None:
    """The figures the test counts, their source and the shares, on ``result``."""
    result.source, result.raised, result.fees = m.source, m.raised, m.fees
    result.from_candidate, result.largest_single_donor = m.from_candidate, m.largest_single_donor
    result.donor_count, result.as_of = m.donor_count, m.as_of
    result.other_donors = m.other_donors
    if m.raised > 0:
        result.largest_share_pct = _share(m.largest_single_donor, m.raised)
        result.candidate_share_pct = _share(m.from_candidate, m.raised)
    result.steps += [Step(text, "contributions") for text in m.steps]


def _one_donor(f: MoneyIn, counted: Decimal, result: FundraisingResult) -> bool:
    """Whether all the money counted comes from one donor (with a step, and advice)."""
    if counted <= 0:
        return False
    if f.donor_count == 0 and f.largest_single_donor == 0:
        result.warnings.append(
            "Enter how many donors gave and the largest single gift, so the packet can show the "
            "money does not come from one donor."
        )
        return False
    n = f.donor_count if f.other_donors is None else f.other_donors
    one = n == 1 or f.largest_single_donor >= counted
    who = "other donor" if f.other_donors is not None else "donor"
    share = _share(min(f.largest_single_donor, counted), counted)
    result.steps.append(
        Step(
            f"Not from one donor: {n:,} {who}{'' if n == 1 else 's'}, the largest gave "
            f"{fmt_money(f.largest_single_donor, cents=True)}, {share:.1f}% of the "
            f"{fmt_money(counted, cents=True)} counted (the candidate's own gifts left out): "
            f"{'all from one donor' if one else 'more than one donor'}.",
            "fundraising_test",
        )
    )
    if f.largest_single_donor > counted:
        result.warnings.append(
            "The largest single gift is more than the money counted from others: check the "
            "fundraising figures."
        )
    elif not one and f.largest_single_donor * 2 > counted:
        result.warnings.append(
            f"Most of the money counted ({fmt_money(f.largest_single_donor, cents=True)} of "
            f"{fmt_money(counted, cents=True)}) comes from one donor; reviewers may ask about it."
        )
    return one


def _call_time_share(plan: Plan, result: FundraisingResult) -> None:
    total = sum((i.amount for i in plan.income), Decimal(0))
    if not total:
        return
    call = sum((i.amount for i in plan.income if i.source is IncomeSource.CALL_TIME), Decimal(0))
    result.call_time_share_pct = _share(call, total)
    result.steps.append(
        Step(
            f"Call time brings {fmt_pct(result.call_time_share_pct)} of planned income "
            "(call time usually raises 50-75% or more).",
            "call_time",
        )
    )
