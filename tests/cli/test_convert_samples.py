"""`winbook convert` and `winbook samples` through `winbook.cli.main`."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from winbook.cli import main
from winbook.domain.model import ExpenseLine, Plan
from winbook.store.files import load_plan, save_plan

SAMPLES = ["county-clerk", "school-board", "state-house"]


def _plan() -> Plan:
    plan = Plan()
    plan.meta.title = "Zoë for Clerk"
    plan.expenses = [ExpenseLine(description="Signs", amount=Decimal("9.95"))]
    return plan


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    assert lines[0].startswith("winbook: ")
    return lines[0]


def test_convert_winbook_to_json_and_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "plan.winbook"
    save_plan(_plan(), src)
    assert main(["convert", str(src), str(tmp_path / "plan.json")]) == 0
    assert capsys.readouterr().out == f"Wrote {tmp_path / 'plan.json'}\n"
    assert main(["convert", str(tmp_path / "plan.json"), str(tmp_path / "again.winbook")]) == 0
    assert load_plan(tmp_path / "again.winbook") == _plan()
    with contextlib.closing(sqlite3.connect(tmp_path / "again.winbook")) as conn:
        (data,) = conn.execute("SELECT data FROM plan_item WHERE part = 'expenses'").fetchone()
    assert '"amount":"9.95"' in data


@pytest.mark.parametrize(
    ("make", "args", "message"),
    [
        (None, ["missing.winbook", "out.json"], r"missing\.winbook does not exist\.$"),
        ("text", ["in.winbook", "out.json"], r"in\.winbook is not a Winbook plan file\.$"),
        ("plan", ["in.winbook", "out.pdf"], r"out\.pdf is neither a \.winbook nor a \.json"),
        ("plan", ["in.winbook", "in.winbook"], r"The input and the output are the same file"),
        ("badjson", ["in.json", "out.winbook"], r"in\.json is not valid JSON \("),
    ],
)
def test_convert_errors(
    make: str | None,
    args: list[str],
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    if make == "text":
        Path("in.winbook").write_text("hello")
    elif make == "plan":
        save_plan(_plan(), Path("in.winbook"))
    elif make == "badjson":
        Path("in.json").write_text('{"format": "winbook-plan",')
    before = sorted((p.name, p.read_bytes()) for p in tmp_path.iterdir())
    assert main(["convert", *args]) == 2
    line = _one_error_line(capsys)
    assert re.search(message, line), line
    assert sorted((p.name, p.read_bytes()) for p in tmp_path.iterdir()) == before


def test_convert_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "only-one.winbook"]) == 2
    assert "the following arguments are required" in _one_error_line(capsys)


def test_samples(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "samples here"
    assert main(["samples", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed == [f"Wrote {out / f'{name}.winbook'}" for name in SAMPLES]
    for name in SAMPLES:
        plan = load_plan(out / f"{name}.winbook")
        assert plan.meta.title and plan.candidate.full_name and plan.expenses


def test_samples_never_replace_an_edited_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's lost plan: writing the samples again over an edited school-board plan."""
    assert main(["samples", str(tmp_path)]) == 0
    mine = tmp_path / "school-board.winbook"
    plan = load_plan(mine)
    plan.meta.title = "My edited plan"
    save_plan(plan, mine)
    before = mine.read_bytes()
    (tmp_path / "state-house.winbook").unlink()
    capsys.readouterr()

    assert main(["samples", str(tmp_path)]) == 0

    assert mine.read_bytes() == before
    assert capsys.readouterr().out.splitlines() == [
        f"Wrote {tmp_path / 'state-house.winbook'}",
        f"Skipped {tmp_path / 'county-clerk.winbook'}: a file of that name is already there "
        "(it was not replaced).",
        f"Skipped {mine}: a file of that name is already there (it was not replaced).",
    ]


def test_convert_refuses_an_existing_output_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, out = tmp_path / "plan.winbook", tmp_path / "old.json"
    save_plan(_plan(), src)
    out.write_text("an older export", encoding="utf-8")

    assert main(["convert", str(src), str(out)]) == 2
    assert _one_error_line(capsys) == (
        f"winbook: {out} already exists; add --force to replace it (see 'winbook convert --help')."
    )
    assert out.read_text(encoding="utf-8") == "an older export"

    assert main(["convert", str(src), str(out), "--force"]) == 0
    assert capsys.readouterr().out == f"Wrote {out}\n"
    assert load_plan(out) == _plan()


def test_convert_names_a_wrong_extension_before_an_existing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, out = tmp_path / "plan.winbook", tmp_path / "packet.pdf"
    save_plan(_plan(), src)
    out.write_bytes(b"%PDF-1.7")
    assert main(["convert", str(src), str(out)]) == 2
    assert "packet.pdf is neither a .winbook nor a .json file" in _one_error_line(capsys)
    assert out.read_bytes() == b"%PDF-1.7"


def test_convert_onto_itself_is_still_the_same_file_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "plan.winbook"
    save_plan(_plan(), src)
    for extra in ([], ["--force"]):
        assert main(["convert", str(src), str(src), *extra]) == 2
        assert "The input and the output are the same file" in _one_error_line(capsys)


def test_samples_into_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "taken").write_text("x")
    assert main(["samples", str(tmp_path / "taken")]) == 2
    assert _one_error_line(capsys).endswith("taken is a file, not a folder.")
