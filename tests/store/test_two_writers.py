"""Two writers on one file (two processes, or two machines on a shared folder): nobody's
change is silently overwritten. Each write checks the file's write counter inside its own
transaction; a writer that did not see the other's change is refused and writes nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import winbook
from winbook.domain.model import Plan
from winbook.errors import PlanChangedError
from winbook.store.document import PlanFile, read_plan_file

REFUSED = r"was changed by another program since Winbook read it, so your latest changes"


def test_the_second_writer_is_refused_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, Plan()).close()
    with PlanFile.open(path) as first, PlanFile.open(path) as second:
        mine, theirs = first.load(), second.load()
        mine.meta.title = "first"
        first.write(mine, ["meta"])
        theirs.race.seats = 5
        with pytest.raises(PlanChangedError, match=REFUSED) as caught:
            second.write(theirs, ["race"])
        assert "\n" not in str(caught.value) and str(path) in str(caught.value)
        stored = read_plan_file(path)
        assert (stored.meta.title, stored.race.seats) == ("first", 1)  # nothing of theirs
        with pytest.raises(PlanChangedError):  # and again: still never over the other's change
            second.write(theirs, ["race"])
        again = second.load()  # reloading takes in the other's change; then writing is fine
        again.race.seats = 5
        second.write(again, ["race"])
        with pytest.raises(PlanChangedError):
            first.write(mine, ["meta"])
    stored = read_plan_file(path)
    assert (stored.meta.title, stored.race.seats) == ("first", 5)


OTHER = textwrap.dedent("""
    import sys
    from winbook.store.document import PlanFile
    with PlanFile.open(sys.argv[1]) as doc:
        plan = doc.load()
        plan.meta.title = "from the other process"
        doc.write(plan, ["meta"])
""")


def test_a_write_by_another_process_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, Plan()).close()
    env = {**os.environ, "PYTHONPATH": str(Path(winbook.__file__).resolve().parents[1])}
    with PlanFile.open(path) as doc:
        plan = doc.load()
        subprocess.run([sys.executable, "-c", OTHER, str(path)], check=True, env=env)
        plan.race.office = "Mayor"
        with pytest.raises(PlanChangedError, match=REFUSED):
            doc.write(plan, ["race"])
    stored = read_plan_file(path)
    assert (stored.meta.title, stored.race.office) == ("from the other process", "")


def test_one_writer_writes_as_often_as_it_likes(tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    with PlanFile.create(path, Plan()) as doc:
        plan = doc.load()
        for seats in range(1, 6):
            plan.race.seats = seats
            doc.write(plan, ["race"])
    with PlanFile.open(path) as doc:  # a later session starts from the counter in the file
        plan = doc.load()
        plan.race.seats = 9
        doc.write(plan)
    assert read_plan_file(path).race.seats == 9
