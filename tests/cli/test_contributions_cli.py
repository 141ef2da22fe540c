"""`winbook contributions PLAN FILE… [--json] [--dry-run]`: figures by hand (tests/exports.py)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.exports import ANA, actblue_text, first_export, gift, second_export, write_actblue
from tests.files import sha256
from winbook.cli import main
from winbook.domain.model import IncomeLine, IncomeSource, Plan
from winbook.store.files import load_plan, save_plan


def _plan_file(tmp_path: Path, suffix: str = ".winbook") -> Path:
    plan = Plan()
    plan.candidate.full_name = "Maya Okafor"
    plan.candidate.bio = "Teacher."
    path = tmp_path / f"plan{suffix}"
    save_plan(plan, path)
    return path


@pytest.mark.parametrize("suffix", [".winbook", ".json"])
def test_json_gives_the_figures_and_the_plan_keeps_them(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _plan_file(tmp_path, suffix)
    export = write_actblue(tmp_path / "export.csv", first_export())
    assert main(["contributions", str(plan), str(export), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {
        "raised": "975.00",
        "fees": "38.52",
        "from_candidate": "500.00",
        "largest_single_donor": "250.00",
        "donor_count": 4,
        "gifts": 6,
        "refunds": 1,
        "duplicates": 1,
        "new_gifts": 6,
        "by_month": {"2026-01": "125.00", "2026-02": "550.00", "2026-03": "300.00"},
        "first_date": "2026-01-05",
        "last_date": "2026-03-20",
        "notes": [],  # nothing typed on the Fundraising page, no budget months
    }
    kept = load_plan(plan)
    assert kept.contributions.raised == Decimal("975.00")
    assert kept.candidate.bio == "Teacher."  # the rest of the plan as it was


def test_a_second_import_of_the_same_export_changes_no_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _plan_file(tmp_path)
    first = write_actblue(tmp_path / "a.csv", first_export())
    second = write_actblue(tmp_path / "b.csv", second_export())
    assert main(["contributions", str(plan), str(first)]) == 0
    assert main(["contributions", str(plan), str(second), "--json"]) == 0
    capsys.readouterr()
    assert main(["contributions", str(plan), str(second), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    # 975 − 25 (R1 refunded since) + 40 (R8) = 990, by hand.
    assert (out["raised"], out["new_gifts"], out["duplicates"]) == ("990.00", 0, 3)


def test_the_text_says_what_changed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan_file(tmp_path)
    export = write_actblue(tmp_path / "export.csv", first_export())
    assert main(["contributions", str(plan), str(export)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "Imported export.csv into plan.winbook: 6 new gifts, 1 refunded gift left out, 1 gift "
        "already counted.\n"
    )
    assert "Raised $975.00 in 6 gifts from 4 donors, Jan 5, 2026 to Mar 20, 2026" in out
    # the candidate's name as the plan spells it, never the file's
    assert "From the candidate: $500.00, matched by name: Maya Okafor (1 gift)." in out
    assert "  Jan 2026  $      125.00\n" in out and "2026-01" not in out


def test_dry_run_leaves_the_plan_file_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _plan_file(tmp_path)
    before = sha256(plan)
    export = write_actblue(tmp_path / "export.csv", first_export())
    assert main(["contributions", str(plan), str(export), "--dry-run"]) == 0
    assert "(the plan is unchanged)" in capsys.readouterr().out
    assert sha256(plan) == before


def test_a_bad_row_is_one_line_and_the_plan_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _plan_file(tmp_path)
    before = sha256(plan)
    good = write_actblue(tmp_path / "good.csv", first_export())
    bad = tmp_path / "bad.csv"
    bad.write_text(actblue_text([gift("R9", "yesterday", "5.00", ANA)]), encoding="utf-8")
    assert main(["contributions", str(plan), str(good), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err == (
        "winbook: Row 2 of bad.csv has “yesterday”, which is not a date, in the column “Date”.\n"
    )
    assert sha256(plan) == before  # the good file was not half-imported either


def test_a_missing_export_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan_file(tmp_path)
    assert main(["contributions", str(plan), str(tmp_path / "nope.csv")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("winbook: ") and err.count("\n") == 1 and "nope.csv" in err


def test_another_name_of_the_candidate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan_file(tmp_path)
    mimi = {**ANA, "Donor First Name": "Mimi", "Donor Last Name": "Okafor", "Donor ID": "M1"}
    rows = [gift("R1", "2026-01-05", "300.00", ANA), gift("R2", "2026-01-06", "200.00", mimi)]
    export = write_actblue(tmp_path / "export.csv", rows)
    args = ["contributions", str(plan), str(export), "--json", "--dry-run"]
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["from_candidate"] == "0.00"
    assert main([*args, "--candidate-name", "Mimi Okafor"]) == 0
    assert json.loads(capsys.readouterr().out)["from_candidate"] == "200.00"


def test_a_plan_made_before_imports_opens_with_its_typed_figures(tmp_path: Path) -> None:
    import contextlib
    import sqlite3

    from winbook.domain.figures import compute_figures

    plan = Plan()
    plan.fundraising.raised_to_date = Decimal(1500)
    path = tmp_path / "old.winbook"
    save_plan(plan, path)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("DELETE FROM plan_part WHERE name = 'contributions'")  # as older files are
    old = load_plan(path)
    assert old.contributions.imported_on is None and old.contributions.gifts == []
    assert compute_figures(old).fundraising.raised == Decimal(1500)


def test_an_import_says_it_replaces_the_typed_figures_and_flags_months(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = Plan()
    plan.candidate.full_name = "Maya Okafor"
    plan.fundraising.raised_to_date = Decimal("1200")
    plan.fundraising.donor_count = 12
    plan.fundraising.as_of = date(2026, 2, 1)
    # the budget runs Feb 2026 to Feb 2026: the export's Jan and Mar gifts fall outside it
    plan.income = [IncomeLine(IncomeSource.EVENTS, "Launch party", "2026-02", Decimal(500))]
    path = tmp_path / "plan.winbook"
    save_plan(plan, path)
    export = write_actblue(tmp_path / "export.csv", first_export())
    for extra in ([], ["--dry-run"]):
        assert main(["contributions", str(path), str(export), *extra]) == 0
        out = capsys.readouterr().out
        assert (
            "The export's figures replace the ones typed on the Fundraising page (raised "
            "$1,200.00, 12 donors, as of Feb 1, 2026): the typed figures stay in the plan but "
            "no longer count."
        ) in out
        # by month (tests/exports.py): Jan 125.00, Mar 300.00
        assert (
            "Gifts dated Jan 2026 ($125.00) fall before the budget's first month, Feb 2026; "
            "gifts dated Mar 2026 ($300.00) fall after its last month, Feb 2026"
        ) in out
        for donor in ("Núñez", "Ljungqvist", "nunez"):
            assert donor not in out
