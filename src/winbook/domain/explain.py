"""Small shared pieces for calculators that show their work."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction


@dataclass(frozen=True)
class Step:
    """One line of shown math, with the key of the source it rests on (if any)."""

    text: str
    source: str = ""


def frac(x: float | int | Decimal | Fraction) -> Fraction:
    """An exact fraction of ``x``; floats are read as the decimal they print as (0.1 -> 1/10)."""
    if isinstance(x, float):
        return Fraction(Decimal(repr(x)))
    return Fraction(x)


def ceil_frac(x: Fraction) -> int:
    return math.ceil(x)


def floor_frac(x: Fraction) -> int:
    return math.floor(x)


def shown(x: Fraction, digits: int) -> Fraction:
    """``x`` rounded half away from zero to ``digits`` decimals: the figure a step prints and
    carries on.

    A step that prints "42.7% × 40,409" multiplies by the 42.7% it prints, so that the
    printed arithmetic reproduces the printed result by hand (the reviewer's check). Exact
    integer arithmetic: any size of figure rounds without a decimal context's limits.
    """
    scale = 10**digits
    scaled = abs(Fraction(x)) * scale
    whole = math.floor(scaled + Fraction(1, 2))
    return Fraction(whole if x >= 0 else -whole, scale)


def fmt_num(x: Fraction | int, digits: int = 1) -> str:
    """A figure with up to ``digits`` decimals, rounded half up, trailing zeros dropped."""
    value = shown(Fraction(x), digits)
    scale = 10**digits
    units = abs(value.numerator * (scale // value.denominator))
    whole, part = divmod(units, scale)
    sign = "-" if value < 0 else ""
    decimals = f"{part:0{digits}d}".rstrip("0") if digits else ""
    return f"{sign}{whole:,}" + (f".{decimals}" if decimals else "")


def fmt_int(n: int) -> str:
    return f"{n:,}"


def fmt_pct(x: Fraction | float, digits: int = 1) -> str:
    value = float(x)
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"
    return f"{text}%"


def fmt_signed_pct(x: float) -> str:
    """A change as shown in tables: +12.2%, −26.7% (a true minus), 0.0%."""
    text = f"{abs(x):.1f}%"
    return f"+{text}" if x > 0 else (f"−{text}" if x < 0 else text)


def fmt_money(x: Decimal | Fraction | float, cents: bool = False) -> str:
    value = Decimal(str(float(x))) if isinstance(x, Fraction) else Decimal(x)
    q = value.quantize(Decimal("0.01") if cents else Decimal(1))
    digits = 2 if cents else 0
    # an amount that rounds to zero prints as $0, never "$-0"; a loss reads "−$1,970" (a true
    # minus, as the packet prints it)
    return f"\u2212${-q:,.{digits}f}" if q < 0 else f"${abs(q):,.{digits}f}"


def fmt_money_alike(*values: Decimal) -> tuple[str, ...]:
    """Amounts read side by side, at one precision: whole dollars when every one is whole, else
    cents for all, so $1,499.60 counted against $1,500.00 needed never reads "$1,500 counted,
    $1,500 needed" beside a verdict of not passed."""
    cents = any(Decimal(v) != Decimal(v).to_integral_value() for v in values)
    return tuple(fmt_money(v, cents) for v in values)
