"""A file's bytes -> blocks: which kind of document it is, and text in a form that can be read.

A .docx is a zip (it starts with "PK"); an old Word 97-2003 .doc starts with the OLE signature
and cannot be read; a .pdf ("%PDF-") is read from its text layer (pdf.py); anything else must be
text: UTF-8 (a byte-order mark is fine) or UTF-16 with
its byte-order mark, as Windows Notepad saves "Unicode" text.
"""

from __future__ import annotations

import codecs
from dataclasses import replace

from nhanluc_cli.importer.draft import Block, Draft, ImportProblem, TaskTable
from nhanluc_cli.importer.reading import read_plan

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
PDF_MAGIC = b"%PDF-"


def document_blocks(data: bytes, suffix: str) -> list[Block]:
    """Blocks of a document; ImportProblem when it is not one this can read."""
    if not data.strip():
        raise ImportProblem("import.empty")
    if data.startswith(OLE_MAGIC) or suffix.lower() == ".doc":
        raise ImportProblem("import.old_word")
    if data.startswith(ZIP_MAGIC) or suffix.lower() == ".docx":
        from nhanluc_cli.importer.text import join_broken_paragraphs
        from nhanluc_cli.importer.word import docx_blocks

        return join_broken_paragraphs(docx_blocks(data))
    from nhanluc_cli.importer.text import join_broken_paragraphs, text_blocks

    if data.startswith(PDF_MAGIC) or suffix.lower() == ".pdf":
        from nhanluc_cli.importer.pdf import pdf_text

        # Lines of the text taken from a PDF mean nothing to a reader of the PDF: none is cited.
        blocks = join_broken_paragraphs(text_blocks(pdf_text(data)))
        return [_without_line(block) for block in blocks]

    text = decode(data)
    if not text.strip():
        raise ImportProblem("import.empty")
    return text_blocks(text)


def _without_line(block: Block) -> Block:
    if isinstance(block, TaskTable):
        rows = tuple(replace(row, line=None) for row in block.rows)
        return replace(block, rows=rows, line=None)
    return replace(block, line=None)


def decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportProblem("import.not_text") from None
    if b"\x00" in data:
        raise ImportProblem("import.not_text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportProblem("import.not_utf8") from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > max(8, len(text) // 100):
        raise ImportProblem("import.not_text")
    return text


def read_document(data: bytes, suffix: str) -> Draft:
    blocks = document_blocks(data, suffix)
    if not blocks:
        raise ImportProblem("import.empty")  # a .docx or .pdf with no word in it
    return read_plan(blocks)
