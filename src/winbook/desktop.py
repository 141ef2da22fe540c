"""Winbook as a desktop citizen: its `.desktop` entry, icons and plan file type (no Qt).

`install_desktop()` (``winbook --install-desktop``) copies them into the current user's XDG
folders, so Winbook appears in the applications menu with its icon and a double-click on a
``.winbook`` file opens it:

- ``$XDG_DATA_HOME/applications/winbook.desktop`` (its ``Exec`` is this Winbook's launcher),
- ``$XDG_DATA_HOME/icons/hicolor/{N}x{N}/apps/winbook.png`` and ``scalable/apps/winbook.svg``
  (the same pictures as ``mimetypes/application-x-winbook`` for the plan files),
- ``$XDG_DATA_HOME/mime/packages/winbook.xml``: ``application/x-winbook``, by the glob
  ``*.winbook`` or by the bytes ``WnBk`` at offset 68 (SQLite's ``application_id``),

then refreshes the desktop's caches with the freedesktop tools when they are installed.
``$XDG_DATA_HOME`` defaults to ``~/.local/share``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from winbook import atomic
from winbook.errors import WinbookError
from winbook.paths import resources_dir

APP_ID = "winbook"
MIME_TYPE = "application/x-winbook"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

#: Characters that make an Exec argument need quoting (Desktop Entry spec, "Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class DesktopInstallError(WinbookError):
    """The desktop files cannot be installed."""


def desktop_dir() -> Path:
    return resources_dir() / "desktop"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def desktop_file() -> Path:
    return desktop_dir() / f"{APP_ID}.desktop"


def mime_file() -> Path:
    return desktop_dir() / f"{APP_ID}.xml"


def icon_svg() -> Path:
    return icons_dir() / f"{APP_ID}.svg"


def icon_png(size: int) -> Path:
    return icons_dir() / f"{APP_ID}-{size}.png"


def xdg_data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def launcher() -> list[str]:
    """The command that starts this Winbook: the bundle, the installed script or python -m."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == APP_ID and script.is_file():
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "winbook"]


def exec_quote(arg: str) -> str:
    """One argument of a desktop file's ``Exec`` key, quoted as the spec asks."""
    arg = arg.replace("%", "%%")
    if not _RESERVED.intersection(arg):
        return arg
    escaped = "".join(f"\\{c}" if c in '"`$\\' else c for c in arg)
    return '"' + escaped.replace("\\", "\\\\") + '"'  # the string-value level escapes again


def desktop_entry(command: list[str]) -> str:
    """The bundled `.desktop` text with ``Exec`` and ``TryExec`` pointing at ``command``."""
    keys = {
        "Exec": " ".join(exec_quote(a) for a in command) + " %f",
        "TryExec": command[0],
    }
    lines = []
    for line in desktop_file().read_text(encoding="utf-8").splitlines():
        key = line.split("=", 1)[0]
        lines.append(f"{key}={keys[key]}" if key in keys else line)
    return "\n".join(lines) + "\n"


def is_installed(command: list[str], data_home: Path | None = None) -> bool:
    """True when the user's entry exists and starts ``command`` (not a moved or older copy)."""
    data = data_home if data_home is not None else xdg_data_home()
    entry = data / "applications" / f"{APP_ID}.desktop"
    try:
        return entry.read_text(encoding="utf-8") == desktop_entry(command)
    except (OSError, UnicodeDecodeError):
        return False


def _copies(data: Path) -> list[tuple[Path, bytes]]:
    """(destination, content) of every file the installation writes (besides the entry)."""
    hicolor = data / "icons" / "hicolor"
    mime_icon = MIME_TYPE.replace("/", "-")
    svg = icon_svg().read_bytes()
    out = [(data / "mime" / "packages" / f"{APP_ID}.xml", mime_file().read_bytes())]
    for kind, name in (("apps", APP_ID), ("mimetypes", mime_icon)):
        out.append((hicolor / "scalable" / kind / f"{name}.svg", svg))
        for size in ICON_SIZES:
            out.append(
                (hicolor / f"{size}x{size}" / kind / f"{name}.png", icon_png(size).read_bytes())
            )
    return out


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise atomic.os_error(path.parent, exc, "create the folder", DesktopInstallError) from exc
    atomic.atomic_write_bytes(path, data, DesktopInstallError)


def _refresh_caches(data: Path) -> None:
    """Tell the desktop about the new files (each tool is optional; failures are harmless)."""
    steps = [
        ["update-mime-database", str(data / "mime")],
        ["update-desktop-database", str(data / "applications")],
        ["xdg-mime", "default", f"{APP_ID}.desktop", MIME_TYPE],
    ]
    for step in steps:
        if shutil.which(step[0]) is None:
            continue
        try:
            subprocess.run(step, check=False, capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            continue


def install_desktop(data_home: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Install the entry, icons and file type for the current user; the files written."""
    data = data_home if data_home is not None else xdg_data_home()
    entry = data / "applications" / f"{APP_ID}.desktop"
    files = [(entry, desktop_entry(command or launcher()).encode("utf-8")), *_copies(data)]
    for path, content in files:
        _write(path, content)
    _refresh_caches(data)
    return [path for path, _ in files]
