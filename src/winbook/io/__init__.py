"""Spreadsheets and election-results files in and out (openpyxl, csv). No Qt."""
