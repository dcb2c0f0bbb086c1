"""loader: bytes -> text -> plain Python with positions -> models, every problem a finding.

Positions are 1-based (line, column). Each input is written next to its assertions; the lines
of an input are numbered in comments where the test depends on them.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from datetime import date
from pathlib import Path
from string import Formatter
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PLAN_FILE, write_yaml
from nhanluc_cli.checks.catalogue import check_dataset
from nhanluc_cli.findings import CODES, Finding
from nhanluc_cli.i18n import MESSAGES, message
from nhanluc_cli.loading.loader import MAX_BYTES, load_plan, load_report, read_yaml
from nhanluc_cli.loading.yaml_tree import read_text
from nhanluc_cli.plan.sources import LoadedPlan, SourceMap, dotted


def where(findings: list[Finding]) -> list[tuple[str, str, int, int, str]]:
    return [(f.code, f.key, f.line, f.column, f.path) for f in findings]


def report_findings(folder: Path, text: str) -> list[Finding]:
    path = write_yaml(folder, "report.yaml", text)
    report, findings = load_report(path, "report.yaml")
    # No report means findings say why; a report may come with findings when its sound entries
    # were kept for the cross-file checks.
    assert report is not None or findings
    return findings


# ---------------------------------------------------------------------------------------------
# read_text


def test_read_text_strips_a_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_bytes(b"\xef\xbb\xbfperiod: '2022'\n")
    assert read_text(path, "r.yaml") == ("period: '2022'\n", [])


@pytest.mark.parametrize(
    ("data", "key", "line", "column"),
    [
        (b"\xff\xfep\x00:\x00", "file.utf16", 1, 1),
        (b"\xfe\xff\x00p\x00:", "file.utf16", 1, 1),
        # The NUL is the 4th byte of line 2.
        (b"period: '2022'\nab:\x00\n", "file.binary", 2, 4),
        # Windows-1258 "Phòng": o + combining grave (0xCC) is not UTF-8; the 0xCC is column 4.
        (b"a: 1\nPho\xccng: 2\n", "file.not_utf8", 2, 4),
        # A UTF-8 sequence cut short at the end of the file.
        (b"a: \xe1\xbb", "file.not_utf8", 1, 4),
        (b"a: 1\n=======\n", "file.conflict_marker", 2, 1),
        (b"a: 1\n>>>>>>> feature/x\n", "file.conflict_marker", 2, 1),
    ],
)
def test_read_text_refuses_what_is_not_utf8_text(
    tmp_path: Path, data: bytes, key: str, line: int, column: int
) -> None:
    path = tmp_path / "r.yaml"
    path.write_bytes(data)
    text, findings = read_text(path, "r.yaml")
    assert text is None
    assert [(f.code, f.key, f.line, f.column) for f in findings] == [("E101", key, line, column)]


def test_conflict_marker_needs_seven_characters_at_the_line_start(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text("note: |\n  ======= underline\na: '<<<<<<<'\n======\n", encoding="utf-8")
    assert read_text(path, "r.yaml")[1] == []


def test_read_text_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_bytes(b"#" * MAX_BYTES)
    assert read_text(path, "r.yaml")[1] == []
    path.write_bytes(b"#" * (MAX_BYTES + 1))
    text, findings = read_text(path, "r.yaml")
    assert text is None
    assert where(findings) == [("E104", "file.too_large", 1, 1, "")]
    assert findings[0].args["size"] == MAX_BYTES + 1


def test_read_text_unreadable_file_is_a_finding(tmp_path: Path) -> None:
    text, findings = read_text(tmp_path / "missing.yaml", "missing.yaml")
    assert text is None
    assert where(findings) == [("E101", "file.unreadable", 1, 1, "")]
    # A folder named like a report is not read either (test_only_regular_files_are_read).


# ---------------------------------------------------------------------------------------------
# read_yaml: scalars stay text, NFC everywhere, positions kept


def test_scalars_stay_text_for_pydantic_to_read(tmp_path: Path) -> None:
    path = write_yaml(
        tmp_path,
        "r.yaml",
        """
        version: 1.10
        answer: no
        flag: yes
        on: off
        day: 2022-13-01
        count: 007
        empty: null
        tilde: ~
        blank:
        quoted: "7"
        equals: =
        chevrons: <<
        """,
    )
    data, _where, findings = read_yaml(path, "r.yaml")
    assert findings == []
    assert data == {
        "version": "1.10",  # not the float 1.1
        "answer": "no",  # not False (YAML 1.1 booleans)
        "flag": "yes",
        "on": "off",  # keys too
        "day": "2022-13-01",  # not a ValueError without a line
        "count": "007",
        "empty": None,
        "tilde": None,
        "blank": None,
        "quoted": "7",
        "equals": "=",  # PyYAML tags a plain = as !!value: still text
        "chevrons": "<<",  # and a plain << as !!merge: a merge only where it is a key
    }


def test_unquoted_task_key_7_is_the_text_7(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, "r.yaml", "tasks:\n  7: {status: in_progress}\n  2022: x\n")
    data, _where, findings = read_yaml(path, "r.yaml")
    assert findings == []
    assert data == {"tasks": {"7": {"status": "in_progress"}, "2022": "x"}}


def test_keys_and_values_are_normalised_to_nfc(tmp_path: Path) -> None:
    nfd_key = unicodedata.normalize("NFD", "ghi_chú")
    nfd_value = unicodedata.normalize("NFD", "Phòng Giáo dục và Đào tạo")
    assert nfd_value != "Phòng Giáo dục và Đào tạo"  # the input really is decomposed
    path = tmp_path / "r.yaml"
    path.write_text(f'{nfd_key}: "{nfd_value}"\nlist: ["{nfd_value}"]\n', encoding="utf-8")
    data, where_, findings = read_yaml(path, "r.yaml")
    assert findings == []
    assert data == {"ghi_chú": "Phòng Giáo dục và Đào tạo", "list": ["Phòng Giáo dục và Đào tạo"]}
    assert where_ is not None
    assert where_.key_at(("ghi_chú",)) == (1, 1)  # the map is keyed by the NFC form


def test_source_map_knows_values_and_keys(tmp_path: Path) -> None:
    path = write_yaml(
        tmp_path,
        "r.yaml",
        """
        period: "2022"
        indicators:
          hoc_sinh_thcs:
            value: 99.1
        tasks:
          "7@2022": {status: done, completed_on: 2022-12-01}
          list: [a, b]
        """,
    )
    # line 1: period / 2: indicators / 3: hoc_sinh_thcs / 4: value / 5: tasks / 6: "7@2022"
    data, where_, findings = read_yaml(path, "r.yaml")
    assert findings == [] and data is not None and where_ is not None
    assert where_.value_at(("period",)) == (1, 9)
    assert where_.key_at(("period",)) == (1, 1)
    assert where_.value_at(("indicators", "hoc_sinh_thcs", "value")) == (4, 12)
    assert where_.key_at(("indicators", "hoc_sinh_thcs", "value")) == (4, 5)
    assert where_.key_at(("tasks", "7@2022")) == (6, 3)
    assert where_.value_at(("tasks", "7@2022", "status")) == (6, 22)
    assert where_.value_at(("tasks", "list", 1)) == (7, 13)
    # A path that is not in the file falls back to its nearest parent that is.
    assert where_.value_at(("indicators", "hoc_sinh_thcs", "as_of")) == (4, 5)
    assert where_.key_at(("indicators", "nothing", "here")) == (3, 3)
    assert where_.value_at(("nothing",)) == (1, 1)


def test_source_map_defaults() -> None:
    empty = SourceMap("x.yaml")
    assert empty.value_at(("a", 1)) == (1, 1)
    assert empty.key_at(("a",)) == (1, 1)
    assert dotted(("tasks", "7@2022", "status")) == "tasks.7@2022.status"
    assert dotted(("tasks", 3, "deadline")) == "tasks.3.deadline"
    assert dotted(()) == ""


def test_every_duplicate_key_is_reported_with_the_first_line(tmp_path: Path) -> None:
    path = write_yaml(
        tmp_path,
        "r.yaml",
        """
        period: "2022"
        tasks:
          "3": {status: done, status: in_progress}
        period: "2023"
        """,
    )
    data, where_, findings = read_yaml(path, "r.yaml")
    assert data is None and where_ is None
    assert where(findings) == [
        ("E103", "yaml.duplicate_key", 3, 23, "tasks.3.status"),
        ("E103", "yaml.duplicate_key", 4, 1, "period"),
    ]
    assert [f.args["first"] for f in findings] == [3, 1]


@pytest.mark.parametrize(
    ("text", "code", "key", "line", "column"),
    [
        ("", "E201", "file.empty", 1, 1),
        ("# only a comment\n", "E201", "file.empty", 1, 1),
        ("---\n", "E201", "file.empty", 1, 1),
        ("- a\n- b\n", "E201", "schema.root_not_mapping", 1, 1),
        ("\n\njust words\n", "E201", "schema.root_not_mapping", 3, 1),
        ("a: 1\n? [x, y]\n: 2\n", "E201", "schema.key_not_text", 2, 3),
        ("a: &x 1\nb: *x\n", "E104", "yaml.alias", 1, 4),
        ("a: 1\nb: *x\n", "E104", "yaml.alias", 2, 4),  # an alias without its anchor
        ("a: 1\nb:\n  <<: {c: 1}\n", "E104", "yaml.alias", 3, 3),  # a merge key
        ("a: !!binary aGk=\n", "E104", "yaml.tag", 1, 4),
        ("a: !!set {x}\n", "E104", "yaml.tag", 1, 4),
        ("a: !!omap [x: 1]\n", "E104", "yaml.tag", 1, 4),
        ("a: !!python/tuple [1]\n", "E104", "yaml.tag", 1, 4),
        ("? !!python/name:os.system x\n: 1\n", "E104", "yaml.tag", 1, 3),  # on a key
        ("a: !local\n  b: 1\n", "E104", "yaml.tag", 1, 4),
        ("a: 1\nb: [1, 2\n", "E102", "yaml.unclosed_bracket", 2, 4),  # where the bracket opens
        ('a: "x\n\n', "E102", "yaml.unclosed_quote", 1, 4),  # where the quote opens
        ("a: b: c\n", "E102", "yaml.colon_in_value", 1, 5),
        ("a:\n\t- 1\n", "E102", "yaml.tab", 2, 1),
        ("a: \x07\n", "E102", "yaml.control_character", 1, 4),  # a control character is not a tab
        ("a: 1\n---\nb: 2\n", "E102", "yaml.many_documents", 2, 1),
        ("a: " + "[" * 101 + "]" * 101 + "\n", "E104", "yaml.too_deep", 1, 104),
        ("a: " + "[" * 5000 + "]" * 5000 + "\n", "E104", "yaml.too_deep", 1, 1003),
    ],
)
def test_read_yaml_findings(
    tmp_path: Path, text: str, code: str, key: str, line: int, column: int
) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    data, where_, findings = read_yaml(path, "r.yaml")
    assert (data, where_) == (None, None)
    assert [(f.code, f.key, f.line, f.column) for f in findings] == [(code, key, line, column)]


def test_an_alias_bomb_is_refused_before_it_expands(tmp_path: Path) -> None:
    levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for number, name in enumerate("bcdefghij"):
        previous = "abcdefghij"[number]
        levels.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(levels) + "\n", encoding="utf-8")
    _data, _where, findings = read_yaml(path, "bomb.yaml")
    assert where(findings) == [("E104", "yaml.alias", 1, 4, "")]


# ---------------------------------------------------------------------------------------------
# Models: pydantic errors at the line and column of the offending node


def test_missing_top_level_field_is_at_the_file_start(tmp_path: Path) -> None:
    findings = report_findings(tmp_path, "reported_on: 2023-01-15\n")
    assert where(findings) == [("E201", "schema.missing", 1, 1, "period")]
    assert findings[0].args["field"] == "period"


def test_sound_entries_of_a_broken_report_are_kept_for_the_cross_file_checks(
    tmp_path: Path,
) -> None:
    path = write_yaml(
        tmp_path,
        "report.yaml",
        """
        period: "2022"
        indicators:
          hoc_sinh_thcs:
            value: abc
          lao_dong_qua_dao_tao:
            value: 66.5
        tasks:
          "3":
            status: done
        """,
    )
    report, findings = load_report(path, "report.yaml")
    assert [(f.key, f.line) for f in findings] == [
        ("schema.number", 4),
        ("schema.done_needs_date", 9),
    ]
    assert report is not None
    assert list(report.report.indicators) == ["lao_dong_qua_dao_tao"]
    assert report.report.tasks == {}


def test_a_broken_top_level_field_drops_the_whole_report(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, "report.yaml", 'period: "2022-Q5"\nindicators: {}\n')
    report, findings = load_report(path, "report.yaml")
    assert report is None
    assert [f.key for f in findings] == ["schema.period_form"]


def test_unknown_field_is_at_its_key(tmp_path: Path) -> None:
    findings = report_findings(
        tmp_path,
        """
        period: "2022"
        indicators:
          hoc_sinh_thcs:
            value: 99.1
            valeu: 99.1
        """,
    )
    assert where(findings) == [
        ("E201", "schema.extra_forbidden", 5, 5, "indicators.hoc_sinh_thcs.valeu")
    ]


@pytest.mark.parametrize(
    ("line3", "key", "column", "path"),
    [
        ("    value: [1, 2]", "schema.float_type", 12, "indicators.x.value"),
        ("    value: 66.5%", "schema.number", 12, "indicators.x.value"),
        ("    value: true", "schema.number", 12, "indicators.x.value"),
        ("    value: .nan", "schema.number", 12, "indicators.x.value"),
        ("    as_of: 2022-02-30", "schema.impossible_date", 12, "indicators.x.as_of"),
        ("    as_of: 30/02/2022", "schema.impossible_date", 12, "indicators.x.as_of"),
        ("    as_of: [2022]", "schema.date_form", 12, "indicators.x.as_of"),
        ("    assessment: done", "schema.literal_error", 17, "indicators.x.assessment"),
        ("    source: {a: 1}", "schema.string_type", 13, "indicators.x.source"),
        ("    denominator: 0", "schema.zero_denominator", 18, "indicators.x.denominator"),
        ("    numerator: -1", "schema.negative", 16, "indicators.x.numerator"),
    ],
)
def test_wrong_values_are_at_the_value(
    tmp_path: Path, line3: str, key: str, column: int, path: str
) -> None:
    findings = report_findings(tmp_path, f'period: "2022"\nindicators:\n  x:\n{line3}\n')
    found = [(f.key, f.line, f.column, f.path) for f in findings]
    # numerator/denominator alone also break the pair rule: only the first finding is ours.
    assert found[0] == (key, 4, column, path)
    assert {f.code for f in findings} == {"E201"}


def test_wrong_types_of_sections(tmp_path: Path) -> None:
    findings = report_findings(
        tmp_path,
        """
        period: 2022
        indicators:
          - hoc_sinh_thcs
        tasks:
          "3": done
        """,
    )
    assert where(findings) == [
        ("E201", "schema.dict_type", 3, 3, "indicators"),
        ("E201", "schema.model_type", 5, 8, "tasks.3"),
    ]


def test_status_rules_point_at_the_entry(tmp_path: Path) -> None:
    findings = report_findings(
        tmp_path,
        """
        period: "2022"
        tasks:
          "3":
            status: done
          "14":
            note: "   "
            status: cancelled
          "5":
            status: 5
          "6":
            status: in_progress
            completed_on: 2022-01-01
        """,
    )
    assert where(findings) == [
        ("E201", "schema.done_needs_date", 4, 5, "tasks.3"),
        ("E201", "schema.cancelled_needs_note", 6, 5, "tasks.14"),  # a blank note is no note
        ("E201", "schema.literal_error", 9, 13, "tasks.5.status"),
        ("E201", "schema.date_needs_done", 11, 5, "tasks.6"),
    ]


def test_a_valid_report_loads_with_its_values(tmp_path: Path) -> None:
    path = write_yaml(
        tmp_path,
        "2022.yaml",
        """
        period: 2022
        reported_on: 15/01/2023
        indicators:
          lao_dong_qua_dao_tao:
            value: "66,5"
          bac_si_van_dan:
            numerator: 152
            denominator: 148000
          chuyen_gia_dau_nganh:
            assessment: in_progress
          hoc_sinh_thcs:
        tasks:
          7: {status: in_progress}
          "3": {status: done, completed_on: 2022-03-28}
          "4":
        """,
    )
    loaded, findings = load_report(path, "progress/2022.yaml")
    assert findings == [] and loaded is not None
    report = loaded.report
    assert report.period == "2022"
    assert report.reported_on is not None and report.reported_on.isoformat() == "2023-01-15"
    assert report.indicators["lao_dong_qua_dao_tao"] is not None
    assert report.indicators["lao_dong_qua_dao_tao"].value == 66.5
    assert report.indicators["hoc_sinh_thcs"] is None  # null: not reported, and valid
    assert set(report.tasks) == {"7", "3", "4"}
    assert report.tasks["4"] is None
    assert loaded.file == "progress/2022.yaml"
    assert loaded.where.key_at(("tasks", "7")) == (13, 3)


def test_real_plan_loads_without_findings() -> None:
    loaded, findings = load_plan(PLAN_FILE, "data/plan60.yaml")
    assert findings == []
    assert isinstance(loaded, LoadedPlan)
    assert loaded.plan.id == "60/KH-UBND"
    assert [t.id for t in loaded.plan.tasks][:3] == ["III.1", "1", "2"]
    # The source map reaches into the list of tasks by index.
    line, column = loaded.where.value_at(("tasks", 0, "deadline"))
    assert PLAN_FILE.read_text(encoding="utf-8").splitlines()[line - 1][column - 1 :] == (
        '"Hàng năm"'
    )


def test_plan_errors_are_at_their_lines(tmp_path: Path) -> None:
    text = PLAN_FILE.read_text(encoding="utf-8")
    lines = text.splitlines()
    lead = next(i for i, line in enumerate(lines) if line.startswith("    lead: "))
    period = next(i for i, line in enumerate(lines) if line.startswith("period: "))
    lines[period] = "period: {start: 2021, end: 2020}"
    del lines[lead]  # the first task has no lead any more
    path = tmp_path / "plan60.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first_task_line = next(i for i, line in enumerate(lines) if line == '  - id: "III.1"') + 1

    loaded, findings = load_plan(path, "plan60.yaml")

    assert loaded is None
    assert where(findings) == [
        ("E201", "schema.period_order", period + 1, 9, "period"),
        ("E201", "schema.missing", first_task_line, 5, "tasks.0.lead"),
    ]


# ---------------------------------------------------------------------------------------------
# Hypothesis: nothing a user can put in a file makes the loader raise


PLAN_LOADED, _ = load_plan(PLAN_FILE, "plan60.yaml")
assert PLAN_LOADED is not None


@pytest.fixture(scope="session")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for every Hypothesis example (a function-scoped tmp_path would be shared
    across examples anyway, and Hypothesis warns about it)."""
    return tmp_path_factory.mktemp("hypothesis")


def _assert_sane(findings: list[Finding]) -> None:
    """Every finding has a known code, a real place, and words with every placeholder filled."""
    for finding in findings:
        assert finding.code in CODES
        assert finding.line >= 1 and finding.column >= 1
        template = MESSAGES.get(finding.key) or MESSAGES["schema.generic"]
        placeholders = {
            name.split(".")[0].split("[")[0].split(":")[0]
            for part in template
            for _text, name, _spec, _conversion in Formatter().parse(part)
            if name
        }
        assert placeholders <= set(finding.args), (finding.key, finding.args)
        for lang in ("vi", "en"):
            assert message(finding.key, lang, finding.args)[0]


def _load_everything(scratch: Path, data: bytes) -> None:
    path = scratch / "progress.yaml"
    path.write_bytes(data)
    parsed, where_, findings = read_yaml(path, "progress.yaml")
    assert (parsed is None) == bool(findings) == (where_ is None)
    _assert_sane(findings)
    report, findings = load_report(path, "progress.yaml")
    assert (report is None) == bool(findings)
    _assert_sane(findings)
    if report is not None:
        assert PLAN_LOADED is not None
        _assert_sane(check_dataset(PLAN_LOADED, [report]))


FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(scratch: Path, data: bytes) -> None:
    _load_everything(scratch, data)


@FAST
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(scratch: Path, text: str) -> None:
    _load_everything(scratch, text.encode("utf-8"))


@FAST
@given(st.text(alphabet=":-[]{}&*!|>'\"#%@`,?\t\n ab1.~", max_size=200))
def test_yaml_punctuation_soup_never_raises(scratch: Path, text: str) -> None:
    _load_everything(scratch, text.encode("utf-8"))


plain_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.dates().map(str)
)
yamlish = st.recursive(
    plain_scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=10) | st.integers(), children, max_size=4)
    ),
    max_leaves=25,
)


@FAST
@given(yamlish, st.booleans())
def test_arbitrary_yaml_documents_never_raise(scratch: Path, document: Any, unicode: bool) -> None:
    _load_everything(scratch, yaml.safe_dump(document, allow_unicode=unicode).encode("utf-8"))


# Documents shaped like reports, with the real ids and fields and mostly sensible values, so
# that many of them load and the cross-file checks (not only the YAML layer) see odd cases:
# unknown ids, years outside the period, malformed task keys, disagreeing figures, conflicts.
INDICATOR_IDS = [i.id for i in PLAN_LOADED.plan.indicators] + ["khong_co"]
TASK_KEYS = ["III.1", "3", "7", "7@2022", "7@2031", "3@2022", "99", "1@", "@2022", "１", "7@٢٠٢٢"]
odd_values = (
    plain_scalars
    | st.sampled_from(["66,5", "1.234", "-1", "0", "1e3", "2022-13-01", "31/02/2022", "100.01"])
    | st.lists(plain_scalars, max_size=2)
)
days = st.dates(date(2020, 1, 1), date(2027, 12, 31))
figures = (
    st.floats(0, 120, allow_nan=False)
    | st.integers(-1, 20_000)
    | st.sampled_from(["66,5", "99.1", "0,0"])
)
indicator_entry = (
    st.fixed_dictionaries({"value": figures}, optional={"as_of": days, "source": st.text()})
    | st.fixed_dictionaries(
        {"numerator": st.integers(0, 300), "denominator": st.integers(0, 150_000)},
        optional={"value": figures, "as_of": days},
    )
    | st.fixed_dictionaries(
        {"assessment": st.sampled_from(["achieved", "in_progress", "not_achieved"])},
        optional={"as_of": days},
    )
    | st.dictionaries(
        st.sampled_from(["value", "numerator", "denominator", "as_of", "assessment", "x"]),
        odd_values,
        max_size=3,
    )
)
task_entry = (
    st.fixed_dictionaries({"status": st.sampled_from(["not_started", "in_progress", None])})
    | st.fixed_dictionaries({"status": st.just("done"), "completed_on": days})
    | st.fixed_dictionaries({"status": st.just("cancelled"), "note": st.text(max_size=8)})
    | st.dictionaries(
        st.sampled_from(["status", "completed_on", "product_ref", "note", "y"]),
        odd_values | st.sampled_from(["not_started", "in_progress", "done", "cancelled"]),
        max_size=3,
    )
)
reportish = st.fixed_dictionaries(
    {
        # Valid periods most of the time (one branch in three is odd), so that reports load.
        "period": st.sampled_from(["2021", "2022", "2022-Q1", "2022-H2", "2023-07", 2025])
        | st.sampled_from(["2022", "2023", "2024-Q4"])
        | st.sampled_from(["2022-13", "1899", "2022-Q5", "２０２２"])
        | plain_scalars,
        "indicators": st.dictionaries(
            st.sampled_from(INDICATOR_IDS), st.none() | indicator_entry, max_size=4
        ),
        "tasks": st.dictionaries(st.sampled_from(TASK_KEYS), st.none() | task_entry, max_size=4),
    },
    optional={"reported_on": days, "reported_by": st.text(max_size=10)},
)


@FAST
@given(st.lists(reportish, min_size=1, max_size=3))
def test_report_shaped_documents_never_raise(
    scratch: Path, documents: list[dict[str, Any]]
) -> None:
    # Several reports at once reach the conflict check.
    reports = []
    for number, document in enumerate(documents):
        path = scratch / f"report-{number}.yaml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        report, findings = load_report(path, path.name)
        assert report is not None or findings
        _assert_sane(findings)
        if report is not None:
            reports.append(report)
    assert PLAN_LOADED is not None
    _assert_sane(check_dataset(PLAN_LOADED, reports))


@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_only_regular_files_are_read(tmp_path: Path, kind: str) -> None:
    """A link to /dev/zero or a FIFO named *.yaml reports size 0: reading it would never end."""
    if kind != "folder" and sys.platform == "win32":
        pytest.skip("no /dev/zero and no FIFOs on Windows")
    path = tmp_path / "x.yaml"
    if kind == "device":
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.mkdir()
    text, findings = read_text(path, "x.yaml")
    assert text is None
    assert [(f.code, f.key) for f in findings] == [("E101", "file.not_regular")]
