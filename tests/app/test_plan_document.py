"""PlanDocument: undo commands, signals, live figures, debounced writes, untitled plans."""

from __future__ import annotations

import os
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from winbook.app import recovery
from winbook.app.document import WRITE_DELAY_MS, PlanDocument
from winbook.domain.model import (
    ChannelPlan,
    ExpenseLine,
    PastElection,
    PathSettings,
    Plan,
    Race,
    SectionStatus,
    TurnoutSettings,
)
from winbook.domain.parts import CANDIDATE, CHANNELS, EXPENSES, RACE, TURNOUT
from winbook.errors import PlanFileError
from winbook.store.document import PlanFile


def _doc() -> PlanDocument:
    return PlanDocument.from_plan(Plan())


def test_typing_merges_into_one_undo_step() -> None:
    doc = _doc()
    for text in ("M", "Ma", "May", "Maya"):
        doc.set_value(CANDIDATE.field("full_name"), None, text)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.candidate.full_name == ""
    doc.undo_stack.redo()
    assert doc.plan.candidate.full_name == "Maya"


def test_different_fields_and_merge_false_are_separate_steps() -> None:
    doc = _doc()
    doc.set_value(CANDIDATE.field("full_name"), None, "Maya")
    doc.set_value(RACE.field("seats"), None, 3)
    doc.set_value(RACE.field("seats"), None, 4, merge=False)
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    assert doc.plan.race.seats == 3


def test_unchanged_value_pushes_nothing() -> None:
    doc = _doc()
    doc.set_value(RACE.field("seats"), None, 1)
    assert doc.undo_stack.count() == 0


def test_rows_insert_remove_move_and_undo() -> None:
    doc = _doc()
    pairs = (("a", 1), ("b", 2), ("c", 3))
    rows = [ExpenseLine(description=d, amount=Decimal(a)) for d, a in pairs]
    doc.insert_items(EXPENSES, 0, rows)
    doc.remove_items(EXPENSES, [0, 2])
    assert [e.description for e in doc.plan.expenses] == ["b"]
    doc.undo_stack.undo()
    assert [e.description for e in doc.plan.expenses] == ["a", "b", "c"]
    doc.move_item(EXPENSES, 0, 2)
    assert [e.description for e in doc.plan.expenses] == ["b", "c", "a"]
    doc.undo_stack.undo()
    assert [e.description for e in doc.plan.expenses] == ["a", "b", "c"]
    doc.replace_items(EXPENSES, rows[:1])
    doc.undo_stack.undo()
    assert len(doc.plan.expenses) == 3


def test_row_signals_bracket_the_change(qtbot: QtBot) -> None:
    doc = _doc()
    seen: list[tuple[str, int, int, int]] = []
    doc.rowsAboutToBeInserted.connect(
        lambda p, a, b: seen.append(("about", a, b, len(doc.plan.expenses)))
    )
    doc.rowsInserted.connect(lambda p, a, b: seen.append(("done", a, b, len(doc.plan.expenses))))
    doc.insert_items(EXPENSES, 0, [ExpenseLine(), ExpenseLine()])
    assert seen == [("about", 0, 1, 0), ("done", 0, 1, 2)]
    removed: list[tuple[int, int]] = []
    doc.rowsRemoved.connect(lambda p, a, b: removed.append((a, b)))
    doc.insert_items(EXPENSES, 2, [ExpenseLine(), ExpenseLine(), ExpenseLine()])
    doc.remove_items(EXPENSES, [4, 0, 1, 3])
    assert removed == [(3, 4), (0, 1)]  # bottom block first
    assert len(doc.plan.expenses) == 1


def test_figures_follow_every_change_once_per_step(qtbot: QtBot) -> None:
    doc = _doc()
    count: list[int] = []
    doc.figuresChanged.connect(lambda: count.append(1))
    with doc.macro("Paste rows"):
        doc.insert_items(EXPENSES, 0, [ExpenseLine(amount=Decimal(1200))])
        doc.insert_items(EXPENSES, 1, [ExpenseLine(amount=Decimal("300.50"))])
    assert len(count) == 1
    assert doc.undo_stack.count() == 1
    assert doc.figures.budget.total_spending == Decimal("1500.50")  # 1200 + 300.50
    doc.undo_stack.undo()
    assert len(count) == 2
    assert doc.figures.budget.total_spending == 0


def test_problems_signal_for_an_impossible_value(qtbot: QtBot) -> None:
    doc = _doc()
    with qtbot.waitSignal(doc.problemsChanged, timeout=1000):
        doc.set_value(RACE.field("seats"), None, 0)
    fields = {(p.part, p.field) for p in doc.problems}
    assert ("race", "seats") in fields
    assert doc.plan.race.seats == 0  # never changed


def test_sections_and_set_object() -> None:
    doc = _doc()
    doc.set_section_text("why", "Because")
    doc.set_section_text("why", "Because we can")
    assert doc.section_text("why") == "Because we can"
    # the first keystroke adds the section (one step); the rest of the typing merges
    assert doc.undo_stack.count() == 2
    # writing made it a draft by itself, in the same steps (issue 10)
    assert doc.plan.sections[0].status is SectionStatus.DRAFTING
    doc.set_section_status("why", SectionStatus.READY)
    doc.undo_stack.undo()
    assert doc.plan.sections[0].status is SectionStatus.DRAFTING
    doc.undo_stack.undo()
    assert doc.section_text("why") == "Because"
    doc.undo_stack.undo()
    assert doc.plan.sections == []
    doc.set_object(TURNOUT, TurnoutSettings(adjustment_pct=-5.0))
    assert doc.plan.turnout.adjustment_pct == -5.0
    doc.undo_stack.undo()
    assert doc.plan.turnout.adjustment_pct == 0.0


def test_an_edit_of_the_wrong_shape_is_refused_before_it_reaches_the_undo_stack() -> None:
    doc = PlanDocument.from_plan(Plan(path=PathSettings(channels=[ChannelPlan()])))
    with pytest.raises(TypeError, match="takes ExpenseLine rows"):
        doc.insert_items(EXPENSES, 0, [PastElection(year=2022)])  # type: ignore[misc]  # mypy refuses it too
    with pytest.raises(TypeError, match="takes a TurnoutSettings"):
        doc.set_object(TURNOUT, Race())  # type: ignore[misc]  # mypy refuses it too
    with pytest.raises(TypeError, match="needs a row index"):
        doc.set_value(EXPENSES.field("amount"), None, Decimal(5))
    with pytest.raises(TypeError, match="takes no row index"):
        doc.set_value(RACE.field("office"), 0, "Mayor")
    # a list inside an object is edited by replacing its owner, never behind its back
    with pytest.raises(ValueError, match=r"inside plan\.path"):
        doc.insert_items(CHANNELS, 0, [ChannelPlan()])
    with pytest.raises(ValueError, match="inside another part"):
        doc.set_value(CHANNELS.field("share_pct"), 0, 10.0)
    assert doc.undo_stack.count() == 0
    assert doc.plan.expenses == [] and doc.plan.turnout == TurnoutSettings()
    assert doc.plan.path.channels == [ChannelPlan()]
    # the same edits, well shaped, are one undo step each
    doc.insert_items(EXPENSES, 0, [ExpenseLine(amount=Decimal(5))])
    doc.set_value(EXPENSES.field("amount"), 0, Decimal(7))
    assert doc.value(EXPENSES.field("amount"), 0) == Decimal(7)
    assert doc.undo_stack.count() == 2


def _stored_name(path: Path) -> str:
    plan = PlanFile.open(path)
    try:
        return plan.load().candidate.full_name
    finally:
        plan.close()


def test_edits_reach_the_file_within_two_seconds(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, Plan()).close()
    doc = PlanDocument.open(path)
    doc.set_value(CANDIDATE.field("full_name"), None, "Lan Nguyễn")
    assert doc.is_modified
    qtbot.waitUntil(lambda: not doc.is_modified, timeout=2000)
    assert WRITE_DELAY_MS <= 1000
    assert _stored_name(path) == "Lan Nguyễn"
    doc.close()


def test_close_flushes_at_once(tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, Plan()).close()
    doc = PlanDocument.open(path)
    doc.set_value(CANDIDATE.field("full_name"), None, "Ana")
    doc.close()
    assert _stored_name(path) == "Ana"
    assert not recovery.marker_path(path).exists()


def test_untitled_lives_in_autosave_until_saved_as(tmp_path: Path) -> None:
    doc = PlanDocument.new_untitled()
    assert doc.is_untitled and doc.path is not None
    autosave = doc.path
    assert autosave.parent == recovery.autosave_dir()
    doc.set_value(CANDIDATE.field("full_name"), None, "Ana")
    doc.flush()
    assert _stored_name(autosave) == "Ana"
    target = tmp_path / "ana.winbook"
    doc.save_as(target)
    assert not doc.is_untitled and doc.path == target
    assert not autosave.exists()
    doc.set_value(CANDIDATE.field("full_name"), None, "Ana B")
    doc.close()
    assert _stored_name(target) == "Ana B"


def test_discarded_untitled_is_removed_and_kept_one_is_recoverable() -> None:
    gone = PlanDocument.new_untitled()
    assert gone.path is not None
    gone_path = gone.path
    gone.close(discard_untitled=True)
    assert not gone_path.exists()
    kept = PlanDocument.new_untitled()
    kept.set_value(CANDIDATE.field("full_name"), None, "Kim")
    kept.close()
    assert kept.path is not None and kept.path.exists()
    # this process is alive, so the plan is not offered for recovery yet
    assert recovery.find_recoverable() == []


def test_marker_of_a_dead_process_is_offered(tmp_path: Path) -> None:
    doc = PlanDocument.new_untitled()
    assert doc.path is not None
    doc.flush()
    marker = recovery.marker_path(doc.path)
    text = marker.read_text(encoding="utf-8")
    dead = 2**22 + 12345  # above Linux's default pid_max (4,194,304): never a live process
    marker.write_text(text.replace(f'"pid": {os.getpid()}', f'"pid": {dead}'), encoding="utf-8")
    found = recovery.find_recoverable()
    assert [(f.path, f.untitled) for f in found] == [(doc.path, True)]
    doc.close(discard_untitled=True)


def test_bad_file_raises_and_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "bad.winbook"
    path.write_bytes(b"this is not a plan")
    with pytest.raises(PlanFileError):
        PlanDocument.open(path)
    assert path.read_bytes() == b"this is not a plan"


def test_write_failure_is_reported_not_raised(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, Plan()).close()
    doc = PlanDocument.open(path)
    assert doc._file is not None
    doc._file.close()  # simulate the file going away under us
    doc.set_value(CANDIDATE.field("full_name"), None, "Ana")
    with qtbot.waitSignal(doc.writeFailed, timeout=2000) as blocker:
        pass
    assert blocker.args and "closed" in str(blocker.args[0])
    assert doc.is_modified  # still pending: nothing lost from memory
    doc._file = None


def test_sqlite_file_holds_the_change(tmp_path: Path) -> None:
    """Read the stored part with sqlite3 itself, not with Winbook's reader."""
    path = tmp_path / "plan.winbook"
    PlanFile.create(path, Plan()).close()
    doc = PlanDocument.open(path)
    doc.set_value(RACE.field("office"), None, "County Clerk")
    doc.flush()
    with sqlite3.connect(path) as conn:
        blob = " ".join(str(r) for r in conn.execute("SELECT * FROM sqlite_master").fetchall())
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        dump = "\n".join(
            str(row) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"').fetchall()
        )
    assert blob
    assert "County Clerk" in dump
    doc.close()
