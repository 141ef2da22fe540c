"""Writing files safely: into a temporary file beside the target, then `os.replace`.

A reader (or a crash) sees either the old file or the new one, never half of either. Every
function takes the `WinbookError` subclass to raise (`PlanFileError` for plans, `ExportError`
for exports...); OS errors become that class with one sentence a person can act on.

A new file is readable by its owner only (plans and packets hold private details); a replaced
file keeps its permissions. A stale SQLite journal of the old target is removed before the
replace: left beside the new file it would be "rolled back" into it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from winbook.errors import WinbookError

ErrorClass = type[WinbookError]


def os_error(
    path: Path, exc: OSError, doing: str = "open", error: ErrorClass = WinbookError
) -> WinbookError:
    """One sentence for an OS error met while ``doing`` something with ``path``."""
    if isinstance(exc, FileNotFoundError):
        return error(f"{path} does not exist.")
    if isinstance(exc, IsADirectoryError):
        return error(f"{path} is a folder, not a file.")
    if isinstance(exc, PermissionError):
        return error(f"You do not have permission to {doing} {path}.")
    reason = exc.strerror or str(exc)
    return error(f"Winbook could not {doing} {path}: {reason}.")


def journal_path(path: Path) -> Path:
    """SQLite's rollback journal of the database ``path``."""
    return path.with_name(path.name + "-journal")


def _folder_error(folder: Path, exc: OSError, error: ErrorClass) -> WinbookError:
    if isinstance(exc, FileNotFoundError):
        return error(f"The folder {folder} does not exist.")
    if isinstance(exc, (NotADirectoryError, FileExistsError)):
        return error(f"{folder} is not a folder.")
    if isinstance(exc, PermissionError):
        return error(f"You do not have permission to write in the folder {folder}.")
    return error(f"Winbook could not write in the folder {folder}: {exc.strerror or exc}.")


@contextlib.contextmanager
def temp_beside(target: Path, error: ErrorClass = WinbookError) -> Iterator[Path]:
    """An empty temporary file in ``target``'s folder, removed again unless it was moved away.

    A SQLite journal the temporary file may have grown is removed with it.
    """
    folder = target.parent
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise _folder_error(folder, exc, error) from exc
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


def replace(tmp: Path, target: Path, error: ErrorClass = WinbookError) -> None:
    """Move the finished ``tmp`` over ``target`` in one step (see the module's notes)."""
    try:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))  # keep an old file's permissions
        journal_path(target).unlink(missing_ok=True)
        os.replace(tmp, target)
    except OSError as exc:
        raise os_error(target, exc, "write", error) from exc
    _fsync_folder(target.parent)


def atomic_write(
    path: Path | str, write: Callable[[Path], None], error: ErrorClass = WinbookError
) -> None:
    """Call ``write(tmp)`` on a temporary file beside ``path``, then move it into place.

    A failure at any point (inside ``write`` included) leaves ``path`` as it was and removes the
    temporary file; OS errors become ``error`` with one sentence.
    """
    target = Path(path)
    if target.is_dir():
        raise error(f"{target} is a folder; give a file name to write to.")
    with temp_beside(target, error) as tmp:
        try:
            write(tmp)
            with tmp.open("rb") as fh:
                os.fsync(fh.fileno())
        except OSError as exc:
            raise os_error(target, exc, "write", error) from exc
        replace(tmp, target, error)


def atomic_write_bytes(path: Path | str, data: bytes, error: ErrorClass = WinbookError) -> None:
    """Write ``data`` to ``path`` through a temporary file and `os.replace`."""

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    atomic_write(path, write, error)


def atomic_write_text(path: Path | str, text: str, error: ErrorClass = WinbookError) -> None:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` through a temporary file."""

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    atomic_write(path, write, error)
