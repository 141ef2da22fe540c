"""Write a file so that it is either complete or untouched: temp file beside it, then replace."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from winbook.errors import WinbookError


def atomic_write(
    path: Path,
    write: Callable[[Path], None],
    error: type[WinbookError] = WinbookError,
) -> None:
    """Call ``write(tmp)`` on a temporary path in the target's folder, then move it into place.

    A failure at any point (including inside ``write``) leaves the destination as it was and
    removes the temporary file; OS errors become ``error`` with one sentence.
    """
    target = Path(path).resolve()
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except FileNotFoundError:
        raise error(f"The folder {target.parent} does not exist.") from None
    except OSError as exc:
        raise error(f"Cannot write in {target.parent}: {exc.strerror or exc}.") from None
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        if target.is_dir():
            raise error(f"{target} is a folder; choose a file name.")
        os.replace(tmp, target)
    except OSError as exc:
        raise error(f"Cannot write {target.name}: {exc.strerror or exc}.") from None
    finally:
        tmp.unlink(missing_ok=True)


def atomic_write_bytes(path: Path, data: bytes, error: type[WinbookError] = WinbookError) -> None:
    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    atomic_write(path, write, error)
