"""Dates the American way: what people type in, one style out.

`parse_date` reads ``11/3/2026``, ``11/03/26``, ``2026-11-03``, ``Nov 3 2026``,
``November 3, 2026`` (and ``3 Nov 2026``); `format_date` shows ``Nov 3, 2026`` everywhere.
Text that is not a date raises `DateTextError` with one sentence saying what to type instead;
nothing is ever rounded to a nearby date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from winbook.errors import DateTextError

MIN_YEAR = 1900
MAX_YEAR = 2100

MONTH_NAMES: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
EXAMPLE = "11/3/2026 or Nov 3, 2026"

_NUMERIC_US = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
_NAME_FIRST = re.compile(r"([a-z]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4}|\d{2})")
_DAY_FIRST = re.compile(r"(\d{1,2})\s*([a-z]+)\.?\s*,?\s*(\d{4})")


def format_date(day: dt.date | None, empty: str = "") -> str:
    """``date(2026, 11, 3)`` -> ``"Nov 3, 2026"`` (no locale involved); ``empty`` if unset."""
    if day is None:
        return empty
    return f"{MONTH_NAMES[day.month - 1][:3]} {day.day}, {day.year}"


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date ``text`` means, None for blank text; raises `DateTextError` otherwise."""
    s = " ".join(str(text).strip().casefold().split())
    if not s:
        return None
    parts = _split(s, today or dt.date.today())
    if parts is None:
        raise DateTextError(f"“{str(text).strip()}” is not a date; type it as {EXAMPLE}.")
    return _checked(*parts)


def _split(s: str, today: dt.date) -> tuple[int, int, int] | None:
    """(year, month, day) from one of the accepted shapes, or None."""
    if m := _ISO.fullmatch(s):
        return int(m[1]), int(m[2]), int(m[3])
    if m := _NUMERIC_US.fullmatch(s):
        return _year(m[3], today), int(m[1]), int(m[2])
    if (m := _NAME_FIRST.fullmatch(s)) and (month := _month(m[1])):
        return _year(m[3], today), month, int(m[2])
    if (m := _DAY_FIRST.fullmatch(s)) and (month := _month(m[2])):
        return int(m[3]), month, int(m[1])
    return None


def _month(word: str) -> int:
    """1-12 for a month name or its abbreviation ("nov", "sept"), 0 if it is not one."""
    if len(word) < 3:
        return 0
    for i, name in enumerate(MONTH_NAMES, start=1):
        if name.casefold().startswith(word):
            return i
    return 0


def _year(digits: str, today: dt.date) -> int:
    """A two-digit year is the nearest one that is not more than 20 years ahead of today."""
    if len(digits) == 4:
        return int(digits)
    century = today.year // 100 * 100
    year = century + int(digits)
    return year - 100 if year > today.year + 20 else year


def _checked(year: int, month: int, day: int) -> dt.date:
    check_year(year)
    if not 1 <= month <= 12:
        raise DateTextError(f"There is no month {month}; type the month first, as in {EXAMPLE}.")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise DateTextError(
            f"{MONTH_NAMES[month - 1]} {year} has no day {day} (it has {last} days); check the day."
        )
    return dt.date(year, month, day)


def check_year(year: int) -> None:
    """Raise `DateTextError` for a year outside 1900-2100."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateTextError(
            f"{year} is not a year a plan can hold; type a year from {MIN_YEAR} to {MAX_YEAR}."
        )


def format_month(month: str) -> str:
    """A budget month key in words: ``"2028-05"`` -> "May 2028" (the US style, never
    "2028-05"); text that is not a ``YYYY-MM`` month is shown as it is."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})(?:-\d{1,2})?\s*", month or "")
    if match is None or not 1 <= int(match[2]) <= 12:
        return month
    return f"{MONTH_NAMES[int(match[2]) - 1][:3]} {match[1]}"


_MONTH_ISO = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})")
_MONTH_US = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{4})")
_MONTH_WORDS = re.compile(r"([a-z]+)\.?,?\s*(\d{4})")


def parse_month(text: str) -> str | None:
    """A budget month as typed, in its stored ``"YYYY-MM"`` form: "2028-01", "Jan 2028",
    "January 2028", "jan. 2028", "1/2028" and "01/2028" all give "2028-01". None when ``text``
    is not a month (or names no month 1-12)."""
    s = " ".join(text.strip().lower().split())
    if m := _MONTH_ISO.fullmatch(s):
        year, month = int(m[1]), int(m[2])
    elif m := _MONTH_US.fullmatch(s):
        year, month = int(m[2]), int(m[1])
    elif (m := _MONTH_WORDS.fullmatch(s)) and (named := _month(m[1])):
        year, month = int(m[2]), named
    else:
        return None
    if not 1 <= month <= 12 or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return f"{year:04d}-{month:02d}"
