"""Where the votes are, printed: the packet page and the workbook sheet.

The plan is the school-board sample (its path to victory makes 5,002 contacts, 10 % dense
and 55 % suburban doors: 500 + 2,751 = 3,251 door contacts) with the real 2023 Chapel Hill
mayor's results imported and no candidate like you, so the doors are shared by votes alone;
every figure below was computed with awk from tests/data (commands in the comments).
"""

from __future__ import annotations

import dataclasses
import io
import subprocess
from pathlib import Path

import openpyxl
import pytest

from tests.files import NC_SERIES
from winbook.domain.model import Plan
from winbook.io.targeting.read import read_elections
from winbook.io.xlsx_export import SHEETS, workbook_bytes
from winbook.io.xlsx_export.targeting import SHEET
from winbook.report.packet import PacketOptions, render_packet
from winbook.store.files import load_plan

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "school-board.json"
OFFICE = "TOWN OF CHAPEL HILL MAYOR"
FILE_2023 = NC_SERIES / "20231107__nc__general__precinct__chapel_hill_mayor.csv"

# tr -d '\000' < 2023… | awk -F, 'NR>1 && $2 !~ /ABS|PROV|TRANSFER|^OS / {v[$1"|"$2]+=$NF}
#   END {S=0; for (k in v) S+=v[k]; for (k in v) {q=3251*v[k]/S; print k, v[k], int(q), q-int(q)}}'
#   | sort -k4 -rn: S = 6,631; the floors add up to 3,245, so the 6 largest remainders
#   (DURHAM|27, RF, WDS, 53-2, WW1, ES) get one more
DOORS = {"ORANGE|CF1": 338, "ORANGE|DA": 334, "ORANGE|WD": 222, "ORANGE|GL": 221,
         "ORANGE|UNC": 219, "ORANGE|RF": 215, "DURHAM|27": 213, "DURHAM|53-2": 24}  # fmt: skip


@pytest.fixture(scope="module")
def plan() -> Plan:
    p = load_plan(SAMPLE)
    elections = read_elections([FILE_2023], OFFICE)
    p.targeting = dataclasses.replace(p.targeting, office=OFFICE, elections=elections)
    return p


def pdf_pages(data: bytes, tmp_path: Path) -> list[str]:
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout  # fmt: skip
    return out.split("\f")


def test_the_packet_page(plan: Plan, tmp_path: Path) -> None:
    pages = pdf_pages(render_packet(plan, PacketOptions(reproducible=True)), tmp_path)
    page = next(p for p in pages if "Where the votes are\n" in p and "Top precincts" in p)
    lines = [" ".join(line.split()) for line in page.splitlines()]
    assert "Doors 3,251 of the path to victory's 3,251 door contacts" in lines
    # ORANGE CF1: 690 votes, 690 / 12,154 (every row's votes) = 5.7 %, no support, 338 doors
    assert "ORANGE CF1 690 5.7% – – – 338" in lines
    assert "ORANGE DA 682 5.6% – – – 334" in lines  # 682 / 12,154 = 5.6 %
    assert "DURHAM 27 434 3.6% – – – 213" in lines  # 434 / 12,154 = 3.6 %
    # 18 precincts on the map, 12 listed: "6 more precincts" close the table
    assert any(line.startswith("6 more precincts") for line in lines)
    # not places on a map: tr -d '\000' < 2023… | awk -F, 'NR>1 && $2 ~ /ABS|PROV|TRANSFER|^OS /
    #   {s+=$NF} END {print s}'  -> 5,523 of 12,154 votes (awk -F, 'NR>1 {s+=$NF}'): 45 %
    text = " ".join(" ".join(lines).split())
    assert "5,523 of 12,154 votes (45%)" in text
    assert "Precincts by support and turnout" in text


def test_no_results_no_page(tmp_path: Path) -> None:
    pages = pdf_pages(render_packet(load_plan(SAMPLE), PacketOptions(reproducible=True)), tmp_path)
    assert not any("Top precincts by doors" in p for p in pages)


def test_the_workbook_sheet(plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "w.xlsx"
    path.write_bytes(workbook_bytes(plan))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [*SHEETS, SHEET]
    ws = wb[SHEET]
    header = [c.value for c in ws[6]]
    assert header[:3] == ["County", "Precinct", "On the map"] and header[-2:] == ["Doors", "Note"]
    rows = list(ws.iter_rows(min_row=7, values_only=True))
    body, total = rows[:-1], rows[-1]
    doors = {f"{r[0]}|{r[1]}": r[13] for r in body if r[2] == "yes"}
    for name, n in DOORS.items():
        assert doors[name] == n, name
    assert sum(doors.values()) == 3251 and len(doors) == 18
    assert sum(r[6] for r in body) == 12154  # awk -F, 'NR>1 {s+=$NF}' 2023…
    assert total[0] == "Total" and total[6] == f"=SUM(G7:G{6 + len(body)})"
    assert all(r[13] == 0 for r in body if r[2] != "yes")
    assert "no (early voting)" in {r[2] for r in body}


def test_no_results_no_sheet() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(load_plan(SAMPLE))))
    assert wb.sheetnames == list(SHEETS)
