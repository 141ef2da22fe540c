"""Render resources/icons/winbook.svg to the PNG sizes desktops ask for (offscreen).

    PYTHONPATH=src python tools/render_icons.py

Writes ``resources/icons/winbook-<N>.png`` for each size in `winbook.desktop.ICON_SIZES`;
run it again after editing the SVG and commit the PNGs with it.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from winbook.desktop import ICON_SIZES, icon_png, icon_svg


def render(size: int) -> QImage:
    renderer = QSvgRenderer(str(icon_svg()))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    for size in ICON_SIZES:
        target = icon_png(size)
        if not render(size).save(str(target)):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        print(f"Wrote {target}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
