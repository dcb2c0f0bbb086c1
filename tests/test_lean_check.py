"""`check` at thousands of reports holds no report's model (contract §8: 10,000 files in 400 MB):
each report is parsed and checked on its own, over every core, and kept as its entries by
subject (store/columns.py); the checks across reports and the as-of statuses run on the reports
narrowed to a batch of subjects at a time (store/by_subject.py).

What it says must be exactly what the whole-report check says. The tests make every folder
lean (LEAN_FROM 0), the batches small (several per run) and the pool start at two reports,
and compare every byte with the ordinary run, with and without the cache.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import BAD_INPUTS, REPO, RunCli, spoil_every_rest
from nhanluc_cli.plan.model import Report
from nhanluc_cli.store import by_subject, parse_pool
from nhanluc_cli.store import dataset as dataset_module
from nhanluc_cli.store.dataset import load_dataset
from nhanluc_cli.store.tally import TALLY
from nhanluc_cli.store.workspace import locate

EXAMPLES = REPO / "examples"
CHECKS = [
    ["check"],
    ["check", "--format", "json"],
    ["check", "--format", "github", "--strict"],
    ["check", "--lang", "en", "--soon", "400"],
]


def demo_with_every_bad_input(root: Path) -> Path:
    data = root / "data"
    shutil.copytree(EXAMPLES / "demo", data)
    for bad in sorted(BAD_INPUTS.glob("*.yaml")):
        shutil.copyfile(bad, data / "progress" / bad.name)
    return data


def example(name: str) -> object:
    def make(root: Path) -> Path:
        data = root / "data"
        shutil.copytree(EXAMPLES / name, data)
        return data

    return make


FOLDERS = {
    "demo": example("demo"),
    "broken": demo_with_every_bad_input,
    "xa-an-phu": example("xa-an-phu"),
    "units-tan-an": example("units/tan-an"),
}


def lean_everywhere(monkeypatch: pytest.MonkeyPatch, pooled: bool = True) -> None:
    """Every folder lean, batches of a few subjects, and (`pooled`) worker processes from two
    reports on."""
    monkeypatch.setattr(dataset_module, "LEAN_FROM", 0)
    monkeypatch.setattr(by_subject, "BATCH_BYTES", 3_000)
    if pooled:
        monkeypatch.setattr(parse_pool, "PARALLEL_FROM", 2)
        monkeypatch.setattr(parse_pool, "PARALLEL_FROM_SPAWNED", 2)


def outcome(run_cli: RunCli, args: list[str], as_of: str, cache: Path | None) -> tuple[object, ...]:
    env = {"NHANLUC_CACHE_DIR": str(cache)} if cache else {"NHANLUC_NO_CACHE": "1"}
    result = run_cli([*args, "--as-of", as_of], env=env)
    return result.exit_code, result.stdout_bytes, result.stderr_bytes


@pytest.mark.slow
@pytest.mark.parametrize("folder", sorted(FOLDERS))
def test_a_lean_check_says_what_a_whole_check_says(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    FOLDERS[folder](tmp_path)  # type: ignore[operator]
    # Worker processes for the demo with every bad input; the others in this process (the
    # same code, with fewer processes to start).
    pooled = folder == "broken"
    for as_of in ("2024-09-30", "2026-12-07"):
        whole = [outcome(run_cli, args, as_of, None) for args in CHECKS]
        with monkeypatch.context() as lean:
            lean_everywhere(lean, pooled)
            cache = tmp_path / f"cache-{as_of}"
            assert [outcome(run_cli, args, as_of, None) for args in CHECKS] == whole
            TALLY.clear()
            assert [outcome(run_cli, args, as_of, cache) for args in CHECKS] == whole  # filling
            assert TALLY.parsed, "the cache was filled by a lean load"
            TALLY.clear()
            assert [outcome(run_cli, args, as_of, cache) for args in CHECKS] == whole  # warm
            assert TALLY.parsed == [], "a warm lean check parsed a file again"


def test_a_lean_check_after_one_edit_says_what_a_whole_check_says(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = demo_with_every_bad_input(tmp_path)
    cache = tmp_path / "cache"
    lean_everywhere(monkeypatch)
    outcome(run_cli, ["check"], "2024-09-30", cache)
    report = sorted((data / "progress").glob("20*.yaml"))[-1]
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace("value: ", "value: 1", 1), encoding="utf-8")
    TALLY.clear()
    with_cache = [outcome(run_cli, args, "2024-09-30", cache) for args in CHECKS]
    assert TALLY.parsed == [f"data/progress/{report.name}"] * len(CHECKS[:1])
    monkeypatch.setattr(dataset_module, "LEAN_FROM", 10**9)
    assert with_cache == [outcome(run_cli, args, "2024-09-30", None) for args in CHECKS]


def test_a_lean_load_holds_no_model_and_each_report_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = demo_with_every_bad_input(tmp_path)
    lean_everywhere(monkeypatch)
    workspace = locate(data, None, tmp_path)
    TALLY.clear()
    dataset = load_dataset(workspace, tmp_path, None, lean=True)
    assert dataset.lean and dataset.columns is not None
    assert dataset.pending, "no report loaded"
    assert not any(isinstance(pending.model, Report) for pending in dataset.pending)
    assert sorted(dataset.columns.rows) == sorted(pending.display for pending in dataset.pending)
    # Each report parsed once (in a worker process, so not counted here), the plan here.
    assert TALLY.parsed == [dataset.pending_plan.display]  # type: ignore[union-attr]
    # The same findings as a whole load.
    monkeypatch.setattr(dataset_module, "LEAN_FROM", 10**9)
    assert dataset.findings == load_dataset(workspace, tmp_path, None, lean=True).findings


def test_a_small_folder_keeps_its_models(tmp_path: Path) -> None:
    """Below LEAN_FROM reports the models are kept: checking whole reports is faster there."""
    data = tmp_path / "data"
    shutil.copytree(EXAMPLES / "demo", data)
    workspace = locate(data, None, tmp_path)
    assert len(workspace.report_paths) < dataset_module.LEAN_FROM
    dataset = load_dataset(workspace, tmp_path, None, lean=True)
    assert not dataset.lean and dataset.columns is None


def test_batches_of_subjects_are_cut_by_the_weight_of_their_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    shutil.copytree(EXAMPLES / "demo", data)
    monkeypatch.setattr(dataset_module, "LEAN_FROM", 0)
    dataset = load_dataset(locate(data, None, tmp_path), tmp_path, None, lean=True)
    assert dataset.plan is not None and dataset.columns is not None
    subjects = by_subject.plan_subjects(dataset.plan)
    sizes = dataset.columns.sizes
    heaviest = max(sizes.values())
    monkeypatch.setattr(by_subject, "BATCH_BYTES", heaviest)
    batches = by_subject.subject_batches(dataset, subjects)
    assert [subject for batch in batches for subject in batch] == subjects  # all, in order
    for batch in batches:
        weights = [sizes.get(by_subject.subject_name(subject), 0) for subject in batch]
        assert sum(weights) <= heaviest or len(batch) == 1
    monkeypatch.setattr(by_subject, "BATCH_BYTES", 10**12)
    assert by_subject.subject_batches(dataset, subjects) == [subjects]


def test_without_processes_to_be_had_a_lean_load_parses_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = demo_with_every_bad_input(tmp_path)
    lean_everywhere(monkeypatch)
    workspace = locate(data, None, tmp_path)
    pooled = load_dataset(workspace, tmp_path, None, lean=True).findings
    monkeypatch.setattr(parse_pool.os, "cpu_count", lambda: 1)
    TALLY.clear()
    here = load_dataset(workspace, tmp_path, None, lean=True)
    assert here.findings == pooled
    assert len(TALLY.parsed) == 1 + len(here.workspace.report_paths), "not parsed here"


def test_a_lean_check_with_spoilt_parts_in_the_cache_says_what_a_whole_check_says(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every report's entries by subject in the cache spoilt, though sealed, and one report
    edited: the edited one is in the columns, the others cannot be narrowed, and the checks
    across reports run on the whole reports instead."""
    data = demo_with_every_bad_input(tmp_path)
    cache = tmp_path / "cache"
    lean_everywhere(monkeypatch)
    outcome(run_cli, ["check"], "2024-09-30", cache)
    assert spoil_every_rest(cache) > 0
    report = sorted((data / "progress").glob("20*.yaml"))[-1]
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace("status: ", "status:  ", 1), encoding="utf-8")
    TALLY.clear()
    with_cache = [outcome(run_cli, args, "2024-09-30", cache) for args in CHECKS]
    assert TALLY.spoilt_parts > 0, "the spoilt parts were not read"
    monkeypatch.setattr(dataset_module, "LEAN_FROM", 10**9)
    assert with_cache == [outcome(run_cli, args, "2024-09-30", None) for args in CHECKS]
