"""The shape of the code (issue 17): no import circles, layers that import only downwards, and
rooms of a readable size. Read from the source with `ast`, so nothing is imported to check it."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "winbook"
GENERATED = PACKAGE / "ui" / "forms"  # pyside6-uic output from forms/*.ui
MAX_LINES = 500
#: Issue 17: at most this many uses of `Any` in the hand-written modules, each justified.
MAX_ANY = 60
#: Packages that hold no widgets and no command line: the window and `winbook` both sit on them.
CORE = ("winbook.domain", "winbook.store", "winbook.io", "winbook.report")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk(node: ast.AST) -> Iterator[ast.AST]:
    """Every node under ``node`` except what is imported only for the type checker."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _type_checking_only(child):
            for other in child.orelse:
                yield other
                yield from _walk(other)
            continue
        yield child
        yield from _walk(child)


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The project modules ``name`` imports at run time (at the top or inside a function)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _walk(ast.parse(path.read_text("utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base
                       for a in node.names]  # fmt: skip
        for dotted in targets:
            target = dotted
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(name, path, known) for name, path in known.items()}


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_the_checker_finds_a_circle_and_none_in_a_line() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_the_checker_reads_imports_inside_functions_but_not_for_the_type_checker(
    tmp_path: Path,
) -> None:
    code = (
        "from typing import TYPE_CHECKING\n"
        "from winbook.domain import model\n"
        "if TYPE_CHECKING:\n    from winbook.ui import pages\n"
        "def f():\n    from winbook.cli import main\n"
    )
    (tmp_path / "m.py").write_text(code, "utf-8")
    known = {n: Path() for n in ("winbook.domain.model", "winbook.ui.pages", "winbook.cli")}
    assert imports_of("winbook.x.m", tmp_path / "m.py", known) == {
        "winbook.domain.model",
        "winbook.cli",
    }


def test_no_import_circles() -> None:
    assert circles(graph()) == []


def test_the_core_never_imports_the_window_or_the_command_line() -> None:
    wrong = sorted(
        f"{name} imports {target}"
        for name, targets in graph().items()
        if name.startswith(CORE)
        for target in targets
        if target.startswith(("winbook.ui", "winbook.cli", "winbook.app", "winbook.desktop"))
    )
    assert wrong == []


def test_no_module_looks_up_the_project_by_name_at_run_time() -> None:
    """Every module is imported normally: an import error fails the tests, never degrades."""
    looked_up = [
        name
        for name, path in modules().items()
        if "import_module(" in path.read_text("utf-8") or "find_spec(" in path.read_text("utf-8")
    ]
    assert looked_up == []


@pytest.mark.parametrize("name", sorted(modules()))
def test_a_hand_written_module_stays_a_room(name: str) -> None:
    path = modules()[name]
    if GENERATED in path.parents:
        return
    lines = len(path.read_text("utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(SRC)} has {lines} lines"


def any_uses(tree: ast.AST) -> int:
    """Uses of `Any` as a name (``Any``, ``typing.Any``), the import itself not counted."""
    return sum(
        (isinstance(n, ast.Name) and n.id == "Any")
        or (isinstance(n, ast.Attribute) and n.attr == "Any")
        for n in ast.walk(tree)
    )


def test_the_any_counter_counts_uses_not_imports() -> None:
    source = "from typing import Any\nimport typing\nx: Any\ny: list[typing.Any] = []\n"
    assert any_uses(ast.parse(source)) == 2


def test_any_is_rare_and_says_why_where_it_stands() -> None:
    counts = {
        name: any_uses(ast.parse(path.read_text("utf-8")))
        for name, path in modules().items()
        if GENERATED not in path.parents
    }
    used = {name: n for name, n in counts.items() if n}
    assert sum(used.values()) <= MAX_ANY, sorted(used.items(), key=lambda kv: -kv[1])
    unexplained = [
        name
        for name in used
        if "Any:" not in (text := modules()[name].read_text("utf-8")) and "`Any`" not in text
    ]
    assert unexplained == []


def part_literals(tree: ast.AST) -> list[str]:
    """Plan parts named as string literals where a change signal's ``part`` is compared
    (``part == "race"``, ``part in ("timeline", "race")``): the typed handles say it instead."""
    found = []
    for n in ast.walk(tree):
        if not (isinstance(n, ast.Compare) and isinstance(n.left, ast.Name)):
            continue
        if n.left.id != "part":
            continue
        for right in n.comparators:
            items = right.elts if isinstance(right, ast.Tuple | ast.List | ast.Set) else [right]
            found += [
                i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)
            ]
    return found


def test_the_part_literal_finder_finds_both_forms() -> None:
    source = 'if part == "race": pass\nif part in ("timeline", RACE.path): pass\n'
    assert part_literals(ast.parse(source)) == ["race", "timeline"]


def test_the_window_names_plan_parts_by_their_handles() -> None:
    literals = {
        name: found
        for name, path in modules().items()
        if name.startswith("winbook.ui") and GENERATED not in path.parents
        if (found := part_literals(ast.parse(path.read_text("utf-8"))))
    }
    assert literals == {}
