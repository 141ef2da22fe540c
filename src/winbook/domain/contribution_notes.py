"""What an import of contribution exports changes, in one sentence each (domain notes §9).

The command line (`winbook contributions`, with or without --dry-run) and the Fundraising page
say the same thing: the export's figures replace the ones typed on the page, and gifts dated
outside the budget's months are named by month. Never a donor's name: the candidate's match is
shown under the candidate's name as the plan has it.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from winbook.domain.contributions import normalize_name
from winbook.domain.dates import format_date
from winbook.domain.explain import fmt_money
from winbook.domain.model import Candidate, FundraisingSettings
from winbook.domain.typography import month_label


def replaces_typed(f: FundraisingSettings) -> str:
    """The sentence that says the export's figures replace the typed ones ("" if none typed)."""
    typed = []
    if f.raised_to_date:
        typed.append(f"raised {fmt_money(f.raised_to_date, cents=True)}")
    if f.from_candidate:
        typed.append(f"{fmt_money(f.from_candidate, cents=True)} from the candidate")
    if f.largest_single_donor:
        typed.append(f"largest donor {fmt_money(f.largest_single_donor, cents=True)}")
    if f.donor_count:
        typed.append(f"{f.donor_count:,} donor{'' if f.donor_count == 1 else 's'}")
    if f.as_of:
        typed.append(f"as of {format_date(f.as_of)}")
    if not typed:
        return ""
    return (
        "The export's figures replace the ones typed on the Fundraising page "
        f"({', '.join(typed)}): the typed figures stay in the plan but no longer count."
    )


def outside_budget(by_month: dict[str, Decimal], budget_months: list[str]) -> str:
    """A warning when gifts are dated before the budget's first month or after its last."""
    if not by_month or not budget_months:
        return ""
    first, last = min(budget_months), max(budget_months)
    before = sorted(m for m in by_month if m < first)
    after = sorted(m for m in by_month if m > last)
    parts = []
    if before:
        parts.append(
            f"{_span(before)} ({_sum(by_month, before)}) fall before the budget's first month, "
            f"{month_label(first)}"
        )
    if after:
        parts.append(
            f"{_span(after)} ({_sum(by_month, after)}) fall after its last month, "
            f"{month_label(last)}"
        )
    if not parts:
        return ""
    return (
        f"Gifts dated {'; gifts dated '.join(parts)}: check the export's dates or add the "
        "months to the budget."
    )


def _span(months: list[str]) -> str:
    if len(months) == 1:
        return month_label(months[0])
    return f"{month_label(months[0])} to {month_label(months[-1])}"


def _sum(by_month: dict[str, Decimal], months: Iterable[str]) -> str:
    return fmt_money(sum((by_month[m] for m in months), Decimal(0)), cents=True)


def candidate_shown_as(candidate: Candidate, matched: str, extra: Iterable[str] = ()) -> str:
    """The name to print for a donor matched as the candidate: the plan's own spelling of the
    name that matched (full, ballot or a --candidate-name), never the file's."""
    names = [candidate.full_name, candidate.ballot_name, *extra]
    for name in names:
        if name and normalize_name(name) == matched:
            return name
    return candidate.full_name or candidate.ballot_name or "the candidate"
