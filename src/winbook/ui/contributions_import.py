"""Import contribution exports: map the columns, confirm the candidate's own gifts, see the sum.

    dialog = ContributionsImportDialog(paths, plan, parent)  # InputFileError: unreadable file
    if dialog.exec():
        doc.set_object(CONTRIBUTIONS, dialog.contributions(), "Import contributions")

Laid out like the budget import's mapping dialog (forms/contributions_import_dialog.ui): the
columns an ActBlue export names are chosen by their names, any other platform's CSV shows its
columns for the user to map; the first rows show as they are; the donors whose name matches
the candidate's are listed, ticked, for the user to confirm or correct (or to find under
another name). Every change of mapping reads the files again and shows what the import would
give; a row that cannot be read is one sentence and the OK button stays off. Donors' names
live only in this window's memory: the plan receives totals and digests (`merge`).

A read that takes a while (a campaign's whole history) shows a progress bar with a Cancel
button after half a second. Cancelling the first read closes the import (`was_cancelled`);
cancelling the read after a change of column puts the columns back as they were, with what
they gave.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from winbook.domain.contributions import (
    CandidateMatch,
    ImportReport,
    candidate_matches,
    candidate_names,
    merge,
)
from winbook.domain.dates import format_date
from winbook.domain.model import Contributions, Plan
from winbook.errors import InputFileError
from winbook.io.contributions import (
    FIELD_LABELS,
    ContributionColumns,
    Exports,
    open_export,
    read_exports,
)
from winbook.ui.forms.ui_contributions_import_dialog import Ui_ContributionsImportDialog

_FIELDS = tuple(f.name for f in fields(ContributionColumns))
_NEEDED = ("date", "amount")
#: A read shorter than this shows no progress bar (Qt's own default, in milliseconds).
SHOW_PROGRESS_AFTER_MS = 500
_STEPS = 1000


class _ReadCancelledError(Exception):
    """The user pressed Cancel on the progress bar."""


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


class ContributionsImportDialog(QDialog):
    def __init__(self, paths: list[Path], plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContributionsImportDialog()
        self.ui.setupUi(self)
        self._paths = [Path(p) for p in paths]
        self._plan = plan
        self._header = open_export(self._paths[0])
        self._exports: Exports | None = None
        self._matches: list[CandidateMatch] = []
        self._extra_names: list[str] = []
        self._result: tuple[Contributions, ImportReport] | None = None
        self._cancelled = False
        self._shown_columns: ContributionColumns | None = None  # what the result was read with
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.find_name_button.clicked.connect(self._find_other_name)
        self.ui.other_name_edit.returnPressed.connect(self._find_other_name)
        self.ui.candidate_list.itemChanged.connect(self._show_summary)
        self.ui.main_layout.setStretchFactor(self.ui.preview_table, 1)  # the rows get the room
        self._show_file()
        self._fill_combos()
        self._fill_preview()
        self._read()

    # ------------------------------------------------------------------ public API

    def contributions(self) -> Contributions | None:
        """The plan's contributions with the files folded in (None when nothing could be read)."""
        return None if self._result is None else self._result[0]

    def report(self) -> ImportReport | None:
        return None if self._result is None else self._result[1]

    def combo(self, name: str) -> QComboBox:
        combo: QComboBox = getattr(self.ui, f"{name}_combo")
        return combo

    def columns(self) -> ContributionColumns:
        return ContributionColumns(**{n: self.combo(n).currentData() for n in _FIELDS})

    def problem(self) -> str:
        return str(self.ui.problems_text.toPlainText())

    def was_cancelled(self) -> bool:
        """The first read was cancelled: there is nothing to show (do not ``exec`` it)."""
        return self._cancelled

    def matches(self) -> list[CandidateMatch]:
        return list(self._matches)

    # ------------------------------------------------------------------ building

    def _show_file(self) -> None:
        names = ", ".join(p.name for p in self._paths)
        if self._header.platform:
            text = (
                f"{names}: an {self._header.platform} export, its columns matched by name. "
                "Donors' names stay in this window: the plan keeps totals only."
            )
        else:
            text = (
                f"{names}: say which column holds what (a date and an amount are needed). "
                "Donors' names stay in this window: the plan keeps totals only."
            )
        self.ui.file_label.setText(text)

    def _fill_combos(self) -> None:
        guess = self._header.columns
        for name in _FIELDS:
            combo = self.combo(name)
            combo.setAccessibleName(FIELD_LABELS[name])
            combo.addItem("(choose a column)" if name in _NEEDED else "(none)", None)
            for i, header in enumerate(self._header.headers):
                combo.addItem(header, i)
            guessed = getattr(guess, name)
            combo.setCurrentIndex(0 if guessed is None else guessed + 1)
            combo.currentIndexChanged.connect(self._read)

    def _fill_preview(self) -> None:
        table = self.ui.preview_table
        headers = self._header.headers
        rows = self._header.preview
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row[: len(headers)]):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()

    # ------------------------------------------------------------------ reading

    def _read(self) -> None:
        """Read every file with the mapping shown; a problem is one sentence, OK stays off."""
        columns = self.columns()
        try:
            exports = self._read_with_progress(columns)
        except _ReadCancelledError:
            self._put_back()
            return
        except InputFileError as exc:
            self._exports, self._result = None, None
            self._shown_columns = columns
            self.ui.problems_text.setPlainText(str(exc))
            self.ui.problems_text.setVisible(True)
            self.ui.summary_label.setText("Nothing can be imported until this is put right.")
            self.ui.candidate_list.clear()
            self._ok().setEnabled(False)
            return
        self._exports, self._shown_columns = exports, columns
        self.ui.problems_text.setPlainText("")
        self.ui.problems_text.setVisible(False)  # no problem: no empty box
        self._find_matches()

    def _read_with_progress(self, columns: ContributionColumns) -> Exports:
        owner = self if self.isVisible() else self.parentWidget()
        bar = QProgressDialog("Reading the contributions…", "Cancel", 0, _STEPS, owner)
        bar.setWindowTitle("Import contributions")
        bar.setWindowModality(Qt.WindowModality.WindowModal)
        bar.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        bar.setAutoReset(False)
        bar.setValue(0)

        def step(done: int, total: int) -> None:
            bar.setValue(min(_STEPS, done * _STEPS // max(total, 1)))
            if bar.wasCanceled():
                raise _ReadCancelledError

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return read_exports(self._paths, columns, step)
        finally:
            QApplication.restoreOverrideCursor()
            bar.close()
            bar.deleteLater()

    def _put_back(self) -> None:
        """After a cancelled read: the columns the result shown was read with (none: give up)."""
        if self._shown_columns is None:
            self._cancelled = True
            self.reject()
            return
        for name in _FIELDS:
            combo, col = self.combo(name), getattr(self._shown_columns, name)
            combo.blockSignals(True)
            combo.setCurrentIndex(0 if col is None else col + 1)
            combo.blockSignals(False)
        self._say_stopped()

    def _say_stopped(self) -> None:
        text = self.ui.summary_label.text()
        note = "Reading stopped: the columns are back as they were. "
        self.ui.summary_label.setText(note + text.removeprefix(note))

    def _find_matches(self) -> None:
        if self._exports is None:
            return
        names = candidate_names(self._plan.candidate, self._extra_names)
        ticked = {m.donor_key: m.confirmed for m in self._matches}
        self._matches = candidate_matches(self._exports.gifts, names)
        for m in self._matches:
            m.confirmed = ticked.get(m.donor_key, True)
        self._fill_candidates()
        self._show_summary()

    def _fill_candidates(self) -> None:
        lst = self.ui.candidate_list
        lst.blockSignals(True)
        lst.clear()
        for m in self._matches:
            item = QListWidgetItem(
                f"{m.name.title()}: {_plural(m.gifts, 'gift')}, ${m.total:,.2f}", lst
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.confirmed else Qt.CheckState.Unchecked)
        lst.blockSignals(False)
        if not self._matches:
            who = self._plan.candidate.full_name or self._plan.candidate.ballot_name
            self.ui.candidate_label.setText(
                f"No gift in the export is from {who or 'the candidate'}: if you gave under "
                "another name, type it below."
                if who
                else "Enter your name on the Candidate page, or type the name you gave under "
                "below, so your own gifts can be left out of the test."
            )
        else:
            self.ui.candidate_label.setText(
                "These donors' names match yours: untick any who is not you (your own money "
                "does not count for the test)."
            )

    def _find_other_name(self) -> None:
        name = self.ui.other_name_edit.text().strip()
        if name and name not in self._extra_names:
            self._extra_names.append(name)
        self._find_matches()

    def _sync_ticks(self) -> None:
        lst = self.ui.candidate_list
        for i, m in enumerate(self._matches):
            item = lst.item(i)
            if item is not None:
                m.confirmed = item.checkState() == Qt.CheckState.Checked

    # ------------------------------------------------------------------ the sum

    def _ok(self) -> QPushButton:
        button: QPushButton = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        return button

    def _show_summary(self) -> None:
        if self._exports is None:
            return
        self._sync_ticks()
        mine = [m.donor_key for m in self._matches if m.confirmed]
        not_mine = [m.donor_key for m in self._matches if not m.confirmed]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # ~0.5 s per 100,000 gifts
        try:
            self._result = merge(
                self._plan.contributions,
                self._exports.gifts,
                mine,
                not_candidate_keys=not_mine,
                earlier_decisions_stand=False,
                platform=self._exports.platform,
            )
        finally:
            QApplication.restoreOverrideCursor()
        c, r = self._result
        self.ui.summary_label.setText(summary_text(c, r))
        self._ok().setEnabled(r.new_gifts > 0 or r.taken_out > 0 or bool(mine or not_mine))


def summary_text(c: Contributions, r: ImportReport) -> str:
    """What the import gives, in two sentences."""
    since = (
        f", {_plural(r.taken_out, 'gift')} refunded since the last import" if r.taken_out else ""
    )
    first = (
        f"{_plural(r.new_gifts, 'new gift')} to count"
        f" ({_plural(r.refunds, 'refunded gift')} left out, "
        f"{_plural(r.duplicates, 'gift')} already counted{since})."
    )
    second = (
        f" With them the plan counts ${c.raised:,.2f} raised from "
        f"{_plural(c.donor_count, 'donor')}, {format_date(c.first_date)} to "
        f"{format_date(c.last_date)}: ${c.from_candidate:,.2f} from you, the largest single "
        f"donor ${c.largest_single_donor:,.2f}, fees ${c.fees:,.2f} shown apart."
    )
    return first + second
