"""The word-level comparison of a section with its text at the last session, as rich text.

Removed words are struck through, added words bold and underlined: the difference is in the
type itself, not in colour alone (a light tint is added on top for those who see it).
"""

from __future__ import annotations

import html

from winbook.domain.coaching import DiffOp, DiffPart

REMOVED_STYLE = "text-decoration: line-through; background-color: #f3dede;"
ADDED_STYLE = "font-weight: bold; text-decoration: underline; background-color: #dcefdc;"


def _text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def part_html(part: DiffPart) -> str:
    if part.op is DiffOp.REMOVED:
        return f"<s style='{REMOVED_STYLE}'>{_text(part.text)}</s>"
    if part.op is DiffOp.ADDED:
        return f"<b><u style='{ADDED_STYLE}'>{_text(part.text)}</u></b>"
    return _text(part.text)


def diff_html(parts: list[DiffPart]) -> str:
    """The comparison as HTML (parts joined by the spaces the word split removed)."""
    return " ".join(part_html(p) for p in parts)


def word_counts(parts: list[DiffPart]) -> tuple[int, int]:
    """(words added, words removed)."""
    added = sum(len(p.text.split()) for p in parts if p.op is DiffOp.ADDED)
    removed = sum(len(p.text.split()) for p in parts if p.op is DiffOp.REMOVED)
    return added, removed


def changes_sentence(parts: list[DiffPart]) -> str:
    added, removed = word_counts(parts)
    bits = []
    if added:
        bits.append(f"{added} word{'s' if added != 1 else ''} added")
    if removed:
        bits.append(f"{removed} word{'s' if removed != 1 else ''} removed")
    return " and ".join(bits) if bits else "spacing or line breaks changed"
