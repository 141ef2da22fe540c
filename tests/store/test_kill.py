"""Killing the writer at any moment: the file stays whole and keeps every acknowledged write.

A child process opens the plan and writes in a loop, printing the number of each write after
`PlanFile.write` returns. The test SIGKILLs it at random moments (and once, for certain, in the
middle of a transaction whose pages have already reached the file), then opens the file and
checks SQLite's integrity check, that every acknowledged write is there, and that each write's
changes (a new line, a title, a flag on every line) are all there or all absent.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import winbook
from winbook.domain.model import ExpenseLine, Plan
from winbook.errors import PlanFileError
from winbook.store.document import PlanFile, read_plan_file
from winbook.store.files import load_plan, save_plan

SEED_LINES = 300

WRITER = """
import os, sys, time
from decimal import Decimal
from winbook.domain.model import ExpenseLine
from winbook.store.document import PlanFile

path, seed_lines, stall_at = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
calls = 0

def stall() -> int:
    global calls
    calls += 1
    journal = path + "-journal"
    # well inside the transaction: the journal holds pages and the file is being changed
    if calls >= 40 and os.path.exists(journal) and os.path.getsize(journal) > 8192:
        print("in-transaction", flush=True)
        time.sleep(60)
    return 0

with PlanFile.open(path) as doc:
    doc._conn.execute("PRAGMA cache_size = 4")  # spill pages to the file mid-transaction
    plan = doc.load()
    i = len(plan.expenses) - seed_lines
    while True:
        flag = (i // 3) % 2 == 1
        for line in plan.expenses:
            line.in_kind = flag
        plan.expenses.append(
            ExpenseLine(description=f"line {i}", amount=Decimal(i), month="2025-01", in_kind=flag)
        )
        plan.meta.title = f"after {i}"
        if i == stall_at:
            doc._conn.set_progress_handler(stall, 200)
        doc.write(plan, None if i % 5 == 0 else ["expenses", "meta"])
        print(i, flush=True)
        i += 1
"""


def _seed_plan() -> Plan:
    plan = Plan()
    plan.meta.title = "seed"
    plan.expenses = [
        ExpenseLine(description=f"seed {k} " + "·" * 150, amount=Decimal(k), month="2025-01")
        for k in range(SEED_LINES)
    ]
    return plan


def _start(path: Path, stall_at: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(winbook.__file__).resolve().parents[1])}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(SEED_LINES), str(stall_at)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _kill(proc: subprocess.Popen[str]) -> list[str]:
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err
    return [line for line in out.splitlines(keepends=True) if line.endswith("\n")]


def _acks(lines: list[str]) -> list[int]:
    return [int(line) for line in lines if line.strip().isdigit()]


def _check(path: Path, acked: int) -> int:
    """Open (recovering if needed), verify, and return the number of the last write found."""
    with PlanFile.open(path) as doc:
        plan = doc.load()
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert read_plan_file(path) == plan == load_plan(path)
    seeds, written = plan.expenses[:SEED_LINES], plan.expenses[SEED_LINES:]
    assert [s.amount for s in seeds] == [Decimal(k) for k in range(SEED_LINES)]
    assert [w.description for w in written] == [f"line {k}" for k in range(len(written))]
    last = len(written) - 1
    assert acked <= last <= acked + 1, (acked, last)  # the write being made may have landed
    assert plan.meta.title == (f"after {last}" if written else "seed")
    flag = (last // 3) % 2 == 1 if written else False
    assert {line.in_kind for line in plan.expenses} == {flag}
    return last


def test_kill_at_random_moments(tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, _seed_plan()).close()
    rng = random.Random(2024)
    acked, hot_journals = -1, 0
    for _ in range(6):
        proc = _start(path, stall_at=-1)
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the writer is up and writing
        time.sleep(rng.uniform(0.0, 0.4))
        lines = [first, *_kill(proc)]
        acked = max([acked, *_acks(lines)])
        hot_journals += (tmp_path / "plan.winbook-journal").exists()
        acked = _check(path, acked)
    assert not (tmp_path / "plan.winbook-journal").exists()
    assert acked > 0
    print(f"{hot_journals} of 6 kills left an unfinished transaction")


def test_kill_inside_a_transaction(tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, _seed_plan()).close()
    proc = _start(path, stall_at=3)  # write 3 flips the flag on every line
    assert proc.stdout is not None
    lines = []
    while (line := proc.stdout.readline()) and line != "in-transaction\n":
        lines.append(line)
    assert line == "in-transaction\n"
    journal = tmp_path / "plan.winbook-journal"
    assert journal.stat().st_size > 0  # a hot journal: the file itself is mid-change
    lines += _kill(proc)
    assert _acks(lines) == [0, 1, 2]
    assert _check(path, 2) == 2  # write 3 is rolled back; 0..2 are there
    assert not journal.exists()


REPLACER = """
import sys
from winbook.domain.model import ExpenseLine, Plan
from winbook.store.files import save_plan

path, i = sys.argv[1], int(sys.argv[2])
while True:
    plan = Plan()
    plan.meta.title = f"gen {i}"
    plan.expenses = [ExpenseLine(description=f"{i}-{k}" * 20) for k in range(200)]
    save_plan(plan, path)
    print(i, flush=True)
    i += 1
"""


def test_kill_while_replacing_whole_files(tmp_path: Path) -> None:
    """save_plan (temp file + os.replace) killed at random: the old or the new file, whole."""
    rng = random.Random(99)
    env = {**os.environ, "PYTHONPATH": str(Path(winbook.__file__).resolve().parents[1])}
    for name in ("plan.winbook", "plan.json"):
        path = tmp_path / name
        acked = -1
        for _ in range(3):
            proc = subprocess.Popen(
                [sys.executable, "-c", REPLACER, str(path), str(acked + 1)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            assert proc.stdout is not None
            first = proc.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.3))
            acked = max([acked, *_acks([first, *_kill(proc)])])
            plan = load_plan(path)
            generation = int(plan.meta.title.removeprefix("gen "))
            assert acked <= generation <= acked + 1
            assert [e.description for e in plan.expenses] == [
                f"{generation}-{k}" * 20 for k in range(200)
            ]
            acked = generation


# --------------------------------------------------------------------------- whole-file writes

BIG_WRITER = """
import sys
from pathlib import Path
from winbook.cli import main
from winbook.store.document import PlanFile

mode, src, dst = sys.argv[1], sys.argv[2], sys.argv[3]
print("up", flush=True)
while True:
    if mode == "save-as":
        with PlanFile.open(src) as doc:
            doc.save_as(dst)
    elif mode == "convert":
        Path(dst).unlink(missing_ok=True)
        assert main(["convert", src, dst]) == 0
    else:
        assert main(["export", src, "--xlsx", dst, "--force"]) == 0
    print("done", flush=True)
"""


def _six_megabytes() -> Plan:
    plan = Plan()
    plan.meta.title = "big"
    plan.candidate.home_address = "12 Private Lane"
    plan.expenses = [
        ExpenseLine(description=f"{k:05d} " + "y" * 2000, amount=Decimal(k), month="2026-01")
        for k in range(3000)
    ]
    return plan


def _whole(mode: str, dst: Path, plan: Plan) -> bool:
    """The destination is complete: it reads back as the plan (or a workbook of it)."""
    if mode == "export":
        import zipfile

        with zipfile.ZipFile(dst) as zf:
            return zf.testzip() is None
    return load_plan(dst) == plan


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".wbk-" in p.name)


def test_kill_during_save_as_convert_and_export(tmp_path: Path) -> None:
    """Killed at random: the destination is absent or complete, and the next write leaves no
    temporary copy (with the private fields it holds) behind."""
    plan = _six_megabytes()
    src = tmp_path / "src.winbook"
    save_plan(plan, src)
    assert src.stat().st_size > 6_000_000
    rng = random.Random(12)
    env = {**os.environ, "PYTHONPATH": str(Path(winbook.__file__).resolve().parents[1])}
    left = 0
    for mode, name in (("save-as", "copy.winbook"), ("convert", "copy.json"), ("export", "x.xlsx")):
        out = tmp_path / mode
        out.mkdir()
        dst = out / name
        for _ in range(3):
            proc = subprocess.Popen(
                [sys.executable, "-c", BIG_WRITER, mode, str(src), str(dst)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            assert proc.stdout is not None and proc.stdout.readline() == "up\n"
            time.sleep(rng.uniform(0.0, 1.5))
            _kill(proc)
            assert not dst.exists() or _whole(mode, dst, plan)
            left += bool(_temps(out))
        save_plan(Plan(), out / "next.winbook")  # the next write into that folder
        assert _temps(out) == []
    print(f"{left} of 9 kills left a temporary copy until the next write")


def test_an_empty_journal_left_by_a_kill_is_swept_when_the_plan_opens(tmp_path: Path) -> None:
    """A writer killed as its transaction began leaves an empty -journal (never hot: SQLite
    ignores it); opening the plan removes it, unless another connection holds the file."""
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, _seed_plan()).close()
    journal = tmp_path / "plan.winbook-journal"
    journal.touch()
    with contextlib.closing(sqlite3.connect(path)) as other:
        other.execute("BEGIN EXCLUSIVE")  # a live writer: its journal is not ours to remove
        with contextlib.suppress(PlanFileError):  # busy: the other writer holds it
            PlanFile.open(path).close()
        assert journal.exists()
        other.execute("ROLLBACK")
    journal.touch()
    with PlanFile.open(path) as doc:
        assert doc.load().meta.title == "seed"
    assert not journal.exists()
