"""The wizard's tables: the contest preview, its totals and roll-off, and the rows it will add
to the history.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from winbook.domain.model import CYCLE_LABELS, PastElection, Stage
from winbook.io.results import Contest
from winbook.ui.import_wizard.reading import _FileEntry

ROW_HEADERS = (
    "Year", "Cycle", "Stage", "Contest", "Seats", "Registered", "Ballots cast",
    "Contest votes", "Winner", "Last winner", "First loser",
)  # fmt: skip


PREVIEW_HEADERS = ("Candidate", "Party", "Votes", "Share", "")


STAGE_LABELS = {Stage.GENERAL: "General", Stage.PRIMARY: "Primary"}


def _headers(table: QTableWidget, headers: tuple[str, ...]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.horizontalHeader().setStretchLastSection(True)


def _append_row(table: QTableWidget, cells: tuple[str, ...], *, bold: bool = False) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for col, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if bold:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        if text[:1].isdigit() and col > 0:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, col, item)


def _contest_text(contest: Contest) -> str:
    where = f" ({', '.join(contest.counties[:3])}" if contest.counties else ""
    if contest.counties and len(contest.counties) > 3:
        where += f" +{len(contest.counties) - 3}"
    return f"{contest.label}{where}{')' if where else ''}"


def _num(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def _totals_text(entry: _FileEntry, contest: Contest) -> str:
    assert entry.result is not None
    seats = entry.seats
    parts = [
        f"Contest votes: {contest.total_votes:,} (write-ins {contest.write_in_votes:,}; "
        f"over votes {contest.over_votes:,}, under votes {contest.under_votes:,} not counted).",
        f"In its precincts: registered voters {_num(contest.registered_voters)}, "
        f"ballots cast {_num(contest.ballots_cast)}{_roll_off_text(contest, seats)}.",
        f"Winner: {_num(contest.winners(1)[0].votes if contest.candidates else None)}. "
        f"Last winner ({seats} seat{'s' if seats != 1 else ''}): "
        f"{_num(contest.last_winner_votes(seats))}. "
        f"First loser: {_num(contest.first_loser_votes(seats))}.",
    ]
    if entry.result.warnings:
        count = len(entry.result.warnings)
        parts.append(f"{count} warning{'s' if count != 1 else ''} about the file: "
                     + " ".join(entry.result.warnings[:3]))  # fmt: skip
    return "\n".join(parts)


def _roll_off_text(contest: Contest, seats: int) -> str:
    roll_off = contest.roll_off_pct(seats)
    return "" if roll_off is None else f", roll-off {roll_off:.1f}%"


def _row_cells(past: PastElection) -> tuple[str, ...]:
    return (
        str(past.year),
        CYCLE_LABELS[past.cycle],
        STAGE_LABELS[past.stage],
        past.note,
        str(past.seats),
        _num(past.registered),
        _num(past.ballots_cast),
        _num(past.contest_votes),
        _num(past.winner_votes),
        _num(past.last_winner_votes),
        _num(past.first_loser_votes),
    )
