"""Print typography for any text Winbook shows: the calculators write plain ASCII math and
ISO dates; what prints (the packet, the workbook) reads "×", "−", "94%", "Nov 3, 2026", and
never "(s)"."""

from __future__ import annotations

import re
from datetime import date

from winbook.domain.budget import month_key
from winbook.domain.path import fmt_day

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt_date(d: date | None) -> str:
    """The packet's one date style, ``date(2026, 11, 3)`` -> "Nov 3, 2026" (a dash when unset),
    kept on one line (no break inside a date)."""
    return fmt_day(d).replace(" ", "\u00a0")


def month_label(month: str) -> str:
    """``"2027-06"`` -> "Jun 2027" (on one line); anything that is not a valid month is shown
    as it is."""
    key = month_key(month)
    return f"{_MONTHS[key[1] - 1]}\u00a0{key[0]}" if key else month


_PLURAL = re.compile(r"\b(\d[\d,]*) (\w+)\(s\)")


def _iso_day(m: re.Match[str]) -> str:
    try:
        return fmt_date(date(int(m[1]), int(m[2]), int(m[3])))
    except ValueError:
        return m[0]


def typeset(text: str) -> str:
    """A calculator's shown math in print: × for times, − for minus, "94%", no "(s)"."""
    text = text.replace(" x ", " × ")
    text = re.sub(r"(?<=[\d)]) - (?=[\d($])", " − ", text)
    text = re.sub(r"(?<=\d) %", "%", text)
    text = re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b", _iso_day, text)
    text = re.sub(r"\b\d{4}-\d{2}\b(?!-)", lambda m: month_label(m[0]), text)
    text = re.sub(r"(?<![\w$])-\$", "−$", text)
    text = re.sub(r"(?<=\d)-(?=\d[\d.]*%)", "–", text)
    text = _PLURAL.sub(lambda m: f"{m[1]} {m[2]}{'' if m[1] == '1' else 's'}", text)
    return text.replace("(s)", "s")
