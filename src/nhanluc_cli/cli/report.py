"""`nhanluc report [--format md|html|docx] [--output FILE]`: the progress report for the as-of date.

Without --output the document goes to stdout (a .docx only when stdout is not a terminal). With
it, the format is the file's extension (.md, .html or .htm, .docx; any other is a usage error,
and so is a --format that contradicts it), and the file is written whole or not at all
(a temporary file in the same folder, then os.replace), and never over a data file: not over
the plan or a progress report just read, nor over any .yaml/.yml file (a report is never YAML,
so such a name is a slip of the keyboard that would destroy data). An existing .md or .html file
is replaced: that is what regenerating a report means. Refusals are usage errors (exit 2); a
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
    LangOption,
    NoCacheOption,
    OutputOption,
    PlanOption,
    Session,
    SoonOption,
    open_session,
    require_clean,
    stdout_is_terminal,
    usage_error,
)
from nhanluc_cli.cli.usage import choice_parser
from nhanluc_cli.files import write_whole
from nhanluc_cli.i18n import Lang, os_reason, word

if TYPE_CHECKING:
    from collections.abc import Sequence

    from nhanluc_cli.model import Plan
    from nhanluc_cli.sources import LoadedPlan, LoadedReport

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
) -> None:
    """The progress report. Its help: cli/help_texts.py."""
    session = open_session(data, plan, as_of, lang, no_cache=no_cache)
    if output is not None and str(output) == "-":
        output = None  # "-o -": stdout, as many tools read it
    if output is not None:
        _refuse_data_file(output, session)
        chosen = _format_from_name(output, output_format, session)
    else:
        chosen = output_format or ReportFormat.md
        if chosen is ReportFormat.docx and stdout_is_terminal():
            usage_error(word("output.binary_to_terminal", session.lang, format="docx"))
    dataset = session.load()
    loaded_plan = require_clean(dataset, session.lang)

    from nhanluc_cli.dataset import display_path

    text: str | bytes
    if final:
        text = _final_text(loaded_plan.plan, dataset.reports, session, chosen, soon)
    else:
        text = _progress_text(loaded_plan, dataset.reports, session, chosen, soon)
    if output is None:
        from nhanluc_cli.render.output import write, write_bytes

        if isinstance(text, bytes):
            write_bytes(text)
        else:
            write(text)
        return
    shown = display_path(output.absolute(), session.cwd)
    try:
        write_whole(output, text, replace=True)
    except OSError as error:
        reason = os_reason(error, session.lang)
        problem = word("report.unwritable", session.lang, file=shown, reason=reason)
        print(f"nhanluc: {problem}", file=sys.stderr)
        raise typer.Exit(EXIT_DATA) from None
    print(word("report.written", session.lang, file=shown), file=sys.stderr)


def _progress_text(
    loaded_plan: "LoadedPlan",
    reports: "Sequence[LoadedReport]",
    session: Session,
    chosen: ReportFormat,
    soon: int,
) -> str | bytes:
    """The progress report (contract §6) in the chosen format."""
    from nhanluc_cli.render.report.document import build_report

    document = build_report(
        loaded_plan.plan,
        reports,
        session.as_of,
        session.lang,
        soon_days=soon,
    )
    if chosen is ReportFormat.docx:
        from nhanluc_cli.render.report.docx import report_document
        from nhanluc_cli.render.report.nd30 import document_bytes

        return document_bytes(report_document(document, session.as_of))
    if chosen is ReportFormat.html:
        from nhanluc_cli.render.report.html import render_html

        return render_html(document)
    from nhanluc_cli.render.report.markdown import render_markdown

    return render_markdown(document)


def _final_text(
    plan: "Plan",
    reports: "Sequence[LoadedReport]",
    session: Session,
    chosen: ReportFormat,
    soon: int,
) -> str | bytes:
    """The end-of-period evaluation (contract §13) in the chosen format."""
    from nhanluc_cli.render.report.final import (
        build_final,
        render_final_html,
        render_final_markdown,
    )

    document = build_final(plan, reports, session.as_of, session.lang, soon_days=soon)
    if chosen is ReportFormat.docx:
        from nhanluc_cli.render.report.final_docx import final_document
        from nhanluc_cli.render.report.nd30 import document_bytes

        return document_bytes(final_document(document, plan, session.as_of))
    if chosen is ReportFormat.html:
        return render_final_html(document)
    return render_final_markdown(document)


def _format_from_name(output: Path, asked: ReportFormat | None, session: Session) -> ReportFormat:
    """The format the file's extension names; a usage error (exit 2, nothing written) for any
    other extension, or for a --format that says otherwise."""
    from nhanluc_cli.dataset import display_path

    shown = display_path(output.absolute(), session.cwd)
    by_name = FORMAT_OF_SUFFIX.get(output.suffix.lower())
    if by_name is None:
        usage_error(word("report.unknown_extension", session.lang, file=shown))
    if asked is not None and asked is not by_name:
        usage_error(word("report.format_mismatch", session.lang, format=asked.value, file=shown))
    return by_name


def _refuse_data_file(output: Path, session: Session) -> None:
    """Usage error (exit 2) when FILE is a folder, a file this command reads, or YAML."""
    from nhanluc_cli.dataset import display_path

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
