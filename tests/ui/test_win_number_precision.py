"""The win-number page prints one figure with one precision: the base share as the steps do."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.test_pages_flows import shown
from winbook.app.document import PlanDocument
from winbook.domain.model import Plan
from winbook.store.codec import from_json
from winbook.ui.pages.win_number import WinNumberPage

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def test_the_base_share_reads_as_the_steps_print_it(qtbot: QtBot) -> None:
    data = json.loads((SAMPLES / "county-clerk.json").read_text(encoding="utf-8"))
    doc = PlanDocument.from_plan(from_json(Plan, data["plan"]))
    page = WinNumberPage(doc)
    shown(qtbot, page)
    # the 3 lowest shares 46.4, 47.6, 48.4: 142.4 / 3 = 47.4667% -> 47.47%; on the high
    # turnout 136,318: 0.4747 x 136,318 = 64,710.15 -> 64,710
    assert page.ui.base_value.text() == "64,710 (47.47% of turnout)"
