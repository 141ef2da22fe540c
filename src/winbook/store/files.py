"""Plans as files, chosen by extension: `.winbook` (SQLite) or `.json` (interchange).

Used by the command line and the window's import / export actions. Every error is a
`PlanFileError` with one sentence; every write goes through a temporary file and `os.replace`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from winbook import atomic
from winbook.domain.model import Plan
from winbook.errors import PlanFileError
from winbook.inputfile import read_input
from winbook.paths import samples_dir
from winbook.store.codec import RepairLog
from winbook.store.document import read_plan_file, same_file, write_plan_file
from winbook.store.interchange import plan_from_json_text, plan_to_json_text

WINBOOK_SUFFIX = ".winbook"
JSON_SUFFIX = ".json"

Kind = Literal["winbook", "json"]


def plan_kind(path: Path) -> Kind:
    """Which form ``path`` names by its extension (case-insensitive)."""
    suffix = Path(path).suffix.lower()
    if suffix == WINBOOK_SUFFIX:
        return "winbook"
    if suffix == JSON_SUFFIX:
        return "json"
    raise PlanFileError(
        f"{path} is neither a .winbook nor a .json file; name plan files with one of those."
    )


def _read_json_plan(path: Path) -> Plan:
    if path.is_dir():
        raise PlanFileError(f"{path} is a folder, not a plan file.")
    raw = read_input(path, PlanFileError)  # a regular file below 500 MB: no pipe, no device
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PlanFileError(f"{path} is not a Winbook JSON plan (it is not UTF-8 text).") from exc
    return plan_from_json_text(text, source=str(path))


def load_plan(path: Path | str, salvage: bool = False) -> Plan:
    """Read a plan from a `.winbook` or `.json` file (the file is never changed).

    ``salvage`` reads a `.winbook` file past database objects Winbook did not write (views,
    triggers, extra tables: none of them runs), to make a clean copy of it.
    """
    source = Path(path)
    if plan_kind(source) == "winbook":
        return read_plan_file(source, salvage)
    return _read_json_plan(source)


def save_plan(plan: Plan, path: Path | str) -> None:
    """Write ``plan`` to a `.winbook` or `.json` file, atomically.

    A `.winbook` target is built as a fresh file beside it and moved into place; an existing
    file there that is not a Winbook plan is refused.
    """
    target = Path(path)
    if plan_kind(target) == "winbook":
        write_plan_file(target, plan)
    else:
        atomic.atomic_write_text(target, plan_to_json_text(plan), PlanFileError)


def convert(src: Path | str, dst: Path | str) -> list[str]:
    """Convert a plan between `.winbook` and `.json` (either direction, or a clean copy).

    The copy holds only the plan: a `.winbook` input's extra database objects are left out.
    Returns the fields whose text was not valid Unicode (written with U+FFFD in its place).
    """
    source, target = Path(src), Path(dst)
    plan_kind(source)
    plan_kind(target)
    if same_file(source, target):
        raise PlanFileError(
            f"The input and the output are the same file ({source}); choose another output name."
        )
    with RepairLog() as log:
        plan = load_plan(source, salvage=True)
    save_plan(plan, target)
    return log.fields


# --------------------------------------------------------------------------- samples


def _sample_sources() -> list[Path]:
    folder = samples_dir()
    return sorted(folder.glob(f"*{JSON_SUFFIX}")) if folder.is_dir() else []


def sample_names() -> list[str]:
    """The bundled sample plans, by name (e.g. ``"school-board"``)."""
    return [p.stem for p in _sample_sources()]


def _make_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise PlanFileError(f"{folder} is a file, not a folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise atomic.os_error(folder, exc, "create the folder", PlanFileError) from exc


@dataclass(frozen=True)
class SampleFiles:
    """What `write_samples` did: the files it wrote and the existing ones it left alone."""

    written: list[Path]
    skipped: list[Path]


def write_samples(directory: Path | str) -> SampleFiles:
    """Write every bundled sample as ``<name>.winbook`` into ``directory`` (created if needed).

    A file that already exists there is never replaced (it may be an edited plan): it is skipped.
    """
    folder = Path(directory)
    sources = _sample_sources()
    if not sources:
        raise PlanFileError("This copy of Winbook has no sample plans bundled.")
    plans = [(src.stem, load_plan(src)) for src in sources]  # all readable before writing any
    _make_folder(folder)
    written: list[Path] = []
    skipped: list[Path] = []
    for name, plan in plans:
        target = folder / f"{name}{WINBOOK_SUFFIX}"
        if target.exists() or target.is_symlink():
            skipped.append(target)
            continue
        save_plan(plan, target)
        written.append(target)
    return SampleFiles(written, skipped)


def _free_name(folder: Path, name: str) -> Path:
    candidate = folder / f"{name}{WINBOOK_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{name}-{number}{WINBOOK_SUFFIX}"
        number += 1
    return candidate


def _sample_source(name: str) -> Path:
    by_name = {p.stem: p for p in _sample_sources()}
    key = Path(name).stem if Path(name).suffix.lower() in (JSON_SUFFIX, WINBOOK_SUFFIX) else name
    if key not in by_name:
        known = ", ".join(sorted(by_name)) or "none"
        raise PlanFileError(f"There is no sample plan named {name!r}; the samples are: {known}.")
    return by_name[key]


def copy_sample(name: str, dest_dir: Path | str) -> Path:
    """A fresh `.winbook` copy of the sample ``name`` in ``dest_dir``; never the bundled file.

    An existing file is never replaced: the copy gets the next free name (``name-2.winbook``).
    """
    source = _sample_source(name)
    plan = load_plan(source)
    folder = Path(dest_dir)
    _make_folder(folder)
    target = _free_name(folder, source.stem)
    save_plan(plan, target)
    return target


def sample_copies(name: str, folder: Path | str) -> list[Path]:
    """The copies `copy_sample` made of ``name`` in ``folder``, newest first."""
    stem = _sample_source(name).stem
    pattern = re.compile(rf"{re.escape(stem)}(-[0-9]+)?{re.escape(WINBOOK_SUFFIX)}")
    found = [p for p in Path(folder).glob(f"{stem}*{WINBOOK_SUFFIX}") if pattern.fullmatch(p.name)]
    return sorted(found, key=_mtime, reverse=True)


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:  # gone since it was listed
        return 0


def is_unchanged_sample(path: Path, name: str) -> bool:
    """True when ``path`` holds exactly the bundled sample ``name`` (nobody edited it)."""
    try:
        return load_plan(path) == load_plan(_sample_source(name))
    except PlanFileError:
        return False
