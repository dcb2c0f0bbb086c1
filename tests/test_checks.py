"""Every foundation finding code (E101-E104, E201, E210, E220, E230) with its line.

Each test builds a scratch data folder (the real plan, edited where the test says, plus the
reports written next to the assertions), loads it as `nhanluc check` does, and looks at the
findings of one code. Lines are 1-based and counted in the report text as written here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import write_yaml
from nhanluc_cli.checks.figures import VALUE_TOLERANCE
from nhanluc_cli.findings import Figure, Finding
from nhanluc_cli.i18n import message
from nhanluc_cli.store.dataset import load_dataset
from nhanluc_cli.store.workspace import locate


def findings_in(data_dir: Path) -> list[Finding]:
    dataset = load_dataset(locate(data_dir, None, data_dir.parent), data_dir.parent)
    return dataset.findings


def of_code(findings: list[Finding], code: str) -> list[tuple[str, int, int, str]]:
    return [(f.file, f.line, f.column, f.key) for f in findings if f.code == code]


def edit_plan(data_dir: Path, old: str, new: str) -> int:
    """Replace the one occurrence of `old` in the plan copy; returns the line `new` starts on."""
    plan = data_dir / "plan60.yaml"
    text = plan.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    plan.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def report(data_dir: Path, name: str, text: str) -> None:
    write_yaml(data_dir / "progress", name, text)


PLAN = "data/plan60.yaml"


def test_the_real_plan_has_no_findings(data_dir: Path) -> None:
    assert findings_in(data_dir) == []


# ---------------------------------------------------------------------------------------------
# E1xx: the file layer


def test_e101_not_utf8(data_dir: Path) -> None:
    (data_dir / "progress" / "2022.yaml").write_bytes(
        b'period: "2022"\nreported_by: "Ph\xdfng Gi\xb8o d\xf4c"\n'  # TCVN3
    )
    assert of_code(findings_in(data_dir), "E101") == [
        ("data/progress/2022.yaml", 2, 17, "file.not_utf8")
    ]


def test_e102_syntax_error(data_dir: Path) -> None:
    report(data_dir, "2022.yaml", 'period: "2022"\ntasks:\n  "3": {status: done\n')
    assert of_code(findings_in(data_dir), "E102") == [
        ("data/progress/2022.yaml", 3, 8, "yaml.unclosed_bracket")  # the `{` never closed
    ]


def test_e103_duplicate_key_names_the_first(data_dir: Path) -> None:
    report(
        data_dir,
        "2022.yaml",
        """
        period: "2022"
        tasks:
          "3":
            status: in_progress
          "3":
            status: done
        """,
    )
    findings = findings_in(data_dir)
    assert of_code(findings, "E103") == [("data/progress/2022.yaml", 5, 3, "yaml.duplicate_key")]
    assert findings[0].args["first"] == 3
    assert findings[0].path == "tasks.3"


def test_e103_in_the_plan(data_dir: Path) -> None:
    line = edit_plan(
        data_dir,
        "monitoring_agency: to_chuc_noi_vu\n",
        "monitoring_agency: to_chuc_noi_vu\nmonitoring_agency: y_te\n",
    )
    findings = findings_in(data_dir)
    assert of_code(findings, "E103") == [(PLAN, line + 1, 1, "yaml.duplicate_key")]
    assert findings[0].args["first"] == line


@pytest.mark.parametrize(
    ("text", "line", "column", "key"),
    [
        ('period: "2022"\nreported_by: &who "Phòng"\nnote: *who\n', 2, 14, "yaml.alias"),
        ('period: !!str "2022"\nreported_by: !!python/str x\n', 2, 14, "yaml.tag"),
        ('period: "2022"\nnote: !vi "x"\n', 2, 7, "yaml.tag"),
    ],
)
def test_e104_anchors_and_tags(data_dir: Path, text: str, line: int, column: int, key: str) -> None:
    (data_dir / "progress" / "2022.yaml").write_text(text, encoding="utf-8")
    assert of_code(findings_in(data_dir), "E104") == [
        ("data/progress/2022.yaml", line, column, key)
    ]


# ---------------------------------------------------------------------------------------------
# E201: schema, figures against their unit


def test_e201_schema_violations_each_at_its_line(data_dir: Path) -> None:
    report(
        data_dir,
        "2022.yaml",
        """
        period: "2022"
        reported_on: 2023-02-30
        indicators:
          hoc_sinh_thcs:
            value: 99,1
            unit: "%"
        tasks:
          "3":
            status: finished
        """,
    )
    assert of_code(findings_in(data_dir), "E201") == [
        ("data/progress/2022.yaml", 2, 14, "schema.impossible_date"),
        ("data/progress/2022.yaml", 6, 5, "schema.extra_forbidden"),
        ("data/progress/2022.yaml", 9, 13, "schema.literal_error"),
    ]


def test_e201_figures_that_cannot_be_right_for_their_unit(data_dir: Path) -> None:
    report(
        data_dir,
        "2022.yaml",
        """
        period: "2022"
        indicators:
          lao_dong_qua_dao_tao:
            value: 100.5
          hoc_sinh_thcs:
            numerator: 201
            denominator: 200
          chuyen_gia_dau_nganh:
            value: 1
          bac_si_van_dan:
            assessment: achieved
          can_bo_khoa_hoc_van_dan:
            value: 10500
        """,
    )
    assert of_code(findings_in(data_dir), "E201") == [
        ("data/progress/2022.yaml", 4, 12, "schema.percent_range"),
        ("data/progress/2022.yaml", 6, 16, "schema.numerator_over_denominator"),
        ("data/progress/2022.yaml", 8, 3, "schema.value_for_qualitative"),
        ("data/progress/2022.yaml", 10, 3, "schema.assessment_for_numeric"),
        # 10,500 per 10,000 people is absurd but not impossible to write: no finding.
    ]


@pytest.mark.parametrize(
    ("value", "agrees"),
    [
        # 50 / 200 x 100 = 25 exactly.
        ("25", True),
        ("25.04", True),
        ("24.96", True),
        ("25.06", False),
        ("24.94", False),
        ("25,04", True),  # decimal comma
        ("2.5", False),  # a share instead of a percentage
    ],
)
def test_e201_value_and_ratio_agree_within_tolerance(
    data_dir: Path, value: str, agrees: bool
) -> None:
    assert VALUE_TOLERANCE == 0.05
    report(
        data_dir,
        "2022.yaml",
        f"""
        period: "2022"
        indicators:
          hoc_sinh_thcs:
            value: "{value}"
            numerator: 50
            denominator: 200
        """,
    )
    found = of_code(findings_in(data_dir), "E201")
    assert found == (
        [] if agrees else [("data/progress/2022.yaml", 4, 12, "schema.value_mismatch")]
    )


def test_e201_value_and_ratio_per_10000(data_dir: Path) -> None:
    # 152 / 148,000 x 10,000 = 10.27 doctors per 10,000 people.
    report(
        data_dir,
        "a.yaml",
        """
        period: "2022"
        indicators:
          bac_si_van_dan: {value: 10.3, numerator: 152, denominator: 148000}
        """,
    )
    report(
        data_dir,
        "b.yaml",
        """
        period: "2023"
        indicators:
          bac_si_van_dan: {value: 1.03, numerator: 152, denominator: 148000}
        """,
    )
    findings = findings_in(data_dir)
    assert of_code(findings, "E201") == [("data/progress/b.yaml", 3, 27, "schema.value_mismatch")]
    assert findings[0].args == {"value": Figure(1.03), "computed": Figure(152 / 148_000 * 10_000)}


def test_e201_malformed_task_key_is_at_the_key(data_dir: Path) -> None:
    # Full-width digits and a bare "@" cannot name a task occurrence. (This once crashed.)
    report(
        data_dir,
        "2022.yaml",
        """
        period: "2022"
        tasks:
          "１":
            status: in_progress
          "7@":
            status: in_progress
        """,
    )
    assert of_code(findings_in(data_dir), "E201") == [
        ("data/progress/2022.yaml", 3, 3, "schema.task_key"),
        ("data/progress/2022.yaml", 5, 3, "schema.task_key"),
    ]


def test_e201_duplicate_ids_in_the_plan_name_the_first(data_dir: Path) -> None:
    # Task "8" is renamed "7": the second "7" is the duplicate, and names the first's line.
    first = edit_plan(data_dir, '  - id: "7"\n', '  - id: "7"\n')
    second = edit_plan(data_dir, '  - id: "8"\n', '  - id: "7"\n')
    findings = findings_in(data_dir)
    assert of_code(findings, "E201") == [(PLAN, second, 9, "schema.duplicate_id")]
    assert findings[0].args["first"] == first


def test_e201_the_old_indicator_groups_mapping_says_what_replaced_it(data_dir: Path) -> None:
    # Contract §12 declares groups as a list, `groups: [{id, name}]`; the mapping the first
    # plan files used is refused at its key with a message that shows the new form.
    line = edit_plan(data_dir, "groups:\n", 'indicator_groups:\n  a: "Nhóm a"\ngroups:\n')
    findings = findings_in(data_dir)
    assert of_code(findings, "E201") == [(PLAN, line, 1, "schema.groups_renamed")]


def test_e201_duplicate_group_ids(data_dir: Path) -> None:
    line = edit_plan(data_dir, "  - {id: b,", "  - {id: a,")
    assert of_code(findings_in(data_dir), "E201") == [(PLAN, line, 10, "schema.duplicate_id")]


# ---------------------------------------------------------------------------------------------
# E210: deadlines


def test_e210_unparseable_deadline_at_its_line(data_dir: Path) -> None:
    line = edit_plan(data_dir, 'deadline: "Trong năm 2021"', 'deadline: "Sớm nhất có thể"')
    findings = findings_in(data_dir)
    assert of_code(findings, "E210") == [(PLAN, line, 15, "deadline.unparseable")]
    assert findings[0].args["text"] == "Sớm nhất có thể"


def test_e210_not_raised_when_the_task_gives_its_own_due_date(data_dir: Path) -> None:
    edit_plan(
        data_dir,
        'deadline: "Trong năm 2021"',
        'deadline: "Sớm nhất có thể"\n    due: 2022-06-30',
    )
    assert findings_in(data_dir) == []


# ---------------------------------------------------------------------------------------------
# E220: references


def test_e220_unknown_agencies_in_the_plan(data_dir: Path) -> None:
    monitoring = edit_plan(data_dir, "monitoring_agency: to_chuc_noi_vu", "monitoring_agency: x")
    partners = edit_plan(
        data_dir, "partners: [ttbdct, co_quan_lien_quan]", "partners: [ttbdct, khong_co]"
    )
    assert of_code(findings_in(data_dir), "E220") == [
        (PLAN, monitoring, 20, "ref.unknown_agency"),
        (PLAN, partners, 24, "ref.unknown_agency"),
    ]


def test_e220_an_unknown_id_suggests_the_nearest_known_one(data_dir: Path) -> None:
    edit_plan(data_dir, "monitoring_agency: to_chuc_noi_vu", "monitoring_agency: to_chuc_noivu")
    report(
        data_dir,
        "2022.yaml",
        """
        period: "2022"
        indicators:
          hoc_sinh_thc:
            value: 90
          khong_giong_gi_ca:
            value: 90
        """,
    )
    findings = [f for f in findings_in(data_dir) if f.code == "E220"]
    assert [(f.args["id"], f.args["suggestion"]) for f in findings] == [
        ("to_chuc_noivu", "to_chuc_noi_vu"),
        ("hoc_sinh_thc", "hoc_sinh_thcs"),
        ("khong_giong_gi_ca", ""),
    ]


def test_e220_an_unknown_agency_among_several_leads(data_dir: Path) -> None:
    line = edit_plan(data_dir, "    lead: y_te\n", "    lead: [y_te, khong_co]\n")
    assert of_code(findings_in(data_dir), "E220") == [(PLAN, line, 18, "ref.unknown_agency")]


def test_e220_an_indicator_group_the_plan_does_not_declare(data_dir: Path) -> None:
    line = edit_plan(data_dir, "    group: d\n", "    group: e\n")
    findings = findings_in(data_dir)
    assert of_code(findings, "E220") == [(PLAN, line, 12, "ref.unknown_group")]
    assert findings[0].args == {"id": "e", "groups": "a, b, c, d"}


def test_e220_unknown_ids_and_years_in_a_report(data_dir: Path) -> None:
    report(
        data_dir,
        "2022.yaml",
        """
        period: "2022"
        indicators:
          hoc_sinh_thpt:
            value: 90
        tasks:
          "17":
            status: in_progress
          "7@2031":
            status: in_progress
          "3@2022":
            status: in_progress
          "7@2021":
            status: in_progress
          "III.1@2025": ~
        """,
    )
    findings = findings_in(data_dir)
    assert of_code(findings, "E220") == [
        ("data/progress/2022.yaml", 3, 3, "ref.unknown_indicator"),
        ("data/progress/2022.yaml", 6, 3, "ref.unknown_task"),
        ("data/progress/2022.yaml", 8, 3, "ref.year_outside_period"),
        ("data/progress/2022.yaml", 10, 3, "ref.year_for_one_off"),
    ]
    assert [f.path for f in findings] == [
        "indicators.hoc_sinh_thpt",
        "tasks.17",
        "tasks.7@2031",
        "tasks.3@2022",
    ]


def test_e220_a_yearly_task_without_year_takes_the_report_year(data_dir: Path) -> None:
    report(data_dir, "2030.yaml", 'period: "2030"\ntasks:\n  "7":\n    status: in_progress\n')
    findings = findings_in(data_dir)
    assert of_code(findings, "E220") == [
        ("data/progress/2030.yaml", 3, 3, "ref.year_outside_period")
    ]
    assert findings[0].args["year"] == 2030


# ---------------------------------------------------------------------------------------------
# E230: conflicts between reports of the same date


def test_e230_task_status_conflict_names_the_other_place(data_dir: Path) -> None:
    report(data_dir, "a.yaml", 'period: "2022"\ntasks:\n  "7":\n    status: in_progress\n')
    report(
        data_dir,
        "b.yaml",
        """
        period: "2022-H2"
        tasks:
          "5":
            status: not_started
          "7@2022":
            status: not_started
        """,
    )
    findings = findings_in(data_dir)
    # Both reports end on 31/12/2022, and "7" in a 2022 report is "7@2022".
    assert of_code(findings, "E230") == [("data/progress/b.yaml", 6, 5, "conflict.task")]
    assert findings[0].args["other"] == "data/progress/a.yaml:3"
    assert findings[0].args["date"] == date(2022, 12, 31)
    text, _ = message("conflict.task", "vi", findings[0].args)
    assert (
        "có tình hình “chưa thực hiện” ở đây" in text and "(cùng ngày báo cáo 31/12/2022)" in text
    )


def test_e230_indicator_value_conflict_names_the_other_place(data_dir: Path) -> None:
    report(
        data_dir,
        "a.yaml",
        """
        period: "2022"
        indicators:
          lao_dong_qua_dao_tao:
            value: 66.5
          hoc_sinh_thcs:
            value: 99
        """,
    )
    report(
        data_dir,
        "b.yaml",
        """
        period: "2023-Q1"
        reported_on: 2023-03-01
        indicators:
          hoc_sinh_thcs:
            value: "99,0"
            as_of: 2022-12-31
          lao_dong_qua_dao_tao:
            value: 67
            as_of: 31/12/2022
        """,
    )
    findings = findings_in(data_dir)
    # Same indicator, same as_of, different value: whatever the reports' own dates.
    assert of_code(findings, "E230") == [("data/progress/b.yaml", 7, 3, "conflict.indicator")]
    assert findings[0].args["other"] == "data/progress/a.yaml:3"
    text, _ = message("conflict.indicator", "vi", findings[0].args)
    assert "ngày 31/12/2022 là 67 ở đây nhưng 66,5 ở data/progress/a.yaml:3" in text
    text, _ = message("conflict.indicator", "en", findings[0].args)
    assert "on 2022-12-31 is 67 here but 66.5 in data/progress/a.yaml:3" in text


def test_no_conflict_when_dates_differ_or_statements_agree(data_dir: Path) -> None:
    report(data_dir, "a.yaml", 'period: "2022"\ntasks:\n  "7":\n    status: in_progress\n')
    report(
        data_dir,
        "b.yaml",
        """
        period: "2022"
        reported_on: 2023-01-10
        tasks:
          "7":
            status: done
            completed_on: 2022-12-20
        """,
    )
    report(data_dir, "c.yaml", 'period: "2022-Q4"\ntasks:\n  "7":\n    status: in_progress\n')
    assert findings_in(data_dir) == []


def test_e230_qualitative_assessments_conflict(data_dir: Path) -> None:
    report(
        data_dir, "a.yaml", 'period: "2022"\nindicators:\n  van_dong_vien: {assessment: achieved}\n'
    )
    report(
        data_dir,
        "b.yaml",
        'period: "2022"\nindicators:\n  van_dong_vien: {assessment: in_progress}\n',
    )
    assert of_code(findings_in(data_dir), "E230") == [
        ("data/progress/b.yaml", 3, 3, "conflict.indicator")
    ]


def test_e230_two_reports_of_one_date_done_on_different_days(data_dir: Path) -> None:
    """Found by review: one said done on time, the other late; the file name decided."""
    write_yaml(
        data_dir / "progress",
        "1.yaml",
        'period: "2022-Q1"\ntasks:\n  "4":\n    status: done\n    completed_on: 2022-03-01\n',
    )
    write_yaml(
        data_dir / "progress",
        "2.yaml",
        'period: "2022-Q1"\ntasks:\n  "4":\n    status: done\n    completed_on: 2022-05-05\n',
    )
    conflicts = of_code(findings_in(data_dir), "E230")
    assert conflicts == [("data/progress/2.yaml", 4, 5, "conflict.task")]


def _overdue_tasks(data_dir: Path) -> list[str]:
    """check's as-of findings next to the data errors, as task ids of the E301s."""
    from datetime import date

    from nhanluc_cli.checks.as_of import trusted_status_findings

    dataset = load_dataset(locate(data_dir, None, data_dir.parent), data_dir.parent)
    assert dataset.plan is not None
    found = trusted_status_findings(
        dataset.plan, dataset.reports, dataset.findings, date(2022, 6, 1), 30
    )
    tasks = dataset.plan.plan.tasks
    return [tasks[int(f.path.split(".")[1])].id for f in found if f.code == "E301"]


def test_a_broken_entry_hides_only_its_own_task_from_the_as_of_checks(data_dir: Path) -> None:
    """One typo must not hide every overdue task (contract §5: every finding in one run)."""
    write_yaml(
        data_dir / "progress",
        "2022.yaml",
        'period: "2022-Q1"\ntasks:\n  "3":\n    status: done\n  "4":\n    status: in_progress\n',
    )
    overdue = _overdue_tasks(data_dir)
    assert "3" not in overdue  # done without a date: its status is unknown, not overdue
    assert {"4", "10", "16"} <= set(overdue)


def test_an_unreadable_report_hides_every_as_of_finding(data_dir: Path) -> None:
    write_yaml(data_dir / "progress", "2022.yaml", 'period: "2022-Q1"\ntasks: [\n')
    assert _overdue_tasks(data_dir) == []
