"""The text `nhanluc new PERIOD` writes: a progress report with blanks to fill in.

It lists every indicator and every task occurrence due by the end of the period and not yet done
or cancelled on that day, each with empty fields (YAML null, which means "not reported" and is
valid) and Vietnamese comments saying what goes where. An official fills in what is known and
leaves the rest blank: the file is valid as written and stays valid while half-filled.

Pure: the plan, the reports and the period in, text out. The CLI writes the file.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from datetime import date

from nhanluc_cli.plan.deadlines import period_bounds
from nhanluc_cli.plan.model import Indicator, Plan, Task
from nhanluc_cli.plan.sources import LoadedReport
from nhanluc_cli.tasks.tracking import OccurrenceStatus, lead_names, occurrence_key, track
from nhanluc_cli.vietnamese import format_date, format_number

# The layout contract §1.2 shows: data/progress/FILE.yaml next to the repository's schema/.
DEFAULT_SCHEMA_REF = "../../schema/progress.schema.json"
SCHEMA_LINE = "# yaml-language-server: $schema={ref}"
WIDTH = 100
_SETTLED = ("done", "late", "cancelled")  # nothing left to report on these occurrences
_COMMENT_COLUMN = 18  # where the trailing comments of a task's fields start

_UNIT_WORDS = {
    "%": ("%", "%"),
    "per_10000": ("trên vạn dân", "per 10,000 people"),
}
_ASSESSMENTS = "achieved (đạt) | in_progress (đang thực hiện) | not_achieved (chưa đạt)"
_STATUSES = "not_started | in_progress | done | cancelled"
_STATE_WORDS = {
    "not_started": "chưa thực hiện",
    "in_progress": "đang thực hiện",
    "done": "hoàn thành",
    "cancelled": "không thực hiện (đã hủy)",
}


# ---------------------------------------------------------------------------------------------
# Words about the plan, shared with the JSON Schema's descriptions


def _figure(value: float, lang: str) -> str:
    return format_number(value, lang, None)


def describe_target(indicator: Indicator, lang: str) -> str:
    """ "≥ 70% đến năm 2025", "10-12 trên vạn dân đến năm 2025", "định tính, đến năm 2025"."""
    target = indicator.target
    by = f"đến năm {indicator.by}" if lang == "vi" else f"by {indicator.by}"
    unit = _unit_word(indicator.unit, lang)
    if indicator.measure == "growth" and target.kind != "qualitative":
        x = target.value if target.value is not None else target.lo
        sign = "≤" if target.kind == "at_most" else "≥"
        rate = f"{sign} {_figure(x or 0.0, lang)}%"
        return f"tăng {rate}/năm {by}" if lang == "vi" else f"growth {rate} a year {by}"
    if target.kind == "range" and target.lo is not None and target.hi is not None:
        amount = f"{_figure(target.lo, lang)}-{_figure(target.hi, lang)}"
    elif target.kind in ("at_least", "at_most") and target.value is not None:
        sign = "≥" if target.kind == "at_least" else "≤"
        if target.kind == "at_least" and indicator.unit == "%" and target.value >= 100:
            sign = "="  # the document's "100%": a rate cannot pass it
        amount = f"{sign} {_figure(target.value, lang)}"
    else:
        return f"định tính, {by}" if lang == "vi" else f"qualitative, {by}"
    # "70%", as administrative documents write it; a count with its unit: "300 người".
    amount = f"{amount}%" if indicator.unit == "%" else f"{amount} {unit}"
    return f"{_measured(amount, indicator.measure, lang)} {by}"


def _unit_word(unit: str | None, lang: str) -> str:
    """ "%", "trên vạn dân", or a count's own unit ("người") as the plan writes it."""
    if unit is None:
        return ""
    return _UNIT_WORDS.get(unit, (unit, unit))[0 if lang == "vi" else 1]


_MEASURE_WORDS = {  # contract §15: the target as the plan words it, per measure
    "yearly": ("{amount} mỗi năm", "{amount} each year"),
    "cumulative": ("{amount} cả giai đoạn", "{amount} over the period"),
    "average_yearly": ("bình quân {amount} mỗi năm", "{amount} a year on average"),
    "maintain": ("duy trì {amount}", "kept at {amount}"),
}


def _measured(amount: str, measure: str, lang: str) -> str:
    if measure not in _MEASURE_WORDS:
        return amount
    return _MEASURE_WORDS[measure][0 if lang == "vi" else 1].format(amount=amount)


def task_summary(task: Task, lang: str) -> str:
    """The task's title and its deadline as the document words it."""
    label = "Thời hạn" if lang == "vi" else "Deadline"
    title = _one_line(task.title)
    return f"{title}{'' if title.endswith(('.', ':', ';')) else '.'} {label}: {task.deadline}."


def _one_line(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------
# What the template lists


def pending_occurrences(
    plan: Plan, reports: Sequence[LoadedReport], period: str
) -> list[OccurrenceStatus]:
    """Occurrences due by the period's end and not done, late-done or cancelled on that day,
    most urgent first (the schedule's order: due date, then plan order)."""
    bounds = period_bounds(period)
    if bounds is None:
        raise ValueError(f"not a report period: {period!r}")
    end = bounds[1]
    return [
        occurrence
        for occurrence in track(plan, reports, end)
        if occurrence.due <= end and occurrence.status not in _SETTLED
    ]


# ---------------------------------------------------------------------------------------------
# The text


def _comment(text: str, indent: int) -> list[str]:
    prefix = " " * indent + "# "
    return textwrap.wrap(
        _one_line(text),
        width=WIDTH,
        initial_indent=prefix,
        subsequent_indent=prefix,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _field(name: str, note: str = "", indent: int = 4) -> str:
    """`name:` left blank (null), with a trailing comment that says what goes there."""
    line = " " * indent + f"{name}:"
    if not note:
        return line
    return f"{line.ljust(_COMMENT_COLUMN)}  # {note}"


def _header(plan: Plan, period: str, schema_ref: str) -> list[str]:
    bounds = period_bounds(period)
    assert bounds is not None, period
    first, last = (format_date(day, "vi") for day in bounds)
    return [
        SCHEMA_LINE.format(ref=schema_ref),
        *_comment(f"Báo cáo tiến độ thực hiện Kế hoạch số {plan.id}, kỳ {period} "
                  f"(từ {first} đến {last}).", 0),
        '# Ô để trống (null) là "chưa báo cáo" và hợp lệ: điền phần đã có, để trống phần còn lại.',
        "# Số viết 66.5 hoặc 66,5; ngày viết dd/mm/yyyy (ví dụ 31/12/2022) hoặc YYYY-MM-DD.",
        "# Kiểm tra sau khi điền: nhanluc check",
        *_calendar_lines(plan, period),
        f"period: {json.dumps(period)}",
        _field("reported_on", f"ngày báo cáo; để trống: ngày cuối kỳ ({last})", 0),
        _field("reported_by", _reporter_note(plan), 0),
    ]  # fmt: skip


def _calendar_lines(plan: Plan, period: str) -> list[str]:
    """The reporting calendar's window and due date of this period (contract §17), if any."""
    from nhanluc_cli.plan.reporting import period_named

    named = period_named(plan, period)
    if named is None:
        return []
    start, cutoff, due = (format_date(day, "vi") for day in (named.start, named.cutoff, named.due))
    return [f"# Lịch báo cáo: số liệu tính từ {start} đến {cutoff}; hạn nộp {due}."]


def _reporter_note(plan: Plan) -> str:
    from nhanluc_cli.plan.reporting import reporters

    who = reporters(plan)
    if not who:
        return "cơ quan báo cáo"
    return "mã cơ quan báo cáo: " + ", ".join(who)


def _value_note(indicator: Indicator, unit: str, period: str) -> str:
    """What `value` asks for (contract §15): an amount of this period, or a level."""
    if indicator.measure in ("yearly", "average_yearly"):
        return f"số {unit} đạt được trong kỳ {period} (cộng vào năm {period[:4]})"
    if indicator.measure == "cumulative":
        return f"số {unit} đạt được trong kỳ {period} (cộng dồn cả giai đoạn)"
    if indicator.measure in ("growth", "maintain"):
        return f"mức đạt được ({unit}) vào ngày của số liệu"
    return f"số liệu ({unit})"


def _indicator_lines(plan: Plan, period: str) -> list[str]:
    if not plan.indicators:
        return ["indicators:"]
    lines = [
        "",
        "# Chỉ tiêu. value: số liệu; as_of: ngày của số liệu (để trống: ngày cuối kỳ, hoặc",
        "# ngày báo cáo nếu sớm hơn); source: nguồn số liệu. Có thể ghi numerator (tử số)",
        "# và denominator (mẫu số) thay cho value. Chỉ tiêu định tính ghi assessment thay cho",
        "# số liệu.",
        "indicators:",
    ]
    group = None
    for indicator in plan.indicators:
        if indicator.group != group:
            group = indicator.group
            heading = plan.group_names.get(group)
            lines += _comment(f"{group}) {heading}" if heading else f"{group})", 2)
        lines.append(f"  {indicator.id}:")
        lines += _comment(indicator.name, 4)
        unit = _unit_word(indicator.unit, "vi")
        if indicator.unit is None:
            lines += _comment(f"Chỉ tiêu định tính, đến năm {indicator.by}.", 4)
            lines += [_field("assessment", _ASSESSMENTS), _field("note", "nhận xét, căn cứ")]
            continue
        lines += _comment(f"Đơn vị: {unit}; mục tiêu: {describe_target(indicator, 'vi')}.", 4)
        lines.append(_field("value", _value_note(indicator, unit, period)))
        if indicator.unit == "per_10000":
            lines += [
                _field("numerator", "hoặc tử số (số người)..."),
                _field("denominator", "...và mẫu số (dân số)"),
            ]
        lines += [_field("as_of", "ngày của số liệu"), _field("source", "nguồn số liệu")]
    return lines


def _task_lines(plan: Plan, pending: Sequence[OccurrenceStatus], last_day: date) -> list[str]:
    end = format_date(last_day, "vi")
    if not pending:
        return [
            "",
            f"# Không có nhiệm vụ nào đến hạn đến ngày {end} mà chưa hoàn thành.",
            "tasks:",
        ]
    lines = [
        "",
        f"# Nhiệm vụ đến hạn đến ngày {end} mà chưa hoàn thành.",
        f"# status: {_STATUSES}",
        "#   (chưa thực hiện | đang thực hiện | hoàn thành | không thực hiện, đã hủy).",
        "# done cần completed_on (ngày hoàn thành); cancelled cần note (lý do không thực hiện).",
        "tasks:",
    ]
    for occurrence in pending:
        task = occurrence.task
        lines.append(f"  {json.dumps(occurrence_key(task.id, occurrence.label))}:")
        lines += _comment(task.title, 4)
        lead = lead_names(plan, task)
        label = occurrence.label
        year = "" if label is None else f" (năm {label})" if len(label) == 4 else f" (kỳ {label})"
        lines += _comment(
            f"Thời hạn: {task.deadline}{year}, đến hạn ngày {format_date(occurrence.due, 'vi')}. "
            f"Chủ trì: {lead}." + (f" Sản phẩm: {task.product}." if task.product else ""),
            4,
        )
        if occurrence.state is not None and occurrence.reported_in is not None:
            state = _STATE_WORDS.get(occurrence.state, occurrence.state)
            lines += _comment(
                f"Báo cáo trước: {occurrence.state} ({state}), trong {occurrence.reported_in}.", 4
            )
        lines += [
            _field("status", _STATUSES),
            _field("completed_on", "ngày hoàn thành; bắt buộc khi done"),
            _field("product_ref", "số, ký hiệu sản phẩm"),
            _field("note", "ghi chú; bắt buộc khi cancelled"),
        ]
    return lines


def progress_template(
    plan: Plan,
    period: str,
    pending: Sequence[OccurrenceStatus],
    schema_ref: str = DEFAULT_SCHEMA_REF,
) -> str:
    """The report's text: header, every indicator, then the pending occurrences."""
    bounds = period_bounds(period)
    if bounds is None:
        raise ValueError(f"not a report period: {period!r}")
    lines = [
        *_header(plan, period, schema_ref),
        *_indicator_lines(plan, period),
        *_task_lines(plan, pending, bounds[1]),
    ]
    return "\n".join(lines) + "\n"
