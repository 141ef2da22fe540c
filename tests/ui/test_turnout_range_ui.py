"""The turnout range in the window: the history table's flags and Count anyway, the back-test
table and chart, Plan on, the strip, and the one-time notice for older plans.

History (contest votes, one seat, odd years): 2011 1,000; 2015 1,200; 2019 1,500; 2021 400
(uncontested); 2023 1,100. Worked by hand:
- 2021 left out (four contested years remain); T = (1,100 + 1,500 + 1,200) / 3 = 1,266.7 -> 1,267.
- back-test 2019 from 2015, 2011: 1,100 vs 1,500 (-26.7%); 2023 from 2019, 2015, 2011:
  3,700 / 3 -> 1,234 vs 1,100 (+12.2%).
- high 1,267 x (1 + 4/15) = 1,604.9 -> 1,605; low 1,267 x (1 - 134/1,100) = 1,112.7 -> 1,113.
- two candidates: on 1,605 the win number is 803, goal 803 x 1.05 = 843.2 -> 844; on 1,267: 634
  and 665.7 -> 666.
- the first build's model (every year, expected turnout): (1,100 + 400 + 1,500) / 3 = 1,000,
  win 501, goal 526.05 -> 527.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.ui.test_pages_flows import shown
from winbook.app.document import PlanDocument
from winbook.domain.model import CycleType, PastElection, Plan, PlanOn
from winbook.domain.turnout import TARGETS_MODEL
from winbook.store.document import read_plan_file, write_plan_file
from winbook.ui.main_window import MainWindow
from winbook.ui.pages.history import HistoryPage
from winbook.ui.pages.win_number import WinNumberPage


def _plan() -> Plan:
    plan = Plan()
    plan.race.cycle = CycleType.MUNICIPAL
    plan.race.candidates_expected = 2
    rows = [(2023, 1_100, 2), (2021, 400, 1), (2019, 1_500, 2), (2015, 1_200, 2), (2011, 1_000, 2)]
    plan.history = [
        PastElection(year=y, cycle=CycleType.MUNICIPAL, contest_votes=v, candidates=c)
        for y, v, c in rows
    ]
    plan.meta.targets_model = TARGETS_MODEL
    return plan


def test_history_page_shows_the_flag_the_back_test_and_the_range(qtbot: QtBot) -> None:
    doc = PlanDocument.from_plan(_plan())
    page = HistoryPage(doc)
    shown(qtbot, page)
    flag = page.model.column_of("competitiveness")
    assert page.model.data(page.model.index(1, flag)) == "uncontested (1 candidate for 1 seat)"
    assert page.model.data(page.model.index(0, flag)) == "contested"
    assert page.backtest.rows() == [
        ["2019", "2015, 2011", "1,100", "1,500", "−26.7%"],
        ["2023", "2019, 2015, 2011", "1,234", "1,100", "+12.2%"],
    ]
    assert page.ui.range_label.text().startswith("Low 1,113 · expected 1,267 · high 1,605 ballots")
    chart = page.ui.backtest_chart.data()
    assert chart.categories == ["2019", "2023"]
    assert [s.values for s in chart.series] == [[1_100.0, 1_234.0], [1_500.0, 1_100.0]]


def test_one_click_puts_a_flagged_year_back_and_undo_takes_it_out(qtbot: QtBot) -> None:
    doc = PlanDocument.from_plan(_plan())
    page = HistoryPage(doc)
    shown(qtbot, page)
    view = page.ui.history_table
    anyway = page.model.column_of("use_anyway")
    view.setFocus()
    view.setCurrentIndex(page.model.index(1, anyway))
    QTest.keyClick(view, Qt.Key.Key_Space)  # toggles the check box, as a click does
    assert doc.plan.history[1].use_anyway is True
    # counted: (1,100 + 400 + 1,500) / 3 = 1,000 expected
    assert doc.figures.turnout.projected == 1_000
    assert doc.figures.turnout.left_out == []
    doc.undo_stack.undo()
    assert doc.plan.history[1].use_anyway is False
    assert doc.figures.turnout.projected == 1_267


def test_plan_on_switches_the_figures_and_says_what_it_changes(qtbot: QtBot) -> None:
    doc = PlanDocument.from_plan(_plan())
    page = WinNumberPage(doc)
    shown(qtbot, page)
    assert (page.ui.win_value.text(), page.ui.goal_value.text()) == ("803", "844")
    text = page.ui.turnout_range_label.text()
    assert "Planned on the high turnout, 1,605 ballots" in text
    assert "would be 634 and the vote goal 666" in text
    combo = page.ui.plan_on_combo
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # the second choice: expected turnout
    assert doc.plan.turnout.plan_on is PlanOn.EXPECTED
    assert (page.ui.win_value.text(), page.ui.goal_value.text()) == ("634", "666")
    assert "you would need 803 votes to win and a vote goal of 844" in (
        page.ui.turnout_range_label.text()
    )
    doc.undo_stack.undo()
    assert doc.plan.turnout.plan_on.value == "high"
    assert page.ui.win_value.text() == "803"


def test_an_older_plan_is_told_once_how_its_goal_changed(qtbot: QtBot, tmp_path: Path) -> None:
    plan = _plan()
    plan.meta.targets_model = 0  # made before turnout ranges
    path = tmp_path / "older.winbook"
    write_plan_file(path, plan)
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_document(PlanDocument.open(path))
    win.show()
    assert win.ui.notice_frame.isVisible()
    text = win.ui.notice_label.text()
    assert "your vote goal went from 527 to 844" in text
    assert "planned on the high turnout, 1,605, not the expected 1,267" in text
    assert "2021 is left out" in text
    assert win.figures_strip.value_text("turnout") == "1,605 (high)"
    win.ui.notice_dismiss_button.click()
    assert not win.ui.notice_frame.isVisible()
    assert win.doc is not None
    assert win.doc.undo_stack.count() == 0  # not an edit the user has to undo
    win.doc.close()
    assert read_plan_file(path).meta.targets_model == TARGETS_MODEL
    again = MainWindow()
    qtbot.addWidget(again)
    again.set_document(PlanDocument.open(path))
    assert not again.ui.notice_frame.isVisibleTo(again)
    assert again.doc is not None
    again.doc.close()
