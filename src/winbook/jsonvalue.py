"""The type of a value parsed from, or bound for, JSON.

`Any` on purpose, once, here: ``json.loads`` returns it, and each reader checks the shape it
needs (``isinstance`` and one sentence when it is wrong) before it trusts a value, so a nested
``dict[str, object]`` would only add casts. Every JSON object Winbook prints or parses is typed
with this name, so the seam is visible where it is used.
"""

from typing import Any

JSONValue = Any
JSONObject = dict[str, JSONValue]
