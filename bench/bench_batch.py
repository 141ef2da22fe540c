"""Benchmark of a print run: `winbook export … --merge` of N copies of the bundled samples.

Run: ``cd /work/main && PYTHONPATH=src /work/venv/bin/python bench/bench_batch.py [N …]
[--jobs J …] [--baseline SRC]`` (defaults: N = 120 1000, J = 1 2).

For each N and J it runs the real command (``python -m winbook export COPIES --merge run.pdf
--jobs J``) as a child process and prints its wall time, the CPU time of the whole run (the
command and its workers), the cores busy (CPU ÷ wall) and the peak memory of the whole run: the
largest sum of the resident sizes of the command and all its worker processes, read from
/proc every 50 ms. ``--jobs 1`` is the single-process figure the others are compared with.
``--baseline SRC`` also runs the same command with another source tree on PYTHONPATH (the code
before the print-run work, from ``git archive``), with no --jobs.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import machine

from winbook.paths import samples_dir

SAMPLE = 0.05  # seconds between memory readings


def copies(folder: Path, n: int) -> list[Path]:
    """``n`` plan files: the samples in turn."""
    samples = sorted(samples_dir().glob("*.json"))
    out = []
    for i in range(n):
        target = folder / f"{i:05d}-{samples[i % len(samples)].name}"
        shutil.copy(samples[i % len(samples)], target)
        out.append(target)
    return out


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kib(pid: int) -> int:
    """The resident memory of ``pid`` and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += _rss_kib(p)
        todo += _children(p)
    return total


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, float, int, int]:
    """(wall s, CPU s of the run and its workers, peak MiB of the process tree, exit status)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kib(proc.pid))
        time.sleep(SAMPLE)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode:
        sys.stderr.write(proc.stderr.read().decode() if proc.stderr else "")
    return wall, cpu, peak // 1024, proc.returncode


def run(n: int, jobs: int | None, src: Path, work: Path) -> tuple[float, float, int, int]:
    folder = work / f"plans-{n}"
    if not folder.exists():
        folder.mkdir()
        copies(folder, n)
    plans = sorted(str(p) for p in folder.iterdir())
    out = work / "run.pdf"
    argv = [sys.executable, "-m", "winbook", "export", *plans, "--merge", str(out), "--force"]
    argv += ["--jobs", str(jobs)] if jobs else []
    env = dict(os.environ, PYTHONPATH=str(src))
    result = measure(argv, env)
    out.unlink(missing_ok=True)
    return result


def line(label: str, n: int, r: tuple[float, float, int, int], base: float | None) -> str:
    wall, cpu, peak, code = r
    vs = f"  {base / wall:4.2f} × the single process" if base else ""
    status = "" if code == 0 else f"  EXIT {code}"
    return (
        f"{n:5,} plans  {label:12} wall {wall:7.1f} s  ({wall / n * 1000:4.0f} ms a plan)  "
        f"CPU {cpu:7.1f} s  cores busy {cpu / wall:4.2f}  peak {peak:5,} MiB{vs}{status}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("counts", type=int, nargs="*", default=[120, 1000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--baseline", type=Path, help="another src/ tree to compare with")
    args = parser.parse_args()
    src = Path(__file__).resolve().parents[1] / "src"
    print(machine())
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        work = Path(tmp)
        for n in args.counts:
            single: float | None = None
            if args.baseline:
                r = run(n, None, args.baseline, work)
                print(line("before", n, r, None), flush=True)
            for jobs in args.jobs:
                r = run(n, jobs, src, work)
                if jobs == 1:
                    single = r[0]
                print(line(f"--jobs {jobs}", n, r, single if jobs != 1 else None), flush=True)
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
