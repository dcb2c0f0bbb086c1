"""Write N progress reports for a plan: the province-scale data of the benchmarks (contract §8).

    python benchmarks/generate.py OUT_DIR --files 1000 [--seed 60] [--plan data/plan60.yaml]

OUT_DIR receives a copy of the plan and OUT_DIR/progress/*.yaml. Every file reports every
indicator and every task occurrence of the plan, in Vietnamese (NFC), with values in range.

The data must pass `nhanluc check` without E1xx/E2xx findings, and many files share a date (1,000
files over four years), so nothing that two files could disagree on is drawn per file:

- a task occurrence's status on a date comes from one seeded timeline per occurrence (started
  on S, done on C, or cancelled on X), so two reports of the same date always agree;
- an indicator's figure, and the way it is written (value, numerator/denominator or both), comes
  from a generator seeded by (indicator, as_of), so two reports of the same as_of always agree.

Only the wording that cannot conflict (sources, notes, decimal comma, explicit as_of, who
reports) varies from file to file. Same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from nhanluc_cli.loading.loader import load_plan
from nhanluc_cli.plan.deadlines import (
    last_day_of_month,
    occurrences_for,
    parse_deadline,
    period_bounds,
)
from nhanluc_cli.plan.model import Indicator, Plan, Task

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PLAN = REPO / "data" / "plan60.yaml"

COMMUNES = (
    "thị trấn Càng Long",
    "xã An Trường",
    "xã An Trường A",
    "xã Bình Phú",
    "xã Đại Phúc",
    "xã Đại Phước",
    "xã Đức Mỹ",
    "xã Huyền Hội",
    "xã Mỹ Cẩm",
    "xã Nhị Long",
    "xã Nhị Long Phú",
    "xã Phương Thạnh",
    "xã Tân An",
    "xã Tân Bình",
)
# Who reports on which indicator group (the plan's lead agencies for that field).
GROUP_SOURCES = {
    "a": ("Cơ quan Tổ chức - Nội vụ", "TCNV"),
    "b": ("Phòng Lao động - Thương binh và Xã hội", "LĐTBXH"),
    "c": ("Phòng Giáo dục và Đào tạo", "GDĐT"),
    "d": ("Phòng Văn hóa và Thông tin", "VHTT"),
}
HEALTH_SOURCE = ("Phòng Y tế", "YT")
OTHER_SOURCE = ("Văn phòng Ủy ban nhân dân", "VP")
PRODUCT_CODES = {"Đề án": "ĐA", "Kế hoạch": "KH", "Báo cáo": "BC", "Quyết định": "QĐ"}
IN_PROGRESS_NOTES = (
    "Đang xây dựng dự thảo, lấy ý kiến các phòng, ban, ngành và Ủy ban nhân dân các xã, thị trấn.",
    "Đã trình Thường trực Ủy ban nhân dân huyện cho ý kiến; đang hoàn chỉnh theo góp ý.",
    "Đang tổng hợp số liệu từ các đơn vị; một số xã chưa gửi báo cáo đúng hạn.",
    "Đã tổ chức hội nghị triển khai; đang theo dõi, đôn đốc thực hiện.",
    "Đang phối hợp với Trung tâm Bồi dưỡng Chính trị rà soát nhu cầu đào tạo, bồi dưỡng.",
)
NOT_STARTED_NOTES = (
    "Chưa triển khai; dự kiến thực hiện trong quý tới.",
    "Chờ hướng dẫn của các sở, ngành tỉnh.",
    None,
    None,
)
CANCELLED_NOTES = (
    "Không xây dựng riêng; đã lồng ghép vào Kế hoạch phát triển kinh tế - xã hội của huyện.",
    "Dừng thực hiện theo chỉ đạo của Ủy ban nhân dân tỉnh; nhiệm vụ chuyển sang giai đoạn sau.",
)
ASSESSMENT_NOTES = {
    "achieved": "Đã hình thành đội ngũ theo yêu cầu; tiếp tục duy trì và nâng cao chất lượng.",
    "in_progress": "Đang đào tạo, bồi dưỡng; số lượng còn ít so với yêu cầu, cần tiếp tục thu hút.",
    "not_achieved": "Chưa có cá nhân đạt yêu cầu; nguồn tuyển chọn còn hạn chế.",
}
PLAN_START, PLAN_END = date(2021, 1, 1), date(2025, 12, 31)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def quoted(text: str) -> str:
    """A YAML double-quoted scalar: JSON's string syntax is a subset of YAML's."""
    return json.dumps(nfc(text), ensure_ascii=False)


def vn_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def seeded(*parts: object) -> random.Random:
    # random.Random(str) hashes the text with SHA-512: the same on every run and machine,
    # whatever PYTHONHASHSEED says.
    return random.Random("|".join(str(p) for p in parts))


def day_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


# ---------------------------------------------------------------------------------------------
# Task occurrences: one timeline each


@dataclass(frozen=True, slots=True)
class Occurrence:
    key: str  # "3" or "7@2022"
    task: Task
    due: date
    started: date
    done: date | None
    cancelled: date | None
    product_ref: str | None
    note_seed: int

    def state_on(self, day: date) -> tuple[str, date | None]:
        """The status a report dated `day` gives, and completed_on when done."""
        if self.cancelled is not None and day >= self.cancelled:
            return "cancelled", None
        if self.done is not None and day >= self.done:
            return "done", self.done
        return ("in_progress", None) if day >= self.started else ("not_started", None)


def plan_occurrences(plan: Plan, seed: int) -> list[Occurrence]:
    occurrences: list[Occurrence] = []
    for task in plan.tasks:
        deadline = parse_deadline(task.deadline)
        if task.due is not None:
            dues: list[tuple[str | None, date]] = [(None, task.due)]
        elif deadline is None:
            continue  # an unparseable deadline has no occurrence to report
        else:
            dues = [
                (o.label, o.due)  # "2022", "2022-Q3": as report keys name occurrences
                for o in occurrences_for(
                    deadline, plan.period.start, plan.period.end, plan_date=plan.date
                )
            ]
        for label, due in dues:
            key = task.id if label is None else f"{task.id}@{label}"
            occurrences.append(_timeline(task, key, due, seeded(seed, "task", key)))
    return occurrences


def _timeline(task: Task, key: str, due: date, rng: random.Random) -> Occurrence:
    started = due - timedelta(days=rng.randint(40, 330))
    fate = rng.random()
    done: date | None = None
    cancelled: date | None = None
    if fate < 0.05:
        cancelled = due - timedelta(days=rng.randint(-90, 30))
    elif fate < 0.90:  # most are done: on time, or a few weeks or months late
        done = due + timedelta(days=rng.choice((-45, -20, -7, -2, 0, 10, 25, 60, 140)))
        done = max(done, started + timedelta(days=7))
    # else: still in progress, years later: the overdue rows of `nhanluc status`.
    product = task.product or "Kế hoạch"
    code = PRODUCT_CODES.get(product.split(" hoặc ")[-1], "KH")
    kind = product.split(" hoặc ")[-1]
    product_ref = (
        f"{kind} số {rng.randint(1, 250)}/{code}-UBND ngày {vn_date(done)}" if done else None
    )
    return Occurrence(key, task, due, started, done, cancelled, product_ref, rng.randint(0, 99))


def task_lines(occurrence: Occurrence, day: date, rng: random.Random) -> list[str]:
    status, completed_on = occurrence.state_on(day)
    lines = [f"  {quoted(occurrence.key)}:", f"    status: {status}"]
    if status == "done":
        assert completed_on is not None and occurrence.product_ref is not None
        lines.append(f"    completed_on: {completed_on.isoformat()}")
        lines.append(f"    product_ref: {quoted(occurrence.product_ref)}")
    elif status == "cancelled":
        note = CANCELLED_NOTES[occurrence.note_seed % len(CANCELLED_NOTES)]
        lines.append(f"    note: {quoted(note)}")
    elif status == "in_progress":
        lines.append(f"    note: {quoted(rng.choice(IN_PROGRESS_NOTES))}")
    else:
        note_or_none = rng.choice(NOT_STARTED_NOTES)
        if note_or_none:
            lines.append(f"    note: {quoted(note_or_none)}")
    return lines


# ---------------------------------------------------------------------------------------------
# Indicators: a trajectory each, and one way of writing each (indicator, as_of)


@dataclass(frozen=True, slots=True)
class Trajectory:
    indicator: Indicator
    start: float  # value on PLAN_START
    end: float  # value on PLAN_END
    denominator: int  # staff, pupils or people counted
    seed: int

    def value_on(self, day: date, rng: random.Random) -> float:
        span = (PLAN_END - PLAN_START).days
        share = min(1.0, max(0.0, (day - PLAN_START).days / span))
        noise = rng.gauss(0.0, 0.004 * max(self.end, 1.0))
        value = max(0.0, self.start + (self.end - self.start) * share + noise)
        return min(100.0, value) if self.indicator.unit == "%" else value


def trajectories(plan: Plan, seed: int) -> list[Trajectory]:
    result: list[Trajectory] = []
    for indicator in plan.indicators:
        rng = seeded(seed, "indicator", indicator.id)
        target = indicator.target
        goal = target.value if target.value is not None else (target.lo or 0.0)
        denominator = _denominator(indicator, rng)
        start = goal * rng.uniform(0.62, 0.93)
        end = goal * rng.uniform(0.9, 1.08)
        if indicator.unit == "%":
            start, end = min(start, 99.0), min(end, 100.0)
        result.append(Trajectory(indicator, start, end, denominator, rng.randint(0, 10**9)))
    return result


# What a % indicator counts, in a district of about 150,000 people and 14 communes.
DENOMINATORS = {
    "cbccvc": 1_870,
    "giao_vien": 1_250,
    "cbcc_xa": 290,
    "lanh_dao": 120,
    "tram_y_te": 14,
    "y_te": 260,
    "lao_dong_qua": 92_000,
    "lao_dong_dao_tao": 21_000,
    "quan_ly_doanh_nghiep": 640,
    "hoc_sinh_tieu_hoc": 9_800,
    "hoc_sinh_thcs": 7_100,
    "tu_van": 7_100,
}


def _denominator(indicator: Indicator, rng: random.Random) -> int:
    if indicator.unit == "per_10000":
        return rng.randint(146_000, 152_000)  # people in the district
    for prefix, count in DENOMINATORS.items():
        if indicator.id.startswith(prefix):
            return count
    return rng.choice((120, 290, 640, 1_250))


def assessment_on(trajectory: Trajectory, day: date) -> str:
    rng = seeded(trajectory.seed, "assessment")
    achieved_on = day_between(rng, date(2023, 6, 30), date(2027, 1, 1))
    if day >= achieved_on:
        return "achieved"
    return "in_progress" if rng.random() < 0.85 else "not_achieved"


def figure_lines(trajectory: Trajectory, as_of: date, decimal_comma: bool) -> list[str]:
    """value, numerator/denominator or both; the choice and the figures depend on as_of only."""
    rng = seeded(trajectory.seed, as_of.isoformat())
    indicator = trajectory.indicator
    if indicator.unit is None:
        return [f"    assessment: {assessment_on(trajectory, as_of)}"]
    scale = indicator.scale or 100.0
    value = trajectory.value_on(as_of, rng)
    way = rng.choice(("value", "value", "ratio", "both"))
    if way == "value":
        return [f"    value: {_number(round(value, 1), decimal_comma)}"]
    # Head counts move a little between dates; the 14 communes' health stations do not.
    denominator = trajectory.denominator + rng.randint(-3, 3) * (trajectory.denominator // 200)
    numerator = min(denominator, round(value / scale * denominator))
    lines = [f"    numerator: {numerator}", f"    denominator: {denominator}"]
    if way == "both":
        shown = round(numerator / denominator * scale, 2)
        lines.insert(0, f"    value: {_number(shown, decimal_comma)}")
    return lines


def _number(value: float, decimal_comma: bool) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if decimal_comma else text


def indicator_lines(
    trajectory: Trajectory,
    period: tuple[date, date],
    reported_on: date,
    number: int,
    rng: random.Random,
) -> list[str]:
    indicator = trajectory.indicator
    first, last = period
    explicit = rng.random() < 0.3
    as_of = last_day_of_month(*_month_in(rng, first, last)) if explicit else last
    lines = [f"  {indicator.id}:"]
    lines += figure_lines(trajectory, as_of, decimal_comma=rng.random() < 0.15)
    if explicit:
        lines.append(f"    as_of: {as_of.isoformat()}")
    agency, code = _source_of(indicator)
    published = day_between(rng, last + timedelta(days=1), reported_on)
    source = f"Báo cáo số {number}/BC-{code} ngày {vn_date(published)} của {agency}"
    lines.append(f"    source: {quoted(source)}")
    if indicator.unit is None:
        lines.append(f"    note: {quoted(ASSESSMENT_NOTES[assessment_on(trajectory, as_of)])}")
    return lines


def _source_of(indicator: Indicator) -> tuple[str, str]:
    if "y_te" in indicator.id or indicator.id.startswith(("bac_si", "dieu_duong")):
        return HEALTH_SOURCE
    # Another plan's groups (contract §12) are reported by its issuing office's staff.
    return GROUP_SOURCES.get(indicator.group, OTHER_SOURCE)


def _month_in(rng: random.Random, first: date, last: date) -> tuple[int, int]:
    months = (last.year - first.year) * 12 + last.month - first.month
    index = first.year * 12 + first.month - 1 + rng.randint(0, months)
    return index // 12, index % 12 + 1


# ---------------------------------------------------------------------------------------------
# Periods and files


def all_periods(first_year: int, last_year: int, plan_date: date) -> list[str]:
    """Every period of every kind that ends after the plan was signed, with realistic weights."""
    periods: list[str] = []
    for year in range(first_year, last_year + 1):
        periods += [f"{year}"] * 3
        periods += [f"{year}-H{h}" for h in (1, 2)] * 3
        periods += [f"{year}-Q{q}" for q in (1, 2, 3, 4)] * 2
        periods += [f"{year}-{m:02d}" for m in range(1, 13)]
    return [p for p in periods if _bounds(p)[1] > plan_date]


def _bounds(period: str) -> tuple[date, date]:
    bounds = period_bounds(period)
    assert bounds is not None, period
    return bounds


def report_text(
    plan: Plan,
    index: int,
    period: str,
    occurrences: list[Occurrence],
    paths: list[Trajectory],
    seed: int,
) -> str:
    rng = seeded(seed, "file", index)
    first, last = _bounds(period)
    reported_on = last + timedelta(days=rng.randint(5, 45))
    reporter = rng.choice(
        [a.name for a in plan.agencies[:9]] + [f"Ủy ban nhân dân {c}" for c in COMMUNES]
    )
    number = rng.randint(1, 400)
    lines = [
        "# yaml-language-server: $schema=../../schema/progress.schema.json",
        f"# Báo cáo kết quả thực hiện Kế hoạch số {plan.id}, kỳ {period} (dữ liệu đo tốc độ).",
        f"period: {quoted(period)}",
        f"reported_on: {reported_on.isoformat()}",
        f"reported_by: {quoted(reporter)}",
        "indicators:",
    ]
    for trajectory in paths:
        lines += indicator_lines(trajectory, (first, last), reported_on, number, rng)
    lines.append("tasks:")
    for occurrence in occurrences:
        lines += task_lines(occurrence, reported_on, rng)
    return nfc("\n".join(lines) + "\n")


def generate(out_dir: Path, files: int, seed: int, plan_path: Path, force: bool) -> int:
    """Write the plan and `files` reports; returns the bytes written."""
    loaded, findings = load_plan(plan_path, str(plan_path))
    if loaded is None:
        raise SystemExit(f"{plan_path}: the plan does not load ({len(findings)} findings)")
    plan = loaded.plan
    progress = out_dir / "progress"
    existing = sorted(progress.glob("*.yaml")) if progress.is_dir() else []
    if existing and not force:
        raise SystemExit(f"{progress} already holds {len(existing)} reports; use --force")
    for path in existing:
        path.unlink()
    progress.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(plan_path, out_dir / plan_path.name)

    occurrences = plan_occurrences(plan, seed)
    paths = trajectories(plan, seed)
    periods = all_periods(plan.period.start, plan.period.end, plan.date)
    chooser = seeded(seed, "periods")
    written = 0
    for index in range(files):
        period = chooser.choice(periods)
        data = report_text(plan, index, period, occurrences, paths, seed).encode("utf-8")
        (progress / f"{period}_{index:05d}.yaml").write_bytes(data)
        written += len(data)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    parser.add_argument("--files", type=int, default=1000, help="reports to write (1000)")
    parser.add_argument("--seed", type=int, default=60, help="same seed, same files (60)")
    parser.add_argument("--plan", type=Path, default=DEFAULT_PLAN, help="the plan to copy")
    parser.add_argument("--force", action="store_true", help="replace existing reports")
    args = parser.parse_args(argv)
    written = generate(args.out_dir, args.files, args.seed, args.plan, args.force)
    print(
        f"{args.files} reports, {written / 1e6:.1f} MB, in {args.out_dir / 'progress'}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
