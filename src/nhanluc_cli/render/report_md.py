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

from nhanluc_cli.i18n import word

if TYPE_CHECKING:
    from jinja2 import Environment

    from nhanluc_cli.report import ProgressReport

__all__ = ["md_escape", "render_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]|])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def md_escape(value: object) -> str:
    """Text that Markdown shows as written, on one line (safe inside a table cell)."""
    text = " ".join(str(value).split())
    text = _SPECIAL.sub(r"\\\1", text)
    text = _ENTITY.sub("&amp;", text)  # "&lt;" in a note is text, not an entity
    return text.replace("<", "&lt;")


def _environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    environment = Environment(
        loader=PackageLoader("nhanluc_cli", "templates"),
        autoescape=False,  # Markdown: values are escaped by the `md` filter instead
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["md"] = md_escape
    return environment


def render_markdown(report: ProgressReport) -> str:
    from nhanluc_cli import __version__

    lang = report.lang

    def t(key: str, **args: object) -> str:
        return word(key, lang, **args)

    template = _environment().get_template("report.md.j2")
    text = template.render(
        r=report,
        t=t,
        version=__version__,
        known=len(report.reports_used),
        total=len(report.reports_used) + len(report.reports_later),
    )
    # One blank line between blocks whatever the template's branches left.
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
