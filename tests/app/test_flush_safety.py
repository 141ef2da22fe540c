"""The document's flush: no edit is lost to bad text or to another writer.

- A lone surrogate in one field used to make ``flush()`` raise, losing a seats edit written in
  the same flush; now both are saved (the bad character as U+FFFD) and the window is told.
- When another program changed the file, ``flush()`` writes nothing, says so, keeps the
  edits in memory, and "Save as" writes them to the new file.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from winbook.app.document import PlanDocument
from winbook.domain.model import Plan
from winbook.domain.parts import CANDIDATE, RACE
from winbook.store.document import PlanFile, read_plan_file

FFFD = "\N{REPLACEMENT CHARACTER}"


def _open(tmp_path: Path) -> tuple[Path, PlanDocument]:
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, Plan()).close()
    return path, PlanDocument.open(path)


def test_a_lone_surrogate_does_not_lose_the_other_edit(qtbot: QtBot, tmp_path: Path) -> None:
    path, doc = _open(tmp_path)
    failures: list[str] = []
    doc.writeFailed.connect(failures.append)
    doc.set_value(CANDIDATE.field("full_name"), None, "Ana \ud800")
    doc.set_value(RACE.field("seats"), None, 3)
    with qtbot.waitSignal(doc.textRepaired, timeout=2000) as notice:
        doc.flush()
    assert notice.args and str(notice.args[0]).startswith("1 character that is not valid Unicode")
    assert failures == [] and not doc.is_modified
    stored = read_plan_file(path)
    assert (stored.candidate.full_name, stored.race.seats) == ("Ana " + FFFD, 3)
    doc.close()


def test_a_change_by_another_writer_is_never_overwritten(qtbot: QtBot, tmp_path: Path) -> None:
    path, doc = _open(tmp_path)
    with PlanFile.open(path) as other:  # another program writes to the same file
        theirs = other.load()
        theirs.meta.title = "theirs"
        other.write(theirs, ["meta"])
    doc.set_value(RACE.field("office"), None, "Mayor")
    with qtbot.waitSignal(doc.writeFailed, timeout=2000) as failed:
        doc.flush()
    message = str(failed.args[0])
    assert "was changed by another program" in message and "save a copy" in message
    assert doc.is_modified  # the edit is still in memory
    stored = read_plan_file(path)
    assert (stored.meta.title, stored.race.office) == ("theirs", "")
    doc.set_value(RACE.field("seats"), None, 2)  # a later change is refused the same way
    with qtbot.waitSignal(doc.writeFailed, timeout=2000):
        doc.flush()
    assert read_plan_file(path).race.seats == 1
    copy = tmp_path / "mine.winbook"
    doc.save_as(copy)
    mine = read_plan_file(copy)
    assert (mine.race.office, mine.race.seats, mine.meta.title) == ("Mayor", 2, "")
    assert not doc.is_modified and doc.path == copy
    doc.set_value(RACE.field("seats"), None, 4)  # editing the copy saves normally
    doc.flush()
    assert read_plan_file(copy).race.seats == 4
    assert read_plan_file(path).meta.title == "theirs"
    doc.close()
