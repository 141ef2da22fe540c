"""Any file from anyone: random plans, random JSON and random bytes through the commands.

Property (hypothesis): `convert`, `targets`, `check` and `export` exit 0, 1 or 2 and nothing
else; exit 2 comes with exactly one line on stderr, no traceback and no Python exception
name; the input file is unchanged; and each command finishes: a timer fails a command that
spends more than 10 seconds of the processor's time (the bound the issue sets), so a hang fails
the test instead of the suite. The bound counts this process's processor time, not the clock, so
a machine busy with other work does not fail a command that is merely waiting its turn; a clock
alarm at 60 seconds catches a command stuck without using the processor.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import signal
import tempfile
import typing
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from winbook.cli import UNEXPECTED, main
from winbook.domain.model import Plan
from winbook.paths import samples_dir
from winbook.store.document import PlanFile
from winbook.store.schema import OBJECT_PARTS

SECONDS = 10  # of processor time
WALL_SECONDS = 60
EXCEPTION_NAME = re.compile(r"\b[A-Z]\w*(Error|Exception|File)\b|Traceback")

_HINTS = {part: typing.get_type_hints(type(getattr(Plan(), part))) for part in OBJECT_PARTS}
_PAIRS = [(part, name) for part, hints in _HINTS.items() for name in hints]
#: Stands for a 5,000-digit number in the JSON text (Python's writer cannot make one).
HUGE = "HUGE-NUMBER"

_text = st.text(st.characters(categories=["L", "N", "P", "Zs", "Cs"]), max_size=12)
_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | _text
    | st.dates().map(lambda d: d.isoformat())
    | st.sampled_from(["plurality", "county_clerk", "general", "2026-03", "1e999", "-5", HUGE])
)
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


def _typed(hint: Any) -> st.SearchStrategy[Any]:
    """Values of roughly the right type for a field (so they get past the first checks)."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    base = args[0] if args else hint
    if base is str:
        return _text
    if base is int:
        return st.integers(-(10**16), 10**16) | st.just(HUGE)
    if base is date:
        return st.dates().map(lambda d: d.isoformat())
    if base is float:
        return st.floats(-1e16, 1e16)
    if base is Decimal:
        return st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str)
    return _values


def _sample_body() -> dict[str, Any]:
    data = json.loads((samples_dir() / "school-board.json").read_text(encoding="utf-8"))
    body: dict[str, Any] = data["plan"]
    return body


@st.composite
def plan_bodies(draw: st.DrawFn) -> dict[str, Any]:
    """A real sample plan with a few fields changed to random values."""
    body = _sample_body()
    for part, name in draw(st.lists(st.sampled_from(_PAIRS), max_size=4)):
        hint = _HINTS[part][name]
        body.setdefault(part, {})[name] = draw(_typed(hint) | _values)
    return body


class OverranError(BaseException):
    """A command ran past the time bound (a BaseException, so that the command's own catch-all
    for unexpected errors does not turn it into "an unexpected problem")."""


@contextlib.contextmanager
def _bounded(cpu_seconds: float = SECONDS, wall_seconds: int = WALL_SECONDS) -> Iterator[None]:
    def ring(signum: int, _frame: FrameType | None) -> None:
        what = f"{cpu_seconds:g} seconds of processor time"
        if signum == signal.SIGALRM:
            what = f"{wall_seconds} seconds"
        raise OverranError(f"a command ran longer than {what}")

    old_prof = signal.signal(signal.SIGPROF, ring)
    old_alarm = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_PROF, cpu_seconds)
    signal.alarm(wall_seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.alarm(0)
        signal.signal(signal.SIGPROF, old_prof)
        signal.signal(signal.SIGALRM, old_alarm)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(argv: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with _bounded(), contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, err.getvalue()


def _every_command(path: Path, out: Path) -> None:
    """Run each command on ``path`` and check the property."""
    before = _digest(path)
    commands = [
        ["convert", str(path), str(out / "c.winbook")],
        ["convert", str(path), str(out / "c.json")],
        ["targets", str(path), "--json"],
        ["check", str(path)],
        ["export", str(path), "--xlsx", str(out / "x.xlsx")],
    ]
    for argv in commands:
        code, err = _run(argv)
        assert code in (0, 1, 2), (argv, code)
        if code == 2:
            assert err.count("\n") == 1 and err.startswith("winbook: "), (argv, err)
        assert not EXCEPTION_NAME.search(err), (argv, err)
        assert err.strip() != UNEXPECTED, argv  # every problem with a file is foreseen
        assert _digest(path) == before, argv


_SETTINGS = settings(
    max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


@_SETTINGS
@given(body=plan_bodies(), as_winbook=st.booleans())
def test_random_plans(body: dict[str, Any], as_winbook: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        path = out / "in.json"
        text = json.dumps({"format": "winbook-plan", "version": 1, "plan": body})
        text = text.replace(f'"{HUGE}"', "9" * 5000)
        path.write_text(text, encoding="utf-8")  # lone surrogates travel as \\ud800 escapes
        if as_winbook:  # the same plan as a .winbook, when it is a plan at all
            code, _err = _run(["convert", str(path), str(out / "in.winbook")])
            if code == 0:
                path = out / "in.winbook"
        _every_command(path, out)


@_SETTINGS
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".json", ".winbook"]))
def test_random_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        path = out / f"in{suffix}"
        path.write_bytes(data)
        _every_command(path, out)


@_SETTINGS
@given(st.lists(st.tuples(st.integers(100, 40_000), st.integers(0, 255)), min_size=1, max_size=6))
@example(flips=[(3900, 128)])  # a schema name that is not UTF-8 (found by this test)
def test_damaged_winbook_files(flips: list[tuple[int, int]]) -> None:
    """A real plan file with random bytes changed after its header."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        path = out / "in.winbook"
        plan = Plan()
        plan.meta.title = "x" * 5000
        PlanFile.create(path, plan).close()
        data = bytearray(path.read_bytes())
        for offset, value in flips:
            data[offset % len(data)] = value
        path.write_bytes(bytes(data))
        _every_command(path, out)


def test_the_bound_is_real() -> None:
    """The bound itself works: a command that spins past it is stopped, and so is one that
    sleeps past the clock alarm."""
    import time

    start = time.process_time()
    with pytest.raises(OverranError, match="processor time"), _bounded(cpu_seconds=0.3):
        while time.process_time() - start < 5:
            pass
    assert time.process_time() - start < 2
    with pytest.raises(OverranError, match="longer than 1 seconds"), _bounded(wall_seconds=1):
        time.sleep(3)


def test_an_unforeseen_problem_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug still prints one line, not a traceback (WINBOOK_DEBUG=1 shows the traceback)."""
    import winbook.store.files

    def broken(*_args: object) -> None:
        raise KeyError("a bug")

    monkeypatch.delenv("WINBOOK_DEBUG", raising=False)
    monkeypatch.setattr(winbook.store.files, "convert", broken)
    assert _run(["convert", "a.json", "b.json"]) == (2, UNEXPECTED + "\n")
    monkeypatch.setenv("WINBOOK_DEBUG", "1")
    with pytest.raises(KeyError):
        _run(["convert", "a.json", "b.json"])
