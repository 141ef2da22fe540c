"""Errors worded for people: each carries one sentence a user can act on."""

from __future__ import annotations


class WinbookError(Exception):
    """Base class: ``str(error)`` is a complete sentence for the user."""


class PlanFileError(WinbookError):
    """A plan file cannot be opened, read or written."""


class PlanChangedError(PlanFileError):
    """Another program or machine wrote to the plan file since Winbook read it: not saved."""


class InputFileError(WinbookError):
    """An input file (results, spreadsheet, JSON) cannot be read."""


class ExportError(WinbookError):
    """An export (PDF, spreadsheet) cannot be written."""


class DateTextError(WinbookError, ValueError):
    """Typed text is not a date the plan can hold (unreadable, impossible or out of range)."""


class UsageError(WinbookError):
    """The command line asks for something that cannot be done."""
