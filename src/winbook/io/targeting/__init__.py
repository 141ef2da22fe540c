"""Precinct targeting in and out (domain notes §8): `read` turns results files into one
contest's votes per place, checked before anything is kept; `out` writes the CSV a field tool
imports, and the JSON and text of `winbook targeting`. The calculator is
`winbook.domain.targeting`; the workbook's sheet is `winbook.io.xlsx_export.targeting`."""
