"""The readiness page: "am I ready to apply?", topic by topic, like a tax program's review screen.

Each topic is missing, partial or ready with its reasons and a button that jumps to the page
that fixes it (``goToPage(key)``). The score, the eligibility reasons and the open next steps
from coaching sessions sit beside them. The page re-reads the plan whenever the figures move.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from winbook.app.document import PlanDocument
from winbook.domain.parts import SESSIONS
from winbook.domain.readiness import OpenStep, Readiness, TopicReport, TopicStatus
from winbook.ui.coaching.pane import fmt_day
from winbook.ui.forms.ui_readiness_page import Ui_ReadinessPage
from winbook.ui.page_titles import PAGE_TITLES

PAGE_KEY = "readiness"
PAGE_TITLE = "Readiness"

#: What each status looks like: a shape and a word, never colour alone.
STATUS_TEXT: dict[TopicStatus, str] = {
    TopicStatus.MISSING: "○ Missing",
    TopicStatus.PARTIAL: "◐ Partial",
    TopicStatus.READY: "● Ready",
}


def page_titles() -> dict[str, str]:
    """Window page titles by key, for the "Go to …" buttons."""
    return dict(PAGE_TITLES)


def step_html(step: OpenStep, today: dt.date) -> str:
    """One open next step: "☐ Call the clerk — Maya, due 3 May 2027 (overdue)"."""
    text = f"☐ {html.escape(step.text or 'Unnamed step')}"
    who = [html.escape(step.owner)] if step.owner else []
    if step.due:
        late = " <b>(overdue)</b>" if step.due < today else ""
        who.append(f"due {fmt_day(step.due)}{late}")
    return text + (f" — {', '.join(who)}" if who else "")


def steps_html(steps: list[OpenStep], today: dt.date) -> str:
    if not steps:
        return (
            "No open next steps. Steps agreed in a coaching session appear here until they are "
            "ticked done."
        )
    return "<br>".join(step_html(s, today) for s in steps)


def verdict_text(r: Readiness) -> str:
    if r.ready:
        return "Ready to apply: every topic is ready."
    left = sum(1 for t in r.topics if t.status is not TopicStatus.READY)
    return f"{left} of {len(r.topics)} topic{'s' if len(r.topics) != 1 else ''} still need work."


class TopicRow(QFrame):
    """One topic: its status in words, title, reasons and a button to the page that fixes it."""

    goToPage = Signal(str)  # noqa: N815
    goToField = Signal(str, str)  # noqa: N815  (page key, object name of the input)

    def __init__(self, topic: TopicReport, page_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic = topic
        self.setObjectName(f"topic_{topic.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.status_label = QLabel(STATUS_TEXT[topic.status], self)
        self.status_label.setMinimumWidth(90)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status_label)
        layout.addLayout(self._text_column(topic), 1)
        self.button: QPushButton | None = None
        if topic.page and page_title:
            verb = "Review" if topic.status is TopicStatus.READY else "Go to"
            self.button = QPushButton(f"{verb} “{page_title}” →", self)
            self.button.setObjectName(f"go_{topic.id}")
            self.button.setAccessibleName(f"{verb} {page_title} for {topic.title}")
            self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.button.clicked.connect(lambda _c=False: self._go())
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        word = STATUS_TEXT[topic.status].split()[1].lower()
        self.setAccessibleName(f"{topic.title}: {word}")

    def _go(self) -> None:
        self.goToPage.emit(self.topic.page)
        self.goToField.emit(self.topic.page, self.topic.field)

    def _text_column(self, topic: TopicReport) -> QVBoxLayout:
        column = QVBoxLayout()
        title = QLabel(topic.title, self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        column.addWidget(title)
        self.reasons_label = QLabel(self)
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons_label.setText("\n".join(f"• {r}" for r in topic.reasons))
        self.reasons_label.setVisible(bool(topic.reasons))
        column.addWidget(self.reasons_label)
        return column


class ReadinessPage(QWidget):
    """The readiness report of the open plan. ``goToPage(key)`` asks the window to show a page;
    ``goToField(key, name)`` to show it with the input that fixes the topic in focus."""

    goToPage = Signal(str)  # noqa: N815
    goToField = Signal(str, str)  # noqa: N815

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.ui = Ui_ReadinessPage()
        self.ui.setupUi(self)
        self.readiness: Readiness | None = None
        self.rows: dict[str, TopicRow] = {}
        self._shown: object = None
        self.today = dt.date.today
        self.ui.profile_note_label.hide()
        doc.figuresChanged.connect(self.refresh_figures)
        doc.partChanged.connect(self._on_part)
        self.load()

    # ------------------------------------------------------------------ page contract

    def load(self) -> None:
        """Re-read everything (the rows are rebuilt even if nothing changed)."""
        self._shown = None
        self.refresh_figures()

    def refresh_figures(self) -> None:
        """Re-assess the plan; the topic rows are rebuilt only when something changed."""
        r = self.doc.readiness
        if r is None:  # pragma: no cover - the readiness module ships with the app
            return
        self.readiness = r
        shown = _signature(r)
        if shown == self._shown:
            return
        self._shown = shown
        self._show(r)

    def _on_part(self, part: str) -> None:
        if part == SESSIONS.path:
            self.refresh_figures()

    # ------------------------------------------------------------------ showing

    def _show(self, r: Readiness) -> None:
        ui = self.ui
        ui.score_bar.setValue(r.score_pct)
        ui.score_bar.setAccessibleDescription(f"{r.score_pct}% ready")
        ui.verdict_label.setText(verdict_text(r))
        ui.profile_note_label.setText(r.profile_note or "")
        ui.profile_note_label.setVisible(bool(r.profile_note))
        titles = page_titles()
        self.rows.clear()
        eligibility = [t for t in r.topics if t.id == "eligibility"]
        others = [t for t in r.topics if t.id != "eligibility"]
        todo = [t for t in others if t.status is not TopicStatus.READY]
        done = [t for t in others if t.status is TopicStatus.READY]
        self._fill(ui.eligibility_layout, eligibility, titles)
        self._fill(ui.todo_layout, todo, titles)
        self._fill(ui.done_layout, done, titles)
        ui.eligibility_group.setVisible(bool(eligibility))
        ui.todo_group.setTitle(f"Still to do ({len(todo)})" if todo else "Still to do")
        if not todo:
            self._note(ui.todo_layout, "Nothing left to do: every topic is ready.")
        ui.done_group.setTitle(f"Ready ({len(done)})")
        ui.done_group.setVisible(bool(done))
        ui.steps_label.setText(steps_html(r.open_steps, self.today()))
        n = len(r.open_steps)
        ui.steps_group.setTitle(
            "Next steps from your coaching sessions" + (f" ({n} open)" if n else "")
        )

    def _fill(self, layout: QBoxLayout, topics: list[TopicReport], titles: dict[str, str]) -> None:
        _clear(layout)
        for topic in topics:
            row = TopicRow(topic, titles.get(topic.page, ""), self)
            row.goToPage.connect(self.goToPage)
            row.goToField.connect(self.goToField)
            layout.addWidget(row)
            self.rows[topic.id] = row

    def _note(self, layout: QBoxLayout, text: str) -> None:
        label = QLabel(text, self)
        label.setWordWrap(True)
        layout.addWidget(label)

    # ------------------------------------------------------------------ for tests and tools

    def topic_status_text(self, topic_id: str) -> str:
        row = self.rows.get(topic_id)
        return "" if row is None else row.status_label.text()

    def open_steps_text(self) -> str:
        return str(self.ui.steps_label.text())


def _signature(r: Readiness) -> object:
    topics = tuple((t.id, t.title, t.status, tuple(t.reasons), t.page, t.field) for t in r.topics)
    steps = tuple((s.text, s.owner, s.due) for s in r.open_steps)
    return topics, steps, r.profile_note


def _clear(layout: QBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def create(doc: PlanDocument, parent: QWidget | None = None) -> ReadinessPage:
    """The page factory for the registry: ``goToPage`` is wired to the window's ``show_page``."""
    page = ReadinessPage(doc, parent)
    window = parent.window() if parent is not None else None
    show_field = getattr(window, "show_field", None)
    show_page = getattr(window, "show_page", None)
    if callable(show_field):
        page.goToField.connect(show_field)
    elif callable(show_page):
        page.goToPage.connect(show_page)
    return page
