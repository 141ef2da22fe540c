"""`winbook targets` and `winbook check` on the bundled samples (issues 2 and 6)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.plans import ready_plan
from winbook.cli import main
from winbook.store.files import save_plan

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def test_targets_json_county_clerk(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["targets", str(SAMPLES / "county-clerk.json"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    # Turnout-rate method over the three presidential generals (2022 midterm left out), by bc:
    #   (124890/172500 + 121346/166000 + 107282/158000) / 3 = 0.7113333... printed (and
    #   carried on) as 71.13%: 0.7113 x 174,500 registered now = 124,121.85 -> 124,121.9;
    #   x (1 - 4.5% roll-off) = 118,536.41 -> 118,536.4 -> rounded up 118,537
    assert out["projected_turnout"] == 118_537
    assert out["turnout_years"] == [2024, 2020, 2016]
    # back-test: only 2024 has two presidential years before it; from 2020 and 2016 alone:
    #   (73.1% + 67.9%) / 2 = 70.5% x 172,500 (2024's registration) = 121,612.5; x 0.955
    #   = 116,139.94 -> 116,140; actual: 2024's own measured contest votes, 119,390 (a
    #   one-seat race), not ballots less the assumed roll-off: (116,140 - 119,390) / 119,390
    #   = -2.72%
    assert out["backtest"] == [
        {
            "year": 2024,
            "projected": 116_140,
            "actual": 119_390,
            "actual_is": "votes in the contest",
            "error_pct": -2.7,
        }
    ]
    # one back-test point: +/- 15%: 118,537 x 1.15 = 136,317.55 -> 136,318; x 0.85 = 100,756.45
    # -> 100,757
    assert out["turnout_range"] == {"low": 100_757, "expected": 118_537, "high": 136_318}
    assert (out["planned_on"], out["planned_turnout"]) == ("high", 136_318)
    assert out["left_out"] == []
    # one seat, two candidates, on the high turnout: floor(136,318 / 2) + 1 = 68,160
    assert out["win_rule"] == "majority"
    assert out["win_number"] == 68_160
    # 3% margin: 68,160 x 1.03 = 70,204.8 -> 70,205
    assert out["vote_goal"] == 70_205
    # beside it, on the expected turnout: floor(118,537 / 2) + 1 = 59,269; x 1.03 = 61,047.07
    # -> 61,048
    assert out["on_other_turnout"] == {
        "turnout": 118_537,
        "win_number": 59_269,
        "vote_goal": 61_048,
    }
    # base: the 3 lowest shares 46.4, 47.6, 48.4 -> 47.4667%, printed and used as 47.47%:
    # 0.4747 x 136,318 = 64,710.15 -> 64,710
    assert out["base_votes"] == 64_710
    assert out["vote_deficit"] == 70_205 - 64_710
    path = out["path"]
    assert path["persuasion_need"] == 5_495
    assert sum(c["contacts"] for c in path["channels"]) == path["contacts"]
    assert sum(w["contacts"] for w in path["weeks"]) == path["contacts"]


def test_targets_text_shows_the_math(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["targets", str(SAMPLES / "county-clerk.json")]) == 0
    out = capsys.readouterr().out
    assert "Zoë Anna Müller-Łukasik" in out
    assert "floor(136,318 / 2) + 1 = 68,160 votes" in out
    assert "How this method would have done in your district" in out
    assert "Back-test 2024: projected 116,140 ballots from 2020, 2016 alone" in out
    assert "Sources" in out


def test_check_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ready = tmp_path / "ready.winbook"
    save_plan(ready_plan(), ready)
    assert main(["check", str(ready)]) == 0
    assert "Ready to apply." in capsys.readouterr().out
    # the school-board sample leaves two plan sections unmarked: not ready
    assert main(["check", str(SAMPLES / "school-board.json"), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ready"] is False
    plan_topic = next(t for t in report["topics"] if t["id"] == "plan")
    assert plan_topic["status"] == "partial"


@pytest.mark.parametrize("command", ["check", "targets"])
def test_errors_are_one_line_and_exit_2(tmp_path: Path, command: str) -> None:
    bad = tmp_path / "notes.winbook"
    bad.write_text("shopping list\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "winbook", command, str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("winbook: ")
    assert "Traceback" not in proc.stderr
    assert bad.read_text(encoding="utf-8") == "shopping list\n"


def test_no_qt_is_loaded_by_headless_commands() -> None:
    code = (
        "import sys; from winbook.cli import main;"
        f"main(['targets', {str(SAMPLES / 'state-house.json')!r}, '--json']);"
        f"main(['check', {str(SAMPLES / 'state-house.json')!r}]);"
        "sys.stdout = sys.__stderr__;"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.stderr.strip().splitlines()[-1] == "NOQT"


def test_unknown_sample_is_one_line_before_any_window(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--sample", "mayor"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "winbook: There is no sample called 'mayor'; choose one of county-clerk, school-board, "
        "state-house.\n"
    )
