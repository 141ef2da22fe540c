"""Contribution exports (ActBlue's, or another platform's CSV) read by column name. No Qt.

`open_export` reads the header and the first rows (for the mapping dialog) and guesses which
column holds what from its name (ActBlue's names: domain notes §9); `read_gifts` streams every
row into `winbook.domain.contributions.Gift` objects, whatever the file's size. The file passes
`winbook.inputfile`'s guard first; its encoding is found as for results files (BOM, UTF-16,
UTF-8, else Windows-1252).

A row that cannot be read stops the import with one sentence naming the row and the column:
an amount that is not money, a date that is not a date, a gift to another committee. A file
without a date or an amount column is refused the same way. Nothing is half-imported: the
caller folds the gifts into the plan only after the whole file was read.
"""

from __future__ import annotations

import csv
import io
import itertools
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO

from winbook import inputfile
from winbook.domain.contributions import Gift, gc_paused, normalize_name, normalize_zip
from winbook.domain.dates import parse_date
from winbook.errors import DateTextError, InputFileError
from winbook.io.results.sniff import SNIFF_BYTES, csv_encoding

PREVIEW_ROWS = 200
MAX_LINE_CHARS = 1024 * 1024
CHECK_EVERY_ROWS = 8192

#: Called with (bytes read, bytes in all); raising stops the import.
ProgressFn = Callable[[int, int], None]


@dataclass
class ContributionColumns:
    """Which column (0-based) holds what; None when the file has no such column."""

    date: int | None = None
    amount: int | None = None
    receipt: int | None = None
    donor_id: int | None = None
    donor_name: int | None = None
    first_name: int | None = None
    last_name: int | None = None
    zip: int | None = None
    refund_date: int | None = None
    fee: int | None = None
    recipient: int | None = None


#: The fields of `ContributionColumns` with their label in the mapping dialog.
FIELD_LABELS: dict[str, str] = {
    "date": "Date",
    "amount": "Amount",
    "receipt": "Receipt ID",
    "donor_id": "Donor ID",
    "donor_name": "Donor name (one column)",
    "first_name": "Donor first name",
    "last_name": "Donor last name",
    "zip": "Donor ZIP",
    "refund_date": "Refund date",
    "fee": "Fee",
    "recipient": "Recipient (committee)",
}

_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("date", "contribution date", "date received", "donation date", "paid at",
             "created at", "transaction date", "payment date"),
    "amount": ("amount", "contribution amount", "donation amount", "gift amount", "total",
               "amount usd"),
    "receipt": ("receipt id", "receipt", "transaction id", "contribution id", "donation id",
                "lineitem id", "line item id", "order id", "id"),
    "donor_id": ("donor id", "contributor id", "supporter id", "constituent id"),
    "donor_name": ("donor name", "contributor name", "name", "full name", "donor"),
    "first_name": ("donor first name", "first name", "contributor first name", "firstname"),
    "last_name": ("donor last name", "last name", "contributor last name", "lastname"),
    "zip": ("donor zip", "zip", "zip code", "postal code", "contributor zip", "donor postal code"),
    "refund_date": ("refund date", "refunded at", "refunded on", "date refunded"),
    "fee": ("fee", "fees", "processing fee", "platform fee", "card fee"),
    "recipient": ("recipient", "committee", "committee name", "recipient committee",
                  "campaign"),
}  # fmt: skip
#: The headers only ActBlue's export has: a file with them is called an ActBlue export.
_ACTBLUE = {"receipt id", "recurring total months", "recurrence number", "lineitem id"}


@dataclass
class ExportHeader:
    """The first look at an export: its columns, a guessed mapping and the first rows."""

    path: Path
    encoding: str
    delimiter: str
    headers: list[str]
    columns: ContributionColumns
    platform: str = ""
    preview: list[list[str]] = field(default_factory=list)


# --------------------------------------------------------------------------- header


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[_\-.:#]+", " ", text).casefold().split())


def guess_columns(headers: list[str]) -> ContributionColumns:
    """The mapping the column names say (exact names first; each column used once)."""
    normed = [_norm(h) for h in headers]
    cols = ContributionColumns()
    used: set[int] = set()
    for f in fields(cols):
        for name in _NAMES[f.name]:
            hit = next((i for i, h in enumerate(normed) if h == name and i not in used), None)
            if hit is not None:
                setattr(cols, f.name, hit)
                used.add(hit)
                break
    return cols


def _delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _encoding(path: Path) -> str:
    with inputfile.open_input(path) as fh:
        head = fh.read(SNIFF_BYTES)
    if not head.strip():
        raise InputFileError(f"{path.name} is empty: it has no header row.")
    try:
        return csv_encoding(head, path.name)
    except InputFileError:
        raise InputFileError(
            f"{path.name} is not a CSV file; export the contributions from your platform as "
            "CSV and import that file."
        ) from None


@dataclass
class _Source:
    raw: IO[bytes]
    counter: _Counting
    reader: Iterator[list[str]]
    size: int


class _Counting(io.RawIOBase):
    def __init__(self, raw: IO[bytes]) -> None:
        self.raw, self.count = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def _lines(text: IO[str], name: str) -> Iterator[str]:
    readline = text.readline
    while line := readline(MAX_LINE_CHARS):
        if len(line) >= MAX_LINE_CHARS and line[-1] not in "\r\n":
            raise InputFileError(
                f"{name} has a line longer than {MAX_LINE_CHARS:,} characters, so it is not a "
                "contribution export."
            )
        yield line.replace("\x00", "") if "\x00" in line else line


def _open(path: Path, encoding: str, delimiter: str) -> _Source:
    raw = inputfile.open_input(path)
    counter = _Counting(raw)
    text = io.TextIOWrapper(io.BufferedReader(counter, 1 << 16), encoding=encoding, newline="")
    reader = csv.reader(_lines(text, path.name), delimiter=delimiter)
    return _Source(raw, counter, reader, path.stat().st_size)


def _first_line(path: Path, encoding: str) -> str:
    with inputfile.open_input(path) as fh:
        text = io.TextIOWrapper(fh, encoding=encoding, newline="")
        for line in _lines(text, path.name):
            if line.strip():
                return line
    return ""


def open_export(path: Path | str) -> ExportHeader:
    """The header, a guessed mapping and the first `PREVIEW_ROWS` rows of an export."""
    p = Path(path)
    encoding = _encoding(p)
    try:
        delimiter = _delimiter(_first_line(p, encoding))
        src = _open(p, encoding, delimiter)
        with src.raw:
            headers = _header(src.reader, p.name)
            preview = [row for _, row in zip(range(PREVIEW_ROWS), src.reader, strict=False)]
    except UnicodeDecodeError as exc:
        raise _not_text(p, encoding, exc) from None
    except csv.Error as exc:
        raise InputFileError(f"{p.name} is not a well-formed CSV file: {exc}.") from None
    names = {_norm(h) for h in headers}
    platform = "ActBlue" if len(names & _ACTBLUE) >= 2 else ""
    return ExportHeader(p, encoding, delimiter, headers, guess_columns(headers), platform, preview)


def _header(reader: Iterator[list[str]], name: str) -> list[str]:
    for row in reader:
        if any(c.strip() for c in row):
            return [c.strip() for c in row]
    raise InputFileError(f"{name} is empty: it has no header row.")


def _not_text(p: Path, encoding: str, exc: UnicodeDecodeError) -> InputFileError:
    return InputFileError(
        f"{p.name} is not readable {encoding.upper()} text (at byte {exc.start:,}); save it "
        "again from your platform as a CSV file."
    )


def missing_columns(header: ExportHeader, columns: ContributionColumns) -> str | None:
    """The sentence saying which needed column the mapping lacks, or None when it has them."""
    for key, what in (("date", "the gifts' dates"), ("amount", "the gifts' amounts")):
        if getattr(columns, key) is None:
            return (
                f"{header.path.name} has no {FIELD_LABELS[key].lower()} column, so Winbook "
                f"cannot tell {what}; import your platform's contribution export, or choose "
                "the column in the import window."
            )
    return None


# --------------------------------------------------------------------------- rows


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
        that is not money or a date, a refund, no receipt or donor id, another recipient)
        goes through `gift`, which reads it alone and says what is wrong with it."""
        need = self.last_column
        for short in [r for r in rows if len(r) <= need]:
            short.extend([""] * (self.width + 1 - len(short)))
        blank = [""] * len(rows)
        (amounts_t, dates_t, fees_t, recipients, ids, _zips, receipts, refunds, firsts,
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
        odd = [
            i
            for i, (a, w, f, rc, d, rf, rp) in enumerate(
                zip(amounts, whens, fees, receipts, ids, refunds, recipients, strict=True)
            )
            if a is None or w is None or f is None or not rc or not d or rf or rp not in usual
            or a < 0 or f < 0
        ]  # fmt: skip
        if self.split_name:
            names = [f"{a.strip()} {b.strip()}" for a, b in zip(firsts, lasts, strict=True)]
        else:
            names = [t.strip() for t in names_t]
        gifts: list[Gift | None] = list(
            map(
                Gift,
                range(first, first + len(rows)),
                ["r:" + t.strip() for t in receipts],
                whens,
                amounts,
                fees,
                ["id:" + t.strip() for t in ids],
                names,
                itertools.repeat(False),
            )
        )
        for i in odd:
            row = rows[i]
            gifts[i] = self.gift(row, first + i) if any(row) and "".join(row).strip() else None
        return [g for g in gifts if g is not None] if odd else gifts  # type: ignore[return-value]

    def _slow(self, rows: list[list[str]], first: int) -> list[Gift]:
        out = []
        for n, row in enumerate(rows, start=first):
            if any(row) and "".join(row).strip():
                out.append(self.gift(row, n))
        return out

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


@dataclass
class Exports:
    """Every gift of one or more exports read together (one import)."""

    gifts: list[Gift]
    platform: str
    files: list[str]


def read_exports(
    paths: list[Path],
    columns: ContributionColumns | None = None,
    progress: ProgressFn | None = None,
) -> Exports:
    """The gifts of every file, in order; their committee must be the same throughout."""
    gifts: list[Gift] = []
    platforms: set[str] = set()
    committee = ""
    for path in paths:
        header = open_export(path)
        with gc_paused():
            read = read_gifts(header, columns, committee, progress)
        committee = committee or read.committee
        gifts += read.gifts
        platforms.add(header.platform)
    platform = platforms.pop() if len(platforms) == 1 else ""
    return Exports(gifts, platform, [p.name for p in paths])
