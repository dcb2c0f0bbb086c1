"""`nhanluc tasks`, `nhanluc overdue` and `nhanluc agencies`: task occurrences on the as-of date.

Overdue tasks are these commands' output, not their failure: they exit 0 unless the data has
E1xx/E2xx errors (then 1, with the findings instead of figures) or the options are wrong (2).
"""

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nhanluc_cli.cli import app
from nhanluc_cli.cli.common import (
    AsOfOption,
    DataOption,
    ForceOption,
    FormatOption,
    LangOption,
    ListFormat,
    NoCacheOption,
    OutputOption,
    PlanOption,
    Session,
    SoonOption,
    emit,
    open_session,
    output_target,
    require_clean,
    xlsx_title,
)
from nhanluc_cli.cli.parsers import BadValue, parse_year
from nhanluc_cli.i18n import Lang, word

if TYPE_CHECKING:
    from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport
    from nhanluc_cli.render.tasks import LastColumns
    from nhanluc_cli.tasks.tracking import OccurrenceStatus


# Help texts: i18n/help_texts.py.


def _status_words(value: object) -> str:
    """One --status value: a status or several, comma-separated, each checked here so that a
    wrong one is a usage error in the chosen language (cli/errors.py)."""
    from nhanluc_cli.tasks.tracking import TASK_STATUSES

    text = str(value)
    for part in text.split(","):
        if part.strip() and part.strip().lower() not in TASK_STATUSES:
            raise BadValue("choice", part.strip(), TASK_STATUSES)
    return text


StatusOption = Annotated[
    list[str] | None, typer.Option("--status", parser=_status_words, show_default=False)
]
AgencyOption = Annotated[str | None, typer.Option("--agency", show_default=False)]
YearOption = Annotated[int | None, typer.Option("--year", parser=parse_year, show_default=False)]


def wanted_statuses(words: Sequence[str] | None) -> frozenset[str] | None:
    """The --status words (repeatable, or comma-separated; each checked by _status_words)."""
    if not words:
        return None
    return frozenset(
        part.strip().lower() for text in words for part in text.split(",") if part.strip()
    )


def tracked(
    plan: "LoadedPlan", reports: "Sequence[LoadedReport]", as_of: date, soon: int
) -> "list[OccurrenceStatus]":
    from nhanluc_cli.tasks.tracking import track

    return track(plan.plan, reports, as_of, soon)


def select(
    plan: "LoadedPlan",
    occurrences: "Sequence[OccurrenceStatus]",
    statuses: frozenset[str] | None,
    agency: str | None,
    year: int | None,
) -> "list[OccurrenceStatus]":
    """The occurrences the filters keep; --agency looks at the lead agencies' names and ids."""
    from nhanluc_cli.tasks.tracking import led_by

    def agency_matches(occurrence: "OccurrenceStatus") -> bool:
        return agency is None or led_by(plan.plan, occurrence.task, agency)

    return [
        occurrence
        for occurrence in occurrences
        if (statuses is None or occurrence.status in statuses)
        and (year is None or occurrence.due.year == year)
        and agency_matches(occurrence)
    ]


def emit_tasks(
    plan: "LoadedPlan",
    occurrences: "Sequence[OccurrenceStatus]",
    output_format: ListFormat,
    session: Session,
    statuses: frozenset[str] | None = None,
    output: Path | None = None,
) -> None:
    from nhanluc_cli.render.output import to_csv, to_json
    from nhanluc_cli.render.rows import TASK_FIELDS, task_row

    if output_format is ListFormat.table:
        from nhanluc_cli.render.tasks import print_tasks

        # A list of overdue occurrences only needs no status column, only the days late.
        last: LastColumns = "days_late" if statuses == frozenset({"overdue"}) else "status"
        print_tasks(plan.plan, occurrences, session.lang, session.as_of, last)
        return
    rows = [task_row(plan.plan, occurrence) for occurrence in occurrences]
    if output_format is ListFormat.xlsx:
        from nhanluc_cli.render.sheets import task_sheet
        from nhanluc_cli.render.workbook import workbook_bytes

        overdue_only = statuses == frozenset({"overdue"})
        name = "xlsx.sheet.overdue" if overdue_only else "xlsx.sheet.tasks"
        sheet = task_sheet(rows, session.lang, name)
        emit(workbook_bytes([sheet], session.lang, xlsx_title(plan, session)), output, session)
        return
    text = to_json(rows) if output_format is ListFormat.json else to_csv(rows, TASK_FIELDS)
    emit(text, output, session)


def _list_tasks(
    data: DataOption,
    plan: PlanOption,
    as_of: AsOfOption,
    lang: Lang,
    output_format: ListFormat,
    soon: int,
    statuses: frozenset[str] | None,
    agency: str | None,
    year: int | None,
    output: Path | None,
    no_cache: bool,
    force: bool,
) -> None:
    session = open_session(
        data, plan, as_of, lang, for_people=output_format is ListFormat.table, no_cache=no_cache
    )
    target = output_target(output, output_format.value, session, force=force)
    dataset = session.load()
    loaded_plan = require_clean(dataset, session.lang)
    occurrences = tracked(loaded_plan, dataset.reports, session.as_of, soon)
    chosen = select(loaded_plan, occurrences, statuses, agency, year)
    if agency is not None and not chosen:
        _say_no_agency_matches(loaded_plan, agency, session)
    emit_tasks(loaded_plan, chosen, output_format, session, statuses, target)


def _say_no_agency_matches(plan: "LoadedPlan", agency: str, session: Session) -> None:
    """`--agency X` that names no lead agency at all: say so on stderr and list the lead
    agencies (name and id), so that an empty list is never taken for "nothing to do"."""
    from nhanluc_cli.tasks.tracking import agency_name, led_by
    from nhanluc_cli.vietnamese import sort_key

    if any(led_by(plan.plan, task, agency) for task in plan.plan.tasks):
        return  # the agency leads tasks; the other filters left none
    leads = {lead for task in plan.plan.tasks for lead in task.leads}
    named = sorted(
        ((agency_name(plan.plan, lead), lead) for lead in leads), key=lambda n: sort_key(n[0])
    )
    listed = "; ".join(f"{name} ({lead})" for name, lead in named)
    print(word("tasks.no_agency", session.lang, agency=agency, agencies=listed), file=sys.stderr)


@app.command()
def tasks(
    data: DataOption = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = "vi",
    no_cache: NoCacheOption = False,
    output_format: FormatOption = ListFormat.table,
    soon: SoonOption = 30,
    status: StatusOption = None,
    agency: AgencyOption = None,
    year: YearOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Every task occurrence and its status. Its help: i18n/help_texts.py."""
    statuses = wanted_statuses(status)
    _list_tasks(
        data,
        plan,
        as_of,
        lang,
        output_format,
        soon,
        statuses,
        agency,
        year,
        output,
        no_cache,
        force,
    )


@app.command()
def overdue(
    data: DataOption = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = "vi",
    no_cache: NoCacheOption = False,
    output_format: FormatOption = ListFormat.table,
    soon: SoonOption = 30,
    agency: AgencyOption = None,
    year: YearOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Overdue task occurrences. Its help: i18n/help_texts.py."""
    overdue_only = frozenset({"overdue"})
    _list_tasks(
        data,
        plan,
        as_of,
        lang,
        output_format,
        soon,
        overdue_only,
        agency,
        year,
        output,
        no_cache,
        force,
    )


@app.command()
def agencies(
    data: DataOption = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = "vi",
    no_cache: NoCacheOption = False,
    output_format: FormatOption = ListFormat.table,
    soon: SoonOption = 30,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Task occurrences by lead agency (who must act). Its help: i18n/help_texts.py."""
    from nhanluc_cli.render.output import to_csv, to_json
    from nhanluc_cli.render.rows import agency_row
    from nhanluc_cli.tasks.tracking import TASK_STATUSES, by_lead_agency

    session = open_session(
        data, plan, as_of, lang, for_people=output_format is ListFormat.table, no_cache=no_cache
    )
    target = output_target(output, output_format.value, session, force=force)
    dataset = session.load()
    loaded_plan = require_clean(dataset, session.lang)
    occurrences = tracked(loaded_plan, dataset.reports, session.as_of, soon)
    loads = by_lead_agency(loaded_plan.plan, occurrences)
    if output_format is ListFormat.table:
        from nhanluc_cli.render.tasks import print_agencies

        print_agencies(loads, session.lang, session.as_of)
        return
    rows = [agency_row(load) for load in loads]
    columns = ["agency", "id", *(f"counts.{s}" for s in TASK_STATUSES), "total"]
    if output_format is ListFormat.xlsx:
        from nhanluc_cli.render.sheets import agency_sheet
        from nhanluc_cli.render.workbook import workbook_bytes

        sheet = agency_sheet(rows, columns, session.lang)
        emit(
            workbook_bytes([sheet], session.lang, xlsx_title(loaded_plan, session)), target, session
        )
    elif output_format is ListFormat.json:
        emit(to_json(rows), target, session)
    else:
        emit(to_csv(rows, columns), target, session)
