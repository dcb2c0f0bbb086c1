"""`nhanluc new PERIOD`: write progress/PERIOD.yaml, a report with blanks to fill in; with
`--agency ID`, progress/PERIOD-ID.yaml with that agency's occurrences only. `--format xlsx -o
FORM.xlsx` writes the same as a spreadsheet form and `--from FORM.xlsx` reads a filled form back
(cli/new_form.py, contract §19).

Never overwrites: the file appears whole or not at all (cli/progress_files.py). A place that
cannot be written is an error message and exit 1.
"""

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from nhanluc_cli.cli import app
from nhanluc_cli.cli.common import (
    EXIT_DATA,
    AsOfOption,
    DataOption,
    LangOption,
    NoCacheOption,
    OutputOption,
    PlanOption,
    Session,
    open_session,
    usage_error,
)
from nhanluc_cli.cli.parsers import choice_parser
from nhanluc_cli.cli.progress_files import progress_name, schema_ref, write_new_file
from nhanluc_cli.i18n import Lang, message, os_reason, word
from nhanluc_cli.store.workspace import PROGRESS_DIR, display_path

if TYPE_CHECKING:
    from nhanluc_cli.plan.model import Agency, Plan
    from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport
    from nhanluc_cli.store.dataset import Dataset


class NewFormat(StrEnum):
    yaml = "yaml"
    xlsx = "xlsx"


NewFormatOption = Annotated[
    NewFormat, typer.Option("--format", parser=choice_parser(NewFormat), show_default=False)
]
AgencyIdOption = Annotated[str | None, typer.Option("--agency", show_default=False)]
FromOption = Annotated[Path | None, typer.Option("--from", show_default=False)]


@app.command()
def new(
    ctx: typer.Context,
    period: Annotated[str | None, typer.Argument(show_default=False)] = None,
    data: DataOption = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = "vi",
    no_cache: NoCacheOption = False,
    output_format: NewFormatOption = NewFormat.yaml,
    agency: AgencyIdOption = None,
    output: OutputOption = None,
    from_form: FromOption = None,
) -> None:
    """Write a blank progress report, a form (--format xlsx) or the report of a filled form
    (--from). Its help: i18n/help_texts.py."""
    from nhanluc_cli.plan.periods import read_period

    if period is not None:
        reading = read_period(period)
        if reading.canonical is None:
            if reading.choices:
                choices = ", ".join(f'"{choice}"' for choice in reading.choices)
                usage_error(word("new.ambiguous_period", lang, period=period, choices=choices))
            usage_error(word("new.bad_period", lang, period=period))
        period = reading.canonical  # "Quý IV/2026" -> "2026-Q4": the file's name and its period
    _check_options(output_format, agency, output, from_form, lang)
    # Without PERIOD, the missing argument comes before the line about the bundled plan.
    session = open_session(
        data, plan, as_of, lang, for_people=period is not None, no_cache=no_cache
    )
    folder = session.workspace.data_dir
    if period is None:  # the plan's reporting calendar proposes one (contract §17)
        period = _proposed_period(ctx, session)
    if folder is None and output_format is NewFormat.yaml:
        usage_error(word("new.no_data_folder", lang))
    if from_form is None and output_format is NewFormat.yaml and agency is None:
        assert folder is not None
        target = folder / PROGRESS_DIR / f"{period}.yaml"
        if target.exists() or target.is_symlink():
            _refuse(display_path(target, session.cwd), "new.exists", lang)

    from nhanluc_cli.drafts.progress_report import pending_occurrences, progress_template

    dataset = session.load()
    loaded = sound_plan(dataset, session)
    _refuse_outside_plan(loaded.plan, period, lang)
    reports = _sound_reports(dataset, session)
    if from_form is not None:
        from nhanluc_cli.cli.new_form import report_from_form

        assert folder is not None
        report_from_form(session, loaded, reports, period, from_form, folder / PROGRESS_DIR)
        return
    chosen = _agency(loaded.plan, agency, lang)
    pending = pending_occurrences(loaded.plan, reports, period)
    if chosen is not None:
        pending = [o for o in pending if chosen.id in o.task.leads]
    if output_format is NewFormat.xlsx:
        from nhanluc_cli.cli.new_form import write_form

        assert output is not None
        write_form(session, loaded.plan, reports, period, pending, chosen, output)
        return
    assert folder is not None
    target = folder / PROGRESS_DIR / progress_name(period, chosen.id if chosen else None)
    shown = display_path(target, session.cwd)
    text = progress_template(loaded.plan, period, pending, schema_ref(target.parent))
    try:
        created = write_new_file(target, text)
    except OSError as error:
        _refuse(shown, "new.unwritable", lang, reason=os_reason(error, lang))
    if not created:
        _refuse(shown, "new.exists", lang)
    print(word("new.written", lang, file=shown, indicators=len(loaded.plan.indicators),
               tasks=len(pending)))  # fmt: skip


def _proposed_period(ctx: typer.Context, session: Session) -> str:
    """The current reporting period (its window holds today, or it is being reported, or the
    latest due), said on stdout; without a reporting calendar PERIOD is a missing argument."""
    from nhanluc_cli.cli.errors import refuse_missing_argument

    if session.workspace.bundled:  # the bundled plan declares no calendar
        refuse_missing_argument(ctx, "period", session.lang)
    loaded = sound_plan(session.load(), session)
    from nhanluc_cli.plan.reporting import current_period

    current = current_period(loaded.plan, session.as_of)
    if current is None:
        refuse_missing_argument(ctx, "period", session.lang)
    from nhanluc_cli.i18n import period_words
    from nhanluc_cli.vietnamese import format_date

    lang = session.lang
    days = {name: format_date(getattr(current, name), lang) for name in ("start", "cutoff", "due")}
    title = period_words(current.period, lang)
    print(word("new.proposed_period", lang, title=title, period=current.period, **days))
    return current.period


def _check_options(
    output_format: NewFormat,
    agency: str | None,
    output: Path | None,
    from_form: Path | None,
    lang: Lang,
) -> None:
    """Options that cannot go together are a usage error before anything is read."""
    if from_form is not None:
        if output_format is not NewFormat.yaml or agency is not None or output is not None:
            usage_error(word("new.from_alone", lang))
        return
    if output_format is NewFormat.yaml:
        if output is not None:
            usage_error(word("new.output_needs_xlsx", lang))
        return
    if output is None or str(output) == "-":
        usage_error(word("new.form_needs_output", lang))
    if output.suffix.lower() != ".xlsx":
        usage_error(word("new.form_suffix", lang, file=output))


def _agency(plan: "Plan", agency: str | None, lang: Lang) -> "Agency | None":
    """The agency of --agency, by its id; a usage error names the nearest id."""
    if agency is None:
        return None
    found = plan.agency(agency.strip())
    if found is not None:
        return found
    from nhanluc_cli.vietnamese import nearest

    known = [a.id for a in plan.agencies]
    suggestion = nearest(agency, known)
    hint = word("did_you_mean", lang, suggestion=suggestion) if suggestion else ""
    usage_error(word("new.unknown_agency", lang, agency=agency, suggestion=hint,
                     known=", ".join(known)))  # fmt: skip


def sound_plan(dataset: "Dataset", session: Session) -> "LoadedPlan":
    """The plan, when the plan file itself has no E1xx/E2xx error: a template needs nothing else.
    Otherwise the plan's errors are printed and the command exits 1 (contract §11)."""
    plan_file = display_path(dataset.workspace.plan_path, session.cwd)
    plan_errors = [f for f in dataset.findings if f.is_data_error and f.file == plan_file]
    if dataset.plan is not None and not plan_errors:
        return dataset.plan
    from nhanluc_cli.render.findings import render_text

    if plan_errors:
        print(render_text(plan_errors, session.lang), file=sys.stderr)
    raise typer.Exit(EXIT_DATA)


def _sound_reports(dataset: "Dataset", session: Session) -> list["LoadedReport"]:
    """The reports without E1xx/E2xx errors; the others are named on stderr and left out, so
    one broken report does not stop anyone else from starting theirs."""
    broken = sorted({f.file for f in dataset.findings if f.is_data_error})
    if broken:
        args = {"count": len(broken), "files": ", ".join(broken)}
        print(message("new.broken_reports", session.lang, args)[0], file=sys.stderr)
    return [report for report in dataset.reports if report.file not in broken]


def _refuse_outside_plan(plan: "Plan", period: str, lang: Lang) -> None:
    """A report is for a year of the plan's period or of its horizon (W325 territory)."""
    year = int(period[:4])
    last = plan.period.horizon or plan.period.end
    if plan.period.start <= year <= last:
        return
    text, fix = message(
        "new.outside_plan",
        lang,
        {
            "period": period,
            "start": plan.period.start,
            "end": plan.period.end,
            "horizon": last,
        },
    )
    usage_error(f"{text} {fix}")


def _refuse(shown: str, key: str, lang: Lang, **args: object) -> NoReturn:
    """Like a finding: the place, the problem, what to do."""
    text, fix = message(key, lang, args)
    print(f"{shown}: {word('error', lang)}: {text}", file=sys.stderr)
    if fix:
        print(f"   = {fix}", file=sys.stderr)
    raise typer.Exit(EXIT_DATA)
