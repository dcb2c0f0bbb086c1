"""`report --final`: the end-of-period evaluation (báo cáo tổng kết, contract §13).

The engine's numbers (evaluation.py: yearly figures, verdicts with "vượt", outcomes) on the real
plan with reports written next to the assertions; then the three formats of the demo data: every
section present, no file name or command in the printed text, the interim variant while the plan
runs, and the usage errors.
"""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docx import Document

from conftest import REPO, RunCli, write_yaml
from nhanluc_cli.judging.final_evaluation import evaluate_plan, exceeds
from nhanluc_cli.plan.model import Target
from nhanluc_cli.render.report.final import build_final
from nhanluc_cli.store.dataset import load_dataset
from nhanluc_cli.store.workspace import locate
from test_docx_report import all_text

DEMO = REPO / "examples" / "demo"
CLOSED = "2026-11-30"  # plan 60 ended on 30/06/2025
RUNNING = "2024-12-15"


# ---------------------------------------------------------------------------------------------
# vượt


@pytest.mark.parametrize(
    ("target", "value", "expected"),
    [
        (Target(kind="at_least", value=70), 70.0, False),  # met, not exceeded
        (Target(kind="at_least", value=70), 70.1, True),
        (Target(kind="at_least", value=100), 100.0, False),  # "= 100 %" cannot be exceeded
        (Target(kind="at_most", value=5), 5.0, False),
        (Target(kind="at_most", value=5), 4.9, True),
        (Target(kind="range", lo=10, hi=12), 12.0, False),  # inside the range: achieved
        (Target(kind="range", lo=10, hi=12), 12.5, True),  # above hi: exceeded
        (Target(kind="qualitative"), 1.0, False),
    ],
)
def test_exceeds_means_beyond_the_target_not_at_it(
    target: Target, value: float, expected: bool
) -> None:
    assert exceeds(target, value) is expected


# ---------------------------------------------------------------------------------------------
# The engine on the real plan


def evaluation_of(data: Path, as_of: str):  # type: ignore[no-untyped-def]
    dataset = load_dataset(locate(data, None, data.parent), data.parent)
    assert dataset.plan is not None and not dataset.has_data_errors, dataset.findings
    return evaluate_plan(dataset.plan.plan, dataset.reports, date.fromisoformat(as_of))


def test_each_years_figure_is_the_latest_of_that_year_known_on_the_day(data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/2021.yaml",
        """
        period: "2021"
        reported_on: 2022-01-10
        reported_by: "Phòng Lao động - Thương binh và Xã hội"
        indicators:
          lao_dong_qua_dao_tao: {value: 60, as_of: 2021-06-30}
          lanh_dao_duoi_40_sau_dai_hoc: {value: 20}
        """,
    )
    write_yaml(
        data_dir,
        "progress/2021-H2b.yaml",
        """
        period: "2021-H2"
        reported_on: 2022-01-20
        indicators:
          lao_dong_qua_dao_tao: {value: 61.5}
        """,
    )
    write_yaml(
        data_dir,
        "progress/2025-H1.yaml",
        """
        period: "2025-H1"
        reported_on: 2025-07-10
        indicators:
          lao_dong_qua_dao_tao: {value: 72}
          lanh_dao_duoi_40_sau_dai_hoc: {value: 36}
          bac_si_van_dan: {value: 11}
          hoc_sinh_thcs:
            value: 98
            explanation: "Học sinh bỏ học theo gia đình"
        """,
    )
    evaluation = evaluation_of(data_dir, CLOSED)
    assert evaluation.years == (2021, 2022, 2023, 2024, 2025)
    assert evaluation.closed_on == date(2025, 6, 30) and not evaluation.interim
    verdicts = {v.result.indicator.id: v for v in evaluation.indicators}
    labour = verdicts["lao_dong_qua_dao_tao"]
    assert [m.value if m else None for m in labour.yearly] == [61.5, None, None, None, 72.0]
    assert labour.verdict == "exceeded" and labour.final  # ≥ 70, and 72 > 70
    assert verdicts["lanh_dao_duoi_40_sau_dai_hoc"].verdict == "exceeded"  # 25-35, 36 > hi
    assert verdicts["bac_si_van_dan"].verdict == "achieved"  # 10-12, 11 inside
    assert verdicts["hoc_sinh_thcs"].verdict == "missed"  # a 2025 figure below 99
    assert verdicts["quan_ly_doanh_nghiep_boi_duong"].verdict == "no_data"
    # Known on the day only: before the 2025 report, 2025 has no figure.
    earlier = evaluation_of(data_dir, "2025-07-01")
    labour = next(v for v in earlier.indicators if v.result.indicator.id == "lao_dong_qua_dao_tao")
    assert labour.yearly[-1] is None and labour.verdict == "not_assessable"

    report = build_final(evaluation.plan, [], date(2026, 11, 30), "vi")
    assert report.kind == "BÁO CÁO TỔNG KẾT"
    words = {
        line.name: (line.figures, line.verdict_label)
        for line in build_final(
            evaluation.plan, load_reports(data_dir), date(2026, 11, 30), "vi"
        ).indicators
    }
    assert words["Tỷ lệ lao động qua đào tạo"] == (("61,5", "-", "-", "-", "72"), "vượt")
    assert words["Bác sĩ trên vạn dân"][1] == "đạt"


def load_reports(data: Path):  # type: ignore[no-untyped-def]
    return load_dataset(locate(data, None, data.parent), data.parent).reports


def test_outcomes_explanations_and_what_is_carried(data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/2025-H1.yaml",
        """
        period: "2025-H1"
        reported_on: 2025-07-10
        reported_by: "Cơ quan Tổ chức - Nội vụ"
        tasks:
          "3": {status: done, completed_on: 2022-03-28, product_ref: "Đề án số 01/ĐA-UBND"}
          "4": {status: done, completed_on: 2022-04-30}
          "5":
            status: in_progress
            explanation: "Chờ hướng dẫn của tỉnh"
          "12@2025": {status: transferred, to: [ubnd_huyen], transferred_on: 2025-06-30}
        """,
    )
    evaluation = evaluation_of(data_dir, CLOSED)
    outcome = {(t.occurrence.task.id, t.occurrence.year): t.outcome for t in evaluation.tasks}
    assert outcome[("3", None)] == "done"
    assert outcome[("4", None)] == "late"
    assert outcome[("5", None)] == "unfinished"
    assert outcome[("12", 2025)] == "transferred"
    assert outcome[("12", 2024)] == "unfinished"
    assert outcome[("1", 2025)] == "terminated"
    assert all(t.outcome in ("unfinished", "terminated") for t in evaluation.carried)
    assert [t.occurrence.task.id for t in evaluation.transferred] == ["12"]
    (explained,) = evaluation.explanations
    assert explained.text == "Chờ hướng dẫn của tỉnh"
    assert explained.report.report.reported_by == "Cơ quan Tổ chức - Nội vụ"
    report = build_final(evaluation.plan, load_reports(data_dir), date(2026, 11, 30), "vi")
    (line,) = report.explanations
    assert line.reported == "Cơ quan Tổ chức - Nội vụ, báo cáo kỳ 2025-H1, ngày 10/07/2025"
    assert line.status == "Chưa hoàn thành"
    assert [part.heading for part in report.direction] == [
        "Nhiệm vụ chưa hoàn thành, tiếp tục thực hiện",
        "Nhiệm vụ chấm dứt khi kế hoạch kết thúc, cần xem xét đưa vào kế hoạch giai đoạn tiếp theo",
        "Nhiệm vụ đã chuyển giao, do cơ quan tiếp nhận tiếp tục thực hiện",
        "Chỉ tiêu chưa đạt",
    ]


# ---------------------------------------------------------------------------------------------
# The three formats of the demo data

SECTIONS = [
    "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN",
    "II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU",
    "III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
    "IV. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
    "V. BÀI HỌC KINH NGHIỆM",
    "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
    "VII. KIẾN NGHỊ, ĐỀ XUẤT",
]
PLACEHOLDER = "[Nội dung do cơ quan báo cáo viết]"
OUTCOME_HEADINGS = [
    "Hoàn thành đúng hạn (24)",
    "Hoàn thành quá hạn (7)",
    "Chưa hoàn thành (1)",
    "Không thực hiện (đã hủy) (1)",
    "Chấm dứt (3)",
    "Chuyển giao (1)",
]


def assert_printable(text: str) -> None:
    """No file name, folder or command: the reports are cited by their own references."""
    assert ".yaml" not in text and "progress/" not in text
    assert "nhanluc" not in text and "`" not in text
    assert "Cơ quan Tổ chức - Nội vụ (minh hoạ), báo cáo kỳ 2025-H1" in text


def in_order(text: str, parts: list[str]) -> None:
    positions = [text.index(part) for part in parts]
    assert positions == sorted(positions)


def test_markdown_has_every_section(run_cli: RunCli) -> None:
    result = run_cli(["report", "--final", "--data", str(DEMO), "--as-of", CLOSED])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("**\\[CƠ QUAN BÁO CÁO\\]**")  # the district is gone (§18)
    assert "\n# BÁO CÁO\n" in text
    assert "Tổng kết thực hiện Kế hoạch số 60/KH-UBND ngày 04/8/2021" in text
    in_order(text, [*SECTIONS, "Trên đây là báo cáo tổng kết", "Nơi nhận:", "PHỤ LỤC I"])
    in_order(text, OUTCOME_HEADINGS)
    in_order(text, ["PHỤ LỤC I", OUTCOME_HEADINGS[0]])  # every occurrence in the phụ lục
    assert text.count(PLACEHOLDER.replace("[", "\\[").replace("]", "\\]")) == 7
    assert "| TT | Chỉ tiêu | Mục tiêu | 2021 | 2022 | 2023 | 2024 | 2025 | Đánh giá |" in text
    assert (
        # A final verdict short of the target is in bold.
        "| **12** | **Tỷ lệ lao động qua đào tạo** | **≥ 70%<br>(2025)** | **62** | **64,1** | "
        "**66,5** | **68,9** | **69,5** | **không đạt** |" in text
    )
    # IV quotes each explanation on record, with who reported it.
    assert "“Chờ hướng dẫn của tỉnh về khung năng lực vị trí việc làm" in text
    assert (
        "chuyển giao cho Sở Giáo dục và Đào tạo tỉnh Vĩnh Long (minh hoạ) ngày 30/06/2025" in text
    )
    in_order(text, ["***Nhóm a) Đối với cán bộ", "***Nhóm b) Lĩnh vực lao động xã hội***"])
    assert "Kế hoạch số 28/KH-UBND ngày 20/02/2025" in text  # a product reference
    assert_printable(text)


def test_each_unfinished_terminated_or_transferred_occurrence_once(run_cli: RunCli) -> None:
    text = run_cli(["report", "--final", "--data", str(DEMO), "--as-of", CLOSED]).stdout
    annex = text.split("## PHỤ LỤC I")[1]
    cells = [line.split(" | ")[0][2:] for line in annex.splitlines() if line.startswith("| ")]
    labels = [cell for cell in cells if cell != "Mã"]
    assert len(labels) == len(set(labels)) == 37  # 24 + 7 + 1 + 1 + 3 + 1, each once
    body = text.split("## PHỤ LỤC I")[0]
    # VI refers to the phụ lục instead of listing the occurrences again.
    direction = body.split("## VI. ")[1]
    assert (
        "Các nhiệm vụ chưa hoàn thành (1 lượt), chấm dứt (3 lượt), chuyển giao (1 lượt) nêu tại "
        "Phụ lục I, mục 3, 5, 6, được xem xét đưa vào kế hoạch giai đoạn tiếp theo" in direction
    )
    assert "0 lượt" not in direction
    assert not re.search(r"^\| \d+(<br>\(\d{4}\))? \| ", direction, flags=re.M) or (
        "Chỉ tiêu" in direction
    )


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in ("style", "title", "head")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "title", "head")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def test_html_is_self_contained_and_has_every_section(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "tong-ket.html"
    result = run_cli(
        ["report", "--final", "--data", str(DEMO), "--as-of", CLOSED, "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert "<script" not in page and "http" not in page.replace("http-equiv", "")
    # The same official form as the docx (contract §18): page size and numbers in print CSS.
    assert "size: A4 portrait; margin: 20mm 15mm 20mm 30mm;" in page
    assert "@top-center { content: counter(page);" in page
    parser = _Text()
    parser.feed(page)
    text = " ".join(" ".join(parser.parts).split())
    in_order(
        text,
        [
            "[CƠ QUAN BÁO CÁO]",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số: /BC-……",
            "[ĐỊA DANH], ngày 30 tháng 11 năm 2026",
            "BÁO CÁO Tổng kết thực hiện Kế hoạch số 60/KH-UBND",
            *SECTIONS,
            "Nơi nhận: - Lưu: VT.",
            "TM. [CƠ QUAN BÁO CÁO] [CHỨC VỤ NGƯỜI KÝ]",
            "PHỤ LỤC I",
        ],
    )
    in_order(text, OUTCOME_HEADINGS)
    assert "nhanluc" not in text.lower()  # no software credit
    assert_printable(text)


def test_docx_is_a_report_with_every_section(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "tong-ket.docx"
    result = run_cli(
        ["report", "--final", "--data", str(DEMO), "--as-of", CLOSED, "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    assert "không còn tồn tại từ sau ngày 30/06/2025" in result.stderr
    word = Document(str(target))
    body = [p.text for p in word.paragraphs if p.text]
    assert body[0] == "BÁO CÁO"
    assert body[1] == (
        "Tổng kết thực hiện Kế hoạch số 60/KH-UBND ngày 04/8/2021 của Ủy ban nhân dân huyện "
        "Càng Long, giai đoạn 2021-2025"
    )
    assert word.tables[0].cell(0, 0).text.startswith("[CƠ QUAN BÁO CÁO]")
    text = all_text(word) + "".join(s.header.paragraphs[0].text for s in word.sections)
    in_order(text, [*SECTIONS, "Trên đây là báo cáo tổng kết", "Nơi nhận:", "PHỤ LỤC I"])
    assert text.count(PLACEHOLDER) == 7
    assert_printable(text)
    yearly = word.tables[1]
    assert [c.text for c in yearly.rows[0].cells][3:] == [
        "2021", "2022", "2023", "2024", "2025", "Đánh giá"
    ]  # fmt: skip


def test_while_the_plan_runs_it_is_an_interim_evaluation(run_cli: RunCli) -> None:
    result = run_cli(["report", "--final", "--data", str(DEMO), "--as-of", RUNNING])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("**ỦY BAN NHÂN DÂN HUYỆN CÀNG LONG**")  # the district still exists
    assert "Sơ kết thực hiện Kế hoạch số 60/KH-UBND" in text and "(đến ngày 15/12/2024)" in text
    assert "các đánh giá chưa phải là kết quả cuối cùng" in text
    # No lessons learned in a sơ kết: the sections run on without V.
    assert "BÀI HỌC KINH NGHIỆM" not in text
    assert "## V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI" in text
    assert "Đang thực hiện (trong hạn)" in text
    assert "Chấm dứt" not in text
    assert (
        "Các nhiệm vụ chưa hoàn thành (3 lượt), đang thực hiện (trong hạn) (9 lượt) nêu tại Phụ "
        "lục I, mục 3, 4, cần tập trung thực hiện trong thời gian còn lại của kế hoạch." in text
    )
    # Nothing is final yet: no verdict is set in bold, and the counts follow the contract's order.
    assert "**chưa có số liệu**" not in text.split("## III.")[0]
    assert "19 chỉ tiêu: đạt 3, chưa có số liệu 1, chưa đủ số liệu 2, đạt tiến độ 4," in text


def test_english(run_cli: RunCli) -> None:
    result = run_cli(["report", "--final", "--data", str(DEMO), "--as-of", CLOSED, "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("**\\[REPORTING BODY\\]**")
    assert "\n# REPORT\n" in result.stdout
    assert "## V. LESSONS LEARNED" in result.stdout
    assert "## VI. DIRECTION AND TASKS AHEAD" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["-o", "tong-ket.pdf"],  # not a report format
        ["-o", "tong-ket.md", "--format", "html"],  # contradicts the name
        ["-o", "plan.yaml"],  # never over data
        ["--format", "pdf"],
    ],
)
def test_bad_options_are_usage_errors(run_cli: RunCli, tmp_path: Path, args: list[str]) -> None:
    result = run_cli(["report", "--final", "--data", str(DEMO), "--as-of", CLOSED, *args])
    assert result.exit_code == 2, result.output
    assert not any(p.suffix in (".pdf", ".md") for p in tmp_path.iterdir())


def test_the_markdown_escapes_data(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/2025-H1.yaml",
        """
        period: "2025-H1"
        reported_by: "Phòng <b>|x|</b>"
        tasks:
          "5": {status: in_progress, explanation: "a | b *c*"}
        """,
    )
    result = run_cli(["report", "--final", "--as-of", CLOSED])
    assert result.exit_code == 0, result.output
    assert re.search(r"a \\\| b \\\*c\\\*", result.stdout)
    assert "<b>" not in result.stdout
