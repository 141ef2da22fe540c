"""The navigator: the plan's parts in the trainers' order, each with its status and what is missing.

Promoted from a QListWidget in ``forms/main_window.ui``. Arrow keys move between parts;
``pageSelected(key)`` fires when the current part changes. Long titles wrap onto a second line
(never cut); each row's tooltip names its status in words and lists what is missing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from winbook.app.status import STATUS_MARKS, STATUS_WORDS
from winbook.domain.model import SectionStatus

KEY_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2


class NavigatorList(QListWidget):
    """One row per page: "◐ Budget (2)"."""

    pageSelected = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName("Plan parts")
        self.setAccessibleDescription("The parts of your plan, with their status.")
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(1)
        self._titles: dict[str, str] = {}
        self._reasons: dict[str, tuple[str, ...]] = {}
        self.currentItemChanged.connect(self._on_current)

    def set_pages(self, pages: list[tuple[str, str]]) -> None:
        """Replace the rows with ``(key, title)`` pairs, every one empty for now."""
        self.blockSignals(True)
        try:
            self.clear()
            self._titles = dict(pages)
            for key, title in pages:
                item = QListWidgetItem(title, self)
                item.setData(KEY_ROLE, key)
                self._show(item, SectionStatus.EMPTY, 0)
        finally:
            self.blockSignals(False)

    def preferred_width(self) -> int:
        """Wide enough for most titles on one line ("⚠ Title (12)"), within 200-320 px."""
        fm = self.fontMetrics()
        widest = max(
            (fm.horizontalAdvance(f"⚠ {t} (12)") for t in self._titles.values()), default=0
        )
        chrome = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width() + 12
        return max(200, min(320, widest + chrome))

    def keys(self) -> list[str]:
        return [str(self.item(i).data(KEY_ROLE)) for i in range(self.count())]

    def current_key(self) -> str | None:
        item = self.currentItem()
        return None if item is None else str(item.data(KEY_ROLE))

    def select(self, key: str) -> None:
        for i in range(self.count()):
            if self.item(i).data(KEY_ROLE) == key:
                self.setCurrentRow(i)
                return

    def status(self, key: str) -> tuple[SectionStatus, int]:
        item = self._item(key)
        if item is None:
            return SectionStatus.EMPTY, 0
        return SectionStatus(item.data(STATUS_ROLE)), int(item.data(MISSING_ROLE))

    def set_status(
        self, key: str, status: SectionStatus, missing: int, reasons: Sequence[str] = ()
    ) -> None:
        """Show ``status`` and the count of missing things; ``reasons`` go in the tooltip."""
        item = self._item(key)
        if item is not None:
            self._reasons[key] = tuple(reasons)
            self._show(item, status, missing)

    def tooltip(self, key: str) -> str:
        item = self._item(key)
        return "" if item is None else str(item.toolTip())

    def row_text(self, key: str) -> str:
        item = self._item(key)
        return "" if item is None else item.text()

    def _item(self, key: str) -> QListWidgetItem | None:
        for i in range(self.count()):
            item = self.item(i)
            if item.data(KEY_ROLE) == key:
                return item
        return None

    def _show(self, item: QListWidgetItem, status: SectionStatus, missing: int) -> None:
        title = self._titles.get(str(item.data(KEY_ROLE)), "")
        count = f" ({missing})" if missing else ""
        text = f"{STATUS_MARKS[status]} {title}{count}"
        if item.text() != text:
            item.setText(text)
        item.setData(STATUS_ROLE, status.value)
        item.setData(MISSING_ROLE, missing)
        reasons = self._reasons.get(str(item.data(KEY_ROLE)), ())
        word = STATUS_WORDS[status]
        what = _missing_words(missing, reasons)
        lines = [title, f"{STATUS_MARKS[status]} {word}: {what}"]
        lines += [f"• {r}" for r in reasons[:6]]
        if len(reasons) > 6:
            lines.append(f"• … and {len(reasons) - 6} more")
        tip = "\n".join(lines)
        if item.toolTip() != tip:
            item.setToolTip(tip)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {word}, {what}")

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.pageSelected.emit(str(current.data(KEY_ROLE)))


def _missing_words(missing: int, reasons: Sequence[str]) -> str:
    n = missing or len(reasons)
    if not n:
        return "nothing missing"
    return f"{n} thing{'s' if n != 1 else ''} missing"
