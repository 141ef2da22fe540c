"""Where bundled resources live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """The bundled ``resources`` folder (inside the package when installed)."""
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def samples_dir() -> Path:
    return resources_dir() / "samples"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def profiles_dir() -> Path:
    return resources_dir() / "profiles"
