"""Import a budget from a spreadsheet: map a foreign sheet's columns, with a live preview.

    dialog = BudgetImportDialog(path, parent)   # raises InputFileError for an unreadable file
    if dialog.exec():
        lines = dialog.expense_lines()

The file is read once by :func:`winbook.io.xlsx_import.read_budget`. Winbook's own workbook
needs no mapping (the column choices are disabled); any other sheet shows its columns, a guessed
mapping the user can change, the raw rows, how many lines will come in, and every row that
will be left out or changed.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QTableWidgetItem, QWidget

from winbook.domain.explain import fmt_money
from winbook.domain.model import ExpenseLine, IncomeLine
from winbook.domain.path import plural
from winbook.io.xlsx_import import (
    BudgetImport,
    CellValue,
    ColumnMapping,
    ForeignSheet,
    MappedLines,
    apply_mapping,
    read_budget,
)
from winbook.ui.forms.ui_budget_mapping_dialog import Ui_BudgetMappingDialog

PREVIEW_LIMIT = 200
_FIELDS = ("amount", "description", "category", "month", "in_kind")


class BudgetImportDialog(QDialog):
    def __init__(self, path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BudgetMappingDialog()
        self.ui.setupUi(self)
        self._path = Path(path)
        self._result: BudgetImport = read_budget(self._path)
        self._lines = MappedLines(self._result.expenses, self._result.warnings)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        foreign = self._result.foreign
        if foreign is None:
            self._show_own()
        else:
            self._show_foreign(foreign)

    # ------------------------------------------------------------------ public API

    def expense_lines(self) -> list[ExpenseLine]:
        """The lines to import (after the dialog was accepted; empty otherwise)."""
        return list(self._lines) if self.result() == QDialog.DialogCode.Accepted else []

    def income_lines(self) -> list[IncomeLine]:
        """Income lines: only Winbook's own workbook has them."""
        accepted = self.result() == QDialog.DialogCode.Accepted
        return list(self._result.income) if accepted else []

    def problems(self) -> list[str]:
        return list(self._lines.problems)

    def combo(self, name: str) -> QComboBox:
        combo: QComboBox = getattr(self.ui, f"{name}_combo")
        return combo

    # ------------------------------------------------------------------ own workbook

    def _show_own(self) -> None:
        self.ui.file_label.setText(
            f"{self._path.name} is a Winbook workbook: its budget and income lines come in as "
            "they are."
        )
        self.ui.columns_group.setEnabled(False)
        headers = ["Description", "Category", "Month", "Amount", "In kind"]
        rows: list[list[CellValue]] = [
            [e.description, e.category.value, e.month, e.amount, "Yes" if e.in_kind else "No"]
            for e in self._lines
        ]
        self._fill_table(headers, rows)
        self._show_summary()

    # ------------------------------------------------------------------ foreign sheet

    def _show_foreign(self, foreign: ForeignSheet) -> None:
        where = f" (sheet {foreign.sheet!r})" if foreign.sheet else ""
        self.ui.file_label.setText(
            f"{self._path.name}{where}: say which column holds what. The header is row "
            f"{foreign.header_row}."
        )
        for name in _FIELDS:
            combo = self.combo(name)
            combo.addItem("(choose a column)" if name == "amount" else "(none)", None)
            for i, header in enumerate(foreign.headers):
                combo.addItem(header, i)
            guessed = getattr(foreign.guess, name)
            combo.setCurrentIndex(0 if guessed is None else guessed + 1)
            combo.currentIndexChanged.connect(self._remap)
        self._fill_table(foreign.headers, foreign.rows[:PREVIEW_LIMIT])
        self._remap()

    def mapping(self) -> ColumnMapping:
        values = {name: self.combo(name).currentData() for name in _FIELDS}
        return ColumnMapping(**values)

    def _remap(self) -> None:
        foreign = self._result.foreign
        if foreign is None:
            return
        mapping = self.mapping()
        if mapping.amount is None:
            self._lines = MappedLines([], ["Choose the column that holds the amounts."])
        else:
            self._lines = apply_mapping(foreign, mapping)
            notes = [w for w in foreign.warnings if "read as CSV" in w]
            self._lines.problems[:0] = notes
        self._show_summary()

    # ------------------------------------------------------------------ shared

    def _fill_table(self, headers: list[str], rows: list[list[CellValue]]) -> None:
        table = self.ui.preview_table
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row[: len(headers)]):
                table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        table.resizeColumnsToContents()

    def _show_summary(self) -> None:
        total = sum((e.amount for e in self._lines), Decimal(0))
        n, problems = len(self._lines), self._lines.problems
        self.ui.summary_label.setText(
            f"{n:,} line{'s' if n != 1 else ''} to import, {fmt_money(total, cents=True)} in all"
            + (f"; {plural(len(problems), 'note')} below." if problems else ".")
        )
        self.ui.problems_text.setPlainText("\n".join(self._lines.problems))
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(n > 0)
