"""Fuzz soak: Hypothesis-made plans, reports and byte strings through the loader and `check`.

    .venv/bin/python fuzz/soak.py [--examples 10000] [--seed 7] [--replay fuzz/crashes/ID]

Each example writes a data folder (a plan and one to three progress files) and runs, in this
process, what `nhanluc check` runs: dataset.load_dataset, as_of.status_findings when the data
is clean, and every output format of the findings in both languages. A crash is an exception
escaping any of them, or a broken promise of the contract:

- every finding has a known code, a file of the folder, a line and column of at least 1, and
  a line that is in the file;
- every text loaded is in Unicode NFC (contract §1);
- a sound progress file is read whatever its neighbours hold (contract §5);
- the JUnit output is well-formed XML and the JSON output is valid JSON;
- loading through the cache of validated files, filling it and then from it, gives the same
  findings (places and arguments included) and models as loading without it.

The soak goes on after a crash: each distinct crash (exception type and the nhanluc line that
raised it) is kept once, its smallest input saved under fuzz/crashes/ID/ with a command that
replays it. Exit 1 when there was a crash. The normal test suite runs the same soak on a hundred
examples (tests/test_fuzz_short.py).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import hashlib
import json
import shutil
import sys
import tempfile
import time
import traceback
import unicodedata
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

from nhanluc_cli.checks.as_of import status_findings, trusted_status_findings
from nhanluc_cli.findings import CODES, Finding, sort_findings
from nhanluc_cli.plan.deadlines import parse_deadline
from nhanluc_cli.render import ci
from nhanluc_cli.render.findings import render_json, render_text
from nhanluc_cli.store.by_subject import as_of_findings
from nhanluc_cli.store.cache import FileCache
from nhanluc_cli.store.dataset import load_dataset
from nhanluc_cli.store.workspace import locate

REPO = Path(__file__).resolve().parents[1]
PLAN_PATH = REPO / "data" / "plan60.yaml"
PLAN_TEXT = PLAN_PATH.read_text(encoding="utf-8")


class _BoolsAsText(yaml.SafeLoader):
    """PyYAML's safe loader without YAML 1.1 booleans: the plan's `ended: {on: ...}` would load
    as the key True and be written back as `true:`, breaking every mutated plan (found when
    E210 never occurred in a soak of plans with rewritten deadlines). nhanluc reads every
    scalar as text anyway."""


_BoolsAsText.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
PLAN_DATA: dict[str, Any] = yaml.load(PLAN_TEXT, Loader=_BoolsAsText)
INDICATOR_IDS = [i["id"] for i in PLAN_DATA["indicators"]]
TASK_IDS = [str(t["id"]) for t in PLAN_DATA["tasks"]]
CRASH_DIR = Path(__file__).resolve().parent / "crashes"


def _valid_reports() -> list[str]:
    """A dozen sound reports from the benchmark generator: the neighbours of fuzzed files."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import generate  # type: ignore[import-not-found]  # benchmarks/generate.py

    plan = yaml.safe_load(PLAN_TEXT)  # only to be sure the plan parses before we start
    assert plan
    with tempfile.TemporaryDirectory() as folder:
        generate.generate(Path(folder), 12, 7, PLAN_PATH, force=True)
        return [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("progress/*"))]


VALID_REPORTS = _valid_reports()

# ---------------------------------------------------------------------------------------------
# Strategies

# Plain YAML tokens that PyYAML, pydantic or our own parsers read in surprising ways.
# fmt: off
TRICKY_TOKENS = [
    '', '~', 'null', 'NULL', 'yes', 'No', 'on', 'off', 'true', '0', '-0', '1.10', '1_000',
    '0x1F', '0o17', '1e3', '-1e400', '.inf', '-.inf', '.nan', '66,5', '1.234', '1,234.5',
    '99.99', '100', '100.01', '-5', '2022', '2022-13-01', '2022-02-29', '2024-02-29',
    '31/02/2022', '1/1/2022', '2022-01-01T10:00:00', '2022-01-01 10:00:00+07:00', '12:30:00',
    '=', '<<', 'Quý I/2022', 'quý 5/2022', 'Tháng 13/2022', 'Hằng năm', 'hàng năm.',
    '6 tháng cuối năm 2023', '2022-Q1', '2022-Q5', '2022-H3', '2022-00', '2022-12', '1899',
    '2200', '٢٠٢٢', '２０２２', '7@2022', '7@1999', '3@2022', 'III.1@2025', '7@', '@2022', 'done',
    'in_progress', 'late', 'achieved', 'Cơ quan Tổ chức - Nội vụ', 'Đ', 'Ạ', '\xa0', "'quoted'",
    '"dq"', '[]', '{}', '[1, 2]', '{a: 1}', '!!str 5', '!!int x', '!!python/object:os.system x',
    '!custom x', '&anchor x', '*alias', '|', '>', '- x', '? x', '%TAG', '@x', '`x`', '#comment',
]
TRICKY_BYTES = [
    b'\t', b'\x00', b'\r', b'\r\n', b'\xff', b'\xc3', b'\xe1\xba', b'\xef\xbb\xbf', b'\xfe\xff',
    b"'", b'"', b'{', b'[', b'}', b']', b': ', b'- ', b'\n', b'  ', b'---\n', b'...\n', b'&a ',
    b'*a', b'!!python/object/apply:os.system ', b'<<<<<<< HEAD\n', b'=======\n',
    b'>>>>>>> main\n', b'%YAML 1.1\n', b'? ', b'<<: *a\n', b'\\', b'#', b'\xe2\x80\xa8',
]
# fmt: on

text_values = st.text(max_size=30)
scalars: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    text_values,
    st.dates(date(1, 1, 1), date(9999, 12, 31)),
    st.sampled_from(TRICKY_TOKENS),
)
junk: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.one_of(text_values, st.sampled_from(TRICKY_TOKENS)), children, max_size=4
        ),
    ),
    max_leaves=8,
)


def sometimes(valid: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a value of the right kind, now and then anything at all."""
    return st.one_of(valid, valid, valid, junk)


periods = st.one_of(
    st.builds(
        lambda y, p: f"{y}{p}",
        st.integers(2019, 2027),
        st.sampled_from(["", "-Q1", "-Q4", "-H1", "-H2", "-01", "-06", "-12"]),
    ),
    st.sampled_from(TRICKY_TOKENS),
)
days = st.dates(date(2019, 1, 1), date(2031, 12, 31))
numbers = st.one_of(
    st.floats(-10, 200, allow_nan=False), st.integers(0, 200_000), st.sampled_from(["66,5"])
)
indicator_entries = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {},
        optional={
            "value": sometimes(numbers),
            "numerator": sometimes(numbers),
            "denominator": sometimes(st.one_of(numbers, st.just(0))),
            "as_of": sometimes(days),
            "source": sometimes(text_values),
            "assessment": sometimes(st.sampled_from(["achieved", "in_progress", "not_achieved"])),
            "note": sometimes(text_values),
            "extra": junk,
        },
    ),
    junk,
)
task_keys = st.one_of(
    st.sampled_from(TASK_IDS),
    st.builds(lambda t, y: f"{t}@{y}", st.sampled_from(TASK_IDS), st.integers(2018, 2028)),
    st.sampled_from(TRICKY_TOKENS),
    text_values,
)
task_entries = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {},
        optional={
            "status": sometimes(
                st.sampled_from(["not_started", "in_progress", "done", "cancelled"])
            ),
            "completed_on": sometimes(days),
            "product_ref": sometimes(text_values),
            "note": sometimes(text_values),
            "extra": junk,
        },
    ),
    junk,
)
report_documents = st.fixed_dictionaries(
    {},
    optional={
        "period": sometimes(periods),
        "reported_on": sometimes(days),
        "reported_by": sometimes(text_values),
        "indicators": sometimes(
            st.dictionaries(
                st.one_of(st.sampled_from(INDICATOR_IDS), text_values),
                indicator_entries,
                max_size=8,
            )
        ),
        "tasks": sometimes(st.dictionaries(task_keys, task_entries, max_size=8)),
        "unknown_field": junk,
    },
)


# Tame reports: every entry of the right kind, so that the data is often clean and the as-of
# checks (tracking, indicator progress) run on arbitrary but sound figures and statuses.
QUALITATIVE = {i["id"] for i in PLAN_DATA["indicators"] if i["target"]["kind"] == "qualitative"}
RECURRING = {
    str(t["id"])
    for t in PLAN_DATA["tasks"]
    if (d := parse_deadline(t["deadline"])) is not None and d.recurring
}
plan_days = st.dates(date(2021, 1, 1), date(2026, 12, 31))


@st.composite
def tame_indicator(draw: st.DrawFn, indicator_id: str) -> dict[str, Any] | None:
    entry: dict[str, Any] = {}
    if indicator_id in QUALITATIVE:
        entry["assessment"] = draw(st.sampled_from(["achieved", "in_progress", "not_achieved"]))
    elif draw(st.booleans()):
        entry["value"] = draw(st.floats(0, 100).map(lambda x: round(x, 2)))
    else:
        denominator = draw(st.integers(1, 200_000))
        entry["numerator"] = draw(st.integers(0, denominator))
        entry["denominator"] = denominator
    if draw(st.booleans()):
        entry["as_of"] = draw(plan_days)
    if draw(st.integers(0, 4)) == 0:
        entry["explanation"] = draw(st.text(min_size=1, max_size=20).filter(str.strip))
    chosen: dict[str, Any] | None = draw(st.sampled_from([entry, entry, entry, None]))
    return chosen  # now and then null: "not reported"


AGENCY_IDS = [a["id"] for a in PLAN_DATA.get("agencies", [])]
short_text = st.text(min_size=1, max_size=20).filter(str.strip)


@st.composite
def tame_task(draw: st.DrawFn) -> dict[str, Any]:
    status = draw(
        st.sampled_from(["not_started", "in_progress", "done", "cancelled", "transferred"])
    )
    entry: dict[str, Any] = {"status": status}
    if status == "done":
        entry["completed_on"] = draw(plan_days)
    if status == "cancelled" or draw(st.booleans()):
        entry["note"] = draw(short_text)
    # The lifecycle fields (contract §9): an extension with its basis, an explanation, a
    # transfer with its successors and day; now and then one without what it needs.
    if draw(st.integers(0, 4)) == 0:
        entry["extended_to"] = draw(plan_days)
        if draw(st.integers(0, 5)):
            entry["basis"] = draw(short_text)
    if draw(st.integers(0, 4)) == 0:
        entry["explanation"] = draw(short_text)
    if status == "transferred" and draw(st.integers(0, 5)):
        entry["to"] = draw(st.lists(st.sampled_from(AGENCY_IDS or ["x"]), min_size=1, max_size=2))
        entry["transferred_on"] = draw(plan_days)
    return entry


@st.composite
def tame_reports(draw: st.DrawFn) -> bytes:
    year = draw(st.integers(2021, 2025))
    part = draw(st.sampled_from(["", "-Q1", "-Q2", "-Q3", "-Q4", "-H1", "-H2", "-06", "-12"]))
    document: dict[str, Any] = {"period": f"{year}{part}"}
    if draw(st.booleans()):
        document["reported_on"] = draw(plan_days)
    ids = draw(st.lists(st.sampled_from(INDICATOR_IDS), unique=True, max_size=len(INDICATOR_IDS)))
    document["indicators"] = {i: draw(tame_indicator(i)) for i in ids}
    tasks = draw(st.lists(st.sampled_from(TASK_IDS), unique=True, max_size=len(TASK_IDS)))
    document["tasks"] = {
        (f"{t}@{draw(st.integers(2021, 2025))}" if t in RECURRING else t): draw(tame_task())
        for t in tasks
    }
    return dump(document, draw(st.booleans()))


def dump(document: Any, flow: bool) -> bytes:
    return yaml.safe_dump(
        document, allow_unicode=True, sort_keys=False, default_flow_style=flow
    ).encode("utf-8")


@st.composite
def structured_reports(draw: st.DrawFn) -> bytes:
    return dump(draw(report_documents), draw(st.booleans()))


@st.composite
def plain_reports(draw: st.DrawFn) -> bytes:
    """A report written by hand with unquoted tokens, as people type YAML."""
    token = st.sampled_from(TRICKY_TOKENS)
    lines = [f"period: {draw(token)}", f"reported_on: {draw(token)}", "indicators:"]
    for _ in range(draw(st.integers(0, 4))):
        lines.append(f"  {draw(st.sampled_from(INDICATOR_IDS))}:")
        for name in draw(
            st.lists(
                st.sampled_from(
                    ["value", "numerator", "denominator", "as_of", "assessment", "note"]
                ),
                max_size=4,
            )
        ):
            lines.append(f"    {name}: {draw(token)}")
    lines.append("tasks:")
    for _ in range(draw(st.integers(0, 4))):
        lines.append(f"  {draw(task_keys.filter(lambda k: chr(10) not in k))!r}:".replace("'", '"'))
        for name in draw(st.lists(st.sampled_from(["status", "completed_on", "note"]), max_size=3)):
            lines.append(f"    {name}: {draw(token)}")
    return "\n".join(lines).encode("utf-8", errors="surrogatepass")


@st.composite
def mutated_bytes(draw: st.DrawFn, base: bytes) -> bytes:
    """`base` with a few bytes flipped, inserted, deleted or cut, or in another encoding."""
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["insert", "insert", "flip", "delete", "cut"]))
        if action == "insert":
            data[at:at] = draw(st.one_of(st.sampled_from(TRICKY_BYTES), st.binary(max_size=4)))
        elif action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 8))]
        else:
            del data[at:]
    encoding = draw(st.sampled_from(["keep"] * 8 + ["utf-16", "cp1258", "nfd", "latin-1"]))
    if encoding == "keep":
        return bytes(data)
    text = bytes(data).decode("utf-8", errors="replace")
    if encoding == "nfd":
        return unicodedata.normalize("NFD", text).encode("utf-8")
    return text.encode(encoding, errors="replace")


# Deadline wordings (issue 16): those of the real plan, their neighbours as officials write
# them, and near misses the parser must refuse with E210 rather than misread.
deadline_wordings = st.one_of(
    st.sampled_from(
        [
            "Hàng năm",
            "Hằng năm",
            "hàng năm",
            "Thường xuyên hàng năm",
            "Thường xuyên",
            "Tháng 12 hàng năm",
            "Tháng 6 hằng năm",
            "Trong năm 2021",
            "Năm 2023",
            "Quý I/2022",
            "Quý IV/2021",
            "quý 2/2022",
            "Quý V/2022",
            "Quý I/22",
            "6 tháng đầu năm 2022",
            "6 tháng cuối năm hàng năm",
            "Trước ngày 15/12 hàng năm",
            "Trước ngày 30/6/2022",
            "Trước ngày 31/02/2022",
            "Tháng 13/2022",
            "2021-2025",
            "Giai đoạn 2021 - 2025",
            "",
        ]
    ),
    st.builds(
        lambda kind, n, y: f"{kind} {n}/{y}",
        st.sampled_from(["Quý", "Tháng", "quý", "Trước tháng"]),
        st.sampled_from(["I", "II", "III", "IV", "1", "6", "12", "0", "XIII"]),
        st.integers(2019, 2027),
    ),
    text_values,
)


@st.composite
def mutated_plans(draw: st.DrawFn) -> bytes:
    """The real plan with a few of its values replaced, removed or duplicated."""
    plan = copy.deepcopy(PLAN_DATA)
    # Half the plans have only their deadlines rewritten: otherwise another mutation nearly
    # always breaks the plan first, and the deadline checks (E210, tracking) never see them.
    only_deadlines = draw(st.booleans())
    for _ in range(draw(st.integers(1, 4))):
        if only_deadlines:
            task = draw(st.sampled_from(plan["tasks"]))
            task["deadline"] = draw(deadline_wordings)
            continue
        node: Any = plan
        for _depth in range(draw(st.integers(0, 3))):  # walk down to a dict or list
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            inner = [k for k in keys if isinstance(node[k], dict | list) and node[k]]
            if not inner:
                break
            node = node[draw(st.sampled_from(sorted(inner, key=str)))]
        if not node:
            continue
        key: Any = (
            draw(st.sampled_from(sorted(node, key=str)))
            if isinstance(node, dict)
            else draw(st.integers(0, len(node) - 1))
        )
        action = draw(st.sampled_from(["replace", "replace", "delete", "duplicate", "deadline"]))
        if action == "deadline":  # a task's deadline rewritten: the wordings officials use
            # An earlier mutation may have made `tasks` anything: a list is sampled, else skipped.
            tasks = plan.get("tasks")
            task = draw(st.sampled_from(tasks)) if isinstance(tasks, list) and tasks else None
            if isinstance(task, dict):
                task["deadline"] = draw(deadline_wordings)
        elif action == "replace":
            node[key] = draw(junk)
        elif action == "delete":
            del node[key]
        elif isinstance(node, list):
            node.append(copy.deepcopy(node[key]))
    return dump(plan, flow=False)


PLAN_BYTES = PLAN_TEXT.encode("utf-8")
report_bytes = st.one_of(
    tame_reports(),
    tame_reports(),
    structured_reports(),
    plain_reports(),
    st.sampled_from(VALID_REPORTS).map(str.encode).flatmap(lambda b: mutated_bytes(b)),
    st.binary(max_size=600),
)


@dataclass(frozen=True)
class Case:
    kind: str
    plan: bytes | None  # None: the real plan
    reports: tuple[bytes, ...]  # fuzzed ones first, then sound ones
    sound: int  # how many of the reports (at the end) are sound ones
    as_of: date
    soon: int


@st.composite
def cases(draw: st.DrawFn) -> Case:
    kind = draw(st.sampled_from(["report", "report", "report", "plan", "plan bytes", "both"]))
    plan: bytes | None = None
    if kind in ("plan", "both"):
        plan = draw(mutated_plans())
    elif kind == "plan bytes":
        plan = draw(st.one_of(mutated_bytes(PLAN_BYTES), st.binary(max_size=300)))
    fuzzed = draw(st.lists(report_bytes, min_size=1 if kind != "plan" else 0, max_size=2))
    sound = draw(st.lists(st.sampled_from(VALID_REPORTS), max_size=2, unique=True))
    return Case(
        kind,
        plan,
        (*fuzzed, *(s.encode("utf-8") for s in sound)),
        len(sound),
        draw(days),
        draw(st.integers(0, 400)),
    )


# ---------------------------------------------------------------------------------------------
# Running one case


class Broken(Exception):
    """A promise of the contract not kept (no exception was raised by nhanluc itself)."""


def write_case(root: Path, case: Case) -> list[str]:
    """The data folder of `case` under root/data; the progress files' display names."""
    data = root / "data"
    shutil.rmtree(data, ignore_errors=True)
    (data / "progress").mkdir(parents=True)
    (data / "plan60.yaml").write_bytes(PLAN_BYTES if case.plan is None else case.plan)
    names = []
    for index, content in enumerate(case.reports):
        name = f"data/progress/{index:02d}.yaml"
        (root / name).write_bytes(content)
        names.append(name)
    return names


def strings_in(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_in(key)
            yield from strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings_in(item)


def count_lines(path: Path) -> int:
    """Lines as an editor shows them (at least one, even in an empty file)."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    return max(1, len(text.splitlines()))


def run_case(root: Path, case: Case, tally: Counter[str]) -> None:
    """Everything `nhanluc check` does with the folder, in every format; raises on a crash."""
    names = write_case(root, case)
    workspace = locate(root / "data", None, root)
    dataset = load_dataset(workspace, root)
    # With the cache on (contract §13): filling it and reading from it must change nothing.
    # The cache folder sits beside the data folder and lives for the whole soak, so that
    # files shared by examples (the real plan, repeated reports) are hits too.
    as_of_whole: list[Finding] = []
    if dataset.plan is not None:
        as_of_whole = trusted_status_findings(
            dataset.plan, dataset.reports, dataset.findings, case.as_of, case.soon
        )
    for _ in range(2):
        cached = load_dataset(workspace, root, FileCache(root / "cache"))
        if [(f, f.args, f.where) for f in cached.findings] != [
            (f, f.args, f.where) for f in dataset.findings
        ] or [r.report for r in cached.reports] != [r.report for r in dataset.reports]:
            raise Broken("the cache changed what loading the folder gives")
        # The as-of checks as `check` runs them through the cache: by subject (incremental.py).
        if cached.plan is not None:
            by_subject = as_of_findings(cached, case.as_of, case.soon)
            if [(f, f.args, f.where) for f in sort_findings(by_subject)] != [
                (f, f.args, f.where) for f in sort_findings(as_of_whole)
            ]:
                raise Broken("the as-of checks by subject differ from the whole ones")
    findings = list(dataset.findings)
    if dataset.plan is not None and not dataset.has_data_errors:
        findings += status_findings(dataset.plan, dataset.reports, case.as_of, case.soon)
        tally["clean data"] += 1
    ordered = sort_findings(findings)
    files = {"data/plan60.yaml", *names}
    line_counts: dict[str, int] = {}
    for finding in ordered:
        tally[finding.code] += 1
        if finding.code not in CODES or finding.line < 1 or finding.column < 1:
            raise Broken(f"finding without a code or place: {finding}")
        if finding.file not in files:
            raise Broken(f"finding about a file that is not there: {finding}")
        if finding.line > line_counts.setdefault(finding.file, count_lines(root / finding.file)):
            raise Broken(f"finding past the end of its file: {finding}")
    loaded = [r.report for r in dataset.reports] + ([dataset.plan.plan] if dataset.plan else [])
    for model in loaded:
        for text in strings_in(model.model_dump()):
            if not unicodedata.is_normalized("NFC", text):
                raise Broken(f"text not in NFC after loading: {text!r}")
    if case.plan is None:
        read = {report.file for report in dataset.reports}
        for name in names[len(names) - case.sound :] if case.sound else []:
            if name not in read:
                raise Broken(f"sound report {name} was not read next to broken ones")
    for lang in ("vi", "en"):
        render_text(ordered, lang)
        json.loads(render_json(ordered, lang))
        ci.render("github", ordered, lang)
        ElementTree.fromstring(ci.render("junit", ordered, lang))


# ---------------------------------------------------------------------------------------------
# The soak


@dataclass
class Crash:
    error: str
    where: str
    case: Case
    trace: str
    count: int = 1


@dataclass
class Soak:
    root: Path
    tally: Counter[str] = field(default_factory=Counter)
    crashes: dict[tuple[str, str], Crash] = field(default_factory=dict)

    def one(self, case: Case) -> None:
        self.tally[f"kind: {case.kind}"] += 1
        try:
            run_case(self.root, case, self.tally)
        except Exception as error:  # a crash is what we are looking for
            self.record(case, error)

    def record(self, case: Case, error: Exception) -> None:
        frames = traceback.extract_tb(error.__traceback__)
        ours = [f for f in frames if "nhanluc_cli" in f.filename] or frames
        where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
        key = (type(error).__name__, where)
        size = len(case.plan or b"") + sum(map(len, case.reports))
        known = self.crashes.get(key)
        if known is None or size < len(known.case.plan or b"") + sum(map(len, known.case.reports)):
            count = known.count + 1 if known else 1
            self.crashes[key] = Crash(
                f"{type(error).__name__}: {error}"[:500], where, case, traceback.format_exc(), count
            )
        else:
            known.count += 1


def save(crash: Crash, folder: Path) -> Path:
    digest = hashlib.sha1(f"{crash.error.split(':')[0]}{crash.where}".encode()).hexdigest()[:10]
    target = folder / digest
    shutil.rmtree(target, ignore_errors=True)
    (target / "progress").mkdir(parents=True)
    (target / "plan60.yaml").write_bytes(PLAN_BYTES if crash.case.plan is None else crash.case.plan)
    for index, content in enumerate(crash.case.reports):
        (target / "progress" / f"{index:02d}.yaml").write_bytes(content)
    meta = {
        "error": crash.error,
        "where": crash.where,
        "as_of": crash.case.as_of.isoformat(),
        "soon": crash.case.soon,
        "kind": crash.case.kind,
        "sound": crash.case.sound,
        "trace": crash.trace,
    }
    (target / "crash.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2))
    return target


def soak(examples: int, seed: int, root: Path) -> Soak:
    """Run `examples` generated cases; never stops at a crash."""
    state = Soak(root)

    @hypothesis_seed(seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],  # nothing to shrink: crashes are caught and kept, not raised
        suppress_health_check=list(HealthCheck),
    )
    @given(cases())
    def explore(case: Case) -> None:
        state.one(case)

    explore()
    return state


def replay(folder: Path) -> int:
    meta = json.loads((folder / "crash.json").read_text())
    reports = tuple(p.read_bytes() for p in sorted((folder / "progress").glob("*.yaml")))
    plan = (folder / "plan60.yaml").read_bytes()
    case = Case(
        meta["kind"],
        None if plan == PLAN_BYTES else plan,
        reports,
        meta["sound"],
        date.fromisoformat(meta["as_of"]),
        meta["soon"],
    )
    with tempfile.TemporaryDirectory() as scratch, contextlib.chdir(scratch):
        run_case(Path(scratch), case, Counter())  # raises the crash again, with its traceback
    print("no crash: fixed")
    return 0


def report(state: Soak, seconds: float, out: Callable[[str], None] = print) -> None:
    total = sum(v for k, v in state.tally.items() if k.startswith("kind: "))
    out(f"{total} examples in {seconds:.0f} s")
    kinds = {k[6:]: v for k, v in state.tally.items() if k.startswith("kind: ")}
    out("  by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out(f"  data clean enough for the as-of checks: {state.tally['clean data']}")
    codes = {k: v for k, v in state.tally.items() if k in CODES}
    out("  findings: " + ", ".join(f"{k} {v}" for k, v in sorted(codes.items())))
    every = sum(crash.count for crash in state.crashes.values())
    out(f"  crashes: {len(state.crashes)} distinct, {every} in all")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fuzz soak of the loader and `nhanluc check`.")
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--replay", type=Path, metavar="CRASH_DIR")
    parser.add_argument("--crashes", type=Path, default=CRASH_DIR, help="where crashes are saved")
    args = parser.parse_args(argv)
    if args.replay:
        return replay(args.replay)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch, contextlib.chdir(scratch):
        # Findings name files relative to the current folder, and the text output reads the
        # offending line back from there.
        state = soak(args.examples, args.seed, Path(scratch))
    report(state, time.perf_counter() - started)
    for crash in state.crashes.values():
        saved = save(crash, args.crashes)
        print(f"\nCRASH x{crash.count} {crash.error}\n  at {crash.where}; replay:")
        print(f"  .venv/bin/python fuzz/soak.py --replay {saved}")
    return 1 if state.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
