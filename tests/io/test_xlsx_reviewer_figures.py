"""Workbook figures a reviewer checks against the packet: the same words for the same figure."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from winbook.domain.figures import compute_figures
from winbook.domain.model import Plan
from winbook.io import xlsx_export as xe
from winbook.paths import samples_dir
from winbook.store.codec import from_json


def _sample(name: str) -> Plan:
    data = json.loads((Path(samples_dir()) / f"{name}.json").read_text(encoding="utf-8"))
    return from_json(Plan, data["plan"])


def _labels(ws: object) -> list[str]:
    return [str(r[0].value) for r in ws.iter_rows() if r and r[0].value]  # type: ignore[attr-defined]


def test_the_vote_for_n_bound_reads_as_in_the_packet(tmp_path: Path) -> None:
    plan = _sample("school-board")
    out = tmp_path / "sb.xlsx"
    xe.export_workbook(plan, out)
    labels = _labels(load_workbook(out)[xe.TURNOUT])
    # the high turnout 40,409 ballots; floor(40,409 x 3 / 4) + 1 = 30,307
    assert "Guaranteed bound (guaranteed only if 40,409 ballots are cast)" in labels
    assert not any("always wins" in s for s in labels)
    steps = [s.text for s in compute_figures(plan).win.steps]
    assert any("guaranteed only if 40,409 ballots are cast" in s for s in steps)


def _past_rows(path: Path) -> dict[int, tuple[object, str, str]]:
    ws = load_workbook(path)["Past elections"]
    head = next(r for r in ws.iter_rows() if r[0].value == "Year")
    names = [c.value for c in head]
    col_bal, col_why = names.index("Ballots in the contest"), names.index("Left out because")
    out = {}
    for r in ws.iter_rows(min_row=head[0].row + 1):
        if isinstance(r[0].value, int):
            cell = r[col_bal]
            out[r[0].value] = (cell.value, cell.number_format, r[col_why].value or "")
    return out


def test_past_elections_sheet_says_why_each_year_is_left_out(tmp_path: Path) -> None:
    out = tmp_path / "sb.xlsx"
    xe.export_workbook(_sample("school-board"), out)
    rows = _past_rows(out)
    # 2024 is a presidential year: no school-board contest to count, so no contest ballots
    value, _, why = rows[2024]
    assert value is None
    assert why == (
        "a presidential year general election, not comparable with this odd-year (municipal) "
        "general"
    )
    # the contest average uses the 3 newest comparable years, 2025, 2023, 2021: 2019 is older
    assert rows[2019][2] == "older than the 3 most recent comparable elections the average uses"
    for year in (2025, 2023, 2021):
        value, fmt, why = rows[year]
        assert why == "" and fmt == "#,##0"  # whole contest ballots print whole, no ".0"


def test_a_blowout_still_gets_its_reason(tmp_path: Path) -> None:
    out = tmp_path / "sh.xlsx"
    xe.export_workbook(_sample("state-house"), out)
    # 2016: 4,980 / 6,705 = 74.27% -> 74.3% >= 70%
    assert _past_rows(out)[2016][2] == "a blowout (the winner took 74.3% of the votes)"


def test_key_figures_are_whole_dollars_as_in_the_packet(tmp_path: Path) -> None:
    out = tmp_path / "cc.xlsx"
    xe.export_workbook(_sample("county-clerk"), out)
    ws = load_workbook(out)[xe.SUMMARY]
    formats = {str(r[0].value): r[1].number_format for r in ws.iter_rows() if r[0].value}
    for label in ("Total spending", "Cash spending", "Planned income", "Lowest cash point"):
        assert formats[label] == '"$"#,##0;"−$"#,##0', label
    assert formats["Cost per vote"] == '"$"#,##0.00;"−$"#,##0.00'  # $1.36 a vote, as printed
