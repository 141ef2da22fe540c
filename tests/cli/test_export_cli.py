"""`winbook export`: one packet, one per plan, merged; failures named; exit statuses."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pypdf
import pytest

from winbook.cli import main
from winbook.paths import samples_dir


@pytest.fixture
def plans(tmp_path: Path) -> list[Path]:
    out = []
    for name in ("school-board", "county-clerk"):
        target = tmp_path / f"{name}.json"
        shutil.copy(samples_dir() / f"{name}.json", target)
        out.append(target)
    return out


def _pages(path: Path) -> int:
    return len(pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_one_plan_to_one_pdf(
    plans: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "packet.pdf"
    assert main(["export", str(plans[0]), "--pdf", str(out), "--paper", "a4"]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote {out}"
    page = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages[0]
    assert float(page.mediabox.width) == pytest.approx(595.28, abs=0.01)


def test_reproducible_flag_gives_the_same_bytes(plans: list[Path], tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (a, b):
        assert main(["export", str(plans[1]), "--pdf", str(out), "--reproducible"]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_batch_with_a_broken_plan(
    plans: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "winbook-plan", "version": 1, "plan": {"race": 7}}', "utf-8")
    folder, merged = tmp_path / "out", tmp_path / "all.pdf"
    args = ["export", str(plans[0]), str(broken), str(plans[1])]
    assert main([*args, "--pdf-dir", str(folder), "--merge", str(merged)]) == 1
    err = capsys.readouterr().err
    assert f"{broken}:" in err and err.count("\n") == 1  # named once, in one line
    assert sorted(p.name for p in folder.iterdir()) == ["county-clerk.pdf", "school-board.pdf"]
    singles = [_pages(folder / "school-board.pdf"), _pages(folder / "county-clerk.pdf")]
    padded = [n + n % 2 for n in singles]  # each packet padded to start on a front
    assert _pages(merged) == sum(padded)
    reader = pypdf.PdfReader(io.BytesIO(merged.read_bytes()))
    last = reader.pages[singles[0] - 1].extract_text()
    assert f"Page {singles[0]} of {singles[0]}" in last
    assert f"Page 1 of {singles[1]}" in reader.pages[padded[0]].extract_text()


def test_private_and_coach_flags(plans: list[Path], tmp_path: Path) -> None:
    from winbook.store.files import load_plan

    plan = load_plan(plans[0])
    secret = plan.candidate.home_address
    assert secret
    plain, private = tmp_path / "plain.pdf", tmp_path / "private.pdf"
    assert main(["export", str(plans[0]), "--pdf", str(plain)]) == 0
    assert main(["export", str(plans[0]), "--pdf", str(private), "--include-private",
                 "--include-coach-notes"]) == 0  # fmt: skip

    def text(p: Path) -> str:
        reader = pypdf.PdfReader(io.BytesIO(p.read_bytes()))
        return " ".join(" ".join(pg.extract_text() for pg in reader.pages).split())

    street = secret.split(",")[0]
    assert street not in text(plain)
    assert street in text(private)
    assert "COACH NOTES — not for submission" in text(private)
    assert "Coach notes (not part of the application)" not in text(plain)


@pytest.mark.parametrize(
    ("both", "extra"),
    [
        (False, []),  # nothing to export
        (True, ["--pdf", "x.pdf"]),  # --pdf takes one plan
        (False, ["--paper", "legal", "--pdf", "x.pdf"]),  # unknown paper
    ],
)
def test_usage_errors_exit_2(
    plans: list[Path], both: bool, extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["export", *map(str, plans if both else plans[:1]), *extra]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("winbook: ") and err.count("\n") == 1


def test_unwritable_destination_is_one_line_and_exit_2(
    plans: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "p.pdf"
    assert main(["export", str(plans[0]), "--pdf", str(out)]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and err.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize("output", ["--pdf", "--xlsx", "--coach-summary"])
def test_jobs_without_a_print_run_is_refused(
    plans: list[Path], tmp_path: Path, output: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / ("x.xlsx" if output == "--xlsx" else "x.pdf")
    assert main(["export", str(plans[0]), output, str(out), "--jobs", "3"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("winbook: --jobs goes with --pdf-dir or --merge") and err.count("\n") == 1
    assert not out.exists()  # nothing written


def test_jobs_with_a_print_run_is_taken(plans: list[Path], tmp_path: Path) -> None:
    folder = tmp_path / "packets"
    assert main(["export", *map(str, plans[:2]), "--pdf-dir", str(folder), "--jobs", "2"]) == 0
    assert len(list(folder.glob("*.pdf"))) == 2
