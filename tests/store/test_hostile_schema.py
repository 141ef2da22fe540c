"""A `.winbook` file with database objects of its own: refused before any of them can run.

Each hostile file is built here with plain sqlite3, the way someone sending a plan could.
Every reader (the window's `PlanFile.open`, `read_plan_file`, `load_plan`) refuses it with one
sentence and leaves it byte-for-byte untouched; `convert` makes a clean copy when the plan's
own tables are intact.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.files import sha256
from tests.plans import hand_plan
from winbook.domain.model import Plan
from winbook.errors import PlanFileError
from winbook.store import hardening
from winbook.store.document import PlanFile, read_plan_file
from winbook.store.files import convert, load_plan

REFUSED = r"contains database objects Winbook did not write .*winbook convert"


def _winbook(path: Path, plan: Plan | None = None) -> Path:
    PlanFile.create(path, plan or hand_plan()).close()
    return path


def _sql(path: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for statement in statements:
            conn.execute(statement)


def recursive_view(path: Path) -> None:
    """plan_part replaced by a view that never ends: every reader of it would hang."""
    _winbook(path)
    _sql(
        path,
        "ALTER TABLE plan_part RENAME TO real_part",
        "CREATE VIEW plan_part AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
        "FROM n) SELECT 'meta' AS name, '{}' AS data FROM n",
    )


def heavy_view(path: Path) -> None:
    _winbook(path)
    _sql(
        path,
        "CREATE VIEW slow AS SELECT count(*) FROM plan_item a, plan_item b, plan_item c, "
        "plan_item d",
    )


def dropping_trigger(path: Path) -> None:
    """Every write reports success while the new rows are deleted again."""
    _winbook(path)
    _sql(
        path,
        "CREATE TRIGGER eat AFTER INSERT ON plan_item BEGIN "
        "DELETE FROM plan_item WHERE rowid = new.rowid; END",
    )


def copying_trigger(path: Path) -> None:
    """Every write of the candidate copies it (home address included) into a hidden table."""
    _winbook(path)
    _sql(
        path,
        "CREATE TABLE stolen (data TEXT)",
        "CREATE TRIGGER copy AFTER INSERT ON plan_part BEGIN "
        "INSERT INTO stolen VALUES (new.data); END",
        "INSERT INTO stolen SELECT data FROM plan_part WHERE name = 'candidate'",
    )


def extra_index(path: Path) -> None:
    _winbook(path)
    _sql(path, "CREATE INDEX by_data ON plan_item (data)")


def extra_table(path: Path) -> None:
    _winbook(path)
    _sql(path, "CREATE TABLE notes (text TEXT)")


def altered_table(path: Path) -> None:
    """plan_item rebuilt with an extra column and a CHECK that refuses every new row."""
    _winbook(path)
    _sql(
        path,
        "ALTER TABLE plan_item RENAME TO old_item",
        "CREATE TABLE plan_item (part TEXT NOT NULL, position INTEGER NOT NULL, "
        "data TEXT NOT NULL CHECK (length(data) < 0), spy TEXT, PRIMARY KEY (part, position))",
        "DROP TABLE old_item",
    )


HOSTILE: dict[str, Callable[[Path], None]] = {
    "recursive-view": recursive_view,
    "heavy-view": heavy_view,
    "dropping-trigger": dropping_trigger,
    "copying-trigger": copying_trigger,
    "extra-index": extra_index,
    "extra-table": extra_table,
    "altered-table": altered_table,
}


def _folder(path: Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in sorted(path.parent.iterdir())}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_schema_is_refused_untouched(case: str, tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    HOSTILE[case](path)
    before = _folder(path)
    for read in (PlanFile.open, read_plan_file, load_plan):
        with pytest.raises(PlanFileError, match=REFUSED) as caught:
            read(path)
        text = str(caught.value)
        assert "\n" not in text and text.endswith(".") and str(path) in text
        assert _folder(path) == before, f"{read} changed the folder"


@pytest.mark.parametrize(
    "case", ["heavy-view", "dropping-trigger", "copying-trigger", "extra-index", "extra-table"]
)
def test_convert_makes_a_clean_copy(case: str, tmp_path: Path) -> None:
    """The plan's own tables are intact: convert copies the plan and nothing else."""
    path = tmp_path / "plan.winbook"
    HOSTILE[case](path)
    before = sha256(path)
    clean = tmp_path / "clean.winbook"
    convert(path, clean)
    assert sha256(path) == before
    assert read_plan_file(clean) == hand_plan()
    with contextlib.closing(sqlite3.connect(clean)) as conn:
        names = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_schema"))
    assert names == [
        "file_meta",
        "plan_item",
        "plan_part",
        "sqlite_autoindex_file_meta_1",
        "sqlite_autoindex_plan_item_1",
        "sqlite_autoindex_plan_part_1",
    ]
    with PlanFile.open(clean) as doc:  # the copy opens for writing and keeps what is written
        plan = doc.load()
        plan.expenses = plan.expenses[:1]
        doc.write(plan)
    assert read_plan_file(clean).expenses == hand_plan().expenses[:1]


@pytest.mark.parametrize("case", ["recursive-view", "altered-table"])
def test_convert_refuses_when_the_plan_tables_are_not_winbooks(case: str, tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    HOSTILE[case](path)
    with pytest.raises(PlanFileError, match=REFUSED):
        convert(path, tmp_path / "clean.json")
    assert not (tmp_path / "clean.json").exists()


def test_an_older_file_built_by_hand_still_opens(tmp_path: Path) -> None:
    """The comparison ignores spacing and letter case of the SQL (Winbook 0.1 files vary)."""
    path = tmp_path / "plan.winbook"
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA application_id = 1466843755")
        conn.execute("PRAGMA user_version = 1")
        conn.execute("create table file_meta (key text primary key, value text not null)")
        conn.execute("CREATE TABLE plan_part (name TEXT PRIMARY KEY,data TEXT NOT NULL)")
        conn.execute(
            "CREATE TABLE plan_item (\n  part TEXT NOT NULL,\n  position INTEGER NOT NULL "
            "CHECK (position >= 0),\n  data TEXT NOT NULL,\n  PRIMARY KEY (part, position)\n)"
        )
    assert read_plan_file(path) == Plan()


def test_reads_are_time_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """A statement that would never end is stopped by the hardened connection's clock."""
    monkeypatch.setattr(hardening, "TIME_LIMIT_S", 0.2)
    with contextlib.closing(hardening.connect(":memory:")) as conn:
        conn.arm()
        with pytest.raises(sqlite3.OperationalError) as caught:
            conn.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                "SELECT count(*) FROM n"
            ).fetchone()
    assert hardening.is_interrupted(caught.value)
    message = str(hardening.too_slow(Path("plan.winbook")))
    assert message.startswith("plan.winbook took longer than 0.2 seconds to read, so Winbook")


def test_connections_do_not_trust_the_schema() -> None:
    with contextlib.closing(hardening.connect(":memory:")) as conn:
        assert conn.execute("PRAGMA trusted_schema").fetchone() == (0,)
        assert conn.execute("PRAGMA cell_size_check").fetchone() == (1,)
