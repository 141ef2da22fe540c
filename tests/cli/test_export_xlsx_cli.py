"""`winbook export PLAN --xlsx OUT.xlsx` (issue 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from winbook.cli import main
from winbook.io.xlsx_export import SHEETS
from winbook.paths import resources_dir

SAMPLE = resources_dir() / "samples" / "school-board.json"


def test_export_xlsx_writes_a_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plan.xlsx"
    assert main(["export", str(SAMPLE), "--xlsx", str(out)]) == 0
    assert f"Wrote {out}" in capsys.readouterr().out
    wb = load_workbook(out, read_only=True)
    try:
        assert wb.sheetnames == list(SHEETS)
    finally:
        wb.close()


def test_export_xlsx_into_a_missing_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "plan.xlsx"
    assert main(["export", str(SAMPLE), "--xlsx", str(out)]) != 0
    err = capsys.readouterr().err.strip()
    assert "does not exist" in err and "\n" not in err and not out.exists()


def test_export_xlsx_refuses_another_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packet = tmp_path / "plan.pdf"
    packet.write_bytes(b"%PDF-1.7 a packet")
    assert main(["export", str(SAMPLE), "--xlsx", str(packet)]) != 0
    err = capsys.readouterr().err.strip()
    assert err.endswith("plan.pdf does not end in .xlsx; name the workbook like plan.xlsx.")
    assert "\n" not in err
    assert packet.read_bytes() == b"%PDF-1.7 a packet"
