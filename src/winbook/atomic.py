"""Writing files safely: into a temporary file beside the target, then `os.replace`.

A reader (or a crash) sees either the old file or the new one, never half of either. Every
function takes the `WinbookError` subclass to raise (`PlanFileError` for plans, `ExportError`
for exports...); OS errors become that class with one sentence a person can act on.

A new file is readable by its owner only (plans and packets hold private details); a replaced
file keeps its permissions. A stale SQLite journal of the old target (and the ``-wal`` and
``-shm`` of an old WAL-mode target) is removed before the replace: left beside the new file
it would be "rolled back" into it.

Leftovers of a killed writer. The temporary file must sit beside the target (a rename is only
atomic within one file system), so a kill during a save can leave a hidden
``.NAME.wbk-xxxxxxxx.tmp`` holding the whole plan. The writer holds an exclusive `flock` on its
temporary file for as long as it lives; every later write into the same folder removes the
temporary files of Winbook's naming that nobody holds (`remove_stale_temps`), so a killed
save leaves its copy only until the next save, convert or export there.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from winbook.errors import WinbookError

ErrorClass = type[WinbookError]

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock, so nothing is swept
    fcntl = None  # type: ignore[assignment]

#: The names `temp_beside` gives (``.NAME.wbk-`` + mkstemp's 8 characters + ``.tmp``) and the
#: SQLite journal such a file may grow.
_TEMP_PART = ".wbk-"
_TEMP_NAME = re.compile(r"\..+\.wbk-[a-z0-9_]{8}\.tmp(-journal)?")


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


def _wal_paths(path: Path) -> tuple[Path, Path]:
    """The ``-wal`` and ``-shm`` files of a WAL-mode database ``path`` (another tool's)."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _folder_error(folder: Path, exc: OSError, error: ErrorClass) -> WinbookError:
    if isinstance(exc, FileNotFoundError):
        return error(f"The folder {folder} does not exist.")
    if isinstance(exc, (NotADirectoryError, FileExistsError)):
        return error(f"{folder} is not a folder.")
    if isinstance(exc, PermissionError):
        return error(f"You do not have permission to write in the folder {folder}.")
    return error(f"Winbook could not write in the folder {folder}: {exc.strerror or exc}.")


def _lock(fd: int, blocking: bool) -> bool:
    """Take an exclusive flock on ``fd``; False when another process holds it."""
    if fcntl is None:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def _is_abandoned(path: Path) -> bool:
    """True when ``path`` is a regular file of this user that no live writer holds."""
    try:
        fd = os.open(
            path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
        )
    except OSError:
        return False
    try:
        st = os.fstat(fd)
        mine = stat.S_ISREG(st.st_mode) and st.st_uid == os.getuid()
        return mine and _lock(fd, blocking=False)
    finally:
        os.close(fd)


def remove_stale_temps(folder: Path) -> list[Path]:
    """Remove the temporary files of killed Winbook writers in ``folder``; returns them.

    Only names `temp_beside` makes, owned by this user and held by no live writer, are
    removed; a journal whose temporary file is gone goes too.
    """
    removed: list[Path] = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return removed
    for name in names:
        path = folder / name
        if not _TEMP_NAME.fullmatch(name):
            continue
        base = folder / name.removesuffix("-journal")
        if name.endswith("-journal") and base.exists():
            continue  # goes with its temporary file
        if not _is_abandoned(base if base.exists() else path):
            continue
        for leftover in (path, journal_path(path)):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed.append(leftover)
    return removed


@contextlib.contextmanager
def temp_beside(target: Path, error: ErrorClass = WinbookError) -> Iterator[Path]:
    """An empty temporary file in ``target``'s folder, removed again unless it was moved away.

    A SQLite journal the temporary file may have grown is removed with it. The file is held
    (flock) while in use; abandoned ones of earlier, killed writers are removed first.
    """
    folder = target.parent
    remove_stale_temps(folder)
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}{_TEMP_PART}", suffix=".tmp")
    except OSError as exc:
        raise _folder_error(folder, exc, error) from exc
    tmp = Path(name)
    _lock(fd, blocking=True)
    try:
        yield tmp
    finally:
        for leftover in (tmp, journal_path(tmp)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        os.close(fd)


_PRIVATE_PREFIX = "winbook-private-"


def _remove_stale_private_folders(parent: Path) -> None:
    """Remove the `private_folder`s of killed Winbook processes (this user's) in ``parent``."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(parent):
            ours = entry.name.startswith(_PRIVATE_PREFIX)
            if not ours or not entry.is_dir(follow_symlinks=False):
                continue
            try:
                fd = os.open(entry.path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            except OSError:
                continue
            try:
                stale = os.fstat(fd).st_uid == os.getuid() and _lock(fd, blocking=False)
            finally:
                os.close(fd)
            if stale:
                shutil.rmtree(entry.path, ignore_errors=True)


@contextlib.contextmanager
def private_folder() -> Iterator[Path]:
    """A folder only this user can enter, in the system's temporary folder; removed afterwards.

    Held with flock while in use; those of killed processes are removed the next time one is
    made.
    """
    parent = Path(tempfile.gettempdir())
    _remove_stale_private_folders(parent)
    folder = Path(tempfile.mkdtemp(prefix=_PRIVATE_PREFIX, dir=parent))
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    _lock(fd, blocking=True)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        os.close(fd)


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
        for stale in (journal_path(target), *_wal_paths(target)):
            stale.unlink(missing_ok=True)
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
