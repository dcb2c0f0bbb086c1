"""The cache of validated files (contract §13): never stale, never in the way, never visible.

Every command that loads data is run three times on the same folder: without the cache, with an
empty one (filling it) and with the full one; the three outputs must be the same bytes. Then the
ways a cache goes wrong: a file edited to the same size and modification time, corrupt or
foreign entries, a cache folder that cannot be written, the same bytes under another name.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest

from conftest import BAD_INPUTS, PLAN_DAY, REPO, RunCli, make_data_dir, write_yaml
from nhanluc_cli.plan.sources import LoadedPlan
from nhanluc_cli.store import cache as cache_module
from nhanluc_cli.store import dataset as dataset_module
from nhanluc_cli.store import parse_pool
from nhanluc_cli.store.cache import FileCache, file_key
from nhanluc_cli.store.dataset import load_dataset
from nhanluc_cli.store.tally import TALLY
from nhanluc_cli.store.workspace import display_path, locate, report_displays

DEMO = REPO / "examples" / "demo"
AS_OF = "2024-09-30"  # the demo has done, overdue, due-soon and upcoming occurrences then

# Every command that reads the data folder, in the formats that differ in what they show.
COMMANDS: list[list[str]] = [
    ["check"],
    ["check", "--format", "json"],
    ["check", "--format", "github"],
    ["check", "--format", "junit"],
    ["check", "--lang", "en", "--strict"],
    ["status"],
    ["status", "--format", "json"],
    ["status", "--format", "csv"],
    ["status", "--lang", "en", "--soon", "400"],
    ["tasks"],
    ["tasks", "--format", "json"],
    ["overdue", "--format", "csv"],
    ["agencies"],
    ["agencies", "--format", "json"],
    ["indicators"],
    ["indicators", "--format", "json"],
    ["indicators", "--format", "csv", "--lang", "en"],
    ["report", "--format", "md"],
    ["report", "--format", "html", "--lang", "en"],
    ["report", "--final", "--format", "md"],
]


def copy_demo(root: Path) -> Path:
    data = root / "data"
    shutil.copytree(DEMO, data)
    return data


def broken_folder(root: Path) -> Path:
    """The demo plus every bad input of tests/bad_inputs as a report: findings of every kind."""
    data = copy_demo(root)
    for bad in sorted(BAD_INPUTS.glob("*.yaml")):
        shutil.copyfile(bad, data / "progress" / bad.name)
    return data


def outcome(
    run_cli: RunCli, args: list[str], cache: Path | None, as_of: str = AS_OF
) -> tuple[int, bytes, bytes]:
    env = {"NHANLUC_CACHE_DIR": str(cache)} if cache else {"NHANLUC_NO_CACHE": "1"}
    result = run_cli([*args, "--as-of", as_of], env=env)
    return result.exit_code, result.stdout_bytes, result.stderr_bytes


@pytest.mark.slow
@pytest.mark.parametrize("make_folder", [copy_demo, broken_folder], ids=["demo", "broken"])
def test_every_command_gives_the_same_bytes_with_and_without_the_cache(
    run_cli: RunCli, tmp_path: Path, make_folder: object
) -> None:
    make_folder(tmp_path)  # type: ignore[operator]
    cache = tmp_path / "cache"
    for args in COMMANDS:
        without = outcome(run_cli, args, None)
        TALLY.clear()
        filling = outcome(run_cli, args, cache)
        if args == COMMANDS[0]:  # the later ones find what it remembered
            assert TALLY.parsed, "the first run with the cache parsed nothing"
        TALLY.clear()
        warm = outcome(run_cli, args, cache)
        assert TALLY.parsed == [], "a warm run parsed a file again"
        assert filling == without, args
        assert warm == without, args
    assert any(cache.rglob("*")), "the cache was never written"


def test_carry_writes_the_same_draft_with_and_without_the_cache(
    run_cli: RunCli, tmp_path: Path
) -> None:
    copy_demo(tmp_path)
    cache = tmp_path / "cache"
    drafts = []
    for name, where in (("without", None), ("filling", cache), ("warm", cache)):
        draft = tmp_path / "next" / f"{name}.yaml"
        code, _, err = outcome(run_cli, ["carry", "--output", str(draft)], where)
        drafts.append((code, err.replace(name.encode(), b"NAME"), draft.read_bytes()))
    assert drafts[0] == drafts[1] == drafts[2]
    assert any(cache.rglob("*"))


UNITS = REPO / "examples" / "units"
UNITS_AS_OF = "2026-07-31"
ROLLUP_COMMANDS: list[list[str]] = [
    ["rollup", "indicators"],
    ["rollup", "indicators", "--format", "json"],
    ["rollup", "tasks"],
    ["rollup", "tasks", "--format", "json"],
    ["rollup", "tasks", "--format", "csv", "--lang", "en"],
]


def copy_units(root: Path) -> Path:
    folder = root / "units"
    shutil.copytree(UNITS, folder)
    return folder


def broken_units(root: Path) -> Path:
    """The example roll-up with one unit's report mistyped (its findings go to stderr)."""
    folder = copy_units(root)
    report = folder / "tan-an" / "progress" / "2026-H1.yaml"
    report.write_text(
        report.read_text(encoding="utf-8").replace("value: 63.2", "value: 632"), encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize("make_folder", [copy_units, broken_units], ids=["example", "broken"])
def test_the_roll_up_gives_the_same_bytes_with_and_without_the_cache(
    run_cli: RunCli, tmp_path: Path, make_folder: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_folder(tmp_path)  # type: ignore[operator]
    cache = tmp_path / "cache"
    summaries: list[object] = []
    from nhanluc_cli.judging import rollup as rollup_module

    real = rollup_module.summarise_unit

    def counting(*args: object, **kwargs: object) -> object:
        summaries.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(rollup_module, "summarise_unit", counting)
    for args in ROLLUP_COMMANDS:
        full = [*args, "--data", str(folder)]
        without = outcome(run_cli, full, None, UNITS_AS_OF)
        summaries.clear()
        filling = outcome(run_cli, full, cache, UNITS_AS_OF)
        assert summaries or args != ROLLUP_COMMANDS[0], "the first run with a cache judged none"
        summaries.clear()
        warm = outcome(run_cli, full, cache, UNITS_AS_OF)
        assert summaries == [], "a warm roll-up judged a unit again"
        assert filling == without, args
        assert warm == without, args
    # Another date is another summary, not the remembered one.
    later = ["rollup", "tasks", "--format", "json", "--data", str(folder)]
    assert outcome(run_cli, later, cache, "2027-01-31") == outcome(
        run_cli, later, None, "2027-01-31"
    )


def test_the_roll_up_no_cache_neither_reads_nor_writes_it(run_cli: RunCli, tmp_path: Path) -> None:
    folder = copy_units(tmp_path)
    cache = tmp_path / "cache"
    args = ["rollup", "--no-cache", "--data", str(folder), "--as-of", UNITS_AS_OF]
    run_cli(args, env={"NHANLUC_CACHE_DIR": str(cache)})
    assert not cache.exists()


@pytest.mark.parametrize("make_folder", [copy_demo, broken_folder], ids=["demo", "broken"])
def test_a_datasets_key_is_worked_out_from_the_bytes_alone(
    tmp_path: Path, make_folder: object
) -> None:
    """dataset_key, which a roll-up looks a unit's outcome up by, is load_dataset's key: with
    unread entries in progress/ (files and folders) too."""
    data = make_folder(tmp_path)  # type: ignore[operator]
    (data / "progress" / "notes.txt").write_text("not a report", encoding="utf-8")
    (data / "progress" / "folder.yaml").mkdir()
    workspace = locate(data, None, tmp_path)
    cache = FileCache(tmp_path / "cache")
    key = dataset_module.dataset_key(workspace, tmp_path, cache)
    assert key == load_dataset(workspace, tmp_path, cache).key
    assert key == load_dataset(workspace, tmp_path, FileCache(tmp_path / "cache")).key
    (data / "progress" / "notes.txt").unlink()
    assert dataset_module.dataset_key(locate(data, None, tmp_path), tmp_path, cache) != key


def test_parallel_workers_share_one_cache(tmp_path: Path) -> None:
    """Worker processes open the cache folder themselves and write to it at the same time (the
    units share files with the same bytes, hence the same entries): the roll-up they give, cold
    and warm, is the one read without the cache in this process."""
    from nhanluc_cli.store.units import UNITS_FILE, read_rollup

    folder = copy_units(tmp_path)
    for index in range(3):  # more units than workers, several with the same files
        shutil.copytree(folder / "tan-an", folder / f"copy-{index}")
    units_file = folder / UNITS_FILE
    with units_file.open("a", encoding="utf-8") as stream:
        for index in range(3):
            stream.write(f"  - id: copy_{index}\n    name: Copy {index}\n    data: copy-{index}\n")
    as_of = date(2026, 7, 31)
    alone = read_rollup(units_file, as_of, 30, tmp_path, workers=1)
    cache = tmp_path / "cache"
    cold = read_rollup(units_file, as_of, 30, tmp_path, workers=2, cache_dir=cache)
    warm = read_rollup(units_file, as_of, 30, tmp_path, workers=2, cache_dir=cache)
    assert len(alone.units) == 8 and not alone.findings
    assert cold == alone
    assert warm == alone
    assert not list(cache.rglob(".*.tmp")), "a temporary file was left behind"


def test_one_changed_report_alone_is_checked_on_its_own_again(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """The per-report checks' findings are remembered by report: after one report changed, they
    run on that report only, and every command still gives the bytes of a run without the
    cache (the broken folder has findings of every per-report check)."""
    data = broken_folder(tmp_path)
    cache = tmp_path / "cache"
    for args in COMMANDS[:2]:
        outcome(run_cli, args, cache)
    changed = sorted((data / "progress").glob("*.yaml"))[-1]
    with changed.open("a", encoding="utf-8") as stream:
        stream.write("# one more line\n")
    through_cache: set[str] = set()
    for args in COMMANDS[:5]:
        without = outcome(run_cli, args, None)
        TALLY.clear()
        assert outcome(run_cli, args, cache) == without, args
        through_cache.update(TALLY.checked_alone)
    assert through_cache == {f"data/progress/{changed.name}"}


def test_no_cache_neither_reads_nor_writes_it(run_cli: RunCli, tmp_path: Path) -> None:
    copy_demo(tmp_path)
    cache = tmp_path / "cache"
    run_cli(["check", "--no-cache", "--as-of", AS_OF], env={"NHANLUC_CACHE_DIR": str(cache)})
    assert not cache.exists()
    # ...and reads nothing from it: a cache full of lies changes nothing.
    outcome(run_cli, ["check", "--format", "json"], cache)
    for entry in (cache / "v2").glob("*"):
        entry.write_bytes(b"not an entry")
    args = ["check", "--format", "json", "--no-cache", "--as-of", AS_OF]
    result = run_cli(args, env={"NHANLUC_CACHE_DIR": str(cache)})
    assert json.loads(result.stdout)["summary"]["errors"] > 0


def test_a_file_edited_to_the_same_size_and_time_is_read_again(
    run_cli: RunCli, tmp_path: Path
) -> None:
    data = make_data_dir(tmp_path)
    report = write_yaml(
        data / "progress",
        "2022.yaml",
        """
        period: "2022"
        indicators:
          lao_dong_qua_dao_tao:
            value: 60
        """,
    )
    cache = tmp_path / "cache"
    args = ["check", "--format", "json"]
    clean = outcome(run_cli, args, cache, PLAN_DAY)
    assert json.loads(clean[1])["summary"]["errors"] == 0
    before = report.stat()
    report.write_bytes(report.read_bytes().replace(b"value: 60", b"value: 6O"))  # letter O
    os.utime(report, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = report.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    edited = outcome(run_cli, args, cache, PLAN_DAY)
    assert edited == outcome(run_cli, args, None, PLAN_DAY)
    assert edited != clean
    assert json.loads(edited[1])["findings"][0]["code"] == "E201"


def test_the_same_bytes_under_another_name_are_reported_under_that_name(
    run_cli: RunCli, tmp_path: Path
) -> None:
    data = make_data_dir(tmp_path)
    bad = (BAD_INPUTS / "unknown_field.yaml").read_bytes()
    (data / "progress" / "a.yaml").write_bytes(bad)
    cache = tmp_path / "cache"
    first = outcome(run_cli, ["check"], cache)
    (data / "progress" / "a.yaml").rename(data / "progress" / "b.yaml")
    renamed = outcome(run_cli, ["check"], cache)
    assert renamed == outcome(run_cli, ["check"], None)
    assert b"data/progress/b.yaml" in renamed[1]
    assert b"a.yaml" in first[1] and b"a.yaml" not in renamed[1]


def test_an_unwritable_cache_is_ignored(run_cli: RunCli, tmp_path: Path) -> None:
    copy_demo(tmp_path)
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be")
    args = ["status", "--format", "json"]
    assert outcome(run_cli, args, not_a_folder) == outcome(run_cli, args, None)
    if os.name == "posix" and os.geteuid() != 0:
        read_only = tmp_path / "read-only"
        read_only.mkdir(mode=0o500)
        assert outcome(run_cli, args, read_only) == outcome(run_cli, args, None)
        assert not any(read_only.iterdir())


def test_the_key_is_the_role_the_program_the_plan_and_the_bytes() -> None:
    base = file_key("report", b"program", b"plan", b"period: '2022'\n")
    assert file_key("report", b"program", b"plan", b"period: '2022'\n") == base
    assert file_key("plan", b"program", b"plan", b"period: '2022'\n") != base
    assert file_key("report", b"program 2", b"plan", b"period: '2022'\n") != base
    assert file_key("report", b"program", b"plan 2", b"period: '2022'\n") != base
    assert file_key("report", b"program", b"plan", b"period: '2023'\n") != base


def test_the_program_fingerprint_covers_pydantic_and_pyyaml(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = cache_module.program_fingerprint()
    for package, version_file in (("pydantic", "version.py"), ("yaml", "__init__.py")):
        fake = tmp_path / package
        fake.mkdir()
        (fake / version_file).write_text("VERSION = 'another'\n")
        real = cache_module._package_folder
        monkeypatch.setattr(
            cache_module,
            "_package_folder",
            lambda name, p=package, f=fake, r=real: f if name == p else r(name),
        )
        assert cache_module.program_fingerprint() != first
        monkeypatch.undo()


def test_a_cached_dataset_equals_a_cold_one_place_for_place(tmp_path: Path) -> None:
    """Places (SourceMap) are worked out from the bytes on a hit just as on a cold load."""
    data = broken_folder(tmp_path)
    workspace = locate(data, None, tmp_path)
    cold = load_dataset(workspace, tmp_path)
    cache = FileCache(tmp_path / "cache")
    load_dataset(workspace, tmp_path, cache)
    warm = load_dataset(workspace, tmp_path, FileCache(tmp_path / "cache"))
    assert warm.findings == cold.findings
    assert [f.args for f in warm.findings] == [f.args for f in cold.findings]
    assert [r.report for r in warm.reports] == [r.report for r in cold.reports]
    assert warm.plan is not None and cold.plan is not None
    assert warm.plan.plan == cold.plan.plan
    for path in [("tasks", 0, "deadline"), ("tasks",), ("nothing", "here")]:
        assert warm.plan.where.value_at(path) == cold.plan.where.value_at(path)
        assert warm.plan.where.key_at(path) == cold.plan.where.key_at(path)


def test_the_default_folder_is_the_users_cache_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_cache_dir

    from nhanluc_cli.cli.common import cache_folder

    monkeypatch.delenv("NHANLUC_CACHE_DIR")
    assert cache_folder() == Path(user_cache_dir("nhanluc", appauthor=False))
    monkeypatch.setenv("NHANLUC_CACHE_DIR", "/somewhere/else")
    assert cache_folder() == Path("/somewhere/else")


def test_the_plan_day_example_checks_clean_through_the_cache(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    cache = tmp_path / "cache"
    for _ in range(2):
        result = run_cli(["check", "--as-of", PLAN_DAY], env={"NHANLUC_CACHE_DIR": str(cache)})
        assert result.exit_code == 0


@pytest.mark.parametrize("command", [["check"], ["status"], ["indicators", "--format", "json"]])
def test_filling_the_cache_over_two_processes_gives_the_bytes_of_no_cache(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """A cache filled with the files parsed (and cut in parts) in a worker process: the run
    that fills it and the next one print what a run without the cache prints."""
    data = broken_folder(tmp_path)
    args = [*command, "--data", str(data)]
    without = outcome(run_cli, args, None)
    monkeypatch.setattr(parse_pool, "PARALLEL_FROM", 2)
    monkeypatch.setattr(parse_pool, "PARALLEL_FROM_SPAWNED", 2)
    monkeypatch.setattr(parse_pool, "PARSE_CHUNK", 1)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    # This process slowed down, so that the worker surely takes some files (a worker that
    # starts late, as under coverage, could find every chunk taken).
    here, parse_checked = os.getpid(), parse_pool.parse_checked

    def slow_here(item: parse_pool.ToParse, plan: LoadedPlan | None) -> parse_pool.Loaded:
        if os.getpid() == here:
            time.sleep(0.02)
        return parse_checked(item, plan)

    monkeypatch.setattr(parse_pool, "parse_checked", slow_here)
    cache = tmp_path / "cache"
    TALLY.clear()
    assert outcome(run_cli, args, cache) == without  # filling it, over two processes
    if hasattr(os, "fork"):  # what the worker parsed is not in this process's tally
        reports = len(list((data / "progress").glob("*.yaml")))
        assert len(TALLY.parsed) < reports + 1, "no report was parsed in the worker"
    assert outcome(run_cli, args, cache) == without  # from it


def test_parallel_parsing_gives_the_serial_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = broken_folder(tmp_path)
    workspace = locate(data, None, tmp_path)
    serial = load_dataset(workspace, tmp_path)
    monkeypatch.setattr(parse_pool, "PARALLEL_FROM", 2)
    monkeypatch.setattr(parse_pool, "PARALLEL_FROM_SPAWNED", 2)
    monkeypatch.setattr(parse_pool, "PARSE_CHUNK", 1)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    parallel = load_dataset(workspace, tmp_path, workers=2)
    assert [f.file for f in parallel.findings] == [f.file for f in serial.findings]
    assert parallel.findings == serial.findings
    assert [r.file for r in parallel.reports] == [r.file for r in serial.reports]
    assert [r.report for r in parallel.reports] == [r.report for r in serial.reports]


def test_report_names_are_shown_as_display_path_shows_them(tmp_path: Path) -> None:
    inside = make_data_dir(tmp_path / "inside")
    for name in ("a.yaml", "b.YML"):
        (inside / "progress" / name).write_text("period: '2022'\n")
    linked = tmp_path / "link"
    linked.symlink_to(inside, target_is_directory=True)
    (inside / "progress" / "c.yaml").symlink_to(inside / "progress" / "a.yaml")
    for cwd in (tmp_path, inside, inside / "progress", tmp_path / "inside" / "data", REPO):
        for folder in (inside, linked, Path(os.path.relpath(inside, cwd))):
            paths = locate(folder if folder.is_absolute() else cwd / folder, None, cwd)
            expected = [display_path(p, cwd) for p in paths.report_paths]
            assert report_displays(paths.report_paths, cwd) == expected
            # The same with the links the folder's listing named (no file asked).
            assert report_displays(paths.report_paths, cwd, paths.linked) == expected


def test_remembered_checks_follow_the_date_and_the_window(run_cli: RunCli, tmp_path: Path) -> None:
    """`check` remembers its as-of findings per folder state, date and due-soon window."""
    copy_demo(tmp_path)
    cache = tmp_path / "cache"
    for as_of in (AS_OF, PLAN_DAY, "2025-12-31", AS_OF):
        for soon in ("30", "400"):
            args = ["check", "--format", "json", "--soon", soon]
            assert outcome(run_cli, args, cache, as_of) == outcome(run_cli, args, None, as_of)


def test_the_remembered_dashboard_follows_the_date_and_the_window(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """`status` remembers its dashboard per folder state, date and due-soon window."""
    copy_demo(tmp_path)
    cache = tmp_path / "cache"
    for as_of in (AS_OF, PLAN_DAY, "2025-12-31", AS_OF):
        for soon in ("30", "400"):
            for output_format in ("table", "csv"):
                args = ["status", "--format", output_format, "--soon", soon]
                assert outcome(run_cli, args, cache, as_of) == outcome(run_cli, args, None, as_of)


def xlsx_parts(workbook: bytes) -> dict[str, bytes]:
    """A workbook's parts but its creation time (docProps/core.xml), which no two runs share."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as book:
        return {name: book.read(name) for name in book.namelist() if name != "docProps/core.xml"}


def test_status_xlsx_holds_the_same_sheets_with_and_without_the_cache(
    run_cli: RunCli, tmp_path: Path
) -> None:
    copy_demo(tmp_path)
    cache = tmp_path / "cache"
    args = ["status", "--format", "xlsx"]
    without, filling, warm = (outcome(run_cli, args, where) for where in (None, cache, cache))
    assert without[0] == filling[0] == warm[0] == 0
    assert without[2] == filling[2] == warm[2]
    assert xlsx_parts(without[1]) == xlsx_parts(filling[1]) == xlsx_parts(warm[1])


def test_a_new_unread_entry_is_a_new_dataset(run_cli: RunCli, tmp_path: Path) -> None:
    data = copy_demo(tmp_path)
    cache = tmp_path / "cache"
    args = ["check", "--format", "json"]
    outcome(run_cli, args, cache)
    (data / "progress" / "notes.txt").write_text("not a report")
    assert outcome(run_cli, args, cache) == outcome(run_cli, args, None)
    assert b"W326" in outcome(run_cli, args, cache)[1]


def test_report_names_outside_the_current_folder(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "elsewhere")
    (data / "progress" / "a.yaml").write_text("period: '2022'\n")
    (data / "progress" / "b.yaml").symlink_to(tmp_path / "here" / "x.yaml")
    (tmp_path / "here").mkdir()
    (tmp_path / "here" / "x.yaml").write_text("period: '2022'\n")
    workspace = locate(data, None, tmp_path / "here")
    paths = workspace.report_paths
    assert workspace.linked == {data / "progress" / "b.yaml"}
    shown = report_displays(paths, tmp_path / "here")
    assert shown == [str(data / "progress" / "a.yaml"), "x.yaml"]
    assert report_displays(paths, tmp_path / "here", workspace.linked) == shown
    assert shown == [display_path(p, tmp_path / "here") for p in paths]
