"""One undo step per burst of typing (winbook.app.typing), on the document's own stack."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from winbook.app.document import PlanDocument
from winbook.app.typing import TextEdit
from winbook.domain.model import Plan
from winbook.domain.parts import RACE


class Clock:
    """A hand-moved clock: no test waits for real time."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _doc() -> tuple[PlanDocument, Clock]:
    doc = PlanDocument.from_plan(Plan())
    clock = Clock()
    doc.bursts.clock = clock
    return doc, clock


def _type(doc: PlanDocument, clock: Clock, text: str, gap: float = 0.1) -> None:
    """Type ``text`` at the end of the office field, one character every ``gap`` seconds."""
    for ch in text:
        clock.now += gap
        doc.set_value(RACE.field("office"), None, doc.plan.race.office + ch)


def test_text_edit_finds_what_changed() -> None:
    assert TextEdit.between("Hello", "Hello!") == TextEdit(5, 0, "!")
    assert TextEdit.between("Hello", "Hell") == TextEdit(4, 1, "")
    assert TextEdit.between("Hello", "Help me") == TextEdit(3, 2, "p me")
    assert TextEdit.between("aaa", "aaaa") == TextEdit(0, 0, "a")  # could be anywhere
    assert TextEdit.between("aaa", "aaaa", caret=3) == TextEdit(3, 0, "a")  # typed at the end
    assert TextEdit.between("Clerk", "CClerk") == TextEdit(0, 0, "C")


def test_quick_typing_is_one_step(qtbot: QtBot) -> None:
    doc, clock = _doc()
    _type(doc, clock, "County Clerk", gap=0.15)  # 0.15 s between keys, no word pause
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.race.office == ""
    doc.undo_stack.redo()
    assert doc.plan.race.office == "County Clerk"


def test_a_pause_of_a_second_ends_a_burst(qtbot: QtBot) -> None:
    doc, clock = _doc()
    _type(doc, clock, "County")
    clock.now += 1.0
    _type(doc, clock, "wide")
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.plan.race.office == "County"


def test_a_new_word_after_a_short_pause_ends_a_burst(qtbot: QtBot) -> None:
    doc, clock = _doc()
    _type(doc, clock, "County ")
    _type(doc, clock, "Clerk", gap=0.5)  # the pause (0.5 s < 1 s) comes before a new word
    _type(doc, clock, " of")  # a word right after, without a pause: still that burst
    doc.undo_stack.undo()
    assert doc.plan.race.office == "County "
    doc.undo_stack.undo()
    assert doc.plan.race.office == ""


def test_the_same_pause_inside_a_word_does_not(qtbot: QtBot) -> None:
    doc, clock = _doc()
    _type(doc, clock, "Cou")
    _type(doc, clock, "nty", gap=0.5)
    assert doc.undo_stack.count() == 1


def test_a_paste_is_its_own_step(qtbot: QtBot) -> None:
    doc, clock = _doc()
    _type(doc, clock, "Clerk ")
    clock.now += 0.1
    doc.set_value(RACE.field("office"), None, "Clerk of the Court")  # 12 characters at once
    _type(doc, clock, "s")
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    assert doc.plan.race.office == "Clerk of the Court"
    doc.undo_stack.undo()
    assert doc.plan.race.office == "Clerk "


def test_a_cut_is_its_own_step(qtbot: QtBot) -> None:
    doc, clock = _doc()
    _type(doc, clock, "County Clerk")
    clock.now += 0.1
    doc.set_value(RACE.field("office"), None, "Clerk")  # "County " cut
    doc.undo_stack.undo()
    assert doc.plan.race.office == "County Clerk"


def test_a_cursor_jump_ends_a_burst(qtbot: QtBot) -> None:
    doc, clock = _doc()
    _type(doc, clock, "Clerk")
    clock.now += 0.1
    doc.set_value(RACE.field("office"), None, "-Clerk")  # typed at the start: the cursor moved
    doc.undo_stack.undo()
    assert doc.plan.race.office == "Clerk"


def test_backspace_continues_the_burst(qtbot: QtBot) -> None:
    doc, clock = _doc()
    _type(doc, clock, "Clerj")
    clock.now += 0.1
    doc.set_value(RACE.field("office"), None, "Cler")
    _type(doc, clock, "k")
    assert doc.undo_stack.count() == 1


def test_typing_after_an_undo_never_merges_into_the_older_step(qtbot: QtBot) -> None:
    doc, clock = _doc()
    _type(doc, clock, "County")
    clock.now += 2
    _type(doc, clock, " Clerk")
    doc.undo_stack.undo()  # back to "County"
    _type(doc, clock, "!")
    doc.undo_stack.undo()
    assert doc.plan.race.office == "County"


def test_another_field_in_between_ends_the_burst(qtbot: QtBot) -> None:
    doc, clock = _doc()
    _type(doc, clock, "Clerk")
    clock.now += 0.1
    doc.set_value(RACE.field("jurisdiction"), None, "Cherokee County")
    _type(doc, clock, "s")
    doc.undo_stack.undo()
    assert doc.plan.race.office == "Clerk"
