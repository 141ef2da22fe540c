"""Qt without widgets: the open document, the undo stack, settings."""
