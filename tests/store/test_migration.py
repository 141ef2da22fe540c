"""Schema versions: a version-1 file built by hand, and the upgrade path to a later version.

Version 1 is the first schema. To prove the mechanism a later version will use (one entry
appended to MIGRATIONS), the tests add a version 2 of their own and open real older files.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from tests.files import sha256
from winbook.domain.model import Plan
from winbook.errors import PlanFileError
from winbook.store import schema
from winbook.store.document import PlanFile, read_plan_file

APP_ID = int.from_bytes(b"WnBk", "big")


def build_v1_by_hand(path: Path) -> None:
    """A version-1 file written with plain SQL, as Winbook 0.1 lays it out (docs/plan-format.md)."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("BEGIN")
        conn.execute(f"PRAGMA application_id = {APP_ID}")
        conn.execute("PRAGMA user_version = 1")
        conn.execute("CREATE TABLE file_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("CREATE TABLE plan_part (name TEXT PRIMARY KEY, data TEXT NOT NULL)")
        conn.execute(
            "CREATE TABLE plan_item (part TEXT NOT NULL, position INTEGER NOT NULL "
            "CHECK (position >= 0), data TEXT NOT NULL, PRIMARY KEY (part, position))"
        )
        conn.execute("INSERT INTO file_meta VALUES ('modified', '2025-01-02T03:04:05+00:00')")
        conn.execute(
            "INSERT INTO plan_part VALUES ('race', ?)",
            (json.dumps({"office": "County Clerk", "seats": 1, "level": "county_clerk"}),),
        )
        conn.execute(
            "INSERT INTO plan_part VALUES ('meta', ?)", (json.dumps({"title": "Hand-made"}),)
        )
        for position, (desc, amount) in enumerate([("Yard signs", "420.00"), ("Mail", "1.5")]):
            conn.execute(
                "INSERT INTO plan_item VALUES ('expenses', ?, ?)",
                (position, json.dumps({"description": desc, "amount": amount, "month": "2025-09"})),
            )
        conn.execute("COMMIT")


def test_hand_built_v1_file_opens(tmp_path: Path) -> None:
    path = tmp_path / "v1.winbook"
    build_v1_by_hand(path)
    plan = read_plan_file(path)
    assert plan.meta.title == "Hand-made"
    assert plan.race.office == "County Clerk"
    assert [(e.description, str(e.amount)) for e in plan.expenses] == [
        ("Yard signs", "420.00"),
        ("Mail", "1.5"),
    ]
    assert plan.candidate == Plan().candidate  # parts the file lacks take their defaults
    with PlanFile.open(path) as doc:
        assert doc.load() == plan
        modified = doc.modified
        assert modified is not None and modified.year == 2025


def _v2(conn: sqlite3.Connection) -> None:
    """A sample version 2: a new table of titles, and expense descriptions in capitals.

    Like every migration it also runs on the empty tables of a file being created.
    """
    conn.execute("CREATE TABLE titles (title TEXT)")
    for (meta,) in conn.execute("SELECT data FROM plan_part WHERE name = 'meta'").fetchall():
        conn.execute("INSERT INTO titles VALUES (?)", (json.loads(meta)["title"],))
    rows = conn.execute("SELECT position, data FROM plan_item WHERE part = 'expenses'").fetchall()
    for position, data in rows:
        item = json.loads(data)
        item["description"] = item["description"].upper()
        conn.execute(
            "UPDATE plan_item SET data = ? WHERE part = 'expenses' AND position = ?",
            (json.dumps(item), position),
        )


def _broken_v2(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE titles (title TEXT)")
    conn.execute("DELETE FROM plan_item")
    raise KeyError("a field the upgrade needed")


def _raw_version(path: Path) -> tuple[int, int]:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return (
            conn.execute("PRAGMA user_version").fetchone()[0],
            conn.execute("PRAGMA application_id").fetchone()[0],
        )


def test_open_upgrades_a_v1_file_to_v2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v1.winbook"
    build_v1_by_hand(path)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, _v2])
    assert schema.current_version() == 2

    before = sha256(path)
    plan = read_plan_file(path)  # reading alone upgrades in memory, never the file
    assert [e.description for e in plan.expenses] == ["YARD SIGNS", "MAIL"]
    assert sha256(path) == before and _raw_version(path) == (1, APP_ID)

    with PlanFile.open(path) as doc:
        assert _raw_version(path) == (2, APP_ID)
        assert [e.description for e in doc.load().expenses] == ["YARD SIGNS", "MAIL"]
        doc.write(doc.load(), ["meta"])
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT title FROM titles").fetchall() == [("Hand-made",)]
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    with PlanFile.open(path) as doc:  # already current: opened as is
        assert [e.description for e in doc.load().expenses] == ["YARD SIGNS", "MAIL"]


def test_new_files_get_the_latest_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, _v2])
    path = tmp_path / "new.winbook"
    PlanFile.create(path, Plan()).close()
    assert _raw_version(path) == (2, APP_ID)


def test_a_failing_upgrade_leaves_the_file_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v1.winbook"
    build_v1_by_hand(path)
    before = sha256(path)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, _broken_v2])
    for read in (PlanFile.open, read_plan_file):
        with pytest.raises(
            PlanFileError,
            match=r"could not be upgraded from file version 1 to 2, so it was left unchanged\.$",
        ):
            read(path)
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v1.winbook"]


def test_a_file_from_the_newer_version_is_refused_by_the_older(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v2.winbook"
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, _v2])
        PlanFile.create(path, Plan()).close()
    assert schema.current_version() == 1
    before = sha256(path)
    with pytest.raises(PlanFileError, match=r"newer version of Winbook \(file version 2; this"):
        PlanFile.open(path)
    assert sha256(path) == before
