"""`nhanluc report --format md`: the progress report as Markdown (GitHub-flavoured tables).

The same report model as the HTML page, through a Jinja2 template. Markdown has no autoescape,
so every value from the data files passes the `md` filter: characters that would start markup
(`|` ends a table cell, `<` an HTML tag, `*`, `_`, `[`, backticks, a backslash, `&` of an
entity) are escaped,
and line breaks inside a value become spaces so that a table row stays one line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nhanluc_cli.render.report.document import ProgressReport

__all__ = ["md_escape", "render_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]|])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def md_escape(value: object) -> str:
    """Text that Markdown shows as written, on one line (safe inside a table cell)."""
    text = " ".join(str(value).split())
    text = _SPECIAL.sub(r"\\\1", text)
    text = _ENTITY.sub("&amp;", text)  # "&lt;" in a note is text, not an entity
    return text.replace("<", "&lt;")


def render_markdown(report: ProgressReport) -> str:
    from nhanluc_cli.render.report.jinja import render_report

    # Markdown has no autoescape: values are escaped by the `md` filter instead.
    with_charts = any(line.chart for group in report.indicator_groups for line in group.lines)
    text = render_report(
        "report.md.j2",
        report,
        autoescape=False,
        filters={"md": md_escape},
        with_charts=with_charts,
    )
    # One blank line between blocks whatever the template's branches left.
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
