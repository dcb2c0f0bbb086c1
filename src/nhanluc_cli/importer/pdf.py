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
from typing import Any

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

    A line runs on into the next one when the next line's first word would not have fitted
    after it (the layout wrapped it) and the next line does not start an item ("2.", "- ",
    "a)"): the paragraph is put back together here, where the layout says so. Lines set in two
    columns (the document's head; "Nơi nhận" beside the signature) are read column by column,
    the left one first, as Word holds them.
    """
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]
    blocks: list[tuple[float, str]] = []
    for table in tables:
        rows = table.extract()
        # With the outer bars, so that an empty first cell stays a cell (text.split_cells).
        text = "\n".join("| " + " | ".join(clean(c or "") for c in row) + " |" for row in rows)
        blocks.append((float(table.bbox[1]), text))
    outside = page.filter(lambda obj: not any(_within(obj, box) for box in boxes))
    lines = _word_lines(outside.extract_words())
    ends = [float(line[-1]["x1"]) for line in lines if _column_split(line) is None]
    right = max([*ends, float(page.width) - USUAL_MARGIN])
    index = 0
    while index < len(lines):
        split = _column_split(lines[index])
        if split is None:
            run_end = index + 1
            while run_end < len(lines) and _column_split(lines[run_end]) is None:
                run_end += 1
            blocks.extend(_paragraphs(lines[index:run_end], right))
            index = run_end
            continue
        run_end = index + 1
        while run_end < len(lines) and _fits(lines[run_end], split):
            if _column_split(lines[run_end]) is None and _far_below(
                lines[run_end - 1], lines[run_end]
            ):
                break  # a line of one column only, after a space: the layout has ended
            run_end += 1
        run = lines[index:run_end]
        left = [[w for w in line if float(w["x1"]) <= split] for line in run]
        right_column = [[w for w in line if float(w["x0"]) >= split - 1] for line in run]
        left_edge = max((float(line[-1]["x1"]) for line in left if line), default=split)
        blocks.extend(_paragraphs([line for line in left if line], left_edge))
        blocks.extend(_paragraphs([line for line in right_column if line], right))
        index = run_end
    # Each table before the first paragraph below it; the text keeps its (column) order.
    tables_at, ordered = blocks[: len(tables)], blocks[len(tables) :]
    for top, rows in sorted(tables_at):
        at = next((i for i, (below, _) in enumerate(ordered) if below > top), len(ordered))
        ordered.insert(at, (top, rows))
    return [line for _, block in ordered for line in (block, "")]


def _far_below(above: list[Word], line: list[Word]) -> bool:
    """More than a line's height of space between the two lines."""
    bottom = max(float(w["bottom"]) for w in above)
    height = bottom - min(float(w["top"]) for w in above)
    return min(float(w["top"]) for w in line) - bottom > 1.2 * height


def _within(obj: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    if "x0" not in obj or "top" not in obj:
        return False
    middle_x = (float(obj["x0"]) + float(obj.get("x1", obj["x0"]))) / 2
    middle_y = (float(obj["top"]) + float(obj.get("bottom", obj["top"]))) / 2
    return x0 <= middle_x <= x1 and top <= middle_y <= bottom


Word = dict[str, Any]


def _word_lines(words: list[Word]) -> list[list[Word]]:
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(float(w["top"])), float(w["x0"]))):
        if lines and abs(float(lines[-1][0]["top"]) - float(word["top"])) < LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    for line in lines:
        line.sort(key=lambda w: float(w["x0"]))
    return lines


def _column_split(line: list[Word]) -> float | None:
    """Where the second column starts on a line with a wide gap between two words; else None."""
    for before, word in pairwise(line):
        if float(word["x0"]) - float(before["x1"]) > COLUMN_GAP:
            return float(word["x0"])
    return None


def _fits(line: list[Word], split: float) -> bool:
    """The line keeps to the columns: no word runs across where the second one starts."""
    return all(float(w["x1"]) <= split or float(w["x0"]) >= split - 1 for w in line)


def _paragraphs(lines: list[list[Word]], right: float) -> list[tuple[float, str]]:
    """Lines of one column -> paragraphs (top, text): a wrapped line runs on into the next."""
    paragraphs: list[tuple[float, str]] = []
    previous_end: float | None = None
    for line in lines:
        text = " ".join(str(w["text"]) for w in line)
        first_word = float(line[0]["x1"]) - float(line[0]["x0"])
        wrapped = (
            previous_end is not None
            and previous_end + first_word + WRAP_SLACK >= right
            and not STARTS_ITEM.match(text)
        )
        if wrapped:
            top, before = paragraphs[-1]
            paragraphs[-1] = (top, f"{before} {text}")
        else:
            paragraphs.append((float(line[0]["top"]), text))
        previous_end = float(line[-1]["x1"])
    return paragraphs
