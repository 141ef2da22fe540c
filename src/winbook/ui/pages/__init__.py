"""The plan's pages, in the order trainers use (domain notes section 6).

`PAGE_SPECS` is the registry the main window reads: ``(key, title, factory(doc, parent))``,
in the order of `winbook.ui.page_titles.PAGES`. Each page is one class with a small contract
(see `winbook.ui.pages.base`): it is built from a Designer form, edits go through the
document, and ``load()`` / ``refresh_figures()`` re-read the plan and ``doc.figures``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from winbook.app.document import PlanDocument
from winbook.ui.coaching.readiness_page import create as readiness_page
from winbook.ui.page_titles import PAGES
from winbook.ui.pages import candidate_race
from winbook.ui.pages.budget import BudgetPage
from winbook.ui.pages.checklist import ChecklistPage
from winbook.ui.pages.disclosure import DisclosurePage
from winbook.ui.pages.fundraising import FundraisingPage
from winbook.ui.pages.history import HistoryPage
from winbook.ui.pages.path import PathPage
from winbook.ui.pages.section_editor import NarrativePage
from winbook.ui.pages.targeting import TargetingPage
from winbook.ui.pages.timeline import TimelinePage
from winbook.ui.pages.values import ValuesPage
from winbook.ui.pages.win_number import WinNumberPage

PageFactory = Callable[[PlanDocument, QWidget | None], QWidget]

#: How each page that is not a narrative section is built.
_FACTORIES: dict[str, PageFactory] = {
    "candidate_race": candidate_race.create,
    "history": HistoryPage,
    "win_number": WinNumberPage,
    "path": PathPage,
    "precincts": TargetingPage,
    "fundraising": FundraisingPage,
    "budget": BudgetPage,
    "timeline": TimelinePage,
    "checklist": ChecklistPage,
    "values": ValuesPage,
    "disclosure": DisclosurePage,
    "readiness": readiness_page,
}


def _narrative(key: str) -> PageFactory:
    def create(doc: PlanDocument, parent: QWidget | None) -> QWidget:
        return NarrativePage(doc, key, parent)

    return create


def _factory(key: str) -> PageFactory:
    """The page's own class; else the narrative editor for a section (some computed pages,
    such as Budget, also hold a section of text, so the computed page comes first)."""
    return _FACTORIES[key] if key in _FACTORIES else _narrative(key)


PAGE_SPECS: list[tuple[str, str, PageFactory]] = [(k, t, _factory(k)) for k, t in PAGES]
