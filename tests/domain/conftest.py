"""Plan builders for the calculator tests as fixtures (the builders live in tests/plans.py)."""

from __future__ import annotations

import pytest

from tests.plans import MakePlan, Past, build_plan, past_election


@pytest.fixture
def make_plan() -> MakePlan:
    return build_plan


@pytest.fixture
def past() -> Past:
    return past_election
