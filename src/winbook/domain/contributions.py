"""The figures of a contribution export: what the 15 % fundraising test needs (domain notes §9).

A reader (`winbook.io.contributions`) turns each row of an export into a `Gift` that still
holds the donor's key and name, in memory only. `merge` folds gifts into the plan's
`Contributions`, which keeps totals and one-way digests, never a donor's identity:

- a gift with a refund date (or a negative amount: a refund row) does not count, and takes out
  a gift with the same receipt counted by an earlier import;
- the same receipt twice counts once, within an export and across imports, so importing the
  same or an overlapping export again changes nothing;
- one donor is one donor id, else the same normalized name and ZIP (accents, letter case,
  punctuation and spacing do not matter);
- the candidate's own gifts are those of the donors the user confirmed (`candidate_matches`
  suggests them by the candidate's full or ballot name); the largest single donor leaves the
  candidate out;
- raised is gross (the gifts' amounts); the platform's fees are shown apart.

Digests: BLAKE2b keyed with a random 32-byte salt made once per plan and stored in it
(`Contributions.salt`), with a distinct ``person`` for receipts and donors. The salt stops a
dictionary of names precomputed once from matching digests across plans; it cannot stop
someone who holds this plan *and* guesses a person's name and ZIP from confirming that guess
(donors over $200 are public in campaign-finance filings anyway). Receipt ids are the
platform's numbers, not identity. No Qt.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import operator
import secrets
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from winbook.domain.dates import format_date
from winbook.domain.model import Candidate, ContributionGift, Contributions, Plan

#: An export older than this (its last day against today) is flagged in readiness.
STALE_DAYS = 30
_SALT_BYTES = 32
_DIGEST_BYTES = 16


@dataclass(slots=True)
class Gift:
    """One row of an export, read; ``donor_key`` and ``donor_name`` never leave memory."""

    row: int  # the row in the file (the header is row 1)
    receipt_key: str
    when: date
    amount: Decimal
    fee: Decimal
    donor_key: str  # "id:…" or "name:…|ZIP"
    donor_name: str  # "first last" as written, for the candidate match only
    refunded: bool = False


@dataclass
class ImportReport:
    """What one import did: counts of rows, and the totals the plan holds afterwards."""

    rows: int = 0
    new_gifts: int = 0
    refunds: int = 0  # refunded gifts in the files (left out, or taken out)
    duplicates: int = 0  # gifts whose receipt was already counted
    taken_out: int = 0  # gifts counted by an earlier import and refunded since
    candidate_gifts: int = 0
    first_date: date | None = None
    last_date: date | None = None


@dataclass
class CandidateMatch:
    """A donor whose name matches the candidate's: shown for the user to confirm."""

    donor_key: str
    name: str  # the normalized name as it appears (the candidate's own, not a donor's)
    gifts: int = 0
    total: Decimal = Decimal(0)
    confirmed: bool = True


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector off while many small objects are made (it would scan them
    again and again; they hold no cycles), back to how it was afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


# --------------------------------------------------------------------------- keys


# The ASCII characters a name loses (neither letter, digit nor space): a plain ASCII name,
# which most are, is normalized with one `bytes.translate` instead of character by character.
_ASCII_DROP = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c).isspace()))


def normalize_name(text: str) -> str:
    """``"  José  O'Brien-Smith "`` -> ``"jose obriensmith"``: accents, case, punctuation out."""
    if text.isascii():
        plain = text.encode("ascii").translate(None, _ASCII_DROP).decode("ascii")
        return " ".join(plain.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    kept = [c for c in decomposed if not unicodedata.combining(c) and (c.isalnum() or c.isspace())]
    return " ".join("".join(kept).casefold().split())


def normalize_zip(text: str) -> str:
    """The first five digits of a US ZIP (``"94110-1234"`` -> ``"94110"``), else the text."""
    digits = "".join(c for c in text if c.isdigit())
    return digits[:5] if len(digits) >= 5 else text.strip().casefold()


def donor_key(donor_id: str, name: str, zip_code: str) -> str:
    """The key that makes one donor: the donor id, else the normalized name and ZIP."""
    if donor_id.strip():
        return "id:" + donor_id.strip()
    return f"name:{normalize_name(name)}|{normalize_zip(zip_code)}"


def new_salt() -> str:
    return secrets.token_hex(_SALT_BYTES)


class Digester:
    """One-way digests of receipt and donor keys under one plan's salt (cached per key)."""

    def __init__(self, salt: str) -> None:
        key = bytes.fromhex(salt)
        self._receipt = hashlib.blake2b(key=key, person=b"wb-receipt", digest_size=_DIGEST_BYTES)
        self._donor = hashlib.blake2b(key=key, person=b"wb-donor", digest_size=_DIGEST_BYTES)
        self._donors: dict[str, str] = {}

    def receipt(self, key: str) -> str:
        h = self._receipt.copy()
        h.update(key.encode("utf-8"))
        return h.hexdigest()

    def donor(self, key: str) -> str:
        found = self._donors.get(key)
        if found is None:
            h = self._donor.copy()
            h.update(key.encode("utf-8"))
            found = self._donors[key] = h.hexdigest()
        return found


# --------------------------------------------------------------------------- the candidate


def candidate_names(candidate: Candidate, extra: Iterable[str] = ()) -> set[str]:
    """The candidate's names, normalized: full name, ballot name and any ``extra`` names."""
    names = {normalize_name(n) for n in (candidate.full_name, candidate.ballot_name, *extra)}
    return {n for n in names if n}


def _same_person(donor: str, names: set[str]) -> bool:
    """The donor name is one of ``names``, or has the same first and last word as one."""
    if not donor:
        return False
    if donor in names:
        return True
    words = donor.split()
    for name in names:
        parts = name.split()
        if len(parts) >= 2 and len(words) >= 2 and (words[0], words[-1]) == (parts[0], parts[-1]):
            return True
    return False


_donor_name = operator.attrgetter("donor_name")


def candidate_matches(gifts: Iterable[Gift], names: set[str]) -> list[CandidateMatch]:
    """The donors whose name matches one of the candidate's ``names``, largest first."""
    gifts = list(gifts)
    # Names repeat (a donor gives again and again): each is normalized and compared once,
    # and only the gifts of a name that matches are looked at one by one.
    distinct = set(map(_donor_name, gifts))
    hits = {n for n in distinct if _same_person(normalize_name(n), names)}
    found: dict[str, CandidateMatch] = {}
    for g in gifts:
        if g.donor_name not in hits or g.refunded:
            continue
        m = found.setdefault(g.donor_key, CandidateMatch(g.donor_key, normalize_name(g.donor_name)))
        m.gifts += 1
        m.total += g.amount
    return sorted(found.values(), key=lambda m: (-m.total, m.name))


# --------------------------------------------------------------------------- merging


def merge(
    old: Contributions,
    gifts: Iterable[Gift],
    candidate_keys: Iterable[str],
    *,
    not_candidate_keys: Iterable[str] = (),
    earlier_decisions_stand: bool = True,
    platform: str = "",
    today: date | None = None,
    salt: str | None = None,
) -> tuple[Contributions, ImportReport]:
    """``old`` with ``gifts`` folded in (a new object; ``old`` is not changed) and a report.

    ``candidate_keys`` are the donor keys to count as the candidate, ``not_candidate_keys``
    those the user said are not. While ``earlier_decisions_stand``, a donor an earlier import
    already counted keeps the choice made then (the user may have corrected a name match).
    """
    with gc_paused():
        return _merge(
            old, gifts, candidate_keys, not_candidate_keys, earlier_decisions_stand,
            platform, today, salt,
        )  # fmt: skip


def _merge(
    old: Contributions,
    gifts: Iterable[Gift],
    candidate_keys: Iterable[str],
    not_candidate_keys: Iterable[str],
    earlier_decisions_stand: bool,
    platform: str,
    today: date | None,
    salt: str | None,
) -> tuple[Contributions, ImportReport]:
    new = dataclasses.replace(
        old,
        salt=old.salt or salt or new_salt(),
        gifts=list(old.gifts),
        refunded=list(old.refunded),
        candidate_donors=list(old.candidate_donors),
    )
    digest = Digester(new.salt)
    report = ImportReport()
    gifts = list(gifts)
    # Column by column (the result does not depend on the order of the rows): a receipt
    # refunded anywhere is out; of the others, the first row of a receipt not counted before
    # is a new gift and every other row of it a duplicate.
    receipts = list(map(digest.receipt, [g.receipt_key for g in gifts]))
    flags = [g.refunded for g in gifts]
    whens = [g.when for g in gifts]
    refunded_now = dict.fromkeys(r for r, f in zip(receipts, flags, strict=True) if f)
    known_refunds = set(new.refunded)
    new.refunded += [r for r in refunded_now if r not in known_refunds]
    out = known_refunds | refunded_now.keys()
    before = {g.receipt for g in old.gifts}
    firsts = dict(zip(reversed(receipts), range(len(receipts) - 1, -1, -1), strict=True))
    fresh = sorted(i for r, i in firsts.items() if r not in out and r not in before)
    kept = [g for g in old.gifts if g.receipt not in refunded_now] if refunded_now else new.gifts
    report.taken_out = len(old.gifts) - len(kept)
    month_of = {d: f"{d.year:04d}-{d.month:02d}" for d in set(whens)}
    picked = [gifts[i] for i in fresh]
    donor_keys = [g.donor_key for g in picked]
    donor_of = {k: digest.donor(k) for k in set(donor_keys)}  # a donor gives many gifts
    kept += map(
        ContributionGift,
        [receipts[i] for i in fresh],
        map(donor_of.__getitem__, donor_keys),
        [month_of[g.when] for g in picked],
        [g.amount for g in picked],
        [g.fee for g in picked],
    )
    new.gifts = kept
    counted_rows = sum(1 for r, f in zip(receipts, flags, strict=True) if not f and r not in out)
    report.rows, report.refunds = len(gifts), sum(flags)
    report.new_gifts, report.duplicates = len(fresh), counted_rows - len(fresh)
    first = min([*whens, *([new.first_date] if new.first_date else [])], default=None)
    last = max([*whens, *([new.last_date] if new.last_date else [])], default=None)
    mine = {digest.donor(k) for k in candidate_keys}
    if earlier_decisions_stand:
        decided = {g.donor for g in old.gifts} - set(old.candidate_donors)
        mine -= decided
    not_mine = {digest.donor(k) for k in not_candidate_keys}
    final = (set(new.candidate_donors) | mine) - not_mine
    new.candidate_donors = sorted(final)
    report.candidate_gifts = sum(1 for g in new.gifts if g.donor in final)
    new.first_date, new.last_date = first, last
    report.first_date, report.last_date = first, last
    new.platform = platform or new.platform
    new.imported_on = today or date.today()
    return totals(new), report


def totals(c: Contributions) -> Contributions:
    """``c`` with its totals recomputed from its gifts (the gifts are the truth)."""
    mine = set(c.candidate_donors)
    by_donor: dict[str, Decimal] = defaultdict(Decimal)
    by_month: dict[str, Decimal] = defaultdict(Decimal)
    for g in c.gifts:
        by_month[g.month] += g.amount
        by_donor[g.donor] += g.amount
    zero = Decimal(0)
    raised = sum(by_month.values(), zero)
    fees = sum((g.fee for g in c.gifts), zero)
    own = sum((v for d, v in by_donor.items() if d in mine), zero)
    donors = by_donor.keys()
    others = [v for d, v in by_donor.items() if d not in mine]
    return dataclasses.replace(
        c,
        raised=raised,
        fees=fees,
        from_candidate=own,
        largest_single_donor=max(others, default=zero),
        donor_count=len(donors),
        gift_count=len(c.gifts),
        refund_count=len(c.refunded),
        by_month=dict(sorted(by_month.items())),
    )


def set_candidate(c: Contributions, donors: Iterable[str]) -> Contributions:
    """``c`` with exactly the donor digests ``donors`` counted as the candidate."""
    return totals(dataclasses.replace(c, candidate_donors=sorted(set(donors))))


# --------------------------------------------------------------------------- shown


def has_import(plan: Plan) -> bool:
    return plan.contributions.imported_on is not None


def export_label(c: Contributions) -> str:
    """``"your contribution export of Nov 3, 2026"`` (the last day it covers)."""
    return f"your contribution export of {format_date(c.last_date or c.imported_on)}"


def age_days(c: Contributions, today: date | None = None) -> int | None:
    """Days since the last day the exports cover (None without an import)."""
    day = c.last_date or c.imported_on
    if day is None:
        return None
    return ((today or date.today()) - day).days


@dataclass
class MoneyIn:
    """The four figures of the 15 % test, from the export when there is one, else typed."""

    raised: Decimal
    from_candidate: Decimal
    largest_single_donor: Decimal
    donor_count: int
    as_of: date | None
    #: "from your contribution export of Nov 3, 2026", or "" for figures typed by hand.
    source: str = ""
    fees: Decimal = Decimal(0)
    steps: list[str] = field(default_factory=list)
    #: Donors other than the candidate (None only when built without a count).
    other_donors: int | None = None


def money_in(plan: Plan) -> MoneyIn:
    """What the fundraising test counts: the imported figures when the plan has an import."""
    f, c = plan.fundraising, plan.contributions
    if not has_import(plan):
        return MoneyIn(
            f.raised_to_date,
            f.from_candidate,
            f.largest_single_donor,
            f.donor_count,
            f.as_of,
            other_donors=_others(f.donor_count, f.from_candidate),
        )
    label = f"from {export_label(c)}"
    gifts = f"{c.gift_count:,} gift{'' if c.gift_count == 1 else 's'}"
    span = f"{format_date(c.first_date)} to {format_date(c.last_date)}"
    refunds = f", {c.refund_count:,} refunded left out" if c.refund_count else ""
    return MoneyIn(
        c.raised,
        c.from_candidate,
        c.largest_single_donor,
        c.donor_count,
        c.last_date,
        label,
        c.fees,
        [
            f"Raised {label}: {gifts} from {span}{refunds}, "
            f"${c.raised:,.2f} gross (the platform's fees, ${c.fees:,.2f}, shown apart)."
        ],
        _others(c.donor_count, c.from_candidate),
    )


def _others(donors: int, from_candidate: Decimal) -> int:
    """The donors other than the candidate: "how many people gave" counts the candidate too
    when the candidate gave (as an export's donors do)."""
    return max(donors - (1 if from_candidate > 0 else 0), 0)


def actual_by_month(plan: Plan, months: list[str]) -> list[Decimal | None] | None:
    """The imported income of each of ``months`` (None without an import); a month after the
    last day the exports cover is None too (not yet known, which is not $0)."""
    c = plan.contributions
    if not has_import(plan):
        return None
    last = (c.last_date or c.imported_on or date.max).strftime("%Y-%m")
    return [None if m > last else c.by_month.get(m, Decimal(0)) for m in months]


def actual_outside(plan: Plan, months: list[str]) -> str:
    """A sentence on imported gifts in months the budget does not cover ("" when none)."""
    if not has_import(plan) or not months:
        return ""
    shown = set(months)
    outside = {m: v for m, v in plan.contributions.by_month.items() if m not in shown}
    if not outside:
        return ""
    total = sum(outside.values(), Decimal(0))
    return (
        f"${total:,.2f} of the money raised came in {', '.join(sorted(outside))}, outside "
        "the budget's months, so the chart leaves it out; add income lines for those months "
        "to show it."
    )
