"""The one Jinja2 set-up every document renders through (jinja2 is imported only here)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nhanluc_cli.i18n import Lang, word


def render_template(
    template_name: str,
    lang: Lang,
    *,
    autoescape: bool,
    filters: dict[str, Callable[..., Any]],
    **context: object,
) -> str:
    """Render templates/`template_name` with `context`, the interface words `t(key)` and the
    version. Undefined names fail loudly (StrictUndefined): a template typo is a bug, not a
    blank in a document an official signs."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    from nhanluc_cli import __version__

    environment = Environment(
        loader=PackageLoader("nhanluc_cli.render.report", "templates"),
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(filters)

    def t(key: str, **args: object) -> str:
        return word(key, lang, **args)

    return environment.get_template(template_name).render(t=t, version=__version__, **context)
