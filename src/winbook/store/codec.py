"""Plan dataclasses to and from JSON-ready values, driven by their type hints.

Used by the `.winbook` file (one JSON value per stored part or row) and by the JSON interchange
form. Unknown keys are ignored and missing keys take their defaults, so older and newer files of
the same format version read without loss of what this version knows.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import types
import typing
from contextvars import ContextVar
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache

# Any: the codec walks type hints and parsed JSON, both Any by nature
from typing import Any, TypeVar

from winbook.errors import PlanFileError, WinbookError
from winbook.jsonvalue import JSONValue

T = TypeVar("T")

#: Amounts and numbers must stay below this in size: larger ones (and NaN or infinity, which
#: Python's JSON reader accepts) are nonsense in a campaign plan and would overflow the
#: calculators' exact arithmetic.
NUMBER_LIMIT = 10**15
_RANGE = f"between -{NUMBER_LIMIT - 1:,} and {NUMBER_LIMIT - 1:,}"

#: What replaces a lone surrogate (text that is not valid Unicode): U+FFFD, shown as "�".
REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")

#: The fields whose text had to be repaired while the current value was read (see `repairs`).
_repaired: ContextVar[list[str] | None] = ContextVar("_repaired", default=None)


def valid_text(text: str) -> tuple[str, int]:
    """``text`` as valid Unicode, and how many lone surrogates were replaced by U+FFFD.

    A surrogate pair split over two code points is joined into its character.
    """
    if _SURROGATE.search(text) is None:
        return text, 0
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return joined, joined.count(REPLACEMENT) - text.count(REPLACEMENT)


def repaired_sentence(count: int) -> str:
    """The sentence telling the user that ``count`` characters were replaced."""
    what = "character that is" if count == 1 else "characters that are"
    return (
        f"{count:,} {what} not valid Unicode (left by a damaged paste or file) "
        f"{'was' if count == 1 else 'were'} replaced with {REPLACEMENT}; check the text and retype "
        "what is missing."
    )


def repaired_fields_sentence(fields: list[str]) -> str:
    """One sentence naming the fields whose text was repaired while reading ("" for none)."""
    if not fields:
        return ""
    shown = ", ".join(fields[:3]) + (f" and {len(fields) - 3:,} more" if len(fields) > 3 else "")
    which = f"the field {shown}" if len(fields) == 1 else f"{len(fields):,} fields ({shown})"
    return (
        f"Text in {which} was not valid Unicode; the bad characters were replaced with "
        f"{REPLACEMENT}, so check that text."
    )


class RepairLog:
    """Collects the fields whose text was repaired while reading: ``with RepairLog() as log``."""

    def __init__(self) -> None:
        self.fields: list[str] = []
        self._token: Any = None

    def __enter__(self) -> RepairLog:
        self._token = _repaired.set(self.fields)
        return self

    def __exit__(self, *exc: object) -> None:
        _repaired.reset(self._token)


def to_json(value: Any) -> JSONValue:
    """A dataclass (or list / dict / scalar of the plan) as plain JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def parse_json(text: str, source: str, error: type[WinbookError] = PlanFileError) -> JSONValue:
    """``json.loads(text)`` with every failure as one sentence about ``source``.

    Catches what Python's reader raises beyond bad syntax: a number of more than 4,300 digits
    (ValueError) and nesting deep enough to exhaust the stack (RecursionError).
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(
            f"{source} is not valid JSON ({exc.msg}, line {exc.lineno}, column {exc.colno})."
        ) from exc
    except RecursionError as exc:
        raise error(f"{source} is nested too deeply to be a Winbook plan.") from exc
    except ValueError as exc:  # int() of a number with too many digits
        raise error(
            f"{source} holds a number of more than 4,300 digits, far beyond any plan value."
        ) from exc


def from_json(cls: type[T], data: JSONValue, where: str = "plan") -> T:
    """Build ``cls`` from JSON values; raises PlanFileError naming the bad field."""
    return typing.cast(T, _convert(cls, data, where))


def _convert(tp: Any, data: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if data is None:
            return None
        return _convert(args[0], data, where)
    if origin is list:
        (item,) = typing.get_args(tp)
        if not isinstance(data, list):
            raise _bad(where, "a list")
        return [_convert(item, v, f"{where}[{i}]") for i, v in enumerate(data)]
    if origin is dict:
        _k, val = typing.get_args(tp)
        if not isinstance(data, dict):
            raise _bad(where, "an object")
        return {str(k): _convert(val, v, f"{where}.{k}") for k, v in data.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass(tp, data, where)
    return _scalar(tp, data, where)


def _dataclass(tp: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise _bad(where, "an object")
    hints = _hints(tp)
    kwargs = {
        f.name: _convert(hints[f.name], data[f.name], f"{where}.{f.name}")
        for f in dataclasses.fields(tp)
        if f.name in data
    }
    return tp(**kwargs)


def _scalar(tp: Any, data: Any, where: str) -> Any:
    try:
        if isinstance(tp, type) and issubclass(tp, Enum):
            return tp(data)
        if tp is Decimal:
            if isinstance(data, bool) or not isinstance(data, (str, int, float)):
                raise _bad(where, "an amount")
            value = Decimal(str(data))
            if not value.is_finite() or abs(value) >= NUMBER_LIMIT:
                raise _bad(where, f"an amount {_RANGE}")
            return value
        if tp is datetime:
            return datetime.fromisoformat(data)
        if tp is date:
            return date.fromisoformat(data)
        if tp is bool:
            if not isinstance(data, bool):
                raise _bad(where, "true or false")
            return data
        if tp is int:
            if isinstance(data, bool) or not isinstance(data, int):
                raise _bad(where, "a whole number")
            if abs(data) >= NUMBER_LIMIT:
                raise _bad(where, f"a whole number {_RANGE}")
            return data
        if tp is float:
            if isinstance(data, bool) or not isinstance(data, (int, float)):
                raise _bad(where, "a number")
            if not math.isfinite(data) or abs(data) >= NUMBER_LIMIT:
                raise _bad(where, f"a number {_RANGE}")
            return float(data)
        if tp is str:
            if not isinstance(data, str):
                raise _bad(where, "text")
            return _checked_text(data, where)
    except (ValueError, TypeError, InvalidOperation) as exc:
        raise _bad(where, _expected(tp)) from exc
    return data


def _expected(tp: Any) -> str:
    """What a value of type ``tp`` looks like, in words (never a Python type name)."""
    if isinstance(tp, type) and issubclass(tp, Enum):
        values = [str(m.value) for m in tp]
        return "one of " + ", ".join(values[:-1]) + f" or {values[-1]}"
    if tp is datetime:
        return "a date and time such as 2026-11-03T19:30:00"
    if tp is date:
        return "a date such as 2026-11-03"
    return "a valid value"


def _checked_text(data: str, where: str) -> str:
    text, count = valid_text(data)
    log = _repaired.get()
    if count and log is not None:
        log.append(where)
    return text


def _bad(where: str, expected: str) -> PlanFileError:
    return PlanFileError(f"The plan's field {where} should be {expected}.")
