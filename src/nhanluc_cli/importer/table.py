"""The task table's header: which column holds what, read from the header's words.

Plans word their columns differently ("Cơ quan, đơn vị chủ trì/tham mưu", "Cơ quan chủ trì";
"Thời gian thực hiện", "Thời gian hoàn thành", "Thời hạn"), so each header cell is matched on
its folded words, the most specific words first ("phối hợp" before "cơ quan").
"""

from __future__ import annotations

import re
import unicodedata

from nhanluc_cli.vietnamese import fold

# (role, folded words that name it), tried in this order for each header cell.
_ROLE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("note", ("ghi chu",)),
    ("partners", ("phoi hop",)),
    ("lead", ("chu tri", "tham muu")),
    ("issuer", ("ban hanh",)),
    ("product", ("san pham", "ket qua", "hinh thuc")),
    ("deadline", ("thoi gian", "thoi han", "tien do", "han hoan thanh")),
    ("number", ("stt", "so tt", "so thu tu")),
    ("title", ("nhiem vu", "noi dung", "giai phap", "ten ")),
)
_NUMBER_HEADER = re.compile(r"^(s[oô]\s*)?tt\.?$")


def column_role(header_cell: str) -> str | None:
    folded = fold(header_cell)
    if _NUMBER_HEADER.match(folded):
        return "number"
    for role, words in _ROLE_WORDS:
        if any(w in folded + " " for w in words):
            return role
    return None


def header_roles(cells: tuple[str, ...]) -> tuple[str | None, ...] | None:
    """The roles of a task table's header row; None when the row is not one.

    A task table names at least the lead agency and the time, and has a column for the task.
    """
    roles = tuple(column_role(c) for c in cells)
    if "lead" in roles and "deadline" in roles and ("title" in roles or "number" in roles):
        return roles
    return None


# A row's own number: "1", "12.", "3)"; a group row: "I", "II.", "A".
ROW_NUMBER = re.compile(r"^\s*([0-9]{1,3})\s*[.)]?\s*$")
GROUP_LABEL = re.compile(r"^\s*([IVXLC]{1,6}|[A-ZĐ])\s*[.)]?\s*$")

_MARKUP = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")


def clean(text: str) -> str:
    """NFC, Markdown emphasis of an OCR export removed, whitespace collapsed; words untouched."""
    normal = unicodedata.normalize("NFC", text)
    normal = _MARKUP.sub("", normal)
    return " ".join(normal.split())
