"""The .winbook file: round trips, the SQLite layout, single-part writes, save_as."""

from __future__ import annotations

import contextlib
import copy
import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.files import sha256
from winbook.domain.model import PLAN_PARTS, ExpenseLine, Plan
from winbook.errors import PlanFileError
from winbook.store import document
from winbook.store.document import PlanFile, read_plan_file

# "WnBk" as a big-endian 32-bit number, worked out independently of the code:
# W=0x57 n=0x6E B=0x42 k=0x6B -> 0x576E426B = 1466843755
WINBOOK_APP_ID = 1466843755
OBJECT_PARTS = {"meta", "candidate", "filing", "race", "turnout", "win", "path"}
OBJECT_PARTS |= {"fundraising", "disclosure", "targeting", "contributions"}
LIST_PARTS = {"history", "expenses", "income", "race_costs", "sections", "values"}
LIST_PARTS |= {"timeline", "checklist", "coach_notes", "sessions"}


def raw(path: Path, sql: str, *args: Any) -> list[Any]:
    """Read the file with plain sqlite3 (read-only), independent of the store code."""
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute(sql, args).fetchall()


def test_part_names_cover_the_model() -> None:
    assert set(PLAN_PARTS) == OBJECT_PARTS | LIST_PARTS
    assert not OBJECT_PARTS & LIST_PARTS


def test_dense_plan_sets_every_field(
    dense_plan: Plan, left_at_default: Callable[[Any], list[str]]
) -> None:
    assert left_at_default(dense_plan) == []


@pytest.mark.parametrize("which", ["full_plan", "dense_plan"])
def test_round_trip(which: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    plan: Plan = request.getfixturevalue(which)
    original = copy.deepcopy(plan)
    path = tmp_path / "plan.winbook"
    with PlanFile.create(path, plan) as doc:
        assert doc.load() == original
    with PlanFile.open(path) as doc:
        assert doc.load() == original
    assert read_plan_file(path) == original
    assert plan == original  # the caller's plan is not changed


def test_exact_amounts_unicode_and_dates_survive(full_plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, full_plan).close()
    loaded = read_plan_file(path)
    assert [str(e.amount) for e in loaded.expenses] == ["1234.50", "0.10", "250"]
    assert loaded.candidate.full_name == "Nguyễn Thị Đặng"
    assert loaded.candidate.bio.endswith("🚌")
    assert loaded.sessions[0].when is not None
    assert loaded.sessions[0].when.utcoffset() is not None
    assert loaded.sessions[0].when.utcoffset().total_seconds() == -5 * 3600  # type: ignore[union-attr]


def test_sqlite_layout(full_plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, full_plan).close()
    assert raw(path, "PRAGMA application_id") == [(WINBOOK_APP_ID,)]
    assert raw(path, "PRAGMA user_version") == [(1,)]
    assert raw(path, "PRAGMA journal_mode") == [("delete",)]
    assert path.read_bytes()[68:72] == b"WnBk"
    names = {n for (n,) in raw(path, "SELECT name FROM plan_part")}
    assert names == OBJECT_PARTS
    counts = dict(raw(path, "SELECT part, count(*) FROM plan_item GROUP BY part"))
    # hand_plan: 2 elections, 3 expenses, 1 income, 1 cost, 2 sections, 1 value, 1 event,
    # 1 checklist item, 1 coach note, 1 session
    assert counts == {
        "history": 2,
        "expenses": 3,
        "income": 1,
        "race_costs": 1,
        "sections": 2,
        "values": 1,
        "timeline": 1,
        "checklist": 1,
        "coach_notes": 1,
        "sessions": 1,
    }
    positions = raw(path, "SELECT position FROM plan_item WHERE part='expenses' ORDER BY 1")
    assert positions == [(0,), (1,), (2,)]
    (data,) = raw(path, "SELECT data FROM plan_item WHERE part='expenses' AND position=1")[0]
    assert json.loads(data)["amount"] == "0.10"
    (race,) = raw(path, "SELECT data FROM plan_part WHERE name='race'")[0]
    assert json.loads(race)["seats"] == 3
    meta = dict(raw(path, "SELECT key, value FROM file_meta"))
    assert {"created", "modified", "written_by"} <= set(meta)
    assert not (tmp_path / "plan.winbook-journal").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.winbook"]  # no temp left


def test_write_one_part_leaves_the_others(full_plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    with PlanFile.create(path, full_plan) as doc:
        edited = copy.deepcopy(full_plan)
        edited.expenses[1].amount = Decimal("42.00")
        edited.candidate.full_name = "Not written"
        doc.write(edited, ["expenses"])
        loaded = doc.load()
    assert loaded.expenses[1].amount == Decimal("42.00")
    assert loaded.candidate.full_name == "Nguyễn Thị Đặng"
    (data,) = raw(path, "SELECT data FROM plan_item WHERE part='expenses' AND position=1")[0]
    assert json.loads(data)["amount"] == "42.00"


def test_write_shrinks_and_grows_lists(full_plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    with PlanFile.create(path, full_plan) as doc:
        full_plan.expenses = full_plan.expenses[:1]
        full_plan.history = []
        doc.write(full_plan, ["expenses", "history"])
        assert raw(path, "SELECT count(*) FROM plan_item WHERE part='expenses'") == [(1,)]
        assert raw(path, "SELECT count(*) FROM plan_item WHERE part='history'") == [(0,)]
        full_plan.expenses += [ExpenseLine(description=f"n{i}") for i in range(5)]
        doc.write(full_plan, "expenses")  # a single name is accepted too
        assert doc.load() == full_plan
    assert raw(path, "SELECT max(position) FROM plan_item WHERE part='expenses'") == [(5,)]


def test_write_is_one_transaction(
    full_plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that fails half-way (after the first part is stored) leaves every part as it was."""
    path = tmp_path / "plan.winbook"
    with PlanFile.create(path, full_plan) as doc:
        before = sha256(path)
        edited = copy.deepcopy(full_plan)
        edited.meta.title = "changed"
        edited.expenses.append(ExpenseLine(description="new"))
        real_store = document._store
        stored: list[str] = []

        def store_then_fail(conn: sqlite3.Connection, name: str, encoded: Any) -> None:
            if stored:
                raise sqlite3.OperationalError("disk I/O error")
            real_store(conn, name, encoded)
            stored.append(name)

        monkeypatch.setattr(document, "_store", store_then_fail)
        with pytest.raises(
            PlanFileError, match=r"the last change was not saved; save a copy under a new name\.$"
        ):
            doc.write(edited, ["meta", "expenses"])
        assert stored == ["meta"]  # the first part had been written inside the transaction
        monkeypatch.undo()
        assert sha256(path) == before
        assert doc.load() == full_plan


def test_a_trigger_added_while_open_is_refused(full_plan: Plan, tmp_path: Path) -> None:
    """Another program adds a trigger to the open file: the next write changes nothing."""
    path = tmp_path / "plan.winbook"
    with PlanFile.create(path, full_plan) as doc:
        edited = copy.deepcopy(full_plan)
        edited.meta.title = "changed"
        with contextlib.closing(sqlite3.connect(path)) as other:
            other.execute(
                "CREATE TRIGGER eat AFTER INSERT ON plan_part BEGIN "
                "DELETE FROM plan_part WHERE name = new.name; END"
            )
            other.commit()
        blocked = sha256(path)
        with pytest.raises(PlanFileError, match=r"contains database objects Winbook did not"):
            doc.write(edited, ["meta"])
        assert sha256(path) == blocked


def test_unknown_part_is_a_programming_error(full_plan: Plan, tmp_path: Path) -> None:
    with (
        PlanFile.create(tmp_path / "p.winbook", full_plan) as doc,
        pytest.raises(ValueError, match="budget"),
    ):
        doc.write(full_plan, ["expenses", "budget"])


def test_modified_timestamp_moves(full_plan: Plan, tmp_path: Path) -> None:
    start = datetime.now(UTC)
    with PlanFile.create(tmp_path / "p.winbook", full_plan) as doc:
        first = doc.modified
        assert first is not None and start <= first <= datetime.now(UTC)
        doc.write(full_plan, ["meta"])
        second = doc.modified
        assert second is not None and second > first


def test_missing_parts_take_defaults(tmp_path: Path) -> None:
    path = tmp_path / "p.winbook"
    PlanFile.create(path, Plan()).close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("DELETE FROM plan_part WHERE name = 'race'")
        conn.execute("INSERT INTO plan_part VALUES ('from_the_future', '{}')")
        conn.commit()
    assert read_plan_file(path) == Plan()


def test_create_refuses_a_file_that_is_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "notes.winbook"
    path.write_text("my notes")
    with pytest.raises(PlanFileError, match="is not a Winbook plan, so Winbook will not replace"):
        PlanFile.create(path, Plan())
    assert path.read_text() == "my notes"
    with pytest.raises(PlanFileError, match="is a folder"):
        PlanFile.create(tmp_path, Plan())
    with pytest.raises(PlanFileError, match="does not exist"):
        PlanFile.create(tmp_path / "no" / "p.winbook", Plan())


def test_create_replaces_an_existing_plan(full_plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "p.winbook"
    PlanFile.create(path, full_plan).close()
    PlanFile.create(path, Plan()).close()
    assert read_plan_file(path) == Plan()
    (tmp_path / "empty.winbook").touch()
    PlanFile.create(tmp_path / "empty.winbook", full_plan).close()
    assert read_plan_file(tmp_path / "empty.winbook") == full_plan


def test_save_as_copies_and_stays_on_its_file(full_plan: Plan, tmp_path: Path) -> None:
    path, copy_path = tmp_path / "a.winbook", tmp_path / "sub dir é" / "b #1.winbook"
    copy_path.parent.mkdir()
    with PlanFile.create(path, full_plan) as doc:
        doc.save_as(copy_path)
        assert doc.path == path
        full_plan.meta.title = "only in a"
        doc.write(full_plan, ["meta"])
        doc.save_as(path)  # onto itself: nothing to do
        assert doc.load().meta.title == "only in a"
    assert raw(copy_path, "PRAGMA application_id") == [(WINBOOK_APP_ID,)]
    assert raw(copy_path, "PRAGMA user_version") == [(1,)]
    assert raw(copy_path, "PRAGMA integrity_check") == [("ok",)]
    copied = read_plan_file(copy_path)
    assert copied.meta.title == "Nguyễn Thị Đặng for Riverside School Board — 学校"
    assert copied.expenses == full_plan.expenses
    assert sorted(p.name for p in copy_path.parent.iterdir()) == ["b #1.winbook"]
    with PlanFile.open(copy_path) as other:
        other.write(full_plan, ["meta"])
    assert read_plan_file(copy_path).meta.title == "only in a"


def test_save_as_refuses_other_files(full_plan: Plan, tmp_path: Path) -> None:
    target = tmp_path / "photo.winbook"
    target.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    before = sha256(target)
    with (
        PlanFile.create(tmp_path / "a.winbook", full_plan) as doc,
        pytest.raises(PlanFileError, match="not a Winbook plan"),
    ):
        doc.save_as(target)
    assert sha256(target) == before


def test_closed_file(full_plan: Plan, tmp_path: Path) -> None:
    doc = PlanFile.create(tmp_path / "a.winbook", full_plan)
    doc.close()
    doc.close()
    assert doc.closed
    with pytest.raises(PlanFileError, match="has been closed"):
        doc.load()
    with pytest.raises(PlanFileError, match="has been closed"):
        doc.write(full_plan)
