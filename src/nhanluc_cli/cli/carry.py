"""`nhanluc carry -o FILE`: the draft plan for the next period, from what this one leaves over.

The unfinished, in-progress and terminated tasks and the targets not achieved on the as-of date
(the same evaluation as `report --final`), as a plan YAML that `check` accepts, with `origin`
links and `# kiểm tra lại` where people must decide (see carry_over.py). FILE must be a .yaml or
.yml name (usage error, exit 2, otherwise, and for a folder). It is never overwritten: an
existing FILE is exit 1, naming it, and nothing is written; the file appears whole or not at all.
Data with E1xx/E2xx findings is exit 1 with those findings, as for every listing.
"""

import sys
from pathlib import Path
from typing import Annotated

import typer

from nhanluc_cli.cli import app
from nhanluc_cli.cli.common import (
    EXIT_DATA,
    AsOfOption,
    DataOption,
    LangOption,
    NoCacheOption,
    PlanOption,
    open_session,
    require_clean,
    usage_error,
)
from nhanluc_cli.cli.parsers import parse_output
from nhanluc_cli.files import write_whole
from nhanluc_cli.i18n import os_reason, word
from nhanluc_cli.store.workspace import display_path

YAML_SUFFIXES = (".yaml", ".yml")


@app.command()
def carry(
    output: Annotated[
        Path, typer.Option("--output", "-o", parser=parse_output, show_default=False)
    ],
    data: DataOption = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = "vi",
    no_cache: NoCacheOption = False,
) -> None:
    """Draft the next period's plan. Its help: i18n/help_texts.py."""
    session = open_session(data, plan, as_of, lang, no_cache=no_cache)
    shown = display_path(output.absolute(), session.cwd)
    if output.is_dir():
        usage_error(word("carry.refuse_directory", session.lang, file=shown))
    if output.suffix.lower() not in YAML_SUFFIXES:
        usage_error(word("carry.not_yaml", session.lang, file=shown))
    if output.exists() or output.is_symlink():
        _fail(word("carry.exists", session.lang, file=shown))
    dataset = session.load()
    loaded_plan = require_clean(dataset, session.lang)

    from nhanluc_cli.drafts.next_plan import carry_draft
    from nhanluc_cli.judging.final_evaluation import evaluate_plan

    draft = carry_draft(evaluate_plan(loaded_plan.plan, dataset.reports, session.as_of))
    try:
        output.parent.mkdir(parents=True, exist_ok=True)  # a new data folder for the new plan
        created = write_whole(output, draft.text, replace=False)
    except OSError as error:
        reason = os_reason(error, session.lang)
        _fail(word("carry.unwritable", session.lang, file=shown, reason=reason))
    if not created:
        _fail(word("carry.exists", session.lang, file=shown))
    written = word(
        "carry.written",
        session.lang,
        file=shown,
        tasks=draft.tasks,
        indicators=draft.indicators,
    )
    print(written, file=sys.stderr)


def _fail(problem: str) -> None:
    print(f"nhanluc: {problem}", file=sys.stderr)
    raise typer.Exit(EXIT_DATA)
