"""The packet's Unicode font: DejaVu Sans, shipped in ``resources/fonts`` and embedded as a subset.

reportlab's built-in Helvetica silently drops characters outside Latin-1 ("Nguyễn", "Đặng"),
so every packet text is set in DejaVu Sans (licence: ``resources/fonts/LICENSE-DejaVu.txt``).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from winbook.errors import ExportError
from winbook.paths import fonts_dir

REGULAR = "WinbookSans"
BOLD = "WinbookSans-Bold"
ITALIC = "WinbookSans-Oblique"
BOLD_ITALIC = "WinbookSans-BoldOblique"

_FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


@cache
def register_fonts() -> str:
    """Register the family once (subset embedding is reportlab's default) and return its name."""
    for name, filename in _FILES.items():
        path = fonts_dir() / filename
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as exc:
            raise ExportError(
                f"The packet font {filename} is missing or damaged in {fonts_dir()}: "
                "reinstall Winbook."
            ) from exc
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(REGULAR, bold, italic, name)
    return REGULAR
