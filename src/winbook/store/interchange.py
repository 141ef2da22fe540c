"""The JSON interchange form of a whole plan (see docs/plan-format.md).

A plan file in JSON is one object, the *envelope*::

    {"format": "winbook-plan", "version": 1, "plan": {...}}

``plan`` holds `winbook.store.codec.to_json(plan)`. Unknown keys are ignored and missing keys
take their defaults, so files from other versions with the same format version read safely.
"""

from __future__ import annotations

import json
from typing import Final

from winbook.domain.model import Plan
from winbook.domain.rows import without_blank_rows
from winbook.errors import PlanFileError
from winbook.jsonvalue import JSONObject
from winbook.store.codec import from_json, parse_json, to_json, valid_text

FORMAT_NAME: Final = "winbook-plan"
#: The interchange version this Winbook writes and the newest it reads.
FORMAT_VERSION: Final = 1


def plan_to_envelope(plan: Plan) -> JSONObject:
    """The plan wrapped in the interchange envelope, as JSON-ready values."""
    plan = without_blank_rows(plan)  # a row nobody typed into is not saved
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "plan": to_json(plan)}


def plan_to_json_text(plan: Plan) -> str:
    """The plan as interchange JSON text (UTF-8 friendly, indented, ending in a newline).

    Text that is not valid Unicode (a lone surrogate) is written as U+FFFD (see `valid_text`).
    """
    text = json.dumps(plan_to_envelope(plan), indent=2, ensure_ascii=False) + "\n"
    return valid_text(text)[0]


def plan_from_json_text(text: str, source: str = "The text") -> Plan:
    """Read interchange JSON text; ``source`` names it in errors (e.g. the file's path).

    Raises `PlanFileError` with one sentence for invalid JSON, a wrong format, a newer
    version or a field of the wrong type.
    """
    return plan_from_envelope(parse_json(text, source), source)


def plan_from_envelope(data: object, source: str = "The text") -> Plan:
    """The plan in an already-parsed envelope (see `plan_from_json_text`)."""
    if not isinstance(data, dict) or "format" not in data:
        raise PlanFileError(
            f'{source} is not a Winbook plan (it has no "format": "{FORMAT_NAME}" entry).'
        )
    if data["format"] != FORMAT_NAME:
        raise PlanFileError(
            f"{source} is not a Winbook plan (its format is {json.dumps(data['format'])})."
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise PlanFileError(f'{source} has no valid "version" (a whole number from 1).')
    if version > FORMAT_VERSION:
        raise PlanFileError(
            f"{source} was written by a newer version of Winbook (plan format version "
            f"{version}; this one reads up to {FORMAT_VERSION}), so update Winbook to open it."
        )
    body = data.get("plan")
    if not isinstance(body, dict):
        raise PlanFileError(f'{source} has no "plan" object.')
    try:
        return from_json(Plan, body, "plan")
    except PlanFileError as exc:
        reason = str(exc).rstrip(".")
        raise PlanFileError(f"{source} cannot be read because {_lower_first(reason)}.") from exc


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
