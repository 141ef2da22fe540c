"""Contribution exports written for tests and benchmarks, in ActBlue's layout (domain.md §9).

``actblue_csv(rows)`` writes every column ActBlue's export has (source: the docstring of the
ActBlue connector in move-coop/parsons); each row is a dict of the columns a test cares about,
the rest stay blank. Donor fields get values a test can look for in the plan, the packet and
the workbook: none of them may ever appear there.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

ACTBLUE_COLUMNS: tuple[str, ...] = (
    "Receipt ID", "Date", "Amount", "Recurring Total Months", "Recurrence Number", "Recipient",
    "Fundraising Page", "Reference Code", "Donor First Name", "Donor Last Name", "Donor Addr1",
    "Donor City", "Donor State", "Donor ZIP", "Donor Country", "Donor Occupation",
    "Donor Employer", "Donor Email", "Donor Phone", "Donor ID", "Lineitem ID", "Payment Date",
    "Refund ID", "Refund Date", "Fee", "Card Type", "Mobile",
)  # fmt: skip

#: The fields that identify a donor: their values must never leave the export.
DONOR_FIELDS: tuple[str, ...] = (
    "Donor First Name", "Donor Last Name", "Donor Addr1", "Donor City", "Donor ZIP",
    "Donor Occupation", "Donor Employer", "Donor Email", "Donor Phone", "Donor ID",
)  # fmt: skip

COMMITTEE = "Maya Okafor for School Board"


def donor(first: str, last: str, donor_id: str, zip_code: str, n: int) -> dict[str, str]:
    """A donor's columns, each value distinctive enough to search for in output files."""
    return {
        "Donor First Name": first,
        "Donor Last Name": last,
        "Donor Addr1": f"{400 + n} Quillfeather Lane",
        "Donor City": "Zephyrton",
        "Donor State": "CA",
        "Donor ZIP": zip_code,
        "Donor Country": "United States",
        "Donor Occupation": f"Lighthouse keeper {n}",
        "Donor Employer": f"Brightwater Foundry {n}",
        "Donor Email": f"{first.lower()}.{n}@example.org",
        "Donor Phone": f"555-01{n:02d}-77{n:02d}",
        "Donor ID": donor_id,
    }


def gift(receipt: str, when: str, amount: str, who: dict[str, str], **extra: str) -> dict[str, str]:
    row = {"Receipt ID": receipt, "Date": when, "Amount": amount, "Recipient": COMMITTEE}
    row |= who
    row |= {k.replace("_", " "): v for k, v in extra.items()}
    return row


def actblue_text(rows: list[dict[str, str]], columns: tuple[str, ...] = ACTBLUE_COLUMNS) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return out.getvalue()


def write_actblue(path: Path, rows: list[dict[str, str]], encoding: str = "utf-8") -> Path:
    path.write_text(actblue_text(rows), encoding=encoding, newline="")
    return path


# --------------------------------------------------------------------------- the known export

ANA = donor("Anaïs", "Núñez-Quintero", "D-1001", "94110", 1)
BEN = donor("Benedikt", "Ljungqvist", "D-1002", "94112", 2)
MAYA = donor("Maya", "Okafor", "D-1003", "94110", 3)  # the candidate
CHLOE = donor("Chloé", "Dubois-Ferrand", "D-1004", "94117", 4)


def first_export() -> list[dict[str, str]]:
    """Eight rows; counted by hand in tests/io/test_contributions.py."""
    return [
        gift("R1", "2026-01-05 09:12:00", "25.00", ANA, Fee="0.99"),
        gift("R2", "2026-01-20 18:30:10", "100.00", BEN, Fee="3.95"),
        gift("R3", "2026-02-03 12:00:00", "500.00", MAYA, Fee="19.75"),
        gift("R4", "2026-02-10 08:00:00", "50.00", ANA, Fee="1.98",
             Recurring_Total_Months="12", Recurrence_Number="1"),
        gift("R5", "2026-03-10 08:00:00", "50.00", ANA, Fee="1.98",
             Recurring_Total_Months="12", Recurrence_Number="2"),
        gift("R6", "2026-03-12 14:00:00", "75.00", BEN, Fee="2.96",
             Refund_ID="F1", Refund_Date="2026-03-15 10:00:00"),
        gift("R2", "2026-01-20 18:30:10", "100.00", BEN, Fee="3.95"),
        gift("R7", "2026-03-20 20:20:20", "250.00", CHLOE, Fee="9.87"),
    ]  # fmt: skip


def second_export() -> list[dict[str, str]]:
    """Overlaps the first (R5, R7), refunds R1 since, and adds one new gift (R8)."""
    return [
        gift("R5", "2026-03-10 08:00:00", "50.00", ANA, Fee="1.98"),
        gift("R7", "2026-03-20 20:20:20", "250.00", CHLOE, Fee="9.87"),
        gift("R1", "2026-01-05 09:12:00", "25.00", ANA, Fee="0.99",
             Refund_Date="2026-04-01 09:00:00"),
        gift("R8", "2026-04-02 11:11:11", "40.00", BEN, Fee="1.58"),
    ]  # fmt: skip
