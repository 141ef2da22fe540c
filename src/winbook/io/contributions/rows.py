"""Reading the gifts: money and dates as the platforms write them, refunds, and one sentence
naming the row and column of anything that is not a gift.
"""

from __future__ import annotations

import csv
import itertools
import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import repeat

from winbook.domain.contributions import Gift, normalize_name, normalize_zip
from winbook.domain.dates import parse_date
from winbook.errors import DateTextError, InputFileError
from winbook.io.contributions.header import (
    CHECK_EVERY_ROWS,
    ContributionColumns,
    ExportHeader,
    ProgressFn,
    _header,
    _not_text,
    _open,
    missing_columns,
)

_PLAIN_AMOUNT = re.compile(r"-?\d+(\.\d+)?")


_MONEY = re.compile(r"^\(?-?\$?\s*-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\)?$")


def parse_money(text: str) -> Decimal | None:
    """``"25"``, ``"25.00"``, ``"$1,200.50"``, ``"(5.00)"`` as an amount; None if not money."""
    s = text.strip()
    if _PLAIN_AMOUNT.fullmatch(s):
        return Decimal(s)
    if not _MONEY.match(s):
        return None
    negative = s.startswith("(") or "-" in s
    digits = s.strip("()").replace("$", "").replace(",", "").replace("-", "").strip()
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    return -value if negative else value


def parse_day(text: str) -> date | None:
    """The day of ``"2026-03-14 18:22:05"``, ``"2026-03-14"``, ``"3/14/2026"``...; None if not."""
    s = text.strip()
    if len(s) >= 10 and s[4] == "-" and s[7] == "-" and s[:4].isdigit():
        try:
            return date(int(s[:4]), int(s[5:7]), int(s[8:10]))
        except ValueError:
            return None
    day = s.split("T")[0].split(" ")[0] if re.match(r"\d", s) else s
    try:
        return parse_date(day)
    except DateTextError:
        return None


@dataclass
class ExportRead:
    """Every gift of one export and the committee its rows are for."""

    gifts: list[Gift]
    committee: str
    rows: int


class _RowReader:
    """Reads rows fast: every column is a plain index into the row (a missing column points at
    a blank cell added at the end), and money, days and names that repeat are parsed once."""

    def __init__(self, name: str, headers: list[str], cols: ContributionColumns) -> None:
        self.name, self.headers, self.cols = name, headers, cols
        self.width = len(headers)
        blank = self.width  # the index of the blank cell added to every row

        def at(col: int | None) -> int:
            return blank if col is None else col

        self.i_amount, self.i_date, self.i_fee = at(cols.amount), at(cols.date), at(cols.fee)
        self.i_id, self.i_zip, self.i_receipt = at(cols.donor_id), at(cols.zip), at(cols.receipt)
        self.i_refund, self.i_recipient = at(cols.refund_date), at(cols.recipient)
        self.i_first, self.i_last = at(cols.first_name), at(cols.last_name)
        self.i_name = at(cols.donor_name)
        self.split_name = cols.first_name is not None or cols.last_name is not None
        self.picked = (
            self.i_amount, self.i_date, self.i_fee, self.i_recipient, self.i_id, self.i_zip,
            self.i_receipt, self.i_refund, self.i_first, self.i_last, self.i_name,
        )  # fmt: skip
        self.pick = operator.itemgetter(*self.picked)
        self.last_column = max([i for i in self.picked if i < self.width], default=0)
        self.committee = ""
        self.committee_key = ""
        self.seen: dict[str, int] = {}
        self._money: dict[str, Decimal | None] = {}
        self._days: dict[str, date | None] = {}
        self._fees: dict[str, Decimal | None] = {"": _ZERO}  # no fee is no fee
        self._names: dict[str, str] = {}

    def bad(self, n: int, col: int | None, what: str) -> InputFileError:
        header = self.headers[col] if col is not None and col < len(self.headers) else "?"
        return InputFileError(f"Row {n:,} of {self.name} {what} in the column “{header}”.")

    def gift(self, row: list[str], n: int) -> Gift:
        if len(row) <= self.width:
            row += [""] * (self.width + 1 - len(row))
        (amount_text, date_text, fee_text, recipient, donor_id, zip_code, receipt, refund,
         first, last, one_name) = self.pick(row)  # fmt: skip
        try:
            amount = self._money[amount_text]
        except KeyError:
            amount = self._money[amount_text] = parse_money(amount_text)
        if amount is None:
            text = amount_text.strip()
            shown = f"“{text}”, which is not an amount of money," if text else "no amount"
            raise self.bad(n, self.cols.amount, f"has {shown}")
        key = date_text[:10] if date_text[4:5] == "-" else date_text
        try:
            when = self._days[key]
        except KeyError:
            when = self._days[key] = parse_day(key)
        if when is None:
            text = date_text.strip()
            shown = f"“{text}”, which is not a date," if text else "no date"
            raise self.bad(n, self.cols.date, f"has {shown}")
        if recipient and recipient != self.committee:
            self._committee(recipient.strip(), n)
        fee: Decimal | None = _ZERO
        if fee_text:
            try:
                fee = self._money[fee_text]
            except KeyError:
                fee = self._money[fee_text] = parse_money(fee_text)
        if fee is None:
            text = fee_text.strip()
            raise self.bad(n, self.cols.fee, f"has “{text}”, which is not an amount of money,")
        name = f"{first.strip()} {last.strip()}" if self.split_name else one_name.strip()
        donor_id = donor_id.strip()
        donor = "id:" + donor_id if donor_id else self._name_key(name, zip_code)
        receipt = receipt.strip()
        receipt_key = "r:" + receipt if receipt else self._made_up(when, amount, donor)
        refunded = bool(refund.strip()) or amount < 0
        if amount < 0:
            amount = -amount
        return Gift(n, receipt_key, when, amount, abs(fee), donor, name, refunded)

    def chunk(self, rows: list[list[str]], first: int) -> list[Gift]:
        """The gifts of ``rows`` (row ``first`` onwards), column by column.

        A row the fast path does not take as it is (short or blank, an amount, day or fee
        that is not money or a date, a negative amount, no receipt id, another recipient)
        goes through `gift`, which reads it alone and says what is wrong with it."""
        need = self.last_column
        for short in [r for r in rows if len(r) <= need]:
            short.extend([""] * (self.width + 1 - len(short)))
        blank = [""] * len(rows)
        (amounts_t, dates_t, fees_t, recipients, ids, zips, receipts, refunds, firsts,
         lasts, names_t) = [
            list(map(operator.itemgetter(i), rows)) if i < self.width else blank
            for i in self.picked
        ]  # fmt: skip
        money, fee_of, days = self._money, self._fees, self._days
        keys = [t[:10] for t in dates_t]
        for t in set(amounts_t) - money.keys():
            money[t] = parse_money(t)
        for t in set(fees_t) - fee_of.keys():
            fee_of[t] = parse_money(t)
        for t in set(keys) - days.keys():
            days[t] = parse_day(t)
        amounts = list(map(money.__getitem__, amounts_t))
        whens = list(map(days.__getitem__, keys))
        fees = list(map(fee_of.__getitem__, fees_t))
        if not self.committee:
            on = next(((i, t) for i, t in enumerate(recipients) if t.strip()), None)
            if on is not None:
                self._committee(on[1].strip(), first + on[0])
        usual = {self.committee, ""}
        receipts = [t.strip() for t in receipts]
        odd = [
            i
            for i, (a, w, f, rc, rp) in enumerate(
                zip(amounts, whens, fees, receipts, recipients, strict=True)
            )
            if a is None or w is None or f is None or not rc or rp not in usual or a < 0 or f < 0
        ]  # fmt: skip
        if self.split_name:
            names = [f"{a.strip()} {b.strip()}" for a, b in zip(firsts, lasts, strict=True)]
        else:
            names = [t.strip() for t in names_t]
        ids = [t.strip() for t in ids]
        if all(ids):
            donors = ["id:" + t for t in ids]
        else:  # donors without an id are one donor by normalized name and ZIP
            name_key = self._name_key
            donors = [
                "id:" + d if d else name_key(n, z) for d, n, z in zip(ids, names, zips, strict=True)
            ]
        refunded: Iterable[bool] = (
            [bool(t) and not t.isspace() for t in refunds] if any(refunds) else repeat(False)
        )
        gifts: list[Gift | None] = list(
            map(
                Gift,
                range(first, first + len(rows)),
                ["r:" + t for t in receipts],
                whens,
                amounts,
                fees,
                donors,
                names,
                refunded,
            )
        )
        for i in odd:
            row = rows[i]
            gifts[i] = self.gift(row, first + i) if any(row) and "".join(row).strip() else None
        return [g for g in gifts if g is not None] if odd else gifts  # type: ignore[return-value]

    def _name_key(self, name: str, zip_code: str) -> str:
        try:
            normal = self._names[name]
        except KeyError:
            normal = self._names[name] = normalize_name(name)
        return f"name:{normal}|{normalize_zip(zip_code)}"

    def _made_up(self, when: date, amount: Decimal, key: str) -> str:
        # No receipt column: the same day, amount and donor for the n-th time in this file,
        # so importing the same file again still counts each gift once.
        base = f"g:{when.isoformat()}|{abs(amount)}|{key}"
        n = self.seen[base] = self.seen.get(base, 0) + 1
        return f"{base}|{n}"

    def _committee(self, recipient: str, n: int) -> None:
        key = normalize_name(recipient)
        if not self.committee_key:
            self.committee, self.committee_key = recipient, key
        elif key != self.committee_key:
            col = self.cols.recipient
            header = self.headers[col] if col is not None and col < len(self.headers) else "?"
            raise InputFileError(
                f"Row {n:,} of {self.name} is a gift to “{recipient}” (column “{header}”), "
                f"not to “{self.committee}” like the rows before it: import only your own "
                "committee's contributions."
            )


_ZERO = Decimal(0)


def read_gifts(
    header: ExportHeader,
    columns: ContributionColumns | None = None,
    committee: str = "",
    progress: ProgressFn | None = None,
) -> ExportRead:
    """Every row of the export as a `Gift` (blank rows skipped); one sentence on a bad row.

    ``committee`` is the recipient of an export read before (several files in one import).
    """
    cols = columns or header.columns
    missing = missing_columns(header, cols)
    if missing:
        raise InputFileError(missing)
    p = header.path
    rr = _RowReader(p.name, header.headers, cols)
    if committee:
        rr.committee, rr.committee_key = committee, normalize_name(committee)
    gifts: list[Gift] = []
    src = _open(p, header.encoding, header.delimiter)
    n = 1
    try:
        with src.raw:
            _header(src.reader, p.name)
            while chunk := list(itertools.islice(src.reader, CHECK_EVERY_ROWS)):
                gifts += rr.chunk(chunk, n + 1)
                n += len(chunk)
                if progress is not None:
                    progress(src.counter.count, src.size)
    except UnicodeDecodeError as exc:
        raise _not_text(p, header.encoding, exc) from None
    except csv.Error as exc:
        raise InputFileError(
            f"{p.name} is not a well-formed CSV file near row {n:,}: {exc}."
        ) from None
    if progress is not None:
        progress(src.size, src.size)
    if not gifts:
        raise InputFileError(f"{p.name} has a header but no gifts.")
    return ExportRead(gifts, rr.committee, n - 1)
