"""The live figures strip: the plan's key numbers, always in view, updated on every change.

Promoted from a QFrame in ``forms/main_window.ui``; call `set_figures` with fresh figures.
Cells wrap onto a second row when the window is narrow (1366 px at 200% scale).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLayout, QVBoxLayout, QWidget

from winbook.domain.explain import fmt_int, fmt_money
from winbook.domain.figures import Figures
from winbook.domain.readiness import Readiness

DASH = "—"


def _int(value: int | None) -> str:
    return DASH if value is None else fmt_int(value)


def _money(value: Decimal | None, cents: bool = False) -> str:
    return DASH if value is None else fmt_money(value, cents=cents)


def _lowest_cash(f: Figures) -> str:
    low = f.budget.lowest_cash
    if low is None:
        return DASH
    return f"⚠ {fmt_money(low)}" if low < 0 else fmt_money(low)


def _budget(f: Figures) -> str:
    total = f.budget.total_spending
    return DASH if not total else fmt_money(total)


def _planned(f: Figures) -> str:
    t = f.turnout
    if t.planned is None:
        return DASH
    return f"{t.planned:,} ({t.planned_on.value})"


@dataclass(frozen=True)
class FigureSpec:
    key: str
    caption: str
    help: str
    text: Callable[[Figures], str]
    needs: str = ""  # what to enter for the figure to be known (tooltip while it shows "—")


FIGURE_SPECS: tuple[FigureSpec, ...] = (
    FigureSpec(
        "turnout",
        "Turnout planned on",
        "The turnout your win number is computed on: the high end of the range by default, "
        "since more voters need more votes (Election history page shows the range).",
        _planned,
        "Add the last three comparable elections, or import a results file, on the Election "
        "history and turnout page (or enter your own figure there).",
    ),
    FigureSpec(
        "win_number",
        "Win number",
        "The votes that win under the rule in force for this race.",
        lambda f: _int(f.win.win_number),
        "Needs a projected turnout: add past elections on the Election history and turnout page.",
    ),
    FigureSpec(
        "vote_goal",
        "Vote goal",
        "The win number plus your safety margin.",
        lambda f: _int(f.win.vote_goal),
        "Needs the win number, which needs a projected turnout (Election history page).",
    ),
    FigureSpec(
        "deficit",
        "Vote deficit",
        "Vote goal minus your expected base: the votes contact must win.",
        lambda f: _int(f.win.deficit),
        "Needs the vote goal and your base: past results of candidates like you, or your "
        "own estimate, on the Win number page.",
    ),
    FigureSpec(
        "budget",
        "Total budget",
        "All planned spending, in-kind included.",
        _budget,
        "Add spending lines on the Budget page (or import a spreadsheet there).",
    ),
    FigureSpec(
        "lowest_cash",
        "Lowest cash",
        "The lowest cash balance in any month; below zero means bills you cannot pay.",
        _lowest_cash,
        "Add spending and income lines with a month (YYYY-MM) on the Budget page.",
    ),
    FigureSpec(
        "cost_per_vote",
        "Cost per vote",
        "Spending divided by the vote goal.",
        lambda f: _money(f.budget.cost_per_vote, cents=True),
        "Needs spending lines (Budget page) and a vote goal (Win number page).",
    ),
)


class _Cell(QWidget):
    def __init__(
        self, key: str, caption: str, help_text: str, parent: QWidget, needs: str = ""
    ) -> None:
        super().__init__(parent)
        self.caption = caption
        self.help_text = help_text
        self.needs = needs
        self.setObjectName(f"figure_{key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(0)
        self.caption_label = QLabel(caption, self)
        self.value_label = QLabel(DASH, self)
        self.value_label.setObjectName(f"figure_{key}_value")
        font = self.value_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.value_label.setFont(font)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.value_label)
        self.set_text(DASH)

    def set_text(self, text: str) -> None:
        if self.value_label.text() != text:
            self.value_label.setText(text)
        unknown = text == DASH and bool(self.needs)
        tip = f"{self.help_text}\nNot known yet. {self.needs}" if unknown else self.help_text
        self.setToolTip(tip)
        spoken = "not known yet" if text == DASH else text
        self.setAccessibleName(f"{self.caption}: {spoken}")
        self.setAccessibleDescription(tip)


class FiguresStrip(QFrame):
    """Projected turnout, win number, vote goal, deficit, budget, lowest cash, cost per vote
    and readiness."""

    MIN_CELL_WIDTH = 150

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Figures")
        self._grid = QGridLayout(self)
        # the strip reflows into rows instead of forcing the window wider (200% scale)
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._grid.setContentsMargins(4, 2, 4, 2)
        self._grid.setHorizontalSpacing(8)
        self._cells: dict[str, _Cell] = {}
        for spec in FIGURE_SPECS:
            self._cells[spec.key] = _Cell(spec.key, spec.caption, spec.help, self, spec.needs)
        self._cells["readiness"] = _Cell(
            "readiness", "Readiness", "How much of the application is ready.", self
        )
        self._columns = 0
        self._relayout(len(self._cells))

    def value_text(self, key: str) -> str:
        """The shown text of one figure (for tests and screen readers)."""
        return self._cells[key].value_label.text()

    def tooltip(self, key: str) -> str:
        """One figure's tooltip: what it means, and what it needs while it shows "—"."""
        return self._cells[key].toolTip()

    def set_figures(self, figures: Figures, readiness: Readiness | None = None) -> None:
        for spec in FIGURE_SPECS:
            self._cells[spec.key].set_text(spec.text(figures))
        self.set_readiness(readiness)

    def set_readiness(self, readiness: Readiness | None) -> None:
        if readiness is None:
            text = DASH
        else:
            text = f"{readiness.score_pct}%" + (" ✓" if readiness.ready else "")
        self._cells["readiness"].set_text(text)

    def _relayout(self, columns: int) -> None:
        columns = max(1, min(columns, len(self._cells)))
        if columns == self._columns:
            return
        self._columns = columns
        self.updateGeometry()
        for cell in self._cells.values():
            self._grid.removeWidget(cell)
        for i, cell in enumerate(self._cells.values()):
            self._grid.addWidget(cell, i // columns, i % columns)

    def minimumSizeHint(self) -> QSize:
        rows = -(-len(self._cells) // max(self._columns, 1))
        cell = next(iter(self._cells.values())).sizeHint().height()
        return QSize(self.MIN_CELL_WIDTH, rows * cell + 8)

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint().expandedTo(QSize(self._columns * self.MIN_CELL_WIDTH, 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout(event.size().width() // self.MIN_CELL_WIDTH)
