"""Files and file helpers shared by the test areas (``from tests.files import sha256``)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest


def sha256(path: Path) -> str:
    """The hex SHA-256 of the file's bytes: compare before and after to prove it untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


#: Real data kept inside the repository (provenance in tests/data/README.md).
DATA = Path(__file__).resolve().parent / "data"

#: Real precinct results, Cherokee County GA, 2022 general (OpenElections layout).
CHEROKEE = DATA / "20221108__ga__general__cherokee__precinct.csv"

#: Four real North Carolina contests over seven odd-year cycles (see nc-series/README.md).
NC_SERIES = DATA / "nc-series"

#: The header row of an OpenElections precinct results file.
RESULTS_HEADER = "county,precinct,office,district,party,candidate,votes\n"


def need(program: str, package: str) -> str:
    """The path of ``program``, which the README's test command installs (Debian ``package``):
    a missing one fails the test with the command that installs it, never skips it."""
    found = shutil.which(program)
    if found is None:
        pytest.fail(f"{program} is missing: apt-get install {package} (tools/dev.sh test does)")
    return found
