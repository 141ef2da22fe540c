"""The window imports every page and dialog normally (issue 17): a module that fails to import
fails here, instead of a menu item that quietly says it is "not available in this build"."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys

import winbook.ui

#: The start-up module imports the window, not the other way round (and its palette with it).
ENTRY = {"winbook.ui.launch", "winbook.ui.theme"}


def test_importing_the_window_imports_every_page_dialog_and_form() -> None:
    code = (
        "import json, sys, winbook.ui.main_window;"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('winbook.ui'))))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    imported = set(json.loads(out))
    every = {m.name for m in pkgutil.walk_packages(winbook.ui.__path__, "winbook.ui.")}
    assert {m for m in every if m.endswith(("_dialog", "_import", "wizard"))}  # dialogs exist
    assert {m for m in every if m.startswith("winbook.ui.pages.")}  # and pages
    assert sorted(every - ENTRY - imported) == []
