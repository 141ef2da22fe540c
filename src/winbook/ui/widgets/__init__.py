"""Shared input widgets and the field binder every page uses.

- `numeric`: `IntEdit`, `MoneyEdit`, `PercentEdit`, `FloatEdit` (unit-aware line edits).
- `dates`: `DateEdit` (a line edit that reads American dates, shows "Nov 3, 2026", has a
  calendar).
- `undo_menu`: a text field's right-click Undo/Redo on the document's undo stack.
- `warnings`: `FieldWarnings` shows impossible values (``doc.problems``) next to their field.
- `binding`: `FieldBinder` connects a widget to one plan field through ``doc.set_value``.
"""
