"""The domain reads no files: no module of it imports the store, io, report, ui or paths,
not even lazily inside a function (readiness once loaded its profile that way)."""

from __future__ import annotations

import ast
from pathlib import Path

import winbook.domain

FORBIDDEN = ("winbook.store", "winbook.io", "winbook.report", "winbook.ui", "winbook.app")
FORBIDDEN_EXACT = ("winbook.paths", "winbook.atomic")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
            names += [
                a.value
                for a in node.args
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            ]
    return names


def test_the_domain_imports_nothing_that_reads_files() -> None:
    folder = Path(winbook.domain.__file__).parent
    modules = sorted(folder.glob("*.py"))
    assert len(modules) > 10  # the walk really found the domain
    bad = [
        f"{path.name}: {name}"
        for path in modules
        for name in _imports(path)
        if name.startswith(FORBIDDEN) or name in FORBIDDEN_EXACT
    ]
    assert bad == []
