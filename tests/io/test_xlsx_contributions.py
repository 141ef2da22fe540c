"""The workbook's Contributions sheet: the imported totals and live planned-against-actual."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from tests.exports import first_export, write_actblue
from tests.files import need
from tests.io.test_xlsx_export import _recalculate
from winbook.domain.contributions import candidate_matches, candidate_names, merge
from winbook.domain.model import IncomeLine, IncomeSource, Plan
from winbook.io.contributions import read_exports
from winbook.io.xlsx_export import build_workbook
from winbook.io.xlsx_export.contributions import CONTRIBUTIONS


def _plan(tmp_path: Path) -> Plan:
    plan = Plan()
    plan.candidate.full_name = "Maya Okafor"
    plan.income = [
        IncomeLine(IncomeSource.ONLINE, "Online", "2026-02", Decimal(400)),
        IncomeLine(IncomeSource.ONLINE, "Online", "2026-03", Decimal(600)),
    ]
    exports = read_exports([write_actblue(tmp_path / "a.csv", first_export())])
    mine = [m.donor_key for m in candidate_matches(exports.gifts, candidate_names(plan.candidate))]
    plan.contributions, _ = merge(plan.contributions, exports.gifts, mine, today=date(2026, 4, 1))
    return plan


def test_no_import_no_sheet() -> None:
    assert CONTRIBUTIONS not in build_workbook(Plan()).sheetnames


def test_the_sheet_holds_the_totals(tmp_path: Path) -> None:
    ws = build_workbook(_plan(tmp_path))[CONTRIBUTIONS]
    values = {row[0].value: row[1].value for row in ws.iter_rows(max_col=2) if row[0].value}
    assert values["Raised (gross, refunds out)"] == Decimal("975.00")
    assert values["Platform fees (shown apart, not subtracted)"] == Decimal("38.52")
    assert values["Largest single donor (the candidate left out)"] == Decimal("250.00")
    assert values["Donors"] == 4


def test_recalculated_planned_and_actual_by_month(tmp_path: Path) -> None:
    need("soffice", "libreoffice-calc")
    (tmp_path / "lo").mkdir()
    files = _recalculate({"c": _plan(tmp_path)}, tmp_path / "lo")
    ws = load_workbook(files["c"], data_only=True)[CONTRIBUTIONS]
    rows = [r for r in ws.iter_rows(values_only=True) if r[0] is not None]
    top = next(i for i, r in enumerate(rows) if r[0] == "Month")
    table = [
        (r[0] if r[0] == "Total" else r[0].strftime("%Y-%m"), *(round(float(v), 2) for v in r[1:4]))
        for r in rows[top + 1 : top + 5]
    ]
    # Raised Jan 125, Feb 550, Mar 300 against planned 0, 400, 600 (by hand).
    assert table == [
        ("2026-01", 125.0, 0.0, 125.0),
        ("2026-02", 550.0, 400.0, 150.0),
        ("2026-03", 300.0, 600.0, -300.0),
        ("Total", 975.0, 1000.0, -25.0),
    ]
