"""Small labelled charts drawn with QPainter (QtCharts is not installed).

`ChartWidget` draws one chart: categories along the bottom, bar series and line series against
one value axis, optional horizontal reference lines ("vote goal"), a legend and a title. Colours
come from the widget's palette (so light and dark themes both work), and series also differ by
fill pattern and line style, so a chart printed or viewed in grey is still readable.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

Formatter = Callable[[float], str]

_PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.CrossPattern,
)
_DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)


def plain_number(value: float) -> str:
    return f"{value:,.0f}"


def dollars(value: float) -> str:
    return f"\u2212${-value:,.0f}" if value < 0 else f"${value:,.0f}"


@dataclass
class Series:
    name: str
    values: list[float]
    kind: str = "bar"  # "bar" or "line"


@dataclass
class RefLine:
    label: str
    value: float


@dataclass
class ChartData:
    title: str = ""
    categories: list[str] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    refs: list[RefLine] = field(default_factory=list)
    fmt: Formatter = plain_number
    empty_text: str = "Nothing to chart yet."


def nice_step(span: float, ticks: int = 4) -> float:
    """A round tick step (1, 2, 2.5 or 5 x 10^k) that splits ``span`` into about ``ticks``."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    for mult in (1, 2, 2.5, 5, 10):
        if raw <= mult * power:
            return float(mult * power)
    return 10 * power  # pragma: no cover


def _values(data: ChartData) -> list[float]:
    return [v for s in data.series for v in s.values] + [r.value for r in data.refs]


def axis_step(data: ChartData, low: float, high: float) -> float:
    """The tick step; never below 1 when every value is a whole number (counts of dates),
    so the axis never reads "0, 0, 1, 1, 2"."""
    step = nice_step(high - low)
    if step < 1 and all(float(v).is_integer() for v in _values(data)):
        return 1.0
    return step


def value_range(data: ChartData) -> tuple[float, float]:
    """(low, high) of the axis: always includes 0, rounded out to whole steps."""
    values = _values(data)
    low, high = min([0.0, *values]), max([0.0, *values])
    if high == low:
        high = low + 1
    step = axis_step(data, low, high)
    return float(math.floor(low / step) * step), float(math.ceil(high / step) * step)


class ChartWidget(QWidget):
    """A bar/line chart with a value axis, category labels, reference lines and a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = ChartData()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(200)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def data(self) -> ChartData:
        return self._data

    def set_data(self, data: ChartData) -> None:
        self._data = data
        self.setAccessibleName(data.title or "Chart")
        self.setAccessibleDescription(self.describe())
        self.setToolTip(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words (for screen readers and the tooltip)."""
        d = self._data
        if not d.categories:
            return d.empty_text
        parts = []
        for s in d.series:
            pairs = ", ".join(
                f"{c} {d.fmt(v)}" for c, v in zip(d.categories, s.values, strict=False)
            )
            parts.append(f"{s.name}: {pairs}")
        parts += [f"{r.label}: {d.fmt(r.value)}" for r in d.refs]
        return "; ".join(parts)

    # ----------------------------------------------------------------- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _colors(self) -> list[QColor]:
        pal = self.palette()
        return [
            pal.color(QPalette.ColorRole.Highlight),
            pal.color(QPalette.ColorRole.Text),
            pal.color(QPalette.ColorRole.Mid),
            pal.color(QPalette.ColorRole.Link),
        ]

    def _paint(self, p: QPainter) -> None:
        d = self._data
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        fm = QFontMetrics(self.font())
        line_h = fm.height()
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        p.setPen(text)
        if d.title:
            bold = self.font()
            bold.setBold(True)
            p.setFont(bold)
            p.drawText(rect.adjusted(0, 0, 0, 0), Qt.AlignmentFlag.AlignLeft, d.title)
            p.setFont(self.font())
            rect.setTop(rect.top() + line_h + 4)
        if not d.categories or not d.series:
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, d.empty_text)
            return
        legend_h = self._legend(p, rect, fm)
        rect.setBottom(rect.bottom() - legend_h)
        low, high = value_range(d)
        axis_w = max(fm.horizontalAdvance(d.fmt(v)) for v in (low, high)) + 8
        plot = QRectF(rect.left() + axis_w, rect.top() + line_h + 4, rect.width() - axis_w, 0)
        plot.setBottom(rect.bottom() - line_h - 6)
        if plot.height() < 20 or plot.width() < 20:
            return

        def y_of(v: float) -> float:
            return plot.bottom() - (v - low) / (high - low) * plot.height()

        self._axis(p, plot, low, high, y_of, fm)
        self._bars(p, plot, y_of, fm)
        self._lines(p, plot, y_of)
        self._refs(p, plot, y_of, fm)
        self._category_labels(p, plot, fm)

    def _axis(
        self,
        p: QPainter,
        plot: QRectF,
        low: float,
        high: float,
        y_of: Callable[[float], float],
        fm: QFontMetrics,
    ) -> None:
        pal = self.palette()
        grid = QPen(pal.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        step = axis_step(self._data, low, high)
        v = low
        while v <= high + step / 1000:
            y = y_of(v)
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            label = self._data.fmt(v)
            p.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            v += step
        p.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), 1))
        p.drawLine(QPointF(plot.left(), y_of(0)), QPointF(plot.right(), y_of(0)))

    def _slots(self, plot: QRectF) -> list[QRectF]:
        n = len(self._data.categories)
        w = plot.width() / n
        return [QRectF(plot.left() + i * w, plot.top(), w, plot.height()) for i in range(n)]

    def _bars(
        self, p: QPainter, plot: QRectF, y_of: Callable[[float], float], fm: QFontMetrics
    ) -> None:
        bars = [s for s in self._data.series if s.kind == "bar"]
        if not bars:
            return
        colors = self._colors()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for slot_i, slot in enumerate(self._slots(plot)):
            inner = slot.adjusted(slot.width() * 0.15, 0, -slot.width() * 0.15, 0)
            bw = inner.width() / len(bars)
            for k, s in enumerate(bars):
                if slot_i >= len(s.values):
                    continue
                v = s.values[slot_i]
                top, base = sorted((y_of(v), y_of(0)))
                bar = QRectF(inner.left() + k * bw, top, bw - 2, max(base - top, 1))
                color = colors[k % len(colors)]
                p.setPen(QPen(text, 1))
                p.setBrush(QBrush(color, _PATTERNS[k % len(_PATTERNS)]))
                p.drawRect(bar)
                label = self._data.fmt(v)
                if fm.horizontalAdvance(label) <= bw + 8 and len(self._data.categories) <= 16:
                    ly = top - fm.height() if v >= 0 else base
                    p.drawText(
                        QRectF(bar.left() - 8, ly, bar.width() + 16, fm.height()),
                        Qt.AlignmentFlag.AlignCenter,
                        label,
                    )
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _lines(self, p: QPainter, plot: QRectF, y_of: Callable[[float], float]) -> None:
        lines = [s for s in self._data.series if s.kind == "line"]
        colors = self._colors()
        slots = self._slots(plot)
        for k, s in enumerate(lines):
            color = colors[(k + 1) % len(colors)]
            pen = QPen(color, 2, _DASHES[k % len(_DASHES)])
            p.setPen(pen)
            pts = [
                QPointF(slots[i].center().x(), y_of(v))
                for i, v in enumerate(s.values)
                if i < len(slots)
            ]
            for a, b in itertools.pairwise(pts):
                p.drawLine(a, b)
            p.setBrush(QBrush(color))
            for pt in pts:
                p.drawEllipse(pt, 3, 3)
            p.setBrush(Qt.BrushStyle.NoBrush)

    def _refs(
        self, p: QPainter, plot: QRectF, y_of: Callable[[float], float], fm: QFontMetrics
    ) -> None:
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for r in self._data.refs:
            y = y_of(r.value)
            p.setPen(QPen(text, 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            label = f"{r.label} {self._data.fmt(r.value)}"
            w = fm.horizontalAdvance(label) + 8
            box = QRectF(plot.right() - w, y - fm.height() - 2, w, fm.height())
            p.fillRect(box, self.palette().color(QPalette.ColorRole.Window))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _category_labels(self, p: QPainter, plot: QRectF, fm: QFontMetrics) -> None:
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        slots = self._slots(plot)
        widest = max(fm.horizontalAdvance(c) for c in self._data.categories)
        every = max(1, math.ceil((widest + 6) / max(slots[0].width(), 1)))
        for i, (slot, label) in enumerate(zip(slots, self._data.categories, strict=False)):
            if i % every and i != len(slots) - 1:
                continue
            box = QRectF(slot.center().x() - 60, plot.bottom() + 3, 120, fm.height())
            p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

    def _legend(self, p: QPainter, rect: QRectF, fm: QFontMetrics) -> float:
        d = self._data
        if len(d.series) < 2 and not any(s.kind == "line" for s in d.series):
            return 0.0
        colors = self._colors()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        x, y = rect.left(), rect.bottom() - fm.height()
        bars = [s for s in d.series if s.kind == "bar"]
        lines = [s for s in d.series if s.kind == "line"]
        items: list[tuple[str, int, str]] = [(s.name, k, "bar") for k, s in enumerate(bars)]
        items += [(s.name, k, "line") for k, s in enumerate(lines)]
        for name, k, kind in items:
            swatch = QRectF(x, y + 2, 14, fm.height() - 4)
            if kind == "bar":
                p.setPen(QPen(text, 1))
                p.setBrush(QBrush(colors[k % len(colors)], _PATTERNS[k % len(_PATTERNS)]))
                p.drawRect(swatch)
            else:
                color = colors[(k + 1) % len(colors)]
                p.setPen(QPen(color, 2, _DASHES[k % len(_DASHES)]))
                p.drawLine(
                    QPointF(swatch.left(), swatch.center().y()),
                    QPointF(swatch.right(), swatch.center().y()),
                )
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(text)
            p.drawText(QPointF(x + 18, y + fm.ascent()), name)
            x += 18 + fm.horizontalAdvance(name) + 16
        return fm.height() + 4
