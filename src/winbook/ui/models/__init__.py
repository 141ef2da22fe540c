"""Qt table models over the open plan (editable lists and read-only figures)."""
