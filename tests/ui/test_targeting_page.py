"""The "Where the votes are" page, driven as a person drives it: import real results files, pick
the contest, tick a candidate like you, see tiers and doors, change the path to victory and see
the doors follow. Figures from awk on tests/data (commands in the comments)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.files import CHEROKEE, NC_SERIES
from tests.ui.test_pages_flows import shown, type_into_cell
from winbook.app.document import PlanDocument
from winbook.domain.model import BaseShare, Channel, CycleType, PastElection, Plan, PlanOn
from winbook.domain.path import default_channels
from winbook.ui.pages.path import PathPage
from winbook.ui.pages.targeting import PrecinctModel, TargetingPage

FILES = [NC_SERIES / f"{d}__nc__general__precinct__chapel_hill_mayor.csv"
         for d in ("20191105", "20231107")]  # fmt: skip


def plan() -> Plan:
    """As in test_pages_flows: vote goal 5,777, base 4,345, need 1,432, contacts
    ceil(1,432 / 0.65 / 0.8) = 2,754; doors (suburban, 60 %) 1,652 and phones 1,102."""
    p = Plan()
    p.turnout.plan_on = PlanOn.EXPECTED
    p.race.cycle = CycleType.MUNICIPAL
    p.race.election_date = date(2027, 11, 2)
    p.race.candidates_expected = 2
    p.history = [
        PastElection(year=y, cycle=CycleType.MUNICIPAL, contest_votes=v, winner_votes=v // 2 + 300)
        for y, v in ((2025, 12_000), (2023, 11_000), (2021, 10_000))
    ]
    p.path.base_shares = [BaseShare(2023, "Lee", 41.0), BaseShare(2021, "Ng", 38.0)]
    p.path.channels = default_channels()
    return p


def open_files(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    def fake(*_args: object, **_kw: object) -> tuple[list[str], str]:
        return [str(p) for p in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake))


def doors_by_name(page: TargetingPage) -> dict[str, int]:
    return {p.name: p.doors for p in page.model.rows}


def import_and_pick(qtbot: QtBot, page: TargetingPage) -> None:
    QTest.mouseClick(page.ui.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_reading() and page.ui.contest_combo.count() > 0,
                    timeout=20_000)  # fmt: skip
    combo = page.ui.contest_combo
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    assert combo.currentText().startswith("TOWN OF CHAPEL HILL MAYOR (in 2 of 2 files)")
    QTest.mouseClick(page.ui.use_contest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.doc.plan.targeting.elections), timeout=20_000)


def tick(page: TargetingPage, name: str) -> None:
    lst = page.ui.references_list
    item = next(lst.item(i) for i in range(lst.count()) if lst.item(i).text() == name)
    lst.setFocus()
    lst.setCurrentItem(item)
    QTest.keyClick(lst, Qt.Key.Key_Space)


def test_import_pick_tick_and_the_doors_follow_the_path(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = PlanDocument.from_plan(plan())
    page = TargetingPage(doc)
    path_page = PathPage(doc)
    shown(qtbot, page)
    assert "Start by importing" in page.ui.import_status_label.text()
    open_files(monkeypatch, FILES)
    import_and_pick(qtbot, page)
    t = doc.plan.targeting
    assert [e.year for e in t.elections] == [2019, 2023]
    assert "Imported TOWN OF CHAPEL HILL MAYOR from 2 files (2019, 2023)" in (
        page.ui.import_status_label.text()
    )
    # no candidate like you yet: no tiers; doors by expected votes alone, adding up to 1,652
    assert {p.tier for p in page.model.rows} == {""}
    assert sum(doors_by_name(page).values()) == 1652
    tick(page, "Jess Anderson")
    assert doc.plan.targeting.references == ["Jess Anderson"]
    da = next(p for p in page.model.rows if p.name == "ORANGE|DA")
    # tr -d '\000' < 2023… | awk -F, '$1=="ORANGE" && $2=="DA" {s+=$NF;
    #   if ($6=="Jess Anderson") a+=$NF} END {print a, s}'  -> 505 of 682 = 74.0 %: base
    assert da.support_pct == pytest.approx(100 * 505 / 682)
    assert da.tier == "base"
    model: PrecinctModel = page.model
    tier_col = model.headers.index("Tier")
    row = model.rows.index(da)
    assert model.data(model.index(row, tier_col)) == "base"
    assert sum(doors_by_name(page).values()) == 1652
    assert all(p.doors == 0 for p in page.model.rows if not p.geographic)
    assert "1,652 of the path to victory's 1,652 door contacts" in page.ui.doors_label.text()

    # the path to victory: suburban doors from 60 % to 30 % of the contacts. Channels now
    # make ceil(2,754 x 70 %) = ceil(1,927.8) = 1,928 contacts, split 30 : 40 = 826.29 and
    # 1,101.71 -> 826 and 1,102 by largest remainder: 826 door contacts
    shown(qtbot, path_page)
    doors_row = next(
        i for i, c in enumerate(doc.plan.path.channels) if c.channel is Channel.DOORS_SUBURBAN
    )
    share = path_page.channels.column_of("share_pct")
    type_into_cell(qtbot, path_page.ui.channels_table, doors_row, share, "30")
    assert sum(doors_by_name(page).values()) == 826
    assert "826 of the path to victory's 826 door contacts" in page.ui.doors_label.text()
    doc.undo_stack.undo()
    assert sum(doors_by_name(page).values()) == 1652


def test_sorting_marking_and_the_csv(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    doc = PlanDocument.from_plan(plan())
    page = TargetingPage(doc)
    shown(qtbot, page)
    open_files(monkeypatch, [NC_SERIES / "20191105__nc__general__precinct__chapel_hill_mayor.csv"])
    QTest.mouseClick(page.ui.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.contest_combo.count() > 0, timeout=20_000)
    QTest.mouseClick(page.ui.use_contest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(doc.plan.targeting.elections), timeout=20_000)
    view = page.ui.precincts_table
    votes_col = page.model.headers.index("Votes")
    view.horizontalHeader().setSortIndicator(votes_col, Qt.SortOrder.DescendingOrder)
    top = view.model().index(0, 1).data()
    # in 2019, Orange's early-voting site SEYMOUR is written by name: 1,228 votes, the most of
    # any row: tr -d '\000' < 2019… | awk -F, 'NR>1 {s[$1"|"$2]+=$NF} END {for (k in s)
    #   print s[k], k}' | sort -rn | head -1
    assert top == "SEYMOUR"
    assert any("written by name" in w for w in page.result.warnings)
    view.setFocus()
    view.selectRow(0)
    assert page.ui.mark_button.text() == "&Not a place on a map"
    QTest.mouseClick(page.ui.mark_button, Qt.MouseButton.LeftButton)
    assert doc.plan.targeting.not_geographic == ["ORANGE|SEYMOUR"]
    seymour = next(p for p in page.model.rows if p.precinct == "SEYMOUR")
    assert not seymour.geographic and seymour.doors == 0
    doc.undo_stack.undo()
    assert doc.plan.targeting.not_geographic == []
    out = tmp_path / "targets.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(out), "")))  # fmt: skip
    QTest.mouseClick(page.ui.export_csv_button, Qt.MouseButton.LeftButton)
    assert out.read_text().splitlines()[0] == (
        "county,precinct,tier,support_pct,turnout_index,doors,note"
    )


def test_files_from_two_states_import_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = PlanDocument.from_plan(plan())
    page = TargetingPage(doc)
    shown(qtbot, page)
    open_files(monkeypatch, [FILES[0], CHEROKEE])
    QTest.mouseClick(page.ui.import_button, Qt.MouseButton.LeftButton)
    assert "come from different states" in page.ui.import_status_label.text()
    assert doc.plan.targeting.elections == [] and not page.is_reading()


def test_page_is_in_the_window_after_path(qtbot: QtBot) -> None:
    from winbook.ui.pages import PAGE_SPECS

    keys = [k for k, _t, _f in PAGE_SPECS]
    assert keys[keys.index("path") + 1] == "precincts"
    factory = PAGE_SPECS[keys.index("precincts")][2]
    widget: QWidget = factory(PlanDocument.from_plan(Plan()), None)
    shown(qtbot, widget)
    assert isinstance(widget, TargetingPage)
    assert "Import past precinct results" in widget.ui.chart.describe()


def test_a_contest_missing_from_one_file_imports_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = PlanDocument.from_plan(plan())
    page = TargetingPage(doc)
    shown(qtbot, page)
    wilmington = NC_SERIES / "20231107__nc__general__precinct__wilmington_mayor.csv"
    open_files(monkeypatch, [FILES[1], wilmington])
    QTest.mouseClick(page.ui.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not page.is_reading() and page.ui.contest_combo.count() == 2, timeout=20_000
    )
    combo = page.ui.contest_combo
    combo.setFocus()
    while not combo.currentText().startswith("TOWN OF CHAPEL HILL MAYOR"):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "TOWN OF CHAPEL HILL MAYOR (in 1 of 2 files)"
    QTest.mouseClick(page.ui.use_contest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Nothing imported" in page.ui.import_status_label.text(), timeout=20_000
    )
    assert "20231107__nc__general__precinct__wilmington_mayor.csv has no contest" in (
        page.ui.import_status_label.text()
    )
    assert doc.plan.targeting.elections == [] and not doc.undo_stack.canUndo()
