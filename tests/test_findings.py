"""Tests for nhanluc_cli.findings: what a finding carries besides its words.

A finding names its subject (the task or indicator it is about) and its YAML path as keys and
indexes, so that no code parses the dotted path it shows back into parts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from nhanluc_cli.checks.catalogue import subject_of
from nhanluc_cli.findings import Finding
from nhanluc_cli.loading.loader import load_plan
from nhanluc_cli.tasks.findings import check_task_deadlines

PLAN = Path(__file__).resolve().parents[1] / "data" / "plan60.yaml"


def test_engine_findings_carry_their_subject_and_structured_path() -> None:
    plan, findings = load_plan(PLAN, "data/plan60.yaml")
    assert plan is not None and findings == []
    overdue = check_task_deadlines(plan, [], date(2022, 1, 1), 30)
    first = next(f for f in overdue if f.subject == ("tasks", "13"))
    index = [task.id for task in plan.plan.tasks].index("13")
    assert first.where == ("tasks", index)
    assert first.path == f"tasks.{index}"  # the dotted form shown today


def test_subject_of_reads_the_structured_path_against_the_plan() -> None:
    plan, _ = load_plan(PLAN, "data/plan60.yaml")
    assert plan is not None

    def report_finding(*where: str | int) -> Finding:
        return Finding("E201", "k", "data/progress/x.yaml", 1, 1, "", {}, where)

    assert subject_of(plan, report_finding("tasks", "7@2022", "status")) == ("tasks", "7")
    assert subject_of(plan, report_finding("tasks", "III.1")) == ("tasks", "III.1")
    assert subject_of(plan, report_finding("tasks", "no_such_task")) is None
    assert subject_of(plan, report_finding("indicators", "bac_si_van_dan", "value")) == (
        "indicators",
        "bac_si_van_dan",
    )
    assert subject_of(plan, report_finding("period")) is None
    in_plan = Finding("E201", "k", plan.file, 1, 1, "", {}, ("indicators", 0, "target"))
    assert subject_of(plan, in_plan) == ("indicators", plan.plan.indicators[0].id)
