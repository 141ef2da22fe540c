"""No donor field of an export reaches the plan file, the packet or the workbook (domain.md §9).

The export is imported with the command line into a .winbook and a .json plan; then every
value of every donor field (names with accents, addresses, emails, phones, employers,
occupations, cities, ZIPs, donor ids) is looked for in the plan files' bytes, the packet's
text (read back with pypdf, a reader independent of reportlab) and every workbook cell. The
candidate's own name is the user's, so it may appear; the rest of her row may not.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.exports import DONOR_FIELDS, first_export, second_export, write_actblue
from winbook.cli import main
from winbook.domain.model import Plan, RaceCost, Stage
from winbook.io.xlsx_export import workbook_bytes
from winbook.report.packet import render_packet
from winbook.store.files import load_plan, save_plan

CANDIDATE = "Maya Okafor"


def _donor_values() -> set[str]:
    values: set[str] = set()
    for row in first_export() + second_export():
        for name in DONOR_FIELDS:
            value = row.get(name, "")
            if name in ("Donor First Name", "Donor Last Name") and value in CANDIDATE:
                continue  # the candidate's own name is in the plan anyway
            if value:
                values.add(value)
    return values


def _plan() -> Plan:
    plan = Plan()
    plan.meta.title = "Privacy check"
    plan.candidate.full_name = CANDIDATE
    plan.race_costs = [RaceCost(2024, "Board", Stage.GENERAL, Decimal(3000))]
    return plan


@pytest.fixture(params=["winbook", "json"])
def imported(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, Plan]:
    path = tmp_path / f"plan.{request.param}"
    save_plan(_plan(), path)
    first = write_actblue(tmp_path / "first.csv", first_export())
    second = write_actblue(tmp_path / "second.csv", second_export())
    assert main(["contributions", str(path), str(first), str(second)]) == 0
    plan = load_plan(path)
    assert plan.contributions.raised == Decimal("990.00")  # the import took place
    return path, plan


def test_no_donor_field_in_the_plan_file(imported: tuple[Path, Plan]) -> None:
    path, _plan = imported
    # The salt and the digests are long runs of random hex, in which a ZIP such as 94117 turns
    # up by chance about once in a few hundred imports: they are taken out before the search
    # (a donor field written as such stands apart from them, between quotes).
    data = re.sub(rb"[0-9a-f]{24,}", b"<hex>", path.read_bytes())
    values = _donor_values()
    assert len(values) > 30
    exported = b"".join(p.read_bytes() for p in path.parent.glob("*.csv"))
    assert all(v.encode() in exported for v in values)  # each is really in the exports
    for value in values:
        for encoding in ("utf-8", "utf-16-le"):
            assert value.encode(encoding) not in data, value
        assert value.casefold().encode() not in data.lower(), value


def test_no_donor_field_in_the_packet_or_the_workbook(imported: tuple[Path, Plan]) -> None:
    _path, plan = imported
    pdf = PdfReader(io.BytesIO(render_packet(plan)))
    text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "from your contribution export of Apr 2, 2026" in text  # the figures are there
    book = load_workbook(io.BytesIO(workbook_bytes(plan)))
    cells = [
        str(cell.value) for ws in book.worksheets for row in ws.iter_rows() for cell in row
        if cell.value is not None
    ]  # fmt: skip
    assert "Contributions" in book.sheetnames
    joined = "\n".join(cells)
    for value in _donor_values():
        assert value not in text, value
        assert value not in joined, value
