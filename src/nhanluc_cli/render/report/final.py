"""The end-of-period evaluation (báo cáo tổng kết, contract §13) as words: the view model that
final_docx.py turns into an official document (rendered as Word, Markdown and HTML alike by
nd30.py and official.py).

Pure: no I/O and no clock. `build_final(plan, reports, as_of, lang)` takes the engine's
`evaluate_plan` and writes every sentence, label and figure in the chosen language. Reports are
cited by their own reference (who reported, the period, the date), never by file name; no
command appears in the text. On a plan still running the same document is an interim one (báo
cáo sơ kết): the title and the opening say so, and the last section lists what remains to do
rather than what the next period takes over.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.indicators.trend import INDICATOR_STATUSES, Measurement
from nhanluc_cli.judging.final_evaluation import (
    OUTCOMES,
    Explanation,
    IndicatorVerdict,
    PlanEvaluation,
    TaskOutcome,
    evaluate_plan,
)
from nhanluc_cli.plan.model import Plan
from nhanluc_cli.plan.sources import LoadedReport
from nhanluc_cli.plan.statements import report_date
from nhanluc_cli.render.words import assessment_word, indicator_status_word, number, target_text
from nhanluc_cli.tasks.tracking import agency_name, lead_names
from nhanluc_cli.vietnamese import document_date, format_date, format_number

__all__ = [
    "DirectionPart",
    "ExplanationLine",
    "FinalIndicatorLine",
    "FinalReport",
    "FinalTaskLine",
    "IndicatorGroup",
    "TaskGroup",
    "build_final",
    "verdict_word",
]


@dataclass(frozen=True, slots=True)
class FinalIndicatorLine:
    number: int  # 1-based, plan order
    group: str
    name: str
    target: str  # "≥ 70 %"
    by: int
    figures: tuple[str, ...]  # one per year of the period: "66,5", "đã đạt" or "-"
    verdict: str  # "exceeded" or an indicator status word of the contract
    verdict_label: str
    final: bool  # the target is closed: the verdict is final


@dataclass(frozen=True, slots=True)
class IndicatorGroup:
    title: str  # "Nhóm a) Đối với cán bộ, …"
    lines: tuple[FinalIndicatorLine, ...]


@dataclass(frozen=True, slots=True)
class FinalTaskLine:
    task: str
    year: str  # "" for a one-off task
    title: str
    lead: str
    due: str
    outcome: str  # evaluation.Outcome
    outcome_label: str
    result: str  # "hoàn thành ngày 12/03/2022, trễ 30 ngày", "chuyển giao cho …"
    reference: str  # product_ref and note of the latest report, joined

    @property
    def label(self) -> str:
        """The id, with the year of a yearly task's occurrence: "7 (2023)"; "5" for a one-off."""
        return f"{self.task} ({self.year})" if self.year else self.task


@dataclass(frozen=True, slots=True)
class TaskGroup:
    outcome: str
    heading: str  # "Hoàn thành đúng hạn (24)"
    lines: tuple[FinalTaskLine, ...]
    label: str = ""  # "Hoàn thành đúng hạn"


@dataclass(frozen=True, slots=True)
class ExplanationLine:
    subject: str  # "Nhiệm vụ 5: …" or "Chỉ tiêu: …"
    status: str  # the item's verdict or outcome, in words
    text: str
    reported: str  # "Cơ quan Tổ chức - Nội vụ, báo cáo kỳ 2025-H1, ngày 10/07/2025"


@dataclass(frozen=True, slots=True)
class DirectionPart:
    heading: str
    tasks: tuple[FinalTaskLine, ...] = ()
    indicators: tuple[FinalIndicatorLine, ...] = ()


@dataclass(frozen=True, slots=True)
class FinalReport:
    lang: Lang
    interim: bool
    kind: str  # "BÁO CÁO TỔNG KẾT" / "BÁO CÁO SƠ KẾT"
    subject: str  # the trích yếu
    plan_id: str
    issuer: str
    place: str
    as_of: str
    as_of_long: str  # "ngày 30 tháng 11 năm 2026"
    opening: str
    closing: str
    compiled_by: str
    years: tuple[int, ...]
    indicator_summary: str
    indicators: tuple[FinalIndicatorLine, ...]
    indicator_groups: tuple[IndicatorGroup, ...]  # the plan's groups, in plan order
    yearly_note: str
    task_summary: str
    task_groups: tuple[TaskGroup, ...]  # outcomes with at least one occurrence
    shortcomings: str
    explanations: tuple[ExplanationLine, ...]
    direction_heading: str
    direction: tuple[DirectionPart, ...]  # non-empty parts only


def verdict_word(verdict: str, lang: Lang) -> str:
    if verdict == "exceeded":
        return word("final.verdict.exceeded", lang)
    return indicator_status_word(verdict, lang)


def build_final(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date, lang: Lang, *, soon_days: int = 30
) -> FinalReport:
    """The evaluation of `plan` on `as_of`, in `lang`: final once the plan is closed."""
    return final_report(evaluate_plan(plan, reports, as_of, soon_days), lang)


def final_report(evaluation: PlanEvaluation, lang: Lang) -> FinalReport:
    plan = evaluation.plan
    interim = evaluation.interim
    cited = dict(
        id=plan.id,
        date=document_date(plan.date, lang, short=True),
        issuer=plan.issuer,
        period=f"{plan.period.start}-{plan.period.end}",
        as_of=format_date(evaluation.as_of, lang),
    )
    mode = "interim" if interim else "final"
    lines = {
        id(v): _indicator_line(n, v, lang) for n, v in enumerate(evaluation.indicators, start=1)
    }
    monitoring = plan.agency(plan.monitoring_agency) if plan.monitoring_agency else None
    return FinalReport(
        lang=lang,
        interim=interim,
        kind=word(f"final.kind.{mode}", lang),
        subject=word(f"final.subject.{mode}", lang, **cited),
        plan_id=plan.id,
        issuer=plan.issuer,
        place=plan.place or "",
        as_of=format_date(evaluation.as_of, lang),
        as_of_long=document_date(evaluation.as_of, lang),
        opening=_opening(evaluation, lang, cited),
        closing=word(f"final.closing.{mode}", lang, **cited),
        compiled_by=monitoring.name if monitoring is not None else "",
        years=evaluation.years,
        indicator_summary=_indicator_summary(evaluation, lang),
        indicators=tuple(lines.values()),
        indicator_groups=_groups(plan, tuple(lines.values()), lang),
        yearly_note=word("final.yearly_note", lang),
        task_summary=_task_summary(evaluation, lang),
        task_groups=_task_groups(evaluation, lang),
        shortcomings=_shortcomings(evaluation, lang),
        explanations=tuple(explanation_line(e, lang) for e in evaluation.explanations),
        direction_heading=word(
            "final.section.direction_interim" if interim else "final.section.direction", lang
        ),
        direction=_direction(evaluation, lines, lang),
    )


def _opening(evaluation: PlanEvaluation, lang: Lang, cited: dict[str, str]) -> str:
    plan = evaluation.plan
    title = plan.title[:1].lower() + plan.title[1:] if lang == "vi" else plan.title
    if evaluation.closed_on is None:
        return word("final.opening.interim", lang, title=title, **cited)
    # Cited as the plan's own date is, in the same sentence: "30/6/2025".
    closed_on = document_date(evaluation.closed_on, lang, short=True)
    if plan.ended is not None:
        reason = plan.ended.reason.rstrip(".")
        if lang == "vi":  # the reason continues the sentence after a colon
            reason = reason[:1].lower() + reason[1:]
        return word(
            "final.opening.ended",
            lang,
            title=title,
            closed_on=closed_on,
            reason=reason,
            basis=plan.ended.basis,
            **cited,
        )
    return word("final.opening.closed", lang, title=title, closed_on=closed_on, **cited)


# ---------------------------------------------------------------------------------------------
# Indicators


def _figure(measurement: Measurement | None, lang: Lang) -> str:
    if measurement is None:
        return "-"
    if measurement.value is None:
        return assessment_word(measurement.assessment, lang)
    return number(measurement.value, lang)


def _year_figure(measurement: Measurement | None, met: bool | None, lang: Lang) -> str:
    """A year's figure, with the year's own verdict for `yearly` and `maintain` (§15)."""
    shown = _figure(measurement, lang)
    if met is None or measurement is None:
        return shown
    return f"{shown} ({word('explain.year_met' if met else 'explain.year_missed', lang)})"


def _indicator_line(position: int, verdict: IndicatorVerdict, lang: Lang) -> FinalIndicatorLine:
    indicator = verdict.result.indicator
    return FinalIndicatorLine(
        number=position,
        group=indicator.group,
        name=indicator.name,
        target=target_text(indicator, lang),
        by=indicator.by,
        figures=tuple(
            _year_figure(m, met, lang)
            for m, met in zip(
                verdict.yearly, verdict.year_met or (None,) * len(verdict.yearly), strict=True
            )
        ),
        verdict=verdict.verdict,
        verdict_label=verdict_word(verdict.verdict, lang),
        final=verdict.final,
    )


def _groups(
    plan: Plan, lines: tuple[FinalIndicatorLine, ...], lang: Lang
) -> tuple[IndicatorGroup, ...]:
    titles = plan.group_names
    grouped: dict[str, list[FinalIndicatorLine]] = {}
    for line in lines:
        grouped.setdefault(line.group, []).append(line)
    return tuple(
        IndicatorGroup(
            word("indicators.group", lang, group=group, title=titles.get(group, "")).strip(),
            tuple(members),
        )
        for group, members in grouped.items()
    )


def _counted(counts: Mapping[str, int], label: Mapping[str, str]) -> str:
    return ", ".join(f"{label[key]} {n}" for key, n in counts.items() if n)


def _indicator_summary(evaluation: PlanEvaluation, lang: Lang) -> str:
    counts: dict[str, int] = {}
    for verdict in evaluation.indicators:
        counts[verdict.verdict] = counts.get(verdict.verdict, 0) + 1
    order = ("exceeded", *INDICATOR_STATUSES)  # the contract's order, vượt before đạt
    ordered = {k: counts[k] for k in order if k in counts}
    labels = {key: verdict_word(key, lang) for key in ordered}
    return word(
        "final.indicator_counts",
        lang,
        count=len(evaluation.indicators),
        counts=_counted(ordered, labels),
    )


# ---------------------------------------------------------------------------------------------
# Tasks


def _agencies(plan: Plan, ids: Sequence[str]) -> str:
    return ", ".join(agency_name(plan, agency_id) for agency_id in ids)


def _result(plan: Plan, outcome: TaskOutcome, closed: bool, lang: Lang) -> str:
    occurrence = outcome.occurrence
    days = format_number(occurrence.days_late, lang, 0) if occurrence.days_late is not None else ""
    on = format_date(occurrence.completed_on, lang) if occurrence.completed_on else ""
    kind = outcome.outcome
    parts: list[str] = []
    if kind in ("done", "late"):
        parts.append(word(f"final.result.{kind}", lang, on=on, days=days))
    elif kind == "unfinished" and occurrence.days_late == 0:
        # Due on the very day the plan closed: unfinished, not "0 days late" (contract §18).
        due = format_date(occurrence.due, lang)
        parts.append(word("sections.due_on_closing", lang, due=due))
    elif kind == "unfinished":
        key = "final.result.unfinished_closed" if closed else "final.result.unfinished"
        parts.append(word(key, lang, days=days))
    elif kind == "terminated" and plan.ended is not None:
        parts.append(word("final.result.terminated", lang, on=format_date(plan.ended.date, lang)))
    elif kind == "transferred":
        to = _agencies(plan, occurrence.transferred_to)
        if outcome.handed_over_on is not None:
            on = format_date(outcome.handed_over_on, lang)
            parts.append(word("final.result.transferred_on", lang, to=to, on=on))
        else:
            parts.append(word("final.result.transferred", lang, to=to))
    if occurrence.original_due is not None:
        original = format_date(occurrence.original_due, lang)
        parts.append(word("final.result.extended", lang, original=original))
    return "; ".join(parts)


def _task_line(plan: Plan, outcome: TaskOutcome, closed: bool, lang: Lang) -> FinalTaskLine:
    occurrence = outcome.occurrence
    task = occurrence.task
    references = [text for text in (occurrence.product_ref, occurrence.note) if text]
    return FinalTaskLine(
        task=task.id,
        year=occurrence.label or "",  # "2022", or "2022-Q3" for a quarterly task
        title=task.title,
        lead=lead_names(plan, task),
        due=format_date(occurrence.due, lang),
        outcome=outcome.outcome,
        outcome_label=word(f"final.outcome.{outcome.outcome}", lang),
        result=_result(plan, outcome, closed, lang),
        reference="; ".join(references),
    )


def _task_summary(evaluation: PlanEvaluation, lang: Lang) -> str:
    counts: dict[str, int] = dict.fromkeys(OUTCOMES, 0)
    for outcome in evaluation.tasks:
        counts[outcome.outcome] += 1
    labels: dict[str, str] = {}
    for key in OUTCOMES:
        text = word(f"final.outcome.{key}", lang)
        labels[key] = text[:1].lower() + text[1:]
    return word(
        "final.task_counts", lang, count=len(evaluation.tasks), counts=_counted(counts, labels)
    )


def _task_groups(evaluation: PlanEvaluation, lang: Lang) -> tuple[TaskGroup, ...]:
    closed = not evaluation.interim
    groups = []
    for key in OUTCOMES:
        members = [o for o in evaluation.tasks if o.outcome == key]
        if not members:
            continue
        heading = f"{word(f'final.outcome.{key}', lang)} ({len(members)})"
        lines = tuple(_task_line(evaluation.plan, o, closed, lang) for o in members)
        groups.append(TaskGroup(key, heading, lines, word(f"final.outcome.{key}", lang)))
    return tuple(groups)


# ---------------------------------------------------------------------------------------------
# Shortcomings and direction


def _shortcomings(evaluation: PlanEvaluation, lang: Lang) -> str:
    counts: dict[str, int] = dict.fromkeys(OUTCOMES, 0)
    for outcome in evaluation.tasks:
        counts[outcome.outcome] += 1
    if evaluation.closed_on is not None:
        on = format_date(evaluation.closed_on, lang)
        when = word("final.shortcomings.when_closed", lang, on=on)
    else:
        when = word("final.shortcomings.when_interim", lang, on=format_date(evaluation.as_of, lang))
    return word(
        "final.shortcomings.summary",
        lang,
        when=when,
        unfinished=counts["unfinished"],
        late=counts["late"],
        terminated=counts["terminated"],
        not_achieved=len(evaluation.not_achieved),
        indicators=len(evaluation.indicators),
    )


def reported_by(report: LoadedReport, lang: Lang) -> str:
    """A report as its own reference names it: who, which period, which day."""
    body = report.report
    on = format_date(report_date(report), lang)
    if body.reported_by:
        return word("final.reported", lang, by=body.reported_by, period=body.period, on=on)
    return word("final.reported_anonymous", lang, period=body.period, on=on)


def explanation_line(explanation: Explanation, lang: Lang) -> ExplanationLine:
    if explanation.task is not None:
        occurrence = explanation.task.occurrence
        label = occurrence.task.id + (f" ({occurrence.label})" if occurrence.label else "")
        subject = word("final.subject.task", lang, task=label, title=occurrence.task.title)
        status = word(f"final.outcome.{explanation.task.outcome}", lang)
    else:
        assert explanation.indicator is not None  # one of the two, always
        verdict = explanation.indicator
        subject = word("final.subject.indicator", lang, name=verdict.result.indicator.name)
        status = verdict_word(verdict.verdict, lang)
    return ExplanationLine(subject, status, explanation.text, reported_by(explanation.report, lang))


def _direction(
    evaluation: PlanEvaluation, lines: dict[int, FinalIndicatorLine], lang: Lang
) -> tuple[DirectionPart, ...]:
    plan, closed = evaluation.plan, not evaluation.interim
    parts = []
    for key in ("unfinished", "in_progress", "terminated", "transferred"):
        members = [o for o in evaluation.tasks if o.outcome == key]
        if members:
            parts.append(
                DirectionPart(
                    word(f"final.direction.{key}", lang),
                    tasks=tuple(_task_line(plan, o, closed, lang) for o in members),
                )
            )
    if evaluation.not_achieved:
        parts.append(
            DirectionPart(
                word("final.direction.indicators", lang),
                indicators=tuple(lines[id(v)] for v in evaluation.not_achieved),
            )
        )
    return tuple(parts)
