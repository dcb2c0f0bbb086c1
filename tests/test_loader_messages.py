"""loader: no sentence of pydantic or PyYAML, and no regular expression, ever reaches a reader.

Contract §10: every case is translated, with what to do. The models are made to produce every
error type they can (each field given each kind of wrong value, each field left out, a field
added), every sentence libyaml has is sorted into a case, and the bad-input corpus is checked in
Vietnamese: whatever the message says, it is our words.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from bad_inputs.make_corpus import write_generated
from conftest import BAD_INPUTS, PLAN_FILE, RunCli, write_yaml
from nhanluc_cli.i18n import MESSAGES, message
from nhanluc_cli.loading.loader import load_report, read_yaml
from nhanluc_cli.loading.validation import _schema_message
from nhanluc_cli.loading.yaml_errors import _syntax_key
from nhanluc_cli.plan.model import Plan, Report
from nhanluc_cli.plan.sources import YamlPath

# What the libraries say, and what must never be seen: their sentences and regex syntax.
LIBRARY_FRAGMENTS = (
    "Input should",
    "String should",
    "should match",
    "should have",
    "Field required",
    "Extra inputs",
    "valid dictionary",
    "unable to parse",
    "Value error",
    "not allowed in this context",
    "did not find",
    "could not find",
    "found character",
    "found unexpected",
    "while scanning",
    "while parsing",
    "expected <",
    "end of stream",
    "cannot start any token",
    "expected a date such as",  # the models' own English for pydantic
    "takes other fields",
    "^(",
    "[0-9]",
    "[a-z",
    "+$",
)


def assert_our_words(text: str) -> None:
    for fragment in LIBRARY_FRAGMENTS:
        assert fragment not in text, (fragment, text)


# ---------------------------------------------------------------------------------------------
# pydantic: every error type the models can produce


def valid_report() -> dict[str, Any]:
    return {
        "period": "2022",
        "reported_on": "2023-01-15",
        "reported_by": "Phòng Y tế",
        "indicators": {
            "lao_dong_qua_dao_tao": {"value": "66.5", "as_of": "2022-12-31", "source": "s"},
            "bac_si_van_dan": {"numerator": "152", "denominator": "148000", "note": "n"},
            "chuyen_gia_dau_nganh": {"assessment": "in_progress"},
        },
        "tasks": {
            "3": {"status": "done", "completed_on": "2022-03-28", "product_ref": "p"},
            "14": {"status": "cancelled", "note": "n"},
        },
    }


def valid_plan() -> dict[str, Any]:
    data, _, findings = read_yaml(PLAN_FILE, "plan60.yaml")
    assert findings == []
    plan: dict[str, Any] = data
    plan["indicator_groups"] = {"a": "x"}
    # Lists are walked through their first item: make it a range target (lo and hi).
    plan["indicators"].sort(key=lambda indicator: indicator["target"]["kind"] != "range")
    return plan


# The kinds of wrong value YAML can hand a field: text of every sort, null, a list, a mapping.
WRONG_VALUES: tuple[object, ...] = (
    None,
    "",
    "abc",
    "1.5",
    "-1",
    "0",
    "99999",
    "1950",
    "2022-13-01",
    "148.500",
    "1.234,5",
    "“2022”",
    "Có Dấu",
    [],
    ["x"],
    {},
    {"a": "1"},
)


def paths_in(data: object, path: YamlPath = ()) -> Iterator[YamlPath]:
    """Every value's path, the first item of each list standing for all of them."""
    if path:
        yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from paths_in(value, (*path, key))
    elif isinstance(data, list) and data:
        yield from paths_in(data[0], (*path, 0))


def variants(base: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for path in paths_in(base):
        for wrong in (*WRONG_VALUES, "left out", "added"):
            document = copy.deepcopy(base)
            parent: Any = document
            for part in path[:-1]:
                parent = parent[part]
            if wrong == "left out":
                del parent[path[-1]]
            elif wrong == "added":
                if not isinstance(parent, dict):
                    continue
                parent["indicatorz"] = "1"
            else:
                parent[path[-1]] = copy.deepcopy(wrong)
            yield document


def every_error(model: type[BaseModel], base: dict[str, Any]) -> Iterator[tuple[Any, YamlPath]]:
    for document in variants(base):
        try:
            model.model_validate(document)
        except ValidationError as error:
            for detail in error.errors(include_url=False):
                yield detail, tuple(p for p in detail["loc"] if isinstance(p, str | int))


@pytest.fixture(scope="module")
def model_errors() -> list[tuple[type[BaseModel], Any, YamlPath]]:
    found = [(Plan, detail, path) for detail, path in every_error(Plan, valid_plan())]
    found += [(Report, detail, path) for detail, path in every_error(Report, valid_report())]
    return found


def test_the_walk_meets_every_kind_of_error(
    model_errors: list[tuple[type[BaseModel], Any, YamlPath]],
) -> None:
    kinds = {detail["type"] for _, detail, _ in model_errors}
    # What the models can produce today; a new field type adds its own, which must be worded.
    assert kinds >= {
        "missing",
        "extra_forbidden",
        "string_type",
        "string_too_short",
        "string_pattern_mismatch",
        "literal_error",
        "int_parsing",
        "int_type",
        "greater_than_equal",
        "less_than_equal",
        "float_type",
        "dict_type",
        "model_type",
        "list_type",
        "number",
        "negative",
        "zero_denominator",
        "pair",
        "date_form",
        "impossible_date",
        "done_needs_date",
        "cancelled_needs_note",
        "date_needs_done",
        "period_order",
        "target_fields",
        "range_order",
        "unit_fits_target",
    }


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_model_error_has_a_message_of_its_own(
    model_errors: list[tuple[type[BaseModel], Any, YamlPath]], lang: str
) -> None:
    seen: set[tuple[str, str]] = set()
    for model, detail, path in model_errors:
        is_key = detail["loc"][-1:] == ("[key]",)
        key, args = _schema_message(detail["type"], detail, path, model, is_key)
        assert key in MESSAGES, (detail["type"], key, path)
        assert key != "schema.generic", (detail["type"], path)
        text, fix = message(key, lang, args)  # type: ignore[arg-type]
        assert fix, key
        if lang == "vi":  # the models' own sentences are English; our English may echo one
            assert detail["msg"] not in text + fix
        assert_our_words(text + " " + fix)
        assert "{" not in text + fix, (key, text, fix)  # every placeholder filled
        seen.add((detail["type"], key))
    assert len(seen) >= 27


def test_an_unknown_field_names_the_nearest_known_one(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, "r.yaml", 'period: "2022"\nindicator:\n  x:\n    valeu: 1\n')
    _, findings = load_report(path, "r.yaml")
    messages = [message(f.key, "vi", f.args)[0] for f in findings]
    assert messages == ["không có trường `indicator` ở đây; có phải `indicators`?"]
    path = write_yaml(tmp_path, "r.yaml", 'period: "2022"\nindicators:\n  x:\n    valeu: 1\n')
    _, findings = load_report(path, "r.yaml")
    assert [(f.line, message(f.key, "en", f.args)[0]) for f in findings] == [
        (4, "there is no field `valeu` here; did you mean `value`?")
    ]


def test_a_wrong_value_names_the_allowed_ones_and_the_nearest(tmp_path: Path) -> None:
    text = 'period: "2022"\ntasks:\n  "3":\n    status: Done\n    completed_on: 2022-03-28\n'
    _, findings = load_report(write_yaml(tmp_path, "r.yaml", text), "r.yaml")
    assert [message(f.key, "vi", f.args) for f in findings] == [
        (
            '"Done" không phải giá trị dùng được cho `status`; có phải `done`?',
            "Dùng một trong các giá trị: not_started, in_progress, done, cancelled, transferred.",
        )
    ]


@pytest.mark.parametrize(
    ("written", "whole", "decimal"),
    [("148.500", "148500", "148.5"), ("148,500", "148500", "148.5"), ("1.234,5", "1234.5", "")],
)
def test_a_thousands_separator_says_how_to_write_the_number(
    tmp_path: Path, written: str, whole: str, decimal: str
) -> None:
    text = (
        'period: "2022"\nindicators:\n  bac_si_van_dan:\n'
        f"    numerator: 152\n    denominator: {written}\n"
    )
    _, findings = load_report(write_yaml(tmp_path, "r.yaml", text), "r.yaml")
    assert [(f.line, f.column) for f in findings] == [(5, 18)]
    vi, vi_fix = message(findings[0].key, "vi", findings[0].args)
    assert "dấu phân cách hàng nghìn" in vi
    assert f"Viết số không có dấu phân cách hàng nghìn: {whole}" in vi_fix
    if decimal:
        assert f"nếu là số thập phân, viết {decimal}." in vi_fix


def test_curly_quotes_in_a_value_are_named(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, "r.yaml", "period: “2022”\n")
    _, findings = load_report(path, "r.yaml")
    assert [(f.key, f.line, f.column) for f in findings] == [("schema.curly_quotes", 1, 9)]
    assert "kiểu Word (“ ” hoặc ‘ ’)" in message(findings[0].key, "vi", findings[0].args)[0]


# ---------------------------------------------------------------------------------------------
# PyYAML (libyaml): every sentence it has, and the places that matter

# Every problem and context sentence of libyaml's scanner, parser and reader, as `strings` lists
# them in PyYAML's _yaml extension, plus the composer's.
LIBYAML_PROBLEMS = (
    "block sequence entries are not allowed in this context",
    "control characters are not allowed",
    "could not find expected ':'",
    "could not find expected directive name",
    "did not find URI escaped octet",
    "did not find expected '!'",
    "did not find expected ',' or ']'",
    "did not find expected ',' or '}'",
    "did not find expected '-' indicator",
    "did not find expected <document start>",
    "did not find expected <stream-start>",
    "did not find expected alphabetic or numeric character",
    "did not find expected comment or line break",
    "did not find expected digit or '.' character",
    "did not find expected hexdecimal number",
    "did not find expected key",
    "did not find expected node content",
    "did not find expected tag URI",
    "did not find expected version number",
    "did not find expected whitespace",
    "did not find expected whitespace or line break",
    "did not find the expected '>'",
    "exceeded maximum nesting depth",
    "expected DOCUMENT-END",
    "expected DOCUMENT-START or STREAM-END",
    "expected SCALAR, SEQUENCE-START, MAPPING-START, or ALIAS",
    "expected STREAM-START",
    "expected nothing after STREAM-END",
    "found a tab character that violates indentation",
    "found a tab character where an indentation space is expected",
    "found an incorrect leading UTF-8 octet",
    "found an incorrect trailing UTF-8 octet",
    "found an indentation indicator equal to 0",
    "found character that cannot start any token",
    "found duplicate %TAG directive",
    "found duplicate %YAML directive",
    "found extremely long version number",
    "found incompatible YAML document",
    "found invalid Unicode character escape code",
    "found undefined tag handle",
    "found unexpected ':'",
    "found unexpected document indicator",
    "found unexpected end of stream",
    "found unexpected non-alphabetical character",
    "found unknown directive name",
    "found unknown escape character",
    "incomplete UTF-16 character",
    "incomplete UTF-16 surrogate pair",
    "incomplete UTF-8 octet sequence",
    "invalid Unicode character",
    "invalid leading UTF-8 octet",
    "invalid length of a UTF-8 sequence",
    "invalid trailing UTF-8 octet",
    "mapping keys are not allowed in this context",
    "mapping values are not allowed in this context",
    "but found another document",
)
LIBYAML_CONTEXTS = (
    "while parsing a %TAG directive",
    "while parsing a block collection",
    "while parsing a block mapping",
    "while parsing a block node",
    "while parsing a flow mapping",
    "while parsing a flow node",
    "while parsing a flow sequence",
    "while parsing a node",
    "while parsing a quoted scalar",
    "while parsing a tag",
    "while parsing a tag directive",
    "while scanning a %TAG directive",
    "while scanning a %YAML directive",
    "while scanning a block scalar",
    "while scanning a directive",
    "while scanning a plain scalar",
    "while scanning a quoted scalar",
    "while scanning a simple key",
    "while scanning a tag",
    "while scanning a tag directive",
    "while scanning an alias",
    "while scanning an anchor",
    "while scanning for the next token",
    "expected a single document in the stream",
)


@pytest.mark.parametrize("problem", LIBYAML_PROBLEMS)
def test_every_libyaml_problem_falls_in_a_case(problem: str) -> None:
    assert _syntax_key(problem, "") != "yaml.syntax"


@pytest.mark.parametrize("problem", LIBYAML_PROBLEMS)
@pytest.mark.parametrize("context", LIBYAML_CONTEXTS)
def test_every_libyaml_sentence_pair_is_worded(problem: str, context: str) -> None:
    key = _syntax_key(problem, context)
    assert key in MESSAGES
    for lang in ("vi", "en"):
        text, fix = message(key, lang, {"char": "@"})  # type: ignore[arg-type]
        assert_our_words(f"{text} {fix}")
        assert fix


SYNTAX_CASES = [
    # (text, key, line, column): the place is where the fix goes
    ('period: "2022"\nreported_by: Phòng GD: abc\n', "yaml.colon_in_value", 2, 22),
    ('period: "2022"\nreported_by\nindicators: {}\n', "yaml.missing_colon", 2, 1),
    ('period: "2022"\nindicators:\n  a:\n    value: 1\n   as_of: 2\n', "yaml.indentation", 5, 4),
    ("a:\n  - x\n  y: 1\n", "yaml.indentation", 3, 3),
    ("a: [1, 2\nb: 3\n", "yaml.unclosed_bracket", 2, 2),
    ("a: @abc\n", "yaml.bad_character", 1, 4),
    ('a: "C:\\duong"\n', "yaml.escape", 1, 7),
    ('a: "x\x07"\n', "yaml.control_character", 1, 6),
    ("a: |0\n  x\n", "yaml.block_scalar", 1, 5),
    ("a: &\n", "yaml.anchor_character", 1, 4),
    ("a: !x!y z\n", "yaml.tag_character", 1, 4),
    ("a: [1, , 2]\n", "yaml.missing_value", 1, 8),
    ("%FOO\n---\na: 1\n", "yaml.directive", 1, 5),
    ("a: 1\n%YAML 1.1\n", "yaml.document_marker", 2, 10),
    # An unclosed quote is reported where it opens, wherever libyaml notices it.
    (
        'period: "2022"\nreported_by: "Phòng GD\nindicators:\n  x:\n    value: 1\n',
        "yaml.unclosed_quote",
        2,
        14,
    ),
    (
        'period: "2022"\nreported_by: "Phòng GD\nindicators:\n'
        '  x:\n    source: "a"\n    value: 1\n',
        "yaml.unclosed_quote",
        2,
        14,
    ),
    ("period: '2022\nreported_by: 'Phòng GD'\nindicators: {}\n", "yaml.unclosed_quote", 1, 9),
    ('a: "abc\n---\n"', "yaml.unclosed_quote", 1, 4),
    # Word's quotes are named, at the first of them.
    ('period: "2022"\nnote: “Lý do: chờ”\n', "yaml.curly_quotes", 2, 7),
    ("note: ‘a: b’\n", "yaml.curly_quotes", 1, 7),
]


@pytest.mark.parametrize(("text", "key", "line", "column"), SYNTAX_CASES)
def test_syntax_errors_are_named_at_the_place_to_fix(
    tmp_path: Path, text: str, key: str, line: int, column: int
) -> None:
    path = write_yaml(tmp_path, "r.yaml", text)
    _, _, findings = read_yaml(path, "r.yaml")
    assert [(f.key, f.line, f.column) for f in findings] == [(key, line, column)]


def test_a_multi_line_quoted_value_is_not_taken_for_an_unclosed_quote(tmp_path: Path) -> None:
    text = 'title: "Kế hoạch\n  thực hiện"\nbad: [1\n'
    path = write_yaml(tmp_path, "r.yaml", text)
    _, _, findings = read_yaml(path, "r.yaml")
    assert [(f.key, f.line) for f in findings] == [("yaml.unclosed_bracket", 3)]


# ---------------------------------------------------------------------------------------------
# The bad-input corpus, in Vietnamese


def test_the_corpus_is_reported_in_our_words(
    data_dir: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    for source in (*BAD_INPUTS.glob("*.yaml"), *write_generated(tmp_path / "g").values()):
        shutil.copyfile(source, data_dir / "progress" / source.name)
    for lang in ("vi", "en"):
        result = run_cli(["check", "--format", "json", "--lang", lang, "--as-of", "2021-08-05"])
        findings = json.loads(result.stdout)["findings"]
        assert len(findings) >= 40
        for finding in findings:
            assert_our_words(finding["message"])
        if lang == "vi":
            syntax = [f for f in findings if f["code"] == "E102"]
            assert syntax and all("lỗi cú pháp YAML ở dòng này" not in f["message"] for f in syntax)


def test_no_message_shows_a_library_placeholder() -> None:
    """No message passes a library's sentence through: no {problem}, no {detail}."""
    for key, entry in MESSAGES.items():
        for text in entry:
            assert "{problem}" not in text and "{detail}" not in text, key


def test_a_value_shown_in_a_message_is_one_short_line(tmp_path: Path) -> None:
    text = "period: |\n  2022\n  " + "x" * 100 + "\n"
    _, findings = load_report(write_yaml(tmp_path, "r.yaml", text), "r.yaml")
    shown = str(findings[0].args["input"])
    assert "\n" not in shown and len(shown) == 60 and shown.endswith("…")


def test_the_old_indicator_groups_mapping_shows_the_new_list_form(tmp_path: Path) -> None:
    from nhanluc_cli.loading.loader import load_plan

    plan = PLAN_FILE.read_text(encoding="utf-8")
    old = 'indicator_groups:\n  a: "Nhóm a"\n'
    text = plan.replace("groups:\n", old + "groups:\n", 1)
    _, findings = load_plan(write_yaml(tmp_path, "plan60.yaml", text), "plan60.yaml")
    assert [f.key for f in findings] == ["schema.groups_renamed"]
    what, fix = message(findings[0].key, "vi", findings[0].args)
    assert "`groups`" in what and "- {id: a, name:" in fix


def test_a_field_name_in_curly_quotes_is_named(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, "r.yaml", 'period: "2022"\n“reported_by”: "Phòng Y tế"\n')
    _, findings = load_report(path, "r.yaml")
    assert [(f.key, f.line, f.column) for f in findings] == [("schema.curly_quotes_key", 2, 1)]
