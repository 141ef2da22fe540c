"""Precincts by support and turnout, sized by votes, drawn with QPainter (domain.md §8).

Readable in grey: tiers differ by fill (base solid, persuasion hatched, low priority hollow),
not only by colour; the tier thresholds are dashed lines with their values written beside.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from winbook.domain.targeting import BASE, LOW, PERSUASION, TargetingChartData
from winbook.ui.charts import nice_step

_MAX_RADIUS = 16.0
_MIN_RADIUS = 3.0
_LABELLED = 6  # the precincts with the most votes are named on the chart


def radius(votes: float, largest: float) -> float:
    """Bubble radius: area in proportion to votes."""
    if largest <= 0:
        return _MIN_RADIUS
    return max(_MIN_RADIUS, _MAX_RADIUS * math.sqrt(max(votes, 0) / largest))


class TargetingChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = TargetingChartData()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(300)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(560, 320)

    def data(self) -> TargetingChartData:
        return self._data

    def set_data(self, data: TargetingChartData) -> None:
        self._data = data
        self.setAccessibleName("Precincts by support and turnout")
        self.setAccessibleDescription(self.describe())
        self.setToolTip(self.describe())
        self.update()

    def describe(self) -> str:
        d = self._data
        if not d.points:
            return d.empty_text
        top = sorted(d.points, key=lambda p: -p.votes)[:_LABELLED]
        shown = "; ".join(f"{p.label}: support {p.support_pct:.0f}%, {p.tier}" for p in top)
        return f"{len(d.points):,} precincts by support and {d.y_title.lower()}; largest: {shown}"

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        d = self._data
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        fm = QFontMetrics(self.font())
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        p.setPen(text)
        p.drawText(
            rect.adjusted(0, 0, 0, -rect.height() + fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            "Precincts by support and turnout (size = votes)",
        )
        if not d.points:
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, d.empty_text)
            return
        top = max(pt.y for pt in d.points)
        step = nice_step(top or 1.0)
        y_max = math.ceil((top or 1.0) / step) * step
        left = fm.horizontalAdvance(f"{y_max:,.2f}") + 10
        plot = rect.adjusted(left, fm.height() * 2.6, -_MAX_RADIUS, -fm.height() * 2.4)
        self._axes(p, plot, fm, text, y_max, step)
        self._thresholds(p, plot, fm, text)
        self._bubbles(p, plot, fm, pal, y_max)
        self._legend(p, rect, fm, pal)

    def _x(self, plot: QRectF, pct: float) -> float:
        return plot.left() + plot.width() * min(max(pct, 0.0), 100.0) / 100

    def _y(self, plot: QRectF, value: float, y_max: float) -> float:
        return plot.bottom() - plot.height() * (value / y_max if y_max else 0)

    def _axes(
        self,
        p: QPainter,
        plot: QRectF,
        fm: QFontMetrics,
        text: QColor,
        y_max: float,
        step: float,
    ) -> None:
        grid = QPen(self.palette().color(QPalette.ColorRole.Mid), 0.5)
        digits = 2 if step < 1 else 0
        value = 0.0
        while value <= y_max + 1e-9:
            y = self._y(plot, value, y_max)
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text)
            label = f"{value:,.{digits}f}"
            p.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            value += step
        for pct in (0, 25, 50, 75, 100):
            x = self._x(plot, pct)
            p.drawText(
                QRectF(x - 30, plot.bottom() + 2, 60, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                f"{pct}%",
            )
        p.setPen(QPen(text, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        below = QRectF(plot.left(), plot.bottom() + fm.height(), plot.width(), fm.height() * 1.3)
        p.drawText(
            below, Qt.AlignmentFlag.AlignHCenter, "Support (share won by candidates like you)"
        )
        note = f" ({self._data.note})" if self._data.note else ""
        p.drawText(
            QRectF(0, plot.top() - fm.height() * 1.4, plot.right(), fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            f"↑ {self._data.y_title}{note}",
        )

    def _thresholds(self, p: QPainter, plot: QRectF, fm: QFontMetrics, text: QColor) -> None:
        d = self._data
        p.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
        for pct, name in ((d.persuasion_pct, "persuasion"), (d.base_pct, "base")):
            x = self._x(plot, pct)
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            p.drawText(QPointF(x + 3, plot.top() + fm.ascent()), f"{name} {pct:g}%")

    def _brush(self, tier: str, pal: QPalette) -> QBrush:
        ink = pal.color(QPalette.ColorRole.Text)
        if tier == BASE:
            return QBrush(ink, Qt.BrushStyle.SolidPattern)
        if tier == PERSUASION:
            return QBrush(ink, Qt.BrushStyle.BDiagPattern)
        return QBrush(Qt.BrushStyle.NoBrush)

    def _bubbles(
        self, p: QPainter, plot: QRectF, fm: QFontMetrics, pal: QPalette, y_max: float
    ) -> None:
        d = self._data
        largest = max(pt.votes for pt in d.points)
        ink = pal.color(QPalette.ColorRole.Text)
        light = QColor(ink)
        light.setAlpha(150)
        order = sorted(d.points, key=lambda pt: -pt.votes)  # small bubbles drawn on top
        for pt in order:
            r = radius(pt.votes, largest)
            centre = QPointF(self._x(plot, pt.support_pct), self._y(plot, pt.y, y_max))
            p.setPen(QPen(ink, 1))
            base_fill = QBrush(light) if pt.tier == BASE else self._brush(pt.tier, pal)
            p.setBrush(base_fill)
            p.drawEllipse(centre, r, r)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        placed: list[QRectF] = []
        for pt in order[: _LABELLED * 2]:  # the largest, where a label fits clear of others
            r = radius(pt.votes, largest)
            x = self._x(plot, pt.support_pct) + r + 2
            y = self._y(plot, pt.y, y_max) + fm.ascent() / 2 - 1
            if x + fm.horizontalAdvance(pt.label) > plot.right():
                x = self._x(plot, pt.support_pct) - r - 2 - fm.horizontalAdvance(pt.label)
            box = QRectF(x, y - fm.ascent(), fm.horizontalAdvance(pt.label), fm.height())
            if len(placed) < _LABELLED and not any(box.intersects(b) for b in placed):
                placed.append(box)
                p.drawText(QPointF(x, y), pt.label)

    def _legend(self, p: QPainter, rect: QRectF, fm: QFontMetrics, pal: QPalette) -> None:
        """The tiers' markers, right-aligned on the title line."""
        ink = pal.color(QPalette.ColorRole.Text)
        light = QColor(ink)
        light.setAlpha(150)
        width = sum(30 + fm.horizontalAdvance(t) for t in (BASE, PERSUASION, LOW))
        x = rect.right() - width
        y = rect.top()
        for tier in (BASE, PERSUASION, LOW):
            p.setPen(QPen(ink, 1))
            p.setBrush(QBrush(light) if tier == BASE else self._brush(tier, pal))
            p.drawEllipse(QPointF(x + 6, y + fm.height() / 2), 5, 5)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            p.drawText(QPointF(x + 15, y + fm.ascent()), tier)
            x += 30 + fm.horizontalAdvance(tier)
