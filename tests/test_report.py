"""`nhanluc report`: Markdown and HTML, their content, escaping, --output, languages, exit codes;
what is printed (contract §13: what needs attention first, page numbers, no file name or
command, charts only with figures); the chart geometry; and the illustrative data folder
examples/demo the README shows.

CLI tests run in-process from a scratch folder (conftest's `run_cli`, COLUMNS=100). The demo
folder is read in place, never written.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections import Counter
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import REPO, RunCli, folder_digest, write_yaml
from nhanluc_cli.render.report.document import ChartSeries
from nhanluc_cli.render.report.html import _clip, chart_for, nice_scale
from nhanluc_cli.render.report.markdown import md_escape
from nhanluc_cli.tasks.tracking import TASK_STATUSES

DEMO = REPO / "examples" / "demo"
LIVELY = "2024-12-15"  # the as-of date the demo README recommends
NUMERIC = 17  # plan 60 has 19 indicators, 2 of them qualitative
OCCURRENCES = 37  # 12 one-off tasks + 5 yearly tasks x 2021-2025


# ---------------------------------------------------------------------------------------------
# Helpers


class Page(HTMLParser):
    """Parses the whole page, checking that every non-void element is closed in order, and
    collects what the tests look at."""

    VOID = frozenset({"meta", "br", "hr", "col", "img", "input", "link", "source", "wbr"})
    # Self-closing SVG shapes (<line/>) are start-and-end tags for html.parser.

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.tags: Counter[str] = Counter()
        self.ids: list[str] = []
        self.classes: Counter[str] = Counter()
        self.shapes: Counter[tuple[str, str]] = Counter()  # (tag, class) of SVG shapes
        self.text: list[str] = []
        self.figure: str | None = None
        self.points: Counter[str] = Counter()  # chart id -> data points
        self.headings: list[str] = []  # h2 texts, in order
        self.printed_parts: list[str] = []  # text a reader sees: not the style sheet or title
        self.heading: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags[tag] += 1
        if found.get("id"):
            self.ids.append(found["id"] or "")
        for name in (found.get("class") or "").split():
            self.classes[name] += 1
        if tag == "figure":
            self.figure = found.get("id")
        if tag == "circle" and "point" in (found.get("class") or "").split() and self.figure:
            self.points[self.figure] += 1
        if tag == "h2":
            self.heading = ""
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        for name in (dict(attrs).get("class") or "").split():
            self.classes[name] += 1
            self.shapes[(tag, name)] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag == "figure":
            self.figure = None
        if tag == "h2" and self.heading is not None:
            self.headings.append(self.heading)
            self.heading = None

    @property
    def printed(self) -> str:
        return "".join(self.printed_parts)

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.stack and self.stack[-1] not in ("style", "title"):
            self.printed_parts.append(data)
        if self.heading is not None:
            self.heading += data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert page.problems == []
    assert page.stack == []
    return page


def demo_report(run_cli: RunCli, *args: str, as_of: str = LIVELY) -> str:
    result = run_cli(["report", "--data", str(DEMO), "--as-of", as_of, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


QUALITATIVE = {"chuyen_gia_dau_nganh", "van_dong_vien"}


def numeric_figures_known_on(day: date) -> Counter[str]:
    """Counted from the demo's YAML, independently of the program: numeric figures of the
    reports dated by `day`, by indicator (every demo report has `reported_on`; figures date from
    the end of their period)."""
    import yaml

    count: Counter[str] = Counter()
    for path in (DEMO / "progress").glob("*.yaml"):
        report = yaml.safe_load(path.read_text(encoding="utf-8"))
        if report["reported_on"] <= day:
            count.update(set(report.get("indicators") or {}) - QUALITATIVE)
    return count


def copy_demo(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DEMO, target)
    return target


# ---------------------------------------------------------------------------------------------
# Content: every occurrence, every indicator


def md_section(text: str, number: str) -> str:
    """The part of a Markdown report under "## <number>. …", up to the next section."""
    return re.split(r"^## [IVX]+\. ", text.split(f"\n## {number}. ", 1)[1], flags=re.M)[0]


def annex(text: str, number: str) -> str:
    """The part of a Markdown report under "## PHỤ LỤC <number>", up to the next phụ lục."""
    return text.split(f"\n## PHỤ LỤC {number}\n", 1)[1].split("\n## PHỤ LỤC ", 1)[0]


OCCURRENCE_ROW = re.compile(r"^\| (III\.1|\d+)(?:<br>\((\d{4})\))? \|", flags=re.M)


def test_markdown_lists_every_occurrence_once_and_every_indicator(run_cli: RunCli) -> None:
    text = demo_report(run_cli)
    # The overdue ones in the body (III.1), the others of the period in Phụ lục I, each once;
    # those due after 31/12/2024 (the 2025 occurrences) are counted in one line, not listed.
    overdue = OCCURRENCE_ROW.findall(md_section(text, "III"))
    listed = OCCURRENCE_ROW.findall(annex(text, "I"))
    assert len(overdue) == 3
    assert len(set(overdue + listed)) == len(overdue + listed)
    later = re.search(r"Ngoài ra, (\d+) lượt nhiệm vụ đến hạn sau ngày 31/12/2024 \(2025\)", text)
    assert later is not None
    assert len(overdue) + len(listed) + int(later.group(1)) == OCCURRENCES
    assert all(year != "2025" for _, year in listed)
    # Every indicator in II, those not on track in bold.
    numbers = re.findall(r"^\| (?:\*\*)?(\d+)(?:\*\*)? \| ", md_section(text, "II"), flags=re.M)
    assert numbers == [str(n) for n in range(1, len(INDICATOR_IDS) + 1)]
    # Agencies in Vietnamese alphabetical order: "Các phòng…" < "Cơ quan…" < "Phòng Giáo dục…"
    headings = re.findall(r"^### \d+\. (.+)$", annex(text, "I"), flags=re.M)
    assert headings[:3] == [
        "Các phòng, ban, ngành huyện, Ủy ban nhân dân các xã, thị trấn",
        "Cơ quan Tổ chức - Nội vụ",
        "Phòng Giáo dục và Đào tạo",
    ]


def test_markdown_header_overdue_list_and_sources(run_cli: RunCli) -> None:
    text = demo_report(run_cli)
    assert text.startswith("**ỦY BAN NHÂN DÂN HUYỆN CÀNG LONG**")
    assert "*Càng Long, ngày 15 tháng 12 năm 2024*" in text
    assert (
        "# BÁO CÁO\n\n**Tình hình, kết quả thực hiện Kế hoạch số 60/KH-UBND ngày 04/8/2021" in text
    )
    assert "đến ngày 15/12/2024 đã qua 79% thời gian" in text
    assert "Cơ quan theo dõi, tổng hợp: Cơ quan Tổ chức - Nội vụ." in text
    overdue = md_section(text, "III").split("### 2. ")[0]
    # Most days late first: 16 (990 days), 5 (899), 2@2023 (350).
    assert re.findall(
        r"^\| ([^|<]+)(?:<br>\((\d{4})\))? \|.*\| (\d+) \|$", overdue, flags=re.M
    ) == [
        ("16", "", "990"),
        ("5", "", "899"),
        ("2", "2023", "350"),
    ]
    # Not on track, most urgent first, named in IV: deterioration, then limited progress.
    shortcomings = md_section(text, "IV")
    assert "9 trong 19 chỉ tiêu chưa đạt hoặc chưa đạt tiến độ (17. Học sinh" in shortcomings
    sources = annex(text, "II")
    assert "| 2022-H1 | 15/07/2022 | Cơ quan Tổ chức - Nội vụ (minh hoạ) |" in sources
    # Reports dated after the as-of date are named by period, author and date, not used.
    assert "chưa tính: 2024 (Cơ quan Tổ chức - Nội vụ (minh hoạ), 15/01/2025)" in sources
    assert "| 2025 | 15/01/2026 |" not in sources
    # Each figure with its date, value and the source the report cites.
    assert re.search(
        r"\| 31/12/2023 \| 66,5% \| Số liệu minh hoạ[^|]*\|",
        sources.split("***12. Tỷ lệ lao động qua đào tạo***")[1],
    )
    # No software credit on paper (contract §18): the text ends with the last phụ lục.
    assert "nhanluc" not in text.lower()


def test_html_lists_every_occurrence_once_and_every_indicator(run_cli: RunCli) -> None:
    html = demo_report(run_cli, "--format", "html")
    page = parse(html)
    assert [i for i in page.ids if i.startswith("indicator-")] == [
        f"indicator-{i}" for i in INDICATOR_IDS
    ]
    body, *annexes = html.split('<section class="annex">')
    assert len(annexes) == 3  # tasks of the period, sources, charts
    # The three overdue occurrences in III.1, none of them again in Phụ lục I.
    assert body.count('<span class="chip s-overdue">') == 0  # the body's table names days
    assert annexes[0].count("s-overdue") == 0
    assert "990" in body and "990" not in annexes[0]


def test_html_has_one_chart_per_indicator_with_figures(run_cli: RunCli) -> None:
    page = parse(demo_report(run_cli, "--format", "html"))
    known = numeric_figures_known_on(date(2024, 12, 15))
    assert len(known) == NUMERIC - 1  # quan_ly_doanh_nghiep_boi_duong has none yet
    assert page.tags["svg"] == page.tags["figure"] == len(known)
    charts = [i for i in page.ids if i.startswith("chart-")]
    assert charts == [f"chart-{i}" for i in INDICATOR_IDS if i in known]
    # One point per measurement known on 15/12/2024: lao_dong_qua_dao_tao has 2021, 2022-H1,
    # 2022, 2023 and 2024-H1; the 2024 and 2025 figures are not known yet.
    assert page.points["chart-lao_dong_qua_dao_tao"] == 5
    assert page.points["chart-tu_van_huong_nghiep"] == 1
    assert page.points == {f"chart-{i}": n for i, n in known.items()}
    assert sum(page.points.values()) == 53
    # A target line in every chart; the three range targets (25-35 %, 10-12 and 70-75 %) have
    # two, with a band between them.
    assert page.shapes[("line", "target")] == len(known) + 3
    assert page.shapes[("rect", "band")] == 3
    assert page.shapes[("line", "projection")] >= 10
    # No empty frame: the indicator without figures is named under the charts instead.
    assert "Chưa có số liệu</text>" not in "".join(page.text)
    assert "Chỉ tiêu chưa có số liệu nên chưa có biểu đồ: TT 14." in page.printed


def test_html_is_self_contained(run_cli: RunCli) -> None:
    html = demo_report(run_cli, "--format", "html")
    lowered = html.lower()
    for forbidden in ("http", "<script", "<link", "@import", "url(", "src=", "@font-face"):
        assert forbidden not in lowered, forbidden
    assert "size: A4 portrait; margin: 20mm 15mm 20mm 30mm;" in html
    assert "Times New Roman" in html
    page = parse(html)
    assert page.tags["style"] == 1
    assert page.tags["script"] == 0


def test_status_is_shown_by_word_as_well_as_colour(run_cli: RunCli) -> None:
    html = demo_report(run_cli, "--format", "html")
    # Every coloured chip carries its word: readable in black and white.
    chips = re.findall(r'<span class="chip s-(\w+)[^"]*">([^<]+)', html)
    assert chips
    assert all(label.strip() for _, label in chips)
    assert ("deterioration", "đi ngược mục tiêu") in chips  # the indicator table's chip
    assert ("done", "hoàn thành đúng hạn") in chips  # a task row's chip in Phụ lục I


def test_report_of_a_folder_with_no_progress_reports(run_cli: RunCli, data_dir: Path) -> None:
    result = run_cli(["report", "--as-of", "2021-08-05"])
    assert result.exit_code == 0, result.output
    assert "Chưa có báo cáo tiến độ nào đến ngày 05/08/2021." in result.stdout
    assert "Số liệu từng chỉ tiêu" not in result.stdout
    assert "Biểu đồ" not in result.stdout  # the Markdown has no chart to point to
    html = run_cli(["report", "--as-of", "2021-08-05", "--format", "html"]).stdout
    page = parse(html)
    assert page.tags["svg"] == page.tags["figure"] == 0  # no chart without figures
    assert "Biểu đồ các chỉ tiêu định lượng" not in page.printed  # nor a phụ lục of none


# ---------------------------------------------------------------------------------------------
# What is printed (contract §13): what needs attention first, as an administrative document


SECTIONS = [
    "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN",
    "II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU",
    "III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
    "IV. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
    "V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
    "VI. KIẾN NGHỊ, ĐỀ XUẤT",
]
PLACEHOLDER = "[Nội dung do cơ quan báo cáo viết]"


def test_the_sections_of_a_bao_cao_in_md_and_html(run_cli: RunCli) -> None:
    html = demo_report(run_cli, "--format", "html")
    page = parse(html)
    assert page.headings == SECTIONS
    text = demo_report(run_cli)
    assert re.findall(r"^## ([IVX]+\. .+)$", text, flags=re.M) == SECTIONS
    assert re.findall(r"^## (PHỤ LỤC [IVX]+)$", text, flags=re.M) == ["PHỤ LỤC I", "PHỤ LỤC II"]
    # Where only a person can write, a visible placeholder: in I, II, III, IV, V and VI.
    for number in ("I", "II", "III", "IV", "V", "VI"):
        assert PLACEHOLDER.replace("[", "\\[").replace("]", "\\]") in md_section(text, number)
    assert page.printed.count(PLACEHOLDER) == 6
    # V refers to the overdue list rather than repeating it.
    assert "hoàn thành 3 lượt nhiệm vụ quá hạn nêu tại mục III.1" in md_section(text, "V")


@pytest.mark.parametrize("as_of", [LIVELY, "2026-11-30"])
@pytest.mark.parametrize("output_format", ["md", "html"])
def test_no_file_names_or_commands_in_the_printed_text(
    run_cli: RunCli, as_of: str, output_format: str
) -> None:
    output = demo_report(run_cli, "--format", output_format, as_of=as_of)
    printed = parse(output).printed if output_format == "html" else output
    assert ".yaml" not in output and ".yml" not in output
    assert "progress/" not in output and "examples/" not in output
    assert "`" not in printed  # no command in a code span
    assert not re.search(r"--[a-z]", printed)  # nor an option
    assert "nhanluc" not in printed.lower()  # no software credit on paper (contract §18)


def test_a_report_of_the_bundled_plan_with_no_data(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(["report", "--as-of", LIVELY, "--format", "html"])
    assert result.exit_code == 0, result.output
    page = parse(result.stdout)
    assert page.headings == SECTIONS
    assert ".yaml" not in result.stdout
    assert page.tags["svg"] == 0


def test_page_numbers_and_tables_when_printed(run_cli: RunCli) -> None:
    html = demo_report(run_cli, "--format", "html")
    style = html.split("<style>")[1].split("</style>")[0]
    # Page numbers centred at the top from the second page on (NĐ 30), in the margin boxes
    # Chrome and Edge print; the other boxes blank, so no file address is printed there.
    assert re.search(r"@page \{[^@]*size: A4 portrait;", style)
    assert "@top-center { content: counter(page);" in style
    assert '@page :first { @top-center { content: ""; } }' in style
    for box in ("top-left", "top-right", "bottom-left", "bottom-center", "bottom-right"):
        assert f'@{box} {{ content: ""; }}' in style
    # Header rows repeated on each printed page, rows never split; each phụ lục on a new page.
    assert "thead { display: table-header-group; }" in style
    assert "tr { break-inside: avoid; page-break-inside: avoid; }" in style
    assert "section.annex { break-before: page;" in style
    tables = re.findall(r'<table class="grid[^"]*">(.*?)</table>', html, flags=re.S)
    assert len(tables) > 10
    assert all("<thead>" in table and "<colgroup>" in table for table in tables)
    assert re.search(r">III\.1<br>\(2022\)</td>", html)


@pytest.mark.parametrize(
    ("as_of", "date_line"),
    [
        (LIVELY, "Càng Long, ngày 15 tháng 12 năm 2024"),
        ("2025-02-05", "Càng Long, ngày 05 tháng 02 năm 2025"),
        ("2024-08-04", "Càng Long, ngày 04 tháng 8 năm 2024"),
    ],
)
def test_header_like_an_administrative_document(
    run_cli: RunCli, as_of: str, date_line: str
) -> None:
    page = parse(demo_report(run_cli, "--format", "html", as_of=as_of))
    printed = [text.strip() for text in page.printed_parts if text.strip()]
    assert printed[:7] == [
        "ỦY BAN NHÂN DÂN",
        "HUYỆN CÀNG LONG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số:          /BC-UBND",
        date_line,
        "BÁO CÁO",
    ]
    assert printed[7] == (
        "Tình hình, kết quả thực hiện Kế hoạch số 60/KH-UBND ngày 04/8/2021 "
        "của Ủy ban nhân dân huyện Càng Long"
    )
    # The signature block: the authority and position, the name left for whoever signs,
    # before the phụ lục.
    closing = printed.index("Nơi nhận:")
    assert printed[closing + 7 : closing + 11] == [
        "- Lưu: VT, NC.",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    ]
    assert printed[closing + 11] == "PHỤ LỤC I"


def test_a_plan_without_signer_or_recipients_and_another_issuer(
    run_cli: RunCli, tmp_path: Path
) -> None:
    data = copy_demo(tmp_path)
    plan = data / "plan60.yaml"
    text = plan.read_text(encoding="utf-8")
    text = re.sub(r"^recipients:\n(  .*\n)+\n", "", text, flags=re.M)
    text = re.sub(r"^signer:\n(  .*\n)+\n", "", text, flags=re.M)
    text = text.replace('issuer: "Ủy ban nhân dân huyện Càng Long"', 'issuer: "Sở Nội vụ"')
    text = text.replace('id: "60/KH-UBND"', 'id: "60/KH-SNV"')
    plan.write_text(text, encoding="utf-8")
    html = run_cli(["report", "--as-of", LIVELY, "--format", "html"]).stdout
    printed = [part.strip() for part in parse(html).printed_parts if part.strip()]
    assert printed[:2] == ["SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert "Số:          /BC-SNV" in printed
    # Nơi nhận and a signature block always (contract §18): "Lưu: VT" and a blank position.
    closing = printed.index("Nơi nhận:")
    assert printed[closing + 1 : closing + 3] == ["- Lưu: VT.", "[CHỨC VỤ NGƯỜI KÝ]"]
    markdown = run_cli(["report", "--as-of", LIVELY]).stdout
    assert markdown.startswith("**SỞ NỘI VỤ**<br>\nSố: /BC-SNV")
    assert "**Nơi nhận:**\n\n- Lưu: VT.<br>\n\n**\\[CHỨC VỤ NGƯỜI KÝ\\]**" in markdown
    result = run_cli(["report", "--as-of", LIVELY, "-o", "bao-cao.docx"])
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------------------------------------
# Escaping: whatever the data files hold is shown as text


NASTY = "<script>alert(\"x\")</script> & 'q' | *b* [l](x)"


def write_nasty_report(data: Path) -> None:
    write_yaml(
        data / "progress",
        "2022.yaml",
        """
        period: "2022"
        reported_on: 2022-12-20
        reported_by: "<b>Phòng</b> & \\"Ban\\""
        indicators:
          lao_dong_qua_dao_tao:
            value: 66.5
            source: "<img src=x onerror=alert(1)> & 'nguồn'"
          chuyen_gia_dau_nganh:
            assessment: in_progress
            note: "1 < 2 && \\"x\\" | y"
        tasks:
          "14":
            status: cancelled
            note: "<script>alert(\\"x\\")</script> & 'q' | *b* [l](x)"
        """,
    )


def test_html_escapes_every_value_from_the_data_files(run_cli: RunCli, data_dir: Path) -> None:
    write_nasty_report(data_dir)
    result = run_cli(["report", "--as-of", "2023-01-01", "--format", "html"])
    assert result.exit_code == 0, result.output
    html = result.stdout
    assert "<script" not in html and "<img" not in html and "<b>Phòng" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;q&#39;" in html
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; &#39;nguồn&#39;" in html
    assert "&lt;b&gt;Phòng&lt;/b&gt; &amp; &#34;Ban&#34;" in html
    assert "1 &lt; 2 &amp;&amp; &#34;x&#34; | y" in html
    page = parse(html)
    # The parsed text reads exactly as the files wrote it.
    text = "".join(page.text)
    assert NASTY in text
    assert "<img src=x onerror=alert(1)> & 'nguồn'" in text
    assert page.tags["script"] == 0 and page.tags["img"] == 0


def test_markdown_escapes_markup_from_the_data_files(run_cli: RunCli, data_dir: Path) -> None:
    write_nasty_report(data_dir)
    text = run_cli(["report", "--as-of", "2023-01-01"]).stdout
    assert "<script" not in text and "<img" not in text and "<b>" not in text
    assert (
        "&lt;script>alert(\"x\")&lt;/script> & 'q' \\| \\*b\\* \\[l\\](x)" in text
    )  # one table cell: the | is escaped, no link or emphasis is made
    assert '&lt;b>Phòng&lt;/b> & "Ban"' in text


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a | b", "a \\| b"),
        ("line\nbreak", "line break"),  # a table row stays one line
        ("&lt; is text", "&amp;lt; is text"),  # not an entity
        ("A & B", "A & B"),  # a plain ampersand stays readable
        ("x_y*z`w", "x\\_y\\*z\\`w"),
        ("back\\slash", "back\\\\slash"),
        ("<i>", "&lt;i>"),
    ],
)
def test_md_escape(raw: str, escaped: str) -> None:
    assert md_escape(raw) == escaped


# ---------------------------------------------------------------------------------------------
# --output


def test_output_writes_the_file_and_nothing_to_stdout(run_cli: RunCli, tmp_path: Path) -> None:
    data = copy_demo(tmp_path)
    expected = run_cli(["report", "--as-of", LIVELY, "--format", "html"]).stdout
    result = run_cli(["report", "--as-of", LIVELY, "--output", "out/bao-cao.html"])
    # A folder that does not exist is not created: a usage error naming it, nothing written.
    assert result.exit_code == 2
    assert "thư mục out không tồn tại" in result.stderr
    assert not (tmp_path / "out").exists()
    (tmp_path / "out").mkdir()
    before = folder_digest(data)
    result = run_cli(["report", "--as-of", LIVELY, "--output", "out/bao-cao.html"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "Đã ghi báo cáo vào out/bao-cao.html." in result.stderr
    # The format follows the name (.html) when --format is not given.
    assert (tmp_path / "out" / "bao-cao.html").read_text(encoding="utf-8") == expected
    assert os.listdir(tmp_path / "out") == ["bao-cao.html"]  # no temporary file left
    assert folder_digest(data) == before


def test_output_dash_is_stdout(run_cli: RunCli, tmp_path: Path) -> None:
    copy_demo(tmp_path)
    result = run_cli(["report", "--as-of", LIVELY, "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout.startswith("**ỦY BAN NHÂN DÂN HUYỆN CÀNG LONG**")
    assert not (tmp_path / "-").exists()


def test_output_replaces_an_old_report_only_with_force_and_atomically(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_demo(tmp_path)
    old = tmp_path / "report.md"
    old.write_text("last week's report, numbered by the clerk\n", encoding="utf-8")
    # Without --force an existing file is never replaced (contract §18): exit 2, named.
    result = run_cli(["report", "--as-of", LIVELY, "-o", "report.md"])
    assert result.exit_code == 2
    assert "report.md đã có: không ghi đè" in result.stderr and "--force" in result.stderr
    assert old.read_text(encoding="utf-8") == "last week's report, numbered by the clerk\n"

    def interrupted(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    # A context of its own: undoing the fixture's monkeypatch would also undo run_cli's chdir.
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", interrupted)
        result = run_cli(["report", "--as-of", LIVELY, "-o", "report.md", "--force"])
    assert result.exit_code == 1
    assert "(ổ đĩa đã đầy)" in result.stderr  # the system's English never shows
    # The old file is whole, and the temporary file is gone.
    assert old.read_text(encoding="utf-8") == "last week's report, numbered by the clerk\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "report.md"]
    result = run_cli(["report", "--as-of", LIVELY, "-o", "report.md", "--force"])
    assert result.exit_code == 0, result.output
    assert old.read_text(encoding="utf-8").startswith("**ỦY BAN NHÂN DÂN HUYỆN CÀNG LONG**")


@pytest.mark.parametrize(
    "target",
    [
        "data/plan60.yaml",  # the plan
        "data/progress/2022.yaml",  # a progress report
        "data/progress/2026.yaml",  # a new name in progress/: would be read as a report
        "elsewhere.yml",  # any YAML file
        "NOTES.YAML",
    ],
)
def test_output_refuses_data_files(run_cli: RunCli, tmp_path: Path, target: str) -> None:
    data = copy_demo(tmp_path)
    before = folder_digest(tmp_path)
    result = run_cli(["report", "--as-of", LIVELY, "--output", target])
    assert result.exit_code == 2
    assert "đó là tệp dữ liệu" in result.stderr
    assert folder_digest(tmp_path) == before
    assert (data / "plan60.yaml").read_bytes() == (DEMO / "plan60.yaml").read_bytes()


def test_output_refuses_a_link_to_the_plan_and_a_folder(run_cli: RunCli, tmp_path: Path) -> None:
    copy_demo(tmp_path)
    (tmp_path / "report.md").symlink_to(tmp_path / "data" / "plan60.yaml")
    before = folder_digest(tmp_path / "data")
    result = run_cli(["report", "--as-of", LIVELY, "--output", "report.md", "--lang", "en"])
    assert result.exit_code == 2
    assert "it is a data file" in result.stderr
    assert folder_digest(tmp_path / "data") == before
    result = run_cli(["report", "--as-of", LIVELY, "--output", "data"])
    assert result.exit_code == 2
    assert "là một thư mục" in result.stderr


def test_a_plan_given_with_another_suffix_is_still_refused(run_cli: RunCli, tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    shutil.copyfile(DEMO / "plan60.yaml", plan)
    result = run_cli(["report", "--plan", str(plan), "--output", str(plan)])
    assert result.exit_code == 2
    assert plan.read_bytes() == (DEMO / "plan60.yaml").read_bytes()


# ---------------------------------------------------------------------------------------------
# Languages and exit codes


VIETNAMESE_INTERFACE = (
    "BÁO CÁO",
    "TÌNH HÌNH CHUNG",
    "Trạng thái",
    "Chỉ tiêu:",
    "quá hạn",
    "sắp đến hạn",
    "đạt tiến độ",
    "Nguồn",
    "Số liệu tổng hợp",
    "chưa tính",
    "Nơi nhận",
)


@pytest.mark.parametrize("output_format", ["md", "html"])
def test_english_headers_and_status_words(run_cli: RunCli, output_format: str) -> None:
    text = demo_report(run_cli, "--format", output_format, "--lang", "en")
    for english in (
        "REPORT",
        "I. LEADERSHIP, DIRECTION AND IMPLEMENTATION",
        "II. RESULTS AGAINST THE INDICATORS",
        "III. RESULTS OF THE TASKS",
        "IV. SHORTCOMINGS AND THEIR CAUSES",
        "V. DIRECTION AND TASKS AHEAD",
        "VI. RECOMMENDATIONS AND PROPOSALS",
        "APPENDIX I",
        "[To be written by the reporting body]",
        "Figures compiled from these progress reports",
        "Recipients",
        "overdue",
        "done late",
        "substantial progress",
        "deterioration",
        "2024-12-15",  # ISO dates in English
        "Càng Long, 15 December 2024",
    ):
        assert english in text.replace("\\[", "[").replace("\\]", "]"), english
    for vietnamese in VIETNAMESE_INTERFACE:
        assert vietnamese not in text, vietnamese
    if output_format == "html":  # the masthead's national name
        assert "SOCIALIST REPUBLIC OF VIET NAM" in text
    # The plan's own text stays Vietnamese.
    assert "Cơ quan Tổ chức - Nội vụ" in text
    assert "Tỷ lệ lao động qua đào tạo" in text


@pytest.mark.parametrize(
    ("as_of", "line"),
    [
        ("2026-01-15", "[ĐỊA DANH], ngày 15 tháng 01 năm 2026"),  # the district is gone
        ("2021-08-04", "Càng Long, ngày 04 tháng 8 năm 2021"),
    ],
)
def test_the_date_line_is_written_as_nghi_dinh_30_prescribes(
    run_cli: RunCli, as_of: str, line: str
) -> None:
    for output_format in ("md", "html"):
        args = ["report", "--data", str(DEMO), "--as-of", as_of, "--format", output_format]
        result = run_cli(args)
        assert result.exit_code == 0, result.stderr
        assert line in result.stdout.replace("\\[", "[").replace("\\]", "]")


def test_html_declares_its_language(run_cli: RunCli) -> None:
    assert '<html lang="en">' in demo_report(run_cli, "--format", "html", "--lang", "en")
    assert '<html lang="vi">' in demo_report(run_cli, "--format", "html")


def test_data_errors_exit_1_with_the_findings_and_write_nothing(
    run_cli: RunCli, data_dir: Path, tmp_path: Path
) -> None:
    write_yaml(
        data_dir / "progress",
        "2022.yaml",
        'period: "2022"\ntasks:\n  "99":\n    status: in_progress\n',
    )
    result = run_cli(["report", "--output", "report.html"])
    assert result.exit_code == 1
    assert "E220" in result.stderr
    assert "Dữ liệu có lỗi nên không hiển thị số liệu" in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "report.html").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "pdf"],
        ["--as-of", "2024-13-01"],
        ["--data", "no-such-folder"],
        ["--soon", "-1"],
        ["--unknown"],
    ],
)
def test_usage_errors_exit_2(run_cli: RunCli, data_dir: Path, args: list[str]) -> None:
    assert run_cli(["report", *args]).exit_code == 2


# ---------------------------------------------------------------------------------------------
# Chart geometry


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (92.5, 100, (92.0, 100.0, 2.0)),
        (7.74, 12, (7.0, 12.0, 1.0)),
        (99.6, 100, (99.6, 100.0, 0.1)),
        (0, 100, (0.0, 100.0, 20.0)),
        (50, 50, (47.0, 53.0, 1.0)),  # one value: a band around it
    ],
)
def test_nice_scale(low: float, high: float, expected: tuple[float, float, float]) -> None:
    assert nice_scale(low, high) == pytest.approx(expected)


def test_clip_keeps_the_part_of_a_projection_inside_the_chart() -> None:
    # From (2024.5, 97.6) rising to 158.8 at 2026: cut where it crosses 100.
    x1, y1, x2, y2 = _clip(2024.5, 97.6, 2026.0, 158.8, 90.0, 100.0) or (0, 0, 0, 0)
    assert (x1, y1) == (2024.5, 97.6)
    assert y2 == pytest.approx(100.0)
    assert 2024.5 < x2 < 2026.0
    assert _clip(2020.0, 120.0, 2021.0, 130.0, 0.0, 100.0) is None  # wholly outside


def series(**changes: object) -> ChartSeries:
    values: dict[str, object] = {
        "points": ((date(2021, 12, 31), 62.0), (date(2023, 12, 31), 66.5)),
        "kind": "at_least",
        "target": 70.0,
        "lo": None,
        "hi": None,
        "start": 2021,
        "by": 2025,
        "projected": 71.2,
        "percent": True,
    }
    values.update(changes)
    return ChartSeries(**values)  # type: ignore[arg-type]


def test_chart_for_an_at_least_target() -> None:
    chart = chart_for(series(), "vi", "≥ 70%")
    assert [p.label for p in chart.points] == ["62", "66,5"]
    assert chart.points[0].title == "31/12/2021: 62"
    assert len(chart.target_lines) == 1 and chart.band is None
    assert chart.target_label is not None and chart.target_label.label == "mục tiêu ≥ 70%"
    assert [t.label for t in chart.x_ticks] == ["2021", "2022", "2023", "2024", "2025"]
    # Higher values are higher on the page (smaller y); every point inside the plot.
    assert chart.points[1].y < chart.points[0].y
    for point in chart.points:
        assert chart.left <= point.x <= chart.right and chart.top <= point.y <= chart.bottom
    assert chart.projection is not None
    assert chart.projection[2] == pytest.approx(chart.right)  # ends at the end of 2025
    assert chart.projection_label is not None
    assert chart.projection_label.title == "dự báo 2025: 71,2"
    assert chart.line.count(",") == 2


def test_chart_for_a_range_target_has_a_band_and_two_lines() -> None:
    chart = chart_for(
        series(kind="range", target=None, lo=10.0, hi=12.0, percent=False, projected=9.3),
        "en",
        "10–12/10,000",
    )
    assert len(chart.target_lines) == 2
    assert chart.band is not None and chart.band[1] > 0
    assert chart.points[1].label == "66.5"  # English decimal point


def test_chart_never_passes_100_percent_and_cuts_a_runaway_projection() -> None:
    chart = chart_for(series(target=100.0, projected=158.8), "vi", "= 100%")
    assert chart.y_ticks[-1].label == "100"
    assert chart.projection is None or chart.projection[3] >= chart.top
    assert chart.projection_label is None  # its end is off the chart: no label there


def test_chart_without_measurements() -> None:
    chart = chart_for(series(points=(), projected=None), "vi", "≥ 70%")
    assert chart.points == () and chart.line == "" and chart.projection is None
    assert len(chart.target_lines) == 1


def test_chart_runs_to_a_later_target_year() -> None:
    chart = chart_for(series(by=2030, percent=False), "vi", "≥ 11/vạn dân")
    assert chart.x_ticks[-1].label == "2030"


# ---------------------------------------------------------------------------------------------
# The demo folder (examples/demo): complete, clean, lively, and marked illustrative


INDICATOR_IDS = (
    "cbccvc_dat_chuan",
    "giao_vien_dat_chuan",
    "cbcc_xa_dai_hoc",
    "cbcc_xa_llct_trung_cap",
    "lanh_dao_duoi_40_sau_dai_hoc",
    "bac_si_van_dan",
    "dieu_duong_van_dan",
    "tram_y_te_02_bac_si",
    "tram_y_te_ho_sinh_san_nhi",
    "y_te_dao_tao_cap_nhat",
    "chuyen_gia_dau_nganh",
    "lao_dong_qua_dao_tao",
    "lao_dong_dao_tao_nganh_trong_diem",
    "quan_ly_doanh_nghiep_boi_duong",
    "can_bo_khoa_hoc_van_dan",
    "hoc_sinh_tieu_hoc",
    "hoc_sinh_thcs",
    "tu_van_huong_nghiep",
    "van_dong_vien",
)


def test_demo_plan_is_the_real_plan() -> None:
    real = (REPO / "data" / "plan60.yaml").read_text(encoding="utf-8").splitlines()
    demo = (DEMO / "plan60.yaml").read_text(encoding="utf-8").splitlines()
    # Only the header differs (the schema path one folder deeper, and a note on the copy), and
    # one receiving agency marked DEMO ONLY, so that the demo can show a transfer.
    assert demo[0] == "# yaml-language-server: $schema=../../schema/plan.schema.json"
    start = demo.index(next(line for line in demo if line.startswith("  # DEMO ONLY")))
    assert demo[start + 2 : start + 4] == [
        "  - id: so_gddt_vinh_long",
        '    name: "Sở Giáo dục và Đào tạo tỉnh Vĩnh Long (minh hoạ)"',
    ]
    assert demo[4:start] + demo[start + 4 :] == real[1:]


@pytest.mark.parametrize("as_of", [LIVELY, "2026-11-27"])
def test_demo_checks_without_data_errors(run_cli: RunCli, as_of: str) -> None:
    result = run_cli(["check", "--data", str(DEMO), "--as-of", as_of, "--format", "json"])
    codes = {finding["code"] for finding in json.loads(result.stdout)["findings"]}
    assert not {code for code in codes if code[1] in "12"}, codes


def test_demo_shows_every_task_status_and_most_indicator_statuses(run_cli: RunCli) -> None:
    result = run_cli(["status", "--data", str(DEMO), "--as-of", LIVELY, "--format", "json"])
    assert result.exit_code == 0
    board = json.loads(result.stdout)
    # Transfers and terminations belong to the plan's end (30/06/2025).
    running = set(TASK_STATUSES) - {"transferred", "terminated"}
    assert all(board["tasks"][status] > 0 for status in running), board["tasks"]
    shown = {status for status, count in board["indicators"].items() if count}
    # missed and not_assessable need a past target year
    assert shown == set(board["indicators"]) - {"missed", "not_assessable"}


def test_demo_after_the_plan_shows_the_closing_statuses(run_cli: RunCli) -> None:
    result = run_cli(["status", "--data", str(DEMO), "--as-of", "2026-11-27", "--format", "json"])
    board = json.loads(result.stdout)
    assert {status for status, count in board["indicators"].items() if count} == {
        "achieved",
        "missed",
        "no_data",
        "not_assessable",  # the 2030 target, closed with the plan
    }
    assert board["tasks"]["overdue"] == 1  # task 5, unfinished at the end
    assert board["tasks"]["transferred"] == 1  # task 12 of 2025
    assert board["tasks"]["terminated"] == 3  # the other 2025 occurrences left open
    assert board["closed"]["on"] == "2025-06-30"


def test_every_demo_figure_is_marked_illustrative() -> None:
    import yaml

    figures = 0
    for path in sorted((DEMO / "progress").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert "SỐ LIỆU MINH HOẠ" in text  # in the file's header comment too
        report = yaml.safe_load(text)
        for indicator_id, entry in (report.get("indicators") or {}).items():
            figures += 1
            assert "số liệu minh hoạ" in entry["source"].lower(), (path.name, indicator_id)
        assert "(minh hoạ)" in report["reported_by"]
    assert figures > 80
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    assert "KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC" in readme and "NOT OFFICIAL DATA" in readme
    assert LIVELY.replace("-", "") in readme.replace("/", "") or "15/12/2024" in readme
