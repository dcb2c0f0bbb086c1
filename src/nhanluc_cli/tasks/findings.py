"""Findings about task deadlines that depend on the as-of date D (contract §5, §9.4).

- E301 (overdue) and W311 (due soon) at the task's line in the plan, while the plan is open.
- W317 instead of E301 when the latest entry about the occurrence explains the delay: at the
  `explanation` line of the report that gives it (acknowledged, still overdue in every listing).
- W312 (completed late) at the `completed_on` line of the report that says so, open or closed:
  it is a fact about that report.
Once the plan is closed, what is left unfinished is counted once, by W319 (lifecycle findings).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from nhanluc_cli.findings import Finding, Subject
from nhanluc_cli.plan.lifecycle import is_closed
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport, YamlPath, dotted
from nhanluc_cli.tasks.tracking import (
    Known,
    OccurrenceStatus,
    Tracked,
    occurrence_key,
    track_known,
)


def check_task_deadlines(
    plan: LoadedPlan,
    reports: Sequence[LoadedReport],
    as_of: date,
    soon_days: int,
    tracked: Tracked | None = None,
) -> list[Finding]:
    """E301/W317 per overdue and W311 per due-soon occurrence, W312 per late completion.
    `tracked`: track_known(plan, reports, as_of, soon_days), when the caller has it."""
    if tracked is None:
        tracked = track_known(plan.plan, reports, as_of, soon_days)
    index_of = {task.id: index for index, task in enumerate(plan.plan.tasks)}
    closed = is_closed(plan.plan, as_of)
    findings: list[Finding] = []
    for occurrence, known in tracked:
        args: dict[str, object] = {
            "task": occurrence_key(occurrence.task.id, occurrence.label),
            "due": occurrence.due,
            "days": occurrence.days_late,
            "left": (occurrence.due - as_of).days,
        }
        subject: Subject = ("tasks", occurrence.task.id)
        if occurrence.status in ("overdue", "due_soon") and not closed:
            explained = _explained(occurrence, known, args, subject)
            if explained is not None:
                findings.append(explained)
                continue
            path: YamlPath = ("tasks", index_of[occurrence.task.id])
            line, column = plan.where.value_at(path)
            overdue = occurrence.status == "overdue"
            code, key = ("E301", "task.overdue") if overdue else ("W311", "task.due_soon")
            findings.append(
                Finding(code, key, plan.file, line, column, dotted(path), args, path, subject)
            )
        elif occurrence.status == "late" and known is not None and known.entry is not None:
            assert known.report is not None  # a state and its report are known together
            path = (*known.entry.path, "completed_on")
            line, column = known.report.where.value_at(path)
            args["completed_on"] = occurrence.completed_on
            findings.append(
                Finding(
                    "W312",
                    "task.late",
                    known.report.file,
                    line,
                    column,
                    dotted(path),
                    args,
                    path,
                    subject,
                )
            )
    return findings


def _explained(
    occurrence: OccurrenceStatus,
    known: Known | None,
    args: dict[str, object],
    subject: Subject,
) -> Finding | None:
    """W317 for an overdue occurrence whose latest entry carries an explanation."""
    if occurrence.status != "overdue" or not occurrence.explanation or known is None:
        return None
    said = known.last
    path: YamlPath = (*said.entry.path, "explanation")
    line, column = said.report.where.value_at(path)
    args = {**args, "explanation": occurrence.explanation}
    return Finding(
        "W317",
        "task.overdue_explained",
        said.report.file,
        line,
        column,
        dotted(path),
        args,
        path,
        subject,
    )
