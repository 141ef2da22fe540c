"""The shared atomic writer: complete or untouched, the caller's error class, no leftovers."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from winbook.atomic import (
    atomic_write,
    atomic_write_bytes,
    atomic_write_text,
    journal_path,
    private_folder,
    remove_stale_temps,
    temp_beside,
)
from winbook.errors import ExportError, PlanFileError


def test_replaces_the_file_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_text_is_utf8_with_unix_line_ends(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    atomic_write_text(target, "Zoë\nŁukasik\n")
    assert target.read_bytes() == "Zoë\nŁukasik\n".encode()


def test_a_failing_writer_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def half_then_fail(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise ValueError("renderer broke")

    with pytest.raises(ValueError, match="renderer broke"):
        atomic_write(target, half_then_fail, ExportError)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


@pytest.mark.parametrize("error", [ExportError, PlanFileError])
def test_errors_are_the_callers_class_and_one_sentence(
    tmp_path: Path, error: type[ExportError | PlanFileError]
) -> None:
    with pytest.raises(error, match=r"^The folder .*nowhere does not exist\.$"):
        atomic_write_bytes(tmp_path / "nowhere" / "x.pdf", b"x", error)
    (tmp_path / "dir.pdf").mkdir()
    with pytest.raises(error, match=r"dir\.pdf is a folder; give a file name to write to\.$"):
        atomic_write_bytes(tmp_path / "dir.pdf", b"x", error)


def test_new_files_are_private_and_replaced_files_keep_their_mode(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.winbook"
    atomic_write_bytes(fresh, b"x")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    shared = tmp_path / "shared.pdf"
    shared.write_bytes(b"old")
    os.chmod(shared, 0o644)
    atomic_write_bytes(shared, b"new")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644


def test_a_stale_sqlite_journal_of_the_target_is_removed(tmp_path: Path) -> None:
    target = tmp_path / "plan.winbook"
    target.write_bytes(b"old")
    journal_path(target).write_bytes(b"stale journal")
    atomic_write_bytes(target, b"new")
    assert not journal_path(target).exists()


# --------------------------------------------------------------------------- killed writers


def _stale(folder: Path, name: str) -> list[Path]:
    """What a writer killed mid-save leaves: a hidden temporary copy and its SQLite journal."""
    tmp = folder / f".{name}.wbk-k1lled00.tmp"
    tmp.write_bytes(b"the whole plan, private fields included")
    journal = journal_path(tmp)
    journal.write_bytes(b"journal")
    return [tmp, journal]


def test_the_next_write_removes_what_a_killed_writer_left(tmp_path: Path) -> None:
    leftovers = _stale(tmp_path, "plan.json") + _stale(tmp_path, "other.pdf")
    lone_journal = tmp_path / ".gone.winbook.wbk-abcdefgh.tmp-journal"
    lone_journal.write_bytes(b"journal of a temp file that is gone")
    theirs = [tmp_path / ".plan.json.abcdefgh.tmp", tmp_path / "notes.tmp"]  # not our naming
    for path in theirs:
        path.write_bytes(b"someone else's")
    atomic_write_text(tmp_path / "plan.json", "{}\n")
    assert not any(p.exists() for p in [*leftovers, lone_journal])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["plan.json", *(p.name for p in theirs)]
    )


def test_a_temp_file_in_use_is_left_alone(tmp_path: Path) -> None:
    """Another writer's temporary file (held with flock) survives a write beside it."""
    with temp_beside(tmp_path / "a.winbook") as busy:
        busy.write_bytes(b"being written")
        atomic_write_bytes(tmp_path / "b.pdf", b"pdf")
        assert remove_stale_temps(tmp_path) == []
        assert busy.read_bytes() == b"being written"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.pdf"]


def test_temp_names_are_winbooks_own(tmp_path: Path) -> None:
    with temp_beside(tmp_path / "plan.winbook") as tmp:
        assert tmp.name.startswith(".plan.winbook.wbk-") and tmp.name.endswith(".tmp")
        assert stat.S_IMODE(tmp.stat().st_mode) == 0o600


def test_private_folders_are_private_and_swept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    killed = tmp_path / "winbook-private-k1lled"  # what a killed reader of a WAL file leaves
    killed.mkdir()
    (killed / "plan.winbook").write_bytes(b"a copy of someone's plan")
    (tmp_path / "winbook-private-file").write_bytes(b"not a folder: left alone")
    with private_folder() as folder:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert not killed.exists()
        with private_folder() as second:  # one in use is never swept
            assert folder.is_dir() and second != folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["winbook-private-file"]


def test_the_wal_files_of_a_replaced_target_go_too(tmp_path: Path) -> None:
    target = tmp_path / "plan.winbook"
    target.write_bytes(b"old")
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"plan.winbook{suffix}").write_bytes(b"of the old file")
    atomic_write_bytes(target, b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.winbook"]
