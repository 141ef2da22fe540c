"""File helpers shared by the test areas (``from tests.files import sha256``)."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256(path: Path) -> str:
    """The hex SHA-256 of the file's bytes: compare before and after to prove it untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
