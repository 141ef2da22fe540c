"""A guard against a reference-count bug of PySide6 6.12 on CPython 3.11.

Measured here: every ``SignalInstance.emit()`` called from Python returns ``True`` without taking
a reference to it, so each emit drops the interpreter's count of ``True`` by one. After a few
thousand emits (a few minutes of typing, or one test run) CPython deallocates ``True`` and aborts
("Fatal Python error: bool_dealloc"). CPython never frees ``True``/``False`` in a healthy
process, so lending them a large number of extra references is harmless and keeps the process
alive for about a billion emits. On interpreters with immortal objects (3.12+) nothing is done.
"""

from __future__ import annotations

import ctypes
import sys

_PAD = 1 << 30
_done = False


def guard_bool_refcounts() -> None:
    """Lend ``True`` and ``False`` ``2**30`` references, once per process (CPython 3.11 only)."""
    global _done  # noqa: PLW0603
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for obj in (True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _PAD
    _done = True
