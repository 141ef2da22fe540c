"""FieldBinder with typed field handles (issue 17): a widget bound to a field of a part or of one
row edits that field through the document (one undo step) and follows undo; a binding of the
wrong shape fails when it is made, not when the user types."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from winbook.app.document import PlanDocument
from winbook.domain.model import PastElection, Plan, Race
from winbook.domain.parts import CHANNELS, HISTORY, RACE
from winbook.ui.widgets.binding import FieldBinder


def _form(qtbot: QtBot) -> tuple[PlanDocument, QWidget, FieldBinder]:
    plan = Plan(race=Race(office=""), history=[PastElection(year=2022, note="")])
    doc = PlanDocument.from_plan(plan)
    page = QWidget()
    qtbot.addWidget(page)
    return doc, page, FieldBinder(doc, page)


def test_a_bound_field_of_a_part_is_typed_into_and_undone(qtbot: QtBot) -> None:
    doc, page, binder = _form(qtbot)
    office, partisan = QLineEdit(page), QCheckBox("Partisan", page)
    binder.bind(office, RACE.field("office"), label="Office")
    binder.bind(partisan, RACE.field("partisan"))
    assert office.text() == ""
    QTest.keyClicks(office, "City Council")
    assert doc.plan.race.office == "City Council"
    assert doc.undo_stack.count() == 1  # one burst of typing, one step
    QTest.mouseClick(partisan, Qt.MouseButton.LeftButton)
    assert doc.plan.race.partisan is True
    QTest.mouseClick(partisan, Qt.MouseButton.LeftButton)  # a tick is a step of its own
    assert doc.plan.race.partisan is False and doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    assert partisan.isChecked() is True and doc.plan.race.partisan is True
    doc.undo_stack.undo()
    assert partisan.isChecked() is False and doc.plan.race.partisan is False
    doc.undo_stack.undo()
    assert office.text() == "" and doc.plan.race.office == ""


def test_a_bound_field_of_a_row_edits_that_row(qtbot: QtBot) -> None:
    doc, page, binder = _form(qtbot)
    note = QLineEdit(page)
    binding = binder.bind(note, HISTORY.field("note"), 0, label="Note")
    assert (binding.part, binding.field, binding.index) == ("history", "note", 0)
    QTest.keyClicks(note, "Recount")
    assert doc.plan.history[0].note == "Recount"
    doc.undo_stack.undo()
    assert note.text() == "" and doc.plan.history[0].note == ""


def test_a_binding_of_the_wrong_shape_fails_when_it_is_made(qtbot: QtBot) -> None:
    _doc, page, binder = _form(qtbot)
    with pytest.raises(TypeError, match="needs a row index"):
        binder.bind(QLineEdit(page), HISTORY.field("note"))
    with pytest.raises(TypeError, match="takes no row index"):
        binder.bind(QLineEdit(page), RACE.field("office"), 0)
    with pytest.raises(IndexError):
        binder.bind(QLineEdit(page), HISTORY.field("note"), 3)
    with pytest.raises(ValueError, match="inside another part"):  # edited as plan.path
        binder.bind(QLineEdit(page), CHANNELS.field("share_pct"), 0)
    assert binder.bindings() == []
