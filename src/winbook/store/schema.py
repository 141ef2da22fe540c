"""The `.winbook` file's schema: the application id, the schema version, which parts are lists,
the tables each version must hold, the migrations from one version to the next (entry `i` of
`MIGRATIONS` upgrades a file from version `i` to `i + 1`), and the one-sentence errors for a
file that is not a plan, is damaged, busy, from a newer Winbook, or cannot be written.
"""

from __future__ import annotations

import sqlite3
import typing
from collections.abc import Callable
from pathlib import Path

# Any: get_type_hints returns Any values
from typing import Any, Final

from winbook import __version__
from winbook.domain.model import PLAN_PARTS, Plan
from winbook.errors import PlanFileError
from winbook.store import hardening

#: ``PRAGMA application_id`` of every Winbook file: the bytes "WnBk".
APPLICATION_ID: Final = 0x576E426B


#: The schema version this Winbook writes (``PRAGMA user_version``); equals len(MIGRATIONS).
SCHEMA_VERSION: Final = 1


SQLITE_MAGIC: Final = b"SQLite format 3\x00"


_HEADER_SIZE: Final = 100


_BUSY_MS: Final = 5000


_WRITER: Final = f"winbook {__version__}"


_PLAN_HINTS: Final[dict[str, Any]] = typing.get_type_hints(Plan)


#: Parts stored one row per item (the list-valued attributes of `Plan`).
LIST_PARTS: Final[tuple[str, ...]] = tuple(
    p for p in PLAN_PARTS if typing.get_origin(_PLAN_HINTS[p]) is list
)


#: Parts stored as one JSON row each.
OBJECT_PARTS: Final[tuple[str, ...]] = tuple(p for p in PLAN_PARTS if p not in LIST_PARTS)


Migration = Callable[[sqlite3.Connection], None]


_V1_TABLES: Final = (
    "CREATE TABLE file_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE plan_part (name TEXT PRIMARY KEY, data TEXT NOT NULL)",
    "CREATE TABLE plan_item ("
    " part TEXT NOT NULL,"
    " position INTEGER NOT NULL CHECK (position >= 0),"
    " data TEXT NOT NULL,"
    " PRIMARY KEY (part, position))",
)


#: Tables (and their columns) the current schema needs; checked when a file is opened.
REQUIRED_TABLES: Final[dict[str, frozenset[str]]] = {
    "file_meta": frozenset({"key", "value"}),
    "plan_part": frozenset({"name", "data"}),
    "plan_item": frozenset({"part", "position", "data"}),
}


def _migrate_0_to_1(conn: sqlite3.Connection) -> None:
    """Version 1, the first schema, built in an empty database."""
    for statement in _V1_TABLES:
        conn.execute(statement)


#: ``MIGRATIONS[i]`` takes a file from schema version ``i`` to ``i + 1``, inside the caller's
#: transaction. To add version 2: append ``_migrate_1_to_2`` and raise SCHEMA_VERSION.
#: A new file is built by running them all on an empty database before the plan is stored,
#: so each must also work on empty tables.
MIGRATIONS: list[Migration] = [_migrate_0_to_1]


assert len(MIGRATIONS) == SCHEMA_VERSION


def current_version() -> int:
    """The schema version this Winbook reads and writes."""
    return len(MIGRATIONS)


def _run_migrations(conn: sqlite3.Connection, start: int) -> None:
    """Apply ``MIGRATIONS[start:]`` and record the new version (inside the caller's transaction)."""
    target = current_version()
    for step in MIGRATIONS[start:target]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {int(target)}")


def _migrate(conn: sqlite3.Connection, start: int, path: Path) -> None:
    """Run every migration from ``start`` in ONE transaction (all or nothing)."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            _run_migrations(conn, start)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise _busy_error(path) from exc
        raise _upgrade_error(path, start) from exc
    except Exception as exc:
        raise _upgrade_error(path, start) from exc


def _upgrade_error(path: Path, start: int) -> PlanFileError:
    return PlanFileError(
        f"{path} could not be upgraded from file version {start} to {current_version()}, "
        "so it was left unchanged."
    )


def _expected_schema(version: int) -> set[hardening.SchemaRow]:
    """The schema Winbook writes for file version ``version``."""
    return hardening.expected_schema(MIGRATIONS[:version])


def _check_tables(conn: sqlite3.Connection, path: Path) -> None:
    for table, columns in REQUIRED_TABLES.items():
        found = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if not columns <= found:
            raise _damaged(path, "its tables are incomplete")


# --------------------------------------------------------------------------- errors


def _damaged(path: Path, detail: str) -> PlanFileError:
    return PlanFileError(
        f"{path} is damaged ({detail}) and cannot be opened; open a backup copy instead."
    )


def _not_a_plan(path: Path) -> PlanFileError:
    return PlanFileError(f"{path} is not a Winbook plan file.")


def _newer(path: Path, version: int) -> PlanFileError:
    return PlanFileError(
        f"{path} was saved by a newer version of Winbook (file version {version}; this one "
        f"reads up to {current_version()}), so update Winbook to open it."
    )


def _code(exc: sqlite3.Error) -> int:
    """The primary SQLite result code of ``exc`` (0 when unknown)."""
    return int(getattr(exc, "sqlite_errorcode", 0)) & 0xFF


def _is_busy(exc: sqlite3.Error) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED: another connection holds the file."""
    return _code(exc) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _busy_error(path: Path) -> PlanFileError:
    return PlanFileError(
        f"{path} is being changed by another program; close it there and try again."
    )


def _write_error(path: Path, exc: sqlite3.Error) -> PlanFileError:
    code = _code(exc)
    if _is_busy(exc):
        return _busy_error(path)
    if hardening.is_interrupted(exc):
        return PlanFileError(
            f"Saving to {path} took longer than {hardening.TIME_LIMIT_S:g} seconds and was "
            "stopped, so the last change was not saved; save a copy under a new name."
        )
    if code == sqlite3.SQLITE_FULL:
        return PlanFileError(f"The disk holding {path} is full, so the last change was not saved.")
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN):
        return PlanFileError(f"{path} cannot be written to, so the last change was not saved.")
    return PlanFileError(
        f"Winbook could not save to {path} (SQLite says: {str(exc).rstrip('.')}), so the last "
        "change was not saved; save a copy under a new name."
    )
