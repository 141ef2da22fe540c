"""Files that are not plans, damaged, empty or newer: one sentence, and not one byte changed."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

import winbook
from tests.files import sha256
from winbook.domain.model import ExpenseLine, Plan
from winbook.errors import PlanFileError
from winbook.store.document import PlanFile, read_plan_file
from winbook.store.files import load_plan

PAGE = 4096  # SQLite's default page size, which Winbook files use


def _big_plan() -> Plan:
    plan = Plan()
    plan.expenses = [
        ExpenseLine(description=f"line {i} " + "x" * 200, month="2025-05") for i in range(400)
    ]
    return plan


def _winbook(path: Path, plan: Plan | None = None) -> Path:
    PlanFile.create(path, plan or _big_plan()).close()
    return path


def _sql(path: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for statement in statements:
            conn.execute(statement)


# --------------------------------------------------------------------------- builders


def text_file(path: Path) -> None:
    path.write_text("Dear diary,\nthis is not a plan.\n")


def png_file(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)


def other_app_db(path: Path) -> None:
    _sql(
        path,
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)",
        "INSERT INTO notes (text) VALUES ('hello')",
    )


def other_app_db_with_id(path: Path) -> None:
    other_app_db(path)
    _sql(path, "PRAGMA application_id = 1196444237")  # "GPKG", a GeoPackage


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def short_header(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + bytes(20))


def truncated_half(path: Path) -> None:
    _winbook(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 123])


def truncated_whole_pages(path: Path) -> None:
    _winbook(path)
    data = path.read_bytes()
    assert len(data) > 8 * PAGE
    path.write_bytes(data[: 3 * PAGE])


def garbage_page(path: Path) -> None:
    _winbook(path)
    data = bytearray(path.read_bytes())
    rng = random.Random(7)
    start = 5 * PAGE
    data[start : start + PAGE] = rng.randbytes(PAGE)
    path.write_bytes(bytes(data))


def garbage_schema(path: Path) -> None:
    _winbook(path)
    data = bytearray(path.read_bytes())
    data[100:PAGE] = random.Random(8).randbytes(PAGE - 100)
    path.write_bytes(bytes(data))


def newer_version(path: Path) -> None:
    _winbook(path)
    _sql(path, "PRAGMA user_version = 2")


def much_newer_version(path: Path) -> None:
    _winbook(path)
    _sql(path, "PRAGMA user_version = 40", "CREATE TABLE future (x)")


def version_zero(path: Path) -> None:
    _sql(path, "PRAGMA application_id = 1466843755", "CREATE TABLE t (x)")


def missing_table(path: Path) -> None:
    _winbook(path)
    _sql(path, "DROP TABLE plan_item")


def other_app_with_hot_journal(path: Path) -> None:
    """Another program's database with an unfinished transaction beside it."""
    other_app_db(path)
    code = textwrap.dedent(f"""
        import os, sqlite3
        c = sqlite3.connect({str(path)!r}, isolation_level=None)
        c.execute("PRAGMA cache_size = 2")
        c.execute("BEGIN")
        for i in range(3000):
            c.execute("INSERT INTO notes (text) VALUES (?)", ("y" * 300,))
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", code], check=True)
    assert path.with_name(path.name + "-journal").stat().st_size > 0


BAD_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "text": (text_file, r"is not a Winbook plan file\.$"),
    "png": (png_file, r"is not a Winbook plan file\.$"),
    "other-app-sqlite": (other_app_db, r"is a database from another program"),
    "other-app-sqlite-with-id": (other_app_db_with_id, r"is a database from another program"),
    "other-app-hot-journal": (other_app_with_hot_journal, r"a database from another program"),
    "empty": (empty_file, r"is empty, so it is not a Winbook plan\.$"),
    "short-header": (short_header, r"is not a Winbook plan file\.$"),
    "truncated": (truncated_half, r"is damaged \(it is cut short\)"),
    "truncated-pages": (truncated_whole_pages, r"is damaged \(it is cut short\)"),
    "garbage-page": (garbage_page, r"is damaged \(some of its pages are corrupt\)"),
    "garbage-schema": (garbage_schema, r"is damaged"),
    "newer": (newer_version, r"newer version of Winbook \(file version 2; this one reads up"),
    "much-newer": (much_newer_version, r"newer version of Winbook \(file version 40;"),
    "version-zero": (version_zero, r"is damaged \(it holds no plan\)"),
    "missing-table": (missing_table, r"is damaged \(its tables are incomplete\)"),
}


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_refused_and_untouched(case: str, tmp_path: Path) -> None:
    build, message = BAD_FILES[case]
    path = tmp_path / "plan.winbook"
    build(path)
    before = _snapshot(tmp_path)
    readers: list[Callable[[Path], object]] = [PlanFile.open, read_plan_file, load_plan]
    for read in readers:
        with pytest.raises(PlanFileError, match=message) as caught:
            read(path)
        text = str(caught.value)
        assert "\n" not in text and text.endswith(".")
        assert str(path) in text
        assert _snapshot(tmp_path) == before, f"{read} changed the folder"


def test_create_refuses_bad_targets_untouched(tmp_path: Path) -> None:
    for name in ("text", "png", "other-app-sqlite"):
        path = tmp_path / f"{name}.winbook"
        BAD_FILES[name][0](path)
        before = sha256(path)
        with pytest.raises(PlanFileError, match="not a Winbook plan, so Winbook will not"):
            PlanFile.create(path, Plan())
        assert sha256(path) == before


def test_bad_json_inside_a_row(tmp_path: Path) -> None:
    path = _winbook(tmp_path / "p.winbook")
    _sql(path, "UPDATE plan_item SET data = '{not json' WHERE part = 'expenses' AND position = 3")
    before = sha256(path)
    with pytest.raises(PlanFileError, match=r"is damaged \(the expenses\[3\] entry is not valid"):
        read_plan_file(path)
    with PlanFile.open(path) as doc, pytest.raises(PlanFileError, match="not valid JSON"):
        doc.load()
    assert sha256(path) == before
    _sql(path, "UPDATE plan_item SET data = '{}' WHERE part = 'expenses' AND position = 3")
    _sql(path, "UPDATE plan_part SET data = '{\"seats\": \"three\"}' WHERE name = 'race'")
    before = sha256(path)
    with pytest.raises(
        PlanFileError,
        match=r"cannot be read because the plan's field race.seats should be a whole number\.$",
    ):
        read_plan_file(path)
    assert sha256(path) == before


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match=r"nope\.winbook does not exist\.$"):
        PlanFile.open(tmp_path / "nope.winbook")
    with pytest.raises(PlanFileError, match=r"is a folder, not a Winbook plan\.$"):
        PlanFile.open(tmp_path)
    folder = tmp_path / "looks.winbook"
    folder.mkdir()
    with pytest.raises(PlanFileError, match=r"is a folder"):
        load_plan(folder)


# --------------------------------------------------------------------------- permissions


def _as_unprivileged(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in Python without the power to ignore file permissions.

    As root, the subprocess drops CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH with setpriv, so
    permission bits apply to it as to anyone else.
    """
    src = str(Path(winbook.__file__).resolve().parents[1])
    command = [sys.executable, "-c", code]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to test permissions as root"
        caps = "-dac_override,-dac_read_search"
        command = [setpriv, "--bounding-set", caps, "--inh-caps", caps, *command]
    env = {**os.environ, "PYTHONPATH": src}
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


def _unprivileged_while(
    target: Path, mode: int, restore: int, code: str
) -> subprocess.CompletedProcess[str]:
    """`_as_unprivileged` while ``target`` has permission bits ``mode``; ``restore`` them after."""
    target.chmod(mode)
    try:
        return _as_unprivileged(code)
    finally:
        target.chmod(restore)


_OPEN_AND_REPORT = """
import sys
from winbook.errors import PlanFileError
from winbook.store.document import PlanFile, read_plan_file
path = sys.argv[1] if len(sys.argv) > 1 else {path!r}
for read in (read_plan_file, PlanFile.open):
    try:
        read(path)
        print("opened")
    except PlanFileError as exc:
        print("error:", exc)
"""


def test_permission_denied(tmp_path: Path) -> None:
    path = _winbook(tmp_path / "locked.winbook", Plan())
    before = sha256(path)
    result = _unprivileged_while(path, 0o000, 0o600, _OPEN_AND_REPORT.format(path=str(path)))
    expected = f"error: You do not have permission to open {path}."
    assert result.stdout.splitlines() == [expected, expected], result.stderr
    assert sha256(path) == before


def test_read_only_file_and_folder(tmp_path: Path) -> None:
    path = _winbook(tmp_path / "ro.winbook", Plan())
    before = sha256(path)
    result = _unprivileged_while(path, 0o444, 0o600, _OPEN_AND_REPORT.format(path=str(path)))
    read_only = f"error: {path} is read-only, so Winbook cannot save changes to it; "
    assert result.stdout.splitlines() == [
        "opened",
        read_only + "copy it to a folder you can write to.",
    ], result.stderr
    folder = tmp_path / "ro-folder"
    folder.mkdir()
    inner = _winbook(folder / "p.winbook", Plan())
    result = _unprivileged_while(folder, 0o555, 0o755, _OPEN_AND_REPORT.format(path=str(inner)))
    assert result.stdout.splitlines()[0] == "opened"
    assert result.stdout.splitlines()[1].startswith(f"error: {inner} is read-only")
    assert sha256(path) == before


def test_writing_into_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    code = """
from winbook.domain.model import Plan
from winbook.errors import PlanFileError
from winbook.store.files import save_plan
for name in ("p.winbook", "p.json"):
    try:
        save_plan(Plan(), {folder!r} + "/" + name)
        print("written")
    except PlanFileError as exc:
        print("error:", exc)
"""
    result = _unprivileged_while(folder, 0o555, 0o755, code.format(folder=str(folder)))
    expected = f"error: You do not have permission to write in the folder {folder}."
    assert result.stdout.splitlines() == [expected, expected], result.stderr
    assert list(folder.iterdir()) == []
