"""Writing files safely: into a temporary file beside the target, then `os.replace`.

A reader (or a crash) sees either the old file or the new one, never half of either.
OS errors become `PlanFileError` with one sentence a person can act on.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from winbook.errors import PlanFileError


def os_error(path: Path, exc: OSError, doing: str = "open") -> PlanFileError:
    """One sentence for an OS error met while ``doing`` something with ``path``."""
    if isinstance(exc, FileNotFoundError):
        return PlanFileError(f"{path} does not exist.")
    if isinstance(exc, IsADirectoryError):
        return PlanFileError(f"{path} is a folder, not a plan file.")
    if isinstance(exc, PermissionError):
        return PlanFileError(f"You do not have permission to {doing} {path}.")
    reason = exc.strerror or str(exc)
    return PlanFileError(f"Winbook could not {doing} {path}: {reason}.")


def journal_path(path: Path) -> Path:
    """SQLite's rollback journal of the database ``path``."""
    return path.with_name(path.name + "-journal")


def _folder_error(folder: Path, exc: OSError) -> PlanFileError:
    if isinstance(exc, FileNotFoundError):
        return PlanFileError(f"The folder {folder} does not exist.")
    if isinstance(exc, (NotADirectoryError, FileExistsError)):
        return PlanFileError(f"{folder} is not a folder.")
    if isinstance(exc, PermissionError):
        return PlanFileError(f"You do not have permission to write in the folder {folder}.")
    return PlanFileError(f"Winbook could not write in the folder {folder}: {exc.strerror or exc}.")


@contextlib.contextmanager
def temp_beside(target: Path) -> Iterator[Path]:
    """An empty temporary file in ``target``'s folder, removed again unless it was moved away."""
    folder = target.parent
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise _folder_error(folder, exc) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
    finally:
        for leftover in (tmp, journal_path(tmp)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort: not every system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def replace(tmp: Path, target: Path) -> None:
    """Move the finished ``tmp`` over ``target`` in one step.

    A stale SQLite journal of the old target is removed first: left beside the new file it
    would be "rolled back" into it. A new file is readable by its owner only (plans hold
    private details); a replaced file keeps its permissions.
    """
    try:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))  # keep an old file's permissions
        journal_path(target).unlink(missing_ok=True)
        os.replace(tmp, target)
    except OSError as exc:
        raise os_error(target, exc, "write") from exc
    _fsync_folder(target.parent)


def write_text_atomic(target: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``target`` through a temporary file and `os.replace`."""
    if target.is_dir():
        raise PlanFileError(f"{target} is a folder; give a file name to write to.")
    with temp_beside(target) as tmp:
        try:
            with tmp.open("w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise os_error(target, exc, "write") from exc
        replace(tmp, target)
