"""A coaching one-on-one driven through the window (issue 6): coach mode, notes, a session with
next steps, the readiness page, the "changed since the last session" marks and comparison, and
the one-on-one summary export; coach notes stay out of the packet.

Real widgets offscreen. QFileDialog and QMessageBox are patched. PDFs are read back with
pdftotext (poppler), a reader independent of reportlab.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from winbook.app.document import PlanDocument
from winbook.domain.model import Plan
from winbook.paths import resources_dir
from winbook.report.packet import PacketOptions, export_packet
from winbook.store.codec import from_json
from winbook.ui.coaching.mode import CHANGED_MARK, CoachMode
from winbook.ui.coaching.pane import AUTHOR_KEY, CoachPane
from winbook.ui.coaching.readiness_page import ReadinessPage
from winbook.ui.coaching.session_dialog import OWNER, STEP, SessionDialog
from winbook.ui.main_window import MainWindow
from winbook.ui.pages.section_editor import NarrativePage

SAMPLES = resources_dir() / "samples"
NOTE = "Lead with the waitlist story; Nguyễn's endorsement goes last."
SESSION_DAY = dt.datetime(2027, 4, 1, 18, 30)  # after the sample's session of 10 March 2027


def _plan(name: str = "school-board") -> Plan:
    with (SAMPLES / f"{name}.json").open(encoding="utf-8") as fh:
        return from_json(Plan, json.load(fh)["plan"])


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """ASCII with keyClicks, anything else as QKeyEvents (keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    # closing an untitled plan with changes asks whether to keep it: answer Discard
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *_a, **_k: QMessageBox.StandardButton.Discard,
    )
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_document(PlanDocument.from_plan(_plan()))
    win.resize(1366, 768)
    win.show()
    return win


def _mode(win: MainWindow) -> CoachMode:
    mode = win.findChild(CoachMode, "coach_mode")
    assert isinstance(mode, CoachMode)
    return mode


def _readiness(win: MainWindow) -> ReadinessPage:
    win.show_page("readiness")
    page = win.page("readiness")
    assert isinstance(page, ReadinessPage)
    return page


def _marked(win: MainWindow) -> list[str]:
    pages: list[str] = win.navigator.keys()
    return [k for k in pages if CHANGED_MARK in win.navigator.row_text(k)]


def _log_session(qtbot: QtBot, pane: CoachPane) -> None:
    """Log the 1 April 2027 call through the dialog: two next steps, one with a due date."""
    QTest.mouseClick(pane.ui.log_session_button, Qt.MouseButton.LeftButton)
    dialog = pane.session_dialog
    assert isinstance(dialog, SessionDialog) and dialog.isVisible()
    dialog.ui.when_edit.setDateTime(
        dialog.ui.when_edit.dateTime().fromString("2027-04-01 18:30", "yyyy-MM-dd HH:mm")
    )
    dialog.ui.coach_edit.clear()
    _type(qtbot, dialog.ui.coach_edit, "Dana Whitfield")
    _type(qtbot, dialog.ui.agenda_edit, "Message box; field plan.")
    _type(qtbot, dialog.ui.decisions_edit, "Open with the waitlist story.")
    table = dialog.ui.steps_table
    table.item(0, STEP).setText("Rewrite the message box")
    table.item(0, OWNER).setText("Maya")
    dialog.due_edit(0).setValue(dt.date(2027, 4, 8))
    QTest.mouseClick(dialog.ui.add_step_button, Qt.MouseButton.LeftButton)
    table.item(1, STEP).setText("Recruit two canvass captains")
    table.item(1, OWNER).setText("Priya")
    dialog.ui.button_box.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_coaching_one_on_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = window
    assert win.doc is not None
    doc, plan = win.doc, win.doc.plan
    mode = _mode(win)
    pane = mode.pane
    notes_before = len(plan.coach_notes)  # 3 in the sample
    assert notes_before == 3

    # --- coach mode off: no pane, no marks
    assert not mode.dock.isVisible()
    assert _marked(win) == []
    win.action_coach_mode.trigger()
    assert mode.dock.isVisible()
    # the sample's March session snapshot holds an earlier 'why'; every other section is as it
    # was then, so only the why page is marked
    assert _marked(win) == ["why"]
    # the targeting section sits on the win number page: editing it marks that page
    doc.set_section_text("targeting", doc.section_text("targeting") + " Checked again.")
    assert _marked(win) == ["why", "win_number"]

    # --- a note on the message section, typed with an accented name
    win.show_page("message")
    assert pane.section == "message"
    assert pane.ui.notes_empty_label.isVisibleTo(pane)
    _type(qtbot, pane.ui.author_edit, "Dana Whitfield")
    _type(qtbot, pane.ui.note_edit, NOTE)
    QTest.mouseClick(pane.ui.add_note_button, Qt.MouseButton.LeftButton)
    assert len(plan.coach_notes) == notes_before + 1
    note = plan.coach_notes[-1]
    assert (note.section, note.author, note.text) == ("message", "Dana Whitfield", NOTE)
    assert note.created is not None and note.created.date() == dt.date.today()
    assert QSettings().value(AUTHOR_KEY) == "Dana Whitfield"
    assert pane.ui.notes_list.count() == 1 and NOTE in pane.ui.notes_list.item(0).text()
    assert pane.ui.tabs.tabText(0) == "Notes (1)"

    # undo and redo the note; then edit and delete it
    doc.undo_stack.undo()
    assert len(plan.coach_notes) == notes_before and pane.ui.notes_list.count() == 0
    doc.undo_stack.redo()
    assert plan.coach_notes[-1].text == NOTE and pane.ui.notes_list.count() == 1
    pane.ui.notes_list.setCurrentRow(0)
    assert pane.ui.note_edit.toPlainText() == NOTE
    pane.ui.note_edit.selectAll()
    _type(qtbot, pane.ui.note_edit, "Lead with the waitlist story.")
    QTest.mouseClick(pane.ui.update_note_button, Qt.MouseButton.LeftButton)
    assert plan.coach_notes[-1].text == "Lead with the waitlist story."
    QTest.mouseClick(pane.ui.delete_note_button, Qt.MouseButton.LeftButton)
    assert len(plan.coach_notes) == notes_before
    doc.undo_stack.undo()  # the note is back, with its edited text
    assert plan.coach_notes[-1].text == "Lead with the waitlist story."

    # notes follow the page: the sample has one note on 'why', one general note
    win.show_page("why")
    assert pane.ui.notes_list.count() == 1 and "waitlist" in pane.ui.notes_list.item(0).text()
    win.show_page("candidate_race")
    assert pane.section == "" and "Call time" in pane.ui.notes_list.item(0).text()

    # --- log a session: every section is snapshotted, so nothing is marked changed any more
    pane.ui.tabs.setCurrentIndex(2)
    _log_session(qtbot, pane)
    assert len(plan.sessions) == 2
    session = plan.sessions[-1]
    assert session.when == SESSION_DAY and session.coach == "Dana Whitfield"
    assert session.agenda == "Message box; field plan."
    assert [(n.text, n.owner, n.due) for n in session.next_steps] == [
        ("Rewrite the message box", "Maya", dt.date(2027, 4, 8)),
        ("Recruit two canvass captains", "Priya", None),
    ]
    assert session.snapshot["message"] == doc.section_text("message")
    assert _marked(win) == []
    assert pane.ui.sessions_list.item(0).text() == "Apr 1, 2027 · Dana Whitfield (2 open steps)"

    # --- the readiness page lists the open steps: the sample's two open ones (due 24 March and
    # 1 May 2027; its third is done) and the two new ones, soonest due first, undated last
    page = _readiness(win)
    steps = page.open_steps_text()
    order = ["Pull 2021", "Rewrite the message box", "Draft the endorsement", "Recruit two"]
    positions = [steps.index(s) for s in order]
    assert positions == sorted(positions)
    assert "Book the fall fundraiser" not in steps
    assert page.ui.steps_group.title().endswith("(4 open)")

    # tick "Rewrite the message box" done in the pane: the readiness page drops it (undoable)
    item = pane.ui.steps_list.item(0)
    assert isinstance(item, QListWidgetItem) and item.text().startswith("Rewrite the message box")
    item.setCheckState(Qt.CheckState.Checked)
    assert plan.sessions[-1].next_steps[0].done
    assert "Rewrite the message box" not in page.open_steps_text()
    assert page.ui.steps_group.title().endswith("(3 open)")
    doc.undo_stack.undo()
    assert not plan.sessions[-1].next_steps[0].done
    assert "Rewrite the message box" in page.open_steps_text()
    assert pane.ui.steps_list.item(0).checkState() == Qt.CheckState.Unchecked

    # --- edit the message section: its page is marked and the comparison shows the words
    win.show_page("message")
    editor = win.page("message")
    assert isinstance(editor, NarrativePage)
    text_edit = editor.editor.ui.text_edit
    text_edit.moveCursor(text_edit.textCursor().MoveOperation.End)
    _type(qtbot, text_edit, " Every family counts.")
    assert _marked(win) == ["message"]
    assert win.navigator.row_text("message").split(" ", 1)[1].startswith(CHANGED_MARK)
    assert "changed since the last coaching session" in (
        win.navigator.item(win.navigator.keys().index("message")).toolTip().lower()
    )
    # 3 words typed after the last word; nothing removed
    assert pane.ui.changed_label.text() == (
        "Changed since the session of Apr 1, 2027: 3 words added."
    )
    compare = pane.compare_html()
    assert "underline" in compare and "font-weight" in compare and "counts." in compare
    assert "line-through" not in compare  # nothing was removed
    # a replaced word shows struck through: "heard," -> "seen," (1 removed; 3 + 1 = 4 added)
    old = doc.section_text("message")
    doc.set_section_text("message", old.replace("Every child heard", "Every child seen", 1))
    assert "line-through" in pane.compare_html()
    assert pane.ui.changed_label.text() == (
        "Changed since the session of Apr 1, 2027: 4 words added and 1 word removed."
    )

    # coach mode off: the pane hides, the marks go, the edit stays
    win.action_coach_mode.trigger()
    assert not mode.dock.isVisible() and _marked(win) == []
    assert doc.section_text("message").endswith("Every family counts.")

    # --- export the one-on-one summary from the File menu (file dialog patched)
    target = tmp_path / "maya-one-on-one"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    file_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&File")
    assert mode.export_action in file_menu.actions()
    mode.export_action.trigger()
    pdf = target.with_name("maya-one-on-one.pdf")
    text = _pdf_text(pdf)
    assert "One-on-one summary" in text
    assert "Recruit two canvass captains" in text and "Rewrite the message box" in text
    assert "Lead with the waitlist" not in text  # coach notes are not in the summary

    # --- the packet leaves coach notes out unless asked
    packet = export_packet(plan, tmp_path / "packet.pdf")
    assert "Lead with the waitlist story" not in _pdf_text(packet)
    with_notes = export_packet(
        plan, tmp_path / "packet-notes.pdf", PacketOptions(include_coach_notes=True)
    )
    assert "Lead with the waitlist story" in _pdf_text(with_notes)


def test_export_failure_is_one_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no-such-folder" / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _p, title, text, *a: shown.append((title, text)),
    )
    mode = _mode(window)
    window.action_coach_mode.trigger()
    QTest.mouseClick(mode.pane.ui.export_summary_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    title, message = shown[0]
    assert title == "Cannot export the summary"
    assert "no-such-folder" in message and message.endswith(".") and "\n" not in message
    assert not missing.exists()


def test_session_dialog_refuses_a_step_without_text(qtbot: QtBot, window: MainWindow) -> None:
    mode = _mode(window)
    window.action_coach_mode.trigger()
    pane = mode.pane
    sessions = len(window.doc.plan.sessions) if window.doc else 0
    dialog = pane.log_session()
    dialog.ui.button_box.accepted.emit()  # nothing typed
    assert dialog.isVisible()
    assert "before saving the session" in dialog.ui.message_label.text()
    dialog.ui.steps_table.item(0, OWNER).setText("Maya")
    dialog.ui.button_box.accepted.emit()
    assert dialog.ui.message_label.text() == (
        "⚠ Next step 1 has an owner or a due date but no text: describe it or remove it."
    )
    dialog.ui.steps_table.item(0, STEP).setText("Call the county clerk")
    dialog.ui.button_box.accepted.emit()
    assert not dialog.isVisible()
    assert window.doc is not None and len(window.doc.plan.sessions) == sessions + 1
    assert window.doc.plan.sessions[-1].next_steps[0].owner == "Maya"


def test_edit_a_session_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    assert window.doc is not None
    doc = window.doc
    mode = _mode(window)
    window.action_coach_mode.trigger()
    pane = mode.pane
    pane.select_session(0)
    dialog = pane.edit_session()
    assert dialog is not None
    assert dialog.coach() == "Dana Whitfield" and dialog.ui.steps_table.rowCount() == 3
    dialog.ui.coach_edit.setText("Sam Ortiz")
    dialog.ui.steps_table.item(2, STEP).setText("Book the union hall")
    dialog.ui.button_box.accepted.emit()
    session = doc.plan.sessions[0]
    assert session.coach == "Sam Ortiz" and session.next_steps[2].text == "Book the union hall"
    assert session.next_steps[2].done  # the sample's third step was done; still done
    doc.undo_stack.undo()
    assert doc.plan.sessions[0].coach == "Dana Whitfield"
    assert doc.plan.sessions[0].next_steps[2].text.startswith("Book the fall fundraiser")


def test_a_new_document_reuses_coach_mode(window: MainWindow) -> None:
    mode = _mode(window)
    window.action_coach_mode.trigger()
    window.show_page("why")
    assert mode.pane.ui.notes_list.count() == 1  # the sample's note on 'why'
    window.set_document(PlanDocument.from_plan(Plan()))
    assert window.findChildren(CoachMode) == [mode]
    assert mode.doc is window.doc and mode.pane.doc is window.doc
    window.show_page("why")
    assert mode.pane.ui.notes_list.count() == 0 and mode.pane.ui.notes_empty_label.isVisible()
    assert _marked(window) == []  # no session logged in the new plan: nothing is marked


def test_overdue_steps_are_said_in_words(window: MainWindow) -> None:
    page = _readiness(window)
    page.today = lambda: dt.date(2027, 4, 2)  # after 24 March, before 1 May 2027
    page.load()
    lines = page.open_steps_text().split("<br>")
    assert lines[0].startswith("☐ Pull 2021") and lines[0].endswith("(overdue)</b>")
    assert "overdue" not in lines[1]
