"""units.py: reading nhanluc-units.yaml and the units' folders, in order, in parallel or not."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from conftest import REPO, write_yaml
from nhanluc_cli.store.units import UNITS_FILE, read_rollup, read_units

EXAMPLE = REPO / "examples" / "units"
AS_OF = date(2026, 7, 31)


@pytest.fixture
def rollup_dir(tmp_path: Path) -> Path:
    """A scratch copy of examples/units, so a test may break it."""
    folder = tmp_path / "units"
    shutil.copytree(EXAMPLE, folder)
    return folder


def test_the_example_reads_clean_in_file_order() -> None:
    rolled = read_rollup(EXAMPLE / UNITS_FILE, AS_OF, 30, REPO)
    assert rolled.findings == []
    assert [u.id for u in rolled.units] == [
        "xa_cang_long",
        "xa_an_truong",
        "xa_tan_an",
        "xa_nhi_long",
        "xa_binh_phu",
    ]
    assert all(u.summary is not None and u.errors == 0 for u in rolled.units)


def test_parallel_and_sequential_reading_give_the_same_roll_up(rollup_dir: Path) -> None:
    # A broken unit too, so that findings cross the process boundary as well.
    (rollup_dir / "tan-an" / "progress" / "2025.yaml").write_text("period: [\n", encoding="utf-8")
    units_file = rollup_dir / UNITS_FILE
    sequential = read_rollup(units_file, AS_OF, 30, rollup_dir, workers=1)
    parallel = read_rollup(units_file, AS_OF, 30, rollup_dir, workers=3)
    assert parallel == sequential
    assert [f.code for f in parallel.units[2].findings] == ["E102"]


def test_a_warm_roll_up_starts_no_worker_process(
    rollup_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Units whose files the cache has seen are looked up in this process; only a changed unit
    is judged again (here in this process too: one unit to judge needs no pool)."""
    units_file = rollup_dir / UNITS_FILE
    cache = tmp_path / "cache"
    filled = read_rollup(units_file, AS_OF, 30, rollup_dir, workers=3, cache_dir=cache)
    import concurrent.futures

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a worker process was started")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    assert read_rollup(units_file, AS_OF, 30, rollup_dir, workers=3, cache_dir=cache) == filled
    report = sorted((rollup_dir / "tan-an" / "progress").glob("*.yaml"))[-1]
    report.write_text(report.read_text(encoding="utf-8") + "# sửa\n", encoding="utf-8")
    again = read_rollup(units_file, AS_OF, 30, rollup_dir, workers=3, cache_dir=cache)
    assert again == read_rollup(units_file, AS_OF, 30, rollup_dir, workers=1)


def test_a_missing_units_file_is_a_finding(tmp_path: Path) -> None:
    title, places, findings = read_units(tmp_path / UNITS_FILE, tmp_path)
    assert (title, places) == (None, [])
    assert [(f.code, f.key, f.file, f.line) for f in findings] == [
        ("E101", "units.missing", UNITS_FILE, 1)
    ]


@pytest.mark.parametrize(
    ("text", "code", "line", "column"),
    [
        ("units:\n  - id: a\n    name: A\n    data: [\n", "E102", 4, 12),
        ("units:\n  - id: a\n    name: A\n    data: a\n    dữ_liệu: b\n", "E201", 5, 5),
        ("unit:\n  - id: a\n", "E201", 1, 1),
        ("units: []\n", "E201", 1, 8),
        ("units:\n  - id: A B\n    name: A\n    data: a\n", "E201", 2, 9),
    ],
    ids=["yaml", "unknown-field", "misspelt-units", "empty", "bad-id"],
)
def test_a_bad_units_file_gets_findings_with_places(
    tmp_path: Path, text: str, code: str, line: int, column: int
) -> None:
    write_yaml(tmp_path, UNITS_FILE, text)
    _, places, findings = read_units(tmp_path / UNITS_FILE, tmp_path)
    assert places == []
    assert (findings[0].code, findings[0].file, findings[0].line, findings[0].column) == (
        code,
        UNITS_FILE,
        line,
        column,
    ), findings


def test_duplicate_unit_ids_name_the_first(tmp_path: Path) -> None:
    write_yaml(
        tmp_path,
        UNITS_FILE,
        """
        units:
          - {id: a, name: A, data: a}
          - {id: b, name: B, data: b}
          - {id: a, name: A again, data: c}
        """,
    )
    _, places, findings = read_units(tmp_path / UNITS_FILE, tmp_path)
    assert places == []
    assert [(f.code, f.key, f.line, f.args["first"]) for f in findings] == [
        ("E201", "schema.duplicate_id", 4, 2)
    ]


def test_a_data_path_that_does_not_exist_keeps_the_unit_with_its_finding(rollup_dir: Path) -> None:
    units_file = rollup_dir / UNITS_FILE
    text = units_file.read_text(encoding="utf-8").replace("data: tan-an", "data: tan-an-cu")
    units_file.write_text(text, encoding="utf-8")
    rolled = read_rollup(units_file, AS_OF, 30, rollup_dir)
    assert rolled.findings == []
    tan_an = rolled.units[2]
    assert (tan_an.id, tan_an.summary) == ("xa_tan_an", None)
    (finding,) = tan_an.findings
    line = text.splitlines().index("    data: tan-an-cu") + 1
    assert (finding.code, finding.key, finding.file, finding.line, finding.column) == (
        "E220",
        "units.no_such_data",
        UNITS_FILE,
        line,
        11,
    )
    assert [u.summary is not None for u in rolled.units] == [True, True, False, True, True]


def test_a_folder_without_a_plan_or_with_two_is_a_finding_of_the_unit(rollup_dir: Path) -> None:
    (rollup_dir / "an-truong" / "plan.yaml").unlink()
    shutil.copyfile(rollup_dir / "tan-an" / "plan.yaml", rollup_dir / "tan-an" / "plan-2.yaml")
    rolled = read_rollup(rollup_dir / UNITS_FILE, AS_OF, 30, rollup_dir)
    keys = {u.id: [f.key for f in u.findings] for u in rolled.units if u.findings}
    assert keys == {"xa_an_truong": ["units.no_plan"], "xa_tan_an": ["units.many_plans"]}


def test_a_unit_with_data_errors_is_listed_with_its_findings(rollup_dir: Path) -> None:
    write_yaml(
        rollup_dir / "nhi-long" / "progress",
        "2026-Q3.yaml",
        """
        period: "2026-Q3"
        indicators:
          lao_dong_qua_dao_tao:
            value: 166
        """,
    )
    rolled = read_rollup(rollup_dir / UNITS_FILE, AS_OF, 30, rollup_dir)
    nhi_long = rolled.units[3]
    assert nhi_long.summary is None
    assert [(f.code, f.file, f.line) for f in nhi_long.findings] == [
        ("E201", "nhi-long/progress/2026-Q3.yaml", 4)
    ]
    assert nhi_long.errors == 1
