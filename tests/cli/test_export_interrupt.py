"""SIGTERM in the middle of a print run (`winbook export … --pdf-dir --merge --jobs 2`): the
command ends with status 2 and leaves no half-written file: no merged file, no temporary file,
and every packet that is in the folder opens whole."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pypdf

import winbook
from winbook.paths import samples_dir


def test_sigterm_leaves_no_half_written_file(tmp_path: Path) -> None:
    plans = []
    for k in range(4):
        for name in ("school-board", "county-clerk", "state-house"):
            target = tmp_path / f"{k}-{name}.json"
            target.write_bytes((samples_dir() / f"{name}.json").read_bytes())
            plans.append(str(target))
    out = tmp_path / "out"
    merged = out / "all.pdf"
    src = str(Path(winbook.__file__).resolve().parents[1])
    argv = [sys.executable, "-m", "winbook", "export", *plans, "--pdf-dir", str(out)]
    proc = subprocess.Popen(
        [*argv, "--merge", str(merged), "--jobs", "2"],
        env={**os.environ, "PYTHONPATH": src},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        if out.is_dir() and any(p.suffix == ".pdf" for p in out.iterdir()):
            break  # the first packet is written: the others are being made
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGTERM)
    _stdout, err = proc.communicate(timeout=120)
    assert proc.returncode == 2
    assert err.strip().endswith("winbook: interrupted.")
    assert not merged.exists()
    left = sorted(os.listdir(out))
    assert [n for n in left if not n.endswith(".pdf")] == []  # no temporary file
    assert 1 <= len(left) < len(plans)
    for name in left:
        reader = pypdf.PdfReader(io.BytesIO((out / name).read_bytes()), strict=True)
        assert "Page 1 of" in reader.pages[0].extract_text()
