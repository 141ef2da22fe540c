"""Values no plan should hold, in JSON and in stored rows: one sentence each, or a visible repair.

Lone surrogates (text that is not valid Unicode) are stored and written as U+FFFD and never
make a plan unsavable; numbers past 4,300 digits, numbers past the documented range and
100,000-deep nesting are refused with one sentence; WAL-mode files are read without leaving
``-wal``/``-shm`` files behind.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import winbook
from tests.files import sha256
from tests.plans import hand_plan
from winbook.domain.model import Plan
from winbook.errors import PlanFileError
from winbook.store.codec import valid_text
from winbook.store.document import PlanFile, read_plan_file
from winbook.store.files import convert, load_plan, save_plan

LONE = "\ud800"
FFFD = "\N{REPLACEMENT CHARACTER}"


def _envelope(plan: str) -> str:
    return '{"format": "winbook-plan", "version": 1, "plan": ' + plan + "}"


def _sql(path: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for statement in statements:
            conn.execute(statement)


# --------------------------------------------------------------------------- lone surrogates


def test_valid_text_replaces_lone_surrogates_and_joins_pairs() -> None:
    assert valid_text("Ana" + LONE + "x") == ("Ana" + FFFD + "x", 1)
    assert valid_text("\udcff" + LONE) == (FFFD + FFFD, 2)
    assert valid_text("\ud83d\ude00") == ("\N{GRINNING FACE}", 0)  # a split pair, rejoined
    assert valid_text("Nguyễn " + FFFD) == ("Nguyễn " + FFFD, 0)


def test_a_lone_surrogate_never_makes_a_write_fail(tmp_path: Path) -> None:
    """The name with a lone surrogate and the seats edit of the same write are both kept."""
    path = tmp_path / "plan.winbook"
    with PlanFile.create(path, Plan()) as doc:
        plan = doc.load()
        plan.candidate.full_name = "Ana" + LONE
        plan.race.seats = 3
        doc.write(plan, ["candidate", "race"])
        assert doc.repair_note.startswith("1 character that is not valid Unicode")
        assert FFFD in doc.repair_note
        plan.race.seats = 4
        doc.write(plan, ["race"])
        assert doc.repair_note == ""
    stored = read_plan_file(path)
    assert stored.candidate.full_name == "Ana" + FFFD
    assert stored.race.seats == 4


def test_convert_with_lone_surrogates_both_ways(tmp_path: Path) -> None:
    src = tmp_path / "in.json"
    src.write_text(_envelope('{"candidate": {"full_name": "Kim\\ud800 Lee"}}'), encoding="utf-8")
    convert(src, tmp_path / "out.winbook")
    assert read_plan_file(tmp_path / "out.winbook").candidate.full_name == "Kim" + FFFD + " Lee"
    plan = Plan()
    plan.meta.title = LONE + "title"
    save_plan(plan, tmp_path / "direct.json")  # a plan in memory holding one, written as JSON
    assert load_plan(tmp_path / "direct.json").meta.title == FFFD + "title"


def test_invalid_utf8_in_a_stored_row_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, Plan()).close()
    _sql(
        path,
        "UPDATE plan_part SET data = CAST(X'7B227469746C65223A2241FF42227D' AS TEXT) "
        "WHERE name = 'meta'",  # {"title":"A\xffB"}
    )
    assert read_plan_file(path).meta.title == "A" + FFFD + "B"


# --------------------------------------------------------------------------- numbers, nesting

HUGE = "9" * 5000


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('{"race": {"seats": ' + HUGE + "}}", r"holds a number of more than 4,300 digits"),
        ('{"race": {"seats": 10000000000000000000}}', r"race\.seats should be a whole number"),
        ('{"meta": ' + "[" * 100_000 + "]" * 100_000 + "}", r"is nested too deeply"),
    ],
)
def test_json_numbers_and_nesting_are_one_sentence(body: str, message: str, tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(_envelope(body), encoding="utf-8")
    with pytest.raises(PlanFileError, match=message) as caught:
        load_plan(path)
    assert "\n" not in str(caught.value) and str(caught.value).endswith(".")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ('{"seats": ' + HUGE + "}", r"race entry holds a number of more than 4,300 digits"),
        ('{"seats": -1000000000000000}', r"race\.seats should be a whole number between"),
        ("[" * 100_000 + "]" * 100_000, r"race entry is nested too deeply"),
    ],
)
def test_stored_numbers_and_nesting_are_one_sentence(
    data: str, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, Plan()).close()
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("INSERT OR REPLACE INTO plan_part VALUES ('race', ?)", (data,))
    before = sha256(path)
    for read in (read_plan_file, lambda p: PlanFile.open(p).load()):
        with pytest.raises(PlanFileError, match=message) as caught:
            read(path)
        assert "\n" not in str(caught.value) and str(path) in str(caught.value)
    assert sha256(path) == before


# --------------------------------------------------------------------------- WAL-mode files


def _to_wal(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_reading_a_wal_file_leaves_nothing_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, hand_plan()).close()
    _to_wal(path)
    before = sha256(path)
    assert _names(tmp_path) == ["plan.winbook"]
    assert read_plan_file(path) == hand_plan()
    assert load_plan(path) == hand_plan()
    convert(path, tmp_path / "copy.json")
    assert _names(tmp_path) == ["copy.json", "plan.winbook"]
    assert sha256(path) == before


WAL_WRITER = textwrap.dedent("""
    import os, sqlite3, sys
    c = sqlite3.connect(sys.argv[1], isolation_level=None)
    c.execute("PRAGMA wal_autocheckpoint = 0")
    c.execute("UPDATE plan_part SET data = '{\\"title\\": \\"from the wal\\"}' WHERE name = 'meta'")
    os._exit(0)  # killed: the change lives only in plan.winbook-wal
""")


def test_a_wal_file_with_committed_changes_in_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, hand_plan()).close()
    _to_wal(path)
    env = {**os.environ, "PYTHONPATH": str(Path(winbook.__file__).resolve().parents[1])}
    subprocess.run([sys.executable, "-c", WAL_WRITER, str(path)], check=True, env=env)
    assert (tmp_path / "plan.winbook-wal").stat().st_size > 0
    before = {name: sha256(tmp_path / name) for name in _names(tmp_path)}
    assert read_plan_file(path).meta.title == "from the wal"
    assert {name: sha256(tmp_path / name) for name in _names(tmp_path)} == before
    with PlanFile.open(path) as doc:  # opened for editing: the user's file becomes one file
        assert doc.load().meta.title == "from the wal"
    assert _names(tmp_path) == ["plan.winbook"]
    with open(path, "rb") as fh:
        header = fh.read(20)
    assert header[18:20] == b"\x01\x01"  # rollback journal again


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '{"candidate": {"run_number": "fifth"}}',
            "plan.candidate.run_number should be one of first, second, third or fourth_or_later.",
        ),
        ('{"race": {"election_date": "3000-13-01"}}', "should be a date such as 2026-11-03."),
        ('{"sessions": [{"when": "soon"}]}', "should be a date and time such as 2026-11-03T"),
    ],
)
def test_messages_name_no_python_types(body: str, expected: str, tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(_envelope(body), encoding="utf-8")
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    assert expected in str(caught.value)
    assert not any(name in str(caught.value) for name in ("RunNumber", "date'", "datetime"))


def test_convert_names_the_repaired_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from winbook.cli import main

    src = tmp_path / "in.json"
    body = '{"candidate": {"full_name": "A\\ud800"}, "meta": {"title": "\\udfff"}}'
    src.write_text(_envelope(body), encoding="utf-8")
    assert main(["convert", str(src), str(tmp_path / "out.json")]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines()[1] == (
        "Text in 2 fields (plan.meta.title, plan.candidate.full_name) was not valid Unicode; "
        f"the bad characters were replaced with {FFFD}, so check that text."
    )
    clean = tmp_path / "clean.json"
    clean.write_text(_envelope('{"meta": {"title": "fine"}}'), encoding="utf-8")
    assert convert(clean, tmp_path / "clean.winbook") == []
