"""Save As and the export dialogs ask before replacing a file, as Qt's file dialog does, also
when Winbook adds the extension after the dialog ("plan" becomes "plan.winbook") (issue 14).

The file dialog itself is patched (it is modal); the question is a real QMessageBox, answered
by clicking its button."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from winbook.app.document import PlanDocument
from winbook.domain.model import Plan
from winbook.domain.parts import CANDIDATE
from winbook.paths import samples_dir
from winbook.store.files import load_plan, save_plan
from winbook.ui.coaching.export import export_summary_dialog
from winbook.ui.export_dialog import ExportPacketDialog
from winbook.ui.main_window import MainWindow

OLD = b"the file that was there before"
WAIT = 20_000  # ms: two cores shared with other test runs


@pytest.fixture(autouse=True)
def _no_stray_workers() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(30_000)


class Boxes:
    """Answers each real message box that opens by clicking ``answer``; records what it said."""

    def __init__(self, answer: QMessageBox.StandardButton, count: int = 1) -> None:
        self.answer, self.count = answer, count
        self.seen: list[tuple[str, str]] = []
        self._tries = 0
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.seen.append((box.windowTitle(), box.text()))
            button = box.button(self.answer)
            (button if button is not None else box.button(QMessageBox.StandardButton.Ok)).click()
        self._tries += 1
        if len(self.seen) < self.count and self._tries < 2000:  # stop after about 20 s
            QTimer.singleShot(10, self._poll)


@pytest.fixture(autouse=True)
def _closing_discards(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a test's window answers "Keep this plan?" with Discard."""
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: discard)


def _choose(monkeypatch: pytest.MonkeyPatch, typed: Path) -> list[str]:
    """The file dialog returns ``typed``; the titles it was opened with are recorded."""
    titles: list[str] = []

    def ask(_parent: Any, title: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        titles.append(title)
        return str(typed), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return titles


def _existing(path: Path) -> bytes:
    """A file already at ``path``: another person's plan, or some other document."""
    if path.suffix == ".winbook":
        plan = Plan()
        plan.candidate.full_name = "Someone Else"
        save_plan(plan, path)
    else:
        path.write_bytes(OLD)
    return path.read_bytes()


def _window(qtbot: QtBot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    doc = PlanDocument.new_untitled()
    doc.set_value(CANDIDATE.field("full_name"), None, "Maya Okafor")
    win.set_document(doc)
    win.show()
    return win


def _close(win: MainWindow) -> None:
    if win.doc is not None:
        win.doc.close(discard_untitled=True)


SaveAction = Callable[[MainWindow], object]
CASES: list[tuple[str, SaveAction, str, str]] = [
    ("save-as", lambda w: w.save_as_dialog(), ".winbook", "Save plan as"),
    ("workbook", lambda w: w.export_workbook(), ".xlsx", "Export workbook"),
]


@pytest.mark.parametrize(("case", "act", "suffix", "title"), CASES, ids=[c[0] for c in CASES])
def test_no_keeps_the_file_that_the_added_extension_names(
    case: str, act: SaveAction, suffix: str, title: str,
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    existing = tmp_path / f"maya{suffix}"
    before = _existing(existing)
    _choose(monkeypatch, tmp_path / "maya")  # typed without the extension
    win = _window(qtbot)
    boxes = Boxes(QMessageBox.StandardButton.No)

    act(win)

    assert boxes.seen == [(title, f"maya{suffix} already exists.\nDo you want to replace it?")]
    assert existing.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == suffix) == [existing.name]
    _close(win)


@pytest.mark.parametrize(("case", "act", "suffix", "title"), CASES, ids=[c[0] for c in CASES])
def test_yes_replaces_it(
    case: str, act: SaveAction, suffix: str, title: str,
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    existing = tmp_path / f"maya{suffix}"
    before = _existing(existing)
    _choose(monkeypatch, tmp_path / "maya")
    win = _window(qtbot)
    boxes = Boxes(QMessageBox.StandardButton.Yes)

    act(win)

    assert [t for t, _x in boxes.seen] == [title]
    assert existing.read_bytes() != before
    if suffix == ".winbook":
        assert load_plan(existing).candidate.full_name == "Maya Okafor"
    _close(win)


def test_a_name_with_the_extension_is_not_asked_twice(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's dialog already asked about "maya.winbook" itself; Winbook does not ask again."""
    existing = tmp_path / "maya.winbook"
    save_plan(Plan(), existing)
    _choose(monkeypatch, existing)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: asked.append(a[2]))
    win = _window(qtbot)

    assert win.save_as_dialog()

    assert asked == []
    assert load_plan(existing).candidate.full_name == "Maya Okafor"
    _close(win)


def test_the_packet_dialog_asks_before_replacing_a_packet(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "packet.pdf"
    existing.write_bytes(OLD)
    _choose(monkeypatch, tmp_path / "packet")
    dialog = ExportPacketDialog(load_plan(samples_dir() / "school-board.json"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.preview_ready, timeout=WAIT)

    boxes = Boxes(QMessageBox.StandardButton.No)
    dialog.save()
    assert boxes.seen == [
        ("Save the packet", "packet.pdf already exists.\nDo you want to replace it?")
    ]
    assert existing.read_bytes() == OLD

    boxes = Boxes(QMessageBox.StandardButton.Yes, count=2)  # then "Packet saved": OK
    dialog.save()
    qtbot.waitUntil(lambda: len(boxes.seen) == 2, timeout=WAIT)
    assert [t for t, _x in boxes.seen] == ["Save the packet", "Packet saved"]
    assert existing.read_bytes().startswith(b"%PDF")


def test_the_coach_summary_asks_before_replacing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "maya-one-on-one.pdf"
    existing.write_bytes(OLD)
    _choose(monkeypatch, tmp_path / "maya-one-on-one")
    win = _window(qtbot)
    assert win.doc is not None
    boxes = Boxes(QMessageBox.StandardButton.No)

    assert export_summary_dialog(win, win.doc) is None

    assert boxes.seen == [
        (
            "Export one-on-one summary",
            "maya-one-on-one.pdf already exists.\nDo you want to replace it?",
        )
    ]
    assert existing.read_bytes() == OLD
    _close(win)
