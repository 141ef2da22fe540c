"""Render Winbook's windows to PNG (offscreen): every image the README links, and a gallery.

    PYTHONPATH=src python tools/screenshots.py OUT_DIR
    PYTHONPATH=src python tools/screenshots.py OUT_DIR --one [--sample school-board | --empty |
        --new county_clerk:MI] [--scale 2] [--dark] [--prefix dark_] [--size 1024x700] [--coach]

Without ``--one`` it writes every image the README links (about a minute):

- ``OUT_DIR/*.png``: the school-board sample at 1366 x 768: the win number, history, budget,
  candidate and race, and readiness pages; ``coach_mode.png`` (the why page, coach notes open
  at what changed since the last session); ``export_dialog.png`` (File → Export packet, its
  preview rendered); ``new_plan_dialog.png`` (File → New); ``glossary.png`` (Help → Glossary);
  ``dark_win_number.png`` (the dark palette); ``precincts.png`` (Where the votes are, with the
  real 2023 Chapel Hill mayor's precinct results of ``tests/data/nc-series`` imported, as the
  page's Use this contest does); ``fundraising_import.png`` (the Fundraising page's figures
  from the sample's contribution export) and ``contributions_import_dialog.png`` (Import
  contributions…, over a made-up ActBlue-layout export of fictional donors);
- ``OUT_DIR/views/<plan>_<view>_<page>.png``: a new county-clerk plan (made as File → New
  makes it) and each bundled sample, at three views: ``1366x768``, ``1024x700-coach`` (coach
  mode on: a coach's laptop) and ``200pct`` (1366 x 768 pixels at 200% scale), one page each.

With ``--gallery`` the views hold every page: ``OUT_DIR/gallery/<plan>/<view>/<page>.png``
(about 250 images, not kept in the repository).

``--one`` renders one plan at one view (the options as named). A 200% view and the dark
palette run in a child process (``QT_SCALE_FACTOR`` and the palette are set per process).
App data and settings go to a temporary folder: your own files are never touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from winbook.domain.parts import CONTRIBUTIONS, TARGETING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
WIDTH, HEIGHT = 1366, 768
#: The precinct results the Where the votes are screenshot imports (real files, see
#: tests/data/README.md) and the contest in them.
RESULTS = (
    ROOT / "tests" / "data" / "nc-series" / "20231107__nc__general__precinct__chapel_hill_mayor.csv"
)
RESULTS_OFFICE = "TOWN OF CHAPEL HILL MAYOR"
#: The README's images of the new pages: precinct targeting and imported contributions.
EXTRA_IMAGES = ("precincts.png", "fundraising_import.png", "contributions_import_dialog.png")
SAMPLES = ("school-board", "county-clerk", "state-house")
NEW_CLERK = "county_clerk:MI"  # the new plan of the gallery: office and state
#: The README's images of the school-board sample: file name -> page.
README_PAGES = ("win_number", "history", "budget", "candidate_race", "readiness")


def _isolate(root: Path) -> None:
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        os.environ[var] = str(root / sub)


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    from winbook.ui.launch import configure_application

    app = QApplication.instance() or QApplication(["winbook-screenshots"])
    assert isinstance(app, QApplication)
    configure_application(app)
    return app


def _settle(app: Any, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


def _window(sample: str | None, new: str | None, coach: bool, size: tuple[int, int]) -> Any:
    """A window with ``sample`` (or a new plan for ``office:STATE``, or an empty one)."""
    from winbook.domain.model import Level
    from winbook.domain.offices import new_plan
    from winbook.ui.launch import build_window

    window = build_window(None, sample)
    if new:
        office, _sep, state = new.partition(":")
        window.new_plan(new_plan(Level(office), state, dt.date.today()))
    if coach != window.action_coach_mode.isChecked():
        window.action_coach_mode.trigger()
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    window.resize(round(size[0] / scale), round(size[1] / scale))
    window.show()
    return window


def _close(app: Any, window: Any) -> None:
    if window.doc is not None:
        window.doc.close(discard_untitled=True)
    window.close()
    window.deleteLater()
    _settle(app)


def _save(widget: Any, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    return path


def render_pages(
    out_dir: Path,
    sample: str | None,
    new: str | None = None,
    size: tuple[int, int] = (WIDTH, HEIGHT),
    coach: bool = False,
    prefix: str = "",
    pages: tuple[str, ...] = (),
) -> list[Path]:
    """Grab each page (all of them when ``pages`` is empty) of one window; returns the files."""
    app = _app()
    window = _window(sample, new, coach, size)
    written: list[Path] = []
    try:
        for key in pages or tuple(window.page_keys()):
            window.show_page(key)
            _settle(app)
            written.append(_save(window, out_dir / f"{prefix}{key}.png"))
    finally:
        _close(app, window)
    return written


def render_dialogs(out_dir: Path) -> list[Path]:
    """Coach mode, the export dialog, File → New and the glossary, over the school sample."""
    app = _app()
    window = _window("school-board", None, True, (WIDTH, HEIGHT))
    written: list[Path] = []
    try:
        window.show_page("why")  # edited since the last session: show what changed
        _show_changes_tab(window)
        _settle(app)
        written.append(_save(window, out_dir / "coach_mode.png"))
        window.action_coach_mode.trigger()
        written.append(_dialog(app, window, _export_dialog, out_dir / "export_dialog.png"))
        written.append(_dialog(app, window, _new_plan_dialog, out_dir / "new_plan_dialog.png"))
        written.append(_dialog(app, window, _glossary, out_dir / "glossary.png"))
    finally:
        _close(app, window)
    return written


def render_extras(out_dir: Path, work: Path) -> list[Path]:
    """Where the votes are (results imported) and the contributions import, school sample."""
    app = _app()
    window = _window("school-board", None, False, (WIDTH, HEIGHT))
    written: list[Path] = []
    try:
        _import_targeting(window.doc, [RESULTS], RESULTS_OFFICE)
        window.show_page("precincts")
        _settle(app)
        written.append(_save(window, out_dir / "precincts.png"))
        export = _write_export(work / "actblue-export.csv")
        dialog = _contributions_dialog(window, export)
        try:
            _settle(app)
            written.append(_save(dialog, out_dir / "contributions_import_dialog.png"))
            # OK: what the page keeps (one undo step), as Import contributions… does
            window.doc.set_object(CONTRIBUTIONS, dialog.contributions(), "Import contributions")
        finally:
            dialog.close()
            dialog.deleteLater()
        window.show_page("fundraising")
        page = window.page("fundraising")
        _settle(app)
        page.ui.scroll_area.ensureWidgetVisible(page.ui.raised_group, 0, 0)
        _settle(app)
        written.append(_save(window, out_dir / "fundraising_import.png"))
    finally:
        _close(app, window)
    return written


def _import_targeting(doc: Any, files: list[Path], office: str) -> None:
    """What the targeting page's Use this contest does, without the file dialog."""
    import dataclasses

    from winbook.io.targeting.read import read_elections

    elections = read_elections(files, office)
    t = dataclasses.replace(doc.plan.targeting, office=office, elections=elections)
    doc.set_object(TARGETING, t, "Import results for targeting")


def _write_export(path: Path) -> Path:
    """A small export in ActBlue's column layout: fictional donors, the candidate among them."""
    import csv

    # ActBlue's columns (the docstring of the ActBlue connector in move-coop/parsons)
    columns = ("Receipt ID", "Date", "Amount", "Recurring Total Months", "Recurrence Number",
               "Recipient", "Fundraising Page", "Reference Code", "Donor First Name",
               "Donor Last Name", "Donor Addr1", "Donor City", "Donor State", "Donor ZIP",
               "Donor Country", "Donor Occupation", "Donor Employer", "Donor Email",
               "Donor Phone", "Donor ID", "Lineitem ID", "Payment Date", "Refund ID",
               "Refund Date", "Fee", "Card Type", "Mobile")  # fmt: skip
    donors = [("Rosa", "Delgado"), ("Tom", "Berglund"), ("Ama", "Mensah"), ("Lee", "Park"),
              ("Nora", "Haddad"), ("Sam", "Ortiz"), ("Ivy", "Chen")]  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns)
        writer.writeheader()
        for n in range(30):
            first, last = ("Maya", "Okafor") if n == 0 else donors[n % len(donors)]
            amount = "500.00" if n == 0 else f"{(25, 50, 100, 250)[n % 4]}.00"
            writer.writerow({
                "Receipt ID": f"R{n}", "Date": f"2027-{3 + n % 3:02d}-{1 + n:02d} 09:00:00",
                "Amount": amount, "Recipient": "Okafor for Riverbend Schools",
                "Donor First Name": first, "Donor Last Name": last, "Donor ZIP": "55401",
                "Donor ID": "D0" if n == 0 else f"D{1 + n % len(donors)}",
                "Fee": f"{float(amount) * 0.0395:.2f}",
            })  # fmt: skip
    return path


def _contributions_dialog(window: Any, export: Path) -> Any:
    from winbook.ui.contributions_import import ContributionsImportDialog

    dialog = ContributionsImportDialog([export], window.doc.plan, window)
    dialog.resize(900, 680)
    dialog.show()
    return dialog


def _show_changes_tab(window: Any) -> None:
    from PySide6.QtWidgets import QTabWidget

    for tabs in window.findChildren(QTabWidget):
        for i in range(tabs.count()):
            if tabs.tabText(i).startswith("Changes"):
                tabs.setCurrentIndex(i)


def _dialog(app: Any, window: Any, make: Callable[[Any, Any], Any], path: Path) -> Path:
    dialog = make(app, window)
    try:
        _settle(app)
        return _save(dialog, path)
    finally:
        dialog.close()
        dialog.deleteLater()
        _settle(app)


def _export_dialog(app: Any, window: Any) -> Any:
    from winbook.ui.export_dialog import ExportPacketDialog

    window.doc.flush()
    dialog = ExportPacketDialog(window.doc.plan, window)
    dialog.resize(1100, 700)
    dialog.show()
    deadline = time.monotonic() + 60
    while not dialog.preview_ready() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    return dialog


def _new_plan_dialog(app: Any, window: Any) -> Any:
    dialog = window.ask_new_plan()
    dialog.state_combo.setCurrentText("Michigan (MI)")
    index = dialog.office_combo.findData("county_clerk")
    dialog.office_combo.setCurrentIndex(index)
    return dialog


def _glossary(app: Any, window: Any) -> Any:
    dialog = window.show_glossary("first-loser")
    dialog.resize(680, 440)
    return dialog


# --------------------------------------------------------------------------- the whole set


def _child(args: list[str], env: dict[str, str] | None = None) -> None:
    """Run this script again (a fresh process: scale factor and palette are per process)."""
    cmd = [sys.executable, __file__, *args]
    subprocess.run(cmd, env=dict(os.environ, **(env or {})), check=True)


#: The plans of the views, with the page each is shown at in ``views/``.
VIEW_PLANS: tuple[tuple[str, list[str], str], ...] = (
    ("new-county-clerk", ["--new", NEW_CLERK], "why"),
    ("school-board", ["--sample", "school-board"], "win_number"),
    ("county-clerk", ["--sample", "county-clerk"], "history"),
    ("state-house", ["--sample", "state-house"], "budget"),
)


VIEWS: tuple[tuple[str, tuple[int, int], bool, str], ...] = (
    ("1366x768", (WIDTH, HEIGHT), False, "1"),
    ("1024x700-coach", (1024, 700), True, "1"),
    ("200pct", (WIDTH, HEIGHT), False, "2"),
)


def render_all(out_dir: Path, gallery: bool, work: Path) -> None:
    """The README's images; with ``gallery``, every page of every plan at every view too."""
    for f in render_pages(out_dir, "school-board", pages=README_PAGES):
        print(f)
    for f in render_dialogs(out_dir):
        print(f)
    for f in render_extras(out_dir, work):
        print(f)
    for name, choice, page in VIEW_PLANS:
        for view, size, coach, scale in VIEWS:
            folder, prefix = _target(out_dir, gallery, name, view)
            pages = () if gallery else (page,)
            if scale == "1":
                for f in render_pages(folder, *_pick(choice), size, coach, prefix, pages):
                    print(f)
                continue
            args = [
                str(folder),
                "--one",
                *choice,
                "--prefix",
                prefix,
                "--size",
                f"{size[0]}x{size[1]}",
            ]
            args += ["--coach"] * coach + [a for p in pages for a in ("--page", p)]
            _child(args, {"QT_SCALE_FACTOR": scale})
    dark = ["--one", "--sample", "school-board", "--dark", "--prefix", "dark_"]
    _child([str(out_dir), *dark, "--page", "win_number"])


def expected_files() -> list[str]:
    """The files (relative to OUT_DIR) a run without ``--gallery`` writes."""
    names = [f"{p}.png" for p in README_PAGES]
    names += ["coach_mode.png", "export_dialog.png", "new_plan_dialog.png", "glossary.png"]
    names += list(EXTRA_IMAGES)
    names += [
        f"views/{plan}_{view}_{page}.png"
        for plan, _choice, page in VIEW_PLANS
        for view, _size, _coach, _scale in VIEWS
    ]
    return [*names, "dark_win_number.png"]


def _target(out_dir: Path, gallery: bool, plan: str, view: str) -> tuple[Path, str]:
    """Where a view's images go: ``gallery/<plan>/<view>/<page>.png`` for the gallery, else
    ``views/<plan>_<view>_<page>.png``."""
    if gallery:
        return out_dir / "gallery" / plan / view, ""
    return out_dir / "views", f"{plan}_{view}_"


def _pick(choice: list[str]) -> tuple[str | None, str | None]:
    """(sample, new) from ``["--sample", name]`` or ``["--new", office:STATE]``."""
    return (choice[1], None) if choice[0] == "--sample" else (None, choice[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--one", action="store_true", help="one plan at one view")
    parser.add_argument("--sample", default="school-board")
    parser.add_argument("--empty", action="store_true", help="an empty untitled plan")
    parser.add_argument("--new", default="", help="a new plan for OFFICE:STATE")
    parser.add_argument("--scale", type=float, default=1.0, help="also render at this scale")
    parser.add_argument("--dark", action="store_true", help="Fusion style, dark palette")
    parser.add_argument("--prefix", default="", help="put before each file name")
    parser.add_argument("--size", default=f"{WIDTH}x{HEIGHT}", help="window size, e.g. 1024x700")
    parser.add_argument("--coach", action="store_true", help="with coach mode on")
    parser.add_argument("--page", action="append", default=[], help="only this page")
    parser.add_argument("--gallery", action="store_true", help="every page at every view")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="winbook-shots-") as tmp:
        _isolate(Path(tmp))
        if not args.one:
            render_all(args.out_dir, args.gallery, Path(tmp) / "work")
            return 0
        if args.dark:
            from winbook.ui.theme import apply_dark

            apply_dark(_app())
        width, _x, height = args.size.partition("x")
        sample = None if args.empty or args.new else args.sample
        files = render_pages(
            args.out_dir,
            sample,
            args.new or None,
            (int(width), int(height)),
            args.coach,
            args.prefix,
            tuple(args.page),
        )
    for f in files:
        print(f)
    if args.scale and args.scale != 1:
        rest = [a for a in (argv if argv is not None else sys.argv[1:]) if a != str(args.out_dir)]
        _child([str(args.out_dir / f"scale-{args.scale:g}"), *_without_scale(rest)],
               {"QT_SCALE_FACTOR": f"{args.scale:g}"})  # fmt: skip
    return 0


def _without_scale(args: list[str]) -> list[str]:
    out: list[str] = []
    skip = False
    for a in args:
        if skip:
            skip = False
            continue
        if a == "--scale":
            skip = True
            continue
        if not a.startswith("--scale="):
            out.append(a)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
