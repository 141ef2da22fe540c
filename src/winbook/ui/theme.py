"""A dark palette for the Fusion style (``tools/screenshots.py --dark``, and the dark-palette
tests).

Winbook never hard-codes a colour for text or backgrounds: warnings, banners and charts take
theirs from the widget's palette, so the system's dark palette reads as well as the light one.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def dark_palette() -> QPalette:
    """A calm dark palette (mid-grey surfaces, light text, a blue highlight)."""
    pal = QPalette()
    colors = {
        Role.Window: QColor(45, 45, 48),
        Role.WindowText: QColor(230, 230, 230),
        Role.Base: QColor(30, 30, 32),
        Role.AlternateBase: QColor(40, 40, 43),
        Role.ToolTipBase: QColor(60, 60, 64),
        Role.ToolTipText: QColor(235, 235, 235),
        Role.PlaceholderText: QColor(150, 150, 150),
        Role.Text: QColor(230, 230, 230),
        Role.Button: QColor(55, 55, 59),
        Role.ButtonText: QColor(230, 230, 230),
        Role.BrightText: QColor(255, 90, 90),
        Role.Light: QColor(80, 80, 85),
        Role.Midlight: QColor(65, 65, 70),
        Role.Mid: QColor(95, 95, 100),
        Role.Dark: QColor(25, 25, 27),
        Role.Shadow: QColor(0, 0, 0),
        Role.Highlight: QColor(64, 128, 200),
        Role.HighlightedText: QColor(255, 255, 255),
        Role.Link: QColor(110, 170, 255),
        Role.LinkVisited: QColor(180, 140, 255),
    }
    for role, color in colors.items():
        pal.setColor(role, color)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        pal.setColor(Group.Disabled, role, QColor(130, 130, 130))
    return pal


def apply_dark(app: QApplication) -> None:
    """Fusion style and `dark_palette` for the whole application."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
