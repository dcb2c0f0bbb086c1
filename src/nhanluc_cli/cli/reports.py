"""`nhanluc reports`: for each reporting period whose window has begun and each reporter, whether
the report came on time, late, is missing or not yet due (contract §17), with the reporting and
on-time rates. Missing reports are its output, not its failure: it exits 0 unless the data has
E1xx/E2xx errors (1) or the options are wrong (2).
"""

import sys

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
    emit,
    open_session,
    output_target,
    require_clean,
    xlsx_title,
)
from nhanluc_cli.i18n import word


@app.command()
def reports(
    data: DataOption = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = "vi",
    no_cache: NoCacheOption = False,
    output_format: FormatOption = ListFormat.table,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Who has sent the periodic reports. Its help: i18n/help_texts.py."""
    from nhanluc_cli.plan.reporting import rates, rates_by_reporter, reporting_status
    from nhanluc_cli.store.report_headers import report_headers

    session = open_session(
        data, plan, as_of, lang, for_people=output_format is ListFormat.table, no_cache=no_cache
    )
    target = output_target(output, output_format.value, session, force=force)
    dataset = session.load()
    loaded_plan = require_clean(dataset, session.lang)
    if loaded_plan.plan.reporting is None and output_format is ListFormat.table:
        print(word("reports.no_calendar", session.lang), file=sys.stderr)
    rows = reporting_status(loaded_plan.plan, report_headers(dataset), session.as_of)
    by_reporter = rates_by_reporter(rows)
    overall = rates(rows)
    if output_format is ListFormat.table:
        if loaded_plan.plan.reporting is None:
            return
        from nhanluc_cli.render.reports import print_reports

        print_reports(rows, by_reporter, overall, session.lang, session.as_of)
        return
    from nhanluc_cli.render.output import to_csv, to_json
    from nhanluc_cli.render.reports import REPORT_FIELDS, rate_row, report_row

    listed = [report_row(row) for row in rows]
    if output_format is ListFormat.xlsx:
        from nhanluc_cli.render.reports import report_sheets
        from nhanluc_cli.render.workbook import workbook_bytes

        rated = [rate_row(agency_id, name, r) for agency_id, name, r in by_reporter]
        rated.append(rate_row(None, word("reports.total", session.lang), overall))
        emit(
            workbook_bytes(
                report_sheets(listed, rated, session.lang),
                session.lang,
                xlsx_title(loaded_plan, session),
            ),
            target,
            session,
        )
    elif output_format is ListFormat.json:
        emit(to_json(listed), target, session)
    else:
        emit(to_csv(listed, REPORT_FIELDS), target, session)
