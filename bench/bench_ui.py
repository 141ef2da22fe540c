"""Window benchmarks: start-up with a sample open, and one budget edit on 1,000 lines.

    PYTHONPATH=src python bench/bench_ui.py [--runs 5] [--edits 40]

1. Start-up: a fresh Python process imports Winbook, opens a copy of the school-board sample
   and shows the window; the time to the first event-loop tick after ``show()`` (median of
   ``--runs`` processes, measured inside the process from interpreter start-up, and also the
   whole process wall time including Python itself).
2. Edit to figures: a plan with 1,000 budget lines; one amount typed into the budget through
   ``doc.set_value`` (what the table's editor calls); the time until every figure in the strip,
   the readiness score and the navigator marks are updated (target under 50 ms).
App data and settings go to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from _common import budget_plan, machine, timings_ms

from winbook.domain.parts import EXPENSES

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]

STARTUP_CHILD = """
import time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["winbook"])
from winbook.ui.launch import build_window, configure_application
configure_application(app)
win = build_window(None, "school-board")
def done():
    print(f"{(time.perf_counter() - t0) * 1000:.1f}", win.figures_strip.value_text("vote_goal"))
    win.doc.close()
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def startup(runs: int, env: dict[str, str]) -> tuple[list[float], list[float], str]:
    inside: list[float] = []
    wall: list[float] = []
    goal = ""
    for _ in range(runs):
        t0 = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", STARTUP_CHILD],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        wall.append((time.perf_counter() - t0) * 1000)
        inside.append(float(out[0]))
        goal = out[1]
    return inside, wall, goal


def edit_latency(edits: int) -> tuple[list[float], str, str]:
    from PySide6.QtWidgets import QApplication

    from winbook.app.document import PlanDocument
    from winbook.ui.launch import configure_application
    from winbook.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["winbook-bench"])
    assert isinstance(app, QApplication)
    configure_application(app)
    win = MainWindow()
    doc = PlanDocument.from_plan(budget_plan())
    win.set_document(doc)
    win.resize(1366, 768)
    win.show()
    if "budget" in win.page_keys():  # the open budget page (tables, chart) updates too
        win.show_page("budget")
    app.processEvents()
    amounts = iter(range(1000, 1000 + edits))

    def one_edit() -> None:
        doc.set_value(EXPENSES.field("amount"), 500, Decimal(next(amounts)), merge=False)
        app.processEvents()  # deferred repaints and queued updates count too

    times = timings_ms(one_edit, edits)
    before = win.figures_strip.value_text("budget")
    win.hide()  # no close(): an untitled plan with changes would ask to be kept
    # budget_plan(): sum(10..1009) = 509,500; line 500 held 510 and now holds 1000 + (edits - 1)
    expected = 509_500 - 510 + 1000 + edits - 1
    return times, before, f"${expected:,}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--edits", type=int, default=40)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="winbook-bench-") as tmp:
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        inside, wall, goal = startup(args.runs, env)
        times, shown, expected = edit_latency(args.edits)
    print(machine())
    print(f"start-up to shown window, sample open ({args.runs} runs, vote goal {goal}):")
    print(f"  in-process median {statistics.median(inside):.0f} ms (min {min(inside):.0f})")
    print(f"  whole process median {statistics.median(wall):.0f} ms (min {min(wall):.0f})")
    print(f"budget edit -> every figure updated, 1,000 lines ({args.edits} edits):")
    print(
        f"  median {statistics.median(times):.1f} ms, max {max(times):.1f} ms "
        f"(target < 50 ms); total budget shown {shown}, expected {expected}"
    )
    return 0 if shown == expected else 1


if __name__ == "__main__":
    raise SystemExit(main())
