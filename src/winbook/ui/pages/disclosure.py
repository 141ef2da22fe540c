"""Background disclosure: what a background check will find, with the candidate's explanation.

The page is marked CONFIDENTIAL at the top; its content stays in the plan file.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from winbook.app.document import PlanDocument
from winbook.domain.parts import DISCLOSURE
from winbook.ui.forms.ui_page_disclosure import Ui_PageDisclosure
from winbook.ui.models.plan_models import disclosure_model
from winbook.ui.pages.base import PlanPage

CONFIDENTIAL = "CONFIDENTIAL: background disclosure for the endorsement review"


class DisclosurePage(PlanPage):
    key = "disclosure"
    title = "Background disclosure"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.ui = Ui_PageDisclosure()
        self.ui.setupUi(self)
        ui = self.ui
        ui.confidential_label.setText(CONFIDENTIAL)
        ui.confidential_label.setAccessibleName(CONFIDENTIAL)
        ui.confidential_label.setFrameShape(ui.confidential_label.Shape.Box)
        ui.confidential_label.setMargin(6)
        self.setAccessibleDescription("Confidential page")
        self.binder.bind(
            ui.nothing_check,
            DISCLOSURE.field("nothing_to_disclose"),
            label="Nothing to disclose",
            help="Tick only when a background check will find nothing worth explaining.",
        )
        self.binder.bind(
            ui.statement_edit,
            DISCLOSURE.field("statement"),
            label="Disclosure statement",
            help="In your own words: what reviewers should know and why.",
        )
        self.items = disclosure_model(doc, self)
        self.add_table(ui.items_table, self.items, ui.add_item_button, ui.remove_item_button)
        self.load()

    def refresh_figures(self) -> None:
        nothing = self.doc.plan.disclosure.nothing_to_disclose
        self.ui.items_group.setTitle(
            "Findings (you said there is nothing to disclose)" if nothing else "Findings"
        )
