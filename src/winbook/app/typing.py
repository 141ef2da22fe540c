"""Bursts of typing: what one Ctrl+Z takes back in a text field, as in a text editor.

Consecutive edits of one field merge into one undo step while they are one *burst*. A burst
ends (the next edit starts a new undo step) when:

- a second or more passes between two edits (`BURST_PAUSE_S`);
- a new word starts after a shorter pause (`WORD_PAUSE_S`): "Hello" + pause + " world", or
  "Hello " + pause + "world";
- one edit inserts or removes more than one character: a paste, a cut, a selection typed
  over; such an edit is a burst of its own;
- the edit is not where the previous one left the cursor (a click or arrow key elsewhere);
- anything else reached the undo stack in between (another field, an undo, a redo).

`Bursts.burst_for(key, old, new)` returns the burst id of an edit; `SetValueCommand`s merge
only when their burst ids are equal. The clock is injectable, so tests never wait.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass

#: A pause this long (seconds) between two edits ends a burst.
BURST_PAUSE_S = 1.0
#: A new word that starts after a pause this long (seconds) starts a new burst.
WORD_PAUSE_S = 0.4


@dataclass(frozen=True)
class TextEdit:
    """What one edit did to a text: at ``at``, ``removed`` characters became ``inserted``."""

    at: int
    removed: int
    inserted: str

    @classmethod
    def between(cls, old: str, new: str, caret: int | None = None) -> TextEdit:
        """The edit that turns ``old`` into ``new``; where several fit ("Clerk" -> "CClerk"),
        the one at ``caret`` (where the last edit left the cursor) is chosen, else the leftmost."""
        at_caret = cls._at_caret(old, new, caret)
        if at_caret is not None:
            return at_caret
        limit = min(len(old), len(new))
        end = 0
        while end < limit and old[-1 - end] == new[-1 - end]:
            end += 1
        start = 0
        while start < limit - end and old[start] == new[start]:
            start += 1
        return cls(start, len(old) - start - end, new[start : len(new) - end])

    @classmethod
    def _at_caret(cls, old: str, new: str, caret: int | None) -> TextEdit | None:
        if caret is None or not 0 <= caret <= len(old):
            return None
        grow = len(new) - len(old)
        if grow > 0 and new == old[:caret] + new[caret : caret + grow] + old[caret:]:
            return cls(caret, 0, new[caret : caret + grow])
        if grow < 0 and caret + grow >= 0 and new == old[: caret + grow] + old[caret:]:
            return cls(caret + grow, -grow, "")  # Backspace
        if grow < 0 and new == old[:caret] + old[caret - grow :]:
            return cls(caret, -grow, "")  # Delete
        return None

    @property
    def is_chunk(self) -> bool:
        """More than one character at once: a paste, a cut, or a selection typed over."""
        return (
            self.removed > 1 or len(self.inserted) > 1 or (self.removed > 0 and bool(self.inserted))
        )

    def caret(self) -> int:
        return self.at + len(self.inserted)


class Bursts:
    """Hands out burst ids for the edits of one document."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._id = 0
        self._key: Hashable = None
        self._when = float("-inf")
        self._caret: int | None = None
        self._stack_index: int | None = None

    def end(self) -> None:
        """End the current burst: the next edit starts a new undo step."""
        self._id += 1
        self._key = None

    def burst_for(self, key: Hashable, old: object, new: object, stack_index: int) -> int:
        """The burst id of the edit ``old`` -> ``new`` of field ``key``.

        ``stack_index`` is the undo stack's index before the edit is pushed.
        """
        now = self.clock()
        caret = self._caret if key == self._key else None
        before = old if isinstance(old, str) else ""
        texts = isinstance(new, str) and (old is None or isinstance(old, str))
        edit = TextEdit.between(before, new, caret) if isinstance(new, str) and texts else None
        word = edit is not None and _starts_word(before, edit)
        if self._starts_new(key, now, edit, stack_index, word):
            self._id += 1
        self._key, self._when = key, now
        self._caret = edit.caret() if edit is not None else None
        if edit is not None and edit.is_chunk:
            burst = self._id
            self.end()  # a paste is a step of its own: typing after it is another
            return burst
        return self._id

    def pushed(self, stack_index: int) -> None:
        """Record the stack's index after the edit's command was pushed (merged or not)."""
        self._stack_index = stack_index

    def _starts_new(
        self, key: Hashable, now: float, edit: TextEdit | None, index: int, word: bool
    ) -> bool:
        if key != self._key or index != self._stack_index:
            return True
        pause = now - self._when
        if pause >= BURST_PAUSE_S:
            return True
        if edit is None:
            return False
        if edit.is_chunk or not self._contiguous(edit):
            return True
        return pause >= WORD_PAUSE_S and word

    def _contiguous(self, edit: TextEdit) -> bool:
        """Typed where the last edit left the cursor (forward, Backspace or Delete)."""
        caret = self._caret
        if caret is None:
            return True
        return edit.at == caret or (not edit.inserted and edit.at + edit.removed == caret)


def _starts_word(old: str, edit: TextEdit) -> bool:
    """A space (or new line) typed, or a letter typed after one: a new word begins."""
    if not edit.inserted:
        return False
    return edit.inserted.isspace() or (edit.at > 0 and old[edit.at - 1].isspace())
