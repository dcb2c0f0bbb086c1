"""Spreadsheet forms (contract §19): a report's form written for an office to fill in Excel,
and the filled form read back as the progress report's YAML text.

layout.py  where everything stands (sheets, rows, columns, the hidden sheet of ids): the one
           description writer and reader share
writer.py  plan x pending occurrences x latest figures -> the .xlsx bytes (XlsxWriter)
cells.py   one cell's value (as openpyxl gives it) -> the text its YAML field takes, or why not
reader.py  the .xlsx bytes -> the report's YAML text, each line's cell, and the findings of the
           form itself (not an xlsx, another plan, another period); openpyxl, imported only here
"""
