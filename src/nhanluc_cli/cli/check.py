"""`nhanluc check`: every finding in one run; exit 1 when there are errors."""

import os
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from nhanluc_cli.cli import app
from nhanluc_cli.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    AsOfOption,
    DataOption,
    LangOption,
    NoCacheOption,
    PlanOption,
    SoonOption,
    open_session,
    usage_error,
)
from nhanluc_cli.cli.parsers import choice_parser
from nhanluc_cli.findings import CODES, Finding

if TYPE_CHECKING:
    from datetime import date

    from nhanluc_cli.cli.common import Session
    from nhanluc_cli.store.by_subject import SubjectWork
    from nhanluc_cli.store.dataset import Dataset
from nhanluc_cli.i18n import Lang, os_reason, word


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    junit = "junit"


@app.command()
def check(
    data: DataOption = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = "vi",
    no_cache: NoCacheOption = False,
    output_format: Annotated[
        CheckFormat,
        typer.Option("--format", parser=choice_parser(CheckFormat), show_default=False),
    ] = CheckFormat.text,
    strict: Annotated[bool, typer.Option("--strict", show_default=False)] = False,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", show_default=False)] = None,
    soon: SoonOption = 30,
) -> None:
    """Validate everything. Its help: i18n/help_texts.py."""
    # `--ignore E301,W311` as well as `--ignore E301 --ignore W311`, like `tasks --status`.
    ignored = {code.strip().upper() for text in ignore or [] for code in text.split(",")}
    ignored.discard("")
    unknown = sorted(ignored - CODES.keys())
    if unknown:
        usage_error(
            word("check.unknown_code", lang, codes=", ".join(unknown), known=", ".join(CODES))
        )
    session = open_session(
        data, plan, as_of, lang, for_people=output_format is CheckFormat.text, no_cache=no_cache
    )
    # Findings only: no model kept for later (contract §8: memory), and the as-of statuses
    # worked out with the checks across reports.
    dataset = session.load(lean=True, also_by_subject=lambda: [_as_of_work(session, soon)])
    findings: list[Finding] = list(dataset.findings)
    if dataset.has_plan:
        from nhanluc_cli.store.collector import collector_paused

        # W330 compares report dates with today, which only a run without --as-of knows.
        today = session.as_of if as_of is None else None
        with collector_paused():
            findings.extend(
                dataset.remembered(
                    f"as-of findings {session.as_of.isoformat()} {soon}"
                    + (" today" if today is not None else ""),
                    lambda: _as_of_findings(dataset, session.as_of, soon, today),
                )
            )
    from nhanluc_cli.checks.copies import content_digest, identical_reports

    # The digest worked out for the cache's key when there is one (a file of blanks has none).
    copies = ((p.display, p.digest or content_digest(p.text())) for p in dataset.pending)
    findings.extend(identical_reports(copies))
    findings = [f for f in findings if f.code not in ignored]

    failed = any(f.is_error or strict for f in findings)
    _emit(output_format, findings, session.lang, dataset.files_read, strict)
    raise typer.Exit(EXIT_DATA if failed else EXIT_OK)


def _as_of_work(session: "Session", soon: int) -> "SubjectWork":
    from nhanluc_cli.store.by_subject import as_of_work

    return as_of_work(session.as_of, soon)


def _as_of_findings(
    dataset: "Dataset", as_of: "date", soon: int, today: "date | None"
) -> list[Finding]:
    from nhanluc_cli.checks.reporting import calendar_findings
    from nhanluc_cli.store.by_subject import as_of_findings  # only when not remembered
    from nhanluc_cli.store.report_headers import report_headers

    plan = dataset.plan
    assert plan is not None
    found = as_of_findings(dataset, as_of, soon)
    # The reporting calendar (W327) and reports dated after today (W330) read every report's
    # header; they are not cut by task or indicator.
    return found + calendar_findings(plan, report_headers(dataset), as_of, today)


def _emit(
    output_format: CheckFormat, findings: list[Finding], lang: Lang, files: int, strict: bool
) -> None:
    from nhanluc_cli.findings import count_by_severity, sort_findings
    from nhanluc_cli.render import findings as render

    ordered = sort_findings(findings)
    if output_format is CheckFormat.json:
        print(render.render_json(ordered, lang))
        return
    if output_format in (CheckFormat.github, CheckFormat.junit):
        from nhanluc_cli.render import ci
        from nhanluc_cli.render.output import write

        text = ci.render(output_format.value, ordered, lang, strict=strict)
        if text:
            write(text)  # UTF-8 whatever the runner's locale: the XML says it is UTF-8
        if output_format is CheckFormat.github:
            _append_step_summary(ci.step_summary_markdown(ordered, lang), lang)
        return
    if ordered:
        print(render.render_text(ordered, lang))
        counts = count_by_severity(ordered)
        summary = word("check.summary", lang, files=files, **counts)
        if strict and counts["warnings"]:
            summary = summary.removesuffix(".") + word("check.strict_note", lang)
        print(summary, file=sys.stderr)
    else:
        print(word("check.ok", lang, files=files), file=sys.stderr)


def _append_step_summary(markdown: str, lang: Lang) -> None:
    """GitHub caps annotations per step; $GITHUB_STEP_SUMMARY shows every finding. A summary
    that cannot be written is said on stderr and changes nothing else (not the exit code)."""
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    try:
        with open(path, "a", encoding="utf-8") as summary:
            summary.write(markdown)
    except OSError as error:
        reason = os_reason(error, lang)
        print(word("ci.summary_unwritable", lang, path=path, reason=reason), file=sys.stderr)
