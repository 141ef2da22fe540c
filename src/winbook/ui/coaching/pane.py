"""The coach-notes pane shown beside every section in coach mode.

Three tabs: the notes on the current section (add, edit, delete; author remembered, date
stamped), what changed in the section since the last logged session (a word-level comparison),
and the session log with its next steps (tick one done). Every change goes through the document,
so it is one undo step and is saved in the plan.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import html

from PySide6.QtCore import QSettings, QSignalBlocker, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from winbook.app.document import PlanDocument
from winbook.domain.coaching import (
    changed_since_last_session,
    compare_with_session,
    last_session,
    new_session,
    notes_for,
)
from winbook.domain.dates import format_date
from winbook.domain.model import CoachingSession, CoachNote, NextStep
from winbook.domain.parts import COACH_NOTES, SECTIONS, SESSIONS
from winbook.domain.sections import SPEC_BY_KEY
from winbook.ui.coaching.compare import changes_sentence, diff_html
from winbook.ui.coaching.export import export_summary_dialog
from winbook.ui.coaching.session_dialog import SessionDialog
from winbook.ui.forms.ui_coach_pane import Ui_CoachPane

AUTHOR_KEY = "coaching/author"
INDEX_ROLE = Qt.ItemDataRole.UserRole
NOTES_TAB, CHANGES_TAB, SESSIONS_TAB = range(3)


def remembered_author() -> str:
    return str(QSettings().value(AUTHOR_KEY, "") or "")


def remember_author(name: str) -> None:
    QSettings().setValue(AUTHOR_KEY, name)


def fmt_day(day: dt.date | None) -> str:
    return format_date(day, "undated")


def note_text(note: CoachNote) -> str:
    when = fmt_day(note.created.date()) if note.created else "undated"
    return f"{note.author or 'Coach'} · {when}\n{note.text}"


def step_text(step: NextStep) -> str:
    bits = [b for b in (step.owner, f"due {fmt_day(step.due)}" if step.due else "") if b]
    return step.text + (f" — {', '.join(bits)}" if bits else "")


def session_title(session: CoachingSession) -> str:
    when = fmt_day(session.when.date()) if session.when else "undated"
    open_steps = sum(1 for n in session.next_steps if not n.done)
    coach = f" · {session.coach}" if session.coach else ""
    steps = f" ({open_steps} open step{'s' if open_steps != 1 else ''})" if open_steps else ""
    return f"{when}{coach}{steps}"


def session_html(session: CoachingSession) -> str:
    def block(title: str, text: str) -> str:
        body = html.escape(text).replace("\n", "<br>") if text.strip() else "<i>Nothing noted.</i>"
        return f"<p><b>{title}</b><br>{body}</p>"

    return block("Agenda", session.agenda) + block("Decided", session.decisions)


class CoachPane(QWidget):
    """The pane's contents; `attach(doc)` then `set_section(key, title)` as pages change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CoachPane()
        self.ui.setupUi(self)
        self.doc: PlanDocument | None = None
        self.section = ""
        self.title = ""
        self.session_dialog: SessionDialog | None = None
        self._notes: list[CoachNote] = []
        self._session_rows: list[int] = []
        ui = self.ui
        ui.author_edit.setText(remembered_author())
        ui.notes_list.setSpacing(3)
        ui.add_note_button.clicked.connect(self.add_note)
        ui.update_note_button.clicked.connect(self.update_note)
        ui.delete_note_button.clicked.connect(self.delete_note)
        ui.note_edit.textChanged.connect(self._update_buttons)
        ui.notes_list.currentRowChanged.connect(self._on_note_selected)
        ui.sessions_list.currentRowChanged.connect(self._show_session)
        ui.steps_list.itemChanged.connect(self._on_step_ticked)
        ui.log_session_button.clicked.connect(self.log_session)
        ui.edit_session_button.clicked.connect(self.edit_session)
        ui.export_summary_button.clicked.connect(self.export_summary)
        self._update_buttons()

    # ------------------------------------------------------------------ binding

    def attach(self, doc: PlanDocument) -> None:
        if self.doc is doc:
            return
        if self.doc is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the old document is gone
                self.doc.partChanged.disconnect(self._on_part)
        self.doc = doc
        doc.partChanged.connect(self._on_part)
        self.refresh()

    def set_section(self, section: str, title: str) -> None:
        """Show the notes and changes of ``section`` ("" for the plan as a whole)."""
        if (section, title) == (self.section, self.title):
            return
        self.section, self.title = section, title
        self.ui.notes_list.setCurrentRow(-1)
        self.ui.note_edit.clear()
        self.refresh()

    def _on_part(self, part: str) -> None:
        if part == COACH_NOTES.path:
            self.refresh_notes()
        elif part == SECTIONS.path:
            self.refresh_changes()
        elif part == SESSIONS.path:
            self.refresh_sessions()
            self.refresh_changes()

    def refresh(self) -> None:
        if self.doc is None:
            return
        if self.section:
            label = SPEC_BY_KEY[self.section].title
        else:
            label = f"{self.title or 'The plan'}: general notes"
        self.ui.section_label.setText(label)
        self.refresh_notes()
        self.refresh_changes()
        self.refresh_sessions()

    # ------------------------------------------------------------------ notes

    def refresh_notes(self) -> None:
        if self.doc is None:
            return
        selected = self.selected_note()
        self._notes = notes_for(self.doc.plan, self.section)
        notes = self.ui.notes_list
        with QSignalBlocker(notes):
            notes.clear()
            for note in self._notes:
                item = QListWidgetItem(note_text(note), notes)
                item.setToolTip(note.text)
            if selected is not None and selected in self._notes:
                notes.setCurrentRow(self._notes.index(selected))
        notes.setVisible(bool(self._notes))
        self.ui.notes_empty_label.setVisible(not self._notes)
        count = len(self._notes)
        self.ui.tabs.setTabText(NOTES_TAB, f"Notes ({count})" if count else "Notes")
        self._update_buttons()

    def selected_note(self) -> CoachNote | None:
        row = self.ui.notes_list.currentRow()
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def _note_index(self, note: CoachNote) -> int:
        assert self.doc is not None
        return next(i for i, n in enumerate(self.doc.plan.coach_notes) if n is note)

    def _on_note_selected(self, _row: int) -> None:
        note = self.selected_note()
        if note is not None:
            self.ui.note_edit.setPlainText(note.text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        text = self.ui.note_edit.toPlainText().strip()
        note = self.selected_note()
        self.ui.add_note_button.setEnabled(bool(text) and self.doc is not None)
        self.ui.update_note_button.setEnabled(note is not None and bool(text) and text != note.text)
        self.ui.delete_note_button.setEnabled(note is not None)
        sessions = bool(self.doc and self.doc.plan.sessions)
        self.ui.edit_session_button.setEnabled(sessions and self.current_session() is not None)

    def author(self) -> str:
        name = str(self.ui.author_edit.text()).strip()
        if name and name != remembered_author():
            remember_author(name)
        return name

    def add_note(self) -> None:
        text = self.ui.note_edit.toPlainText().strip()
        if self.doc is None or not text:
            return
        note = CoachNote(
            section=self.section,
            author=self.author() or "Coach",
            created=dt.datetime.now().replace(microsecond=0),
            text=text,
        )
        self.doc.insert_items(COACH_NOTES, len(self.doc.plan.coach_notes), [note], "Add coach note")
        self.ui.notes_list.setCurrentRow(-1)
        self.ui.note_edit.clear()

    def update_note(self) -> None:
        note, text = self.selected_note(), self.ui.note_edit.toPlainText().strip()
        if self.doc is None or note is None or not text:
            return
        self.doc.set_value(COACH_NOTES.field("text"), self._note_index(note), text, merge=False)

    def delete_note(self) -> None:
        note = self.selected_note()
        if self.doc is None or note is None:
            return
        self.doc.remove_items(COACH_NOTES, [self._note_index(note)], "Delete coach note")
        self.ui.note_edit.clear()

    # ------------------------------------------------------------------ changes

    def refresh_changes(self) -> None:
        if self.doc is None:
            return
        plan, ui = self.doc.plan, self.ui
        session = last_session(plan)
        changed = changed_since_last_session(plan)
        others = [SPEC_BY_KEY[k].title for k in changed if k != self.section]
        ui.other_changes_label.setText(
            f"Also changed since that session: {', '.join(others)}." if others else ""
        )
        ui.other_changes_label.setVisible(bool(others))
        mine = self.section in changed
        ui.tabs.setTabText(CHANGES_TAB, "Changes • edited" if mine else "Changes")
        if session is None:
            ui.changed_label.setText(
                "No session logged yet. Once you log a session, edits made afterwards are "
                "marked here and can be compared with what you saw on the call."
            )
            self._show_compare(None)
            return
        when = fmt_day(session.when.date()) if session.when else "the last session"
        if not self.section:
            ui.changed_label.setText(
                f"This page has no text of its own to compare. Last session: {when}."
            )
            self._show_compare(None)
            return
        parts = compare_with_session(plan, self.section, session)
        if mine:
            ui.changed_label.setText(
                f"Changed since the session of {when}: {changes_sentence(parts)}."
            )
        else:
            ui.changed_label.setText(f"Unchanged since the session of {when}.")
        self._show_compare(diff_html(parts) if parts else "<i>This section has no text.</i>")

    def _show_compare(self, body: str | None) -> None:
        self.ui.compare_view.setVisible(body is not None)
        self.ui.legend_label.setVisible(body is not None)
        if body is not None and self.ui.compare_view.toHtml() != body:
            self.ui.compare_view.setHtml(body)

    def compare_html(self) -> str:
        return str(self.ui.compare_view.toHtml())

    # ------------------------------------------------------------------ sessions

    def refresh_sessions(self) -> None:
        if self.doc is None:
            return
        sessions = self.doc.plan.sessions
        # keep the selected session; when one is added or removed, show the newest
        current = self.current_session_index() if len(sessions) == len(self._session_rows) else None
        order = sorted(
            range(len(sessions)),
            key=lambda i: (sessions[i].when or dt.datetime.min, i),
            reverse=True,
        )
        self._session_rows = order
        box = self.ui.sessions_list
        with QSignalBlocker(box):
            box.clear()
            for i in order:
                QListWidgetItem(session_title(sessions[i]), box)
            row = order.index(current) if current in order else (0 if order else -1)
            box.setCurrentRow(row)
        n = len(sessions)
        self.ui.tabs.setTabText(SESSIONS_TAB, f"Sessions ({n})" if n else "Sessions")
        self._show_session()

    def current_session_index(self) -> int | None:
        row = self.ui.sessions_list.currentRow()
        return self._session_rows[row] if 0 <= row < len(self._session_rows) else None

    def current_session(self) -> CoachingSession | None:
        i = self.current_session_index()
        if self.doc is None or i is None or i >= len(self.doc.plan.sessions):
            return None
        return self.doc.plan.sessions[i]

    def _show_session(self, _row: int = -1) -> None:
        session = self.current_session()
        ui = self.ui
        has = session is not None
        ui.sessions_list.setVisible(bool(self._session_rows))
        ui.session_view.setVisible(has)
        ui.steps_title_label.setVisible(has)
        ui.steps_list.setVisible(has)
        with QSignalBlocker(ui.steps_list):
            ui.steps_list.clear()
            if session is None:
                ui.session_view.setHtml(
                    "<p>No sessions logged yet. After a call, <b>Log a session</b> with what "
                    "you decided and the next steps; open steps show on the readiness page.</p>"
                )
                ui.session_view.setVisible(True)
            else:
                ui.session_view.setHtml(session_html(session))
                for j, step in enumerate(session.next_steps):
                    item = QListWidgetItem(step_text(step), ui.steps_list)
                    item.setData(INDEX_ROLE, j)
                    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                    item.setCheckState(
                        Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked
                    )
                if not session.next_steps:
                    ui.steps_list.setVisible(False)
                    ui.steps_title_label.setText("No next steps in this session.")
                else:
                    ui.steps_title_label.setText("Next steps (tick when done)")
        self._update_buttons()

    def _on_step_ticked(self, item: QListWidgetItem) -> None:
        i = self.current_session_index()
        session = self.current_session()
        if self.doc is None or session is None or i is None:
            return
        j = int(item.data(INDEX_ROLE))
        done = item.checkState() == Qt.CheckState.Checked
        self.set_step_done(i, j, done)

    def set_step_done(self, session_index: int, step_index: int, done: bool) -> None:
        """Tick (or untick) one next step: one undo step."""
        assert self.doc is not None
        session = self.doc.plan.sessions[session_index]
        if session.next_steps[step_index].done == done:
            return
        steps = [dataclasses.replace(n) for n in session.next_steps]
        steps[step_index].done = done
        self.doc.set_value(SESSIONS.field("next_steps"), session_index, steps, merge=False)

    def log_session(self) -> SessionDialog:
        """Open the dialog for a new session (window-modal, not blocking)."""
        dialog = SessionDialog(self, coach=self.author())
        dialog.accepted.connect(lambda: self._save_new(dialog))
        return self._open(dialog)

    def edit_session(self) -> SessionDialog | None:
        i = self.current_session_index()
        session = self.current_session()
        if session is None or i is None:
            return None
        dialog = SessionDialog(self, session=session)
        dialog.accepted.connect(lambda: self._save_edit(i, dialog))
        return self._open(dialog)

    def _open(self, dialog: SessionDialog) -> SessionDialog:
        self.session_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.session_dialog = None

    def _save_new(self, dialog: SessionDialog) -> None:
        if self.doc is None:
            return
        coach = dialog.coach()
        if coach and not self.ui.author_edit.text().strip():
            self.ui.author_edit.setText(coach)
            remember_author(coach)
        session = new_session(
            self.doc.plan,
            dialog.when(),
            coach,
            dialog.agenda(),
            dialog.decisions(),
            dialog.next_steps(),
        )
        self.doc.insert_items(
            SESSIONS, len(self.doc.plan.sessions), [session], "Log coaching session"
        )
        self.select_session(len(self.doc.plan.sessions) - 1)

    def _save_edit(self, index: int, dialog: SessionDialog) -> None:
        if self.doc is None or index >= len(self.doc.plan.sessions):
            return
        values = {
            "when": dialog.when(),
            "coach": dialog.coach(),
            "agenda": dialog.agenda(),
            "decisions": dialog.decisions(),
            "next_steps": dialog.next_steps(),
        }
        with self.doc.macro("Edit coaching session"):
            for field, value in values.items():
                self.doc.set_value(SESSIONS.field(field), index, value, merge=False)
        self.select_session(index)

    def select_session(self, index: int) -> None:
        if index in self._session_rows:
            self.ui.sessions_list.setCurrentRow(self._session_rows.index(index))

    # ------------------------------------------------------------------ export

    def export_summary(self) -> None:
        if self.doc is not None:
            self.doc.flush()
            export_summary_dialog(self.window(), self.doc)
