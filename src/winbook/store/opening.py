"""Opening a `.winbook` file without trusting it: the header bytes, the size, a hot journal,
hardened read-only and read-write connections, and a WAL file read from a private copy.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from winbook import atomic, inputfile
from winbook.errors import PlanFileError
from winbook.store import hardening
from winbook.store.schema import (
    _BUSY_MS,
    _HEADER_SIZE,
    APPLICATION_ID,
    SQLITE_MAGIC,
    _busy_error,
    _check_tables,
    _code,
    _damaged,
    _expected_schema,
    _is_busy,
    _migrate,
    _newer,
    _not_a_plan,
    current_version,
)


def _read_head(path: Path) -> tuple[int, bytes]:
    """The size and first 100 bytes of ``path``; OS problems as one sentence.

    Only a regular file below `inputfile.MAX_INPUT_BYTES` is opened (never a pipe or device).
    """
    if path.is_dir():
        raise PlanFileError(f"{path} is a folder, not a Winbook plan.")
    with inputfile.open_input(path, PlanFileError) as fh:
        try:
            size = os.fstat(fh.fileno()).st_size
            return size, fh.read(_HEADER_SIZE)
        except OSError as exc:
            raise atomic.os_error(path, exc, "read", PlanFileError) from exc


def _u32(head: bytes, offset: int) -> int:
    return int.from_bytes(head[offset : offset + 4], "big")


def _check_head(path: Path, size: int, head: bytes, hot_journal: bool) -> int:
    """Validate the SQLite header without SQLite; returns the file's schema version."""
    if size == 0:
        raise PlanFileError(f"{path} is empty, so it is not a Winbook plan.")
    if len(head) < _HEADER_SIZE or not head.startswith(SQLITE_MAGIC):
        raise _not_a_plan(path)
    if _u32(head, 68) != APPLICATION_ID:
        raise PlanFileError(f"{path} is a database from another program, not a Winbook plan.")
    version = _u32(head, 60)
    if version > current_version():
        raise _newer(path, version)
    if version == 0:
        raise _damaged(path, "it holds no plan")
    raw_page = int.from_bytes(head[16:18], "big")
    page_size = 65536 if raw_page == 1 else raw_page
    if page_size < 512 or page_size & (page_size - 1):
        raise _damaged(path, "its header is corrupt")
    if not hot_journal:  # mid-transaction sizes are repaired by the journal
        _check_size(path, size, head, page_size)
    return version


def _check_size(path: Path, size: int, head: bytes, page_size: int) -> None:
    pages = _u32(head, 28)
    header_size_valid = pages > 0 and _u32(head, 24) == _u32(head, 92)
    if size % page_size or (header_size_valid and size < pages * page_size):
        raise _damaged(path, "it is cut short")


def _has_hot_journal(path: Path) -> bool:
    journal = atomic.journal_path(path)
    try:
        return journal.is_file() and journal.stat().st_size > 0
    except OSError:
        return False


def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    """A hardened connection (`hardening.harden`): nothing in the file's schema is trusted."""
    conn = hardening.connect(_uri(path, mode), uri=True)
    try:
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_rw(path: Path) -> sqlite3.Connection:
    conn = _connect(path, "rw")
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        conn.execute("PRAGMA synchronous = EXTRA")
    except BaseException:
        conn.close()
        raise
    return conn


def _recover(path: Path) -> None:
    """Let SQLite roll back the unfinished transaction a crash left in the journal."""
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise PlanFileError(
            f"{path} was being saved when Winbook stopped and needs write access to recover."
        )
    try:
        with contextlib.closing(_connect_rw(path)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise _busy_error(path) from exc
        raise _damaged(path, "an interrupted save could not be undone") from exc
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, "an interrupted save could not be undone") from exc


def _sweep_empty_journal(path: Path) -> None:
    """Remove an empty ``-journal`` a writer killed as its transaction began left beside the
    plan. SQLite never rolls back from an empty journal, so it would stay in the user's folder;
    it is removed only under an exclusive lock, so it cannot be another writer's live one."""
    journal = atomic.journal_path(path)
    try:
        if not journal.is_file() or journal.stat().st_size or not os.access(path.parent, os.W_OK):
            return
    except OSError:
        return
    try:
        with contextlib.closing(_connect_rw(path)) as conn:
            conn.execute("PRAGMA busy_timeout = 0")
            conn.execute("BEGIN EXCLUSIVE")  # fails while another writer holds the file
            try:
                with contextlib.suppress(OSError):
                    if journal.stat().st_size == 0:
                        journal.unlink()
            finally:
                conn.execute("ROLLBACK")
    except (sqlite3.Error, PlanFileError):  # busy or unreadable: opening says so next
        return


def _memory_copy(conn: sqlite3.Connection) -> sqlite3.Connection:
    mem = hardening.connect(":memory:")
    conn.backup(mem)
    return mem


def _validate_readonly(path: Path, version: int, salvage: bool = False) -> None:
    """Check the database through a read-only connection (the file cannot change).

    The schema is compared with Winbook's first (`hardening.check_schema`), before any query
    reads a table; ``salvage`` lets extra objects through (see there).
    """
    try:
        with contextlib.closing(_connect(path, "ro")) as conn:
            if hardening.check_schema(conn, path, _expected_schema(version), salvage):
                raise _damaged(path, "its tables are incomplete")
            rows = conn.execute("PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                raise _damaged(path, "some of its pages are corrupt")
            (app_id,) = conn.execute("PRAGMA application_id").fetchone()
            (found,) = conn.execute("PRAGMA user_version").fetchone()
            if app_id != APPLICATION_ID or found != version:
                raise _damaged(path, "its header is inconsistent")
            if version < current_version():  # try the upgrade on a copy in memory first
                with contextlib.closing(_memory_copy(conn)) as mem:
                    _migrate(mem, version, path)
                    _check_tables(mem, path)
            else:
                _check_tables(conn, path)
    except sqlite3.Error as exc:
        raise _read_error(path, exc) from exc


def _read_error(path: Path, exc: sqlite3.Error) -> PlanFileError:
    if _is_busy(exc):
        return _busy_error(path)
    if hardening.is_interrupted(exc):
        return hardening.too_slow(path)
    if _code(exc) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return _damaged(path, "some of its pages are corrupt")
    return _damaged(path, "SQLite cannot read it")


def _preflight(path: Path, salvage: bool = False) -> int:
    """Everything `open` checks before writing is allowed; returns the schema version."""
    size, head = _read_head(path)
    hot = _has_hot_journal(path)
    version = _check_head(path, size, head, hot)
    if hot:
        _recover(path)
        size, head = _read_head(path)
        version = _check_head(path, size, head, hot_journal=False)
    else:
        _sweep_empty_journal(path)
    _validate_readonly(path, version, salvage)
    return version


def _is_wal(head: bytes) -> bool:
    """True when the header says the file is in WAL mode (Winbook never writes one)."""
    return len(head) >= 20 and 2 in (head[18], head[19])


@contextlib.contextmanager
def _private_copy(path: Path) -> Iterator[Path]:
    """A copy of ``path`` and its ``-wal`` in a private temporary folder, removed afterwards.

    Reading a WAL-mode file in place makes SQLite create ``-wal`` and ``-shm`` files beside
    it; reading the copy leaves the user's folder as it was.
    """
    with atomic.private_folder() as folder:
        copy = folder / "plan.winbook"
        wal = path.with_name(path.name + "-wal")
        try:
            copy.write_bytes(inputfile.read_input(path, PlanFileError))
            if wal.exists():
                wal_copy = copy.with_name(copy.name + "-wal")
                wal_copy.write_bytes(inputfile.read_input(wal, PlanFileError))
        except OSError as exc:
            raise atomic.os_error(folder, exc, "write in", PlanFileError) from exc
        yield copy


@contextlib.contextmanager
def _named_as(copy: Path, source: Path) -> Iterator[None]:
    """Errors about the private ``copy`` name the user's ``source`` instead."""
    try:
        yield
    except PlanFileError as exc:
        raise type(exc)(str(exc).replace(str(copy), str(source))) from exc


def is_winbook_file(path: Path) -> bool:
    """True if ``path`` starts like a Winbook plan (header only; any version)."""
    try:
        with inputfile.open_input(path, PlanFileError) as fh:
            head = fh.read(_HEADER_SIZE)
    except (OSError, PlanFileError):
        return False
    return (
        head.startswith(SQLITE_MAGIC)
        and len(head) == _HEADER_SIZE
        and (_u32(head, 68) == APPLICATION_ID)
    )


def _check_target(path: Path) -> None:
    """Refuse to replace a folder or an existing file that is not a Winbook plan."""
    if path.is_dir():
        raise PlanFileError(f"{path} is a folder; give a file name for the plan.")
    if not path.parent.is_dir():
        raise PlanFileError(f"The folder {path.parent} does not exist.")
    try:
        exists_non_empty = path.exists() and path.stat().st_size > 0
        special = path.exists() and not path.is_file()
    except OSError as exc:
        raise atomic.os_error(path, exc, "replace", PlanFileError) from exc
    if special:
        raise PlanFileError(
            f"{path} is not a regular file, so Winbook will not replace it; choose another name."
        )
    if exists_non_empty and not is_winbook_file(path):
        raise PlanFileError(
            f"{path} already exists and is not a Winbook plan, so Winbook will not replace it."
        )
