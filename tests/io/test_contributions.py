"""Contribution exports read and counted: every figure worked out by hand from tests/exports.py.

The first export (8 rows):
  R1 Jan 5   $25  Ana (D-1001)   fee 0.99
  R2 Jan 20  $100 Ben (D-1002)   fee 3.95
  R3 Feb 3   $500 Maya (D-1003)  fee 19.75   the candidate
  R4 Feb 10  $50  Ana, recurring 1 of 12     fee 1.98
  R5 Mar 10  $50  Ana, recurring 2 of 12     fee 1.98
  R6 Mar 12  $75  Ben, refunded Mar 15       (out)
  R2 again                                   (duplicate)
  R7 Mar 20  $250 Chloé (D-1004) fee 9.87
Counted: 25 + 100 + 500 + 50 + 50 + 250 = $975; fees 0.99 + 3.95 + 19.75 + 1.98 + 1.98 + 9.87
= $38.52; from the candidate $500; donors Ana, Ben, Maya, Chloé = 4; largest without Maya:
Ana 125, Ben 100, Chloé 250 -> $250. Months: Jan 125, Feb 550, Mar 300.
"""

from __future__ import annotations

import csv
import random
import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.exports import (
    ANA,
    BEN,
    CHLOE,
    COMMITTEE,
    MAYA,
    actblue_text,
    first_export,
    gift,
    second_export,
    write_actblue,
)
from winbook.domain.contributions import (
    ImportReport,
    age_days,
    candidate_matches,
    candidate_names,
    merge,
    normalize_name,
)
from winbook.domain.model import Candidate, Contributions
from winbook.errors import InputFileError
from winbook.io.contributions import (
    open_export,
    parse_day,
    parse_money,
    read_exports,
    read_gifts,
)
from winbook.io.contributions.rows import _RowReader

MAYA_NAME = Candidate(full_name="Maya Okafor")


def _import(
    paths: list[Path], old: Contributions | None = None
) -> tuple[Contributions, ImportReport]:
    exports = read_exports(paths)
    matches = candidate_matches(exports.gifts, candidate_names(MAYA_NAME))
    return merge(
        old or Contributions(),
        exports.gifts,
        [m.donor_key for m in matches],
        platform=exports.platform,
        today=date(2026, 4, 5),
    )


def test_the_first_export_gives_the_figures_worked_out_by_hand(tmp_path: Path) -> None:
    c, report = _import([write_actblue(tmp_path / "a.csv", first_export())])
    assert c.raised == Decimal("975.00")
    assert c.fees == Decimal("38.52")
    assert c.from_candidate == Decimal("500.00")
    assert c.largest_single_donor == Decimal("250.00")
    assert c.donor_count == 4
    assert c.gift_count == 6
    assert c.by_month == {
        "2026-01": Decimal("125.00"),
        "2026-02": Decimal("550.00"),
        "2026-03": Decimal("300.00"),
    }
    assert (c.first_date, c.last_date) == (date(2026, 1, 5), date(2026, 3, 20))
    assert c.platform == "ActBlue"
    assert (report.refunds, report.duplicates, report.new_gifts) == (1, 1, 6)


def test_a_second_overlapping_export_adds_only_what_is_new(tmp_path: Path) -> None:
    first, _ = _import([write_actblue(tmp_path / "a.csv", first_export())])
    second = write_actblue(tmp_path / "b.csv", second_export())
    c, report = _import([second], first)
    # R5 and R7 again (duplicates); R1 refunded since (-$25, -$0.99); R8 Apr 2 Ben $40 new.
    # 975 - 25 + 40 = $990; fees 38.52 - 0.99 + 1.58 = $39.11; Ana 100, Ben 140, Chloé 250.
    assert c.raised == Decimal("990.00")
    assert c.fees == Decimal("39.11")
    assert c.largest_single_donor == Decimal("250.00")
    assert c.from_candidate == Decimal("500.00")
    assert c.donor_count == 4
    assert c.by_month["2026-01"] == Decimal("100.00")
    assert c.by_month["2026-04"] == Decimal("40.00")
    assert c.last_date == date(2026, 4, 2)
    assert report.duplicates == 2
    assert report.taken_out == 1
    again, report = _import([second], c)  # the same export once more changes nothing
    assert again.gifts == c.gifts and again.raised == c.raised and again.refunded == c.refunded
    assert report.new_gifts == 0


def test_a_refund_row_with_a_negative_amount_takes_its_gift_out(tmp_path: Path) -> None:
    rows = [
        gift("R1", "2026-01-04", "30.00", ANA, Fee="1.17"),
        gift("R2", "2026-01-05", "20.00", BEN),
        gift("R1", "2026-01-09", "-30.00", ANA, Fee="-1.17"),
    ]
    c, report = _import([write_actblue(tmp_path / "a.csv", rows)])
    assert (c.raised, c.fees, c.gift_count, report.refunds) == (Decimal("20.00"), Decimal(0), 1, 1)


def test_the_same_file_twice_in_one_import_counts_once(tmp_path: Path) -> None:
    path = write_actblue(tmp_path / "a.csv", first_export())
    c, report = _import([path, path])
    assert c.raised == Decimal("975.00")
    assert report.duplicates == 1 + 7


def test_an_older_export_imported_later_does_not_bring_a_refunded_gift_back(
    tmp_path: Path,
) -> None:
    first = write_actblue(tmp_path / "a.csv", first_export())
    second = write_actblue(tmp_path / "b.csv", second_export())
    newer, _ = _import([second])
    c, _ = _import([first], newer)
    assert c.raised == Decimal("990.00")  # R1 stays out: its refund is known


def test_donors_without_an_id_are_one_by_name_and_zip_accents_and_case_aside(
    tmp_path: Path,
) -> None:
    columns = ("Receipt ID", "Date", "Amount", "Donor First Name", "Donor Last Name", "Donor ZIP")
    rows = [
        {"Receipt ID": "A", "Date": "2026-05-01", "Amount": "10", "Donor First Name": "José",
         "Donor Last Name": "García", "Donor ZIP": "94110"},
        {"Receipt ID": "B", "Date": "2026-05-02", "Amount": "15", "Donor First Name": "jose",
         "Donor Last Name": "GARCIA", "Donor ZIP": "94110-1234"},
        {"Receipt ID": "C", "Date": "2026-05-03", "Amount": "20", "Donor First Name": "José",
         "Donor Last Name": "García", "Donor ZIP": "10001"},  # another José García
    ]  # fmt: skip
    path = tmp_path / "x.csv"
    path.write_text(actblue_text(rows, columns), encoding="utf-8")
    c, _ = _import([path])
    assert c.donor_count == 2
    assert c.largest_single_donor == Decimal("25")  # 10 + 15 at ZIP 94110
    assert normalize_name("  José  O'Brien-Smith ") == "jose obriensmith"


def test_plain_and_accented_names_are_normalized_by_the_same_rule() -> None:
    # By hand: case and punctuation out, runs of spaces (tabs too) made one.
    assert normalize_name("  Mary-Ann\tO'NEIL, Jr. ") == "maryann oneil jr"
    assert normalize_name("MARÍA  josé") == normalize_name("maria Jose") == "maria jose"
    assert normalize_name("#1 Fan!") == "1 fan"
    assert normalize_name("  -- ") == ""

    # The rule written out character by character (§9): decompose, drop the accents, keep
    # letters, digits and spaces, fold case, collapse spaces. Plain ASCII names, which take a
    # shorter path, must come out the same as the rule gives.
    def rule(text: str) -> str:
        kept = [
            c
            for c in unicodedata.normalize("NFKD", text)
            if not unicodedata.combining(c) and (c.isalnum() or c.isspace())
        ]
        return " ".join("".join(kept).casefold().split())

    rng = random.Random(16)
    alphabet = [chr(c) for c in range(128)] + list("éÉñÑüçøßĳﬁ")
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 24)))
        assert normalize_name(text) == rule(text), repr(text)


def test_windows_1252_and_utf16_exports_read_their_accents(tmp_path: Path) -> None:
    rows = [gift("R1", "2026-01-05", "30.00", {**ANA, "Donor ID": ""})]
    text = actblue_text(rows)
    for encoding in ("cp1252", "utf-16", "utf-8-sig"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        exports = read_exports([path])
        assert exports.gifts[0].donor_name == "Anaïs Núñez-Quintero"
        assert exports.gifts[0].amount == Decimal("30.00")


def test_the_candidate_is_found_by_full_or_ballot_name_and_middle_names(tmp_path: Path) -> None:
    maya = {**ANA, "Donor First Name": "Maya J.", "Donor Last Name": "Okafor", "Donor ID": "X"}
    rows = [gift("R1", "2026-01-05", "80", maya), gift("R2", "2026-01-06", "20", BEN)]
    exports = read_exports([write_actblue(tmp_path / "a.csv", rows)])
    found = candidate_matches(exports.gifts, candidate_names(Candidate(ballot_name="Maya Okafor")))
    assert [(m.name, m.gifts, m.total) for m in found] == [("maya j okafor", 1, Decimal("80"))]
    assert candidate_matches(exports.gifts, candidate_names(Candidate())) == []


def test_a_donor_the_user_said_is_not_the_candidate_stays_so_at_the_next_import(
    tmp_path: Path,
) -> None:
    path = write_actblue(tmp_path / "a.csv", first_export())
    exports = read_exports([path])
    keys = [m.donor_key for m in candidate_matches(exports.gifts, candidate_names(MAYA_NAME))]
    corrected, _ = merge(Contributions(), exports.gifts, [], not_candidate_keys=keys)
    assert corrected.from_candidate == 0
    again, _ = merge(corrected, exports.gifts, keys)  # the name still matches: the choice stands
    assert again.from_candidate == 0


def test_the_export_date_and_its_age() -> None:
    c = Contributions(last_date=date(2026, 10, 1), imported_on=date(2026, 10, 2))
    assert age_days(c, date(2026, 11, 3)) == 33
    assert age_days(Contributions(), date(2026, 11, 3)) is None


# --------------------------------------------------------------------------- bad input


def _error(tmp_path: Path, text: str) -> str:
    path = tmp_path / "export.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as info:
        read_exports([path])
    return str(info.value)


def test_a_file_without_an_amount_or_a_date_column_is_one_sentence(tmp_path: Path) -> None:
    assert _error(tmp_path, "Receipt ID,Date,Donor ID\nR1,2026-01-01,D1\n") == (
        "export.csv has no amount column, so Winbook cannot tell the gifts' amounts; import "
        "your platform's contribution export, or choose the column in the import window."
    )
    assert _error(tmp_path, "Receipt ID,Amount\nR1,5\n").startswith(
        "export.csv has no date column, so Winbook cannot tell the gifts' dates;"
    )


@pytest.mark.parametrize(
    ("date_cell", "amount_cell", "message"),
    [
        ("2026-01-05", "ten dollars",
         "Row 3 of export.csv has “ten dollars”, which is not an amount of money, in the column "
         "“Amount”."),
        ("2026-01-05", "",
         "Row 3 of export.csv has no amount in the column “Amount”."),
        ("2026-02-30", "10.00",
         "Row 3 of export.csv has “2026-02-30”, which is not a date, in the column “Date”."),
        ("soon", "10.00",
         "Row 3 of export.csv has “soon”, which is not a date, in the column “Date”."),
    ],
)  # fmt: skip
def test_a_bad_cell_names_its_row_and_column(
    tmp_path: Path, date_cell: str, amount_cell: str, message: str
) -> None:
    rows = [
        gift("R1", "2026-01-04", "5.00", ANA),
        gift("R2", date_cell, amount_cell, ANA),
    ]
    assert _error(tmp_path, actblue_text(rows)) == message


def test_a_row_from_another_committee_is_refused(tmp_path: Path) -> None:
    rows = [gift("R1", "2026-01-04", "5.00", ANA), gift("R2", "2026-01-05", "9.00", BEN)]
    rows[1]["Recipient"] = "Friends of Somebody Else"
    assert _error(tmp_path, actblue_text(rows)) == (
        "Row 3 of export.csv is a gift to “Friends of Somebody Else” (column “Recipient”), not "
        f"to “{COMMITTEE}” like the rows before it: import only your own committee's "
        "contributions."
    )


def test_a_second_file_for_another_committee_is_refused(tmp_path: Path) -> None:
    first = write_actblue(tmp_path / "a.csv", first_export())
    other = second_export()
    for row in other:
        row["Recipient"] = "Another Campaign"
    second = write_actblue(tmp_path / "b.csv", other)
    with pytest.raises(InputFileError, match=r"^Row 2 of b\.csv is a gift to “Another Campaign”"):
        read_exports([first, second])


def test_files_that_are_not_exports(tmp_path: Path) -> None:
    assert _error(tmp_path, "") == "export.csv is empty: it has no header row."
    assert _error(tmp_path, actblue_text([])) == "export.csv has a header but no gifts."
    pdf = tmp_path / "statement.csv"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    with pytest.raises(InputFileError, match=r"^statement\.csv is not a CSV file;"):
        open_export(pdf)
    with pytest.raises(InputFileError, match="is a folder"):
        open_export(tmp_path)


def test_money_and_day_cells() -> None:
    assert parse_money("25") == Decimal("25")
    assert parse_money("$1,200.50") == Decimal("1200.50")
    assert parse_money("(5.00)") == Decimal("-5.00")
    assert parse_money("-5.00") == Decimal("-5.00")
    for text in ("", "abc", "1,2,3", "12.3.4", "$"):
        assert parse_money(text) is None
    assert parse_day("2026-03-14 18:22:05") == date(2026, 3, 14)
    assert parse_day("3/14/2026") == date(2026, 3, 14)
    assert parse_day("2026-13-01") is None


def test_a_long_export_counts_every_row_and_names_a_bad_one_far_down(tmp_path: Path) -> None:
    # 10,000 gifts of $1 to $5 (i % 5 + 1): 2,000 of each, so 2,000 x 15 = $30,000 by hand;
    # read in pieces of 1,024 rows, so the bad row is in the ninth piece, not the first.
    rows = [gift(f"R{i}", "2026-06-01", f"{i % 5 + 1}.00", ANA) for i in range(10_000)]
    path = write_actblue(tmp_path / "long.csv", rows)
    c, _ = _import([path])
    assert (c.raised, c.gift_count, c.donor_count) == (Decimal(30_000), 10_000, 1)
    rows[9_000]["Date"] = "June first"  # data row 9,001 is row 9,002 of the file
    path = write_actblue(tmp_path / "long.csv", rows)
    with pytest.raises(InputFileError) as info:
        read_exports([path])
    assert str(info.value) == (
        "Row 9,002 of long.csv has “June first”, which is not a date, in the column “Date”."
    )


def test_the_fast_column_path_reads_every_row_as_the_row_by_row_path_does(tmp_path: Path) -> None:
    # Rows the column-by-column path takes as they are and rows it hands to the one-row
    # reader (refunds, blank or space-only ids and receipts, negative amounts, blank rows),
    # shuffled: both ways of reading must give the same gifts, row for row.
    rng = random.Random(17)
    people = [ANA, BEN, MAYA, CHLOE, {**ANA, "Donor ID": ""}, {**BEN, "Donor ID": "  "}]
    rows: list[dict[str, str]] = []
    for i in range(3_000):
        extra: dict[str, str] = {}
        pick = rng.random()
        if pick < 0.05:
            extra["Refund_Date"] = "2026-05-01"
        elif pick < 0.08:
            extra["Refund_Date"] = "   "  # not a refund
        receipt = f"R{i}" if rng.random() > 0.05 else rng.choice(("", "  "))
        amount = rng.choice(("5", "25.00", "$1,200.00", "-10.00", "(3.00)"))
        rows.append(gift(receipt, f"2026-0{rng.randrange(1, 10)}-15", amount, rng.choice(people),
                         Fee=rng.choice(("", "0.99")), **extra))  # fmt: skip
        if rng.random() < 0.01:
            rows.append({})
    header = open_export(write_actblue(tmp_path / "mixed.csv", rows))
    fast = read_gifts(header).gifts
    one_by_one = _RowReader("mixed.csv", header.headers, header.columns)
    slow = []
    with header.path.open(newline="", encoding="utf-8") as fh:
        for n, row in enumerate(csv.reader(fh), start=1):
            if n > 1 and "".join(row).strip():
                slow.append(one_by_one.gift(row, n))
    assert len(fast) == len(slow) == 3_000
    assert fast == slow
    # and the cases are there: refunds, donors by name and ZIP, made-up receipt keys
    assert sum(g.refunded for g in fast) > 100
    assert any(g.donor_key.startswith("name:") for g in fast)
    assert any(g.receipt_key.startswith("g:") for g in fast)


def test_progress_counts_the_bytes_of_all_the_files_together(tmp_path: Path) -> None:
    # 2,000 rows each, read in pieces of 1,024: each file reports once midway and at its end
    rows = [gift(f"R{i}", "2026-06-01", "10.00", ANA) for i in range(4_000)]
    first = write_actblue(tmp_path / "a.csv", rows[:2_000])
    second = write_actblue(tmp_path / "b.csv", rows[2_000:])
    total = first.stat().st_size + second.stat().st_size
    calls: list[tuple[int, int]] = []
    read_exports([first, second], progress=lambda done, size: calls.append((done, size)))
    assert {size for _, size in calls} == {total}
    done = [d for d, _ in calls]
    assert done == sorted(done) and done[-1] == total
    # the second file's steps start where the first file's end
    assert first.stat().st_size in done
    assert any(first.stat().st_size < d < total for d in done)
