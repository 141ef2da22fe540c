"""Plans for the store tests as fixtures (the builders live in tests/plans.py)."""

from __future__ import annotations

import typing
from typing import Any

import pytest

from tests.plans import every_field_plan, fields_left_at_default, hand_plan
from winbook.domain.model import Plan


@pytest.fixture
def full_plan() -> Plan:
    return hand_plan()


@pytest.fixture
def dense_plan() -> Plan:
    return every_field_plan()


@pytest.fixture
def left_at_default() -> typing.Callable[[Any], list[str]]:
    return fields_left_at_default
