"""Print runs (`winbook.report.batch`, `winbook.report.pdfjoin`, `winbook export --jobs`): the
merged file is the packets' own pages in the order given, a broken plan is named and the others
print, one worker or two give the same bytes, and a cancelled run leaves no file behind."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pypdf
import pytest

from winbook.cli import main
from winbook.paths import samples_dir
from winbook.report.batch import BatchExport, BatchRequest, Progress, pdf_dir_targets
from winbook.report.canvas import BLANK_PAGE_TEXT
from winbook.report.packet import PacketOptions, export_packet
from winbook.store.files import load_plan

SAMPLES = ("school-board", "county-clerk", "state-house")


def _copies(folder: Path, names: tuple[str, ...] = SAMPLES) -> list[Path]:
    folder.mkdir(exist_ok=True)
    out = []
    for i, name in enumerate(names):
        target = folder / f"{i:02d}-{name}.json"
        target.write_bytes((samples_dir() / f"{name}.json").read_bytes())
        out.append(target)
    return out


def _texts(path: Path) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages]


def _leftovers(folder: Path) -> list[str]:
    """Temporary files of Winbook's writers (``.NAME.wbk-xxxxxxxx.tmp``)."""
    return [n for n in os.listdir(folder) if ".wbk-" in n]


def test_the_merged_run_is_each_packets_pages_in_the_order_given(tmp_path: Path) -> None:
    # state-house first: the merged order must be the order given, not the names' order
    plans = _copies(tmp_path / "plans", ("state-house", "school-board", "county-clerk"))
    options = PacketOptions(reproducible=True)
    singles = []
    for plan in plans:  # each packet on its own, the ordinary way
        single = tmp_path / f"{plan.stem}.pdf"
        export_packet(load_plan(plan), single, options)
        singles.append(_texts(single))
    merged = tmp_path / "run.pdf"
    request = BatchRequest(plans=tuple(plans), options=options, merge=merged, jobs=2)
    result = BatchExport(request).run()
    assert result.merged == merged and not result.failures
    expected: list[str] = []
    for pages in singles:
        expected += pages
        if len(pages) % 2:  # the back of its last sheet
            expected.append(BLANK_PAGE_TEXT)
    got = _texts(merged)
    assert len(got) == len(expected) == result.merged_pages
    for n, (a, b) in enumerate(zip(got, expected, strict=True), 1):
        assert a.strip() == b.strip(), f"page {n} differs"


def test_the_merged_outline_has_one_entry_per_packet_in_order(tmp_path: Path) -> None:
    plans = _copies(tmp_path / "plans")
    merged = tmp_path / "run.pdf"
    BatchExport(BatchRequest(plans=tuple(plans), merge=merged, jobs=2)).run()
    reader = pypdf.PdfReader(merged)
    top = [item for item in reader.outline if not isinstance(item, list)]
    names = [load_plan(p).candidate.full_name for p in plans]
    assert [str(t.title) for t in top] == names
    starts = [int(reader.get_destination_page_number(t) or 0) for t in top]
    assert starts[0] == 0 and starts == sorted(starts)
    for start in starts:  # each bookmark opens its packet's cover
        assert "Page 1 of" in reader.pages[start].extract_text()


def test_a_broken_plan_is_named_the_others_print_and_the_exit_status_is_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _copies(tmp_path / "plans", ("school-board", "county-clerk"))
    broken = tmp_path / "plans" / "broken.json"
    broken.write_text("{this is not a plan", "utf-8")
    merged = tmp_path / "run.pdf"
    argv = ["export", str(good[0]), str(broken), str(good[1]), "--merge", str(merged)]
    assert main([*argv, "--jobs", "2"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"winbook: {broken}: ")
    covers = [t for t in _texts(merged) if "CAMPAIGN PLAN · APPLICATION PACKET" in t]
    names = [load_plan(p).candidate.full_name for p in good]
    assert len(covers) == 2
    assert all(name in cover for name, cover in zip(names, covers, strict=True))


def test_one_worker_and_two_give_the_same_reproducible_file(tmp_path: Path) -> None:
    plans = [str(p) for p in _copies(tmp_path / "plans")]
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    common = ["--reproducible", "--separator"]
    assert main(["export", *plans, "--merge", str(one), *common, "--jobs", "1"]) == 0
    assert main(["export", *plans, "--merge", str(two), *common, "--jobs", "2"]) == 0
    assert one.read_bytes() == two.read_bytes()


def test_jobs_must_be_at_least_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plans = [str(p) for p in _copies(tmp_path / "plans", ("school-board",))]
    assert main(["export", *plans, "--merge", str(tmp_path / "a.pdf"), "--jobs", "0"]) == 2
    assert "--jobs takes a number of worker processes, 1 or more" in capsys.readouterr().err
    assert not (tmp_path / "a.pdf").exists()


@pytest.mark.parametrize("jobs", [1, 2])
def test_cancel_leaves_no_merged_file_and_no_temporary_file(tmp_path: Path, jobs: int) -> None:
    plans = _copies(tmp_path / "plans", SAMPLES * 2)
    out = tmp_path / "out"
    merged = out / "run.pdf"
    request = BatchRequest(plans=tuple(plans), pdf_dir=out, merge=merged, jobs=jobs)
    run = BatchExport(request)
    seen: list[Progress] = []

    def progress(p: Progress) -> None:
        seen.append(p)
        run.cancel()  # the first plan is done: stop

    result = run.run(progress)
    assert result.cancelled and result.merged is None
    assert not merged.exists()
    assert _leftovers(out) == []
    written = sorted(p.name for p in out.iterdir())
    # what was written is whole: each is a packet that opens, and it is the one the run reports
    assert written == sorted(p.pdf.name for p in result.plans if p.pdf is not None)
    assert 1 <= len(written) < len(plans)
    for name in written:
        assert "Page 1 of" in _texts(out / name)[0]
    assert seen[0].done == 1 and seen[0].total == len(plans)


def test_progress_counts_every_plan_and_failures(tmp_path: Path) -> None:
    plans = _copies(tmp_path / "plans", ("school-board", "county-clerk"))
    broken = tmp_path / "plans" / "zz-broken.json"
    broken.write_text("[]", "utf-8")
    seen: list[Progress] = []
    request = BatchRequest(plans=(*plans, broken), pdf_dir=tmp_path / "out", jobs=2)
    result = BatchExport(request).run(seen.append)
    assert [p.done for p in seen] == [1, 2, 3]
    assert seen[-1].failed == 1 and seen[-1].remaining == 0
    assert [p.source for p in result.failures] == [broken]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "00-school-board.pdf",
        "01-county-clerk.pdf",
    ]


def test_names_in_the_folder_stay_unique() -> None:
    paths = [Path("a/plan.json"), Path("b/plan.winbook"), Path("c/Plan.json")]
    names = [p.name for p in pdf_dir_targets(paths, Path("out"))]
    assert names == ["plan.pdf", "plan-2.pdf", "Plan-3.pdf"]


def test_progress_line_words() -> None:
    from winbook.cli.export import progress_text
    from winbook.report.batch import duration

    p = Progress(done=30, total=120, failed=1, elapsed=45.0, plan=Path("x"), error=None)
    # 45 s for 30 plans: 1.5 s each, 90 plans left = 135 s
    assert progress_text(p) == "Printing packets: 30 of 120 (1 failed), about 2 min 15 s left"
    assert duration(4.2) == "4 s" and duration(3600 * 2 + 300) == "2 h 5 min"
    assert duration(120) == "2 min"
    last = Progress(done=1000, total=1000, failed=0, elapsed=600.0, plan=Path("x"), error=None)
    assert progress_text(last) == "Printing packets: 1,000 of 1,000"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_line_is_for_terminals_only() -> None:
    from winbook.cli.export import ProgressLine

    done = Progress(done=2, total=2, failed=0, elapsed=3.0, plan=Path("x"), error=None)
    terminal, log = _Terminal(), io.StringIO()
    for stream in (terminal, log):
        line = ProgressLine(stream)
        line.start(2)
        line.show(done)
        line.clear()
    said = terminal.getvalue().split("\r\x1b[K")
    assert said == ["", "Printing packets: 0 of 2", "Printing packets: 2 of 2", ""]
    assert log.getvalue() == ""  # a log or a pipe gets no control codes
