"""The spreadsheet half of `nhanluc new` (contract §19): `--format xlsx -o FORM.xlsx` writes a
form for an office to fill; `--from FORM.xlsx` reads a filled one back as progress/PERIOD.yaml.

Not a command of its own: cli/new.py calls these once the plan and reports are loaded. Every
problem of a form is a finding at its sheet and cell; nothing is written while one is an error.
XlsxWriter and openpyxl are imported by forms/ inside the functions that need them.
"""

import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

from nhanluc_cli.cli.common import EXIT_DATA, Session
from nhanluc_cli.files import write_whole
from nhanluc_cli.findings import Finding
from nhanluc_cli.i18n import Lang, message, word
from nhanluc_cli.store.workspace import display_path

if TYPE_CHECKING:
    from nhanluc_cli.drafts.forms.reader import FormFinding
    from nhanluc_cli.plan.model import Agency, Plan
    from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport
    from nhanluc_cli.tasks.tracking import OccurrenceStatus


def _refuse(shown: str, key: str, lang: Lang, **args: object) -> NoReturn:
    text, fix = message(key, lang, args)
    print(f"{shown}: {word('error', lang)}: {text}", file=sys.stderr)
    if fix:
        print(f"   = {fix}", file=sys.stderr)
    raise typer.Exit(EXIT_DATA)


def write_form(
    session: Session,
    plan: "Plan",
    reports: Sequence["LoadedReport"],
    period: str,
    pending: Sequence["OccurrenceStatus"],
    agency: "Agency | None",
    output: Path,
) -> None:
    """Write the form as `output`, never over an existing file (a filled form may be there)."""
    from nhanluc_cli.drafts.forms.writer import FormContent, form_bytes
    from nhanluc_cli.indicators.evaluation import collect_measurements
    from nhanluc_cli.plan.deadlines import period_bounds

    lang = session.lang
    shown = display_path(output.absolute(), session.cwd)
    if output.exists() or output.is_symlink():
        _refuse(shown, "new.exists", lang)
    bounds = period_bounds(period)
    assert bounds is not None, period
    measurements = collect_measurements(plan, reports, bounds[1])
    latest = {key: (figures[-1] if figures else None) for key, figures in measurements.items()}
    data = form_bytes(FormContent(plan, period, pending, latest, agency))
    try:
        created = write_whole(output, data, replace=False)
    except OSError as error:
        reason = error.strerror or str(error)
        print(
            f"nhanluc: {word('report.unwritable', lang, file=shown, reason=reason)}",
            file=sys.stderr,
        )
        raise typer.Exit(EXIT_DATA) from None
    if not created:
        _refuse(shown, "new.exists", lang)
    print(
        word(
            "new.form_written",
            lang,
            file=shown,
            tasks=len(pending),
            indicators=len(plan.indicators),
            period=period,
        )
    )


def _form_data(path: Path, shown: str) -> "tuple[bytes | None, FormFinding | None]":
    """The form's bytes, or why they cannot be had (missing, not a file, far too large)."""
    from nhanluc_cli.drafts.forms.reader import MAX_FORM_BYTES, FormFinding, too_large

    def problem(code: str, key: str, **args: object) -> "FormFinding":
        return FormFinding(Finding(code, key, shown, 1, 1, args=args))

    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            return None, problem("E101", "file.not_regular")
        with path.open("rb") as stream:
            data = stream.read(MAX_FORM_BYTES + 1)
    except OSError as error:
        return None, problem("E101", "file.unreadable", reason=error.strerror or str(error))
    if len(data) > MAX_FORM_BYTES:
        return None, too_large(shown, unpacked=False)
    return data, None


def _show(findings: Sequence["FormFinding"], lang: Lang) -> None:
    from nhanluc_cli.render.forms import render_form_findings

    if findings:
        print(render_form_findings(findings, lang), file=sys.stderr)


def report_from_form(
    session: Session,
    plan: "LoadedPlan",
    reports: Sequence["LoadedReport"],
    period: str,
    path: Path,
    progress_dir: Path,
) -> None:
    """Read a filled form and write progress/PERIOD[-AGENCY].yaml, or say which cells are
    wrong and write nothing (exit 1)."""
    from nhanluc_cli.cli.progress_files import progress_name, schema_ref, write_new_file
    from nhanluc_cli.drafts.forms.reader import check_draft, draft_report, open_form

    lang = session.lang
    form_shown = display_path(path.absolute(), session.cwd)
    data, problem = _form_data(path, form_shown)
    if data is None:
        _show([problem] if problem else [], lang)
        raise typer.Exit(EXIT_DATA)
    form, findings = open_form(data, form_shown, plan.plan, period)
    if form is None:
        _show(findings, lang)
        raise typer.Exit(EXIT_DATA)
    target = progress_dir / progress_name(period, form.agency)
    shown = display_path(target, session.cwd)
    if target.exists() or target.is_symlink():
        _refuse(shown, "new.exists", lang)
    draft = draft_report(form, plan.plan, schema_ref(progress_dir))
    found = check_draft(draft, plan, reports, shown, form_shown)
    _show(found, lang)
    errors = sum(1 for item in found if item.finding.is_error)
    if errors:
        text = message("form.not_written", lang, {"count": errors, "file": shown})[0]
        print(text, file=sys.stderr)
        raise typer.Exit(EXIT_DATA)
    try:
        created = write_new_file(target, draft.text)
    except OSError as error:
        _refuse(shown, "new.unwritable", lang, reason=error.strerror or str(error))
    if not created:
        _refuse(shown, "new.exists", lang)
    print(
        word(
            "new.from_written",
            lang,
            file=shown,
            form=form_shown,
            tasks=draft.tasks,
            indicators=draft.indicators,
        )
    )
