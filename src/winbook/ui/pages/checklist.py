"""Filing checklist: the steps to get on the ballot, with due dates and done marks."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from winbook.app.document import PlanDocument
from winbook.domain.parts import CHECKLIST
from winbook.ui.forms.ui_page_checklist import Ui_PageChecklist
from winbook.ui.models.plan_models import checklist_model
from winbook.ui.pages.base import PlanPage


def progress_text(items: list[tuple[bool, date | None]], today: date) -> str:
    """ "3 of 5 steps done; 1 overdue." from (done, due) pairs."""
    if not items:
        return "No steps yet: add every form, fee and signature the filing office asks for."
    done = sum(1 for d, _due in items if d)
    overdue = sum(1 for d, due in items if not d and due is not None and due < today)
    text = f"{done} of {len(items)} step{'s' if len(items) != 1 else ''} done"
    return text + (f"; {overdue} overdue." if overdue else ".")


class ChecklistPage(PlanPage):
    key = "checklist"
    title = "Filing checklist"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.ui = Ui_PageChecklist()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = checklist_model(doc, self)
        self.add_table(
            ui.checklist_table,
            self.model,
            ui.add_step_button,
            ui.remove_step_button,
            None,
            ui.move_up_button,
            ui.move_down_button,
        )
        doc.partChanged.connect(self._on_part)
        self.load()

    def _on_part(self, part: str) -> None:
        if part == CHECKLIST.path:
            self.refresh_figures()

    def refresh_figures(self) -> None:
        items = [(c.done, c.due) for c in self.doc.plan.checklist]
        text = progress_text(items, date.today())
        self.ui.progress_label.setText(text)
        self.ui.progress_label.setAccessibleName(text)
