"""The words a packet's story prints, read back from its flowables (paragraphs, table cells,
chart labels, kept-together blocks), so the glossary keeps every term the packet uses: the
turnout-range steps, the points to check, table headers and the cover, not only the sections."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.platypus import Flowable, Paragraph, Table


def story_text(story: Iterable[object], skip: str = "") -> str:
    """Every word ``story`` prints, in order, separated by spaces; a paragraph that starts with
    ``skip`` (when given) is left out."""
    return " ".join(w for w in _words(story) if not (skip and w.startswith(skip)))


def _words(items: Iterable[object]) -> Iterator[str]:
    for item in items:
        yield from _one(item)


def _one(item: object) -> Iterator[str]:
    if isinstance(item, str):
        yield item
    elif isinstance(item, Paragraph):
        yield item.getPlainText()
    elif isinstance(item, Table):
        for row in getattr(item, "_cellvalues", ()):
            for cell in row:
                yield from _one(cell) if not isinstance(cell, list | tuple) else _words(cell)
    elif isinstance(item, Drawing | Group):
        yield from _words(item.getContents())
    elif isinstance(item, String):
        yield item.text
    elif isinstance(item, list | tuple):
        yield from _words(item)
    elif isinstance(item, Flowable):
        for name in ("_content", "_flowables", "contents"):  # KeepTogether and kin
            inner = getattr(item, name, None)
            if isinstance(inner, list | tuple):
                yield from _words(inner)
                break
