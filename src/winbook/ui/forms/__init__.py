"""Python compiled from forms/*.ui by pyside6-uic: generated, never edited by hand.

Regenerate with ``pyside6-uic forms/NAME.ui -o src/winbook/ui/forms/ui_NAME.py``;
tests/ui/test_forms_compiled.py fails when a compiled form drifts from its .ui file.
"""
