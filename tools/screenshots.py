"""Render every page of a sample plan to PNG (offscreen), at 1366x768 and at 200 % scale.

    PYTHONPATH=src python tools/screenshots.py OUT_DIR [--sample school-board] [--scale 2]
        [--empty] [--dark] [--prefix dark_] [--size 1024x700] [--coach]
        [--results FILE... --office TEXT [--support NAME...]]

Writes ``OUT_DIR/<page>.png`` at 1366x768 and, with ``--scale`` (default 2), re-runs itself
with ``QT_SCALE_FACTOR`` set to write ``OUT_DIR/scale-<N>/<page>.png`` (the same logical
window, so at 200 % each picture is 2732x1536 pixels of a 683x384-point window).
``--empty`` renders a new untitled plan instead of the sample; ``--dark`` applies the Fusion
style with a dark palette (`winbook.ui.theme`); ``--prefix`` is put before each file name;
``--size`` sets the window size (1366x768) and ``--coach`` turns coach mode on. ``--results``
imports those results files into the plan's "Where the votes are" page first (the contest
``--office``, the candidates like you ``--support``), as the page's Use this contest does.
App data and settings go to a temporary folder: your own files are never touched.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WIDTH, HEIGHT = 1366, 768


def _isolate(root: Path) -> None:
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        os.environ[var] = str(root / sub)


def render(
    out_dir: Path,
    sample: str | None,
    scale: float,
    dark: bool = False,
    prefix: str = "",
    size: tuple[int, int] = (WIDTH, HEIGHT),
    coach: bool = False,
    targeting: tuple[list[str], str, list[str]] | None = None,
) -> list[Path]:
    """Open a copy of ``sample`` (None: a new plan) and grab every page; returns the files."""
    from PySide6.QtWidgets import QApplication

    from winbook.ui.launch import build_window, configure_application
    from winbook.ui.theme import apply_dark

    app = QApplication.instance() or QApplication(["winbook-screenshots"])
    assert isinstance(app, QApplication)
    configure_application(app)
    if dark:
        apply_dark(app)
    window = build_window(None, sample)
    if coach and not window.action_coach_mode.isChecked():
        window.action_coach_mode.trigger()
    if targeting is not None and window.doc is not None:
        _import_targeting(window.doc, *targeting)
    logical = (round(size[0] / scale), round(size[1] / scale))
    window.resize(*logical)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        for key in window.page_keys():
            window.show_page(key)
            for _ in range(3):
                app.processEvents()
            path = out_dir / f"{prefix}{key}.png"
            if not window.grab().save(str(path)):
                raise OSError(f"cannot write {path}")
            written.append(path)
    finally:
        if window.doc is not None:
            window.doc.close(discard_untitled=True)
        window.deleteLater()
        app.processEvents()
    return written


def _import_targeting(doc: Any, files: list[str], office: str, support: list[str]) -> None:
    """What the targeting page's Use this contest does, without the file dialog."""
    import dataclasses

    from winbook.io.targeting_import import read_elections

    elections = read_elections(files, office)
    t = dataclasses.replace(
        doc.plan.targeting, office=office, elections=elections, references=list(support)
    )
    doc.set_object("targeting", t, "Import results for targeting")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--sample", default="school-board")
    parser.add_argument("--scale", type=float, default=2.0, help="also render at this scale")
    parser.add_argument("--empty", action="store_true", help="a new untitled plan")
    parser.add_argument("--dark", action="store_true", help="Fusion style, dark palette")
    parser.add_argument("--prefix", default="", help="put before each file name")
    parser.add_argument("--size", default=f"{WIDTH}x{HEIGHT}", help="window size, e.g. 1024x700")
    parser.add_argument("--coach", action="store_true", help="with coach mode on")
    parser.add_argument("--results", nargs="+", default=[], help="results files to target")
    parser.add_argument("--office", default="", help="with --results: the contest")
    parser.add_argument("--support", nargs="*", default=[], help="candidates like you")
    parser.add_argument("--only-this-scale", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    width, _x, height = args.size.partition("x")
    size = (int(width), int(height))
    sample = None if args.empty else args.sample
    with tempfile.TemporaryDirectory(prefix="winbook-shots-") as tmp:
        _isolate(Path(tmp))
        current = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
        targeting = (args.results, args.office, args.support) if args.results else None
        files = render(
            args.out_dir, sample, current, args.dark, args.prefix, size, args.coach, targeting
        )
    for f in files:
        print(f)
    if args.only_this_scale or not args.scale or args.scale == 1:
        return 0
    sub = args.out_dir / f"scale-{args.scale:g}"
    env = dict(os.environ, QT_SCALE_FACTOR=f"{args.scale:g}")
    cmd = [sys.executable, __file__, str(sub), "--sample", args.sample, "--only-this-scale"]
    cmd += ["--prefix", args.prefix, "--size", args.size]
    cmd += [f for f in ("--empty", "--dark", "--coach") if getattr(args, f[2:])]
    if args.results:
        cmd += ["--results", *args.results, "--office", args.office]
        cmd += ["--support", *args.support] if args.support else []
    return subprocess.run(cmd, env=env, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
