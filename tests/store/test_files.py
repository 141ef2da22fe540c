"""Plans as files by extension: load, save, convert, and the bundled samples."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from tests.files import sha256
from winbook.domain.model import Plan
from winbook.errors import PlanFileError
from winbook.paths import samples_dir
from winbook.store import files
from winbook.store.files import (
    convert,
    copy_sample,
    load_plan,
    sample_names,
    save_plan,
    write_samples,
)
from winbook.store.interchange import plan_to_json_text


@pytest.mark.parametrize("name", ["p.winbook", "p.json", "P.WINBOOK", "p.Json"])
def test_save_and_load_by_extension(name: str, full_plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / name
    save_plan(full_plan, path)
    assert load_plan(path) == full_plan
    is_sqlite = path.read_bytes().startswith(b"SQLite format 3\x00")
    assert is_sqlite == name.lower().endswith(".winbook")
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temp file left


def test_unknown_extension(full_plan: Plan, tmp_path: Path) -> None:
    for name in ("plan.txt", "plan", "plan.winbook.bak"):
        with pytest.raises(PlanFileError, match=r"is neither a \.winbook nor a \.json file"):
            save_plan(full_plan, tmp_path / name)
        with pytest.raises(PlanFileError, match=r"is neither a \.winbook nor a \.json file"):
            load_plan(tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_json_file_encodings(full_plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + plan_to_json_text(full_plan).encode())
    assert load_plan(path) == full_plan
    latin = tmp_path / "latin.json"
    latin.write_bytes(
        '{"format": "winbook-plan", "plan": {"meta": {"title": "é"}}}'.encode("cp1252")
    )
    with pytest.raises(PlanFileError, match=r"latin\.json is not a Winbook JSON plan \(it is not"):
        load_plan(latin)
    with pytest.raises(PlanFileError, match=r"missing\.json does not exist\.$"):
        load_plan(tmp_path / "missing.json")


def test_json_is_written_atomically(full_plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    save_plan(full_plan, path)
    before = path.read_text(encoding="utf-8")
    (tmp_path / "sub.json").mkdir()
    with pytest.raises(PlanFileError, match="is a folder"):
        save_plan(full_plan, tmp_path / "sub.json")
    with pytest.raises(PlanFileError, match=r"The folder .*nowhere does not exist\.$"):
        save_plan(full_plan, tmp_path / "nowhere" / "p.json")
    assert path.read_text(encoding="utf-8") == before
    assert json.loads(before)["format"] == "winbook-plan"


def test_convert_both_ways(full_plan: Plan, dense_plan: Plan, tmp_path: Path) -> None:
    for plan in (full_plan, dense_plan):
        src = tmp_path / "a.winbook"
        save_plan(plan, src)
        convert(src, tmp_path / "b.json")
        convert(tmp_path / "b.json", tmp_path / "c.winbook")
        convert(tmp_path / "c.winbook", tmp_path / "d.winbook")
        assert load_plan(tmp_path / "d.winbook") == plan
        assert (tmp_path / "b.json").read_text(encoding="utf-8") == plan_to_json_text(plan)
        with contextlib.closing(sqlite3.connect(tmp_path / "c.winbook")) as conn:
            (count,) = conn.execute(
                "SELECT count(*) FROM plan_item WHERE part = 'expenses'"
            ).fetchone()
        assert count == len(plan.expenses)


def test_convert_errors(full_plan: Plan, tmp_path: Path) -> None:
    src = tmp_path / "a.winbook"
    save_plan(full_plan, src)
    before = sha256(src)
    with pytest.raises(PlanFileError, match=r"The input and the output are the same file"):
        convert(src, src)
    with pytest.raises(PlanFileError, match=r"same file"):
        convert(src, tmp_path / "." / "a.winbook")
    with pytest.raises(PlanFileError, match=r"is neither a \.winbook nor a \.json file"):
        convert(src, tmp_path / "a.pdf")
    with pytest.raises(PlanFileError, match=r"nope\.json does not exist\.$"):
        convert(tmp_path / "nope.json", tmp_path / "x.winbook")
    notes = tmp_path / "notes.winbook"
    notes.write_text("keep me")
    with pytest.raises(PlanFileError, match=r"is not a Winbook plan, so Winbook will not replace"):
        convert(src, notes)
    assert notes.read_text() == "keep me"
    assert sha256(src) == before
    assert not (tmp_path / "x.winbook").exists()


# --------------------------------------------------------------------------- samples

EXPECTED_SAMPLES = ["county-clerk", "school-board", "state-house"]


def test_bundled_samples() -> None:
    assert sample_names() == EXPECTED_SAMPLES


def test_write_samples(tmp_path: Path) -> None:
    out = tmp_path / "new" / "folder"
    first = write_samples(out)
    paths = [out / f"{name}.winbook" for name in EXPECTED_SAMPLES]
    assert (first.written, first.skipped) == (paths, [])
    for path in paths:
        assert load_plan(path) == load_plan(samples_dir() / f"{path.stem}.json")
    edited = load_plan(paths[1])
    edited.meta.title = "My own edits"
    save_plan(edited, paths[1])
    paths[2].unlink()
    again = write_samples(out)  # an existing file is never replaced; a missing one is written
    assert (again.written, again.skipped) == ([paths[2]], [paths[0], paths[1]])
    assert load_plan(paths[1]).meta.title == "My own edits"
    assert sorted(p.name for p in out.iterdir()) == [f"{n}.winbook" for n in EXPECTED_SAMPLES]


def test_write_samples_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "file"
    file.write_text("x")
    with pytest.raises(PlanFileError, match=r"is a file, not a folder\.$"):
        write_samples(file)
    monkeypatch.setattr(files, "samples_dir", lambda: tmp_path / "none")
    with pytest.raises(PlanFileError, match=r"has no sample plans bundled\.$"):
        write_samples(tmp_path / "out")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.json").write_text(plan_to_json_text(Plan()))
    (bad / "b.json").write_text('{"format": "winbook-plan", "version": 9, "plan": {}}')
    monkeypatch.setattr(files, "samples_dir", lambda: bad)
    with pytest.raises(PlanFileError, match=r"b\.json was written by a newer version"):
        write_samples(tmp_path / "out")
    assert not (tmp_path / "out").exists()  # nothing written when one sample is bad


def test_copy_sample(tmp_path: Path) -> None:
    bundled = samples_dir() / "county-clerk.json"
    before = sha256(bundled)
    first = copy_sample("county-clerk", tmp_path / "mine")
    second = copy_sample("county-clerk.json", tmp_path / "mine")
    assert first == tmp_path / "mine" / "county-clerk.winbook"
    assert second == tmp_path / "mine" / "county-clerk-2.winbook"
    assert load_plan(first) == load_plan(bundled) == load_plan(second)
    assert sha256(bundled) == before
    with pytest.raises(
        PlanFileError,
        match=r"^There is no sample plan named 'mayor'; the samples are: county-clerk, "
        r"school-board, state-house\.$",
    ):
        copy_sample("mayor", tmp_path)
