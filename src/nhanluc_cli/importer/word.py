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
        else:
            blocks.extend(_table_blocks(item))
    return blocks


def _open(data: bytes) -> Any:
    try:
        import docx

        return docx.Document(io.BytesIO(data))
    except Exception as error:  # a broken zip, a missing part, bad XML: all one answer
        raise ImportProblem("import.bad_docx", reason=type(error).__name__) from None


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
