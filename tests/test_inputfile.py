"""The input guard: a named pipe, a device or a link to /dev/zero is refused before any read.

Each reader (plans as `.winbook` and `.json`, results files, budget spreadsheets) is run in a
child process with a time limit, so a reader that still blocked on a pipe would fail the test
instead of hanging the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import winbook
from winbook.errors import InputFileError, PlanFileError
from winbook.inputfile import MAX_INPUT_BYTES, check_input, read_input

ONE_LINE = r"is (a named pipe|a device), not a regular file, so Winbook will not read it; save"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(winbook.__file__).resolve().parents[1])}
    return subprocess.run(
        [sys.executable, "-m", "winbook", *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.fixture
def pipe_and_zero(tmp_path: Path) -> dict[str, Path]:
    paths: dict[str, Path] = {}
    for suffix in (".winbook", ".json", ".csv"):
        fifo = tmp_path / f"pipe{suffix}"
        os.mkfifo(fifo)
        zero = tmp_path / f"zero{suffix}"
        zero.symlink_to("/dev/zero")
        paths[f"pipe{suffix}"], paths[f"zero{suffix}"] = fifo, zero
    return paths


@pytest.mark.parametrize("name", ["pipe", "zero"])
@pytest.mark.parametrize(
    ("command", "suffix"),
    [("targets", ".winbook"), ("check", ".json"), ("results", ".csv"), ("convert", ".json")],
)
def test_commands_refuse_pipes_and_devices(
    name: str, command: str, suffix: str, pipe_and_zero: dict[str, Path], tmp_path: Path
) -> None:
    path = pipe_and_zero[f"{name}{suffix}"]
    args = [command, str(path)] + ([str(tmp_path / "out.winbook")] if command == "convert" else [])
    done = _cli(*args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert str(path) in done.stderr
    assert (" is a named pipe, " if name == "pipe" else " is a device, ") in done.stderr
    assert not (tmp_path / "out.winbook").exists()


def test_budget_import_refuses_a_pipe(pipe_and_zero: dict[str, Path]) -> None:
    from winbook.io.xlsx_import import read_budget

    with pytest.raises(InputFileError, match=ONE_LINE):
        read_budget(pipe_and_zero["zero.csv"])
    # the pipe itself is checked without opening it for reading, so this cannot block
    with pytest.raises(InputFileError, match=ONE_LINE):
        check_input(pipe_and_zero["pipe.csv"])


def test_a_file_above_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as fh:  # sparse: 500 MB + 1 byte without using the disk
        fh.truncate(MAX_INPUT_BYTES + 1)
    with pytest.raises(PlanFileError, match=r"big\.json is 500 MB, larger than the 500 MB"):
        read_input(big, PlanFileError)
    from winbook.store.files import load_plan

    with pytest.raises(PlanFileError, match=r"larger than the 500 MB Winbook reads"):
        load_plan(big)


def test_a_small_limit_and_ordinary_errors(tmp_path: Path) -> None:
    small = tmp_path / "small.csv"
    small.write_bytes(b"x" * 11)
    assert read_input(small, limit=11) == b"x" * 11
    with pytest.raises(InputFileError, match=r"small\.csv is 11 bytes, larger than the 10 bytes"):
        read_input(small, limit=10)
    with pytest.raises(InputFileError, match=r"nope\.csv does not exist\.$"):
        check_input(tmp_path / "nope.csv")
    with pytest.raises(InputFileError, match=r"is a folder, not a file\.$"):
        check_input(tmp_path)
