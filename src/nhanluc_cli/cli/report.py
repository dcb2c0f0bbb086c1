"""`nhanluc report [--format md|html|docx] [--output FILE]`: the progress report for the as-of date.

Without --output the document goes to stdout (a .docx only when stdout is not a terminal). With
it, the format is the file's extension (.md, .html or .htm, .docx; any other is a usage error,
and so is a --format that contradicts it), and the file is written whole or not at all
(a temporary file in the same folder, then os.replace), and never over a data file: not over
the plan or a progress report just read, nor over any .yaml/.yml file (a report is never YAML,
so such a name is a slip of the keyboard that would destroy data). An existing file
is never replaced without --force (contract §18: the clerk may have numbered and edited the
copy already), and a folder in FILE that does not exist is named. Refusals are usage errors
(exit 2); a
folder that cannot be written is exit 1, as for `nhanluc new`; data with E1xx/E2xx findings is
exit 1 with those findings, as for every listing.
"""

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nhanluc_cli.cli import app
from nhanluc_cli.cli.common import (
    EXIT_DATA,
    AsOfOption,
    DataOption,
    ForceOption,
    LangOption,
    NoCacheOption,
    OutputOption,
    PlanOption,
    Session,
    SoonOption,
    open_session,
    refuse_existing,
    require_clean,
    stdout_is_terminal,
    usage_error,
)
from nhanluc_cli.cli.parsers import choice_parser
from nhanluc_cli.files import write_whole
from nhanluc_cli.i18n import Lang, os_reason, word

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from nhanluc_cli.plan.model import Plan
    from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport
    from nhanluc_cli.render.report.nd30 import Figure, OfficialDocument
    from nhanluc_cli.render.report.official import DocumentHead

DATA_SUFFIXES = frozenset({".yaml", ".yml"})


class ReportFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"


FORMAT_OF_SUFFIX = {
    ".md": ReportFormat.md,
    ".html": ReportFormat.html,
    ".htm": ReportFormat.html,
    ".docx": ReportFormat.docx,
}


@app.command()
def report(
    data: DataOption = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = "vi",
    no_cache: NoCacheOption = False,
    output_format: Annotated[
        ReportFormat | None,
        typer.Option("--format", parser=choice_parser(ReportFormat), show_default=False),
    ] = None,
    output: OutputOption = None,
    soon: SoonOption = 30,
    final: Annotated[bool, typer.Option("--final", show_default=False)] = False,
    period: Annotated[str | None, typer.Option("--period", show_default=False)] = None,
    issuer: Annotated[str | None, typer.Option("--issuer", show_default=False)] = None,
    place: Annotated[str | None, typer.Option("--place", show_default=False)] = None,
    to: Annotated[str | None, typer.Option("--to", show_default=False)] = None,
    force: ForceOption = False,
) -> None:
    """The progress report. Its help: i18n/help_texts.py."""
    session = open_session(data, plan, as_of, lang, no_cache=no_cache)
    if period is not None and final:
        usage_error(word("report.period_with_final", session.lang))
    if output is not None and str(output) == "-":
        output = None  # "-o -": stdout, as many tools read it
    if output is not None:
        _refuse_data_file(output, session)
        chosen = _format_from_name(output, output_format, session)
        refuse_existing(output, session, force=force)
    else:
        chosen = output_format or ReportFormat.md
        if chosen is ReportFormat.docx and stdout_is_terminal():
            usage_error(word("output.binary_to_terminal", session.lang, format="docx"))
    dataset = session.load()
    loaded_plan = require_clean(dataset, session.lang)

    from nhanluc_cli.store.workspace import display_path

    head = _head(loaded_plan.plan, session, issuer, place, to or "")
    text: str | bytes
    if final:
        text = _final_text(loaded_plan.plan, dataset.reports, session, chosen, soon, head)
    else:
        text = _progress_text(loaded_plan, dataset.reports, session, chosen, soon, head, period)
    if output is None:
        from nhanluc_cli.render.output import write, write_bytes

        if isinstance(text, bytes):
            write_bytes(text)
        else:
            write(text)
        return
    shown = display_path(output.absolute(), session.cwd)
    try:
        created = write_whole(output, text, replace=force)
    except OSError as error:
        reason = os_reason(error, session.lang)
        problem = word("report.unwritable", session.lang, file=shown, reason=reason)
        print(f"nhanluc: {problem}", file=sys.stderr)
        raise typer.Exit(EXIT_DATA) from None
    if not created:  # it appeared while the report was being made: still not overwritten
        usage_error(word("output.exists", session.lang, file=shown))
    print(word("report.written", session.lang, file=shown), file=sys.stderr)


def _head(
    plan: "Plan", session: Session, issuer: str | None, place: str | None, to: str
) -> "DocumentHead":
    """Who issues the report on its date (contract §18); stderr says why a blank is left."""
    from nhanluc_cli.judging.issuing import issuer_on
    from nhanluc_cli.render.report.official import blank_reason, document_head

    in_force = issuer_on(plan, session.as_of, name=issuer, place=place)
    reason = blank_reason(plan, in_force, session.as_of, session.lang)
    if reason is not None:
        print(f"nhanluc: {reason}", file=sys.stderr)
    return document_head(plan, in_force, session.lang, to)


def _written(document: "OfficialDocument", chosen: ReportFormat) -> str | bytes:
    if chosen is ReportFormat.docx:
        from nhanluc_cli.render.report.nd30 import document_bytes

        return document_bytes(document)
    from nhanluc_cli.render.report.official import (
        render_official_html,
        render_official_markdown,
    )

    if chosen is ReportFormat.html:
        return render_official_html(document)
    return render_official_markdown(document)


def _progress_text(
    loaded_plan: "LoadedPlan",
    reports: "Sequence[LoadedReport]",
    session: Session,
    chosen: ReportFormat,
    soon: int,
    head: "DocumentHead",
    period: str | None = None,
) -> str | bytes:
    """The progress report (contract §6, §18) in the chosen format; with a period, that
    period's report (contract §17): figures as of its cut-off, dated the as-of date."""
    from nhanluc_cli.render.report.document import build_report, for_period
    from nhanluc_cli.render.report.docx import report_document

    figures_on, counted = session.as_of, reports
    if period is not None:
        counted, figures_on = _period_reports(loaded_plan.plan, reports, period, session)
    document = build_report(
        loaded_plan.plan,
        counted,
        figures_on,
        session.lang,
        soon_days=soon,
    )
    if period is not None:
        document = for_period(document, loaded_plan.plan, period, session.as_of, reports)
    figures: tuple[Figure, ...] = ()
    if chosen is ReportFormat.html:
        from nhanluc_cli.render.report.html import chart_figures

        figures = chart_figures(document)
    return _written(report_document(document, session.as_of, head, figures), chosen)


def _period_reports(
    plan: "Plan", reports: "Sequence[LoadedReport]", period: str, session: Session
) -> "tuple[list[LoadedReport], date]":
    """The reports a periodic report draws on, and the day its figures are taken on: the
    period's cut-off (or the as-of date, when the report is drawn up before the cut-off)."""
    from nhanluc_cli.plan.reporting import as_of_cutoff, report_window
    from nhanluc_cli.vietnamese import format_date

    window = report_window(plan, period)
    if window is None:
        usage_error(word("report.period_not_reporting", session.lang, period=period))
    figures_on = min(window.cutoff, session.as_of)
    if figures_on < window.cutoff:
        shown = {"cutoff": format_date(window.cutoff, session.lang)}
        day = format_date(session.as_of, session.lang)
        print(word("report.period_early", session.lang, period=period, date=day, **shown),
              file=sys.stderr)  # fmt: skip
    return as_of_cutoff(reports, figures_on, session.as_of), figures_on


def _final_text(
    plan: "Plan",
    reports: "Sequence[LoadedReport]",
    session: Session,
    chosen: ReportFormat,
    soon: int,
    head: "DocumentHead",
) -> str | bytes:
    """The end-of-period evaluation (contract §13, §18) in the chosen format."""
    from nhanluc_cli.render.report.final import build_final
    from nhanluc_cli.render.report.final_docx import final_document

    document = build_final(plan, reports, session.as_of, session.lang, soon_days=soon)
    return _written(final_document(document, session.as_of, head), chosen)


def _format_from_name(output: Path, asked: ReportFormat | None, session: Session) -> ReportFormat:
    """The format the file's extension names; a usage error (exit 2, nothing written) for any
    other extension, or for a --format that says otherwise."""
    from nhanluc_cli.store.workspace import display_path

    shown = display_path(output.absolute(), session.cwd)
    by_name = FORMAT_OF_SUFFIX.get(output.suffix.lower())
    if by_name is None:
        usage_error(word("report.unknown_extension", session.lang, file=shown))
    if asked is not None and asked is not by_name:
        usage_error(word("report.format_mismatch", session.lang, format=asked.value, file=shown))
    return by_name


def _refuse_data_file(output: Path, session: Session) -> None:
    """Usage error (exit 2) when FILE is a folder, a file this command reads, or YAML."""
    from nhanluc_cli.store.workspace import display_path

    lang: Lang = session.lang
    shown = display_path(output.absolute(), session.cwd)
    if output.is_dir():
        usage_error(word("report.refuse_directory", lang, file=shown))
    target = output.resolve()
    workspace = session.workspace
    read = {path.resolve() for path in (workspace.plan_path, *workspace.report_paths)}
    # resolve() follows symbolic links: a link named report.md that points at a data file is
    # refused too, and so is a .yaml name behind a link.
    suffixes = {output.suffix.lower(), target.suffix.lower()}
    if target in read or suffixes & DATA_SUFFIXES:
        usage_error(word("report.refuse_data_file", lang, file=shown))
