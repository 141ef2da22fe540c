"""The plan's targeting part: stored, exchanged as JSON, and absent from older files.

A version-1 file written before precinct targeting has no ``targeting`` row in ``plan_part``;
it must open unchanged (every other part as it was, targeting at its defaults) and only gain
the row when the user saves.
"""

from __future__ import annotations

import contextlib
import copy
import json
import sqlite3
from pathlib import Path

from tests.files import NC_SERIES, sha256
from winbook.domain.model import Plan, TargetingSettings
from winbook.io.targeting.read import read_elections
from winbook.store.document import PlanFile, read_plan_file
from winbook.store.files import load_plan
from winbook.store.interchange import plan_from_json_text, plan_to_envelope, plan_to_json_text
from winbook.store.schema import SCHEMA_VERSION

OFFICE = "TOWN OF CHAPEL HILL MAYOR"


def targeted_plan() -> Plan:
    files = [NC_SERIES / f"{d}__nc__general__precinct__chapel_hill_mayor.csv"
             for d in ("20191105", "20231107")]  # fmt: skip
    plan = Plan()
    plan.race.office = "Mayor"
    plan.targeting = TargetingSettings(
        office=OFFICE, references=["Pam Hemminger", "Jess Anderson"], base_pct=60.0,
        not_geographic=["ORANGE|SEYMOUR"], elections=read_elections(files, OFFICE),
    )  # fmt: skip
    return plan


def test_targeting_round_trips_through_the_file_and_json(tmp_path: Path) -> None:
    plan = targeted_plan()
    original = copy.deepcopy(plan)
    path = tmp_path / "p.winbook"
    PlanFile.create(path, plan).close()
    assert read_plan_file(path) == original
    assert plan_from_json_text(plan_to_json_text(plan)) == original
    data = plan_to_envelope(plan)["plan"]["targeting"]
    first = data["elections"][0]
    assert (first["source"], first["year"], first["contest"]) == (
        "20191105__nc__general__precinct__chapel_hill_mayor.csv", 2019, OFFICE,
    )  # fmt: skip
    # tr -d '\000' < 2019… | awk -F, '$1=="ORANGE" && $2=="DA" {print $6, $NF}'
    da = next(p for p in first["places"] if (p["county"], p["precinct"]) == ("ORANGE", "DA"))
    assert da["votes"] == {"Pam Hemminger": 481, "Joshua James Levenson": 30}
    assert da["write_in_votes"] == 3  # Write-In (Miscellaneous) 3


def test_a_version_1_file_without_the_part_opens_unchanged(tmp_path: Path) -> None:
    plan = targeted_plan()
    plan.targeting = TargetingSettings()
    plan.race.jurisdiction = "Town of Chapel Hill"
    path = tmp_path / "old.winbook"
    PlanFile.create(path, plan).close()
    with contextlib.closing(sqlite3.connect(path)) as conn:  # what an older Winbook wrote
        conn.execute("DELETE FROM plan_part WHERE name = 'targeting'")
        conn.commit()
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,) == (1,)
    before = sha256(path)
    loaded = load_plan(path)
    assert loaded == plan and loaded.targeting == TargetingSettings()
    assert sha256(path) == before  # reading never writes
    with PlanFile.open(path) as doc:
        assert doc.load() == plan
        doc.write(targeted_plan(), ["targeting"])
    with contextlib.closing(sqlite3.connect(path)) as conn:
        (row,) = conn.execute("SELECT data FROM plan_part WHERE name = 'targeting'").fetchone()
    assert json.loads(row)["office"] == OFFICE
    assert read_plan_file(path).race.jurisdiction == "Town of Chapel Hill"


def test_json_without_the_part_reads_as_defaults() -> None:
    envelope = plan_to_envelope(targeted_plan())
    del envelope["plan"]["targeting"]
    plan = plan_from_json_text(json.dumps(envelope))
    assert plan.targeting == TargetingSettings()
    assert plan.race.office == "Mayor"
