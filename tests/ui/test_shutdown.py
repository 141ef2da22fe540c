"""SIGTERM and SIGINT end a running Winbook cleanly: the last edit is in the file and the
lock marker is gone (issue 14). Each test runs the real `run_window` in a child process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from winbook.app.document import PlanDocument
from winbook.domain.parts import CANDIDATE
from winbook.store.files import load_plan

ROOT = Path(__file__).resolve().parents[2]

#: The real run_window, with one edit made (not yet written: the document writes within two
#: seconds) just before the event loop starts; READY is printed from inside the loop.
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from winbook.domain.parts import CANDIDATE
    from winbook.ui import launch

    real_build = launch.build_window

    def build(plan, sample, **options):
        window = real_build(plan, sample, **options)
        window.doc.set_value(CANDIDATE.field("full_name"), None, sys.argv[2])
        if sys.argv[3:] == ["--signal-while-starting"]:  # the plan is open, the loop not yet
            os.kill(os.getpid(), signal.SIGTERM)
        QTimer.singleShot(0, lambda: print("READY", window.doc.is_modified, flush=True))
        return window

    launch.build_window = build
    sys.exit(launch.run_window(Path(sys.argv[1]) if sys.argv[1] else None, None))
    """
)


def _env(root: Path) -> dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(ROOT / "src"),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(root / "home"),
        XDG_DATA_HOME=str(root / "data"),
        XDG_CONFIG_HOME=str(root / "config"),
        XDG_CACHE_HOME=str(root / "cache"),
    )


def _run_until_signal(root: Path, plan: Path | None, name: str, sig: int) -> int:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(plan or ""), name],
        env=_env(root),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().split() == ["READY", "True"]  # an edit not yet written
        assert list(root.glob("data/**/autosave/*.lock"))  # the plan is locked while open
        child.send_signal(sig)
        code = child.wait(timeout=60)
        assert child.stderr is not None
        assert "Traceback" not in child.stderr.read()
        return code
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_writes_the_last_edit_and_removes_the_lock(sig: int, tmp_path: Path) -> None:
    plan = tmp_path / "maya.winbook"
    doc = PlanDocument.new_untitled()
    doc.set_value(CANDIDATE.field("full_name"), None, "Maya Okafor")
    doc.save_as(plan)
    doc.close()
    root = tmp_path / "child"

    code = _run_until_signal(root, plan, "Maya Okafor-Reyes", sig)

    assert code == 128 + sig  # as a shell reports a process ended by the signal
    assert load_plan(plan).candidate.full_name == "Maya Okafor-Reyes"
    assert list(root.glob("data/**/autosave/*.lock")) == []
    settings_file = next(root.glob("config/**/Winbook.conf"))
    assert "maya.winbook" in settings_file.read_text(encoding="utf-8")  # reopened next start


def test_an_untitled_plan_with_content_is_kept_for_recovery(tmp_path: Path) -> None:
    root = tmp_path / "child"

    assert _run_until_signal(root, None, "Ana Lima", signal.SIGTERM) == 128 + signal.SIGTERM

    (untitled,) = root.glob("data/**/autosave/untitled-*.winbook")
    assert load_plan(untitled).candidate.full_name == "Ana Lima"
    (marker,) = root.glob("data/**/autosave/*.lock")  # the next start offers it back
    assert str(untitled.resolve()) in marker.read_text(encoding="utf-8")


def test_a_signal_while_the_window_is_starting_still_ends_cleanly(tmp_path: Path) -> None:
    """SIGTERM after the plan is opened (and locked) but before the event loop runs."""
    plan = tmp_path / "early.winbook"
    doc = PlanDocument.new_untitled()
    doc.save_as(plan)
    doc.close()
    root = tmp_path / "child"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(plan), "Early Edit", "--signal-while-starting"],
        env=_env(root), capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert "Traceback" not in done.stderr
    assert load_plan(plan).candidate.full_name == "Early Edit"
    assert list(root.glob("data/**/autosave/*.lock")) == []
