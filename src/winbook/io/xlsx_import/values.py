"""Reading one cell: amounts in US or European style, months and dates, categories and sources."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from winbook.domain.budget import month_key
from winbook.domain.model import EXPENSE_LABELS, INCOME_LABELS, ExpenseCategory, IncomeSource
from winbook.io.xlsx_import.model import CellValue, _filled


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z$€£]+", " ", text.lower()).split())


def number_style(values: Iterable[CellValue]) -> str:
    """ "eu" when the column's text numbers use a decimal comma, else "us"."""
    for v in values:
        if isinstance(v, str) and (
            re.search(r"\d,\d{1,2}\)?\s*\D*$", v.strip()) or re.search(r"\.\d{3},", v)
        ):
            return "eu"
    return "us"


_CURRENCY = re.compile(r"(?i)usd|eur|gbp|cad|aud|us\$|[$€£¥\s\u00a0\u202f']")


def parse_amount(value: CellValue, style: str = "us") -> Decimal | None:
    """An amount of money from a cell, or None when it is not one."""
    if value is None or isinstance(value, (bool, datetime, date)):
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        d = Decimal(repr(value))
        return d if d.is_finite() else None
    return _parse_amount_text(str(value), style)


def _parse_amount_text(text: str, style: str) -> Decimal | None:
    s = text.strip()
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    s = _CURRENCY.sub("", s)
    if s.startswith("-") or s.endswith("-"):
        negative, s = not negative, s.strip("-")
    s = s.lstrip("+")
    plain = _separators(s, style)
    if plain is None or not re.fullmatch(r"\d+(\.\d+)?|\.\d+", plain):
        return None
    try:
        amount = Decimal(plain)
    except InvalidOperation:
        return None
    return -amount if negative else amount


def _separators(s: str, style: str) -> str | None:
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        thousands = "." if dec == "," else ","
        return s.replace(thousands, "").replace(dec, ".")
    if style == "eu":
        s = s.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) else s
        return s.replace(",", ".") if s.count(",") <= 1 and "." not in s else None
    if "," in s:
        return s.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", s) else None
    return s


_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}


def parse_month(value: CellValue) -> str | None:
    """A month as "YYYY-MM" from a date cell, an Excel serial or text; None if not one."""
    if isinstance(value, (datetime, date)):
        return _ym(value.year, value.month)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # an Excel date serial (1954-2119)
            d = date(1899, 12, 30) + timedelta(days=int(value))
            return _ym(d.year, d.month)
        return None
    if isinstance(value, str):
        return _month_text(value.strip())
    return None


def _ym(year: int, month: int) -> str | None:
    text = f"{year:04d}-{month:02d}"
    return text if month_key(text) is not None else None


def _year(y: str) -> int:
    return int(y) + 2000 if len(y) == 2 else int(y)


def _month_text(s: str) -> str | None:
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ].*)?", s)
    if m:
        return _ym(int(m[1]), int(m[2]))
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{4})", s)
    if m:
        return _ym(int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:[T ].*)?", s)
    if m:
        a, b = int(m[1]), int(m[3])
        day_first = a > 12 or (m[2] == "." and b <= 12)
        return _ym(_year(m[4]), b if day_first else a)
    m = re.fullmatch(r"([A-Za-z]+)\.?[\s,/-]*'?(\d{4}|\d{2})", s)
    if m and m[1].lower() in _MONTHS:
        return _ym(_year(m[2]), _MONTHS[m[1].lower()])
    m = re.fullmatch(r"(\d{4})[\s,/-]*([A-Za-z]+)\.?", s)
    if m and m[2].lower() in _MONTHS:
        return _ym(int(m[1]), _MONTHS[m[2].lower()])
    return None


_CATEGORY_WORDS: tuple[tuple[ExpenseCategory, tuple[str, ...]], ...] = (
    (ExpenseCategory.FUNDRAISING, ("fundrais",)),
    (ExpenseCategory.CONTINGENCY, ("contingen", "reserve", "emergency")),
    (ExpenseCategory.GIVEAWAYS, ("giveaway", "swag", "button", "shirt", "sticker")),
    (ExpenseCategory.MAIL, ("mail", "postcard", "postage")),
    (
        ExpenseCategory.LITERATURE,
        ("literature", "lit", "canvass", "door hanger", "palm card", "flyer", "yard sign", "signs"),
    ),
    (ExpenseCategory.PHONES_TEXTS, ("phone", "text", "texts", "sms", "robocall", "dialer")),
    (
        ExpenseCategory.DIGITAL,
        ("digital", "online", "facebook", "google", "social", "web", "internet"),
    ),
    (
        ExpenseCategory.MEDIA,
        ("radio", "tv", "television", "newspaper", "print ad", "media", "billboard"),
    ),
    (ExpenseCategory.STAFF, ("staff", "consult", "salary", "payroll", "manager")),
    (
        ExpenseCategory.ADMIN,
        (
            "admin",
            "compliance",
            "legal",
            "accounting",
            "bank",
            "fee",
            "fees",
            "office",
            "software",
            "filing",
        ),
    ),
    (ExpenseCategory.EVENTS, ("event", "events", "venue", "catering")),
    (ExpenseCategory.OTHER, ("other", "misc", "miscellaneous")),
)


_CATEGORY_EXACT: dict[str, ExpenseCategory] = {
    **{c.value: c for c in ExpenseCategory},
    **{_norm(label): c for c, label in EXPENSE_LABELS.items()},
}


def parse_category(value: CellValue) -> ExpenseCategory | None:
    """A Winbook category from a cell ("Mail", "Voter contact: mail", "yard signs"); or None."""
    if not _filled(value):
        return None
    text = _norm(str(value))
    if text in _CATEGORY_EXACT:
        return _CATEGORY_EXACT[text]
    if text.replace(" ", "_") in _CATEGORY_EXACT:
        return _CATEGORY_EXACT[text.replace(" ", "_")]
    for cat, words in _CATEGORY_WORDS:
        if any(re.search(rf"\b{re.escape(w)}", text) for w in words):
            return cat
    return None


_SOURCE_EXACT: dict[str, IncomeSource] = {
    **{s.value: s for s in IncomeSource},
    **{_norm(label): s for s, label in INCOME_LABELS.items()},
}


def _yes(value: CellValue) -> bool:
    if isinstance(value, bool):
        return value
    return _norm(str(value or "")) in {"yes", "y", "true", "1", "x", "in kind", "donated"}
