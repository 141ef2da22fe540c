"""The results import wizard, driven like a user would: files in, contests picked, rows out.

Figures are added up by hand in the comments (small files) or come from sqlite3 on the real
Cherokee file (``select sum(votes) from r where office='Governor'`` -> 120374, etc.).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from tests.files import CHEROKEE, RESULTS_HEADER
from winbook.domain.model import CycleType, Stage
from winbook.io.results import Cancelled, ResultsFile
from winbook.ui.import_wizard import ImportResultsWizard
from winbook.ui.import_wizard import reading as iw

HEADER = RESULTS_HEADER

# The offscreen platform warns when a top-level dialog is shown; that is not a fault of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def board_file(folder: Path, name: str, votes: tuple[int, int, int], registered: int) -> Path:
    ann, bob, cy = votes
    text = HEADER + (
        f"A,P1,Registered Voters,,,,{registered}\n"
        f"A,P1,Ballots Cast,,,,{registered // 2}\n"
        f"A,P1,School Board At Large,,,Ann,{ann}\n"
        f"A,P1,School Board At Large,,,Bob,{bob}\n"
        f"A,P1,School Board At Large,,,Cy,{cy}\n"
        "A,P1,School Board At Large,,,Write-in,5\n"
        "A,P1,Mayor,,,Dee,900\n"
    )
    path = folder / name
    path.write_text(text)
    return path


def patch_dialog(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    def fake(*_args: Any, **_kwargs: Any) -> tuple[list[str], str]:
        return [str(p) for p in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake))


def open_wizard(qtbot: QtBot) -> ImportResultsWizard:
    wizard = ImportResultsWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def wait_read(qtbot: QtBot, wizard: ImportResultsWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.is_reading(), timeout=20_000)


def click_ok(wizard: ImportResultsWizard) -> None:
    wizard.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_two_years_become_two_history_rows(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f2019 = board_file(tmp_path, "20191105__xx__general__a__precinct.csv", (300, 250, 100), 900)
    f2023 = board_file(tmp_path, "20231107__xx__general__a__precinct.csv", (410, 380, 390), 1000)
    patch_dialog(monkeypatch, [f2019, f2023])
    wizard = open_wizard(qtbot)
    QTest.mouseClick(wizard.ui.add_files_button, Qt.MouseButton.LeftButton)
    wait_read(qtbot, wizard)
    assert wizard.ui.file_list.count() == 2
    assert wizard.ui.file_list.currentRow() == 0
    assert wizard.ui.contest_list.count() == 2  # School Board At Large, Mayor

    QTest.keyClicks(wizard.ui.search_edit, "school board")
    assert wizard.ui.contest_list.currentItem().text() == "School Board At Large (A)"
    assert wizard.ui.contest_list.item(1).isHidden()  # Mayor filtered out
    assert wizard.ui.year_spin.value() == 2019  # from the file name
    assert wizard.ui.cycle_combo.currentData() == CycleType.MUNICIPAL
    wizard.ui.seats_spin.setValue(2)
    table = wizard.ui.preview_table
    cells = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    # shares of 300 + 250 + 100 + 5 = 655: 45.8%, 38.2%, 15.3%
    assert cells == [
        ["Ann", "", "300", "45.8%", "won"],
        ["Bob", "", "250", "38.2%", "won"],
        ["Cy", "", "100", "15.3%", ""],
        ["Write-ins", "", "5", "", ""],
    ]
    assert "Contest votes: 655" in wizard.ui.totals_label.text()
    QTest.mouseClick(wizard.ui.add_row_button, Qt.MouseButton.LeftButton)

    wizard.ui.file_list.setCurrentRow(1)  # the search carries over to the next year
    assert wizard.ui.search_edit.text() == "school board"
    assert wizard.ui.contest_list.currentItem().text() == "School Board At Large (A)"
    wizard.ui.seats_spin.setValue(2)
    QTest.mouseClick(wizard.ui.add_row_button, Qt.MouseButton.LeftButton)
    assert wizard.ui.rows_table.rowCount() == 2
    click_ok(wizard)

    rows = wizard.history_rows()
    assert [(r.year, r.cycle, r.stage, r.seats) for r in rows] == [
        (2019, CycleType.MUNICIPAL, Stage.GENERAL, 2),
        (2023, CycleType.MUNICIPAL, Stage.GENERAL, 2),
    ]
    # 2019: 300 + 250 + 100 + 5 = 655; winner 300, last winner 250, first loser 100
    # 2023: 410 + 390 + 380 + 5 = 1185; winner 410, last winner 390 (Cy), first loser 380
    assert [(r.registered, r.ballots_cast, r.contest_votes) for r in rows] == [
        (900, 450, 655),
        (1000, 500, 1185),
    ]
    assert [(r.winner_votes, r.last_winner_votes, r.first_loser_votes) for r in rows] == [
        (300, 250, 100),
        (410, 390, 380),
    ]


def test_cherokee_governor_through_the_wizard(qtbot: QtBot) -> None:
    wizard = open_wizard(qtbot)
    wizard.add_files([CHEROKEE])
    wait_read(qtbot, wizard)
    assert "43 contests" in wizard.ui.file_list.item(0).text()
    QTest.keyClicks(wizard.ui.search_edit, "governor")
    # "Governor" and "Lieutenant Governor" match; the first match is picked
    visible = [
        wizard.ui.contest_list.item(i).text()
        for i in range(wizard.ui.contest_list.count())
        if not wizard.ui.contest_list.item(i).isHidden()
    ]
    assert visible == ["Governor (Cherokee)", "Lieutenant Governor (Cherokee)"]
    click_ok(wizard)  # OK with a contest picked adds it
    (row,) = wizard.history_rows()
    assert (row.year, row.cycle) == (2022, CycleType.MIDTERM)
    # sqlite3: Kemp 89322, Abrams 29893, Hazel 1159; sum 120374
    assert (row.contest_votes, row.winner_votes, row.first_loser_votes) == (120374, 89322, 29893)
    assert row.registered is None and row.ballots_cast is None


def test_a_bad_file_says_why_and_others_still_work(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "budget.csv"
    bad.write_text("item,amount\nstamps,20\n")
    good = board_file(tmp_path, "2021_results.csv", (3, 2, 1), 10)
    wizard = open_wizard(qtbot)
    wizard.add_files([bad, good])
    wait_read(qtbot, wizard)
    assert wizard.ui.file_list.item(0).text() == "budget.csv: not read"
    assert "has no office or candidate or votes column" in wizard.ui.file_list.item(0).toolTip()
    assert "has no office" in wizard.ui.totals_label.text()
    assert not wizard.ui.contest_list.isEnabled()
    assert wizard.ui.status_label.text() == "1 file read, 1 not read."
    wizard.ui.file_list.setCurrentRow(1)
    assert wizard.ui.contest_list.isEnabled() and wizard.ui.contest_list.count() == 2


def test_reject_gives_no_rows(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot)
    wizard.add_files([board_file(tmp_path, "2021.csv", (3, 2, 1), 10)])
    wait_read(qtbot, wizard)
    wizard.ui.contest_list.setCurrentRow(0)
    QTest.mouseClick(wizard.ui.add_row_button, Qt.MouseButton.LeftButton)
    assert len(wizard.pending_rows()) == 1
    wizard.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert wizard.history_rows() == []


def slow_reader(steps: int) -> Callable[..., ResultsFile]:
    """A stand-in for read_results that takes ``steps`` x 10 ms and honours cancel."""

    def read(path: Path, *, progress: Any = None, cancel: Any = None, **_: Any) -> ResultsFile:
        for i in range(steps):
            if cancel is not None and cancel():
                raise Cancelled()
            if progress is not None:
                progress(i, steps)
            time.sleep(0.01)
        return ResultsFile(source=Path(path).name)

    return read


def test_progress_window_responsive_and_stop(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(iw, "read_results", slow_reader(1000))  # 10 s unless stopped
    wizard = open_wizard(qtbot)
    first = tmp_path / "one.csv"
    second = tmp_path / "two.csv"
    wizard.add_files([first, second])
    qtbot.waitUntil(lambda: wizard.ui.progress_bar.value() > 0, timeout=5000)
    assert wizard.is_reading()
    assert wizard.ui.cancel_read_button.isEnabled()
    assert wizard.ui.status_label.text().startswith("Reading one.csv")
    # the window keeps working while the worker reads
    wizard.ui.year_spin.setEnabled(True)
    QTest.keyClicks(wizard.ui.year_spin, "5")
    started = time.perf_counter()
    QTest.mouseClick(wizard.ui.cancel_read_button, Qt.MouseButton.LeftButton)
    wait_read(qtbot, wizard)
    assert time.perf_counter() - started < 3
    assert wizard.ui.file_list.item(0).text() == "one.csv: not read"
    assert wizard.ui.file_list.item(1).text() == "two.csv: not read"
    assert wizard.ui.status_label.text() == "0 files read, 2 not read."
    assert not wizard.ui.cancel_read_button.isEnabled()


def test_closing_while_reading_stops_the_worker(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(iw, "read_results", slow_reader(1000))
    wizard = open_wizard(qtbot)
    wizard.add_files([tmp_path / "one.csv"])
    qtbot.waitUntil(lambda: wizard.ui.progress_bar.value() > 0, timeout=5000)
    started = time.perf_counter()
    wizard.reject()
    assert time.perf_counter() - started < 3
    assert wizard.history_rows() == []
