"""The JSON interchange form: the envelope, round trips and its errors."""

from __future__ import annotations

import copy
import json

import pytest

from winbook.domain.model import Plan
from winbook.errors import PlanFileError
from winbook.store.interchange import plan_from_json_text, plan_to_json_text


@pytest.mark.parametrize("which", ["full_plan", "dense_plan"])
def test_round_trip(which: str, request: pytest.FixtureRequest) -> None:
    plan: Plan = request.getfixturevalue(which)
    original = copy.deepcopy(plan)
    text = plan_to_json_text(plan)
    assert plan_from_json_text(text) == original
    assert plan_to_json_text(plan_from_json_text(text)) == text  # stable


def test_envelope_and_values(full_plan: Plan) -> None:
    text = plan_to_json_text(full_plan)
    assert text.endswith("}\n")
    assert "Nguyễn Thị Đặng" in text  # written as UTF-8, not \\u escapes
    data = json.loads(text)
    assert set(data) == {"format", "version", "plan"}
    assert data["format"] == "winbook-plan" and data["version"] == 1
    body = data["plan"]
    assert body["expenses"][0] == {
        "category": "mail",
        "description": "Postcards ✉",
        "month": "2025-10",
        "amount": "1234.50",
        "in_kind": False,
    }
    assert body["race"]["election_date"] == "2025-11-04"
    assert body["sessions"][0]["when"] == "2025-02-02T10:00:00-05:00"
    assert body["candidate"]["birth_date"] == "1993-07-14"


def test_minimal_file_reads_with_defaults() -> None:
    plan = plan_from_json_text('{"format": "winbook-plan", "version": 1, "plan": {}}')
    assert plan == Plan()
    text = json.dumps(
        {
            "format": "winbook-plan",
            "version": 1,
            "plan": {"race": {"seats": 3, "a_later_field": 1}, "later_part": []},
        }
    )
    assert plan_from_json_text(text).race.seats == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", r"^plan\.json is not valid JSON \(Expecting property name .*, line 1, column 2\)\.$"),
        ("", r"^plan\.json is not valid JSON \(Expecting value, line 1, column 1\)\.$"),
        # json's own message ends in "at": the sentence must not read "starting at at line"
        ('{"a": "b', r"\(Unterminated string starting at, line 1, column 7\)\.$"),
        ("[1, 2]", r'^plan\.json is not a Winbook plan \(it has no "format": "winbook-plan"'),
        ('{"plan": {}}', r"^plan\.json is not a Winbook plan \(it has no"),
        ('{"format": "pdf", "version": 1, "plan": {}}', r'its format is "pdf"\)\.$'),
        ('{"format": "winbook-plan", "plan": {}}', r'has no valid "version"'),
        ('{"format": "winbook-plan", "version": "1", "plan": {}}', r'has no valid "version"'),
        ('{"format": "winbook-plan", "version": true, "plan": {}}', r'has no valid "version"'),
        (
            '{"format": "winbook-plan", "version": 2, "plan": {}}',
            r"newer version of Winbook \(plan format version 2; this one reads up to 1\), so "
            r"update Winbook to open it\.$",
        ),
        ('{"format": "winbook-plan", "version": 1}', r'has no "plan" object\.$'),
        ('{"format": "winbook-plan", "version": 1, "plan": []}', r'has no "plan" object\.$'),
        (
            '{"format": "winbook-plan", "version": 1, "plan": {"race": {"seats": "3"}}}',
            r"^plan\.json cannot be read because the plan's field plan\.race\.seats should be "
            r"a whole number\.$",
        ),
        (
            '{"format": "winbook-plan", "version": 1, "plan": {"expenses": [{"amount": "x"}]}}',
            r"field plan\.expenses\[0\]\.amount should be",
        ),
        # Python's JSON reader accepts NaN, Infinity and 1e400 (= inf); a plan must not
        (
            '{"format": "winbook-plan", "version": 1, "plan": {"win": {"safety_margin_pct": NaN}}}',
            r"field plan\.win\.safety_margin_pct should be a number between "
            r"-999,999,999,999,999 and 999,999,999,999,999\.$",
        ),
        (
            '{"format": "winbook-plan", "version": 1, "plan": {"turnout": {"roll_off_pct": 9e99}}}',
            r"field plan\.turnout\.roll_off_pct should be a number between",
        ),
        (
            '{"format": "winbook-plan", "version": 1, "plan": {"path": {"shift_hours": 1e15}}}',
            r"field plan\.path\.shift_hours should be a number between",
        ),
        (
            '{"format": "winbook-plan", "version": 1, "plan": {"expenses": [{"amount": 1e308}]}}',
            r"field plan\.expenses\[0\]\.amount should be an amount between",
        ),
        (
            '{"format": "winbook-plan", "version": 1, "plan": {"income": [{"amount": "-inf"}]}}',
            r"field plan\.income\[0\]\.amount should be an amount between",
        ),
    ],
)
def test_errors_are_one_sentence(text: str, message: str) -> None:
    with pytest.raises(PlanFileError, match=message) as caught:
        plan_from_json_text(text, source="plan.json")
    assert "\n" not in str(caught.value)


def test_default_source_name() -> None:
    with pytest.raises(PlanFileError, match=r"^The text is not valid JSON"):
        plan_from_json_text("nope")
