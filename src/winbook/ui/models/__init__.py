"""Qt table models over the open plan (editable lists and read-only figures)."""

from winbook.ui.models.pyside_guard import guard_bool_refcounts

guard_bool_refcounts()
