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
    QFormLayout,
    QLabel,
    QVBoxLayout,
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


class NewPlanDialog(QDialog):
    """Office type and state; ``plan()`` is the new plan they give."""

    def __init__(
        self, parent: QWidget | None = None, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.setObjectName("new_plan_dialog")
        self.setWindowTitle("New plan")
        self.office_combo = QComboBox(self)
        self.office_combo.setObjectName("office_type_combo")
        self.office_combo.setAccessibleName("Office")
        for level in OFFICE_CHOICES:
            self.office_combo.addItem(office_defaults(level).label, level.value)
        self.state_combo = _state_combo(self)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("election_note_label")
        self.date_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Start the plan")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self._layout()
        self.office_combo.currentIndexChanged.connect(self._update)
        self.state_combo.currentIndexChanged.connect(self._update)
        self.state_combo.editTextChanged.connect(self._update)
        self._update()
        self.resize(520, self.sizeHint().height())

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            "What are you running for? Winbook fills in the seats, the next election date, a "
            "starter checklist and examples that fit the office. You can change all of it.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow("&Office:", self.office_combo)
        form.addRow("&State:", self.state_combo)
        layout.addLayout(form)
        layout.addWidget(self.date_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
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


def _state_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("state_combo")
    combo.setAccessibleName("State")
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems([f"{name} ({code})" for code, name in STATES.items()])
    combo.setCurrentIndex(-1)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText("Type your state, e.g. Michigan or MI")
    completer = QCompleter([f"{name} ({code})" for code, name in STATES.items()], combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    return combo
