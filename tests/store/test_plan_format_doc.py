"""docs/plan-format.md describes every field, every enumeration value and the real tables."""

from __future__ import annotations

import contextlib
import dataclasses
import re
import sqlite3
import typing
from enum import Enum
from pathlib import Path

from winbook.domain import model
from winbook.domain.model import Plan
from winbook.store.document import PlanFile

DOC = Path(__file__).resolve().parents[2] / "docs" / "plan-format.md"


def _classes() -> list[type]:
    found: list[type] = []

    def walk(cls: type) -> None:
        if cls in found:
            return
        found.append(cls)
        for hint in typing.get_type_hints(cls).values():
            for arg in (hint, *typing.get_args(hint)):
                for inner in (arg, *typing.get_args(arg)):
                    if isinstance(inner, type) and dataclasses.is_dataclass(inner):
                        walk(inner)

    walk(Plan)
    return found


def _table_fields(text: str, name: str) -> list[str]:
    section = text.split(f"### `{name}`\n", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"^\| `(\w+)` \|", section, flags=re.MULTILINE)


def test_every_field_is_documented_in_order() -> None:
    text = DOC.read_text(encoding="utf-8")
    for cls in _classes():
        assert _table_fields(text, cls.__name__) == [f.name for f in dataclasses.fields(cls)]


def test_every_enumeration_value_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    enums = {
        inner
        for cls in _classes()
        for hint in typing.get_type_hints(cls).values()
        for arg in (hint, *typing.get_args(hint))
        for inner in (arg, *typing.get_args(arg))
        if isinstance(inner, type) and issubclass(inner, Enum)
    }
    assert model.Level in enums and model.ExpenseCategory in enums
    for enum in enums:
        row = re.search(rf"^\| `{enum.__name__}` \| (.*) \|$", text, flags=re.MULTILINE)
        assert row, enum.__name__
        assert re.findall(r"`(\w+)`", row.group(1)) == [m.value for m in enum]


def _schema(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str, int, int]]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
    return {
        t: [(r[1], r[2], r[3], r[5]) for r in conn.execute(f"PRAGMA table_info({t})")]
        for t in sorted(tables)
    }


def test_documented_sql_is_the_real_schema(tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    (sql,) = re.findall(r"```sql\n(.*?)```", text, flags=re.DOTALL)
    with contextlib.closing(sqlite3.connect(":memory:")) as documented:
        documented.executescript(sql)
        expected = _schema(documented)
    path = tmp_path / "p.winbook"
    PlanFile.create(path, Plan()).close()
    with contextlib.closing(sqlite3.connect(path)) as real:
        assert _schema(real) == expected
        (app_id,) = real.execute("PRAGMA application_id").fetchone()
    assert f"`{app_id}`" in text and f"`{app_id:#X}`".replace("0X", "0x") in text
