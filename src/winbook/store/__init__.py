"""The .winbook document file (SQLite), its migrations and the JSON interchange form. No Qt."""
