"""The plan's pages, in the order trainers use (domain notes section 6).

`PAGE_SPECS` is the registry the main window reads: ``(key, title, factory(doc, parent))``.
Each page is one class with a small contract (see `winbook.ui.pages.base`): it is built from a
Designer form, edits go through the document, and ``load()`` / ``refresh_figures()`` re-read the
plan and ``doc.figures``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from winbook.app.document import PlanDocument
from winbook.domain.sections import SPEC_BY_KEY

PageFactory = Callable[[PlanDocument, QWidget | None], QWidget]


def _candidate_race(doc: PlanDocument, parent: QWidget | None) -> QWidget:
    from winbook.ui.pages import candidate_race

    return candidate_race.create(doc, parent)


def _narrative(key: str) -> PageFactory:
    def create(doc: PlanDocument, parent: QWidget | None) -> QWidget:
        from winbook.ui.pages.section_editor import NarrativePage

        return NarrativePage(doc, key, parent)

    return create


def _history(doc: PlanDocument, parent: QWidget | None) -> QWidget:
    from winbook.ui.pages.history import HistoryPage

    return HistoryPage(doc, parent)


def _win_number(doc: PlanDocument, parent: QWidget | None) -> QWidget:
    from winbook.ui.pages.win_number import WinNumberPage

    return WinNumberPage(doc, parent)


def _path(doc: PlanDocument, parent: QWidget | None) -> QWidget:
    from winbook.ui.pages.path import PathPage

    return PathPage(doc, parent)


def _precincts(doc: PlanDocument, parent: QWidget | None) -> QWidget:
    from winbook.ui.pages.targeting import TargetingPage

    return TargetingPage(doc, parent)


def _fundraising(doc: PlanDocument, parent: QWidget | None) -> QWidget:
    from winbook.ui.pages.fundraising import FundraisingPage

    return FundraisingPage(doc, parent)


def _budget(doc: PlanDocument, parent: QWidget | None) -> QWidget:
    from winbook.ui.pages.budget import BudgetPage

    return BudgetPage(doc, parent)


def _timeline(doc: PlanDocument, parent: QWidget | None) -> QWidget:
    from winbook.ui.pages.timeline import TimelinePage

    return TimelinePage(doc, parent)


def _checklist(doc: PlanDocument, parent: QWidget | None) -> QWidget:
    from winbook.ui.pages.checklist import ChecklistPage

    return ChecklistPage(doc, parent)


def _values(doc: PlanDocument, parent: QWidget | None) -> QWidget:
    from winbook.ui.pages.values import ValuesPage

    return ValuesPage(doc, parent)


def _disclosure(doc: PlanDocument, parent: QWidget | None) -> QWidget:
    from winbook.ui.pages.disclosure import DisclosurePage

    return DisclosurePage(doc, parent)


def _readiness(doc: PlanDocument, parent: QWidget | None) -> QWidget:
    from winbook.ui.coaching.readiness_page import create

    return create(doc, parent)


def _title(key: str) -> str:
    return SPEC_BY_KEY[key].title


PAGE_SPECS: list[tuple[str, str, PageFactory]] = [
    ("candidate_race", "Candidate and race", _candidate_race),
    ("why", _title("why"), _narrative("why")),
    ("landscape", _title("landscape"), _narrative("landscape")),
    ("history", "Election history and turnout", _history),
    ("win_number", "Win number", _win_number),
    ("path", "Path to victory", _path),
    ("precincts", "Where the votes are", _precincts),
    ("message", _title("message"), _narrative("message")),
    ("field", _title("field"), _narrative("field")),
    ("gotv", _title("gotv"), _narrative("gotv")),
    ("communications", _title("communications"), _narrative("communications")),
    ("research", _title("research"), _narrative("research")),
    ("team", _title("team"), _narrative("team")),
    ("fundraising", "Fundraising", _fundraising),
    ("budget", "Budget", _budget),
    ("timeline", "Timeline", _timeline),
    ("compliance", _title("compliance"), _narrative("compliance")),
    ("checklist", "Filing checklist", _checklist),
    ("values", "Values", _values),
    ("disclosure", "Background disclosure", _disclosure),
    ("readiness", "Readiness", _readiness),
]
