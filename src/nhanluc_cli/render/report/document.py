"""The progress report of contract §6, as plain values the three renderers (Markdown, HTML and
Word) share.

Pure: no I/O and no clock. `build_report(plan, reports, as_of, lang)` takes the `overview` of
the as-of date (the same one `status` shows, so the report says exactly what `status`, `tasks`
and `indicators` say) and turns the results into words and numbers in the chosen language. The
plan's own text (titles, agency and indicator names) stays Vietnamese in both languages. Charts
keep raw numbers (`ChartSeries`): drawing them is the HTML renderer's business.

What is printed is meant for the people the report goes to (contract §13): the model holds no
file name and no command. Sources are the progress reports' own references: their period, date
and author, and the `source` each figure cites.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from nhanluc_cli.i18n import Lang, unit_suffix, word
from nhanluc_cli.indicators.evaluation import IndicatorResult
from nhanluc_cli.indicators.trend import Measurement
from nhanluc_cli.judging.overview import overview
from nhanluc_cli.plan.model import Plan
from nhanluc_cli.plan.sources import LoadedReport
from nhanluc_cli.plan.statements import known_on, report_date
from nhanluc_cli.render.words import (
    TASK_DISPLAY_ORDER,
    assessment_word,
    indicator_status_word,
    number,
    target_text,
)
from nhanluc_cli.tasks.tracking import (
    OccurrenceStatus,
    agency_name,
    by_lead_agency,
    lead_names,
    occurrence_key,
)
from nhanluc_cli.vietnamese import document_date, format_date, format_number

__all__ = [
    "AgencySection",
    "ChartSeries",
    "CountLine",
    "ExplanationText",
    "IndicatorGroup",
    "IndicatorLine",
    "MeasurementLine",
    "ProgressReport",
    "SourceReport",
    "TaskLine",
    "build_report",
    "counts_text",
    "for_period",
]


@dataclass(frozen=True, slots=True)
class CountLine:
    status: str  # the contract's status word (CSS classes key on it)
    label: str  # the word in the report's language
    count: int


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """What a chart of one numeric indicator needs, unformatted."""

    points: tuple[tuple[date, float], ...]  # measurements known on D, oldest first
    kind: str  # at_least | at_most | range
    target: float | None  # at_least / at_most
    lo: float | None  # range
    hi: float | None  # range
    start: int  # the plan period's first year: the chart starts on 1 January of it
    by: int  # the target year: the chart runs to its end
    projected: float | None  # value at the end of `by` at the observed pace
    percent: bool  # a rate in % (the axis never passes 100)


@dataclass(frozen=True, slots=True)
class IndicatorLine:
    number: int  # 1-based, plan order: the row number in the table and the chart
    id: str
    group: str
    name: str
    target: str  # "≥ 70%", "10–12/vạn dân", "định tính"
    by: int
    latest: str  # "66,5", "đang thực hiện", or "-"
    latest_date: str  # "" when there is no measurement
    projected: str  # "" when unknown
    status: str  # contract word
    status_label: str
    chart: ChartSeries | None  # numeric indicators with a figure known on D only


@dataclass(frozen=True, slots=True)
class IndicatorGroup:
    group: str
    title: str  # "Nhóm a) Đối với cán bộ, …"
    lines: tuple[IndicatorLine, ...]


@dataclass(frozen=True, slots=True)
class TaskLine:
    task: str  # task id
    year: str  # "" for a one-off task
    title: str
    lead: str
    product: str
    deadline: str  # the document's wording
    due: str
    status: str  # contract word
    status_label: str
    completed_on: str
    days_late: str  # "" unless overdue or late (never "0": see _task_line)
    reference: str  # product_ref and note of the latest report, joined
    extension: str = ""  # "gia hạn đến 31/12/2026 theo Công văn số … (hạn ban đầu 30/9/2026)"


@dataclass(frozen=True, slots=True)
class AgencySection:
    agency: str
    counts: tuple[CountLine, ...]  # statuses with at least one occurrence
    total: int
    tasks: tuple[TaskLine, ...]


@dataclass(frozen=True, slots=True)
class SourceReport:
    """A progress report as it names itself: its period, date and author."""

    period: str
    reported_on: str  # `reported_on`, else the end of the period (marked in `dated_by_period`)
    dated_by_period: bool
    reported_by: str

    @property
    def reference(self) -> str:
        """ "2025 (Cơ quan Tổ chức - Nội vụ, 15/01/2026)": the report as one would cite it."""
        return f"{self.period} ({', '.join(t for t in (self.reported_by, self.reported_on) if t)})"


@dataclass(frozen=True, slots=True)
class MeasurementLine:
    indicator_number: int
    indicator_id: str
    indicator: str
    as_of: str
    value: str
    source: str
    note: str


@dataclass(frozen=True, slots=True)
class ProgressReport:
    lang: Lang
    plan_id: str
    plan_date: str  # as a document cites another: "04/8/2021"
    issuer: str
    issuer_lines: tuple[str, ...]  # "Ủy ban nhân dân", "huyện Càng Long": a header's two lines
    issuer_code: str  # "UBND" from "60/KH-UBND": the report is numbered "Số: …/BC-UBND"
    title: str
    place: str
    period: str  # "2021-2025, định hướng đến năm 2030"
    as_of: str
    as_of_long: str  # NĐ 30's date line: "ngày 15 tháng 12 năm 2024" / "15 December 2024"
    elapsed: str  # "79%"
    elapsed_share: float
    # "Giai đoạn ...: đến ngày ... đã qua 79% thời gian.", or for a closed plan when and why it
    # ended: the report's first sentence of section I.
    elapsed_sentence: str
    compiled_by: str  # the monitoring agency's name ("" when the plan names none)
    task_total: int
    task_counts: tuple[CountLine, ...]  # every status, in display order
    indicator_total: int
    indicator_counts: tuple[CountLine, ...]  # every status, contract order
    indicator_groups: tuple[IndicatorGroup, ...]
    agencies: tuple[AgencySection, ...]  # Vietnamese alphabetical order
    overdue: tuple[TaskLine, ...]  # most days late first
    not_on_track: tuple[IndicatorLine, ...]  # most urgent first, then plan order
    reports_used: tuple[SourceReport, ...]  # known on D, in the order they became known
    reports_later: tuple[SourceReport, ...]  # dated after D: not counted
    measurements: tuple[MeasurementLine, ...]  # plan order, then date
    recipients: tuple[str, ...]  # the plan's "Nơi nhận", for the report's own
    signer_authority: tuple[str, ...]  # "TM. Ủy ban nhân dân", "KT. Chủ tịch"; () when none
    signer_position: str  # "Phó Chủ tịch"; the name is left for whoever signs
    # A periodic report (`report --period`, contract §17): the period in words ("6 tháng đầu
    # năm 2026"); `as_of` is then its cut-off day and `as_of_long` the document's own date.
    period_title: str = ""

    @property
    def subject_key(self) -> str:
        """The i18n key of the trích yếu: a periodic report names its period."""
        return "report.title_period" if self.period_title else "report.title"

    @property
    def opening_key(self) -> str:
        return "document.opening_period" if self.period_title else "document.opening"

    # Contract §18: what the sections of a báo cáo need beyond the tables.
    explanations: tuple[ExplanationText, ...] = ()  # each explanation on record, quoted
    period_end: str = ""  # the last day the task lists reach ("31/12/2026")
    period_tasks: tuple[AgencySection, ...] = ()  # concerning the period, overdue left out
    later_count: int = 0  # occurrences due after the period, counted in one line
    later_years: str = ""  # "2027-2030"
    coming_count: int = 0  # occurrences of the period not yet due nor done
    closed_on: str = ""  # the closing day once the plan is closed ("30/06/2025"), else ""


@dataclass(frozen=True, slots=True)
class ExplanationText:
    subject: str  # "Nhiệm vụ 5: …" or "Chỉ tiêu: …"
    status: str
    text: str
    reported: str  # who reported it, in which report


def _elapsed_sentence(
    plan: Plan, closed_on: date | None, as_of: date, elapsed: float, lang: Lang
) -> str:
    percent = format_number(elapsed * 100, lang, 0) + "%"
    period = _period_text(plan, lang)
    if closed_on is None:
        return word(
            "document.elapsed", lang, period=period, as_of=format_date(as_of, lang), elapsed=percent
        )
    day = format_date(closed_on, lang)
    if plan.ended is None:
        return word("document.closed", lang, period=period, date=day)
    return word(
        "document.closed_early",
        lang,
        period=period,
        date=day,
        elapsed=percent,
        reason=plan.ended.reason,
        basis=plan.ended.basis,
    )


def build_report(
    plan: Plan,
    reports: Sequence[LoadedReport],
    as_of: date,
    lang: Lang,
    *,
    soon_days: int = 30,
    period: tuple[date, date] | None = None,
) -> ProgressReport:
    """The whole report for `as_of`, in `lang` (contract §6, §18). `period` bounds the task
    lists (default: from the plan's start to 31/12 of the as-of year): an occurrence is listed
    when it is due in it, overdue, or done in it; later ones are counted in one line."""
    view = overview(plan, reports, as_of, soon_days)
    occurrences, results, elapsed = view.occurrences, view.indicators, view.elapsed
    first, last = period or (date(plan.period.start, 1, 1), date(as_of.year, 12, 31))
    bases = extension_bases(plan, reports, as_of)
    start = plan.period.start
    lines = [_indicator_line(n, r, start, lang) for n, r in enumerate(results, start=1)]
    line_of = {line.id: line for line in lines}
    monitoring = plan.agency(plan.monitoring_agency) if plan.monitoring_agency else None
    by_file = {report.file: report for report in reports}
    return ProgressReport(
        lang=lang,
        plan_id=plan.id,
        plan_date=document_date(plan.date, lang, short=True),  # cited as documents are: 04/8/2021
        issuer=plan.issuer,
        issuer_lines=issuer_lines(plan.issuer),
        issuer_code=issuer_code(plan.id),
        title=plan.title,
        place=plan.place or "",
        period=_period_text(plan, lang),
        as_of=format_date(as_of, lang),
        as_of_long=document_date(as_of, lang),  # Nghị định 30: ngày 04 tháng 8 năm 2021
        elapsed=format_number(elapsed * 100, lang, 0) + "%",
        elapsed_share=elapsed,
        elapsed_sentence=_elapsed_sentence(plan, view.closed_on, as_of, elapsed, lang),
        compiled_by=monitoring.name if monitoring is not None else "",
        task_total=len(occurrences),
        task_counts=tuple(
            CountLine(s, word(f"task_status.{s}", lang), view.task_counts[s])
            for s in TASK_DISPLAY_ORDER
        ),
        indicator_total=len(results),
        indicator_counts=tuple(
            CountLine(s, indicator_status_word(s, lang), n)
            for s, n in view.indicator_counts.items()
        ),
        indicator_groups=_groups(plan, lines, lang),
        agencies=_agency_sections(plan, occurrences, lang),
        overdue=tuple(_task_line(plan, o, lang, bases) for o in view.overdue),
        not_on_track=tuple(line_of[r.indicator.id] for r in view.not_on_track),
        reports_used=tuple(_source_report(r, lang, plan) for r in view.reports_known),
        reports_later=tuple(_source_report(by_file[f], lang, plan) for f in view.reports_later),
        measurements=_measurement_lines(results, lang),
        recipients=tuple(plan.recipients),
        signer_authority=signer_authority(plan),
        signer_position=signer_position(plan),
        explanations=_explanations(plan, reports, as_of, soon_days, lang),
        period_end=format_date(last, lang),
        period_tasks=_period_sections(plan, occurrences, (first, last), lang, bases),
        later_count=len(later := [o for o in occurrences if _later(o, last)]),
        later_years=_years_text(later),
        coming_count=sum(
            1 for o in occurrences if o.status in ("open", "due_soon") and o.due <= last
        ),
        closed_on=format_date(view.closed_on, lang) if view.closed_on is not None else "",
    )


def for_period(
    report: ProgressReport,
    plan: Plan,
    period: str,
    issued_on: date,
    reports: Sequence[LoadedReport],
) -> ProgressReport:
    """`report` (built for a period's cut-off day) as that period's report: titled with the
    period in words, dated `issued_on`, its sources every report known on `issued_on` with its
    own date (a report received after the cut-off counts too, contract §17)."""
    from dataclasses import replace

    from nhanluc_cli.i18n import period_words
    from nhanluc_cli.plan.statements import known_on

    lang = report.lang
    used = known_on(reports, issued_on)
    known = {id(r) for r in used}
    later = sorted((r for r in reports if id(r) not in known), key=lambda r: r.file)
    return replace(
        report,
        period_title=period_words(period, lang),
        as_of_long=document_date(issued_on, lang),
        reports_used=tuple(_source_report(r, lang, plan) for r in used),
        reports_later=tuple(_source_report(r, lang, plan) for r in later),
    )


def counts_text(lines: Sequence[CountLine]) -> str:
    """ "quá hạn 3, đã xong 19": the statuses that occur, with their counts."""
    return ", ".join(f"{line.label} {line.count}" for line in lines if line.count)


# ---------------------------------------------------------------------------------------------
# Header


def _period_text(plan: Plan, lang: Lang) -> str:
    start, end, horizon = plan.period.start, plan.period.end, plan.period.horizon
    if horizon is None:
        return f"{start}-{end}"
    return word("report.period_horizon", lang, start=start, end=end, horizon=horizon)


# Bodies whose name breaks after their kind in a document's header: "ỦY BAN NHÂN DÂN / HUYỆN …".
_BODY_KINDS = re.compile(r"^(Ủy ban nhân dân|Hội đồng nhân dân|Uỷ ban nhân dân)\s+(.+)$", re.I)


def issuer_lines(issuer: str) -> tuple[str, ...]:
    found = _BODY_KINDS.match(issuer.strip())
    return (found.group(1), found.group(2)) if found else (issuer,)


def issuer_code(plan_id: str) -> str:
    """ "UBND" from "60/KH-UBND": the issuing body's code in the plan's own number."""
    symbol = plan_id.rsplit("/", 1)[-1]
    return symbol.split("-", 1)[1] if "-" in symbol else symbol


def signer_position(plan: Plan) -> str:
    """The signer's position ("Phó Chủ tịch"), or "" when the plan names none."""
    return plan.signer.position or "" if plan.signer is not None else ""


def signer_authority(plan: Plan) -> tuple[str, ...]:
    """ "TM. …" and "KT. …" lines of the signature block (`on_behalf`, split at ";")."""
    if plan.signer is None:
        return ()
    parts = (part.strip() for part in (plan.signer.on_behalf or "").split(";"))
    return tuple(part for part in parts if part)


# ---------------------------------------------------------------------------------------------
# Indicators


def _indicator_line(
    position: int, result: IndicatorResult, start: int, lang: Lang
) -> IndicatorLine:
    indicator, evaluation = result.indicator, result.evaluation
    latest = evaluation.latest
    if latest is None:
        shown, shown_date = "-", ""
    else:
        shown_date = format_date(latest.as_of, lang)
        shown = _value_text(latest, indicator.unit, lang, with_unit=False)
    projected = result.projected
    return IndicatorLine(
        number=position,
        id=indicator.id,
        group=indicator.group,
        name=indicator.name,
        target=target_text(indicator, lang),
        by=indicator.by,
        latest=shown,
        latest_date=shown_date,
        projected=number(projected, lang, 1) if projected is not None else "",
        status=evaluation.status,
        status_label=indicator_status_word(evaluation.status, lang),
        chart=_chart(result, start),
    )


def _value_text(measurement: Measurement, unit: str | None, lang: Lang, with_unit: bool) -> str:
    if measurement.value is None:
        return assessment_word(measurement.assessment, lang)
    shown = number(measurement.value, lang)
    if unit is not None and unit not in ("%", "per_10000"):
        return shown + unit_suffix(unit, lang)  # a count is never shown without its unit (§15)
    if not with_unit or unit is None:
        return shown
    return shown + ("%" if unit == "%" else word("indicators.per_10000", lang))


def _chart(result: IndicatorResult, start: int) -> ChartSeries | None:
    indicator = result.indicator
    target = indicator.target
    if target.kind == "qualitative":
        return None
    points = tuple((m.as_of, m.value) for m in result.measurements if m.value is not None)
    if result.measured is not None and indicator.measure in (
        "yearly",
        "cumulative",
        "average_yearly",
    ):
        points = _running_totals(result)
    if not points:  # nothing to draw: an empty frame says less than the table's "-"
        return None
    # A growth target is a rate, not a level of the figures drawn: no line for it.
    growth = indicator.measure == "growth"
    return ChartSeries(
        points=points,
        kind=target.kind,
        target=None if growth else target.value,
        lo=None if growth else target.lo,
        hi=None if growth else target.hi,
        start=start,
        by=indicator.by,
        projected=result.projected,
        percent=indicator.unit == "%",
    )


def _running_totals(result: IndicatorResult) -> tuple[tuple[date, float], ...]:
    """Amounts (§15) drawn as they add up: over the whole period for `cumulative`, within each
    year for `yearly` and `average_yearly`, so that the target line means what it says."""
    measured = result.measured
    assert measured is not None
    points: list[tuple[date, float]] = []
    total, year = 0.0, None
    for figure in sorted(measured.counted, key=lambda f: f.end):
        if result.indicator.measure != "cumulative" and figure.start.year != year:
            total, year = 0.0, figure.start.year
        total += figure.value
        points.append((figure.as_of, total))
    return tuple(points)


def _groups(plan: Plan, lines: Sequence[IndicatorLine], lang: Lang) -> tuple[IndicatorGroup, ...]:
    titles = plan.group_names
    grouped: dict[str, list[IndicatorLine]] = {}
    for line in lines:
        grouped.setdefault(line.group, []).append(line)
    return tuple(
        IndicatorGroup(
            group,
            word("indicators.group", lang, group=group, title=titles.get(group, "")).strip(),
            tuple(members),
        )
        for group, members in grouped.items()
    )


# ---------------------------------------------------------------------------------------------
# Tasks


def _task_line(
    plan: Plan,
    occurrence: OccurrenceStatus,
    lang: Lang,
    bases: dict[str, str] | None = None,
) -> TaskLine:
    task = occurrence.task
    references = [text for text in (occurrence.product_ref, occurrence.note) if text]
    completed = occurrence.completed_on
    status_label = word(f"task_status.{occurrence.status}", lang)
    days_late = occurrence.days_late
    if occurrence.status == "overdue" and days_late == 0:
        # Due on the closing day of a plan that closed: not late by a day, only unfinished.
        status_label = word("sections.due_last_day", lang, due=format_date(occurrence.due, lang))
        days_late = None
    extension = ""
    if occurrence.original_due is not None:
        basis = (bases or {}).get(occurrence_key(task.id, occurrence.label), "")
        extension = word(
            "sections.extended" if basis else "sections.extended_no_basis",
            lang,
            due=format_date(occurrence.due, lang),
            basis=basis,
            original=format_date(occurrence.original_due, lang),
        )
    return TaskLine(
        task=task.id,
        year=occurrence.label or "",
        title=task.title,
        lead=lead_names(plan, task),
        product=task.product or "",
        deadline=task.deadline,
        due=format_date(occurrence.due, lang),
        status=occurrence.status,
        status_label=status_label,
        completed_on=format_date(completed, lang) if completed is not None else "",
        days_late=format_number(days_late, lang, 0) if days_late is not None else "",
        reference="; ".join(references),
        extension=extension,
    )


def _agency_sections(
    plan: Plan, occurrences: Sequence[OccurrenceStatus], lang: Lang
) -> tuple[AgencySection, ...]:
    rows: dict[str, list[TaskLine]] = {}
    for occurrence in occurrences:  # schedule order: due date, then plan order
        for lead in occurrence.task.leads:  # a shared task is listed under each of its leads
            rows.setdefault(lead, []).append(_task_line(plan, occurrence, lang))
    return tuple(
        AgencySection(
            agency=load.name,
            counts=tuple(
                CountLine(s, word(f"task_status.{s}", lang), load.counts[s])
                for s in TASK_DISPLAY_ORDER
                if load.counts[s]
            ),
            total=load.total,
            tasks=tuple(rows[load.agency_id]),
        )
        for load in by_lead_agency(plan, occurrences)
    )


# ---------------------------------------------------------------------------------------------
# Sources


def _source_report(report: LoadedReport, lang: Lang, plan: Plan) -> SourceReport:
    body = report.report
    reporter = body.reported_by or ""
    agency = plan.agency(reporter.strip()) if reporter else None  # an id names its agency
    return SourceReport(
        period=body.period,
        reported_on=format_date(report_date(report), lang),
        dated_by_period=body.reported_on is None,
        reported_by=agency.name if agency is not None else reporter,
    )


def _measurement_lines(
    results: Sequence[IndicatorResult], lang: Lang
) -> tuple[MeasurementLine, ...]:
    lines: list[MeasurementLine] = []
    for position, result in enumerate(results, start=1):
        indicator = result.indicator
        for measurement in result.measurements:
            lines.append(
                MeasurementLine(
                    indicator_number=position,
                    indicator_id=indicator.id,
                    indicator=indicator.name,
                    as_of=format_date(measurement.as_of, lang),
                    value=_value_text(measurement, indicator.unit, lang, with_unit=True),
                    source=measurement.source or "",
                    note=measurement.note or "",
                )
            )
    return tuple(lines)


# ---------------------------------------------------------------------------------------------
# Contract §18: the period's task lists, extensions in words, explanations on record


def extension_bases(plan: Plan, reports: Sequence[LoadedReport], as_of: date) -> dict[str, str]:
    """The basis of the extension in force of each occurrence ("7@2025" -> "Công văn số …"),
    from the reports known on `as_of` (the latest that extends it speaks)."""
    bases: dict[str, str] = {}
    for report in known_on(reports, as_of):
        for key, entry in report.report.tasks.items():
            if entry is not None and entry.extended_to is not None and entry.basis:
                bases[key] = entry.basis
    return bases


def _later(occurrence: OccurrenceStatus, last: date) -> bool:
    """Due after the period and not yet done: counted, not listed."""
    return occurrence.due > last and occurrence.status in ("open", "due_soon")


def _concerns(occurrence: OccurrenceStatus, first: date, last: date) -> bool:
    if occurrence.status == "overdue":
        return False  # listed in the body, once
    if occurrence.status in ("terminated", "transferred"):
        return True  # final for this plan, whatever its due date: listed once, here
    if first <= occurrence.due <= last:
        return True
    completed = occurrence.completed_on
    return completed is not None and first <= completed <= last


def _years_text(occurrences: Sequence[OccurrenceStatus]) -> str:
    years = sorted({o.due.year for o in occurrences})
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}-{years[-1]}"


def _period_sections(
    plan: Plan,
    occurrences: Sequence[OccurrenceStatus],
    period: tuple[date, date],
    lang: Lang,
    bases: dict[str, str],
) -> tuple[AgencySection, ...]:
    """The occurrences that concern the period, each once: under its first lead agency."""
    first, last = period
    chosen = [o for o in occurrences if _concerns(o, first, last)]
    rows: dict[str, list[TaskLine]] = {}
    counts: dict[str, dict[str, int]] = {}
    for occurrence in chosen:
        lead = occurrence.task.leads[0] if occurrence.task.leads else ""
        rows.setdefault(lead, []).append(_task_line(plan, occurrence, lang, bases))
        tally = counts.setdefault(lead, {})
        tally[occurrence.status] = tally.get(occurrence.status, 0) + 1
    order = [load.agency_id for load in by_lead_agency(plan, chosen) if load.agency_id in rows]
    order += [lead for lead in rows if lead not in order]
    return tuple(
        AgencySection(
            agency=agency_name(plan, lead),
            counts=tuple(
                CountLine(s, word(f"task_status.{s}", lang), counts[lead][s])
                for s in TASK_DISPLAY_ORDER
                if counts[lead].get(s)
            ),
            total=len(rows[lead]),
            tasks=tuple(rows[lead]),
        )
        for lead in order
    )


def _explanations(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date, soon_days: int, lang: Lang
) -> tuple[ExplanationText, ...]:
    from nhanluc_cli.judging.final_evaluation import evaluate_plan
    from nhanluc_cli.render.report.final import explanation_line

    evaluation = evaluate_plan(plan, reports, as_of, soon_days)
    lines = (explanation_line(e, lang) for e in evaluation.explanations)
    return tuple(ExplanationText(e.subject, e.status, e.text, e.reported) for e in lines)
