"""The editor of one narrative section: guidance prompt, a short example, the text, word count
and status. Used as a whole page (why, landscape, message...) and as the "In your words" box on
the calculator pages (targeting, path, fundraising, budget, timeline).

Typing goes through ``doc.set_section_text`` (consecutive typing merges into one undo step); an
undo, a redo or any other change re-reads the text without moving the cursor needlessly.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from winbook.app.document import PlanDocument
from winbook.domain.model import STATUS_LABELS, Level, SectionStatus
from winbook.domain.offices import section_example, section_prompt
from winbook.domain.parts import RACE, SECTIONS
from winbook.domain.sections import SPEC_BY_KEY, word_count
from winbook.ui.forms.ui_page_section import Ui_PageSection
from winbook.ui.pages.base import DocUndoKeys

_STATUSES = list(SectionStatus)


class SectionEditor(QWidget):
    """Promoted from a QWidget in Designer; call `attach(doc, key)` before use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PageSection()
        self.ui.setupUi(self)
        self.doc: PlanDocument | None = None
        self.key = ""
        self._writing = False  # True while our own edit is on its way to the document
        self._level: Level | None = None  # the office the guidance is shown for
        self.ui.status_combo.addItems([STATUS_LABELS[s] for s in _STATUSES])
        self.ui.text_edit.setUndoRedoEnabled(False)

    def attach(self, doc: PlanDocument, key: str, embedded: bool = False) -> None:
        self.doc, self.key = doc, key
        self.ui.text_edit.installEventFilter(DocUndoKeys(doc, self))
        spec = SPEC_BY_KEY[key]
        self.ui.title_label.setText(f"{spec.number}. {spec.title}")
        self.ui.title_label.setVisible(not embedded)
        self.ui.text_edit.setAccessibleName(f"{spec.title}: your text")
        self.ui.text_edit.setPlaceholderText("Write in your own words…")
        self.ui.status_combo.setToolTip(
            "Writing makes the section a draft by itself; choose Ready when you are happy with it."
        )
        self._show_guidance()
        self.ui.status_combo.setAccessibleName(f"{spec.title}: status")
        self.ui.text_edit.textChanged.connect(self._on_text)
        self.ui.status_combo.currentIndexChanged.connect(self._on_status)
        doc.partChanged.connect(self._on_part)
        self.load()

    def load(self) -> None:
        if self.doc is None:
            return
        text = self.doc.section_text(self.key)
        edit = self.ui.text_edit
        if edit.toPlainText() != text:
            pos = edit.textCursor().position()
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)
            cursor = edit.textCursor()
            cursor.setPosition(min(pos, len(text)))
            edit.setTextCursor(cursor)
        self._show_status()
        self._count(text)

    def _show_status(self) -> None:
        status = self._status()
        combo = self.ui.status_combo
        if combo.currentIndex() != _STATUSES.index(status):
            combo.blockSignals(True)
            combo.setCurrentIndex(_STATUSES.index(status))
            combo.blockSignals(False)

    def text(self) -> str:
        return str(self.ui.text_edit.toPlainText())

    def _status(self) -> SectionStatus:
        assert self.doc is not None
        for s in self.doc.plan.sections:
            if s.key == self.key:
                return s.status
        return SectionStatus.EMPTY

    def _count(self, text: str) -> None:
        n = word_count(text)
        self.ui.word_count_label.setText(f"{n:,} word{'s' if n != 1 else ''}")

    def _on_text(self) -> None:
        if self.doc is None:
            return
        text = self.ui.text_edit.toPlainText()
        self._count(text)
        self._writing = True
        try:
            self.doc.set_section_text(self.key, text)
        finally:
            self._writing = False
        self._show_status()  # writing in an empty section makes it a draft

    def _on_status(self, i: int) -> None:
        if self.doc is not None and 0 <= i < len(_STATUSES):
            self.doc.set_section_status(self.key, _STATUSES[i])

    def _show_guidance(self) -> None:
        """The prompt and the worked example, for the plan's office (a county clerk never sees
        a school example)."""
        assert self.doc is not None
        level = self.doc.plan.race.level
        if level == self._level:
            return
        self._level = level
        prompt = section_prompt(self.key, level)
        example = section_example(self.key, level)
        self.ui.prompt_label.setText(prompt)
        self.ui.example_label.setText(f"<i>For example:</i> {html.escape(example)}")
        self.ui.text_edit.setAccessibleDescription(prompt)

    def _on_part(self, part: str) -> None:
        if part == RACE.path:
            self._show_guidance()
        if part == SECTIONS.path and not self._writing:
            self.load()


class NarrativePage(QWidget):
    """A whole page for one narrative section."""

    def __init__(self, doc: PlanDocument, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.editor = SectionEditor(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        self.editor.attach(doc, key)
        self.editor.ui.text_edit.moveCursor(QTextCursor.MoveOperation.End)

    def load(self) -> None:
        self.editor.load()

    def refresh_figures(self) -> None:
        """Narrative pages show no figures."""
