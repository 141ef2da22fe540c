"""Winbook as a desktop citizen: its .desktop entry, icons and the application/x-winbook type,
and `winbook --install-desktop` (issue 14)."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.files import need
from winbook import desktop
from winbook.cli import main
from winbook.domain.model import Plan
from winbook.store.files import save_plan

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _validate(path: Path) -> None:
    """desktop-file-validate (Debian desktop-file-utils, installed by tools/dev.sh test)."""
    tool = need("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _entry(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def test_the_bundled_desktop_entry_is_valid_and_opens_plans() -> None:
    _validate(desktop.desktop_file())
    entry = _entry(desktop.desktop_file().read_text(encoding="utf-8"))
    assert entry["Name"] == "Winbook"
    assert entry["Icon"] == "winbook"
    assert entry["MimeType"] == "application/x-winbook;"
    assert entry["Exec"] == "winbook %f"  # one file per launch, as the window takes one PLAN


def test_the_mime_type_has_the_glob_and_the_magic_at_offset_68() -> None:
    root = ET.parse(desktop.mime_file()).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (kind,) = root.findall(f"{MIME_NS}mime-type")
    assert kind.get("type") == "application/x-winbook"
    assert [g.get("pattern") for g in kind.findall(f"{MIME_NS}glob")] == ["*.winbook"]
    (match,) = kind.findall(f"{MIME_NS}magic/{MIME_NS}match")
    assert (match.get("type"), match.get("offset"), match.get("value")) == ("string", "68", "WnBk")


def test_the_store_writes_wnbk_where_the_magic_looks(tmp_path: Path) -> None:
    """SQLite's header keeps PRAGMA application_id big-endian at bytes 68-71 (sqlite.org,
    "Database File Format", 1.3); Winbook's is 0x576E426B, the ASCII of "WnBk"."""
    path = tmp_path / "plan.winbook"
    save_plan(Plan(), path)
    assert path.read_bytes()[68:72] == b"WnBk"


def test_the_icon_set_has_an_svg_and_each_png_size() -> None:
    svg = ET.parse(desktop.icon_svg()).getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert (svg.get("width"), svg.get("height")) == ("256", "256")
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert _png_size(desktop.icon_png(size)) == (size, size)


@pytest.mark.parametrize(
    ("arg", "quoted"),
    [
        ("/usr/bin/winbook", "/usr/bin/winbook"),
        ("/home/ana/My Apps/winbook", '"/home/ana/My Apps/winbook"'),
        ("/opt/100%/winbook", "/opt/100%%/winbook"),
        # spec: inside quotes, " ` $ \ take a backslash; a string value doubles each backslash
        ('/tmp/a"b $c', '"/tmp/a\\\\"b \\\\$c"'),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_says(arg: str, quoted: str) -> None:
    assert desktop.exec_quote(arg) == quoted


def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return data


def test_install_desktop_writes_the_xdg_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _isolated_home(tmp_path, monkeypatch)
    launcher = tmp_path / "My Apps" / "winbook"
    monkeypatch.setattr(desktop, "launcher", lambda: [str(launcher)])

    assert main(["--install-desktop"]) == 0

    entry_path = data / "applications" / "winbook.desktop"
    assert capsys.readouterr().out.splitlines() == [
        f"Installed {entry_path} (the applications menu entry)",
        f"Installed {data / 'mime' / 'packages' / 'winbook.xml'} (the .winbook file type) "
        "and 16 icons",
    ]
    _validate(entry_path)
    entry = _entry(entry_path.read_text(encoding="utf-8"))
    assert entry["Exec"] == f'"{launcher}" %f'
    assert entry["TryExec"] == str(launcher)
    hicolor = data / "icons" / "hicolor"
    for kind, name in (("apps", "winbook"), ("mimetypes", "application-x-winbook")):
        assert (hicolor / "scalable" / kind / f"{name}.svg").read_bytes() == (
            desktop.icon_svg().read_bytes()
        )
        assert _png_size(hicolor / "48x48" / kind / f"{name}.png") == (48, 48)
    xml = data / "mime" / "packages" / "winbook.xml"
    assert xml.read_bytes() == desktop.mime_file().read_bytes()


MIME_OF = "from PySide6.QtCore import QMimeDatabase; import sys; " + (
    "print(*(QMimeDatabase().mimeTypeForFile(p).name() for p in sys.argv[1:]))"
)


def test_after_installing_the_desktop_knows_a_plan_by_name_and_by_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _isolated_home(tmp_path, monkeypatch)
    plan = tmp_path / "plan.winbook"
    save_plan(Plan(), plan)
    renamed = tmp_path / "sent-by-email.db"  # no .winbook: only the magic can tell
    shutil.copy(plan, renamed)
    desktop.install_desktop(data, ["/usr/bin/winbook"])
    assert (data / "mime" / "mime.cache").exists()  # update-mime-database ran

    env = dict(os.environ, XDG_DATA_HOME=str(data))
    done = subprocess.run(
        [sys.executable, "-c", MIME_OF, str(plan), str(renamed)],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    assert done.stdout.split() == ["application/x-winbook", "application/x-winbook"]


def test_install_desktop_takes_no_plan(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--install-desktop", "plan.winbook"]) == 2
    assert capsys.readouterr().err == (
        "winbook: --install-desktop takes no plan and no --sample.\n"
    )
