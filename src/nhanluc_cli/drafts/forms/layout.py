"""Where everything of a form stands, shared by the writer and the reader.

Rows and columns are 1-based, as a spreadsheet shows them ("Nhiệm vụ!D7"); XlsxWriter's
0-based calls subtract one. The sheet names are the contract's (§19) and never translated:
a finding names them, and the reader finds the sheets by them.
"""

from __future__ import annotations

FORM_MARK = "nhanluc-form"
FORM_VERSION = "1"

GUIDE_SHEET = "Hướng dẫn"
TASKS_SHEET = "Nhiệm vụ"
INDICATORS_SHEET = "Chỉ tiêu"
IDS_SHEET = "nhanluc"  # very hidden: what the form is for and which row is which entry

# The header block of both data sheets: a title, then label + value rows.
TITLE_ROW = 1
PERIOD_ROW, REPORTED_ON_ROW, REPORTED_BY_ROW = 2, 3, 4
NOTE_ROW = 5
LABEL_COLUMN, HEADER_VALUE_COLUMN = 1, 3  # label in A:B, value in C (merged to E)
HEADING_ROW = 6  # the column headings, repeated on every printed page
FIRST_ROW = 7  # the first entry

# The columns of each data sheet, in order: A, B, C, ...
TASK_COLUMNS: tuple[str, ...] = (
    "key",
    "title",
    "due",
    "status",
    "completed_on",
    "extended_to",
    "basis",
    "explanation",
    "note",
)
INDICATOR_COLUMNS: tuple[str, ...] = (
    "key",
    "name",
    "unit",
    "target",
    "latest",
    "value",
    "numerator",
    "denominator",
    "as_of",
    "source",
    "note",
)
# The cells an office fills, per sheet (the rest is locked).
TASK_INPUTS: tuple[str, ...] = TASK_COLUMNS[3:]
NUMERIC_INPUTS: tuple[str, ...] = ("value", "numerator", "denominator", "as_of", "source", "note")
QUALITATIVE_INPUTS: tuple[str, ...] = ("value", "as_of", "source", "note")
DATE_FIELDS = frozenset({"completed_on", "extended_to", "as_of", "reported_on"})
NUMBER_FIELDS = frozenset({"value", "numerator", "denominator"})

# The hidden sheet: "key: value" rows on top, then one row per entry from ENTRIES_ROW on:
# sheet, row, key, kind ("task", "numeric" or "qualitative").
IDS_FIELDS: tuple[str, ...] = ("form", "version", "plan", "plan_date", "period", "agency")
ENTRIES_ROW = len(IDS_FIELDS) + 2
ENTRY_KINDS = frozenset({"task", "numeric", "qualitative"})


def column_letter(column: int) -> str:
    """1 -> "A", 26 -> "Z", 27 -> "AA"."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    """(7, 4) -> "D7"."""
    return f"{column_letter(column)}{row}"


def task_column(field: str) -> int:
    return TASK_COLUMNS.index(field) + 1


def indicator_column(field: str) -> int:
    return INDICATOR_COLUMNS.index(field) + 1


ZERO_WIDTH_SPACE = "\u200b"


def plain(text: str) -> str:
    """A cell's text without the zero-width spaces the writer puts in "_x" (writer._safe): no id
    holds one, so taking them out gives the id back whole."""
    return text.replace(ZERO_WIDTH_SPACE, "")
