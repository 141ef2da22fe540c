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
from winbook.store.document import PlanFile, read_plan_file
from winbook.store.files import load_plan

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
