"""The budget column-mapping dialog, driven with real widgets offscreen (issue 5)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from winbook.domain.model import ExpenseCategory, ExpenseLine, IncomeLine, IncomeSource, Plan
from winbook.errors import InputFileError
from winbook.io.xlsx_export import export_workbook
from winbook.ui.budget_import_dialog import BudgetImportDialog

CSV = (
    "Notes,Price,Item,Kind,When\n"
    'first,"$1,200.50",Postcards,Mail,Sep 2027\n'
    "x,abc,Mystery,Mail,2027-10\n"
    ",75,Filing fee,admin,2027-04\n"
)


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "theirs.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_foreign_sheet_guess_preview_and_accept(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = BudgetImportDialog(_csv(tmp_path))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.preview_table.rowCount() == 3 and ui.preview_table.columnCount() == 5
    assert ui.preview_table.item(0, 2).text() == "Postcards"
    assert dialog.combo("amount").currentText() == "Price"  # guessed
    assert dialog.combo("description").currentText() == "Item"
    # "Kind" is guessed as the category and "When" as the month
    assert dialog.combo("category").currentText() == "Kind"
    assert dialog.combo("month").currentText() == "When"
    # 1,200.50 + 75 = 1,275.50 in 2 lines; the 'abc' row is reported
    assert ui.summary_label.text().startswith("2 lines to import, $1,275.50 in all")
    assert "'abc' is not a number" in ui.problems_text.toPlainText()
    ok = ui.button_box.button(ui.button_box.StandardButton.Ok)
    ok.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.expense_lines() == [
        ExpenseLine(ExpenseCategory.MAIL, "Postcards", "2027-09", Decimal("1200.50")),
        ExpenseLine(ExpenseCategory.ADMIN, "Filing fee", "2027-04", Decimal("75")),
    ]


def test_changing_the_mapping_updates_the_preview(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = BudgetImportDialog(_csv(tmp_path))
    qtbot.addWidget(dialog)
    ok = dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Ok)
    dialog.combo("amount").setCurrentIndex(0)  # "(choose a column)"
    assert not ok.isEnabled()
    assert "Choose the column" in dialog.ui.problems_text.toPlainText()
    dialog.combo("amount").setCurrentIndex(2)  # Price
    dialog.combo("category").setCurrentIndex(0)  # (none): everything under Other
    assert ok.isEnabled()
    assert "No category (rows 2, 4): filed under Other." in dialog.ui.problems_text.toPlainText()
    dialog.reject()
    assert dialog.expense_lines() == []


def test_own_workbook_needs_no_mapping(qtbot: QtBot, tmp_path: Path) -> None:
    plan = Plan()
    plan.expenses = [ExpenseLine(ExpenseCategory.DIGITAL, "Ads", "2027-10", Decimal("800"))]
    plan.income = [IncomeLine(IncomeSource.ONLINE, "Online", "2027-09", Decimal("50"))]
    path = tmp_path / "own.xlsx"
    export_workbook(plan, path)
    dialog = BudgetImportDialog(path)
    qtbot.addWidget(dialog)
    assert not dialog.ui.columns_group.isEnabled()
    assert dialog.ui.preview_table.item(0, 0).text() == "Ads"
    dialog.accept()
    assert dialog.expense_lines() == plan.expenses
    assert dialog.income_lines() == plan.income


def test_unreadable_file_raises_a_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "picture.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with pytest.raises(InputFileError, match="PNG image"):
        BudgetImportDialog(path)
