"""The structure of an official plan's body: Roman-numbered sections and their numbered parts.

Also the OCR slips plans are known to carry ("Kết hoạch", "vận dân"): noted wherever they occur,
never silently corrected.
"""

from __future__ import annotations

import re

from nhanluc_cli.importer.draft import Paragraph
from nhanluc_cli.vietnamese import fold

ROMAN = re.compile(r"^([IVX]{1,5})\.\s*(.+)$")
NUMBERED = re.compile(r"^([0-9]{1,2})\.\s*(.+)$")
LETTERED = re.compile(r"^([a-zđ])\)\s*(.*)$")
BULLET = re.compile(r"^[-+•–]\s*")
OCR_SUSPECTS = (("Kết hoạch", "Kế hoạch"), ("vận dân", "vạn dân"))
Sections = dict[str, list[Paragraph]]


def ocr_notes(text: str) -> tuple[str, ...]:
    return tuple(
        f'OCR? "{seen}" có lẽ là "{meant}"; giữ nguyên như văn bản — kiểm tra lại'
        for seen, meant in OCR_SUSPECTS
        if seen in text
    )


def split_sections(paragraphs: list[Paragraph]) -> Sections:
    """Roman-numbered section -> its paragraphs (the heading first), in document order."""
    sections: dict[str, list[Paragraph]] = {}
    current: list[Paragraph] | None = None
    for p in paragraphs:
        if (match := ROMAN.match(p.text)) and match.group(1) not in sections:
            current = sections.setdefault(match.group(1), [p])
        elif current is not None:
            current.append(p)
    return sections


def find_section(sections: Sections, words: str) -> tuple[str, list[Paragraph]] | None:
    for roman, body in sections.items():
        if words in fold(body[0].text):
            return roman, body
    return None


def subsections(body: list[Paragraph]) -> list[tuple[str, str, list[Paragraph]]]:
    """Numbered subsections ("1. Mục đích") of a section: (number, heading, paragraphs)."""
    parts: list[tuple[str, str, list[Paragraph]]] = []
    for p in body[1:]:
        match = NUMBERED.match(p.text)
        if match:
            parts.append((match.group(1), match.group(2).strip(), []))
        elif parts:
            parts[-1][2].append(p)
    return parts
