"""Shared input widgets: what people type is understood, units are shown, defaults reset."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from winbook.ui.widgets.dates import DateEdit
from winbook.ui.widgets.numeric import (
    IntEdit,
    MoneyEdit,
    PercentEdit,
    parse_decimal,
    parse_int,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$1,200", Decimal(1200)),
        ("1,200.50", Decimal("1200.50")),
        ("-$50", Decimal(-50)),
        ("($50)", Decimal(-50)),
        ("12%", Decimal(12)),
        (" 1 234 ", Decimal(1234)),
        ("", None),
    ],
)
def test_parse_decimal(text: str, value: Decimal | None) -> None:
    assert parse_decimal(text) == value


@pytest.mark.parametrize("text", ["abc", "1.2.3", "12,5x", "."])
def test_parse_rejects_words(text: str) -> None:
    with pytest.raises(ValueError, match=r".*"):
        parse_decimal(text)


def test_parse_int() -> None:
    assert parse_int("1,234") == 1234
    assert parse_int("1234.0") == 1234
    with pytest.raises(ValueError, match=r".*"):
        parse_int("12.5")


def test_units_are_shown(qtbot: QtBot) -> None:
    money, pct, count = MoneyEdit(), PercentEdit(), IntEdit()
    for w in (money, pct, count):
        qtbot.addWidget(w)
    money.setValue(Decimal(1234))
    pct.setValue(12.5)
    count.setValue(41207)
    assert (money.text(), pct.text(), count.text()) == ("$1,234", "12.5%", "41,207")
    money.setValue(Decimal("-20.5"))
    assert money.text() == "-$20.50"


def test_typing_emits_values_and_bad_text_is_flagged(qtbot: QtBot) -> None:
    money = MoneyEdit()
    qtbot.addWidget(money)
    got: list[object] = []
    money.valueEdited.connect(got.append)
    QTest.keyClicks(money, "$1,2")
    assert got[-1] == Decimal(12)
    QTest.keyClicks(money, "00")
    assert got[-1] == Decimal(1200)
    n = len(got)
    QTest.keyClicks(money, "x")
    assert len(got) == n  # not a number: nothing committed
    assert not money.is_text_valid()


def test_reset_to_default(qtbot: QtBot) -> None:
    pct = PercentEdit()
    qtbot.addWidget(pct)
    pct.setDefault(5.0)
    pct.setValue(9.0)
    got: list[object] = []
    pct.valueEdited.connect(got.append)
    pct.resetToDefault()
    assert got == [5.0] and pct.text() == "5%"


def test_date_edit_shows_one_style_and_an_empty_state(qtbot: QtBot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None and edit.text() == ""
    today = dt.date.today()  # no plan: the example is today, never a fixed date of one cycle
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    assert edit.placeholderText() == f"e.g. {months[today.month - 1]} {today.day}, {today.year}"
    edit.setCalendarFallback(lambda: dt.date(2028, 11, 7))  # the plan's election day
    assert edit.placeholderText() == "e.g. Nov 7, 2028"
    edit.setValue(dt.date(2027, 11, 2))
    assert edit.text() == "Nov 2, 2027"
    got: list[object] = []
    edit.valueEdited.connect(got.append)
    edit.clear_date()
    assert got == [None] and edit.value() is None
