"""`nhanluc rollup`: the JSON shapes of contract §12, exit codes, a broken unit listed with its
findings, and the csv, xlsx and html outputs read back."""

from __future__ import annotations

import csv
import io
import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest

from conftest import REPO, RunCli, write_yaml

EXAMPLE = REPO / "examples" / "units"
AS_OF = "2026-07-31"
UNIT_IDS = ["xa_cang_long", "xa_an_truong", "xa_tan_an", "xa_nhi_long", "xa_binh_phu"]


@pytest.fixture
def units(tmp_path: Path) -> Path:
    """The example without its catalogue: the roll-up as it is without one (§12)."""
    folder = tmp_path / "units"
    shutil.copytree(EXAMPLE, folder)
    (folder / "nhanluc-indicators.yaml").unlink()
    return folder


@pytest.fixture
def broken(units: Path) -> Path:
    """The example with xã Tân An's half-year report mistyped (a percentage of 632)."""
    report = units / "tan-an" / "progress" / "2026-H1.yaml"
    report.write_text(
        report.read_text(encoding="utf-8").replace("value: 63.2", "value: 632"), encoding="utf-8"
    )
    return units


def rollup(run_cli: RunCli, folder: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli(["rollup", *args, "--data", str(folder), "--as-of", AS_OF])
    return result.exit_code, result.stdout, result.stderr


def test_indicators_json_is_the_contract_shape(run_cli: RunCli, units: Path) -> None:
    code, out, _ = rollup(run_cli, units, "indicators", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [row["id"] for row in rows][:2] == ["lao_dong_qua_dao_tao", "hoc_sinh_thcs"]
    for row in rows:
        assert set(row) == {"id", "name", "units"}
        for cell in row["units"].values():
            assert set(cell) == {"status", "latest", "as_of"}
    first = rows[0]
    assert first["name"] == "Tỷ lệ lao động qua đào tạo"
    assert list(first["units"]) == UNIT_IDS
    assert first["units"]["xa_binh_phu"] == {
        "status": "achieved",
        "latest": 76.1,
        "as_of": "2026-06-30",
    }
    by_id = {row["id"]: row for row in rows}
    # Absent from the plans of Càng Long and Tân An: absent from `units`, not null.
    assert list(by_id["lao_dong_nong_nghiep"]["units"]) == [
        "xa_an_truong",
        "xa_nhi_long",
        "xa_binh_phu",
    ]
    assert by_id["hoc_sinh_thcs"]["units"]["xa_nhi_long"] == {
        "status": "no_data",
        "latest": None,
        "as_of": None,
    }
    # A qualitative indicator has no number.
    assert by_id["doi_van_nghe"]["units"]["xa_tan_an"] == {
        "status": "achieved",
        "latest": None,
        "as_of": "2025-12-31",
    }


def test_tasks_json_is_the_contract_shape_in_file_order(run_cli: RunCli, units: Path) -> None:
    from nhanluc_cli.tasks.tracking import TASK_STATUSES

    code, out, _ = rollup(run_cli, units, "tasks", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [row["unit"] for row in rows] == UNIT_IDS
    for row in rows:
        assert list(row) == ["unit", "name", "counts", "total", "errors"]
        assert list(row["counts"]) == list(TASK_STATUSES)
        assert sum(row["counts"].values()) == row["total"]
        assert row["errors"] == 0
    assert rows[2] == {
        "unit": "xa_tan_an",
        "name": "Xã Tân An",
        "counts": {
            "done": 1,
            "late": 1,
            "cancelled": 0,
            "overdue": 2,
            "due_soon": 0,
            "open": 11,
            "transferred": 0,
            "terminated": 0,
        },
        "total": 15,
        "errors": 0,
    }


def test_order_is_the_units_files_order(run_cli: RunCli, units: Path) -> None:
    units_file = units / "nhanluc-units.yaml"
    text = units_file.read_text(encoding="utf-8")
    head, _, rest = text.partition("units:\n")
    entries = rest.split("  - ")[1:]
    units_file.write_text(head + "units:\n" + "".join("  - " + e for e in entries[::-1]), "utf-8")
    _, out, _ = rollup(run_cli, units, "tasks", "--format", "json")
    assert [row["unit"] for row in json.loads(out)] == UNIT_IDS[::-1]
    _, out, _ = rollup(run_cli, units, "indicators", "--format", "json")
    assert list(json.loads(out)[0]["units"]) == UNIT_IDS[::-1]
    # Bình Phú, now first, names lao_dong_nong_nghiep second.
    assert [row["id"] for row in json.loads(out)][:2] == [
        "lao_dong_qua_dao_tao",
        "lao_dong_nong_nghiep",
    ]


def test_a_broken_unit_is_listed_with_its_findings_and_exit_1(
    run_cli: RunCli, broken: Path
) -> None:
    code, out, err = rollup(run_cli, broken, "tasks", "--format", "json")
    assert code == 1
    rows = json.loads(out)
    assert [row["unit"] for row in rows] == UNIT_IDS
    assert rows[2]["counts"] == {}
    assert rows[2]["errors"] > 0
    assert rows[2]["total"] == 0
    assert all(row["errors"] == 0 for i, row in enumerate(rows) if i != 2)
    assert "tan-an/progress/2026-H1.yaml:9:12: error E201" in err

    code, out, err = rollup(run_cli, broken, "indicators", "--format", "json")
    assert code == 1
    assert all("xa_tan_an" not in row["units"] for row in json.loads(out))


def test_the_table_lists_a_broken_unit_and_prints_its_findings(
    run_cli: RunCli, broken: Path
) -> None:
    code, out, err = rollup(run_cli, broken, "tasks")
    assert code == 1
    assert "Xã Tân An" in out
    assert "E201" not in out  # the findings go to stderr, with their places
    assert "2026-H1.yaml:9:12: error E201" in err
    assert "632" in err  # the offending line is quoted
    assert "1 đơn vị có lỗi dữ liệu nên không hiển thị số liệu: Xã Tân An" in err
    code, out, _ = rollup(run_cli, broken, "indicators")
    assert code == 1
    assert "lỗi dữ liệu" in out


def test_the_table_shows_status_words_in_the_chosen_language(run_cli: RunCli, units: Path) -> None:
    code, out, _ = rollup(run_cli, units)
    assert code == 0
    assert "Xã Càng Long" in out and "đạt tiến độ" in out
    code, out, _ = rollup(run_cli, units, "--lang", "en")
    assert "achieved" in out and "as of 2026-07-31" in out
    assert max(len(line) for line in out.splitlines()) <= 100


def test_the_task_table_keeps_names_readable_at_80_columns(run_cli: RunCli, units: Path) -> None:
    """Names whole (the count columns wrap their headers instead), and the statuses only a
    plan's later life brings (transferred, terminated) shown only when some unit has them."""
    result = run_cli(
        ["rollup", "tasks", "--data", str(units), "--as-of", AS_OF], env={"COLUMNS": "80"}
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any(line.startswith("Xã Càng Long ") for line in lines)
    assert any(line.startswith("  Phòng Kinh tế ") for line in lines)
    assert "chuyển" not in result.stdout and "chấm" not in result.stdout
    json_code, json_out, _ = rollup(run_cli, units, "tasks", "--format", "json")
    counts = [row["counts"] for row in json.loads(json_out)]
    assert json_code == 0 and counts
    assert all(c["transferred"] == c["terminated"] == 0 for c in counts)  # JSON keeps them


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (None, "E101"),
        ("units:\n  - {id: a, name: A, data: a\n", "E102"),
        ("units:\n  - {id: a, name: A, data: a, nam: x}\n", "E201"),
        (
            "units:\n  - {id: a, name: A, data: cang-long}\n  - {id: a, name: B, data: tan-an}\n",
            "E201",
        ),
    ],
    ids=["missing", "yaml", "unknown-field", "duplicate-id"],
)
def test_a_bad_units_file_exits_1_with_its_findings(
    run_cli: RunCli, units: Path, text: str | None, code: str
) -> None:
    units_file = units / "nhanluc-units.yaml"
    if text is None:
        units_file.unlink()
    else:
        units_file.write_text(text, encoding="utf-8")
    exit_code, out, err = rollup(run_cli, units, "tasks", "--format", "json")
    assert exit_code == 1
    assert out == ""
    assert "nhanluc-units.yaml:" in err and f"error {code}" in err
    assert "Traceback" not in err


def test_a_missing_data_path_lists_the_unit_with_a_finding_at_its_line(
    run_cli: RunCli, units: Path
) -> None:
    units_file = units / "nhanluc-units.yaml"
    text = units_file.read_text(encoding="utf-8").replace("data: binh-phu", "data: binh-phu-2")
    units_file.write_text(text, encoding="utf-8")
    code, out, err = rollup(run_cli, units, "tasks", "--format", "json")
    assert code == 1
    assert json.loads(out)[-1] == {
        "unit": "xa_binh_phu",
        "name": "Xã Bình Phú",
        "counts": {},
        "total": 0,
        "errors": 1,
    }
    line = text.splitlines().index("    data: binh-phu-2") + 1
    assert f"nhanluc-units.yaml:{line}:11: error E220" in err


def test_a_data_folder_that_does_not_exist_is_a_usage_error(
    run_cli: RunCli, tmp_path: Path
) -> None:
    result = run_cli(["rollup", "--data", str(tmp_path / "nowhere")])
    assert result.exit_code == 2


def test_the_units_file_itself_may_be_named_and_cwd_is_the_default(
    run_cli: RunCli, units: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = rollup(run_cli, units / "nhanluc-units.yaml", "tasks", "--format", "json")
    assert code == 0 and len(json.loads(out)) == 5
    monkeypatch.chdir(units)
    result = run_cli(["rollup", "tasks", "--format", "json", "--as-of", AS_OF])
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 5


def test_csv_has_a_bom_and_the_json_fields(run_cli: RunCli, broken: Path) -> None:
    _, out, _ = rollup(run_cli, broken, "tasks", "--format", "csv")
    assert out.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert [row["unit"] for row in rows] == UNIT_IDS
    assert rows[0]["counts.open"] == "11" and rows[0]["errors"] == "0"
    assert rows[2]["counts.open"] == "" and int(rows[2]["errors"]) > 0
    _, out, _ = rollup(run_cli, broken, "indicators", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    first = rows[0]
    assert first["id"] == "lao_dong_qua_dao_tao"
    assert first["units.xa_binh_phu.status"] == "achieved"
    assert first["units.xa_binh_phu.latest"] == "76.1"
    assert first["units.xa_binh_phu.as_of"] == "2026-06-30"
    assert first["units.xa_tan_an.status"] == ""  # broken: no figures


def test_xlsx_one_sheet_per_table_with_words_numbers_and_dates(
    run_cli: RunCli, broken: Path, tmp_path: Path
) -> None:
    target = tmp_path / "tong-hop.xlsx"
    result = run_cli(
        ["rollup", "--data", str(broken), "--as-of", AS_OF, "--format", "xlsx", "-o", str(target)]
    )
    assert result.exit_code == 1  # written, and the broken unit said so
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Chỉ tiêu theo đơn vị", "Lỗi dữ liệu"]
    sheet = book["Chỉ tiêu theo đơn vị"]
    assert str(sheet["A1"].value).endswith("Tình hình đến ngày 31/07/2026")  # the title line
    table = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert table[0][:5] == [
        "Mã chỉ tiêu",
        "Chỉ tiêu",
        "Xã Càng Long: đánh giá",
        "Xã Càng Long: số liệu mới nhất",
        "Xã Càng Long: ngày số liệu",
    ]
    assert table[1][2:4] == ["đạt tiến độ", 69.5]
    assert table[1][4].date().isoformat() == "2026-06-30"
    errors = [[c.value for c in row] for row in book["Lỗi dữ liệu"].iter_rows(min_row=2)]
    assert errors[1][:5] == ["Xã Tân An", "units/tan-an/progress/2026-H1.yaml", 9, 12, "E201"]

    result = run_cli(
        ["rollup", "tasks", "--data", str(EXAMPLE), "--as-of", AS_OF, "--format", "xlsx"]
    )
    assert result.exit_code == 0
    book = openpyxl.load_workbook(io.BytesIO(result.stdout_bytes))
    assert book.sheetnames == ["Nhiệm vụ theo đơn vị", "Theo cơ quan chủ trì"]
    units_sheet = [
        [c.value for c in row] for row in book["Nhiệm vụ theo đơn vị"].iter_rows(min_row=2)
    ]
    assert [row[0] for row in units_sheet[1:]] == UNIT_IDS
    agencies = [[c.value for c in row] for row in book["Theo cơ quan chủ trì"].iter_rows(min_row=2)]
    assert agencies[1][:2] == ["Xã Càng Long", "Phòng Kinh tế"]


class _Cells(HTMLParser):
    """The text of every <td> and <th>, the inline styles of the cells, and any script or link."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.styles: list[str] = []
        self.fetches: list[str] = []
        self._in_cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("script", "link", "img", "iframe") or values.get("src"):
            self.fetches.append(tag)
        if tag in ("td", "th"):
            self._in_cell = True
            self.texts.append("")
            self.styles.append(values.get("style") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._in_cell = False

    def handle_data(self, data: str) -> None:
        if self._in_cell:
            self.texts[-1] += data


def test_html_is_one_self_contained_page_coloured_by_status(run_cli: RunCli, broken: Path) -> None:
    code, out, _ = rollup(run_cli, broken, "--format", "html")
    assert code == 1
    assert out.startswith("<!DOCTYPE html>")
    assert "size: A4 landscape" in out
    page = _Cells()
    page.feed(out)
    assert page.fetches == []
    assert "http" not in out
    assert "Xã Bình Phú" in page.texts
    assert "76,1%30/06/2026đạt" in page.texts  # value, date, status word
    assert any("background:#a8d8a0" in style for style in page.styles)  # achieved
    assert "lỗi dữ liệu" in page.texts  # Tân An's cells
    assert "Quá hạn, chưa hoàn thành" in page.texts
    assert "E201" in out  # the broken unit's findings, at the end
    code, out, _ = rollup(run_cli, broken, "--format", "html", "--lang", "en")
    assert "substantial progress" in out and 'lang="en"' in out


def test_html_escapes_names_from_the_data(run_cli: RunCli, units: Path) -> None:
    units_file = units / "nhanluc-units.yaml"
    text = units_file.read_text(encoding="utf-8").replace('"Xã Nhị Long"', '"<b>Nhị Long</b>"')
    units_file.write_text(text, encoding="utf-8")
    _, out, _ = rollup(run_cli, units, "--format", "html")
    assert "&lt;b&gt;Nhị Long&lt;/b&gt;" in out and "<b>Nhị Long</b>" not in out


def test_output_refuses_the_units_file(run_cli: RunCli, units: Path) -> None:
    result = run_cli(
        [
            "rollup",
            "--data",
            str(units),
            "--format",
            "json",
            "-o",
            str(units / "nhanluc-units.yaml"),
        ]
    )
    assert result.exit_code == 2


def test_a_unit_with_an_unread_file_is_not_an_error(run_cli: RunCli, units: Path) -> None:
    write_yaml(units / "cang-long" / "progress", "2026-Q3.docx", "not a report")
    code, _, _ = rollup(run_cli, units, "tasks", "--format", "json")
    assert code == 0  # W326 is a warning


def test_more_units_than_fit_continue_in_a_second_table(run_cli: RunCli, units: Path) -> None:
    units_file = units / "nhanluc-units.yaml"
    text = units_file.read_text(encoding="utf-8")
    for n in (6, 7):
        text += f'  - {{id: xa_{n}, name: "Xã số {n}", data: cang-long}}\n'
    units_file.write_text(text, encoding="utf-8")
    code, out, _ = rollup(run_cli, units)
    assert code == 0
    assert out.count("Chỉ tiêu  ") == 2  # the header row, once per table
    assert "Xã số 7" in out.split("Xã Bình Phú")[1]
    assert max(len(line) for line in out.splitlines()) <= 100


def test_xlsx_of_tasks_keeps_a_broken_unit_in_the_units_sheet(
    run_cli: RunCli, broken: Path, tmp_path: Path
) -> None:
    target = tmp_path / "nhiem-vu.xlsx"
    args = ["rollup", "tasks", "--data", str(broken), "--as-of", AS_OF, "--format", "xlsx"]
    assert run_cli([*args, "-o", str(target)]).exit_code == 1
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Nhiệm vụ theo đơn vị", "Theo cơ quan chủ trì", "Lỗi dữ liệu"]
    table = [[c.value for c in row] for row in book["Nhiệm vụ theo đơn vị"].iter_rows(min_row=2)]
    tan_an = table[3]
    assert tan_an[:2] == ["xa_tan_an", "Xã Tân An"]
    assert tan_an[2:8] == [None] * 6 and tan_an[-1] > 0
    agencies = {row[0].value for row in book["Theo cơ quan chủ trì"].iter_rows(min_row=3)}
    assert "Xã Tân An" not in agencies
