"""Tests for nhanluc_cli.tasks (status, findings): occurrences, statuses on a date, E301/W311/W312.

Reports are written as YAML into tmp_path and loaded with the real loader, so keys such as "7"
and "7@2022", report dates and line numbers mean here what they mean to a user.
"""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import pytest

from nhanluc_cli.loading.loader import load_plan, load_report
from nhanluc_cli.plan.model import Plan, Task
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport
from nhanluc_cli.render.rows import TASK_FIELDS, agency_row, task_row
from nhanluc_cli.tasks.findings import check_task_deadlines
from nhanluc_cli.tasks.tracking import (
    TASK_STATUSES,
    OccurrenceStatus,
    by_lead_agency,
    count_by_status,
    led_by,
    occurrence_key,
    period_elapsed,
    schedule,
    track,
)

PLAN_FILE = Path(__file__).resolve().parents[1] / "data" / "plan60.yaml"

# The 37 occurrences of plan 60 (12 one-off tasks; III.1, 1, 2, 7 and 12 yearly over
# 2021-2025), in schedule order: due date, then the document's order (III.1 first).
YEARLY = ("III.1", "1", "2", "7", "12")
SEED_SCHEDULE: list[tuple[str, int | None, date]] = [
    ("13", None, date(2021, 9, 30)),  # Quý III/2021
    *[(t, 2021, date(2021, 12, 31)) for t in ("III.1", "1", "2")],
    ("6", None, date(2021, 12, 31)),  # Trong năm 2021
    ("7", 2021, date(2021, 12, 31)),
    ("8", None, date(2021, 12, 31)),  # Quý IV/2021
    ("9", None, date(2021, 12, 31)),  # Quý IV/2021
    ("12", 2021, date(2021, 12, 31)),  # Tháng 12 hàng năm
    ("15", None, date(2021, 12, 31)),  # Quý IV/2021
    *[(t, None, date(2022, 3, 31)) for t in ("3", "4", "10", "16")],  # Quý I/2022
    *[(t, None, date(2022, 6, 30)) for t in ("5", "11")],  # Quý II/2022
    *[(t, 2022, date(2022, 12, 31)) for t in YEARLY],
    ("14", None, date(2022, 12, 31)),  # Quý IV/2022
    *[(t, year, date(year, 12, 31)) for year in (2023, 2024, 2025) for t in YEARLY],
]


@pytest.fixture(scope="module")
def loaded_plan() -> LoadedPlan:
    loaded, findings = load_plan(PLAN_FILE, "data/plan60.yaml")
    assert loaded is not None and findings == []
    return loaded


@pytest.fixture(scope="module")
def plan(loaded_plan: LoadedPlan) -> Plan:
    return loaded_plan.plan


def report(folder: Path, name: str, text: str) -> LoadedReport:
    """Write progress/<name> and load it; the test fails if the report itself has findings."""
    path = folder / "progress" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    loaded, findings = load_report(path, f"progress/{name}")
    assert loaded is not None and findings == [], findings
    return loaded


def status_of(
    statuses: list[OccurrenceStatus], task: str, year: int | None = None
) -> OccurrenceStatus:
    return next(s for s in statuses if s.task.id == task and s.year == year)


# ---------------------------------------------------------------------------------------------
# schedule


def test_seed_has_37_occurrences_with_the_documents_due_dates(plan: Plan) -> None:
    got = [(task.id, occ.year, occ.due) for task, occ in schedule(plan)]
    assert len(got) == 37
    assert got == SEED_SCHEDULE


def test_schedule_orders_by_due_then_plan_order_not_by_id(plan: Plan) -> None:
    same_day = [task.id for task, occ in schedule(plan) if occ.due == date(2022, 3, 31)]
    assert same_day == ["3", "4", "10", "16"]  # plan order; "10" < "3" as text
    first_of_2021 = [t.id for t, o in schedule(plan) if o.due == date(2021, 12, 31)][:2]
    assert first_of_2021 == ["III.1", "1"]


def _with_tasks(plan: Plan, *tasks: Task) -> Plan:
    return plan.model_copy(update={"tasks": list(tasks)})


def test_due_override_makes_one_occurrence_and_unparseable_deadline_none(plan: Plan) -> None:
    custom = _with_tasks(
        plan,
        Task(
            id="1",
            title="Yearly, overridden",
            lead="kt_ht",
            deadline="Hàng năm",
            due=date(2023, 5, 17),
        ),
        Task(id="2", title="Unreadable", lead="kt_ht", deadline="sớm nhất có thể"),
        Task(
            id="3",
            title="Unreadable, overridden",
            lead="kt_ht",
            deadline="???",
            due=date(2022, 1, 2),
        ),
    )
    got = [(t.id, o.year, o.due) for t, o in schedule(custom)]
    assert got == [("3", None, date(2022, 1, 2)), ("1", None, date(2023, 5, 17))]


def test_recurring_deadline_follows_the_plan_period(plan: Plan) -> None:
    period = plan.period.model_copy(update={"start": 2030, "end": 2031})
    custom = _with_tasks(
        plan.model_copy(update={"period": period}),
        Task(id="1", title="t", lead="kt_ht", deadline="Tháng 2 hàng năm"),
    )
    assert [o.due for _, o in schedule(custom)] == [date(2030, 2, 28), date(2031, 2, 28)]


# ---------------------------------------------------------------------------------------------
# Statuses without reports: open, due_soon, overdue, and the soon window


@pytest.mark.parametrize(
    ("as_of", "soon", "status", "days_late"),
    [
        # task 13 is due 30/09/2021
        (date(2021, 8, 5), 30, "open", None),  # 56 days ahead
        (date(2021, 8, 30), 30, "open", None),  # 31 days ahead
        (date(2021, 8, 31), 30, "due_soon", None),  # exactly 30 days ahead: inside the window
        (date(2021, 9, 30), 30, "due_soon", None),  # the due day itself is not late
        (date(2021, 10, 1), 30, "overdue", 1),
        (date(2022, 9, 30), 30, "overdue", 365),
        (date(2021, 9, 29), 0, "open", None),  # --soon 0: only the due day is "soon"
        (date(2021, 9, 30), 0, "due_soon", None),
        (date(2021, 6, 1), 365, "due_soon", None),
    ],
)
def test_unreported_occurrence(
    plan: Plan, as_of: date, soon: int, status: str, days_late: int | None
) -> None:
    got = status_of(track(plan, [], as_of, soon), "13")
    assert (got.status, got.days_late) == (status, days_late)
    assert got.state is None and got.reported_in is None and got.completed_on is None


def test_plan_day_everything_is_open(plan: Plan) -> None:
    statuses = track(plan, [], date(2021, 8, 5))
    assert count_by_status(statuses) == {
        "done": 0,
        "late": 0,
        "cancelled": 0,
        "overdue": 0,
        "due_soon": 0,
        "open": 37,
        "transferred": 0,
        "terminated": 0,
    }


def test_count_by_status_has_every_word(plan: Plan) -> None:
    counts = count_by_status(track(plan, [], date(2022, 4, 20)))
    assert list(counts) == list(TASK_STATUSES)
    # 13 (Q3/2021), the 9 due 31/12/2021 and the 4 due 31/03/2022
    assert counts["overdue"] == 1 + 9 + 4
    assert sum(counts.values()) == 37


# ---------------------------------------------------------------------------------------------
# Statuses from reports: done, late, cancelled; state of in-progress work


def test_done_late_cancelled_and_in_progress(plan: Plan, tmp_path: Path) -> None:
    r = report(
        tmp_path,
        "2022-Q1.yaml",
        """
        period: "2022-Q1"
        reported_on: 2022-04-05
        tasks:
          "3":
            status: done
            completed_on: 2022-03-28          # due 31/03/2022: on time
            product_ref: "Đề án số 01/ĐA-UBND"
          "6":
            status: done
            completed_on: 2022-02-14          # due 31/12/2021: 45 days late
          "14":
            status: cancelled
            note: "Gộp vào nhiệm vụ 15"
          "4":
            status: in_progress
          "5":
            status: not_started
        """,
    )
    statuses = track(plan, [r], date(2022, 4, 20))
    three, six = status_of(statuses, "3"), status_of(statuses, "6")
    assert (three.status, three.completed_on, three.days_late) == ("done", date(2022, 3, 28), None)
    assert three.product_ref == "Đề án số 01/ĐA-UBND"
    assert three.reported_in == "progress/2022-Q1.yaml" and three.state == "done"
    assert (six.status, six.completed_on, six.days_late) == ("late", date(2022, 2, 14), 45)
    fourteen = status_of(statuses, "14")
    assert (fourteen.status, fourteen.note, fourteen.days_late) == (
        "cancelled",
        "Gộp vào nhiệm vụ 15",
        None,
    )
    four = status_of(statuses, "4")  # due 31/03/2022, still in progress on 20/04
    assert (four.status, four.state, four.days_late) == ("overdue", "in_progress", 20)
    five = status_of(statuses, "5")  # due 30/06/2022
    assert (five.status, five.state) == ("open", "not_started")


def test_done_on_the_due_day_is_done(plan: Plan, tmp_path: Path) -> None:
    r = report(
        tmp_path,
        "a.yaml",
        """
        period: "2022-Q1"
        tasks: {"3": {status: done, completed_on: 2022-03-31}}
        """,
    )
    assert status_of(track(plan, [r], date(2022, 6, 1)), "3").status == "done"


def test_cancelled_wins_over_overdue_and_done_before_due_is_done_forever(
    plan: Plan, tmp_path: Path
) -> None:
    r = report(
        tmp_path,
        "2021.yaml",
        """
        period: "2021"
        tasks:
          "8": {status: cancelled, note: "Không còn phù hợp"}
          "9": {status: done, completed_on: 2021-11-02}
        """,
    )
    later = track(plan, [r], date(2025, 12, 31))
    assert status_of(later, "8").status == "cancelled"
    assert status_of(later, "9").status == "done"


# ---------------------------------------------------------------------------------------------
# Yearly tasks: "7" is the report year's occurrence, "7@2021" names another year


def test_yearly_key_without_year_is_the_reports_year(plan: Plan, tmp_path: Path) -> None:
    r = report(
        tmp_path,
        "2022.yaml",
        """
        period: "2022"
        reported_on: 2023-01-10
        tasks:
          "7": {status: done, completed_on: 2022-11-30}
          "7@2021": {status: done, completed_on: 2022-01-20}
          "12@2023": {status: in_progress}
        """,
    )
    statuses = track(plan, [r], date(2023, 2, 1))
    assert status_of(statuses, "7", 2022).status == "done"
    late = status_of(statuses, "7", 2021)
    assert (late.status, late.days_late) == ("late", 20)
    assert status_of(statuses, "7", 2023).status == "open"
    assert status_of(statuses, "12", 2023).state == "in_progress"
    assert status_of(statuses, "12", 2022).status == "overdue"


def test_occurrence_key() -> None:
    assert occurrence_key("7", 2022) == "7@2022"
    assert occurrence_key("III.1", None) == "III.1"


# ---------------------------------------------------------------------------------------------
# The time machine and the order of reports


def test_report_dated_after_as_of_is_unknown(plan: Plan, tmp_path: Path) -> None:
    r = report(
        tmp_path,
        "late-news.yaml",
        """
        period: "2022-Q1"
        reported_on: 2022-05-10
        tasks: {"3": {status: done, completed_on: 2022-03-28}}
        """,
    )
    before = status_of(track(plan, [r], date(2022, 5, 9)), "3")
    assert (before.status, before.days_late, before.state) == ("overdue", 39, None)
    after = status_of(track(plan, [r], date(2022, 5, 10)), "3")
    assert after.status == "done"  # known from its reported_on, counted against the due date


def test_report_without_reported_on_is_known_at_its_periods_end(plan: Plan, tmp_path: Path) -> None:
    r = report(
        tmp_path,
        "h1.yaml",
        """
        period: "2022-H1"
        tasks: {"3": {status: done, completed_on: 2022-03-28}}
        """,
    )
    assert status_of(track(plan, [r], date(2022, 6, 29)), "3").status == "overdue"
    assert status_of(track(plan, [r], date(2022, 6, 30)), "3").status == "done"


def test_completion_after_as_of_is_unknown(plan: Plan, tmp_path: Path) -> None:
    """Known on 31/12/2021 (its period's end), the report tells of a completion on 15/01/2022."""
    early = report(
        tmp_path,
        "2021-Q3.yaml",
        """
        period: "2021-Q3"
        tasks: {"6": {status: in_progress}}
        """,
    )
    q4 = report(
        tmp_path,
        "2021-Q4.yaml",
        """
        period: "2021-Q4"
        tasks: {"6": {status: done, completed_on: 2022-01-15}}
        """,
    )
    on_5_jan = status_of(track(plan, [early, q4], date(2022, 1, 5)), "6")
    # Not done on 5 January: the earlier report still speaks.
    assert (on_5_jan.status, on_5_jan.days_late) == ("overdue", 5)
    assert (on_5_jan.state, on_5_jan.reported_in) == ("in_progress", "progress/2021-Q3.yaml")
    assert on_5_jan.completed_on is None
    on_20_jan = status_of(track(plan, [early, q4], date(2022, 1, 20)), "6")
    assert (on_20_jan.status, on_20_jan.days_late, on_20_jan.completed_on) == (
        "late",
        15,
        date(2022, 1, 15),
    )


def test_latest_report_by_date_wins_whatever_the_file_order(plan: Plan, tmp_path: Path) -> None:
    # "a.yaml" comes first by name but is the newer report: it reopens task 3.
    newer = report(
        tmp_path,
        "a.yaml",
        """
        period: "2022-Q2"
        reported_on: 2022-07-01
        tasks: {"3": {status: in_progress, note: "Trả lại để bổ sung"}}
        """,
    )
    older = report(
        tmp_path,
        "b.yaml",
        """
        period: "2022-Q1"
        reported_on: 2022-04-01
        tasks: {"3": {status: done, completed_on: 2022-03-28}}
        """,
    )
    in_may = status_of(track(plan, [newer, older], date(2022, 5, 1)), "3")
    assert (in_may.status, in_may.reported_in) == ("done", "progress/b.yaml")
    in_july = status_of(track(plan, [newer, older], date(2022, 7, 2)), "3")
    assert (in_july.status, in_july.state, in_july.note) == (
        "overdue",
        "in_progress",
        "Trả lại để bổ sung",
    )


def test_equal_dates_later_file_name_wins(plan: Plan, tmp_path: Path) -> None:
    first = report(
        tmp_path,
        "2022-a.yaml",
        """
        period: "2022-Q1"
        reported_on: 2022-04-01
        tasks: {"3": {status: done, completed_on: 2022-03-28, product_ref: "bản nháp"}}
        """,
    )
    second = report(
        tmp_path,
        "2022-b.yaml",
        """
        period: "2022-Q1"
        reported_on: 2022-04-01
        tasks: {"3": {status: done, completed_on: 2022-03-28, product_ref: "Đề án số 01"}}
        """,
    )
    for order in ([first, second], [second, first]):
        got = status_of(track(plan, order, date(2022, 4, 2)), "3")
        assert (got.product_ref, got.reported_in) == ("Đề án số 01", "progress/2022-b.yaml")


# ---------------------------------------------------------------------------------------------
# Rows and agencies


def test_task_row_is_the_contract_shape(plan: Plan) -> None:
    occurrence = status_of(track(plan, [], date(2022, 4, 20)), "7", 2021)
    row = task_row(plan, occurrence)
    assert tuple(row) == TASK_FIELDS
    assert row == {
        "task": "7",
        "year": 2021,
        "title": occurrence.task.title,
        "lead": "Cơ quan Tổ chức - Nội vụ",
        "partners": ["Các phòng, ban, ngành huyện", "Ủy ban nhân dân các xã, thị trấn"],
        "product": "Kế hoạch",
        "deadline": "Hàng năm",
        "due": date(2021, 12, 31),
        "original_due": None,
        "status": "overdue",
        "completed_on": None,
        "days_late": 110,
    }


def test_agencies_in_vietnamese_order_with_counts(plan: Plan) -> None:
    loads = by_lead_agency(plan, track(plan, [], date(2022, 4, 20)))
    assert [load.name for load in loads] == [
        "Các phòng, ban, ngành huyện, Ủy ban nhân dân các xã, thị trấn",
        "Cơ quan Tổ chức - Nội vụ",  # "Các" < "Cơ": a < ơ
        "Phòng Giáo dục và Đào tạo",
        "Phòng Kinh tế và Hạ tầng",
        "Phòng Lao động - Thương binh và Xã hội",
        "Phòng Tài chính - Kế hoạch",
        "Phòng Văn hóa - Thông tin và Thể thao",
        "Phòng Y tế",
    ]
    assert sum(load.total for load in loads) == 37
    organisation = agency_row(loads[1])
    assert organisation == {
        "agency": "Cơ quan Tổ chức - Nội vụ",
        "id": "to_chuc_noi_vu",
        # 3, 4, 6, 8 and 7@2021 overdue; 5 and 7@2022-2025 open
        "counts": {
            "done": 0,
            "late": 0,
            "cancelled": 0,
            "overdue": 5,
            "due_soon": 0,
            "open": 5,
            "transferred": 0,
            "terminated": 0,
        },
        "total": 10,
    }


@pytest.mark.parametrize(
    ("as_of", "elapsed"),
    [
        (date(2020, 12, 31), 0.0),
        (date(2021, 1, 1), 1 / 1826),
        (date(2023, 7, 2), 913 / 1826),  # 365 + 365 + 183 days
        # Plan 60 ended on 30/06/2025: it lived 1,642 of its period's 1,826 days.
        (date(2025, 6, 30), 1642 / 1826),
        (date(2025, 12, 31), 1642 / 1826),
        (date(2031, 1, 1), 1642 / 1826),
    ],
)
def test_period_elapsed(plan: Plan, as_of: date, elapsed: float) -> None:
    assert period_elapsed(plan, as_of) == pytest.approx(elapsed)


@pytest.mark.parametrize(("as_of", "elapsed"), [(date(2025, 12, 31), 1.0), (date(2031, 1, 1), 1.0)])
def test_period_elapsed_of_a_plan_that_ran_its_course(
    plan: Plan, as_of: date, elapsed: float
) -> None:
    assert period_elapsed(plan.model_copy(update={"ended": None}), as_of) == elapsed


# ---------------------------------------------------------------------------------------------
# E301, W311, W312


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if text in line)


def test_overdue_and_due_soon_findings_at_the_tasks_line(loaded_plan: LoadedPlan) -> None:
    findings = check_task_deadlines(loaded_plan, [], date(2022, 3, 10), 30)
    overdue = [f for f in findings if f.code == "E301"]
    soon = [f for f in findings if f.code == "W311"]
    # 13 and the nine occurrences due 31/12/2021; the four due 31/03/2022 are 21 days away.
    assert len(overdue) == 10 and len(soon) == 4
    assert all(f.file == "data/plan60.yaml" for f in findings)
    thirteen = next(f for f in overdue if f.args["task"] == "13")
    assert (thirteen.line, thirteen.column) == (_line_of(PLAN_FILE, '- id: "13"'), 5)
    assert thirteen.args["days"] == 161 and thirteen.args["due"] == date(2021, 9, 30)
    yearly = [f for f in overdue if f.args["task"] == "III.1@2021"]
    assert [f.line for f in yearly] == [_line_of(PLAN_FILE, '- id: "III.1"')]
    sixteen = next(f for f in soon if f.args["task"] == "16")
    assert sixteen.line == _line_of(PLAN_FILE, '- id: "16"') and sixteen.args["left"] == 21


def test_late_completion_warning_at_the_completed_on_line(
    loaded_plan: LoadedPlan, tmp_path: Path
) -> None:
    r = report(
        tmp_path,
        "2022.yaml",
        """
        period: "2022"
        tasks:
          "3":
            status: done
            completed_on: 2022-04-04
          "7@2021":
            status: done
            completed_on: 2021-12-01
        """,
    )
    findings = check_task_deadlines(loaded_plan, [r], date(2022, 12, 31), 30)
    late = [f for f in findings if f.code == "W312"]
    assert len(late) == 1
    assert (late[0].file, late[0].line, late[0].column) == ("progress/2022.yaml", 5, 19)
    assert late[0].path == "tasks.3.completed_on"
    assert late[0].args["days"] == 4 and late[0].args["task"] == "3"
    assert not any(f.args["task"] in ("3", "7@2021") for f in findings if f.code == "E301")


def test_finding_messages_read_in_both_languages(loaded_plan: LoadedPlan) -> None:
    from nhanluc_cli.i18n import message

    overdue = check_task_deadlines(loaded_plan, [], date(2022, 1, 1), 30)[0]
    assert message(overdue.key, "vi", overdue.args)[0] == (
        "nhiệm vụ `13` quá hạn 93 ngày (hạn 30/09/2021)."
    )
    text, fix = message(overdue.key, "en", overdue.args)
    assert text == "task `13` is overdue (due 2021-09-30; days late: 93)."
    assert "completed_on" in fix and "cancelled" in fix


# ---------------------------------------------------------------------------------------------
# Several leads (contract §12)


def _two_leads(plan: Plan) -> Plan:
    """Plan 60 with task 3 led by both the Nội vụ office and the Y tế office."""
    data = plan.model_dump()
    for task in data["tasks"]:
        if task["id"] == "3":
            task["lead"] = ["to_chuc_noi_vu", "y_te"]
    return Plan.model_validate(data)


def test_an_occurrence_counts_for_each_of_its_leads(plan: Plan) -> None:
    shared = _two_leads(plan)
    as_of = date(2022, 4, 20)
    before = {load.agency_id: load.total for load in by_lead_agency(plan, track(plan, [], as_of))}
    after = {
        load.agency_id: load.total for load in by_lead_agency(shared, track(shared, [], as_of))
    }
    assert after["to_chuc_noi_vu"] == before["to_chuc_noi_vu"]
    assert after["y_te"] == before["y_te"] + 1
    assert sum(after.values()) == sum(before.values()) + 1


def test_a_task_row_joins_its_leads_names(plan: Plan) -> None:
    # The contract's row keeps `lead` a string: one name, or the names joined with "; ".
    shared = _two_leads(plan)
    row = task_row(shared, status_of(track(shared, [], date(2022, 4, 20)), "3"))
    assert row["lead"] == "Cơ quan Tổ chức - Nội vụ; Phòng Y tế"
    assert tuple(row) == TASK_FIELDS


@pytest.mark.parametrize(
    ("text", "led"), [("noi vu", True), ("y te", True), ("y_te", True), ("giao duc", False)]
)
def test_agency_filter_matches_any_lead(plan: Plan, text: str, led: bool) -> None:
    shared = _two_leads(plan)
    task = shared.task("3")
    assert task is not None
    assert led_by(shared, task, text) is led
