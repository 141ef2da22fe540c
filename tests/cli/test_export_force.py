"""`winbook export` never replaces an existing file unless `--force` (issue 14)."""

from __future__ import annotations

import shutil
from pathlib import Path

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


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _err_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    return captured.err.strip()


@pytest.mark.parametrize("flag", ["--pdf", "--merge", "--xlsx", "--coach-summary"])
def test_each_single_destination_is_refused_then_forced(
    flag: str, plans: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / ("old.xlsx" if flag == "--xlsx" else "old.pdf")
    out.write_bytes(b"the packet I printed last week")
    before = _files(tmp_path)

    assert main(["export", str(plans[0]), flag, str(out)]) == 2
    assert _err_line(capsys) == (
        f"winbook: {out} already exists; add --force to replace it (see 'winbook export --help')."
    )
    assert _files(tmp_path) == before  # nothing written, nothing replaced

    assert main(["export", str(plans[0]), flag, str(out), "--force"]) == 0
    # the first line names the file (a merged print run then says how many sheets it takes)
    assert capsys.readouterr().out.strip().splitlines()[0] == f"Wrote {out}"
    assert out.read_bytes() != b"the packet I printed last week"


def test_a_pdf_dir_with_existing_packets_is_refused_before_any_is_written(
    plans: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "packets"
    folder.mkdir()
    (folder / "county-clerk.pdf").write_bytes(b"old")
    merged = tmp_path / "all.pdf"
    merged.write_bytes(b"old too")
    args = ["export", *map(str, plans), "--pdf-dir", str(folder), "--merge", str(merged)]

    assert main(args) == 2
    assert _err_line(capsys) == (
        f"winbook: {merged}, {folder / 'county-clerk.pdf'} already exist; add --force to "
        "replace them (see 'winbook export --help')."
    )
    assert sorted(_files(folder)) == ["county-clerk.pdf"]  # school-board.pdf not written either

    assert main([*args, "--force"]) == 0
    assert sorted(_files(folder)) == ["county-clerk.pdf", "school-board.pdf"]
    assert (folder / "county-clerk.pdf").read_bytes().startswith(b"%PDF")


def test_many_existing_files_stay_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = [f"plan{i}" for i in range(5)]
    folder = tmp_path / "out"
    folder.mkdir()
    for name in names:
        shutil.copy(samples_dir() / "school-board.json", tmp_path / f"{name}.json")
        (folder / f"{name}.pdf").write_bytes(b"old")
    argv = ["export", *(str(tmp_path / f"{n}.json") for n in names), "--pdf-dir", str(folder)]
    assert main(argv) == 2
    line = _err_line(capsys)
    assert line.startswith(f"winbook: {folder / 'plan0.pdf'}, {folder / 'plan1.pdf'}, ")
    assert " and 2 more already exist; add --force to replace them" in line


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--pdf", "x.pdf"], "--pdf needs exactly one plan"),
        (["--pdf", "x.pdf", "--xlsx", "x.xlsx"], "--pdf and --xlsx need exactly one plan"),
    ],
)
def test_one_plan_outputs_are_worded_by_number(
    flags: list[str], message: str, plans: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", *map(str, plans), *flags]) == 2
    assert _err_line(capsys).startswith(f"winbook: {message}; use --pdf-dir or --merge")
