"""The dialog that logs (or edits) one coaching session: date, coach, agenda, what was decided,
and next steps with owner, due date and done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from winbook.domain.model import CoachingSession, NextStep
from winbook.ui.forms.ui_session_dialog import Ui_SessionDialog
from winbook.ui.widgets.dates import DateEdit

STEP, OWNER, DUE, DONE = range(4)


def to_qdatetime(when: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
    )


def from_qdatetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class SessionDialog(QDialog):
    """Fill in a session; `values()` gives what was typed once the dialog is accepted."""

    def __init__(
        self,
        parent: QWidget | None = None,
        session: CoachingSession | None = None,
        coach: str = "",
        now: dt.datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.message_label.hide()
        header = ui.steps_table.horizontalHeader()
        header.setSectionResizeMode(STEP, QHeaderView.ResizeMode.Stretch)
        for col in (OWNER, DUE, DONE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        ui.steps_table.verticalHeader().setVisible(False)
        ui.add_step_button.clicked.connect(lambda _c=False: self.add_step())
        ui.remove_step_button.clicked.connect(self.remove_current_step)
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save session")
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        if session is not None:
            self.setWindowTitle("Edit a coaching session")
            self._load(session)
        else:
            when = (now or dt.datetime.now()).replace(second=0, microsecond=0)
            ui.when_edit.setDateTime(to_qdatetime(when))
            ui.coach_edit.setText(coach)
            self.add_step()

    def _load(self, session: CoachingSession) -> None:
        ui = self.ui
        when = session.when or dt.datetime.now().replace(second=0, microsecond=0)
        ui.when_edit.setDateTime(to_qdatetime(when))
        ui.coach_edit.setText(session.coach)
        ui.agenda_edit.setPlainText(session.agenda)
        ui.decisions_edit.setPlainText(session.decisions)
        for step in session.next_steps:
            self.add_step(step)

    # ------------------------------------------------------------------ next steps table

    def add_step(self, step: NextStep | None = None) -> int:
        """Add a row (empty, or showing ``step``); returns its index."""
        step = step or NextStep()
        table = self.ui.steps_table
        row = int(table.rowCount())
        table.insertRow(row)
        table.setItem(row, STEP, QTableWidgetItem(step.text))
        table.setItem(row, OWNER, QTableWidgetItem(step.owner))
        due = DateEdit(table)
        due.setAccessibleName(f"Step {row + 1}: due date")
        due.setValue(step.due)
        table.setCellWidget(row, DUE, due)
        done = QTableWidgetItem()
        done.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        done.setCheckState(Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
        done.setData(Qt.ItemDataRole.AccessibleTextRole, f"Step {row + 1}: done")
        table.setItem(row, DONE, done)
        table.setCurrentCell(row, STEP)
        return row

    def remove_current_step(self) -> None:
        table = self.ui.steps_table
        row = table.currentRow()
        if 0 <= row < table.rowCount():
            table.removeRow(row)

    def due_edit(self, row: int) -> DateEdit:
        widget = self.ui.steps_table.cellWidget(row, DUE)
        assert isinstance(widget, DateEdit)
        return widget

    def _cell(self, row: int, col: int) -> str:
        item = self.ui.steps_table.item(row, col)
        return item.text().strip() if item is not None else ""

    def next_steps(self) -> list[NextStep]:
        """The steps typed (rows left completely empty are dropped)."""
        steps = []
        for row in range(self.ui.steps_table.rowCount()):
            text, owner = self._cell(row, STEP), self._cell(row, OWNER)
            due = self.due_edit(row).value()
            done_item = self.ui.steps_table.item(row, DONE)
            done = done_item is not None and done_item.checkState() == Qt.CheckState.Checked
            if text or owner or due:
                steps.append(NextStep(text=text, owner=owner, due=due, done=done))
        return steps

    # ------------------------------------------------------------------ values

    def when(self) -> dt.datetime:
        return from_qdatetime(self.ui.when_edit.dateTime())

    def coach(self) -> str:
        return str(self.ui.coach_edit.text()).strip()

    def agenda(self) -> str:
        return str(self.ui.agenda_edit.toPlainText()).strip()

    def decisions(self) -> str:
        return str(self.ui.decisions_edit.toPlainText()).strip()

    def problem(self) -> str:
        """What stops the session from being saved, as one sentence ("" when it can be)."""
        for n, step in enumerate(self.next_steps(), start=1):
            if not step.text:
                return (
                    f"Next step {n} has an owner or a due date but no text: describe it or "
                    "remove it."
                )
        if not (self.agenda() or self.decisions() or self.next_steps()):
            return "Write the agenda, what was decided or a next step before saving the session."
        return ""

    def accept(self) -> None:
        message = self.problem()
        self.ui.message_label.setText(f"⚠ {message}" if message else "")
        self.ui.message_label.setVisible(bool(message))
        if not message:
            super().accept()
