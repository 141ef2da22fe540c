"""Shared input widgets and the field binder every page uses.

- `numeric`: `IntEdit`, `MoneyEdit`, `PercentEdit`, `FloatEdit` (unit-aware line edits).
- `dates`: `DateEdit` (a QDateEdit with an explicit format and a "Not set" state).
- `warnings`: `FieldWarnings` shows impossible values (``doc.problems``) next to their field.
- `binding`: `FieldBinder` connects a widget to one plan field through ``doc.set_value``.
"""
