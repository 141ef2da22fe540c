"""Every forms/*.ui compiles with pyside6-uic to exactly the committed ui_*.py (no drift)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))
COMPILED = ROOT / "src" / "winbook" / "ui" / "forms"


def _normalised(path: Path) -> str:
    """The generated code without the header line naming the uic version that wrote it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(x for x in lines if "Created by: Qt User Interface Compiler" not in x)


def _uic() -> str:
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    assert found, "pyside6-uic is not installed next to this Python"
    return found


def test_there_are_forms() -> None:
    assert FORMS, "forms/ holds no .ui files"
    assert (COMPILED / "__init__.py").exists()


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_compiled_form_matches(form: Path, tmp_path: Path) -> None:
    out = tmp_path / f"ui_{form.stem}.py"
    subprocess.run([_uic(), str(form), "-o", str(out)], check=True, timeout=60)
    committed = COMPILED / f"ui_{form.stem}.py"
    assert committed.exists(), f"{committed.name} is missing: run pyside6-uic on {form.name}"
    assert _normalised(committed) == _normalised(out), (
        f"{committed.name} differs from {form.name}: regenerate it with pyside6-uic"
    )
