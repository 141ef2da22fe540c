"""Values: each of the application's value statements with the candidate's own answer.

The statements come from the plan (``plan.values``); a plan without any shows the statements of
its application profile (the default profile: trusting voters, progressive values, a high
tolerance for risk), and the first answer typed adds them to the plan.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from winbook.app.document import PlanDocument
from winbook.domain.model import ValueAnswer
from winbook.domain.parts import VALUES
from winbook.ui.forms.ui_page_values import Ui_PageValues
from winbook.ui.pages.base import DocUndoKeys, PlanPage

#: Used when no profile can be read: the default profile's three statements, in our words.
FALLBACK_VALUES: tuple[tuple[str, str, str], ...] = (
    (
        "trust_voters",
        "We trust voters.",
        "How does your campaign put real decisions and information in voters' hands?",
    ),
    (
        "progressive_values",
        "We run on progressive values.",
        "Which progressive values do you run on, and where do voters see them?",
    ),
    (
        "risk_tolerance",
        "We have a high tolerance for risk.",
        "Where is your campaign taking a bold bet, and why?",
    ),
)


def profile_values(profile_id: str) -> list[tuple[str, str, str]]:
    """(id, statement, guidance) of the plan's profile, or the built-in three."""
    try:
        from winbook.store.profiles import load_profile

        profile, _warning = load_profile(profile_id)
    except Exception:  # a broken profile must never stop the page from opening
        return list(FALLBACK_VALUES)
    return [(v.id, v.statement, v.guidance) for v in profile.values] or list(FALLBACK_VALUES)


class ValuesPage(PlanPage):
    key = "values"
    title = "Values"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.ui = Ui_PageValues()
        self.ui.setupUi(self)
        self._layout = QVBoxLayout(self.ui.values_container)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._undo_filter = DocUndoKeys(doc, self)
        self.editors: dict[str, QPlainTextEdit] = {}
        self._ids: list[str] = []
        self._writing = False
        doc.partChanged.connect(self._on_part)
        self.load()

    def statements(self) -> list[tuple[str, str, str]]:
        """(id, statement, guidance) for every value shown, plan first then profile."""
        guidance = {i: g for i, _s, g in profile_values(self.doc.plan.meta.profile_id)}
        if self.doc.plan.values:
            return [
                (v.value_id, v.statement, guidance.get(v.value_id, ""))
                for v in self.doc.plan.values
            ]
        return profile_values(self.doc.plan.meta.profile_id)

    def load(self) -> None:
        items = self.statements()
        ids = [i for i, _s, _g in items]
        if ids != self._ids:
            self._build(items)
        for value_id, edit in self.editors.items():
            text = self._answer(value_id)
            if edit.toPlainText() != text:
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)

    def _build(self, items: list[tuple[str, str, str]]) -> None:
        while self._layout.count():
            child = self._layout.takeAt(0)
            w = child.widget() if child is not None else None
            if w is not None:
                w.deleteLater()
        self.editors = {}
        self._ids = [i for i, _s, _g in items]
        previous: QWidget = self.ui.scroll_area
        for value_id, statement, guidance in items:
            box = QGroupBox(statement, self.ui.values_container)
            box.setObjectName(f"value_{value_id}_group")
            lay = QVBoxLayout(box)
            if guidance:
                hint = QLabel(guidance, box)
                hint.setWordWrap(True)
                lay.addWidget(hint)
            edit = QPlainTextEdit(box)
            edit.setObjectName(f"value_{value_id}_edit")
            edit.setAccessibleName(f"Your answer: {statement}")
            edit.setAccessibleDescription(guidance)
            edit.setPlaceholderText("How this value shows up in your campaign…")
            edit.setTabChangesFocus(True)
            edit.setUndoRedoEnabled(False)
            edit.installEventFilter(self._undo_filter)
            edit.setMinimumHeight(110)
            edit.textChanged.connect(lambda vid=value_id, e=edit: self._on_text(vid, e))
            lay.addWidget(edit)
            self._layout.addWidget(box)
            QWidget.setTabOrder(previous, edit)
            previous = edit
            self.editors[value_id] = edit

    def _answer(self, value_id: str) -> str:
        for v in self.doc.plan.values:
            if v.value_id == value_id:
                return v.answer
        return ""

    def _on_text(self, value_id: str, edit: QPlainTextEdit) -> None:
        self._writing = True
        try:
            self._write(value_id, edit.toPlainText())
        finally:
            self._writing = False

    def _write(self, value_id: str, text: str) -> None:
        if not self.doc.plan.values:
            items = [ValueAnswer(i, s, "") for i, s, _g in self.statements()]
            with self.doc.macro("Answer a value statement"):
                self.doc.insert_items(VALUES, 0, items, "Add the value statements")
                self._set(value_id, text)
            return
        self._set(value_id, text)

    def _set(self, value_id: str, text: str) -> None:
        for i, v in enumerate(self.doc.plan.values):
            if v.value_id == value_id:
                self.doc.set_value(VALUES.field("answer"), i, text)
                return

    def _on_part(self, part: str) -> None:
        if part == VALUES.path and not self._writing:
            self.load()
