"""Winbook: a desktop campaign-plan workbook."""

__version__ = "0.1.0"
