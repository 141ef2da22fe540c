"""The core never imports Qt: domain, store, io, report and the CLI import with PySide6 blocked.

Every module under those packages is found by walking the package folders, so modules added
later are covered without editing this test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import winbook

CORE_PACKAGES = ("domain", "store", "io", "report")

CHILD = r"""
import importlib, importlib.abc, json, pkgutil, sys

BLOCKED = ("PySide6", "shiboken6")

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{name} is blocked: the core must not import Qt")
        return None

sys.meta_path.insert(0, NoQt())
for name in list(sys.modules):
    if name.split(".")[0] in BLOCKED:
        del sys.modules[name]

import winbook

names = ["winbook.cli", "winbook.desktop"]
for package in json.loads(sys.argv[1]):
    module = importlib.import_module(f"winbook.{package}")
    names.append(module.__name__)
    names += [m.name for m in pkgutil.walk_packages(module.__path__, f"{module.__name__}.")]

failed = {}
for name in names:
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed[name] = f"{type(exc).__name__}: {exc}"
qt = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
print(json.dumps({"imported": names, "failed": failed, "qt": qt}))
"""


def _expected_modules() -> set[str]:
    """The modules on disk, listed independently of pkgutil."""
    root = Path(winbook.__file__).resolve().parent
    found = {"winbook.cli", "winbook.desktop"}
    for package in CORE_PACKAGES:
        for file in (root / package).rglob("*.py"):
            parts = file.relative_to(root.parent).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found.add(".".join(parts))
    return found


def test_core_imports_without_qt() -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(winbook.__file__).resolve().parents[1])}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(CORE_PACKAGES)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["failed"] == {}
    assert report["qt"] == []
    assert set(report["imported"]) >= _expected_modules()
    assert "winbook.store.document" in report["imported"]


def test_the_block_works() -> None:
    """The same child refuses a module that does import Qt (so the test above can fail)."""
    code = CHILD.replace(
        'names = ["winbook.cli", "winbook.desktop"]', 'names = ["winbook.cli", "PySide6.QtCore"]'
    )
    env = {**os.environ, "PYTHONPATH": str(Path(winbook.__file__).resolve().parents[1])}
    result = subprocess.run(
        [sys.executable, "-c", code, "[]"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    report = json.loads(result.stdout.splitlines()[-1])
    assert "PySide6.QtCore" in report["failed"]
    assert "blocked" in report["failed"]["PySide6.QtCore"]
