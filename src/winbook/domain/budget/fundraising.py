"""The fundraising test (domain notes §9): at least 15% of what similar races cost raised early,
not from one donor and not from the candidate, from the typed figures or the imported
contribution export; and call time's share of the candidate's week.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from winbook.domain.contributions import MoneyIn, money_in
from winbook.domain.explain import Step, fmt_money, fmt_pct
from winbook.domain.model import IncomeSource, Plan, Stage

CENT = Decimal("0.01")


def _share(part: Decimal, whole: Decimal) -> float:
    return float(part / whole * 100) if whole else 0.0


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
