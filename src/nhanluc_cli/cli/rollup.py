"""`nhanluc rollup [indicators|tasks]`: the units of a roll-up side by side (contract §12).

A roll-up folder holds `nhanluc-units.yaml`; `--data` names it (or the file itself), else the
current folder is used. Exit codes: 2 for a usage error, 1 when the units file has errors (its
findings, no table) or any unit's data has E1xx/E2xx errors (the unit is still listed, without
figures, and its findings go to stderr with their places), 0 otherwise.
"""

import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nhanluc_cli.cli import app
from nhanluc_cli.cli.common import (
    EXIT_DATA,
    AsOfOption,
    ForceOption,
    LangOption,
    NoCacheOption,
    OutputOption,
    Session,
    SoonOption,
    cache_folder,
    emit,
    note_refused_cache,
    output_target,
    today_in_vietnam,
    usage_error,
)
from nhanluc_cli.cli.parsers import choice_parser
from nhanluc_cli.cli.values import DATA_ENV
from nhanluc_cli.i18n import Lang, message, word
from nhanluc_cli.store.workspace import Workspace

if TYPE_CHECKING:
    from datetime import date

    from nhanluc_cli.findings import Finding
    from nhanluc_cli.judging.rollup import IndicatorRow, Rollup


class View(StrEnum):
    indicators = "indicators"
    tasks = "tasks"


class RollupFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    html = "html"


UnitsOption = Annotated[
    Path | None,
    typer.Option("--data", "--units", envvar=DATA_ENV, show_default=False),
]


@app.command()
def rollup(
    view: Annotated[
        View, typer.Argument(parser=choice_parser(View), show_default=False)
    ] = View.indicators,
    data: UnitsOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = "vi",
    output_format: Annotated[
        RollupFormat,
        typer.Option("--format", parser=choice_parser(RollupFormat), show_default=False),
    ] = RollupFormat.table,
    soon: SoonOption = 30,
    output: OutputOption = None,
    force: ForceOption = False,
    no_cache: NoCacheOption = False,
) -> None:
    """Several units side by side. Its help: i18n/help_texts.py."""
    from nhanluc_cli.store.units import UNITS_FILE, read_rollup

    cwd = Path.cwd()
    folder = data if data is not None else cwd
    if not folder.exists():
        text, fix = message("usage.no_such_dir", lang, {"path": str(folder)})
        usage_error(f"{text} {fix}".strip())
    units_file = folder if folder.is_file() else _units_file_in(folder, UNITS_FILE)
    # The units file stands where a plan would: --output never writes over it (nor any .yaml).
    cache_dir = None if no_cache else cache_folder()
    if cache_dir is not None:
        from nhanluc_cli.store.cache import refusal

        refused = refusal(cache_dir)
        if refused is not None:  # not the user's alone: said once here, no worker opens it
            note_refused_cache(refused, cache_dir, lang)
            cache_dir = None
    workspace = Workspace(folder, units_file, ())
    session = Session(lang, as_of or today_in_vietnam(), workspace, cwd, cache_dir)
    target = output_target(output, output_format.value, session, force=force)
    rolled = read_rollup(units_file, session.as_of, soon, cwd, cache_dir=cache_dir)
    if rolled.findings:
        _print_findings(rolled.findings, lang)
        print(word("rollup.file_errors", lang), file=sys.stderr)
        raise typer.Exit(EXIT_DATA)
    rows, notes = _rows(rolled, session.as_of)
    _emit(view, rolled, rows, output_format, session, target)
    if notes:  # the catalogue's W331 and E220 (contract §15), with their places
        _print_findings(notes, lang)
    broken = [unit for unit in rolled.units if unit.errors]
    if broken:
        _print_findings([f for unit in broken for f in unit.findings], lang)
        names = ", ".join(unit.name for unit in broken)
        print(
            word("rollup.units_with_errors", lang, count=len(broken), units=names), file=sys.stderr
        )
        raise typer.Exit(EXIT_DATA)
    if any(note.severity == "error" for note in notes):
        raise typer.Exit(EXIT_DATA)


def _rows(rolled: "Rollup", as_of: "date") -> "tuple[list[IndicatorRow], list[Finding]]":
    """The indicator rows: by catalogue id with the all-units column when the roll-up folder
    has a catalogue (§15), else by the ids the units share."""
    from nhanluc_cli.judging.rollup import catalogue_matrix, indicator_matrix

    if rolled.catalogue is None:
        return indicator_matrix(rolled.units), []
    return catalogue_matrix(rolled.catalogue, rolled.units, as_of)


def _units_file_in(folder: Path, name: str) -> Path:
    """`nhanluc-units.yaml`, or `nhanluc-units.yml` when only that one is there (as reports may
    be .yml too); the .yaml name otherwise, for the message saying it is missing."""
    preferred = folder / name
    other = preferred.with_suffix(".yml")
    if not preferred.exists() and other.is_file():
        return other
    return preferred


def _print_findings(findings: "Sequence[Finding]", lang: Lang) -> None:
    from nhanluc_cli.render.findings import render_text

    print(render_text(findings, lang), file=sys.stderr)


def _emit(
    view: View,
    rolled: "Rollup",
    rows: "list[IndicatorRow]",
    output_format: RollupFormat,
    session: Session,
    target: Path | None,
) -> None:
    lang, units = session.lang, rolled.units
    if output_format is RollupFormat.table:
        from nhanluc_cli.render.rollup import print_indicator_matrix, print_task_counts

        if view is View.indicators:
            print_indicator_matrix(rows, units, lang, session.as_of)
        else:
            print_task_counts(units, lang, session.as_of)
        return
    if output_format is RollupFormat.html:
        from nhanluc_cli.render.rollup import rollup_html

        emit(rollup_html(rolled, rows, lang, session.as_of), target, session)
        return
    if output_format is RollupFormat.xlsx:
        from nhanluc_cli.render.rollup import rollup_sheets
        from nhanluc_cli.render.workbook import rollup_title, workbook_bytes

        sheets = rollup_sheets(view.value, rows, units, lang)
        title = rollup_title(rolled.title, len(units), session.as_of, lang)
        emit(workbook_bytes(sheets, lang, title), target, session)
        return
    from nhanluc_cli.render.output import to_csv, to_json
    from nhanluc_cli.render.rollup import indicator_columns, indicator_rows, task_columns, task_rows

    if view is View.indicators:
        with_total = rolled.catalogue is not None
        json_rows, columns = indicator_rows(rows), indicator_columns(units, with_total)
    else:
        json_rows, columns = task_rows(units), task_columns()
    text = to_json(json_rows) if output_format is RollupFormat.json else to_csv(json_rows, columns)
    emit(text, target, session)
