"""Opening a `.winbook` file someone else made: SQLite's defences and a schema check.

A SQLite file carries its own schema, and a schema can hold views, triggers and indexes that
SQLite runs on the reader's behalf: a recursive view in place of a table hangs every reader,
a trigger can drop what Winbook writes or copy it elsewhere. So every connection Winbook opens
is hardened (`harden`): ``trusted_schema=OFF`` (no functions with side effects from the schema),
the sqlite3 module's defensive settings where this Python offers them (triggers and views
switched off outright, no writable schema), no memory mapping, cell size checks, and a time
bound on every statement (`Connection.arm`). Then, before any query touches a table of the
file, `check_schema` compares the file's schema with the one Winbook writes for its version
(built by running the migrations on an empty database): anything else, a view, a trigger, an
index or a table Winbook did not write, is refused with one sentence.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

from winbook.errors import PlanFileError

#: The longest any one read or write of a plan file may take (seconds) before it is stopped.
TIME_LIMIT_S: float = 30.0
#: SQLite calls the progress handler every this many virtual-machine steps.
_PROGRESS_STEPS: Final = 10_000
#: The longest text or blob SQLite will hold for Winbook (a plan's largest row is far smaller).
MAX_VALUE_BYTES: Final = 256 * 1024 * 1024

SchemaRow = tuple[str, str, str, str]

_SETTINGS: Final = (
    ("SQLITE_DBCONFIG_DEFENSIVE", True),
    ("SQLITE_DBCONFIG_TRUSTED_SCHEMA", False),
    ("SQLITE_DBCONFIG_ENABLE_TRIGGER", False),
    ("SQLITE_DBCONFIG_ENABLE_VIEW", False),
)


class Connection(sqlite3.Connection):
    """A connection with a time bound: `arm` restarts the clock for the next operation."""

    until: float = 0.0

    def arm(self, seconds: float | None = None) -> None:
        """Stop any statement still running ``seconds`` from now (SQLITE_INTERRUPT)."""
        self.until = time.monotonic() + (TIME_LIMIT_S if seconds is None else seconds)

    def overdue(self) -> int:
        return 1 if time.monotonic() > self.until else 0


def connect(target: str, uri: bool = False) -> Connection:
    """A hardened `Connection` to ``target`` (autocommit: transactions are explicit)."""
    conn = sqlite3.connect(target, uri=uri, isolation_level=None, factory=Connection)
    try:
        harden(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def harden(conn: Connection) -> None:
    """Switch on every defence ``conn`` offers against a hostile database (see the module)."""
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    setconfig: Callable[[int, bool], bool] | None = getattr(conn, "setconfig", None)
    for name, value in _SETTINGS:
        flag = getattr(sqlite3, name, None)
        if setconfig is not None and isinstance(flag, int):
            setconfig(flag, value)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.text_factory = _text
    conn.arm()
    conn.set_progress_handler(conn.overdue, _PROGRESS_STEPS)


def _text(data: bytes) -> str:
    """Stored text as Python text; bytes that are not UTF-8 become U+FFFD, never an error."""
    return data.decode("utf-8", "replace")


def arm(conn: sqlite3.Connection) -> None:
    """Restart the time bound of ``conn`` (a hardened `Connection`) for the next operation."""
    if isinstance(conn, Connection):
        conn.arm()


def is_interrupted(exc: sqlite3.Error) -> bool:
    """True when ``exc`` is the time bound of `Connection.arm` stopping a statement."""
    code = int(getattr(exc, "sqlite_errorcode", 0)) & 0xFF
    return code == sqlite3.SQLITE_INTERRUPT or "interrupted" in str(exc)


def too_slow(path: Path) -> PlanFileError:
    return PlanFileError(
        f"{path} took longer than {TIME_LIMIT_S:g} seconds to read, so Winbook stopped; "
        "the file may be damaged or built to stall readers, so open a backup copy instead."
    )


# --------------------------------------------------------------------------- the schema


def _normal_sql(sql: str | None) -> str:
    """``sql`` with spacing and letter case evened out, so equal schemas compare equal."""
    if sql is None:
        return ""
    text = re.sub(r"\s+", " ", sql.strip())
    return re.sub(r"\s*([(),])\s*", r"\1", text).casefold()


def schema_of(conn: sqlite3.Connection) -> set[SchemaRow]:
    """Every object in the database's schema: (type, name, table, normalised SQL)."""
    # read as bytes: a damaged schema may hold text that is not UTF-8 on any connection
    try:
        rows = conn.execute(
            "SELECT CAST(type AS BLOB), CAST(name AS BLOB), CAST(tbl_name AS BLOB), "
            "CAST(sql AS BLOB) FROM sqlite_schema"
        ).fetchall()
    except UnicodeDecodeError as exc:  # SQLite's own message quotes the damaged bytes
        raise sqlite3.DatabaseError("malformed database schema") from exc
    return {
        (_blob(t), _blob(n), _blob(tb), _normal_sql(None if sql is None else _blob(sql)))
        for t, n, tb, sql in rows
    }


def _blob(value: bytes | None) -> str:
    return "" if value is None else _text(bytes(value))


def expected_schema(migrations: Sequence[Callable[[sqlite3.Connection], None]]) -> set[SchemaRow]:
    """The schema Winbook writes after ``migrations``, built in an empty database."""
    with contextlib.closing(sqlite3.connect(":memory:", isolation_level=None)) as conn:
        conn.execute("BEGIN")
        for step in migrations:
            step(conn)
        conn.execute("COMMIT")
        return schema_of(conn)


def untrusted(path: Path) -> PlanFileError:
    return PlanFileError(
        f"{path} contains database objects Winbook did not write (views, triggers, indexes "
        "or extra tables), so it was not opened; make a clean copy with "
        f"'winbook convert {path.name} COPY.winbook' and open the copy."
    )


def check_schema(
    conn: sqlite3.Connection, path: Path, expected: set[SchemaRow], salvage: bool = False
) -> bool:
    """Refuse a file holding objects beyond ``expected``; True when some expected ones are missing.

    With ``salvage`` (a clean copy is being made), extra objects are let through as long as
    every expected object is there exactly as Winbook writes it: reading a table runs none
    of them.
    """
    found = schema_of(conn)
    missing, extra = expected - found, found - expected
    if extra and (missing or not salvage):
        raise untrusted(path)
    return bool(missing)
