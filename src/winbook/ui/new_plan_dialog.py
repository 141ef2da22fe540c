"""File → New: "What are you running for?" before anything else.

The office and the state decide a new plan's defaults (`winbook.domain.offices`): seats, party
label, the next general election and its cycle, the examples and prompts in every section, a
starter checklist and timeline. The dialog shows the election date it will start from, so
nothing is filled in behind the candidate's back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from winbook.domain.dates import format_date
from winbook.domain.model import Level, Plan
from winbook.domain.offices import (
    OFFICE_CHOICES,
    STATES,
    new_plan,
    next_general_election,
    office_defaults,
)
from winbook.ui.forms.ui_new_plan_dialog import Ui_NewPlanDialog


class NewPlanDialog(QDialog):
    """Office type and state (the form ``forms/new_plan_dialog.ui``); ``plan()`` is the new
    plan they give."""

    def __init__(
        self, parent: QWidget | None = None, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewPlanDialog()
        self.ui.setupUi(self)
        self.today = today
        self.setObjectName("new_plan_dialog")
        self.office_combo: QComboBox = self.ui.office_type_combo
        self.state_combo: QComboBox = self.ui.state_combo
        self.date_label: QLabel = self.ui.election_note_label
        self.message_label: QLabel = self.ui.message_label
        self.buttons: QDialogButtonBox = self.ui.button_box
        for level in OFFICE_CHOICES:
            self.office_combo.addItem(office_defaults(level).label, level.value)
        _fill_states(self.state_combo)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Start the plan")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.message_label.hide()
        self.office_combo.currentIndexChanged.connect(self._update)
        self.state_combo.currentIndexChanged.connect(self._update)
        self.state_combo.editTextChanged.connect(self._update)
        self._update()
        self.office_combo.setFocus()

    # ------------------------------------------------------------------ choices

    def level(self) -> Level:
        return Level(self.office_combo.currentData())

    def state(self) -> str:
        """The chosen state's postal code ("" when the text names none)."""
        text = self.state_combo.currentText().strip()
        for code, name in STATES.items():
            if text.lower() in (code.lower(), name.lower(), f"{name} ({code})".lower()):
                return code
        return ""

    def plan(self) -> Plan:
        return new_plan(self.level(), self.state(), self.today())

    def _update(self) -> None:
        office = office_defaults(self.level())
        day = next_general_election(self.level(), self.state(), self.today())
        seats = (
            "one seat" if office.seats == 1 else f"{office.seats} seats (vote for {office.seats})"
        )
        party = "partisan" if office.partisan else "nonpartisan"
        self.date_label.setText(
            f"The plan starts from the general election of {format_date(day)}, {seats}, "
            f"{party}. {office.note}"
        )
        self.message_label.hide()

    def _accept(self) -> None:
        if not self.state():
            self.message_label.setText(
                "⚠ Choose your state from the list (type its name or its two letters)."
            )
            self.message_label.show()
            self.state_combo.setFocus()
            return
        self.accept()


def _fill_states(combo: QComboBox) -> None:
    names = [f"{name} ({code})" for code, name in STATES.items()]
    combo.addItems(names)
    combo.setCurrentIndex(-1)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText("Type your state, e.g. Michigan or MI")
    completer = QCompleter(names, combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
