"""The window under a dark palette: no page keeps a light-only patch (a hard-coded colour),
charts draw on the palette, and count charts tick in whole numbers."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from winbook.ui.charts import ChartData, ChartWidget, Series, axis_step, value_range
from winbook.ui.launch import build_window
from winbook.ui.main_window import MainWindow
from winbook.ui.theme import dark_palette


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *_a, **_k: QMessageBox.StandardButton.Ok)


def _bright_share(image: QImage) -> float:
    """The share of pixels lighter than 235 (out of 255), on a 1:10 sample of the image."""
    small = image.scaled(
        max(1, image.width() // 10),
        max(1, image.height() // 10),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )
    total = small.width() * small.height()
    bright = sum(
        1
        for y in range(small.height())
        for x in range(small.width())
        if QColor(small.pixel(x, y)).lightness() > 235
    )
    return bright / total


@pytest.fixture
def dark_window(qtbot: QtBot) -> Any:
    win = build_window(None, "school-board")
    qtbot.addWidget(win)
    win.setPalette(dark_palette())
    win.resize(1366, 768)
    yield win
    if win.doc is not None:
        win.doc.close(discard_untitled=True)


def test_no_page_has_a_light_patch_under_the_dark_palette(
    dark_window: MainWindow, qtbot: QtBot
) -> None:
    light_pages = {}
    for key in dark_window.page_keys():
        dark_window.show_page(key)
        qtbot.wait(1)
        share = _bright_share(dark_window.grab().toImage())
        if share > 0.01:
            light_pages[key] = round(share, 3)
    assert light_pages == {}


def test_chart_paints_on_the_palette(qtbot: QtBot) -> None:
    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.setPalette(dark_palette())
    chart.setAutoFillBackground(True)
    chart.resize(400, 220)
    chart.set_data(ChartData("Counts", ["A", "B"], [Series("n", [1, 2])]))
    image = chart.grab().toImage()
    corner = QColor(image.pixel(image.width() - 2, image.height() // 2))
    assert corner.lightness() < 80  # the dark window colour, not white


def test_count_charts_tick_in_whole_numbers() -> None:
    data = ChartData("Dates", ["May", "Jun"], [Series("Hard", [1, 2]), Series("Soft", [0, 1])])
    low, high = value_range(data)
    assert (low, high) == (0.0, 2.0)
    assert axis_step(data, low, high) == 1.0  # not 0.5: labels would read 0, 0, 1, 1, 2
    money = ChartData("Cash", ["May"], [Series("In", [0.4])])
    assert axis_step(money, 0.0, 0.4) == 0.1
