"""Quarterly, half-yearly and yearly occurrences named by their labels (contract §2, §12).

An occurrence is (task id, label): "2026" for a yearly task, "2026-Q3" or "2026-H1" for the
others, None for a one-off task. A report key names one as "1@2026-Q3"; a bare "1" means the
occurrence whose part of the year holds the report's whole period. The small plan below is
dated 15/04/2026, so its quarterly task starts with Quý II/2026 (contract §2: a recurring
deadline never falls due before the plan's date).
"""

from __future__ import annotations

import json
import textwrap
from datetime import date
from pathlib import Path

import pytest

from nhanluc_cli.checks.catalogue import check_dataset
from nhanluc_cli.drafts.progress_report import pending_occurrences, progress_template
from nhanluc_cli.findings import CODES, Finding
from nhanluc_cli.loading.loader import load_plan, load_report
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport
from nhanluc_cli.plan.statements import TaskEntry, task_entries
from nhanluc_cli.render.rows import task_row
from nhanluc_cli.schema.json_schema import progress_schema
from nhanluc_cli.tasks.tracking import occurrence_key, schedule, track

PLAN = """\
id: "5/KH-UBND"
date: 2026-04-15
issuer: "UBND xã Thử"
title: "Kế hoạch thử"
period: {start: 2026, end: 2027}
groups: [{id: g1, name: "Nhóm một"}]
agencies:
  - {id: vp, name: "Văn phòng HĐND và UBND"}
  - {id: vh, name: "Phòng Văn hóa - Xã hội"}
indicators: []
tasks:
  - id: "1"
    title: "Báo cáo quý"
    lead: vp
    deadline: "Hằng quý"
  - id: "2"
    title: "Sơ kết 6 tháng"
    lead: [vp, vh]
    deadline: "Định kỳ 6 tháng, hằng năm"
  - id: "3"
    title: "Tổng kết năm"
    lead: vh
    deadline: "Hàng năm"
  - id: "4"
    title: "Rà soát"
    lead: vh
    deadline: "Quý l/2027"
"""


@pytest.fixture
def plan(tmp_path: Path) -> LoadedPlan:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    loaded, findings = load_plan(path, "plan.yaml")
    assert loaded is not None and findings == [], findings
    return loaded


def report(folder: Path, name: str, text: str) -> LoadedReport:
    path = folder / "progress" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    loaded, findings = load_report(path, f"progress/{name}")
    assert loaded is not None and findings == [], findings
    return loaded


def problems(plan: LoadedPlan, reports: list[LoadedReport]) -> list[Finding]:
    """The data findings but the plan's own W211 (task 4's "Quý l/2027", tested below)."""
    return [f for f in check_dataset(plan, reports) if f.code != "W211"]


def keys(plan: LoadedPlan) -> list[str]:
    return [occurrence_key(task.id, o.label) for task, o in schedule(plan.plan)]


def test_the_schedule_names_each_occurrence_and_starts_at_the_plans_date(
    plan: LoadedPlan,
) -> None:
    assert keys(plan) == [
        # No 1@2026-Q1: Quý I/2026 ended on 31/03/2026, before the plan of 15/04/2026.
        "1@2026-Q2",
        "2@2026-H1",
        "1@2026-Q3",
        "1@2026-Q4",
        "2@2026-H2",
        "3@2026",
        "1@2027-Q1",
        "4",  # "Quý l/2027" read as Quý I/2027
        "1@2027-Q2",
        "2@2027-H1",
        "1@2027-Q3",
        "1@2027-Q4",
        "2@2027-H2",
        "3@2027",
    ]


def test_bare_keys_mean_the_occurrence_that_holds_the_reports_period(
    plan: LoadedPlan, tmp_path: Path
) -> None:
    q3 = report(
        tmp_path,
        "2026-Q3.yaml",
        """
        period: "2026-Q3"
        tasks:
          "1": {status: done, completed_on: 2026-09-20}
          "1@2026-Q2": {status: done, completed_on: 2026-07-05}
          "2": {status: in_progress}
          "3": {status: in_progress}
        """,
    )
    assert problems(plan, [q3]) == []
    statuses = {
        occurrence_key(s.task.id, s.label): (s.status, s.days_late)
        for s in track(plan.plan, [q3], date(2026, 10, 1))
    }
    assert statuses["1@2026-Q3"] == ("done", None)
    assert statuses["1@2026-Q2"] == ("late", 5)  # due 30/06/2026
    assert statuses["2@2026-H2"][0] == "open"  # "2" in a Q3 report is the second half
    assert statuses["2@2026-H1"] == ("overdue", 93)
    assert statuses["3@2026"][0] == "open"


def _e220(plan: LoadedPlan, folder: Path, period: str, body: str) -> list[tuple[int, str]]:
    loaded = report(folder, f"{period}.yaml", f'period: "{period}"\ntasks:\n{body}')
    found = problems(plan, [loaded])
    assert all(f.code == "E220" for f in found), found
    return [(f.line, f.key) for f in found]


def test_a_bare_key_in_a_longer_period_must_say_which_occurrence(
    plan: LoadedPlan, tmp_path: Path
) -> None:
    body = (
        '  "1": {status: in_progress}\n'  # which quarter of 2026?
        '  "2": {status: in_progress}\n'  # which half?
        '  "3": {status: done, completed_on: 2026-12-01}\n'  # the year: fine
    )
    assert _e220(plan, tmp_path, "2026", body) == [
        (3, "ref.period_spans_occurrences"),
        (4, "ref.period_spans_occurrences"),
    ]
    loaded = report(tmp_path, "2026.yaml", 'period: "2026"\ntasks:\n  "1": {status: in_progress}\n')
    (finding,) = problems(plan, [loaded])
    assert finding.args["example"] == "2026-Q2"  # the first quarter of 2026 the plan has


def test_labels_that_the_task_does_not_have(plan: LoadedPlan, tmp_path: Path) -> None:
    body = (
        '  "1@2026-Q1": {status: in_progress}\n'  # before the plan's date
        '  "3@2026-Q2": {status: in_progress}\n'  # a yearly task has no quarters
        '  "1@2031-Q1": {status: in_progress}\n'  # outside the period
        '  "4@2027-Q1": {status: in_progress}\n'  # a one-off task takes no label
        '  "1": {status: in_progress}\n'  # Quý I/2026 again, from the period
    )
    assert _e220(plan, tmp_path, "2026-Q1", body) == [
        (3, "ref.label_not_of_task"),
        (4, "ref.label_not_of_task"),
        (5, "ref.year_outside_period"),
        (6, "ref.year_for_one_off"),
        (7, "ref.label_not_of_task"),
    ]


def test_rows_keep_the_year_and_tables_show_the_label(plan: LoadedPlan) -> None:
    statuses = track(plan.plan, [], date(2026, 10, 1))
    second_half = next(s for s in statuses if s.task.id == "2" and s.label == "2026-H2")
    row = task_row(plan.plan, second_half)
    assert (row["task"], row["year"], row["due"]) == ("2", 2026, date(2026, 12, 31))
    assert row["lead"] == "Văn phòng HĐND và UBND; Phòng Văn hóa - Xã hội"


def test_the_blank_report_writes_the_labels_and_loads_clean(
    plan: LoadedPlan, tmp_path: Path
) -> None:
    pending = pending_occurrences(plan.plan, [], "2026-Q3")
    assert [occurrence_key(o.task.id, o.label) for o in pending] == [
        "1@2026-Q2",
        "2@2026-H1",
        "1@2026-Q3",
    ]
    text = progress_template(plan.plan, "2026-Q3", pending)
    assert '  "1@2026-Q3":' in text and "(kỳ 2026-Q3)" in text
    written = report(tmp_path, "2026-Q3.yaml", text)
    assert problems(plan, [written]) == []


def test_the_progress_schema_lists_each_tasks_labels(plan: LoadedPlan) -> None:
    tasks = progress_schema(plan.plan)["properties"]["tasks"]["properties"]
    assert [key for key in tasks if key.startswith("1@")][:2] == ["1@2026-Q2", "1@2026-Q3"]
    assert "1@2026-Q1" not in tasks
    assert {"2@2026-H1", "3@2026", "4"} <= set(tasks) and "3@2026-Q2" not in tasks
    json.dumps(tasks)


def test_w211_an_ocr_suspect_deadline_at_its_line(plan: LoadedPlan) -> None:
    assert CODES["W211"] == "warning"
    found: list[Finding] = [f for f in check_dataset(plan, []) if f.code == "W211"]
    line = PLAN.splitlines().index('    deadline: "Quý l/2027"') + 1
    assert [(f.line, f.column, f.key) for f in found] == [(line, 15, "deadline.ocr_suspect")]


def test_every_occurrence_is_named_alike_by_its_key_and_by_its_period(
    plan: LoadedPlan, tmp_path: Path
) -> None:
    # For each recurring occurrence, "T@LABEL" in any report and a bare "T" in a report of the
    # period LABEL resolve to that very occurrence.
    for number, (task, occurrence) in enumerate(schedule(plan.plan)):
        label = occurrence.label
        if label is None:
            continue
        labelled = report(
            tmp_path,
            f"a{number}.yaml",
            f'period: "2030"\ntasks:\n  "{task.id}@{label}": {{status: in_progress}}\n',
        )
        bare = report(
            tmp_path,
            f"b{number}.yaml",
            f'period: "{label}"\ntasks:\n  "{task.id}": {{status: in_progress}}\n',
        )
        for loaded in (labelled, bare):
            (entry,) = task_entries(plan.plan, loaded)
            assert isinstance(entry, TaskEntry) and (entry.task.id, entry.label) == (
                task.id,
                label,
            ), (loaded.file, entry)
