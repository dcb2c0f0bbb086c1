"""Findings about task deadlines that depend on the as-of date D: E301, W311, W312 (contract §5).

- E301 (overdue) and W311 (due soon) at the task's line in the plan.
- W312 (completed late) at the `completed_on` line of the report that says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from nhanluc_cli.findings import Finding, Subject
from nhanluc_cli.sources import LoadedPlan, LoadedReport, YamlPath, dotted
from nhanluc_cli.tasks.status import occurrence_key, track_known


def check_task_deadlines(
    plan: LoadedPlan, reports: Sequence[LoadedReport], as_of: date, soon_days: int
) -> list[Finding]:
    """E301 per overdue and W311 per due-soon occurrence, at the task's line in the plan; W312
    per occurrence completed late, at the `completed_on` line of the report that says so."""
    index_of = {task.id: index for index, task in enumerate(plan.plan.tasks)}
    findings: list[Finding] = []
    for occurrence, known in track_known(plan.plan, reports, as_of, soon_days):
        args: dict[str, object] = {
            "task": occurrence_key(occurrence.task.id, occurrence.year),
            "due": occurrence.due,
            "days": occurrence.days_late,
            "left": (occurrence.due - as_of).days,
        }
        subject: Subject = ("tasks", occurrence.task.id)
        if occurrence.status in ("overdue", "due_soon"):
            path: YamlPath = ("tasks", index_of[occurrence.task.id])
            line, column = plan.where.value_at(path)
            overdue = occurrence.status == "overdue"
            code, key = ("E301", "task.overdue") if overdue else ("W311", "task.due_soon")
            findings.append(
                Finding(code, key, plan.file, line, column, dotted(path), args, path, subject)
            )
        elif occurrence.status == "late" and known is not None:
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
