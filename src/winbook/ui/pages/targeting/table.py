"""The precinct table: one row per place, sortable by any column, with the tier and doors."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from winbook.domain.targeting import PrecinctTarget, TargetingResult

Index = QModelIndex | QPersistentModelIndex


_ROOT = QModelIndex()


SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _int(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


def _pct(value: float | None, digits: int = 0) -> str:
    return "–" if value is None else f"{value:.{digits}f}%"


def _years(years: list[int]) -> str:
    """ "2011–2025 (7)", "2019", or "–"."""
    if not years:
        return "–"
    if len(years) == 1:
        return str(years[0])
    return f"{years[0]}–{years[-1]} ({len(years)})"


class PrecinctModel(QAbstractTableModel):
    """The precincts of a `TargetingResult`; numbers sort as numbers."""

    FIXED = ("County", "Precinct", "Years", "Ballots", "Registered", "Votes", "Share", "Turnout")
    TAIL = ("Support", "Turnout index", "Tier", "Doors")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PrecinctTarget] = []
        self.references: list[str] = []

    def set_result(self, result: TargetingResult) -> None:
        self.beginResetModel()
        self.rows = list(result.precincts)
        self.references = list(result.reference_contests)
        self.endResetModel()

    @property
    def headers(self) -> list[str]:
        return [*self.FIXED, *(f"Support {r.split(':')[0]}" for r in self.references), *self.TAIL]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = self.headers
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def cells(self, p: PrecinctTarget) -> list[tuple[str, object]]:
        """(shown text, sort key) for each column of ``p``'s row."""
        years = _years(p.years)
        out: list[tuple[str, object]] = [
            (p.county, p.county.casefold()),
            (p.precinct if p.geographic else f"{p.precinct} ({p.kind})", p.precinct.casefold()),
            (years, len(p.years)),
            (_int(p.ballots_cast), p.ballots_cast or -1),
            (_int(p.registered_voters), p.registered_voters or -1),
            (f"{p.contest_votes:,}", p.contest_votes),
            (_pct(p.share_pct, 1), p.share_pct or -1.0),
            (_pct(p.turnout_pct), p.turnout_pct or -1.0),
        ]
        for label in self.references:
            share = p.support.get(label)
            out.append((_pct(share), -1.0 if share is None else share))
        index = "–" if p.turnout_index is None else f"{p.turnout_index:.2f}"
        out += [
            (_pct(p.support_pct), -1.0 if p.support_pct is None else p.support_pct),
            (index, -1.0 if p.turnout_index is None else p.turnout_index),
            (p.tier or ("not a place" if not p.geographic else "–"), p.tier or "~"),
            (f"{p.doors:,} ({p.note})" if p.note else f"{p.doors:,}", p.doors),
        ]
        return out

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        p = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            text, key = self.cells(p)[col]
            return text if role == Qt.ItemDataRole.DisplayRole else key
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and not p.geographic:
            return (
                f"{p.precinct} is not a place on a map ({p.kind}): its votes stay in the "
                "totals, and it gets no doors."
            )
        if role == Qt.ItemDataRole.ForegroundRole and not p.geographic:
            owner = self.parent()
            return owner.palette().placeholderText() if isinstance(owner, QWidget) else None
        return None
