"""What `nhanluc status` does once its options are read, by Typer (status.py) or, for a plain
line, by quick.py without Typer.
"""

from typing import TYPE_CHECKING

from nhanluc_cli.cli.session import (
    ListFormat,
    Session,
    clean_plan_file,
    emit,
    open_session,
    output_target,
    xlsx_title,
)

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from nhanluc_cli.i18n import Lang
    from nhanluc_cli.judging.status_view import Dashboard
    from nhanluc_cli.store.dataset import Dataset


def show_status(
    data: "Path | None" = None,
    plan: "Path | None" = None,
    as_of: "date | None" = None,
    lang: "Lang" = "vi",
    no_cache: bool = False,
    output_format: ListFormat = ListFormat.table,
    soon: int = 30,
    output: "Path | None" = None,
    force: bool = False,
) -> None:
    """The dashboard on stdout (or in --output FILE). The defaults are `status`'s (its Typer
    command, status.py, repeats them for its help; a test holds the two alike): quick.py passes
    only the options a line gives."""
    session = open_session(
        data, plan, as_of, lang, for_people=output_format is ListFormat.table, no_cache=no_cache
    )
    target = output_target(output, output_format.value, session, force=force)
    dataset = session.load()
    plan_file = clean_plan_file(dataset, session.lang)
    from nhanluc_cli.store.collector import collector_paused

    # Working the dashboard out (on a miss), importing rich and drawing make no garbage cycles.
    with collector_paused():
        _show(dataset, plan_file, output_format, soon, session, target)


def _show(
    dataset: "Dataset",
    plan_file: str,
    output_format: ListFormat,
    soon: int,
    session: Session,
    target: "Path | None",
) -> None:
    # Remembered per dataset, date and window: on unchanged files the dashboard comes from the
    # cache as plain data, and neither the plan nor a report is unpickled (no pydantic).
    board = dataset.remembered_value(
        f"status dashboard\0{session.as_of.isoformat()}\0{soon}",
        lambda: _dashboard(dataset, session.as_of, soon),
    )
    if output_format is ListFormat.table:
        from nhanluc_cli.render.status import print_status

        print_status(board, plan_file, session.lang)
        return
    from nhanluc_cli.render.output import to_csv, to_json
    from nhanluc_cli.render.rows import status_csv_row, status_json

    if output_format is ListFormat.xlsx:
        from nhanluc_cli.render.rows import INDICATOR_FIELDS
        from nhanluc_cli.render.sheets import status_sheets
        from nhanluc_cli.render.workbook import workbook_bytes

        document = status_json(board)
        sheets = status_sheets(document, INDICATOR_FIELDS, session.lang)
        plan_id = board.plan.id
        emit(workbook_bytes(sheets, session.lang, xlsx_title(plan_id, session)), target, session)
    elif output_format is ListFormat.json:
        emit(to_json(status_json(board)), target, session)
    else:
        emit(to_csv([status_csv_row(board)]), target, session)


def _dashboard(dataset: "Dataset", as_of: "date", soon: int) -> "Dashboard":
    from nhanluc_cli.judging.overview import overview
    from nhanluc_cli.judging.status_view import dashboard

    plan = dataset.plan
    assert plan is not None  # clean_plan_file saw to it
    board = dashboard(overview(plan.plan, dataset.reports, as_of, soon))
    if plan.plan.reporting is None:
        return board
    from nhanluc_cli.judging.status_view import ReportingLine
    from nhanluc_cli.plan.reporting import latest_due, reporting_status

    summary = latest_due(reporting_status(plan.plan, dataset.reports, as_of), as_of)
    if summary is None:
        return board
    line = ReportingLine(
        summary.period.period, summary.period.due, summary.received, summary.expected
    )
    return board._replace(reporting=line)
