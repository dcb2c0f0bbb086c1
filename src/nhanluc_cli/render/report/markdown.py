"""Markdown escaping for the reports (official.py writes them; GitHub-flavoured tables).

Markdown has no autoescape, so every value from the data files passes `md_escape`: characters
that would start markup (`|` ends a table cell, `<` an HTML tag, `*`, `_`, `[`, backticks, a
backslash, `&` of an entity) are escaped, and line breaks inside a value become spaces so that a
table row stays one line.
"""

from __future__ import annotations

import re

__all__ = ["md_escape"]

_SPECIAL = re.compile(r"([\\`*_\[\]|])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def md_escape(value: object) -> str:
    """Text that Markdown shows as written, on one line (safe inside a table cell)."""
    text = " ".join(str(value).split())
    text = _SPECIAL.sub(r"\\\1", text)
    text = _ENTITY.sub("&amp;", text)  # "&lt;" in a note is text, not an entity
    return text.replace("<", "&lt;")
