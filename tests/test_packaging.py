"""A normal (non-editable) install carries everything the app needs (issue 2, Package)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _build_wheel(out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(out)],
        check=True,
        cwd=out,
    )  # fmt: skip
    (wheel,) = out.glob("winbook-*.whl")
    return wheel


def test_wheel_holds_resources_forms_and_entry_point(tmp_path: Path) -> None:
    names = set(zipfile.ZipFile(_build_wheel(tmp_path)).namelist())
    for folder in ("samples", "profiles", "fonts", "desktop", "icons"):
        expected = {
            f"winbook/resources/{p.relative_to(ROOT / 'resources').as_posix()}"
            for p in (ROOT / "resources" / folder).rglob("*")
            if p.is_file()
        }
        assert expected, folder
        assert expected <= names, sorted(expected - names)
    forms = {f"winbook/ui/forms/ui_{p.stem}.py" for p in (ROOT / "forms").glob("*.ui")}
    assert forms <= names, sorted(forms - names)
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(next(tmp_path.glob("winbook-*.whl"))).read(entry)
    assert b"winbook = winbook.cli:main" in text


def test_installed_package_finds_its_resources_from_any_directory(tmp_path: Path) -> None:
    """Install the wheel alone into a folder and use it from elsewhere, with no source tree."""
    site = tmp_path / "site"
    wheel = _build_wheel(tmp_path)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
         str(wheel)],
        check=True,
    )  # fmt: skip
    code = (
        f"import sys; sys.path.insert(0, {str(site)!r});"
        "import winbook.paths as p, json;"
        "r = p.resources_dir();"
        "print(r.is_relative_to(p.__file__.rsplit('/', 1)[0]));"
        "print(json.load(open(r / 'profiles' / 'default.json'))['id']);"
        "print((r / 'fonts' / 'DejaVuSans.ttf').stat().st_size > 100_000);"
        "print(len(list(p.samples_dir().glob('*.json'))))"
    )
    out = subprocess.run(
        [sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout
    assert out.split() == ["True", "default", "True", "3"]


def test_the_readme_links_exactly_the_screenshots_the_tool_makes() -> None:
    """Every image the README links is one `tools/screenshots.py docs/screenshots` writes (and
    is in the repository); the tool writes nothing the README does not link."""
    import importlib.util
    import re

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("screenshots", root / "tools/screenshots.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    readme = (root / "README.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\(docs/screenshots/([^)]+\.png)\)", readme))
    assert linked == set(tool.expected_files())
    for name in linked:
        assert (root / "docs" / "screenshots" / name).is_file(), name
    assert "tools/screenshots.py docs/screenshots" in readme
