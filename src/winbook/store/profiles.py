"""Reading application profiles from ``resources/profiles`` (or any path).

`assess_plan` is the convenient readiness check for callers (command line, window, packet):
it loads the plan's own profile, falling back to the default one with a note.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from winbook.domain.figures import Figures
from winbook.domain.model import Plan
from winbook.domain.profile import Profile, ProfileError, parse_profile
from winbook.domain.readiness import Readiness, assess
from winbook.paths import profiles_dir

DEFAULT_PROFILE_ID = "default"


def read_profile(path: Path) -> Profile:
    """The profile in ``path``; ProfileError with one sentence when it cannot be used."""
    where = f"The profile {path.name}"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProfileError(f"{where} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{where} cannot be read ({exc}).") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProfileError(
            f"{where} is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from None
    return parse_profile(data, where)


@cache
def default_profile() -> Profile:
    return read_profile(profiles_dir() / f"{DEFAULT_PROFILE_ID}.json")


def available_profiles() -> list[str]:
    return sorted(p.stem for p in profiles_dir().glob("*.json"))


def load_profile(profile_id: str) -> tuple[Profile, str | None]:
    """The bundled profile ``profile_id``, or the default one and the reason it was not used."""
    if profile_id == DEFAULT_PROFILE_ID:
        return default_profile(), None
    try:
        return read_profile(profiles_dir() / f"{profile_id}.json"), None
    except ProfileError as exc:
        return default_profile(), f"{exc} Using the default profile instead."


def profile_for(plan: Plan) -> tuple[Profile, str | None]:
    """The profile ``plan`` was written for, or the default one and the reason it was not used."""
    return load_profile(plan.meta.profile_id or DEFAULT_PROFILE_ID)


def assess_plan(plan: Plan, figures: Figures | None = None) -> Readiness:
    """The readiness report of ``plan`` against its own profile (see `profile_for`)."""
    profile, note = profile_for(plan)
    return assess(plan, figures, profile, note)
