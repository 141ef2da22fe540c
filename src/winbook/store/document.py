"""The `.winbook` document file: one SQLite database per plan.

Layout (schema version 1; see docs/plan-format.md):

- ``plan_part(name, data)``: one row per single-object part of the plan (meta, candidate,
  filing, race, turnout, win, path, fundraising, disclosure), ``data`` = the part as JSON;
- ``plan_item(part, position, data)``: one row per item of a list part (history, expenses,
  income, race_costs, sections, values, timeline, checklist, coach_notes, sessions);
- ``file_meta(key, value)``: ``created``, ``modified`` (UTC ISO timestamps), ``written_by``.

``PRAGMA application_id`` marks the file as Winbook's and ``PRAGMA user_version`` holds the
schema version. `MIGRATIONS[i]` upgrades a file from version ``i`` to ``i + 1`` (entry 0 builds
the first schema in an empty database), so a new version is one list entry and one function.

Every `PlanFile.write` is one committed transaction (rollback journal, ``journal_mode=DELETE``,
so the plan stays one file; ``synchronous=EXTRA`` = FULL plus a sync of the folder after the
journal is deleted, so a commit also survives a power cut). Killing the process at any moment
leaves the last committed state; SQLite rolls back an unfinished transaction on the next open.

A file that is not a plan, is damaged or comes from a newer Winbook is rejected with one
sentence *before it is opened for writing*: the header bytes are checked first, then the
database is checked through a read-only connection; the file is left byte-for-byte untouched.

Nothing in a file is trusted (docs/security.md): only regular files below 500 MB are read
(`winbook.inputfile`), every connection is hardened and time-bound, and a schema holding
anything Winbook did not write (views, triggers, indexes, tables) is refused before any
query reads a table (`winbook.store.hardening`); a WAL-mode file is read from a private copy.
Two writers never overwrite each other: ``file_meta.writes`` counts the writes and is
checked inside each write's transaction (`PlanChangedError`).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import typing
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

# Any: decoded parts take each part's own type (see the comments below)
from typing import Any, Final

from winbook import atomic
from winbook.domain.model import PLAN_PARTS, Plan
from winbook.domain.rows import without_blanks
from winbook.errors import PlanChangedError, PlanFileError
from winbook.store import hardening
from winbook.store.codec import from_json, parse_json, repaired_sentence, to_json, valid_text
from winbook.store.opening import (
    _check_target,
    _connect,
    _connect_rw,
    _is_wal,
    _memory_copy,
    _named_as,
    _preflight,
    _private_copy,
    _read_error,
    _read_head,
)
from winbook.store.schema import (
    _PLAN_HINTS,
    _WRITER,
    APPLICATION_ID,
    LIST_PARTS,
    OBJECT_PARTS,
    _damaged,
    _expected_schema,
    _migrate,
    _run_migrations,
    _write_error,
    current_version,
)


class _Encoder:
    """Plan parts as the JSON text stored in rows; counts the lone surrogates it replaced."""

    def __init__(self) -> None:
        self.replaced = 0

    def dump(self, value: object) -> str:
        text, count = valid_text(
            json.dumps(to_json(value), ensure_ascii=False, separators=(",", ":"))
        )
        self.replaced += count
        return text

    def encode(self, plan: Plan, name: str) -> str | list[str]:
        value = without_blanks(getattr(plan, name))  # a row nobody typed into is not saved
        if name in LIST_PARTS:
            return [self.dump(item) for item in value]
        return self.dump(value)

    def parts(self, plan: Plan, names: Iterable[str]) -> dict[str, str | list[str]]:
        return {name: self.encode(plan, name) for name in names}


def _store(conn: sqlite3.Connection, name: str, encoded: str | list[str]) -> None:
    if isinstance(encoded, str):
        conn.execute("INSERT OR REPLACE INTO plan_part (name, data) VALUES (?, ?)", (name, encoded))
        return
    old = dict(conn.execute("SELECT position, data FROM plan_item WHERE part = ?", (name,)))
    changed = [(name, i, text) for i, text in enumerate(encoded) if old.get(i) != text]
    conn.executemany(
        "INSERT OR REPLACE INTO plan_item (part, position, data) VALUES (?, ?, ?)", changed
    )
    conn.execute("DELETE FROM plan_item WHERE part = ? AND position >= ?", (name, len(encoded)))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO file_meta (key, value) VALUES (?, ?)", (key, value))


def _part_names(parts: Iterable[str] | None) -> list[str]:
    if parts is None:
        return list(PLAN_PARTS)
    names = [parts] if isinstance(parts, str) else list(parts)
    unknown = [n for n in names if n not in PLAN_PARTS]
    if unknown:
        word = "parts" if len(unknown) != 1 else "part"
        raise ValueError(f"Unknown plan {word}: {', '.join(map(repr, unknown))}.")
    return list(dict.fromkeys(names))


#: ``file_meta`` key of the write counter: every write adds one (see `PlanFile.write`).
WRITES_KEY: Final = "writes"


def _write_count(conn: sqlite3.Connection) -> int:
    """The file's write counter (0 when the file has none yet)."""
    row = conn.execute("SELECT value FROM file_meta WHERE key = ?", (WRITES_KEY,)).fetchone()
    value = str(row[0]) if row is not None else ""
    return int(value) if value.isdigit() and len(value) < 19 else 0


def _changed_elsewhere(path: Path) -> PlanChangedError:
    return PlanChangedError(
        f"{path} was changed by another program since Winbook read it, so your latest "
        "changes were not saved over it; reload the plan or save a copy under a new name."
    )


class _Guard(typing.NamedTuple):
    """What a write checks inside its transaction before it changes anything."""

    path: Path
    writes: int  # the write counter last read or written
    schema: set[hardening.SchemaRow]  # the schema Winbook writes


def _write_parts(
    conn: sqlite3.Connection, encoded: dict[str, str | list[str]], guard: _Guard
) -> int:
    """Store the encoded parts and the modified time in ONE transaction; the new counter.

    Checked inside the transaction, before anything changes: the write counter (another
    writer moved it since it was read: `PlanChangedError`) and the schema (someone added a
    trigger or a view since the file was opened: refused the same way as on opening).
    """
    writes = guard.writes
    conn.execute("BEGIN IMMEDIATE")
    try:
        if hardening.check_schema(conn, guard.path, guard.schema):
            raise _damaged(guard.path, "its tables are incomplete")
        if _write_count(conn) != writes:
            raise _changed_elsewhere(guard.path)
        for name, value in encoded.items():
            _store(conn, name, value)
        _set_meta(conn, "modified", _now())
        _set_meta(conn, "written_by", _WRITER)
        _set_meta(conn, WRITES_KEY, str(writes + 1))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    return writes + 1


def _decode(path: Path, where: str, tp: Any, data: str) -> Any:
    if not isinstance(data, str):
        raise _damaged(path, f"the {where} entry is not valid JSON")
    try:
        value = parse_json(data, "it")
    except PlanFileError as exc:
        detail = str(exc).removeprefix("it ").rstrip(".")
        raise _damaged(path, f"the {where} entry {detail}") from exc
    try:
        return from_json(tp, value, where)
    except PlanFileError as exc:
        reason = str(exc).rstrip(".")
        reason = reason[0].lower() + reason[1:] if reason else reason
        raise PlanFileError(f"{path} cannot be read because {reason}.") from exc


Rows = tuple[list[tuple[str, str]], list[tuple[str, int, str]], int]


def _read_rows(conn: sqlite3.Connection) -> Rows:
    """Every stored row and the write counter, read in one transaction (one consistent state)."""
    conn.execute("BEGIN")
    try:
        objects = conn.execute("SELECT name, data FROM plan_part").fetchall()
        items = conn.execute(
            "SELECT part, position, data FROM plan_item ORDER BY part, position"
        ).fetchall()
        writes = _write_count(conn)
    finally:
        conn.execute("COMMIT")
    return objects, items, writes


def _load(conn: sqlite3.Connection, path: Path) -> Plan:
    """The plan in ``conn``; parts the file lacks take their defaults, unknown ones are ignored."""
    return _load_counted(conn, path)[0]


def _load_counted(conn: sqlite3.Connection, path: Path) -> tuple[Plan, int]:
    """The plan in ``conn`` and the write counter it was read at."""
    try:
        objects, items, writes = _read_rows(conn)
    except sqlite3.Error as exc:
        raise _read_error(path, exc) from exc
    values: dict[str, Any] = {}  # Any: each part's own type, decoded by its type hint
    for name, data in objects:
        if name in OBJECT_PARTS:
            values[name] = _decode(path, name, _PLAN_HINTS[name], data)
    lists: dict[str, list[Any]] = {name: [] for name in LIST_PARTS}  # Any: as above
    for part, position, data in items:
        if part in lists:
            item_type = typing.get_args(_PLAN_HINTS[part])[0]
            lists[part].append(_decode(path, f"{part}[{position}]", item_type, data))
    values.update({name: rows for name, rows in lists.items() if rows})
    return Plan(**values), writes


def _initialise(conn: sqlite3.Connection, encoded: dict[str, str | list[str]]) -> None:
    """Turn an empty database into a current Winbook file holding ``encoded``: one commit."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _run_migrations(conn, 0)
        now = _now()
        for key, text in (("created", now), ("modified", now), ("written_by", _WRITER)):
            _set_meta(conn, key, text)
        for name, value in encoded.items():
            _store(conn, name, value)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise


def write_plan_file(path: Path | str, plan: Plan) -> None:
    """Write ``plan`` as a fresh `.winbook` file at ``path`` (temp file, then `os.replace`).

    Refuses to replace a folder or an existing file that is not a Winbook plan.
    """
    target = Path(path)
    _check_target(target)
    encoded = _Encoder().parts(plan, PLAN_PARTS)
    with atomic.temp_beside(target, PlanFileError) as tmp:
        try:
            with contextlib.closing(_connect_rw(tmp)) as conn:
                _initialise(conn, encoded)
        except sqlite3.Error as exc:
            raise _write_error(target, exc) from exc
        atomic.replace(tmp, target, PlanFileError)


def read_plan_file(path: Path | str, salvage: bool = False) -> Plan:
    """Read the plan in a `.winbook` file without changing the file (or its folder).

    An older file is upgraded in memory only; a WAL-mode file is read from a private copy.
    ``salvage`` (for making a clean copy) reads past database objects Winbook did not write.
    Raises `PlanFileError` (one sentence).
    """
    source = Path(path)
    if _is_wal(_read_head(source)[1]):
        with _private_copy(source) as copy, _named_as(copy, source):
            return _read_in_place(copy, salvage)
    return _read_in_place(source, salvage)


def _read_in_place(source: Path, salvage: bool) -> Plan:
    version = _preflight(source, salvage)
    try:
        with contextlib.closing(_connect(source, "ro")) as conn:
            if version == current_version():
                return _load(conn, source)
            with contextlib.closing(_memory_copy(conn)) as mem:
                _migrate(mem, version, source)
                return _load(mem, source)
    except sqlite3.Error as exc:
        raise _read_error(source, exc) from exc


class PlanFile:
    """An open `.winbook` file. Every `write` is committed before it returns.

    Make one with `PlanFile.create` or `PlanFile.open`; use it as a context manager or call
    `close`. Not thread-safe: use it from the thread that opened it.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        """Internal: use `create` or `open`."""
        self._path = path
        self._conn: sqlite3.Connection | None = conn
        self._writes = _write_count(conn)
        self._schema = _expected_schema(current_version())
        #: The sentence about text the last `write` had to repair, or "" (see `valid_text`).
        self.repair_note = ""

    # ------------------------------------------------------------------ opening

    @classmethod
    def create(cls, path: Path | str, plan: Plan) -> PlanFile:
        """Write ``plan`` as a new file at ``path`` and open it.

        An existing Winbook file at ``path`` is replaced (atomically); any other existing
        file is refused with `PlanFileError`.
        """
        write_plan_file(path, plan)
        return cls.open(path)

    @classmethod
    def open(cls, path: Path | str) -> PlanFile:
        """Open an existing plan for reading and writing, upgrading an older file.

        Raises `PlanFileError` with one sentence, the file untouched, when ``path`` is missing,
        unreadable, not a Winbook plan, damaged, empty or from a newer Winbook.
        """
        source = Path(path)
        if _is_wal(_read_head(source)[1]):
            with _private_copy(source) as copy, _named_as(copy, source):
                version = _preflight(copy)
        else:
            version = _preflight(source)
        if not os.access(source, os.W_OK) or not os.access(source.parent, os.W_OK):
            raise PlanFileError(
                f"{source} is read-only, so Winbook cannot save changes to it; "
                "copy it to a folder you can write to."
            )
        try:
            conn = _connect_rw(source)
        except sqlite3.Error as exc:
            raise _damaged(source, "SQLite cannot open it") from exc
        try:
            if version < current_version():
                _migrate(conn, version, source)
            if hardening.check_schema(conn, source, _expected_schema(current_version())):
                raise _damaged(source, "its tables are incomplete")  # changed since the check
            return cls(source, conn)
        except sqlite3.Error as exc:
            conn.close()
            raise _read_error(source, exc) from exc
        except BaseException:
            conn.close()
            raise

    # ------------------------------------------------------------------ use

    @property
    def path(self) -> Path:
        """The file this object reads and writes."""
        return self._path

    @property
    def closed(self) -> bool:
        return self._conn is None

    def _require_open(self) -> sqlite3.Connection:
        if self._conn is None:
            raise PlanFileError(f"{self._path} has been closed.")
        return self._conn

    @property
    def modified(self) -> datetime | None:
        """When the plan in the file last changed (UTC), or None if unknown."""
        conn = self._require_open()
        hardening.arm(conn)
        try:
            row = conn.execute("SELECT value FROM file_meta WHERE key = 'modified'").fetchone()
        except sqlite3.Error as exc:
            raise _read_error(self._path, exc) from exc
        if row is None:
            return None
        try:
            return datetime.fromisoformat(row[0])
        except (TypeError, ValueError):
            return None

    def load(self) -> Plan:
        """The plan as stored now; later writes are checked against this state."""
        conn = self._require_open()
        hardening.arm(conn)
        plan, self._writes = _load_counted(conn, self._path)
        return plan

    def write(self, plan: Plan, parts: Iterable[str] | None = None) -> None:
        """Store the named parts of ``plan`` (all when None) in one committed transaction.

        Part names are those of `PLAN_PARTS`; an unknown name raises ValueError. Rows that did
        not change are not rewritten. Raises `PlanFileError` if the change could not be saved
        (the file keeps its previous state), and `PlanChangedError` when another program (or
        another machine) wrote to the file since this object last read or wrote it: nothing
        is written then, so neither side's changes are lost. Text that is not valid Unicode is
        stored with U+FFFD in its place, and `repair_note` says so.
        """
        names = _part_names(parts)
        conn = self._require_open()
        if not names:
            return
        encoder = _Encoder()
        encoded = encoder.parts(plan, names)
        hardening.arm(conn)
        try:
            guard = _Guard(self._path, self._writes, self._schema)
            self._writes = _write_parts(conn, encoded, guard)
        except sqlite3.Error as exc:
            raise _write_error(self._path, exc) from exc
        self.repair_note = repaired_sentence(encoder.replaced) if encoder.replaced else ""

    def save_as(self, path: Path | str) -> None:
        """Copy the file to ``path`` with SQLite's backup API (temp file, then `os.replace`).

        This object stays on its own file; open the copy with `PlanFile.open`. Saving onto the
        file itself does nothing. A non-Winbook file at ``path`` is refused.
        """
        conn = self._require_open()
        target = Path(path)
        if same_file(target, self._path):
            return
        _check_target(target)
        with atomic.temp_beside(target, PlanFileError) as tmp:
            try:
                with contextlib.closing(_connect_rw(tmp)) as dst:
                    conn.backup(dst)
            except sqlite3.Error as exc:
                raise _write_error(target, exc) from exc
            atomic.replace(tmp, target, PlanFileError)

    def close(self) -> None:
        """Close the file (everything written is already saved). Safe to call twice."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"<PlanFile {str(self._path)!r} {state}>"


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` both exist and are one file (links and ``..`` included)."""
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()
