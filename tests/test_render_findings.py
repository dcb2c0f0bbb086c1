"""render.findings: a finding's place names tasks and indicators by id (contract §10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write_yaml
from nhanluc_cli.findings import Finding, Subject
from nhanluc_cli.render.findings import path_text, render_text
from nhanluc_cli.store.dataset import load_dataset
from nhanluc_cli.store.workspace import locate


def at(where: tuple[str | int, ...], subject: Subject | None = None) -> Finding:
    dotted = ".".join(str(part) for part in where)
    return Finding("E201", "schema.generic", "f.yaml", 1, 1, dotted, where=where, subject=subject)


@pytest.mark.parametrize(
    ("where", "subject", "shown"),
    [
        (("tasks", 0, "deadline"), ("tasks", "III.1"), 'tasks["III.1"].deadline'),
        (("indicators", 11, "target"), ("indicators", "lao_dong_qua_dao_tao"),
         'indicators["lao_dong_qua_dao_tao"].target'),
        (("tasks", "7@2022", "status"), ("tasks", "7"), 'tasks["7@2022"].status'),
        (("indicators", "hoc_sinh_thcs", "value"), None, 'indicators["hoc_sinh_thcs"].value'),
        (("tasks", 3, "partners", 1), ("tasks", "3"), 'tasks["3"].partners[1]'),
        (("tasks", 3, "title"), None, "tasks[3].title"),  # no id to name it by
        (("legal_bases", 2), None, "legal_bases[2]"),
        (("period", "end"), None, "period.end"),
        (("indicator_groups", "e"), None, 'indicator_groups["e"]'),
        (("reported_at",), None, "reported_at"),
        (("“period”",), None, '["“period”"]'),
    ],
)  # fmt: skip
def test_path_text(where: tuple[str | int, ...], subject: Subject | None, shown: str) -> None:
    assert path_text(at(where, subject)) == shown


def test_a_finding_without_a_structured_path_keeps_its_own() -> None:
    assert path_text(Finding("E101", "file.binary", "f.yaml", 1, 1)) == ""


def test_plan_findings_of_the_checks_and_the_loader_are_named_by_id(tmp_path: Path) -> None:
    plan = (Path(__file__).resolve().parents[1] / "data" / "plan60.yaml").read_text("utf-8")
    broken = plan.replace('deadline: "Quý I/2022"', 'deadline: "Quý 5/2022"', 1)
    write_yaml(tmp_path, "plan60.yaml", broken)
    dataset = load_dataset(locate(tmp_path, None, tmp_path), tmp_path)
    assert [path_text(f) for f in dataset.findings] == ['tasks["3"].deadline']  # E210, checks
    write_yaml(
        tmp_path, "plan60.yaml", plan.replace('    title: "Tổng thể', '    titel: "Tổng thể', 1)
    )
    dataset = load_dataset(locate(tmp_path, None, tmp_path), tmp_path)
    text = render_text(dataset.findings, "en")
    assert 'tasks["3"].titel: there is no field `titel` here; did you mean `title`?' in text


def test_a_duplicate_key_inside_a_plan_task_is_named_by_the_tasks_id(tmp_path: Path) -> None:
    plan = (Path(__file__).resolve().parents[1] / "data" / "plan60.yaml").read_text("utf-8")
    first_product = '    product: "Kế hoạch"\n'
    assert first_product in plan
    write_yaml(tmp_path, "plan60.yaml", plan.replace(first_product, first_product * 2, 1))
    dataset = load_dataset(locate(tmp_path, None, tmp_path), tmp_path)
    assert [(f.code, path_text(f)) for f in dataset.findings] == [
        ("E103", 'tasks["2"].product')  # the first task with a product
    ]
