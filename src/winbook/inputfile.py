"""The guard every input file passes before Winbook reads it: regular files only, bounded size.

A named pipe would block a reader for ever, a device such as ``/dev/zero`` (or a link to one)
never ends, and a socket cannot be read at all; each is refused with one sentence before any
byte is read. Files are opened with ``O_NONBLOCK`` so that a file swapped for a pipe between
the check and the open still cannot block, and checked again through the open descriptor.
Reads are bounded by the size limit the caller names (`MAX_INPUT_BYTES` by default).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO, Final

from winbook import atomic
from winbook.errors import InputFileError, WinbookError

#: The largest plan or results file Winbook reads (checked before reading).
MAX_INPUT_BYTES: Final = 500 * 1024 * 1024

ErrorClass = type[WinbookError]


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def megabytes(size: int) -> str:
    """``size`` bytes in words for a sentence: "612 MB", or "11 bytes" below a megabyte."""
    if size < 1024 * 1024:
        return f"{size:,} byte{'' if size == 1 else 's'}"
    return f"{size / (1024 * 1024):,.0f} MB"


def check_stat(path: Path, st: os.stat_result, error: ErrorClass, limit: int) -> int:
    """Refuse what ``st`` says is not a regular file below ``limit`` bytes; returns the size."""
    kind = _kind(st.st_mode)
    if kind == "a folder":
        raise error(f"{path} is a folder, not a file.")
    if kind is not None:
        raise error(
            f"{path} is {kind}, not a regular file, so Winbook will not read it; "
            "save the data as a file and choose that file."
        )
    if st.st_size > limit:
        raise error(
            f"{path} is {megabytes(st.st_size)}, larger than the {megabytes(limit)} Winbook "
            "reads, so it was not opened; check that this is the right file."
        )
    return st.st_size


def check_input(
    path: Path | str, error: ErrorClass = InputFileError, limit: int = MAX_INPUT_BYTES
) -> int:
    """Check ``path`` (links followed) is a regular file of at most ``limit`` bytes; its size."""
    p = Path(path)
    try:
        st = os.stat(p)
    except OSError as exc:
        raise atomic.os_error(p, exc, "open", error) from exc
    return check_stat(p, st, error, limit)


def open_input(
    path: Path | str, error: ErrorClass = InputFileError, limit: int = MAX_INPUT_BYTES
) -> BinaryIO:
    """Open ``path`` for reading after the checks of `check_input`; never blocks on a pipe."""
    p = Path(path)
    check_input(p, error, limit)
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise atomic.os_error(p, exc, "open", error) from exc
    try:
        check_stat(p, os.fstat(fd), error, limit)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def read_input(
    path: Path | str, error: ErrorClass = InputFileError, limit: int = MAX_INPUT_BYTES
) -> bytes:
    """The bytes of ``path`` (checked as in `open_input`), never more than ``limit``."""
    p = Path(path)
    with open_input(p, error, limit) as fh:
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise atomic.os_error(p, exc, "read", error) from exc
    if len(data) > limit:  # the file grew while it was read
        raise error(
            f"{p} grew beyond the {megabytes(limit)} Winbook reads while it was being read, "
            "so it was not opened."
        )
    return data
