"""`nhanluc schema plan|progress`: the JSON Schema editors validate and complete the YAML with.

The progress schema names the indicator ids and task keys of the plan in use (the data folder's,
else the bundled plan 60), so the plan is loaded; a plan with errors gets its findings, exit 1.
"""

import sys
from enum import StrEnum
from typing import Annotated

import typer

from nhanluc_cli.cli import app
from nhanluc_cli.cli.common import (
    EXIT_DATA,
    DataOption,
    LangOption,
    PlanOption,
    open_session,
)
from nhanluc_cli.cli.parsers import choice_parser
from nhanluc_cli.i18n import word


class SchemaKind(StrEnum):
    plan = "plan"
    progress = "progress"


@app.command()
def schema(
    kind: Annotated[
        SchemaKind, typer.Argument(parser=choice_parser(SchemaKind), show_default=False)
    ],
    data: DataOption = None,
    plan: PlanOption = None,
    lang: LangOption = "vi",
) -> None:
    """Print a file kind's JSON Schema. Its help: i18n/help_texts.py. No --as-of: a schema
    does not depend on the day."""
    from nhanluc_cli.render.output import write
    from nhanluc_cli.schema import json_schema as schemas

    if kind is SchemaKind.plan:
        # The same for every plan: no data folder is looked for (two plans in it are fine).
        write(schemas.schema_text(schemas.plan_schema()))
        return
    session = open_session(data, plan, None, lang, for_people=False)
    from nhanluc_cli.loading.loader import load_plan
    from nhanluc_cli.store.workspace import display_path

    plan_path = session.workspace.plan_path
    loaded, findings = load_plan(plan_path, display_path(plan_path, session.cwd))
    if loaded is None:
        from nhanluc_cli.render.findings import render_text

        print(render_text(findings, session.lang), file=sys.stderr)
        print(word("schema.plan_has_errors", session.lang), file=sys.stderr)
        raise typer.Exit(EXIT_DATA)
    write(schemas.schema_text(schemas.progress_schema(loaded.plan)))
