"""Benchmark of the PDF packet: each sample plan, a plan with 1,000 budget lines, one section
pasted as a single 5,000-word and 40,000-word paragraph, and the packet side by side with
LibreOffice turning the same plan's workbook into a PDF.

Run: ``cd /work/main && PYTHONPATH=src /work/venv/bin/python bench/bench_packet.py [RUNS]
[--no-libreoffice]``. Prints the median of RUNS renders (after one warm-up that registers the
fonts) and the page count of each packet. Targets (issue 4): under 1 s per sample packet, under
3 s for 1,000 lines; (issue 13): 8 × the text costs at most 10 × the time; a sample packet at
least 3 × faster than ``soffice --headless --convert-to pdf`` of its workbook.

The LibreOffice comparison times two commands each started from the shell, as a user runs
them: ``python -m winbook export PLAN --pdf OUT`` (interpreter start and imports included) and
``soffice --headless --convert-to pdf BOOK.xlsx`` (with a throw-away profile, made once before
the timed runs), wall time and CPU time (the child's user + system), median of RUNS. Winbook's
modules are compiled ahead first, as an installed copy's are. The in-process render time is
printed beside it.
"""

from __future__ import annotations

import io
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import LINES, expense_lines, machine, timings_ms
from pypdf import PdfReader

from winbook.domain.model import Plan
from winbook.paths import samples_dir
from winbook.report.packet import PacketOptions, render_packet
from winbook.store.files import load_plan


def big_plan(base: Plan, lines: int = LINES) -> Plan:
    """``base`` with its expenses replaced by ``lines`` lines spread over its months."""
    base.expenses = expense_lines(lines, sorted({e.month for e in base.expenses}) or ["2027-09"])
    return base


def timed(plan: Plan, runs: int) -> tuple[float, int]:
    """The median seconds of ``runs`` renders of ``plan``, and the packet's page count."""
    options = PacketOptions(reproducible=True)
    packets: list[bytes] = []
    times = timings_ms(lambda: packets.append(render_packet(plan, options)), runs)
    return statistics.median(times) / 1000, len(PdfReader(io.BytesIO(packets[-1])).pages)


def long_paragraph(words: int) -> str:
    """``words`` words in one paragraph, a sentence ending after about one word in 12."""
    rnd = random.Random(13)
    out = []
    for i in range(words):
        out.append(f"word{i}." if rnd.random() < 1 / 12 else f"word{i}")
    return " ".join(out)


def long_text(runs: int) -> None:
    """The school-board sample with its first section one long paragraph: 5,000 vs 40,000."""
    medians = []
    for words in (5000, 40000):
        plan = load_plan(samples_dir() / "school-board.json")
        plan.sections[0].text = long_paragraph(words)
        median, pages = timed(plan, max(1, runs // 2))
        medians.append(median)
        print(f"{words:6,} words in one paragraph  {pages:3} pages  median {median * 1000:6.0f} ms")
    ratio = medians[1] / medians[0]
    verdict = "within" if ratio <= 10 else "OVER TARGET"
    print(f"8 × the text costs {ratio:.1f} × the time (target ≤ 10: {verdict})")


def _command(argv: list[str], runs: int, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Median wall and median CPU seconds (the child's user + system) of ``runs`` runs."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        subprocess.run(argv, check=True, env=env, capture_output=True, timeout=300)
        walls.append(time.monotonic() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def libreoffice(runs: int) -> None:
    """Each sample: the packet command against soffice converting the plan's workbook."""
    from winbook.io.xlsx_export import export_workbook

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice is not installed: no comparison")
        return
    version = subprocess.run(
        [soffice, "--version"], check=False, capture_output=True, text=True
    ).stdout
    print(f"LibreOffice: {version.strip()}")
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = dict(os.environ, PYTHONPATH=src)
    # as an installed Winbook (pip and the bundle compile ahead): with PYTHONDONTWRITEBYTECODE
    # set, as on these machines, every start would otherwise compile every module again
    subprocess.run([sys.executable, "-m", "compileall", "-q", src], check=False)
    with tempfile.TemporaryDirectory(prefix="bench-lo-") as tmp:
        work = Path(tmp)
        profile = f"-env:UserInstallation=file://{work / 'profile'}"
        for path in sorted(Path(samples_dir()).glob("*.json")):
            book = export_workbook(load_plan(path), work / f"{path.stem}.xlsx")
            lo = [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(book)]
            subprocess.run(lo, check=True, capture_output=True, timeout=300)  # makes the profile
            ours = [sys.executable, "-m", "winbook", "export", str(path), "--pdf"]
            ours += [str(work / f"{path.stem}-packet.pdf"), "--force"]
            lo_wall, lo_cpu = _command(lo, runs)
            wb_wall, wb_cpu = _command(ours, runs, env)
            inproc, _pages = timed(load_plan(path), runs)
            print(
                f"{path.stem:14} soffice {lo_wall:5.2f} s wall {lo_cpu:5.2f} s CPU | "
                f"winbook export --pdf {wb_wall:5.2f} s wall {wb_cpu:5.2f} s CPU | "
                f"render alone {inproc:5.2f} s\n{'':14} soffice ÷ winbook: wall "
                f"{lo_wall / wb_wall:4.1f} ×, CPU {lo_cpu / wb_cpu:4.1f} ×; "
                f"soffice ÷ render alone {lo_wall / inproc:4.1f} ×"
            )


def main(runs: int) -> None:
    print(machine())
    render_packet(Plan())  # warm-up: fonts registered, modules imported
    worst = 0.0
    for path in sorted(Path(samples_dir()).glob("*.json")):
        median, pages = timed(load_plan(path), runs)
        worst = max(worst, median)
        print(f"{path.stem:14} {pages:3} pages  median {median * 1000:6.0f} ms  (target < 1 s)")
    plan = big_plan(load_plan(samples_dir() / "school-board.json"))
    median, pages = timed(plan, max(1, runs // 2))
    print(f"1,000 lines    {pages:3} pages  median {median * 1000:6.0f} ms  (target < 3 s)")
    ok = worst < 1 and median < 3
    print("within targets" if ok else "OVER TARGET")
    long_text(runs)
    if "--no-libreoffice" not in sys.argv:
        libreoffice(runs)


if __name__ == "__main__":
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    main(int(numbers[0]) if numbers else 5)
