"""Every step that prints "a × b = c" (or ÷, /) must reproduce c from the printed a and b.

A reviewer checks the packet with a pocket calculator: "42.7% × 40,409 ... rounded up" must give
the printed result, not one computed from an unprinted 42.697%. The checker below reads each
step's text, evaluates the printed operands exactly (percent signs divide by 100, "floor(" is a
floor) and compares with the printed result under the stated rounding: "rounded up" is a
ceiling, "rounded down" a floor, otherwise the result must equal the exact value rounded to the
digits it shows (half a unit of its last digit).
"""

from __future__ import annotations

import json
import math
import re
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

from tests.plans import build_plan, build_rich_plan, hand_plan, past_election
from winbook.domain.figures import Figures, compute_figures
from winbook.domain.model import CycleType, MultiSeatBasis, Plan, TurnoutMethod
from winbook.paths import samples_dir
from winbook.store.codec import from_json

NUMBER = re.compile(r"\$?\d[\d,]*(?:\.\d+)?%?")
RESULT = re.compile(r"\s*(−|-)?(\$?\d[\d,]*(?:\.\d+)?)(%?)")


def _value(token: str) -> Fraction:
    pct = token.endswith("%")
    value = Fraction(token.strip("$%").replace(",", ""))
    return value / 100 if pct else value


def _evaluate(expr: str) -> Fraction | None:
    """The exact value of a printed expression, or None when it is not plain arithmetic."""
    out: list[str] = []
    pos = 0
    for m in NUMBER.finditer(expr):
        out.append(expr[pos : m.start()])
        v = _value(m.group())
        out.append(f"(Q({v.numerator}) / Q({v.denominator}))")
        pos = m.end()
    out.append(expr[pos:])
    code = "".join(out).replace("×", "*").replace("÷", "/").replace("−", "-")
    code = re.sub(r"\bfloor\(", "FLOOR(", code)
    code = re.sub(r"\b(?!Q\b|FLOOR\b)[A-Za-z'][A-Za-z'-]*", " ", code)
    code = code.replace(",", " ")
    if not re.fullmatch(r"[\sA-Za-z0-9()*/+\-.,]*", code):
        return None
    try:
        value = eval(code, {"__builtins__": {}}, {"Q": Fraction, "FLOOR": math.floor})
    except (SyntaxError, TypeError, ZeroDivisionError):
        return None
    return Fraction(value)


def products(text: str) -> list[tuple[str, Fraction, Fraction, str]]:
    """(expression, exact value, printed result, rounding) for each "… × … = c" in a step."""
    found = []
    for m in re.finditer(r" = ", text):
        left = text[: m.start()]
        left = re.split(r"[:;]\s", left)[-1]
        if not re.search(r"[×÷/]", left):
            continue
        r = RESULT.match(text, m.end())
        if r is None:
            continue
        printed = _value(r.group(2) + r.group(3)) * (-1 if r.group(1) else 1)
        rest = text[m.end() : m.end() + 60]
        rounding = (
            "up"
            if "rounded up" in left + rest.split(";")[0]
            else "down"
            if "rounded down" in left + rest.split(";")[0]
            else "near"
        )
        expr = left.replace(", rounded up", "").replace(", rounded down", "")
        value = _evaluate(expr)
        if value is None:
            continue
        digits = len(r.group(2).split(".")[1]) if "." in r.group(2) else 0
        unit = Fraction(1, 10**digits) / (100 if r.group(3) else 1)
        found.append((expr.strip(), value, printed, f"{rounding}:{unit}"))
    return found


def _holds(value: Fraction, printed: Fraction, rounding: str) -> bool:
    how, unit = rounding.split(":")
    step = Fraction(unit)
    if how == "up":
        return printed == math.ceil(value / step) * step
    if how == "down":
        return printed == math.floor(value / step) * step
    return abs(value - printed) <= step / 2


def all_steps(f: Figures) -> list[str]:
    steps = (
        f.turnout.steps
        + f.turnout.range_steps
        + f.win.steps
        + f.path.steps
        + f.budget.steps
        + f.fundraising.steps
    )
    return [s.text for s in steps]


def test_the_checker_catches_the_reviewers_examples() -> None:
    # 42.7% × 40,409 = 17,254.643, rounded up = 17,255 (17,254 is wrong)
    bad = "Average last winner's share 42.7% × 40,409 projected ballots, rounded up = 17,254 votes."
    ((_, value, printed, rounding),) = products(bad)
    assert not _holds(value, printed, rounding)
    good = bad.replace("17,254", "17,255")
    ((_, value, printed, rounding),) = products(good)
    assert _holds(value, printed, rounding)
    # 30.53% × 10,989 = 3,354.94, rounded down = 3,354 (3,355 is wrong)
    ((_, value, printed, rounding),) = products(
        "Base: 30.53% × 10,989 = 3,355 votes (rounded down)."
    )
    assert not _holds(value, printed, rounding)
    # 0.7113 × 174,500 = 124,121.85 -> 124,121.9 at one decimal (124,127.7 is wrong)
    text = "Average rate 71.13% × 174,500 registered now = 124,127.7 ballots."
    ((_, value, printed, rounding),) = products(text)
    assert value == Fraction(12412185, 100) and not _holds(value, printed, rounding)
    # floor(40,409 × 3 / 4) + 1 = floor(30,306.75) + 1 = 30,307
    ((_, value, printed, rounding),) = products("Bound: floor(40,409 × 3 / 4) + 1 = 30,307 votes.")
    assert value == 30307 and _holds(value, printed, rounding)


def _samples() -> list[tuple[str, Plan]]:
    out = []
    for path in sorted(Path(samples_dir()).glob("*.json")):
        out.append(
            (path.stem, from_json(Plan, json.loads(path.read_text(encoding="utf-8"))["plan"]))
        )
    return out


def _generated() -> list[tuple[str, Plan]]:
    hist = [
        past_election(2025, 41_203, ballots_cast=37_911, last_winner_votes=15_877, seats=3),
        past_election(2023, 38_977, ballots_cast=35_113, last_winner_votes=14_011, seats=3),
        past_election(2021, 40_555, ballots_cast=38_321, last_winner_votes=16_444, seats=3),
    ]
    rate_hist = [
        past_election(2024, 9_377, ballots_cast=30_911, registered=45_007),
        past_election(2020, 9_001, ballots_cast=29_333, registered=44_103),
        past_election(2016, 8_777, ballots_cast=27_777, registered=43_219),
    ]
    return [
        ("rich", build_rich_plan()),
        ("hand", hand_plan()),
        (
            "vote-for-3 with roll-off and an adjustment",
            build_plan(seats=3, candidates=7, history=hist, roll_off=4.37, adjustment=3.3),
        ),
        (
            "vote-for-3 from the first loser",
            build_plan(
                seats=3, candidates=7, history=hist, basis=MultiSeatBasis.FIRST_LOSER, margin=7
            ),
        ),
        (
            "turnout rate with roll-off",
            build_plan(
                history=rate_hist,
                method=TurnoutMethod.TURNOUT_RATE,
                cycle=CycleType.PRESIDENTIAL,
                registered=46_321,
                roll_off=6.25,
                base_pct=41.3,
                election=date(2028, 11, 7),
            ),
        ),
    ]


PLANS = _samples() + _generated()


@pytest.mark.parametrize(("name", "plan"), PLANS, ids=[n for n, _ in PLANS])
def test_every_printed_product_reproduces_its_printed_result(name: str, plan: Plan) -> None:
    checked = 0
    for text in all_steps(compute_figures(plan)):
        for expr, value, printed, rounding in products(text):
            checked += 1
            assert _holds(value, printed, rounding), f"{name}: {expr} = {printed} in: {text}"
    assert checked > 0
