"""The checks across reports, remembered per subject (incremental.py, parts.py).

What matters most: a warm run after any edit prints the bytes of a run without the cache. The
random edits below change values in place, move lines, delete and copy reports and edit the
plan, and compare every time; the other tests pin the pieces that exactness rests on.
"""

from __future__ import annotations

import os
import random
import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import BAD_INPUTS, REPO, RunCli
from nhanluc_cli.checks import catalogue as checks
from nhanluc_cli.loading.loader import report_spans_from_bytes
from nhanluc_cli.loading.parts import (
    ENTRY_SECTIONS,
    HEADER,
    narrowed,
    narrowed_from_rest,
    narrowed_many_from_rest,
    report_parts,
    subject_name,
    subject_of_key,
)
from nhanluc_cli.plan.model import Report
from nhanluc_cli.store.by_subject import as_of_findings
from nhanluc_cli.store.cache import FileCache
from nhanluc_cli.store.dataset import load_dataset
from nhanluc_cli.store.tally import TALLY
from nhanluc_cli.store.workspace import locate

DEMO = REPO / "examples" / "demo"
AS_OF = "2024-09-30"


def outcome(run_cli: RunCli, args: list[str], cache: Path | None) -> tuple[int, bytes, bytes]:
    env = {"NHANLUC_CACHE_DIR": str(cache)} if cache else {"NHANLUC_NO_CACHE": "1"}
    result = run_cli([*args, "--as-of", AS_OF], env=env)
    return result.exit_code, result.stdout_bytes, result.stderr_bytes


def demo_reports() -> list[Path]:
    return sorted((DEMO / "progress").glob("*.yaml"))


def test_the_header_is_every_field_of_a_report_but_its_entries() -> None:
    """A field added to Report must be carried by the parts too, or narrowing would drop it."""
    assert set(Report.model_fields) == {*HEADER, *ENTRY_SECTIONS}


def test_many_rests_narrowed_at_once_are_each_narrowed_alone() -> None:
    """narrowed_many_from_rest (every head and every piece decoded in one go) gives what
    narrowed_from_rest gives report by report; a rest that is not one makes it raise, so that
    the caller narrows them one at a time and finds which."""
    items = []
    for path in demo_reports():
        loaded, _, spans = report_spans_from_bytes(path.read_bytes(), path.name)
        assert loaded is not None
        parts = report_parts(loaded.report, spans)
        items.append((parts.names, parts.rest))
    every_name = sorted({name for names, _ in items for name in names})
    for wanted in (
        frozenset(every_name[:1]),
        frozenset(every_name[::3]),
        frozenset(every_name),
        frozenset({"tno-such-task"}),
    ):
        alone = [narrowed_from_rest(names, rest, wanted) for names, rest in items]
        assert narrowed_many_from_rest(items, wanted) == alone
    names, rest = items[0]
    head, body = rest.split(b"\n", 1)
    for spoilt in (head + b"]\n" + body, b"[" + head + b"\n" + body, rest + b" ", b"no head"):
        with pytest.raises((ValueError, TypeError, LookupError)):
            narrowed_many_from_rest([*items[1:], (names, spoilt)], frozenset(every_name))


@pytest.mark.parametrize("path", demo_reports(), ids=lambda path: path.name)
def test_a_narrowed_report_holds_exactly_its_entries_about_the_subjects(path: Path) -> None:
    loaded, findings, spans = report_spans_from_bytes(path.read_bytes(), path.name)
    assert loaded is not None and not findings
    report = loaded.report
    parts = report_parts(report, spans)
    names = parts[0]
    assert names, "the demo's reports speak of tasks and indicators"
    for name in names:
        alone = narrowed(report, frozenset({name}))
        from_rest = narrowed_from_rest(parts.names, parts.rest, frozenset({name}))
        assert from_rest == alone
        for section in ENTRY_SECTIONS:
            for key, entry in getattr(from_rest, section).items():
                if entry is not None:
                    assert entry.model_fields_set == getattr(report, section)[key].model_fields_set
        assert [getattr(alone, field) for field in HEADER] == [getattr(report, f) for f in HEADER]
        for section in ENTRY_SECTIONS:
            original = getattr(report, section)
            expected = {
                key: entry
                for key, entry in original.items()
                if (subject := subject_of_key(section, key)) and subject_name(subject) == name
            }
            assert getattr(alone, section) == expected
            for key, entry in getattr(alone, section).items():
                if entry is not None:
                    assert entry.model_fields_set == original[key].model_fields_set
    whole = narrowed(report, frozenset(names))
    assert whole.tasks == report.tasks and whole.indicators == report.indicators


REPORT = """\
period: "2023"
reported_on: 2024-01-10
indicators:
  a:
    value: 10
  b:
    value: 20
tasks:
  "1":
    status: in_progress
  "2@2023":
    status: not_started
"""


def digests(text: str) -> dict[tuple[str, str], bytes]:
    _, _, spans = report_spans_from_bytes(text.encode(), "r.yaml")
    return {(span.section, span.key): span.digest for span in spans.entries}


def test_an_entry_digest_is_its_text_and_its_place() -> None:
    before = digests(REPORT)
    assert set(before) == {
        ("indicators", "a"),
        ("indicators", "b"),
        ("tasks", "1"),
        ("tasks", "2@2023"),
    }
    # A value edited in place: that entry only.
    edited = digests(REPORT.replace("value: 20", "value: 21"))
    assert [k for k in before if before[k] != edited[k]] == [("indicators", "b")]
    # A line added inside an entry moves every entry after it, whose findings would move too.
    longer = digests(REPORT.replace("value: 10\n", "value: 10\n    note: x\n"))
    assert [k for k in before if before[k] != longer[k]] == [
        ("indicators", "a"),
        ("indicators", "b"),
        ("tasks", "1"),
        ("tasks", "2@2023"),
    ]
    # The same text one column to the right is another place.
    assert digests(REPORT.replace("  a:\n    value: 10", "  a:\n     value: 10")) != before


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_an_entry_digest_covers_its_last_character_after_vietnamese_text(newline: str) -> None:
    """Marks count characters, not bytes: a slip here would hash the wrong text, and an edit at
    the end of an entry after multi-byte letters would go unseen."""
    text = REPORT.replace(
        "reported_on: 2024-01-10\n", 'reported_on: 2024-01-10\nreported_by: "Ủy ban nhân dân xã"\n'
    ).replace("value: 10\n", 'value: 10\n    note: "Đã rà soát, tổng hợp"\n')
    text = text.replace("\n", newline)
    before = digests(text)
    for old, new, changed in (
        ("tổng hợp", "tổng hợq", ("indicators", "a")),
        ("value: 20", "value: 29", ("indicators", "b")),
        ("not_started", "not_startee", ("tasks", "2@2023")),
    ):
        after = digests(text.replace(old, new))
        assert [key for key in before if before[key] != after[key]] == [changed], old


def test_keys_name_their_subjects_as_the_checks_read_them() -> None:
    assert subject_of_key("tasks", "III.1@2022-Q3") == ("tasks", "III.1")
    assert subject_of_key("tasks", "7") == ("tasks", "7")
    assert subject_of_key("tasks", "3.1") == ("tasks", "3.1")  # never task 3
    assert subject_of_key("tasks", "7 @2022") is None  # no task: E201, never a subject's
    assert subject_of_key("indicators", "bac_si_van_dan") == ("indicators", "bac_si_van_dan")


def test_the_text_before_the_first_key_is_part_of_every_subject() -> None:
    """A `%TAG` directive decides what a tag inside an entry means: it is in the header's digest,
    and so in every subject's digest of the report."""
    text = '%TAG !e! tag:yaml.org,2002:boo\n---\nperiod: "2022"\ntasks:\n  "1": {status: done}\n'
    loaded, _, spans = report_spans_from_bytes(text.encode(), "r.yaml")
    other, _, moved = report_spans_from_bytes(text.replace(":boo", ":nul").encode(), "r.yaml")
    assert loaded is not None and other is not None
    assert spans.entries == moved.entries and spans.prelude != moved.prelude
    assert report_parts(loaded.report, spans)[1] != report_parts(other.report, moved)[1]


def folder_with_findings(root: Path) -> Path:
    """The demo plus every bad input as a report: findings of every kind, cross-report ones too."""
    data = root / "data"
    shutil.copytree(DEMO, data)
    for bad in sorted(BAD_INPUTS.glob("*.yaml")):
        shutil.copyfile(bad, data / "progress" / bad.name)
    return data


COMPARED = (["check", "--format", "json"], ["status", "--format", "json"], ["check"])


def test_one_edited_entry_runs_the_checks_for_its_subject_only(
    run_cli: RunCli, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(DEMO, data)
    cache = tmp_path / "cache"
    outcome(run_cli, ["check"], cache)
    asked: list[frozenset[Any]] = []
    report = demo_reports()[-1].name
    path = data / "progress" / report
    text = path.read_text(encoding="utf-8")
    figure = re.search(r"^  (\w+):\n    value: ([0-9.]+)$", text, re.MULTILINE)
    assert figure is not None
    indicator, value = figure.groups()
    edited = text[: figure.start(2)] + value + "1" + text[figure.end(2) :]
    path.write_text(edited, encoding="utf-8")
    for args in COMPARED:
        TALLY.clear()
        with_cache = outcome(run_cli, args, cache)
        asked += TALLY.subjects_checked  # by subject: what the run with the cache worked out
        assert with_cache == outcome(run_cli, args, None), args
    assert asked, "the checks across reports ran again"
    assert set().union(*asked) == {("indicators", indicator)}


def test_a_check_after_one_edit_reads_no_reports_model(tmp_path: Path) -> None:
    """What the checks across reports read of the other reports is their entries about the
    edited subject (the cache's `rest`), never a whole model; counted by the cache itself."""
    data = tmp_path / "data"
    shutil.copytree(DEMO, data)
    workspace = locate(data, None, tmp_path)
    filled = load_dataset(workspace, tmp_path, FileCache(tmp_path / "cache"))
    as_of_findings(filled, date(2024, 9, 30), 30)
    path = sorted((data / "progress").glob("*.yaml"))[-1]
    text = path.read_text(encoding="utf-8")
    figure = re.search(r"^    value: ([0-9.]+)$", text, re.MULTILINE)
    assert figure is not None
    path.write_text(text[: figure.end(1)] + "1" + text[figure.end(1) :], encoding="utf-8")
    cache = FileCache(tmp_path / "cache")
    dataset = load_dataset(workspace, tmp_path, cache)
    as_of_findings(dataset, date(2024, 9, 30), 30)
    assert cache.counters.models_read == 1, "a report's model was read (the plan's alone is)"
    assert cache.counters.narrowing_reads > 0, "the other reports were narrowed"
    assert cache.counters.writes > 0


EDITS = ("digit", "delete", "duplicate", "comment", "status", "remove", "copy", "plan")


def edit(data: Path, kind: str, which: int, line: int) -> None:
    """One edit of the data folder, of any kind an official (or a slip) might make."""
    reports = sorted((data / "progress").glob("*.yaml"))
    if kind == "plan":
        path = next(data.glob("plan*.yaml"))
    elif not reports:
        return
    else:
        path = reports[which % len(reports)]
    if kind == "remove":
        path.unlink()
        return
    if kind == "copy":
        shutil.copyfile(path, path.with_name(f"copy-{which}-{path.name}"))
        return
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    if not lines:
        return
    at = line % len(lines)
    if kind == "digit":
        lines[at] = re.sub(r"[0-9]", lambda m: str((int(m[0]) + 1) % 10), lines[at], count=1)
    elif kind == "delete":
        del lines[at]
    elif kind == "duplicate":
        lines.insert(at, lines[at])
    elif kind == "comment":
        lines.insert(at, "# ghi chú\n")
    elif kind == "status":
        words = ("done", "in_progress", "not_started", "cancelled")
        for index, word in enumerate(words):
            if f"status: {word}" in lines[at]:
                lines[at] = lines[at].replace(word, words[(index + 1) % len(words)])
                break
    elif kind == "plan":
        lines[at] = re.sub(
            r"20(2[0-9])", lambda m: f"20{m[1][0]}{(int(m[1][1]) + 1) % 10}", lines[at]
        )
    path.write_text("".join(lines), encoding="utf-8")


# How many random edits the comparison below makes: a few dozen for the README's test command,
# 210 where .ci/run sets NHANLUC_RANDOM_EDITS (CI runs every one of them).
RANDOM_EDITS = int(os.environ.get("NHANLUC_RANDOM_EDITS", "36"))
EDITS_BEFORE_A_FRESH_FOLDER = 3  # as an official does: a few edits, then another folder


@pytest.mark.slow
def test_random_edits_give_the_bytes_of_a_run_without_the_cache(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """RANDOM_EDITS edits of every kind (a fixed seed: a failure names its edit number, and
    runs again the same), in runs of a few on a fresh copy of the folder, the cache kept
    throughout; after each, `check` and `status` give the bytes of a run without the cache."""
    chance = random.Random(21)
    cache = tmp_path / "cache"
    data = tmp_path / "data"
    compared = (["check", "--format", "json"], ["status", "--format", "json"])
    done = 0
    while done < RANDOM_EDITS:
        shutil.rmtree(data, ignore_errors=True)
        folder_with_findings(tmp_path)
        runs = [[*args, "--data", str(data)] for args in compared]
        for _ in range(EDITS_BEFORE_A_FRESH_FOLDER):
            kind = chance.choice(EDITS)
            edit(data, kind, chance.randrange(61), chance.randrange(401))
            done += 1
            for args in runs:
                expected = outcome(run_cli, args, None)
                assert outcome(run_cli, args, cache) == expected, (done, kind, args)
    assert done >= RANDOM_EDITS


# Found in review: a task id that extends another ("3" and "3.1"), and a %TAG directive.

SUB_TASK = """\
  - id: "3.1"
    title: "Sub task of 3"
    issuer: ubnd_huyen
    lead: to_chuc_noi_vu
    partners: []
    product: "Đề án"
    deadline: "Quý IV/2023"

"""


def test_a_conflict_on_a_task_whose_id_extends_another_is_missed_with_the_cache(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """Plan tasks "3" and "3.1" ("3" first). checks.subject_of reads the report key "3.1" as
    task "3" (key.startswith("3.")), parts.subject_of_key as task "3.1": the E230 about "3.1"
    is filed under subject "3", so a narrowed run for "3.1" drops it, and a whole run stores
    it under "3" (stale once "3.1" changes)."""
    _, twin = sub_task_folder(tmp_path, "in_progress")
    cache = tmp_path / "cache"
    args = ["check", "--format", "json"]
    assert outcome(run_cli, args, cache) == outcome(run_cli, args, None)  # fills the cache
    # The twin now disagrees: E230 without the cache, nothing with it.
    twin.write_text(twin.read_text(encoding="utf-8").replace("in_progress", "not_started"))
    without = outcome(run_cli, args, None)
    assert b'"E230"' in without[1]
    assert outcome(run_cli, args, cache) == without


def sub_task_folder(tmp_path: Path, twin_status: str) -> tuple[Path, Path]:
    """The demo with task "3.1" after "3", stated in_progress by progress/2022.yaml and
    `twin_status` by progress/2022-bis.yaml, both reported on 2023-01-16."""
    data = tmp_path / "data"
    shutil.copytree(DEMO, data)
    plan = data / "plan60.yaml"
    text = plan.read_text(encoding="utf-8")
    at = text.index('  - id: "4"\n')
    plan.write_text(text[:at] + SUB_TASK + text[at:], encoding="utf-8")
    report = data / "progress" / "2022.yaml"  # period 2022, reported_on 2023-01-16
    report.write_text(
        report.read_text(encoding="utf-8").replace(
            "tasks:\n", 'tasks:\n  "3.1":\n    status: in_progress\n', 1
        ),
        encoding="utf-8",
    )
    twin = data / "progress" / "2022-bis.yaml"
    twin.write_text(
        'period: "2022"\nreported_on: 2023-01-16\ntasks:\n  "3.1":\n    status: '
        + twin_status
        + "\n",
        encoding="utf-8",
    )
    return data, twin


def test_a_fixed_conflict_on_a_task_whose_id_extends_another_stays_with_the_cache(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """The other way: a cold run (whole reports) files the E230 about "3.1" under task "3";
    fixing the "3.1" entry misses "3.1" only, and "3"'s entry still holds the old E230."""
    _, twin = sub_task_folder(tmp_path, "not_started")
    cache = tmp_path / "cache"
    args = ["check", "--format", "json"]
    cold = outcome(run_cli, args, cache)
    assert b'"E230"' in cold[1] and cold == outcome(run_cli, args, None)
    twin.write_text(twin.read_text(encoding="utf-8").replace("not_started", "in_progress"))
    without = outcome(run_cli, args, None)
    assert b'"E230"' not in without[1]
    assert outcome(run_cli, args, cache) == without


def test_a_tag_directive_outside_the_entry_changes_it_unseen_by_the_cache(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """A `%TAG` directive at the top of a report decides what a tag inside an entry means:
    `!e!l` is tag:yaml.org,2002:bool (text, kept) under prefix "...:boo" and
    tag:yaml.org,2002:null (None) under "...:nul". The entry's text, place and the report's
    header are unchanged, so the subject's digest is too: the W323 (and E301) of the old
    meaning come back from the cache."""
    data = tmp_path / "data"
    shutil.copytree(DEMO, data)
    report = data / "progress" / "2022-x.yaml"
    text = (
        "%TAG !e! tag:yaml.org,2002:boo\n---\n"
        'period: "2022"\nreported_on: 2023-01-20\ntasks:\n  "3":\n    status: !e!l in_progress\n'
    )
    report.write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    args = ["check", "--format", "json"]
    cold = outcome(run_cli, args, cache)
    assert b'"W323"' in cold[1] and cold == outcome(run_cli, args, None)
    report.write_text(text.replace("2002:boo", "2002:nul"), encoding="utf-8")
    without = outcome(run_cli, args, None)
    assert b'"W323"' not in without[1]
    assert outcome(run_cli, args, cache) == without


def test_a_report_finding_about_task_3_1_is_about_task_3_1(tmp_path: Path) -> None:
    """checks.subject_of, which files findings by subject for the cache and tells which
    subjects a broken entry puts in doubt, reads a key as the checks read it."""
    from nhanluc_cli.findings import Finding
    from nhanluc_cli.loading.loader import load_plan

    data, _ = sub_task_folder(tmp_path, "in_progress")
    plan, _ = load_plan(data / "plan60.yaml", "data/plan60.yaml")
    assert plan is not None
    for key, subject in (
        ("3.1", ("tasks", "3.1")),
        ("3.1@2023", ("tasks", "3.1")),
        ("3", ("tasks", "3")),
        ("99", None),
    ):
        where = ("tasks", key, "status")
        finding = Finding("E201", "x", "data/progress/2022.yaml", 1, 1, where=where)
        assert checks.subject_of(plan, finding) == subject, key
