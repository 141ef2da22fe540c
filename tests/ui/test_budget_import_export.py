"""Budget → Import from spreadsheet… and File → Export workbook…, from the main window."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from winbook.app.document import PlanDocument
from winbook.domain.model import ExpenseCategory, ExpenseLine, IncomeLine, IncomeSource, Plan
from winbook.io.xlsx_export import export_workbook
from winbook.ui.budget_import_dialog import BudgetImportDialog
from winbook.ui.main_window import MainWindow
from winbook.ui.pages.budget import BudgetPage

CSV = 'Item,Price,Kind,When\nPostcards,"$1,200.50",Mail,2027-09\nFiling fee,75,admin,2027-04\n'


@pytest.fixture(autouse=True)
def no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing an untitled plan with content asks; the answer here is Discard."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def warning(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> Any:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.fixture
def accept_dialog(monkeypatch: pytest.MonkeyPatch) -> list[BudgetImportDialog]:
    """The mapping dialog is answered OK at once (its guesses kept); opened dialogs are kept."""
    opened: list[BudgetImportDialog] = []

    def exec_(self: BudgetImportDialog) -> int:
        opened.append(self)
        self.accept()
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(BudgetImportDialog, "exec", exec_)
    return opened


def _open_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def _budget_window(qtbot: QtBot, plan: Plan) -> tuple[MainWindow, BudgetPage]:
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_document(PlanDocument.new_untitled(plan))
    win.show()
    win.show_page("budget")
    page = win.page("budget")
    assert isinstance(page, BudgetPage)
    return win, page


def _plan_with_one_line() -> Plan:
    plan = Plan()
    line = ExpenseLine(ExpenseCategory.LITERATURE, "Walk lists", "2027-08", Decimal(40))
    plan.expenses.append(line)
    return plan


def test_import_csv_appends_lines_as_one_undo_step(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    accept_dialog: list[BudgetImportDialog],
) -> None:
    csv_path = tmp_path / "theirs.csv"
    csv_path.write_text(CSV, encoding="utf-8")
    _open_file(monkeypatch, csv_path)
    win, page = _budget_window(qtbot, _plan_with_one_line())
    assert win.doc is not None
    doc = win.doc
    steps_before = doc.undo_stack.count()

    page.ui.import_budget_button.click()

    assert len(accept_dialog) == 1
    assert [(e.description, e.amount) for e in doc.plan.expenses] == [
        ("Walk lists", Decimal(40)),
        ("Postcards", Decimal("1200.50")),
        ("Filing fee", Decimal(75)),
    ]
    # 40 + 1,200.50 + 75 = 1,315.50 (by hand); the strip moved with it
    assert doc.figures.budget.total_spending == Decimal("1315.50")
    assert win.figures_strip.value_text("budget") == "$1,316"  # whole dollars
    assert page.expenses.rowCount() == 3
    assert doc.undo_stack.count() == steps_before + 1
    assert "Imported 2 spending lines from theirs.csv" in win.status_bar.currentMessage()

    doc.undo_stack.undo()  # one step takes every imported line out
    assert [e.description for e in doc.plan.expenses] == ["Walk lists"]
    assert page.expenses.rowCount() == 1


def test_import_own_workbook_brings_spending_and_income_in_one_step(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    accept_dialog: list[BudgetImportDialog],
) -> None:
    source = Plan()
    source.expenses.append(ExpenseLine(ExpenseCategory.MAIL, "Mailer", "2027-09", Decimal(900)))
    source.income.append(IncomeLine(IncomeSource.EVENTS, "House party", "2027-05", Decimal(650)))
    book = export_workbook(source, tmp_path / "ours.xlsx")
    _open_file(monkeypatch, book)
    win, page = _budget_window(qtbot, _plan_with_one_line())
    assert win.doc is not None
    doc = win.doc

    assert page.import_spreadsheet()

    assert [e.description for e in doc.plan.expenses] == ["Walk lists", "Mailer"]
    assert [(i.description, i.amount) for i in doc.plan.income] == [("House party", Decimal(650))]
    doc.undo_stack.undo()
    assert len(doc.plan.expenses) == 1 and doc.plan.income == []
    doc.undo_stack.redo()
    assert len(doc.plan.expenses) == 2 and len(doc.plan.income) == 1


def test_unreadable_file_is_one_sentence_and_nothing_changes(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[tuple[str, str]],
    accept_dialog: list[BudgetImportDialog],
) -> None:
    bad = tmp_path / "budget.xlsx"
    bad.write_bytes(b"\x00\x01\x02 not a workbook \xff\xfe" * 20)
    _open_file(monkeypatch, bad)
    win, page = _budget_window(qtbot, _plan_with_one_line())
    assert win.doc is not None
    steps = win.doc.undo_stack.count()

    assert not page.import_spreadsheet()

    assert accept_dialog == []  # the dialog never opened
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Cannot import the budget"
    assert "budget.xlsx" in text and "\n" not in text and "Traceback" not in text
    assert len(win.doc.plan.expenses) == 1 and win.doc.undo_stack.count() == steps


def test_cancelled_mapping_imports_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    csv_path = tmp_path / "theirs.csv"
    csv_path.write_text(CSV, encoding="utf-8")
    _open_file(monkeypatch, csv_path)
    monkeypatch.setattr(
        BudgetImportDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected.value)
    )
    win, page = _budget_window(qtbot, _plan_with_one_line())
    assert not page.import_spreadsheet()
    assert win.doc is not None and len(win.doc.plan.expenses) == 1


@pytest.mark.parametrize("typed", ["plan", "plan.xlsx", "plan.XLSX"])
def test_export_workbook_adds_the_suffix(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    win, _page = _budget_window(qtbot, _plan_with_one_line())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out / typed), ""))
    assert win.action_export_workbook.isEnabled()

    win.action_export_workbook.trigger()

    expected = out / ("plan.xlsx" if typed == "plan" else typed)
    assert [p.name for p in out.iterdir()] == [expected.name]
    book = openpyxl.load_workbook(expected)
    cells = [v for sheet in book.worksheets for row in sheet.values for v in row]
    assert "Walk lists" in cells  # the plan's one spending line is in the workbook
    assert str(expected) in win.status_bar.currentMessage()


def test_export_workbook_cancelled_writes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win, _page = _budget_window(qtbot, _plan_with_one_line())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    assert win.export_workbook() is None
    assert list(tmp_path.rglob("*.xlsx")) == []
