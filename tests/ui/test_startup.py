"""Start-up: the last plan, where the window was closed, fast; PLAN and --sample override it;
a plan open in another running Winbook is never opened a second time."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from winbook.app import recovery, settings
from winbook.app.document import PlanDocument
from winbook.domain.parts import CANDIDATE
from winbook.store.files import load_plan
from winbook.ui.launch import build_window, offer_desktop_install
from winbook.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box is recorded (title, text) instead of shown; questions say Discard."""
    shown: list[tuple[str, str]] = []

    def box(answer: QMessageBox.StandardButton) -> Any:
        def show(_parent: Any, title: str, text: str = "", *_a: Any, **_k: Any) -> Any:
            shown.append((title, text))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "information", box(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", box(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", box(QMessageBox.StandardButton.Discard))
    return shown


def _saved_plan(qtbot: QtBot, path: Path, name: str) -> None:
    """A window that saves a plan for ``name`` at ``path``, sized 700x500, then closes."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_document(PlanDocument.new_untitled())
    win.show()
    assert win.doc is not None
    win.doc.set_value(CANDIDATE.field("full_name"), None, name)
    assert win.save_as(path)
    win.resize(700, 500)
    win.close()


def _start(qtbot: QtBot, plan: Path | None = None, sample: str | None = None) -> MainWindow:
    win = build_window(plan, sample)
    qtbot.addWidget(win)
    return win


def _close(win: MainWindow) -> None:
    if win.doc is not None:
        win.doc.close(discard_untitled=True)


def test_reopens_the_last_plan_where_it_was_closed_in_under_a_second(
    qtbot: QtBot, tmp_path: Path, boxes: list[tuple[str, str]]
) -> None:
    path = tmp_path / "maya.winbook"
    _saved_plan(qtbot, path, "Maya Okafor")
    assert settings.last_plan() == path.resolve()

    started = time.perf_counter()
    win = _start(qtbot)
    elapsed = time.perf_counter() - started

    assert elapsed < 1.0, f"start-up took {elapsed:.2f} s"
    assert win.doc is not None and win.doc.path == path.resolve()
    assert not win.doc.is_untitled
    assert win.doc.plan.candidate.full_name == "Maya Okafor"
    assert (win.width(), win.height()) == (700, 500)
    assert boxes == []
    _close(win)


def test_plan_argument_and_sample_override_the_last_plan(
    qtbot: QtBot, tmp_path: Path, boxes: list[tuple[str, str]]
) -> None:
    last, other = tmp_path / "last.winbook", tmp_path / "other.winbook"
    _saved_plan(qtbot, other, "Other Person")
    _saved_plan(qtbot, last, "Last Person")
    assert settings.last_plan() == last.resolve()

    win = _start(qtbot, plan=other)
    assert win.doc is not None and win.doc.plan.candidate.full_name == "Other Person"
    _close(win)

    win = _start(qtbot, sample="school-board")
    assert win.doc is not None and win.doc.path is not None
    assert win.doc.path.resolve() not in (last.resolve(), other.resolve())
    assert win.doc.plan.candidate.full_name  # the sample's candidate
    assert win.doc.plan.candidate.full_name != "Last Person"
    _close(win)
    assert boxes == []


def test_an_untitled_plan_at_close_means_an_empty_window_next_time(
    qtbot: QtBot, tmp_path: Path
) -> None:
    _saved_plan(qtbot, tmp_path / "a.winbook", "A")
    win = _start(qtbot)
    assert win.new_plan()  # File → New, then quit
    win.close()
    assert settings.last_plan() is None
    again = _start(qtbot)
    assert again.doc is not None and again.doc.is_untitled
    _close(again)


def test_a_last_plan_that_is_gone_opens_an_empty_window_quietly(
    qtbot: QtBot, tmp_path: Path, boxes: list[tuple[str, str]]
) -> None:
    settings.set_last_plan(tmp_path / "gone.winbook")
    win = _start(qtbot)
    assert win.doc is not None and win.doc.is_untitled
    assert boxes == []
    assert "gone.winbook" in win.status_bar.currentMessage()
    _close(win)


def test_a_last_plan_that_cannot_be_opened_is_a_calm_message(
    qtbot: QtBot, tmp_path: Path, boxes: list[tuple[str, str]]
) -> None:
    bad = tmp_path / "broken.winbook"
    content = b"this is not a plan file at all" * 10
    bad.write_bytes(content)
    settings.set_last_plan(bad)

    win = _start(qtbot)

    assert win.doc is not None and win.doc.is_untitled
    assert len(boxes) == 1
    title, text = boxes[0]
    assert title == "Your last plan was not reopened"
    assert "broken.winbook" in text and "Traceback" not in text
    assert bad.read_bytes() == content  # untouched
    _close(win)


# --------------------------------------------------------------------------- two processes

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication(["winbook"])
    from winbook.ui.launch import configure_application
    from winbook.app.document import PlanDocument
    configure_application(app)
    doc = PlanDocument.open(Path(sys.argv[1]))
    print("OPEN", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """Another running Winbook (a child process) with a saved plan open."""
    path = tmp_path / "shared.winbook"
    doc = PlanDocument.new_untitled()
    doc.set_value(CANDIDATE.field("full_name"), None, "Shared Plan")
    doc.save_as(path)
    doc.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "OPEN"
        yield path, child
    finally:
        child.kill()
        child.wait(timeout=10)


def test_a_plan_open_in_another_winbook_is_not_opened_again(
    qtbot: QtBot,
    holder: tuple[Path, subprocess.Popen[str]],
    boxes: list[tuple[str, str]],
) -> None:
    path, child = holder
    assert recovery.other_owner(path) == child.pid
    before = path.read_bytes()
    win = _start(qtbot)
    assert win.doc is not None
    current = win.doc

    assert not win.open_path(path)

    assert boxes == [("Already open", boxes[0][1])]
    assert "shared.winbook is already open in another Winbook window" in boxes[0][1]
    assert win.doc is current  # the window kept what it had
    assert path.read_bytes() == before
    assert recovery.other_owner(path) == child.pid  # the other window's marker is intact
    _close(win)


def test_winbook_plan_on_the_command_line_also_refuses_a_plan_in_use(
    qtbot: QtBot,
    holder: tuple[Path, subprocess.Popen[str]],
    boxes: list[tuple[str, str]],
) -> None:
    path, _child = holder
    win = _start(qtbot, plan=path)
    assert win.doc is not None and win.doc.is_untitled
    assert [t for t, _x in boxes] == ["Already open"]
    _close(win)


def test_a_marker_left_by_a_gone_process_does_not_block(
    qtbot: QtBot, holder: tuple[Path, subprocess.Popen[str]], boxes: list[tuple[str, str]]
) -> None:
    path, child = holder
    child.kill()
    child.wait(timeout=10)
    assert recovery.other_owner(path) is None
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_document(PlanDocument.new_untitled())
    assert win.open_path(path)
    assert win.doc is not None and win.doc.plan.candidate.full_name == "Shared Plan"
    assert boxes == []
    _close(win)


def test_a_reused_process_id_of_another_program_does_not_block(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.winbook"
    doc = PlanDocument.new_untitled()
    doc.save_as(path)
    doc.close()
    other = subprocess.Popen(["sleep", "30"])
    try:
        marker = recovery.marker_path(path)
        marker.write_text(
            f'{{"pid": {other.pid}, "path": "{path.resolve()}", "untitled": false}}',
            encoding="utf-8",
        )
        assert recovery.other_owner(path) is None
        recovery.check_not_in_use(path)  # no error
    finally:
        other.kill()
        other.wait(timeout=10)


# --------------------------------------------------------------------------- --sample copies


def test_sample_reopens_last_times_copy_until_it_is_changed(
    qtbot: QtBot, boxes: list[tuple[str, str]]
) -> None:
    """`tools/dev.sh run` twice must not add a second school-board copy to the recent files."""
    win = _start(qtbot, sample="school-board")
    assert win.doc is not None and win.doc.path is not None
    first = win.doc.path
    assert first.name == "school-board.winbook"
    win.close()

    win = _start(qtbot, sample="school-board")  # looked at, not changed: the same copy
    assert win.doc is not None and win.doc.path == first
    win.doc.set_value(CANDIDATE.field("full_name"), None, "My Own Name")
    win.close()

    win = _start(qtbot, sample="school-board")  # that copy was changed: a fresh one
    assert win.doc is not None and win.doc.path is not None
    second = win.doc.path
    assert second.name == "school-board-2.winbook"
    assert win.doc.plan.candidate.full_name != "My Own Name"
    win.close()

    win = _start(qtbot, sample="school-board")
    assert win.doc is not None and win.doc.path == second
    win.close()
    assert [p.name for p in settings.recent_files()] == ["school-board-2.winbook", first.name]
    assert load_plan(first).candidate.full_name == "My Own Name"
    assert boxes == []


def test_a_sample_copy_open_in_another_winbook_is_not_reused(
    qtbot: QtBot, holder: tuple[Path, subprocess.Popen[str]]
) -> None:
    win = _start(qtbot, sample="county-clerk")
    assert win.doc is not None and win.doc.path is not None
    copy = win.doc.path
    win.close()
    marker = recovery.marker_path(copy)
    _path, child = holder
    marker.write_text(  # the other running Winbook (a live process) has the copy open
        f'{{"pid": {child.pid}, "path": "{copy.resolve()}", "untitled": false}}', "utf-8"
    )
    win = _start(qtbot, sample="county-clerk")
    assert win.doc is not None and win.doc.path is not None
    assert win.doc.path.name == "county-clerk-2.winbook"
    _close(win)


# --------------------------------------------------------------------------- the desktop


def test_the_application_and_window_use_the_desktop_name_and_icon(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.desktopFileName() == "winbook"  # resources/desktop/winbook.desktop
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(16, 16), (48, 48), (256, 256)} <= sizes
    win = _start(qtbot)
    assert win.windowTitle().endswith(" — Winbook")
    assert not win.windowIcon().isNull()
    assert win.windowIcon().pixmap(64, 64).width() == 64
    _close(win)


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Winbook running from the bundle (sys.frozen, as PyInstaller sets it) at a fixed path."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    exe = tmp_path / "Applications" / "Winbook" / "winbook"
    monkeypatch.setattr(sys, "executable", str(exe))
    return exe


def test_the_bundle_offers_once_to_join_the_applications_menu(
    qtbot: QtBot, frozen: Path, boxes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    def say_yes(_parent: Any, title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        boxes.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", say_yes)
    win = _start(qtbot)
    data = Path(os.environ["XDG_DATA_HOME"])
    entry = data / "applications" / "winbook.desktop"
    assert not entry.exists()

    offer_desktop_install(win)

    assert [t for t, _x in boxes] == ["Add Winbook to your applications menu?"]
    assert f"Exec={frozen} %f" in entry.read_text(encoding="utf-8")
    assert (data / "mime" / "packages" / "winbook.xml").exists()
    assert win.status_bar.currentMessage() == "Winbook is now in your applications menu."
    offer_desktop_install(win)  # installed for this folder: never asked again
    assert len(boxes) == 1
    _close(win)


def test_not_now_is_remembered(
    qtbot: QtBot, frozen: Path, boxes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([QMessageBox.StandardButton.NoButton, QMessageBox.StandardButton.No])

    def answer(_parent: Any, title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        boxes.append((title, text))
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", answer)
    win = _start(qtbot)
    offer_desktop_install(win)  # closed without an answer (the session ended): asked again
    offer_desktop_install(win)  # No
    offer_desktop_install(win)  # remembered: not asked
    assert [t for t, _x in boxes] == ["Add Winbook to your applications menu?"] * 2
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "applications" / "winbook.desktop").exists()
    _close(win)


def test_a_python_install_is_not_asked(qtbot: QtBot, boxes: list[tuple[str, str]]) -> None:
    win = _start(qtbot)
    offer_desktop_install(win)
    assert boxes == []
    _close(win)
