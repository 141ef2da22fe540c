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
