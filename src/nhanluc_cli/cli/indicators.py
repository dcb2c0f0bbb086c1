"""`nhanluc indicators`: every indicator judged on the as-of date, with `--explain` sums.

A missed target is this command's output, not its failure: it exits 0 unless the data has
E1xx/E2xx errors (then 1, with the findings instead of figures) or the options are wrong (2).
"""

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nhanluc_cli.cli import app
from nhanluc_cli.cli.common import (
    AsOfOption,
    DataOption,
    ForceOption,
    LangOption,
    NoCacheOption,
    OutputOption,
    PlanOption,
    Session,
    emit,
    open_session,
    output_target,
    require_clean,
    usage_error,
    xlsx_title,
)
from nhanluc_cli.cli.parsers import choice_parser
from nhanluc_cli.i18n import Lang, word

if TYPE_CHECKING:
    from nhanluc_cli.indicators.evaluation import IndicatorResult
    from nhanluc_cli.plan.model import Plan


class IndicatorFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


@app.command()
def indicators(
    data: DataOption = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = "vi",
    no_cache: NoCacheOption = False,
    output_format: Annotated[
        IndicatorFormat,
        typer.Option("--format", parser=choice_parser(IndicatorFormat), show_default=False),
    ] = IndicatorFormat.table,
    group: Annotated[str | None, typer.Option("--group", show_default=False)] = None,
    explain: Annotated[bool, typer.Option("--explain", show_default=False)] = False,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Indicators against targets. Its help: i18n/help_texts.py."""
    from nhanluc_cli.indicators.evaluation import evaluate_indicators

    session = open_session(
        data,
        plan,
        as_of,
        lang,
        for_people=output_format is IndicatorFormat.table,
        no_cache=no_cache,
    )
    target = output_target(output, output_format.value, session, force=force)
    dataset = session.load()
    loaded_plan = require_clean(dataset, session.lang)
    results = evaluate_indicators(loaded_plan.plan, dataset.reports, session.as_of)
    if group is not None:
        if group not in loaded_plan.plan.group_names:
            groups = ", ".join(loaded_plan.plan.group_names)
            usage_error(word("indicators.unknown_group", session.lang, group=group, groups=groups))
        results = [r for r in results if r.indicator.group == group]
    if output_format is IndicatorFormat.table:
        _print_table(loaded_plan.plan, results, session.lang, session.as_of, explain)
    else:
        _print_rows(results, output_format, explain, session, target, loaded_plan.plan.id)


def _print_rows(
    results: "Sequence[IndicatorResult]",
    output_format: IndicatorFormat,
    explain: bool,
    session: Session,
    target: Path | None,
    plan_id: str,
) -> None:
    from nhanluc_cli.render.output import to_csv, to_json
    from nhanluc_cli.render.rows import EXPLAIN_FIELDS, INDICATOR_FIELDS, explain_row, indicator_row

    rows = []
    for result in results:
        row = indicator_row(result)
        if explain:
            row["explain"] = explain_row(result)
        rows.append(row)
    if output_format is IndicatorFormat.json:
        emit(to_json(rows), target, session)
        return
    columns = list(INDICATOR_FIELDS)
    if explain:
        columns += [f"explain.{field}" for field in EXPLAIN_FIELDS]
    if output_format is IndicatorFormat.xlsx:
        from nhanluc_cli.render.sheets import indicator_sheet
        from nhanluc_cli.render.workbook import workbook_bytes

        sheet = indicator_sheet(rows, columns, session.lang)
        emit(workbook_bytes([sheet], session.lang, xlsx_title(plan_id, session)), target, session)
        return
    emit(to_csv(rows, columns), target, session)


def _print_table(
    plan: "Plan", results: "Sequence[IndicatorResult]", lang: Lang, as_of: date, explain: bool
) -> None:
    from nhanluc_cli.render.indicators import print_indicators

    print_indicators(plan, results, lang, as_of, explain)
