"""The reporting calendar at the command line (contract §17): `nhanluc reports`, W327, W330,
the reporter's references, `status`'s line, with and without the cache.

The data is a copy of examples/xa-an-phu: quarterly reports, figures to the quarter's last day
(`cutoff: calendar`), due 15 days later, from van_phong and van_hoa_xa_hoi. Van_phong sent Q2
on 10/07 and Q3 on 12/10 (on time); van_hoa_xa_hoi sent Q2 on 20/07 (5 days late) and no Q3.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import REPO, RunCli, folder_digest, make_data_dir, spoil_every_rest, write_yaml
from nhanluc_cli.store.tally import TALLY

COMMUNE = REPO / "examples" / "xa-an-phu"


@pytest.fixture
def commune(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(COMMUNE, data)
    return data


def findings(run_cli: RunCli, *args: str) -> list[dict[str, object]]:
    result = run_cli(["check", "--format", "json", *args])
    found: list[dict[str, object]] = json.loads(result.stdout)["findings"]
    return found


def codes(found: list[dict[str, object]], code: str) -> list[dict[str, object]]:
    return [f for f in found if f["code"] == code]


def plan_line(data: Path, text: str) -> int:
    lines = (data / "plan.yaml").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def test_reports_json_lists_every_period_begun_and_reporter(run_cli: RunCli, commune: Path) -> None:
    result = run_cli(["reports", "--format", "json", "--as-of", "2026-12-15"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert list(rows[0]) == ["period", "agency", "id", "due", "reported_on", "status", "days_late"]
    shown = [(r["period"], r["id"], r["status"], r["days_late"]) for r in rows]
    # Q2: due 30/06 + 15 = 15/07; Q3: 30/09 + 15 = 15/10, 15/12 - 15/10 = 61 days missing;
    # Q4's window (01/10-31/12) has begun: not yet due (15/01/2027).
    assert shown == [
        ("2026-Q2", "van_hoa_xa_hoi", "late", 5),
        ("2026-Q2", "van_phong", "on_time", None),
        ("2026-Q3", "van_hoa_xa_hoi", "missing", 61),
        ("2026-Q3", "van_phong", "on_time", None),
        ("2026-Q4", "van_hoa_xa_hoi", "not_due", None),
        ("2026-Q4", "van_phong", "not_due", None),
    ]
    assert rows[0]["agency"] == "Phòng Văn hóa - Xã hội"
    assert (rows[0]["due"], rows[0]["reported_on"]) == ("2026-07-15", "2026-07-20")


def test_reports_table_words_and_rates(run_cli: RunCli, commune: Path) -> None:
    result = run_cli(["reports", "--as-of", "2026-12-15"])
    assert result.exit_code == 0
    out = result.stdout
    for text in ("quý II năm 2026", "nộp muộn", "chưa nộp", "nộp đúng hạn", "chưa đến hạn"):
        assert text in out
    # Four reports due (Q2, Q3 x 2 reporters): 3 received (75%), 2 on time (50%).
    overall = next(line for line in out.splitlines() if line.startswith("Chung"))
    assert overall.split()[1:] == ["4", "3", "2", "75%", "50%"]
    english = run_cli(["reports", "--as-of", "2026-12-15", "--lang", "en"]).stdout
    assert "Q3 2026" in english and "missing" in english and "2026-10-15" in english


def test_reports_csv_and_xlsx(run_cli: RunCli, commune: Path, tmp_path: Path) -> None:
    csv_text = run_cli(["reports", "--format", "csv", "--as-of", "2026-12-15"]).stdout
    assert csv_text.startswith("\ufeffperiod,agency,id,due,reported_on,status,days_late")
    assert "2026-Q3,Phòng Văn hóa - Xã hội,van_hoa_xa_hoi,2026-10-15,,missing,61" in csv_text
    target = tmp_path / "bao-cao.xlsx"
    result = run_cli(["reports", "--format", "xlsx", "-o", str(target), "--as-of", "2026-12-15"])
    assert result.exit_code == 0, result.output
    from openpyxl import load_workbook

    book = load_workbook(target)
    assert book.sheetnames == ["Báo cáo định kỳ", "Tỷ lệ nộp báo cáo"]
    rows = list(book["Báo cáo định kỳ"].iter_rows(values_only=True))
    # Row 1: the title line a forwarded sheet needs (contract §18), then the headers.
    assert rows[0][0] == "Kế hoạch số 15/KH-UBND. Tình hình đến ngày 15/12/2026"
    assert rows[1][:3] == ("Kỳ", "Kỳ báo cáo", "Cơ quan báo cáo")
    assert rows[4][1] == "quý III năm 2026" and rows[4][6] == "chưa nộp"
    assert rows[4][4].date().isoformat() == "2026-10-15"  # a real date cell
    rates = list(book["Tỷ lệ nộp báo cáo"].iter_rows(values_only=True))
    assert rates[-1][0] == "Chung" and rates[-1][5:] == (0.75, 0.5)
    # The file exists now: never overwritten without --force (contract §18).
    again = ["reports", "--format", "xlsx", "-o", str(target), "--as-of", "2026-12-15"]
    refused = run_cli(again)
    assert refused.exit_code == 2 and "bao-cao.xlsx" in refused.stderr
    assert run_cli([*again, "--force"]).exit_code == 0


def test_without_reporting_reports_says_how_to_declare_it(run_cli: RunCli, data_dir: Path) -> None:
    result = run_cli(["reports"])
    assert result.exit_code == 0
    assert "reporting:" in result.stderr and result.stdout == ""
    assert json.loads(run_cli(["reports", "--format", "json"]).stdout) == []


def test_w327_for_each_missing_report_at_the_reporters_line(run_cli: RunCli, commune: Path) -> None:
    found = codes(findings(run_cli, "--as-of", "2026-12-15"), "W327")
    assert [(f["file"], f["line"]) for f in found] == [
        ("data/plan.yaml", plan_line(commune, "by: [van_phong, van_hoa_xa_hoi]"))
    ]
    assert "quý III năm 2026" in str(found[0]["message"])
    assert "61 ngày" in str(found[0]["message"])
    # On 16/07 Q2 is one day past due and van_hoa_xa_hoi's report (20/07) is not known yet.
    on_16_7 = codes(findings(run_cli, "--as-of", "2026-07-16"), "W327")
    assert len(on_16_7) == 1 and "quá 1 ngày" in str(on_16_7[0]["message"])
    # On the due date itself nothing is missing.
    assert codes(findings(run_cli, "--as-of", "2026-07-15"), "W327") == []
    # Before the plan's first window: nothing.
    assert codes(findings(run_cli, "--as-of", "2026-03-01"), "W327") == []


def test_no_w327_once_the_plan_is_closed(run_cli: RunCli, commune: Path) -> None:
    # The period ends 31/12/2030: on 01/02/2031 the plan is closed, W319 speaks instead.
    found = findings(run_cli, "--as-of", "2031-02-01")
    assert codes(found, "W327") == [] and codes(found, "W319")
    rows = json.loads(run_cli(["reports", "--format", "json", "--as-of", "2031-02-01"]).stdout)
    assert rows[-1]["status"] == "missing"  # `reports` still tells, counted to the closing day


def test_w327_at_every_when_every_lead_agency_reports(run_cli: RunCli, commune: Path) -> None:
    plan = commune / "plan.yaml"
    text = plan.read_text(encoding="utf-8").replace("  by: [van_phong, van_hoa_xa_hoi]\n", "")
    plan.write_text(text, encoding="utf-8")
    found = codes(findings(run_cli, "--as-of", "2026-12-15"), "W327")
    assert {f["line"] for f in found} == {plan_line(commune, "every: [quarter]")}
    # Every lead agency: van_phong, kinh_te, van_hoa_xa_hoi, phuc_vu_hcc, truong_thcs.
    assert len(found) == 7  # Q2: 3 missing (kinh_te, phuc_vu_hcc, truong_thcs); Q3: 4


def test_w330_a_report_dated_after_today(run_cli: RunCli, commune: Path) -> None:
    write_yaml(
        commune,
        "progress/2026-Q4.yaml",
        """
        period: "2026-Q4"
        reported_on: 2099-01-05
        reported_by: van_phong
        """,
    )
    found = codes(findings(run_cli), "W330")
    assert [(f["file"], f["line"], f["column"]) for f in found] == [
        ("data/progress/2026-Q4.yaml", 2, 14)
    ]
    assert "05/01/2099" in str(found[0]["message"])
    # With --as-of the date is chosen on purpose: the time machine, no warning.
    assert codes(findings(run_cli, "--as-of", "2026-12-15"), "W330") == []


def test_w330_without_a_calendar_too(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(data_dir, "progress/2024.yaml", 'period: "2024"\nreported_on: 2099-12-05\n')
    assert len(codes(findings(run_cli), "W330")) == 1


def test_unknown_reporter_is_e220_with_the_nearest(run_cli: RunCli, commune: Path) -> None:
    write_yaml(
        commune,
        "progress/2026-Q3-vhxh.yaml",
        """
        period: "2026-Q3"
        reported_on: 2026-10-14
        reported_by: van_hoa_xa_hio
        """,
    )
    before = folder_digest(commune)
    found = codes(findings(run_cli, "--as-of", "2026-12-15"), "E220")
    assert [(f["file"], f["line"]) for f in found] == [("data/progress/2026-Q3-vhxh.yaml", 3)]
    assert "van_hoa_xa_hoi" in str(found[0]["message"])
    assert run_cli(["reports", "--as-of", "2026-12-15"]).exit_code == 1
    assert folder_digest(commune) == before


def test_a_reporter_by_exact_name_counts(run_cli: RunCli, commune: Path) -> None:
    write_yaml(
        commune,
        "progress/2026-Q3-vhxh.yaml",
        """
        period: "2026-Q3"
        reported_on: 2026-10-14
        reported_by: "Phòng Văn hóa - Xã hội"
        """,
    )
    assert codes(findings(run_cli, "--as-of", "2026-12-15"), "W327") == []


def test_a_period_outside_the_calendar_is_e220(run_cli: RunCli, commune: Path) -> None:
    write_yaml(commune, "progress/2026-H2.yaml", 'period: "2026-H2"\nreported_by: van_phong\n')
    found = codes(findings(run_cli, "--as-of", "2026-12-15"), "E220")
    assert [(f["file"], f["line"]) for f in found] == [("data/progress/2026-H2.yaml", 1)]
    assert "YYYY-Q1…Q4" in str(found[0]["message"])


def test_unknown_agency_in_reporting_by(run_cli: RunCli, commune: Path) -> None:
    plan = commune / "plan.yaml"
    text = plan.read_text(encoding="utf-8").replace(
        "by: [van_phong, van_hoa_xa_hoi]", "by: [van_phong, van_hoa_xa_hio]"
    )
    plan.write_text(text, encoding="utf-8")
    found = codes(findings(run_cli, "--as-of", "2026-12-15"), "E220")
    assert len(found) == 1 and found[0]["line"] == plan_line(
        commune, "by: [van_phong, van_hoa_xa_hio]"
    )
    assert "van_hoa_xa_hoi" in str(found[0]["message"])


@pytest.mark.parametrize(
    ("field", "value"),
    [("every", "[month]"), ("cutoff", "nd10"), ("due_days", "-1"), ("due_days", "sáu")],
)
def test_bad_reporting_fields_are_e201_at_their_line(
    run_cli: RunCli, commune: Path, field: str, value: str
) -> None:
    plan = commune / "plan.yaml"
    lines = plan.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith(f"  {field}:"))
    lines[number] = f"  {field}: {value}"
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = codes(findings(run_cli, "--as-of", "2026-12-15"), "E201")
    assert [f["line"] for f in found] == [number + 1]


def test_status_says_the_latest_period_due(run_cli: RunCli, commune: Path) -> None:
    out = run_cli(["status", "--as-of", "2026-12-15"]).stdout
    assert "Báo cáo quý III năm 2026: 1/2 cơ quan đã nộp; hạn 15/10/2026" in out
    english = run_cli(["status", "--as-of", "2026-12-15", "--lang", "en"]).stdout
    assert "Report for Q3 2026: 1/2 reporters have sent it; due 2026-10-15" in english


def test_status_without_reporting_has_no_such_line(run_cli: RunCli, data_dir: Path) -> None:
    out = run_cli(["status", "--as-of", "2024-12-31"]).stdout
    assert "Báo cáo" not in out.splitlines()[3]
    assert "cơ quan đã nộp" not in out


@pytest.mark.parametrize("as_of", ["2026-07-16", "2026-12-15", "2031-02-01"])
def test_the_same_findings_with_and_without_the_cache(
    run_cli: RunCli, commune: Path, tmp_path: Path, as_of: str
) -> None:
    cache = tmp_path / "cache"
    env = {"NHANLUC_CACHE_DIR": str(cache)}
    args = ["check", "--format", "json", "--as-of", as_of]
    cold = run_cli(args, env={"NHANLUC_NO_CACHE": "1"}).stdout
    assert run_cli(args, env=env).stdout == cold  # filling the cache
    assert run_cli(args, env=env).stdout == cold  # from it
    # One report edited: its date moves from on time to late, and a new one arrives.
    report = commune / "progress" / "2026-Q3.yaml"
    report.write_text(
        report.read_text(encoding="utf-8").replace("2026-10-12", "2026-10-20"), encoding="utf-8"
    )
    write_yaml(
        commune,
        "progress/2026-Q3-vhxh.yaml",
        'period: "2026-Q3"\nreported_by: van_hoa_xa_hoi\nreported_on: 2026-07-01\n',
    )
    cold = run_cli(args, env={"NHANLUC_NO_CACHE": "1"}).stdout
    assert run_cli(args, env=env).stdout == cold
    listed = ["reports", "--format", "json", "--as-of", as_of]
    assert run_cli(listed, env=env).stdout == run_cli(listed, env={"NHANLUC_NO_CACHE": "1"}).stdout


def test_plan_60_data_has_no_calendar_findings(run_cli: RunCli, tmp_path: Path) -> None:
    make_data_dir(tmp_path / "other")
    found = findings(run_cli, "--as-of", "2024-12-31")
    assert not codes(found, "W327") and not codes(found, "W330")


# ---------------------------------------------------------------------------------------------
# report --period


def test_report_period_figures_as_of_the_cutoff(run_cli: RunCli, commune: Path) -> None:
    # Q3 is cut off on 30/09 (calendar); van_phong's report came on 12/10: it counts, its
    # figures dated up to the cut-off. The document is dated 20/10.
    result = run_cli(["report", "--period", "2026-Q3", "--as-of", "2026-10-20"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "An Phú, ngày 20 tháng 10 năm 2026" in out
    assert "xã An Phú quý III năm 2026**" in out
    assert "kết quả thực hiện quý III năm 2026 (số liệu tính đến ngày 30/09/2026)" in out
    assert "| 2026-Q3 | 12/10/2026 | Văn phòng HĐND và UBND xã |" in out  # its own date
    assert "| 2026-Q2 | 20/07/2026 | Phòng Văn hóa - Xã hội |" in out  # an id named by name
    assert "80,4<br>(30/09/2026)" in out  # Q3's figure, dated by default to the cut-off


def test_report_period_leaves_out_what_is_dated_after_the_cutoff(
    run_cli: RunCli, commune: Path
) -> None:
    # A figure the Q3 report dates 05/10 (after the cut-off) is not in the Q3 report.
    report = commune / "progress" / "2026-Q3.yaml"
    text = report.read_text(encoding="utf-8").replace(
        "    value: 80.4\n", "    value: 80.4\n    as_of: 2026-10-05\n"
    )
    report.write_text(text, encoding="utf-8")
    out = run_cli(["report", "--period", "2026-Q3", "--as-of", "2026-10-20"]).stdout
    assert "80,4" not in out and "78,5<br>(30/06/2026)" in out


@pytest.mark.parametrize(
    ("period", "words", "cutoff"),
    [
        ("2026-H1", "6 tháng đầu năm 2026", "14/06/2026"),
        ("2026-9M", "9 tháng đầu năm 2026", "14/09/2026"),
        ("2026", "năm 2026", "14/12/2026"),
    ],
)
def test_report_period_words_without_a_calendar(
    run_cli: RunCli, data_dir: Path, period: str, words: str, cutoff: str
) -> None:
    # Plan 60 declares no calendar: Nghị định 09's windows.
    result = run_cli(["report", "--period", period, "--as-of", "2027-01-10"])
    assert result.exit_code == 0, result.output
    assert f"kết quả thực hiện {words} (số liệu tính đến ngày {cutoff})" in result.stdout


def test_report_period_in_docx_and_html(run_cli: RunCli, commune: Path, tmp_path: Path) -> None:
    for suffix in ("html", "docx"):
        target = tmp_path / f"q3.{suffix}"
        args = ["report", "--period", "2026-Q3", "--as-of", "2026-10-20", "-o", str(target)]
        assert run_cli(args).exit_code == 0
    html = (tmp_path / "q3.html").read_text(encoding="utf-8")
    assert "quý III năm 2026 (số liệu tính đến ngày 30/09/2026)" in html
    from docx import Document

    document = Document(str(tmp_path / "q3.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Ủy ban nhân dân xã An Phú quý III năm 2026" in text
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert any("ngày 20 tháng 10 năm 2026" in cell for cell in cells)  # the masthead's date


def test_report_period_refusals(run_cli: RunCli, commune: Path) -> None:
    bad = run_cli(["report", "--period", "2026-H2"])
    assert bad.exit_code == 2 and "2026-H1" in bad.stderr
    both = run_cli(["report", "--period", "2026-H1", "--final"])
    assert both.exit_code == 2
    early = run_cli(["report", "--period", "2026-Q4", "--as-of", "2026-10-20"])
    assert early.exit_code == 0 and "số liệu tính đến ngày 20/10/2026" in early.stderr


# ---------------------------------------------------------------------------------------------
# new without PERIOD


@pytest.mark.parametrize(
    ("as_of", "period"),
    [
        ("2026-12-20", "2026-Q4"),  # the window holding today (01/10-31/12)
        ("2027-01-10", "2026-Q4"),  # cut off on 31/12, due 15/01: being reported
        ("2027-01-16", "2027-Q1"),  # past due: the window holding today
    ],
)
def test_new_proposes_the_current_period(
    run_cli: RunCli, commune: Path, as_of: str, period: str
) -> None:
    result = run_cli(["new", "--as-of", as_of])
    assert result.exit_code == 0, result.output
    assert f"({period})" in result.stdout.splitlines()[0]
    written = (commune / "progress" / f"{period}.yaml").read_text(encoding="utf-8")
    assert "# Lịch báo cáo: số liệu tính từ" in written
    assert "mã cơ quan báo cáo: van_phong, van_hoa_xa_hoi" in written
    found = findings(run_cli, "--as-of", as_of)
    assert not [f for f in found if str(f["code"])[:2] in ("E1", "E2")], found


def test_new_without_period_and_without_a_calendar_is_a_usage_error(
    run_cli: RunCli, data_dir: Path
) -> None:
    before = folder_digest(data_dir)
    result = run_cli(["new"])
    assert result.exit_code == 2 and "thiếu KỲ" in result.stderr
    assert folder_digest(data_dir) == before


def test_the_scheduled_gitlab_run_names_who_is_missing() -> None:
    import yaml

    text = (REPO / "src" / "nhanluc_cli" / "drafts" / "scaffold_files" / "gitlab-ci.yml").read_text(
        "utf-8"
    )
    job = yaml.safe_load(text)["nhanluc"]
    (line,) = job["after_script"]
    assert '"$CI_PIPELINE_SOURCE" = "schedule"' in line and "nhanluc reports" in line


def test_a_spoilt_part_falls_back_to_the_reports(
    run_cli: RunCli, commune: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    env = {"NHANLUC_CACHE_DIR": str(cache)}
    args = ["reports", "--format", "json", "--as-of", "2026-12-15"]
    expected = run_cli(args, env=env).stdout
    TALLY.clear()
    assert run_cli(args, env=env).stdout == expected
    assert TALLY.parsed == [], "the headers were not taken from the parts"
    assert spoil_every_rest(cache) > 0
    TALLY.clear()
    assert run_cli(args, env=env).stdout == expected
    # Noticed at the first report, and the whole reports read instead (their models, from the
    # cache), with the same output.
    assert TALLY.spoilt_parts == 1, "the spoilt parts were not noticed"


def test_a_figure_without_as_of_counts_from_the_day_its_report_was_sent(
    run_cli: RunCli, data_dir: Path
) -> None:
    # Sent on 20/11/2022, before the quarter ends (31/12): the figure is dated 20/11, so it is
    # known on 25/11 and no W322 blames the tool's own default (as_of after reported_on).
    write_yaml(
        data_dir,
        "progress/2022-Q4.yaml",
        """
        period: "2022-Q4"
        reported_on: 2022-11-20
        indicators:
          lao_dong_qua_dao_tao:
            value: 66.5
        """,
    )
    rows = json.loads(run_cli(["indicators", "--format", "json", "--as-of", "2022-11-25"]).stdout)
    latest = next(r for r in rows if r["id"] == "lao_dong_qua_dao_tao")["latest"]
    assert latest["value"] == 66.5 and latest["as_of"] == "2022-11-20"
    assert codes(findings(run_cli, "--as-of", "2022-11-25"), "W322") == []
    # Sent after the period's end, the figure keeps the period's end (31/12/2022).
    report = data_dir / "progress" / "2022-Q4.yaml"
    report.write_text(
        report.read_text(encoding="utf-8").replace("2022-11-20", "2023-01-10"), encoding="utf-8"
    )
    rows = json.loads(run_cli(["indicators", "--format", "json", "--as-of", "2023-02-01"]).stdout)
    latest = next(r for r in rows if r["id"] == "lao_dong_qua_dao_tao")["latest"]
    assert latest["as_of"] == "2022-12-31"


def test_reports_before_the_first_window(run_cli: RunCli, commune: Path) -> None:
    # The plan is dated 10/04/2026: its first window is Q2 (01/04-30/06); on 01/03 none began.
    result = run_cli(["reports", "--as-of", "2026-03-01"])
    assert result.exit_code == 0
    assert "Chưa có kỳ báo cáo nào bắt đầu tính đến ngày 01/03/2026." in result.stdout
    assert "Báo cáo" not in run_cli(["status", "--as-of", "2026-03-01"]).stdout.splitlines()[3]
