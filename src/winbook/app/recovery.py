"""Crash recovery: lock markers for open plans and the autosave folder for untitled plans.

Every open document writes a small JSON marker (``*.lock``) in `autosave_dir()` recording the
process id and the plan's path. A clean close removes it. At the next start, a marker whose
process is gone means the app was killed or crashed: `find_recoverable()` lists those plans so
the window can offer to reopen them. Untitled plans live in `autosave_dir()` as
``untitled-*.winbook`` files until the user saves them somewhere else.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from winbook.errors import PlanFileError

UNTITLED_PREFIX = "untitled-"


class PlanInUseError(PlanFileError):
    """The plan is open in another running Winbook: a second writer would lose changes."""


def app_data_dir() -> Path:
    """The app's data folder (QStandardPaths.AppDataLocation), created if missing."""
    loc = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = Path(loc) if loc else Path.home() / ".winbook"
    path.mkdir(parents=True, exist_ok=True)
    return path


def autosave_dir() -> Path:
    """Where untitled plans and lock markers live, created if missing."""
    path = app_data_dir() / "autosave"
    path.mkdir(parents=True, exist_ok=True)
    return path


def new_untitled_path() -> Path:
    """A fresh file name for an untitled plan in `autosave_dir()`."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return autosave_dir() / f"{UNTITLED_PREFIX}{stamp}-{uuid.uuid4().hex[:8]}.winbook"


def is_autosave_path(path: Path) -> bool:
    """True when ``path`` is an untitled plan kept in the autosave folder."""
    return path.parent.resolve() == autosave_dir().resolve() and path.name.startswith(
        UNTITLED_PREFIX
    )


def marker_path(plan_path: Path) -> Path:
    digest = hashlib.sha1(str(plan_path.resolve()).encode("utf-8")).hexdigest()[:16]
    return autosave_dir() / f"{digest}.lock"


def write_marker(plan_path: Path, untitled: bool) -> Path:
    """Record that this process has ``plan_path`` open; returns the marker's path."""
    marker = marker_path(plan_path)
    data = {"pid": os.getpid(), "path": str(plan_path.resolve()), "untitled": untitled}
    tmp = marker.with_suffix(".lock.tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    tmp.replace(marker)
    return marker


def remove_marker(plan_path: Path) -> None:
    with contextlib.suppress(OSError):
        marker_path(plan_path).unlink()


@dataclass(frozen=True)
class Recoverable:
    """A plan left open by a process that is gone."""

    path: Path
    untitled: bool
    marker: Path
    pid: int

    def discard(self) -> None:
        """Forget it: remove the marker, and the untitled autosave file too."""
        with contextlib.suppress(OSError):
            self.marker.unlink()
        if self.untitled:
            with contextlib.suppress(OSError):
                self.path.unlink()


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _read_marker(marker: Path) -> Recoverable | None:
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        return Recoverable(Path(data["path"]), bool(data["untitled"]), marker, int(data["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def find_recoverable() -> list[Recoverable]:
    """Plans whose owning process died without closing them (existing files only)."""
    found: list[Recoverable] = []
    for marker in sorted(autosave_dir().glob("*.lock")):
        item = _read_marker(marker)
        if item is None or not item.path.exists():
            with contextlib.suppress(OSError):
                marker.unlink()
            continue
        if not pid_alive(item.pid):
            found.append(item)
    return found


def _looks_like_winbook(pid: int) -> bool:
    """False when ``pid`` is clearly some other program (a reused process id, on Linux)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().lower()
    except OSError:
        return True  # no /proc here: trust the marker
    return b"winbook" in cmdline or b"python" in cmdline


def other_owner(plan_path: Path) -> int | None:
    """The process id of another running Winbook that has ``plan_path`` open, if any."""
    item = _read_marker(marker_path(plan_path))
    if item is None or item.pid == os.getpid():
        return None
    if not pid_alive(item.pid) or not _looks_like_winbook(item.pid):
        return None
    return item.pid


def check_not_in_use(plan_path: Path) -> None:
    """Raise `PlanInUseError` when another running Winbook has ``plan_path`` open."""
    if other_owner(plan_path) is not None:
        raise PlanInUseError(
            f"{plan_path.name} is already open in another Winbook window; switch to that "
            "window, or close it there first, so two windows never write the same file."
        )
