"""Typed dates: every form an American writes, one style shown, clear refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from winbook.domain.dates import format_date, parse_date
from winbook.errors import DateTextError

TODAY = dt.date(2026, 12, 1)
ELECTION = dt.date(2026, 11, 3)


@pytest.mark.parametrize(
    "text",
    [
        "11/3/2026",
        "11/03/26",
        "2026-11-03",
        "Nov 3 2026",
        "November 3, 2026",
        "nov. 3, 2026",
        "3 Nov 2026",
        " 11-3-2026 ",
        "Nov 3, 2026",
    ],
)
def test_every_american_form_reads_as_nov_3_2026(text: str) -> None:
    assert parse_date(text, TODAY) == ELECTION


def test_two_digit_years_pick_the_nearest_century() -> None:
    # today is 2026: "46" is 20 years ahead at most -> 2046; "90" is a birth year -> 1990
    assert parse_date("3/14/46", TODAY) == dt.date(2046, 3, 14)
    assert parse_date("3/14/90", TODAY) == dt.date(1990, 3, 14)


def test_blank_is_no_date() -> None:
    assert parse_date("   ", TODAY) is None


def test_shown_as_one_style() -> None:
    assert format_date(ELECTION) == "Nov 3, 2026"
    assert format_date(dt.date(2027, 9, 30)) == "Sep 30, 2027"
    assert format_date(None) == ""


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2/30/2026", "February 2026 has no day 30 (it has 28 days); check the day."),
        ("2/29/2027", "February 2027 has no day 29"),
        ("13/1/2026", "There is no month 13"),
        ("11/3/3025", "3025 is not a year a plan can hold; type a year from 1900 to 2100."),
        ("1/1/1899", "1899 is not a year"),
        ("next tuesday", "“next tuesday” is not a date; type it as 11/3/2026 or Nov 3, 2026."),
        ("Not set3/14/1990", "is not a date"),
    ],
)
def test_impossible_dates_are_refused_with_a_sentence(text: str, words: str) -> None:
    with pytest.raises(DateTextError) as info:
        parse_date(text, TODAY)
    assert words in str(info.value)
    assert str(info.value).endswith(".")


def test_leap_day_is_a_date() -> None:
    assert parse_date("2/29/2028", TODAY) == dt.date(2028, 2, 29)
