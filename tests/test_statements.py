"""Tests for nhanluc_cli.plan.statements: which reports are known on a date, and in what order."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from nhanluc_cli.plan.statements import known_on, report_date


def report(file: str, period: str, reported_on: date | None = None) -> Any:
    return SimpleNamespace(
        file=file, report=SimpleNamespace(period=period, reported_on=reported_on)
    )


def test_a_report_is_dated_by_reported_on_else_by_the_end_of_its_period() -> None:
    assert report_date(report("a.yaml", "2022-Q1")) == date(2022, 3, 31)
    assert report_date(report("a.yaml", "2022", date(2023, 1, 15))) == date(2023, 1, 15)


def test_known_on_keeps_reports_dated_on_or_before_the_day_in_the_order_they_became_known() -> None:
    late = report("a.yaml", "2022", date(2023, 1, 15))
    q4 = report("b.yaml", "2022-Q4")  # 31/12/2022
    same_day_z = report("z.yaml", "2022-H2")  # 31/12/2022 too: file name breaks the tie
    future = report("c.yaml", "2023-Q1")
    reports = [future, late, same_day_z, q4]
    assert known_on(reports, date(2022, 12, 30)) == []
    assert known_on(reports, date(2022, 12, 31)) == [q4, same_day_z]
    assert known_on(reports, date(2023, 1, 15)) == [q4, same_day_z, late]
    assert known_on(reports, date(2023, 3, 31)) == [q4, same_day_z, late, future]


def test_a_report_is_resolved_once_per_plan_and_model() -> None:
    """`check` asks what a report says five or six times; the answer is worked out once for the
    same plan, kept with the report (LoadedReport.resolved), and anew for another plan or
    another report, even an equal one. No memory anywhere else."""
    from pathlib import Path

    from nhanluc_cli.loading.loader import load_plan, load_report
    from nhanluc_cli.plan import statements
    from nhanluc_cli.plan.sources import LoadedReport, Resolutions

    demo = Path(__file__).resolve().parents[1] / "examples" / "demo"
    plan, _ = load_plan(next(demo.glob("plan*.yaml")), "plan.yaml")
    other_plan, _ = load_plan(next(demo.glob("plan*.yaml")), "plan.yaml")
    path = sorted((demo / "progress").glob("*.yaml"))[-1]
    bare, _ = load_report(path, path.name)
    assert plan is not None and other_plan is not None and bare is not None
    loaded = bare._replace(resolved=Resolutions())
    first = statements.task_entries(plan.plan, loaded)
    assert first and statements.task_entries(plan.plan, loaded) is first
    figures = statements.measurements(plan.plan, loaded)
    assert figures and statements.measurements(plan.plan, loaded) is figures
    assert loaded.resolved is not None and loaded.resolved.tasks is first
    equal = LoadedReport(
        loaded.file, loaded.report.model_copy(deep=True), loaded.where, Resolutions()
    )
    again = statements.task_entries(plan.plan, equal)
    assert again == first and again is not first
    assert equal == loaded  # the memo is not part of the value
    # Another plan object: worked out anew, and kept for that plan.
    anew = statements.task_entries(other_plan.plan, loaded)
    assert anew == first and anew is not first
    assert statements.task_entries(other_plan.plan, loaded) is anew
    # Without a place to keep it (a report built by hand): worked out each time.
    assert statements.task_entries(plan.plan, bare) == first
    assert statements.task_entries(plan.plan, bare) is not statements.task_entries(plan.plan, bare)
    assert not hasattr(statements, "_RESOLVED")
