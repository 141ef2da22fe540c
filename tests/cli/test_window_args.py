"""`winbook` with no command: refused in one sentence before Qt starts when it cannot work.

Without a display Qt aborts the whole process (platform notes), and a mistyped command was taken
for a plan's name; both must end in one line and exit 2, never in SIGABRT.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from winbook.cli import main


@pytest.fixture
def no_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting the window fails the test (instead of aborting the process)."""

    def run_window(plan: Path | None, sample: str | None) -> int:
        raise AssertionError("the window must not start")

    fake = types.ModuleType("winbook.ui.launch")
    fake.run_window = run_window  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "winbook.ui.launch", fake)


def test_a_mistyped_command_is_not_opened_as_a_plan(
    no_window: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["chek", "plan.winbook"]) == 2
    err = capsys.readouterr().err
    assert err == "winbook: unrecognized arguments: plan.winbook (see 'winbook --help').\n"
    assert main(["targts"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("winbook: 'targts' is neither a command (samples, convert, targets,")
    assert err.count("\n") == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is Linux's")
def test_no_display_is_one_sentence(
    no_window: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("winbook: There is no display to open the Winbook window on")
    assert err.count("\n") == 1


def test_with_a_display_the_window_is_asked_for(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[Path | None, str | None]] = []

    def run_window(plan: Path | None, sample: str | None) -> int:
        calls.append((plan, sample))
        return 0

    fake = types.ModuleType("winbook.ui.launch")
    fake.run_window = run_window  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "winbook.ui.launch", fake)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main([str(tmp_path / "new.winbook")]) == 0
    assert main(["--sample"]) == 0
    assert calls == [(tmp_path / "new.winbook", None), (None, "school-board")]
