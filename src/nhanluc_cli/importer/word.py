"""A .docx -> blocks, with python-docx (imported here only: other commands never load it).

The body is read in order. The task table (its header names chủ trì and thời gian) becomes a
`TaskTable`; every other table, such as the two-column block at the top of an official document
(issuing body | national motto, number | place and date), becomes one paragraph per cell line.
A line break inside a paragraph splits it, as "KẾ HOẠCH" and its trích yếu are often one
paragraph with a break between.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from nhanluc_cli.importer.draft import Block, ImportProblem, Paragraph, TableRow, TaskTable
from nhanluc_cli.importer.table import clean, header_roles


def docx_blocks(data: bytes) -> list[Block]:
    document = _open(data)
    blocks: list[Block] = []
    for item in _body_items(document):
        if isinstance(item, str):
            blocks.extend(_paragraphs(item))
            continue
        last = blocks[-1] if blocks else None
        width = len(last.roles) if isinstance(last, TaskTable) else 0
        same_columns = bool(item) and all(len(r) == width for r in item)
        if isinstance(last, TaskTable) and same_columns and not _has_header(item):
            # The task table split in two (a page break, a table pasted after): its rows go
            # on, and a row cut in two is put back together (tasks.table_tasks).
            more = tuple(_task_rows(item, last.roles))
            blocks[-1] = TaskTable(last.roles, last.rows + more, last.line)
            continue
        blocks.extend(_table_blocks(item))
    return blocks


# What a .docx may expand to. A plan is tens of pages: its document.xml is a few megabytes at
# most, and its pictures (logos, signatures) a few more. The bounds are read from the zip's
# directory before anything is expanded, and zipfile never expands a member beyond the size its
# directory entry states, so a zip bomb (a megabyte that expands to gigabytes) is refused
# without being expanded (contract §7).
MAX_MEMBERS = 1000
MAX_MEMBER_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
# Word's XML compresses 5 to 30 times; deflate reaches about 1000. A member over 1 MB that claims
# more than 100 times its compressed size is not a document.
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024
REQUIRED = ("[Content_Types].xml", "word/document.xml")


def check_zip(data: bytes) -> None:
    """ImportProblem when the bytes are not a .docx's zip, or would expand beyond the bounds."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ImportProblem("import.docx_not_zip") from None
    if len(members) > MAX_MEMBERS:
        raise ImportProblem("import.docx_bomb", limit=MAX_TOTAL_BYTES // (1024 * 1024))
    total = 0
    for member in members:
        size = member.file_size
        total += size
        ratio_too_high = size > RATIO_FLOOR and size > MAX_RATIO * max(member.compress_size, 1)
        if size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or ratio_too_high:
            raise ImportProblem("import.docx_bomb", limit=MAX_TOTAL_BYTES // (1024 * 1024))
    names = {member.filename for member in members}
    for part in REQUIRED:
        if part not in names:
            raise ImportProblem("import.docx_missing_part", part=part)


def _has_header(rows: list[list[str]]) -> bool:
    return any(header_roles(tuple(clean(c) for c in row)) is not None for row in rows[:3])


def _open(data: bytes) -> Any:
    check_zip(data)
    try:
        import docx

        return docx.Document(io.BytesIO(data))
    except Exception as error:  # whatever python-docx raises, said in our words
        raise ImportProblem(_problem_key(error)) from None


def _problem_key(error: Exception) -> str:
    """Which of our messages says what is wrong, whatever exception the library raised."""
    name = type(error).__name__
    if "XML" in name or "Syntax" in name:
        return "import.docx_bad_xml"
    if isinstance(error, KeyError):
        return "import.docx_missing_part_any"
    return "import.bad_docx"


def _body_items(document: Any) -> Iterator[str | list[list[str]]]:
    """The body in order: a paragraph's text, or a table as rows of cell texts."""
    from docx.table import Table

    for item in document.iter_inner_content():
        if isinstance(item, Table):
            yield _rows(item)
        else:
            yield str(item.text)


def _rows(table: Any) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        seen: list[Any] = []
        for cell in row.cells:
            # A cell merged across columns comes back once per column it spans: its text goes
            # in the first, so that every column keeps its place under the header.
            repeated = bool(seen) and cell._tc is seen[-1]
            seen.append(cell._tc)
            cells.append("" if repeated else str(cell.text))
        rows.append(cells)
    return rows


def _paragraphs(text: str) -> Iterator[Paragraph]:
    for line in text.splitlines():
        if cleaned := clean(line):
            yield Paragraph(cleaned)


def _table_blocks(rows: list[list[str]]) -> Iterator[Block]:
    for index, row in enumerate(rows):
        roles = header_roles(tuple(clean(c) for c in row))
        if roles is not None:
            body = rows[index + 1 :]
            yield TaskTable(roles, tuple(_task_rows(body, roles)))
            return
    for row in rows:
        for cell in row:
            yield from _paragraphs(cell)


def _task_rows(rows: list[list[str]], roles: tuple[str | None, ...]) -> Iterator[TableRow]:
    for row in rows:
        cells = tuple(clean(c) for c in row)
        if header_roles(cells) == roles:
            continue  # a header repeated on a later page
        if any(cells):
            yield TableRow(cells)
