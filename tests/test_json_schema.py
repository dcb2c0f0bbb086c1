"""The JSON Schemas: equal to the committed files, and agreeing with `check` file by file.

An editor reads YAML 1.2 (`66.5` is a number, `2022-03-31` a string, `true` a boolean), so the
corpus is turned into JSON the way the YAML language server does it (`yaml_1_2`) before the
schema sees it; `check` reads the same text its own way. Each file of the corpus must get the
same verdict from both, and the verdict written next to it.
"""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from conftest import PLAN_FILE, REPO, RunCli
from nhanluc_cli.drafts.progress_report import pending_occurrences, progress_template
from nhanluc_cli.loading.loader import load_plan
from nhanluc_cli.plan.model import Plan
from nhanluc_cli.schema.json_schema import (
    DATE,
    DECIMAL,
    PERCENT_DECIMAL,
    plan_schema,
    progress_schema,
    schema_text,
)
from nhanluc_cli.store.dataset import load_dataset
from nhanluc_cli.store.workspace import locate

SCHEMA_DIR = REPO / "schema"


@pytest.fixture(scope="module")
def plan() -> Plan:
    loaded, findings = load_plan(PLAN_FILE, "plan60.yaml")
    assert loaded is not None and not findings
    return loaded.plan


@pytest.fixture(scope="module")
def validator(plan: Plan) -> jsonschema.Draft7Validator:
    schema = progress_schema(plan)
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


# ---------------------------------------------------------------------------------------------
# Drift: schema/*.json is what `nhanluc schema` prints


@pytest.mark.parametrize("kind", ["plan", "progress"])
def test_committed_schema_is_up_to_date(kind: str, plan: Plan) -> None:
    expected = schema_text(plan_schema() if kind == "plan" else progress_schema(plan))
    committed = SCHEMA_DIR / f"{kind}.schema.json"
    assert committed.is_file(), f"missing {committed}"
    assert committed.read_text(encoding="utf-8") == expected, (
        f"schema/{kind}.schema.json is out of date; regenerate it from the repository root with:\n"
        f"    nhanluc schema {kind} > schema/{kind}.schema.json"
    )


@pytest.mark.parametrize(
    "committed",
    sorted((REPO / "examples").glob("*/schema/progress.schema.json")),
    ids=lambda path: path.parent.parent.name,
)
def test_an_examples_schema_is_up_to_date(committed: Path, tmp_path: Path) -> None:
    """An example's copy (for its reports' modelines, offline) is what `nhanluc schema
    progress` prints in its folder."""
    workspace = locate(committed.parent.parent, None, tmp_path)
    loaded, findings = load_plan(workspace.plan_path, "plan")
    assert loaded is not None, findings
    assert committed.read_text(encoding="utf-8") == schema_text(progress_schema(loaded.plan)), (
        f"{committed.relative_to(REPO)} is out of date; regenerate it in its folder with:\n"
        "    nhanluc schema progress > schema/progress.schema.json"
    )


@pytest.mark.parametrize("kind", ["plan", "progress"])
def test_command_prints_the_committed_schema(kind: str, run_cli: RunCli, data_dir: Path) -> None:
    result = run_cli(["schema", kind])
    assert result.exit_code == 0, result.output
    assert result.stdout == (SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8")


def test_schemas_are_valid_draft_7(plan: Plan) -> None:
    for schema in (plan_schema(), progress_schema(plan)):
        jsonschema.Draft7Validator.check_schema(schema)
        assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"


def test_unknown_kind_is_a_usage_error(run_cli: RunCli) -> None:
    result = run_cli(["schema", "report"])
    assert result.exit_code == 2


def test_the_real_plan_validates_against_the_plan_schema() -> None:
    validator = jsonschema.Draft7Validator(plan_schema())
    errors = list(validator.iter_errors(yaml_1_2(PLAN_FILE.read_text(encoding="utf-8"))))
    assert errors == []


def test_plan_schema_refuses_unknown_fields_and_mismatched_units() -> None:
    validator = jsonschema.Draft7Validator(plan_schema())
    plan = yaml_1_2(PLAN_FILE.read_text(encoding="utf-8"))
    plan["tasks"][0]["deadlne"] = "Quý I/2022"
    plan["indicators"][0]["unit"] = None  # a % target with no unit
    messages = [error.message for error in validator.iter_errors(plan)]
    assert any("deadlne" in message for message in messages)
    assert len(messages) == 2


def test_progress_schema_offers_the_plans_ids_for_completion(plan: Plan) -> None:
    schema = progress_schema(plan)
    indicators = schema["properties"]["indicators"]
    tasks = schema["properties"]["tasks"]
    assert list(indicators["properties"]) == [i.id for i in plan.indicators]
    assert indicators["additionalProperties"] is False
    assert {"III.1", "3", "7", "7@2021", "7@2025"} <= set(tasks["properties"])
    assert "3@2022" not in tasks["properties"]  # a one-off task takes no year
    assert "bác sĩ" in indicators["properties"]["bac_si_van_dan"]["description"].lower()
    status = schema["definitions"]["TaskReport"]["properties"]["status"]
    enum = next(node for node in status["anyOf"] if "enum" in node)
    assert enum["enum"] == ["not_started", "in_progress", "done", "cancelled", "transferred"]
    assert len(enum["enumDescriptions"]) == 5


# ---------------------------------------------------------------------------------------------
# The patterns on their own: what parse_decimal and the model's dates accept


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("66,5", True),
        ("66.5", True),
        (" 70 ", True),
        ("+3", True),
        ("0,25", True),
        ("12,5000", True),
        ("1.234", False),  # thousands or a fraction? parse_decimal refuses to guess
        ("12,500", False),
        ("1.234,5", False),
        ("66,5%", False),
        ("1e3", False),
        ("", False),
        ("abc", False),
    ],
)
def test_decimal_pattern(text: str, accepted: bool) -> None:
    assert bool(re.search(DECIMAL, text)) is accepted


@pytest.mark.parametrize(
    ("text", "accepted"),
    [("100", True), ("100,0", True), ("99,9", True), ("0", True), ("007", True),
     ("100,5", False), ("101", False), ("100,000", False), ("-1", False), ("-0", True)],
)  # fmt: skip
def test_percent_pattern(text: str, accepted: bool) -> None:
    assert bool(re.search(PERCENT_DECIMAL, text)) is accepted


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("2022-03-31", True),
        ("2024-02-29", True),  # leap year
        ("2000-02-29", True),  # divisible by 400
        ("1900-02-29", False),  # divisible by 100 only
        ("2022-02-29", False),
        ("2022-04-31", False),
        ("2022-13-01", False),
        ("2022-3-31", False),  # ISO needs two digits
        ("31/3/2022", True),
        ("05/03/2022", True),
        ("29/2/2024", True),
        ("31/02/2022", False),
        ("31/04/2022", False),
        ("2022/03/31", False),
    ],
)
def test_date_pattern(text: str, accepted: bool) -> None:
    assert bool(re.search(DATE, text)) is accepted


# A report's period in words: the schema's pattern accepts what `check` reads as one period.

_WRITTEN = [
    "{y}", "năm {y}", "Năm {y}", "cả năm {y}", "Kỳ báo cáo năm {y}", "báo cáo năm {y}",
    "Quý IV/{y}", "quý 4 năm {y}", "Quý I - {y}", "QUÝ III/{y}", "quý ii, {y}", "Q3/{y}",
    "{y}-Q2", "{y} - q4", "{y}-Q5", "Quý V/{y}", "quý 0/{y}", "Quý IIII/{y}",
    "6 tháng đầu năm {y}", "sáu tháng cuối năm {y}", "6 tháng đầu năm/{y}", "nửa năm đầu {y}",
    "nửa cuối năm {y}", "{y}-H1", "{y} - h2", "{y}-H3", "6 tháng năm {y}", "6 tháng {y}",
    "9 tháng đầu năm {y}", "9 tháng năm {y}", "{y}-9M", "{y}-9m", "9 tháng {y}",
    "tháng 3/{y}", "Tháng 12 năm {y}", "tháng 13/{y}", "{y}-03", "{y}-3", "3/{y}", "03/{y}",
    "5/{y}", "12/{y}", "13/{y}", "quý IV", "6 tháng đầu năm", "{y}/Q4", "Q4", "tháng {y}",
    "  Quý   IV /  {y} ", "Quy IV/{y}", "QUY iv nam {y}", "Kỳ quý IV/{y}", "kỳ kỳ năm {y}",
    # Blanks as Python's str.isspace has them (what check drops), not as JavaScript's \\s.
    "Quý\tIV/{y}", "6\xa0tháng đầu năm {y}", "năm\n{y}", "\u3000{y}-Q1\u2029", "\x85{y}",
    "\x1c{y}", "\ufeffQuý IV/{y}", "{y}-Q4\ufeff", "\u200b{y}",
    # Marks that fold() keeps or turns into a letter: not a period to check.
    "Quý IV\u034f/{y}", "Quý IV\u0345/{y}",
]  # fmt: skip


def _typed_variants(text: str) -> list[str]:
    """`text` as people type it: as is, in capitals, without marks, decomposed."""
    import unicodedata

    bare = "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    ).replace("đ", "d")
    return [text, text.upper(), bare, unicodedata.normalize("NFD", text)]


@pytest.mark.parametrize("year", [1999, 2022, 2101, 1899, 2200])
def test_the_period_pattern_accepts_what_check_reads_as_one_period(year: int) -> None:
    from nhanluc_cli.plan.periods import read_period
    from nhanluc_cli.schema.json_schema import period_pattern

    pattern = re.compile(period_pattern())
    for form in _WRITTEN:
        for text in _typed_variants(form.format(y=year)):
            reads = read_period(text).canonical is not None
            assert bool(pattern.fullmatch(text)) is reads, (text, read_period(text))


def test_a_bare_keys_period_pattern_keeps_to_its_kinds_and_years() -> None:
    """The pattern behind a bare key's rule: only periods of its kinds, in the plan's years."""
    from nhanluc_cli.plan.periods import period_kind, read_period
    from nhanluc_cli.schema.json_schema import period_pattern

    years = [2021, 2022, 2023]
    for kinds in (("quarter", "month"), ("half", "quarter", "month"), ("year",)):
        pattern = re.compile(period_pattern(kinds, years))
        for year in (2020, 2021, 2023, 2024):
            for form in _WRITTEN:
                for text in _typed_variants(form.format(y=year)):
                    canonical = read_period(text).canonical
                    expected = (
                        canonical is not None
                        and int(canonical[:4]) in years
                        and period_kind(canonical) in kinds
                    )
                    assert bool(pattern.fullmatch(text)) is expected, (kinds, text)


def test_what_the_period_pattern_refuses_though_check_reads_it() -> None:
    """Known and rare: marks that are not Vietnamese, on a letter or after a digit. An editor
    flags these; `check` reads them."""
    from nhanluc_cli.plan.periods import read_period
    from nhanluc_cli.schema.json_schema import period_pattern

    pattern = re.compile(period_pattern())
    for text in ("Qüy IV/2026", "Quý İV/2026", "Quý 4\u0301/2026", "qǔy 4/2026"):
        assert read_period(text).canonical == "2026-Q4"
        assert not pattern.fullmatch(text)


def test_bare_key_rules_name_only_years_a_period_can_have(plan: Plan) -> None:
    """A plan may run to 2200; a report's period only to 2199 (periods.REPORT_PERIOD)."""

    def rules_of(start: int, end: int) -> list[Any]:
        years = plan.period.model_copy(update={"start": start, "end": end})
        return progress_schema(plan.model_copy(update={"period": years}))["allOf"]

    for rule in rules_of(2198, 2200):
        for node in _walk_json(rule["if"]):
            if isinstance(node, dict) and "pattern" in node:
                assert not re.fullmatch(node["pattern"], "2200")
                assert not re.fullmatch(node["pattern"], "năm 2200")
                assert re.fullmatch(node["pattern"], "Quý I/2199") or "yearly" not in str(rule)
    late = rules_of(2200, 2200)
    assert late and all(rule["if"] is False for rule in late)
    jsonschema.Draft7Validator.check_schema({"allOf": late})


def _walk_json(node: Any) -> Iterator[Any]:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk_json(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk_json(value)


def test_a_letter_in_a_class_cannot_be_typed() -> None:
    from nhanluc_cli.vietnamese import typed_pattern

    with pytest.raises(ValueError, match="a letter in a class"):
        typed_pattern("[ab]c")
    assert re.fullmatch(typed_pattern(r"(?P<x>d)o i{1,3}"), "Đô   ỈII")


# ---------------------------------------------------------------------------------------------
# Schema and check agree, file by file

VALID = {
    "minimal": """
        period: "2022"
    """,
    "period as a bare number": """
        period: 2022
    """,
    "quarter, half and month periods": """
        period: 2022-Q1
        reported_on: 2022-04-10
    """,
    "the contract's example": """
        period: "2022"
        reported_on: 2023-01-15
        reported_by: "Cơ quan Tổ chức - Nội vụ"
        indicators:
          lao_dong_qua_dao_tao:
            value: 66.5
            as_of: 2022-12-31
            source: "Báo cáo số 12/BC-LĐTBXH"
          bac_si_van_dan:
            numerator: 152
            denominator: 148000
          chuyen_gia_dau_nganh:
            assessment: in_progress
            note: "..."
        tasks:
          "3":
            status: done
            completed_on: 2022-03-28
            product_ref: "Đề án số 01/ĐA-UBND ngày 28/3/2022"
          "7@2022":
            status: in_progress
          "14":
            status: cancelled
            note: "Replaced by ..."
    """,
    "decimal comma and dd/mm/yyyy": """
        period: "2022-H2"
        reported_on: 15/01/2023
        indicators:
          hoc_sinh_thcs:
            value: "98,7"
            as_of: 31/12/2022
        tasks:
          "5":
            status: done
            completed_on: 28/3/2022
    """,
    "nulls mean not reported": """
        period: "2022-03"
        reported_on:
        indicators:
          lao_dong_qua_dao_tao:
          chuyen_gia_dau_nganh:
            assessment:
        tasks:
          "3":
          "7@2022":
            status:
    """,
    "empty sections": """
        period: "2023"
        indicators:
        tasks:
    """,
    "free text written as a number or a boolean": """
        period: "2022"
        reported_by: 2023
        tasks:
          "7":
            status: in_progress
            note: true
    """,
    "value and ratio that agree": """
        period: "2022"
        indicators:
          bac_si_van_dan:
            value: 10.27
            numerator: 152
            denominator: 148000
    """,
    "a percentage at its bounds": """
        period: "2022"
        indicators:
          hoc_sinh_tieu_hoc:
            value: 100
          tu_van_huong_nghiep:
            value: "100,0"
          hoc_sinh_thcs:
            value: 0
    """,
    "a yearly task's key without a year, in a year of the plan": """
        period: "2025-Q4"
        tasks:
          "12":
            status: not_started
    """,
    "a leap day": """
        period: "2024"
        tasks:
          "12@2024":
            status: done
            completed_on: 2024-02-29
    """,
    "a period in words, and a yearly task's bare key in its year": """
        period: "Quý IV/2025"
        tasks:
          "12":
            status: not_started
    """,
    "half a year in words, in capitals": """
        period: "6 THÁNG ĐẦU NĂM 2022"
    """,
    "a month in words, typed decomposed (NFD)": """
        period: "tha\u0301ng 3/2022"
    """,
    "a cancelled task with a note written as a number": """
        period: "2022"
        tasks:
          "14":
            status: cancelled
            note: 2023
    """,
}

INVALID = {
    "no period": """
        reported_on: 2023-01-15
    """,
    "an unknown top-level field": """
        period: "2022"
        reported_at: 2023-01-15
    """,
    "an unknown field in an entry": """
        period: "2022"
        indicators:
          lao_dong_qua_dao_tao:
            valeu: 66.5
    """,
    "an unknown indicator": """
        period: "2022"
        indicators:
          lao_dong_qua_dao_tạo:
            value: 66.5
    """,
    "an unknown task": """
        period: "2022"
        tasks:
          "17":
            status: done
            completed_on: 2022-03-01
    """,
    "a year on a one-off task": """
        period: "2022"
        tasks:
          "3@2022":
            status: in_progress
    """,
    "a year outside the plan": """
        period: "2022"
        tasks:
          "7@2030":
            status: in_progress
    """,
    "a period in words that could be either half": """
        period: "6 tháng năm 2022"
    """,
    "a quarter that does not exist, in words": """
        period: "Quý V/2022"
    """,
    "a bare yearly key in a period in words outside the plan": """
        period: "năm 2030"
        tasks:
          "7":
            status: in_progress
    """,
    "a bare yearly key in a period outside the plan": """
        period: "2030"
        tasks:
          "7":
            status: in_progress
    """,
    "done without completed_on": """
        period: "2022"
        tasks:
          "3":
            status: done
    """,
    "cancelled without a note": """
        period: "2022"
        tasks:
          "14":
            status: cancelled
    """,
    "cancelled with a blank note": """
        period: "2022"
        tasks:
          "14":
            status: cancelled
            note: "   "
    """,
    "completed_on without done": """
        period: "2022"
        tasks:
          "3":
            status: in_progress
            completed_on: 2022-03-01
    """,
    "an impossible ISO date": """
        period: "2022"
        reported_on: 2022-02-29
    """,
    "an impossible dd/mm/yyyy date": """
        period: "2022"
        tasks:
          "3":
            status: done
            completed_on: 31/02/2022
    """,
    "a month 13": """
        period: "2022"
        indicators:
          hoc_sinh_thcs:
            value: 98
            as_of: 2022-13-01
    """,
    "a value with a % sign": """
        period: "2022"
        indicators:
          lao_dong_qua_dao_tao:
            value: "66,5%"
    """,
    "a negative value": """
        period: "2022"
        indicators:
          dieu_duong_van_dan:
            value: -5
    """,
    "a percentage over 100": """
        period: "2022"
        indicators:
          lao_dong_qua_dao_tao:
            value: 120
    """,
    "a percentage over 100 with a decimal comma": """
        period: "2022"
        indicators:
          lao_dong_qua_dao_tao:
            value: "100,5"
    """,
    "a zero denominator": """
        period: "2022"
        indicators:
          bac_si_van_dan:
            numerator: 152
            denominator: 0
    """,
    "a numerator alone": """
        period: "2022"
        indicators:
          bac_si_van_dan:
            numerator: 152
    """,
    "an assessment for a numeric indicator": """
        period: "2022"
        indicators:
          lao_dong_qua_dao_tao:
            assessment: achieved
    """,
    "a value for a qualitative indicator": """
        period: "2022"
        indicators:
          van_dong_vien:
            value: 3
    """,
    "an unknown assessment": """
        period: "2022"
        indicators:
          van_dong_vien:
            assessment: done
    """,
    "an unknown status": """
        period: "2022"
        tasks:
          "3":
            status: finished
    """,
    "a malformed period": """
        period: "2022-Q5"
    """,
    "an ambiguous thousands-like number": """
        period: "2022"
        indicators:
          bac_si_van_dan:
            value: "1.234"
    """,
    "a list where a mapping belongs": """
        period: "2022"
        tasks:
          - "3"
    """,
}


def yaml_1_2(text: str) -> Any:
    """JSON data as an editor's YAML 1.2 core schema reads `text` (dates stay strings)."""
    return _node_value(yaml.compose(text, Loader=yaml.SafeLoader))


_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")


def _scalar(node: yaml.ScalarNode) -> Any:
    if node.style is not None:  # quoted or block: always a string
        return node.value
    text = node.value
    if _NULL.match(text):
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.match(text):
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    return text


def _node_value(node: yaml.Node | None) -> Any:
    if node is None:
        return None
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return [_node_value(item) for item in node.value]
    return {str(key.value): _node_value(value) for key, value in node.value}


def test_yaml_1_2_reads_like_an_editor() -> None:
    data = yaml_1_2('a: 2022-03-31\nb: 66.5\nc: "66.5"\nd: yes\ne: true\nf:\ng: 7\n')
    assert data == {"a": "2022-03-31", "b": 66.5, "c": "66.5", "d": "yes", "e": True,
                    "f": None, "g": 7}  # fmt: skip


def check_accepts(tmp_path: Path, text: str) -> tuple[bool, list[str]]:
    """`check`'s data verdict on one report next to the real plan (as-of checks left out)."""
    data = tmp_path / "data"
    if data.exists():
        shutil.rmtree(data)
    (data / "progress").mkdir(parents=True)
    shutil.copyfile(PLAN_FILE, data / "plan60.yaml")
    (data / "progress" / "report.yaml").write_text(text, encoding="utf-8")
    dataset = load_dataset(locate(data, None, tmp_path), tmp_path)
    problems = [f"{f.code} {f.key} {f.path}" for f in dataset.findings]
    return not problems, problems


def schema_accepts(validator: jsonschema.Draft7Validator, text: str) -> tuple[bool, list[str]]:
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(yaml_1_2(text))
    ]
    return not errors, errors


def test_the_corpus_has_at_least_ten_of_each_kind() -> None:
    assert len(VALID) >= 10 and len(INVALID) >= 10


@pytest.mark.parametrize(
    ("name", "expected"),
    [*((name, True) for name in VALID), *((name, False) for name in INVALID)],
)
def test_schema_and_check_agree(
    name: str, expected: bool, tmp_path: Path, validator: jsonschema.Draft7Validator
) -> None:
    text = textwrap.dedent((VALID if expected else INVALID)[name]).lstrip("\n")
    by_check, check_said = check_accepts(tmp_path, text)
    by_schema, schema_said = schema_accepts(validator, text)
    assert by_check is expected, f"check: {check_said}"
    assert by_schema is expected, f"schema: {schema_said}"


def test_a_new_template_is_valid_for_both(
    plan: Plan, tmp_path: Path, validator: jsonschema.Draft7Validator
) -> None:
    text = progress_template(plan, "2023", pending_occurrences(plan, [], "2023"))
    assert check_accepts(tmp_path, text) == (True, [])
    assert schema_accepts(validator, text) == (True, [])


def test_schema_text_is_stable_json(plan: Plan) -> None:
    text = schema_text(progress_schema(plan))
    assert text.endswith("}\n")
    assert json.loads(text) == progress_schema(plan)
    assert "Bác sĩ" in text  # Vietnamese kept as is, not \\u-escaped
