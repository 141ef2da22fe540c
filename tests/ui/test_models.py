"""Every plan table model: Qt's model contract, edits through the document, one-step pastes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from winbook.app.document import PlanDocument
from winbook.domain.model import (
    BaseShare,
    ChecklistItem,
    CycleType,
    DisclosureItem,
    ExpenseCategory,
    ExpenseLine,
    IncomeLine,
    IncomeSource,
    PastElection,
    Plan,
    PlanOn,
    RaceCost,
    Stage,
    TimelineEvent,
)
from winbook.domain.path import default_channels
from winbook.ui.models import plan_models as pm
from winbook.ui.models.table import PlanListModel, RowsModel


def _plan() -> Plan:
    plan = Plan()
    plan.turnout.plan_on = PlanOn.EXPECTED  # the arithmetic below follows the expected figure
    plan.race.cycle = CycleType.MUNICIPAL
    plan.race.stage = Stage.GENERAL
    plan.race.election_date = date(2027, 11, 2)
    plan.race.candidates_expected = 2
    plan.history = [
        PastElection(year=y, cycle=CycleType.MUNICIPAL, contest_votes=v, ballots_cast=v + 500)
        for y, v in ((2025, 12_000), (2023, 11_000), (2021, 10_000))
    ]
    plan.expenses = [
        ExpenseLine(ExpenseCategory.LITERATURE, "Door hangers", "2027-09", Decimal(1500)),
        ExpenseLine(ExpenseCategory.ADMIN, "Bank fees", "2027-08", Decimal(200), False),
    ]
    plan.income = [IncomeLine(IncomeSource.CALL_TIME, "Calls", "2027-07", Decimal(3000))]
    plan.race_costs = [RaceCost(2023, "Seat 2", Stage.GENERAL, Decimal(20_000))]
    plan.path.base_shares = [BaseShare(2023, "Lee", 41.0), BaseShare(2021, "Ng", 38.0)]
    plan.path.channels = default_channels()
    plan.timeline = [TimelineEvent("Filing closes", date(2027, 8, 14))]
    plan.checklist = [ChecklistItem("File the statement of candidacy", date(2027, 8, 1))]
    plan.disclosure.items = [DisclosureItem(finding="A 2015 speeding ticket")]
    return plan


MODELS = [
    pm.history_model,
    pm.expense_model,
    pm.income_model,
    pm.race_cost_model,
    pm.base_share_model,
    pm.channel_model,
    pm.timeline_model,
    pm.checklist_model,
    pm.disclosure_model,
]


@pytest.mark.parametrize("factory", MODELS)
def test_every_plan_model_keeps_the_qt_contract(
    qtmodeltester: ModelTester, factory: object
) -> None:
    doc = PlanDocument.from_plan(_plan())
    model: PlanListModel[Any] = factory(doc)  # type: ignore[operator]
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    # Add a row, edit it, remove it and undo everything while the tester watches.
    assert model.insertRows(model.rowCount(), 1)
    model.setData(model.index(model.rowCount() - 1, 1), "1", Qt.ItemDataRole.EditRole)
    assert model.removeRows(0, 1)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert model.rowCount() == len(model._source())
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_a_tables_columns_are_checked_against_its_rows_when_they_are_written() -> None:
    from winbook.domain import parts
    from winbook.ui.models.columns import Column, Kind, columns_for

    year = Column[PastElection]("year", "Year", Kind.YEAR)
    assert columns_for(parts.HISTORY, year) == (year,)
    with pytest.raises(ValueError, match=r"plan\.history\[\] has no field 'yaer'"):
        columns_for(parts.HISTORY, year, Column("yaer", "Year again", Kind.YEAR))
    with pytest.raises(ValueError, match="year shown in two columns"):
        columns_for(parts.HISTORY, year, year)
    # a column worked out from the whole row names no field of its own
    flag = Column[PastElection]("flag", "Flag", editable=False, derive=lambda e: e.year > 2020)
    assert columns_for(parts.HISTORY, year, flag)[1].derive is not None


def test_rows_model_keeps_the_qt_contract(qtmodeltester: ModelTester) -> None:
    model = RowsModel(["Week", "Contacts"], [False, True])
    model.set_rows([["1", "10"], ["2", "20"]])
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.set_rows([["1", "11"]])
    assert model.rowCount() == 1
    alignment = model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)
    assert isinstance(alignment, Qt.AlignmentFlag) and alignment & Qt.AlignmentFlag.AlignRight
    assert model.rowCount(model.index(0, 0)) == 0


def test_history_cell_edit_moves_the_figures_and_undo_restores(qapp: object) -> None:
    doc = PlanDocument.from_plan(_plan())
    model = pm.history_model(doc)
    # T = (12,000 + 11,000 + 10,000) / 3 = 11,000; two candidates: 11,000 // 2 + 1 = 5,501.
    assert doc.figures.turnout.projected == 11_000
    assert doc.figures.win.win_number == 5_501
    col = model.column_of("contest_votes")
    assert model.data(model.index(0, col)) == "12,000"
    assert model.setData(model.index(0, col), "15,000")
    # (15,000 + 11,000 + 10,000) / 3 = 12,000 -> 6,001; goal ceil(6,001 x 1.05) = 6,302.
    assert doc.plan.history[0].contest_votes == 15_000
    assert doc.figures.win.win_number == 6_001
    assert doc.figures.win.vote_goal == 6_302
    doc.undo_stack.undo()
    assert doc.plan.history[0].contest_votes == 12_000
    assert model.data(model.index(0, col)) == "12,000"
    assert doc.figures.win.win_number == 5_501


def test_unreadable_text_is_refused_with_a_reason(qapp: object) -> None:
    doc = PlanDocument.from_plan(_plan())
    model = pm.expense_model(doc)
    amount = model.column_of("amount")
    assert not model.setData(model.index(0, amount), "lots")
    assert "not an amount" in model.last_error
    assert doc.undo_stack.count() == 0
    assert model.setData(model.index(0, amount), "$1,234.50")
    assert doc.plan.expenses[0].amount == Decimal("1234.50")
    assert model.data(model.index(0, amount)) == "$1,234.50"


def test_checkbox_and_enum_columns(qapp: object) -> None:
    doc = PlanDocument.from_plan(_plan())
    model = pm.expense_model(doc)
    kind = model.column_of("in_kind")
    assert model.setData(
        model.index(1, kind), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert doc.plan.expenses[1].in_kind is True
    assert model.setData(model.index(1, model.column_of("category")), "Voter contact: mail")
    assert doc.plan.expenses[1].category is ExpenseCategory.MAIL


def test_paste_of_many_rows_is_one_undo_step(qapp: object) -> None:
    doc = PlanDocument.from_plan(_plan())
    model = pm.expense_model(doc)
    text = (
        "Voter contact: mail\tPostcard 1\t2027-09\t$2,000\tno\r\n"
        "Voter contact: mail\tPostcard 2\t2027-10\t2,500\t\r\n"
        "Events\tLaunch\t2027-06\t300\tyes\r\n"
    )
    assert model.paste_table(text, row=2, column=0) == 3
    assert model.rowCount() == 5
    assert [e.amount for e in doc.plan.expenses] == [1500, 200, 2000, 2500, 300]
    assert doc.plan.expenses[4].in_kind is True
    # 1,500 + 200 + 2,000 + 2,500 + 300 = 6,500
    assert doc.figures.budget.total_spending == Decimal(6500)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert model.rowCount() == 2
    assert doc.figures.budget.total_spending == Decimal(1700)


def test_paste_with_a_bad_cell_changes_nothing(qapp: object) -> None:
    doc = PlanDocument.from_plan(_plan())
    model = pm.expense_model(doc)
    with pytest.raises(ValueError, match="not a month"):
        model.paste_table("Events\tParty\tsoon\t300\n", row=2, column=0)
    assert model.rowCount() == 2
    assert doc.undo_stack.count() == 0


def test_nested_channel_rates_are_undoable(qapp: object) -> None:
    doc = PlanDocument.from_plan(_plan())
    model = pm.channel_model(doc)
    rate = model.column_of("contacts_per_hour")
    row = next(i for i, c in enumerate(doc.plan.path.channels) if c.share_pct == 60.0)
    assert model.setData(model.index(row, rate), "8")
    assert doc.plan.path.channels[row].contacts_per_hour == 8.0
    doc.undo_stack.undo()
    assert doc.plan.path.channels[row].contacts_per_hour == 4.0
    assert model.data(model.index(row, rate)) == "4"


def test_move_rows_and_problems_show_on_the_cell(qapp: object) -> None:
    doc = PlanDocument.from_plan(_plan())
    model = pm.history_model(doc)
    assert model.move_row(0, 2)
    assert [e.year for e in doc.plan.history] == [2023, 2021, 2025]
    doc.undo_stack.undo()
    assert [e.year for e in doc.plan.history] == [2025, 2023, 2021]
    ballots = model.column_of("ballots_cast")
    model.setData(model.index(0, model.column_of("registered")), "100")
    tip = model.data(model.index(0, ballots), Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tip, str) and "more than the 100 registered" in tip
    assert model.data(model.index(0, ballots), Qt.ItemDataRole.DecorationRole) is not None
    assert model.rowCount(model.index(0, 0)) == 0
    assert not model.insertRows(0, 1, model.index(0, 0))
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_nested_part_rows_follow_set_object(qapp: object) -> None:
    doc = PlanDocument.from_plan(_plan())
    model = pm.base_share_model(doc)
    assert model.insertRows(2, 1)
    assert len(doc.plan.path.base_shares) == 3
    model.remove_rows([0, 1])
    assert [b.year for b in doc.plan.path.base_shares] == [0]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert [b.label for b in doc.plan.path.base_shares] == ["Lee", "Ng"]
    assert model.rowCount() == 2
