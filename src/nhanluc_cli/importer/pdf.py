"""A .pdf with a text layer -> the plain text of the plan, with its tables as "a | b | c" lines.

Read with pdfplumber (on pdfminer.six), imported here only: other commands never load it. It
was chosen over pypdf by measuring both on plans made with LibreOffice from .docx files written
for the tests: pypdf gives the text of a table cell by cell, one short line after another, so
that no row can be told from the next (no task of a 40-row table could be read), while
pdfplumber finds the table from its ruled lines and gives each row's cells, a row cut by a page
break as a row with an empty number cell, which the text reader continues (text.py). It is
slower (0.5 s against 0.09 s for an 8-page plan) and far faster than a person typing the table.

Text outside the tables comes line by line in reading order; a wide gap between words on one
line (the two columns of the document's head, "Nơi nhận" beside the signature) becomes " | ",
so that the columns are read as cells, as in a .docx. A PDF without any text (a scan) is not
read: it needs OCR first.
"""

from __future__ import annotations

import io
from itertools import pairwise
from typing import Any, NamedTuple

from nhanluc_cli.importer.draft import ImportProblem
from nhanluc_cli.importer.table import clean
from nhanluc_cli.importer.text import STARTS_ITEM

# Points between two words on one line that make them two columns (a space is about 3).
COLUMN_GAP = 24.0
# Words whose tops differ by less than this are on one line.
LINE_TOLERANCE = 3.0
# A line was wrapped (its paragraph goes on) when the next line's first word, a space and this
# slack would not have fitted after it before the right margin.
WRAP_SLACK = 8.0
USUAL_MARGIN = 90.0  # points from the page's right edge to where text usually ends


def pdf_text(data: bytes) -> str:
    """The document's text; ImportProblem when it is not a PDF that can be read, or is a scan."""
    try:
        import pdfplumber

        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception:  # not a PDF, damaged, encrypted: all one answer, in words
        raise ImportProblem("import.bad_pdf") from None
    lines: list[str] = []
    characters = 0
    with pdf:
        try:
            for page in pdf.pages:
                characters += len(page.chars)
                lines.extend(_page_lines(page))
        except ImportProblem:
            raise
        except Exception:
            raise ImportProblem("import.bad_pdf") from None
    if characters == 0:
        raise ImportProblem("import.pdf_no_text")
    return "\n".join(lines) + "\n"


def _page_lines(page: Any) -> list[str]:
    """The page's paragraphs and table rows in reading order, a blank line after each block.

    A line that reaches the right margin runs on into the next one (unless that starts an item:
    "2.", "- ", "a)"): the paragraph is put back together here, where the layout says so.
    """
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]
    items: list[_Line] = []
    for table in tables:
        rows = table.extract()
        # With the outer bars, so that an empty first cell stays a cell (text.split_cells).
        text = "\n".join("| " + " | ".join(clean(c or "") for c in row) + " |" for row in rows)
        items.append(_Line(float(table.bbox[1]), text, None, 0.0))
    outside = page.filter(lambda obj: not any(_within(obj, box) for box in boxes))
    items.extend(_text_lines(outside.extract_words()))
    items.sort(key=lambda item: item.top)
    # The right margin: the longest line's end, or a usual margin on a page of short lines.
    ends = [item.right for item in items if item.right is not None]
    right = max([*ends, float(page.width) - USUAL_MARGIN])
    blocks: list[str] = []
    previous: _Line | None = None
    for item in items:
        wrapped = (
            previous is not None
            and previous.right is not None
            and item.right is not None
            and previous.right + item.first_word + WRAP_SLACK >= right
            and not STARTS_ITEM.match(item.text)
            and " | " not in item.text  # a new line of a layout's columns
        )
        if wrapped:
            blocks[-1] = f"{blocks[-1]} {item.text}"
        else:
            blocks.append(item.text)
        previous = item
    return [line for block in blocks for line in (block, "")]


class _Line(NamedTuple):
    top: float
    text: str
    right: float | None  # where the line ends; None for a table
    first_word: float  # the width of its first word: had it fit above, the line above wrapped


def _within(obj: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    if "x0" not in obj or "top" not in obj:
        return False
    middle_x = (float(obj["x0"]) + float(obj.get("x1", obj["x0"]))) / 2
    middle_y = (float(obj["top"]) + float(obj.get("bottom", obj["top"]))) / 2
    return x0 <= middle_x <= x1 and top <= middle_y <= bottom


def _text_lines(words: list[dict[str, Any]]) -> list[_Line]:
    """Words -> lines (top, text, right end), a wide gap between two words written " | "."""
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (round(float(w["top"])), float(w["x0"]))):
        if lines and abs(float(lines[-1][0]["top"]) - float(word["top"])) < LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    result: list[_Line] = []
    for line in lines:
        line.sort(key=lambda w: float(w["x0"]))
        text = str(line[0]["text"])
        for before, word in pairwise(line):
            gap = float(word["x0"]) - float(before["x1"])
            text += (" | " if gap > COLUMN_GAP else " ") + str(word["text"])
        first = float(line[0]["x1"]) - float(line[0]["x0"])
        result.append(_Line(float(line[0]["top"]), text, float(line[-1]["x1"]), first))
    return result
