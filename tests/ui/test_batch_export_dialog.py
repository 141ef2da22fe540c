"""File → Export packets for several plans… (issue 13): a folder of plans printed from the
window on a worker thread, with a progress bar, Cancel and the failures listed per plan.

Real widgets offscreen; QFileDialog is patched. The written PDFs are read back with pypdf."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from winbook.paths import samples_dir
from winbook.store.files import load_plan
from winbook.ui.batch_export_dialog import BatchExportDialog, plans_in

SAMPLES = ("school-board", "county-clerk", "state-house")


def _folder(root: Path, copies: int = 1, broken: bool = False) -> Path:
    folder = root / "plans"
    folder.mkdir()
    for k in range(copies):
        for name in SAMPLES:
            (folder / f"{k:02d}-{name}.json").write_bytes(
                (samples_dir() / f"{name}.json").read_bytes()
            )
    if broken:
        (folder / "99-broken.json").write_text("{not a plan", "utf-8")
    (folder / "notes.txt").write_text("not a plan", "utf-8")
    return folder


def _dialog(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, folder: Path) -> BatchExportDialog:
    dialog = BatchExportDialog(jobs=2)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    QTest.mouseClick(dialog.ui.add_folder_button, Qt.MouseButton.LeftButton)
    return dialog


def _type_output(qtbot: QtBot, dialog: BatchExportDialog, text: str) -> None:
    edit = dialog.ui.output_edit
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.keyClicks(edit, text)


def _texts(path: Path) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages]


def test_the_folder_s_plans_are_listed_by_name(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    dialog = _dialog(qtbot, monkeypatch, folder)
    names = [Path(p).name for p in dialog.plans()]
    assert names == ["00-county-clerk.json", "00-school-board.json", "00-state-house.json"]
    assert dialog.ui.count_label.text() == "3 plans"
    assert dialog.ui.output_edit.text() == str(folder / "packets")  # a default place
    assert plans_in(tmp_path / "nowhere") == []


def test_a_full_run_into_one_pdf_lists_the_broken_plan(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = _folder(tmp_path, broken=True)
    dialog = _dialog(qtbot, monkeypatch, folder)
    QTest.mouseClick(dialog.ui.merged_radio, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.ui.separator_check, Qt.MouseButton.LeftButton)
    out = tmp_path / "run.pdf"
    _type_output(qtbot, dialog, str(out))
    QTest.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    assert dialog.is_running() and dialog.ui.cancel_button.isEnabled()
    assert not dialog.ui.close_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=120_000)
    pages = _texts(out)
    covers = [t for t in pages if "CAMPAIGN PLAN · APPLICATION PACKET" in t]
    good = sorted(p for p in folder.glob("0*.json"))
    names = [load_plan(p).candidate.full_name for p in good]
    assert len(covers) == 3 and all(n in c for n, c in zip(names, covers, strict=True))
    assert sum("NEXT APPLICATION PACKET" in t for t in pages) == 2  # the cover sheets asked for
    assert dialog.ui.progress_bar.value() == dialog.ui.progress_bar.maximum() == 4
    status = dialog.ui.status_label.text()
    assert status.startswith(f"Done: 3 packets in {out} ({len(pages)} pages, ")
    assert "1 plan could not be printed" in status
    errors = [dialog.ui.errors_list.item(i).text() for i in range(dialog.ui.errors_list.count())]
    assert len(errors) == 1 and str(folder / "99-broken.json") in errors[0]
    assert "not valid JSON" in errors[0]
    assert dialog.ui.errors_list.isVisible()
    assert dialog.ui.close_button.isEnabled() and not dialog.ui.cancel_button.isEnabled()


def test_one_pdf_per_plan_into_a_folder(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    dialog = _dialog(qtbot, monkeypatch, folder)
    out = tmp_path / "packets"
    _type_output(qtbot, dialog, str(out))
    QTest.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=120_000)
    written = sorted(p.name for p in out.iterdir())
    assert written == ["00-county-clerk.pdf", "00-school-board.pdf", "00-state-house.pdf"]
    for name in written:
        assert "Page 1 of" in _texts(out / name)[0]
    assert dialog.ui.status_label.text() == f"Done: 3 packets written to {out}."
    assert not dialog.ui.errors_list.isVisible()


def test_cancel_leaves_no_half_written_file_and_says_so(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = _folder(tmp_path, copies=4)  # 12 plans: seconds of work
    dialog = _dialog(qtbot, monkeypatch, folder)
    QTest.mouseClick(dialog.ui.merged_radio, Qt.MouseButton.LeftButton)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "run.pdf"
    _type_output(qtbot, dialog, str(out))
    QTest.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.progress_bar.value() >= 1, timeout=120_000)
    assert dialog.ui.status_label.text().startswith("Printing packets: ")
    QTest.mouseClick(dialog.ui.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    assert dialog.outcome is not None and dialog.outcome.cancelled
    assert dialog.ui.progress_bar.value() < 12
    assert os.listdir(out_dir) == []  # neither the print run nor a temporary file
    assert dialog.ui.status_label.text() == "Cancelled. No print run was written."
    assert dialog.ui.export_button.isEnabled()  # it can be started again


def test_the_file_menu_opens_it(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from winbook.ui.main_window import MainWindow

    opened: list[BatchExportDialog] = []

    def fake_exec(dialog: BatchExportDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(BatchExportDialog, "exec", fake_exec)
    window = MainWindow()
    qtbot.addWidget(window)
    menu = window.ui.menu_bar.findChildren(QMenu)[0]
    texts = [a.text() for a in menu.actions()]
    assert "Export packets for &several plans…" in texts
    window.action_export_batch.trigger()  # with no plan open
    assert len(opened) == 1 and opened[0].parent() is window
