"""Windows, pages, table models, delegates and dialogs."""
