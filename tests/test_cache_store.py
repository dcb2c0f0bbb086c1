"""The cache's store against a hostile or broken folder (contract §13, issue 21).

The cache is data, never code: a planted pickle runs nothing; every flipped byte of an entry
is a miss, with the results of a run without the cache; links are never followed, neither when
writing nor when pruning; a huge file in the folder costs no memory; a folder someone else may
write in is refused with one line on stderr. And the key: every module of the package, so a
module added, moved or renamed is a new key, never a crash nor a stale result.
"""

from __future__ import annotations

import json
import os
import pickle
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BAD_INPUTS, REPO, RunCli
from nhanluc_cli import plain_data
from nhanluc_cli.findings import Finding
from nhanluc_cli.store import cache as cache_module
from nhanluc_cli.store.cache import (
    FORMAT,
    MAX_ENTRY_BYTES,
    FileCache,
    FileStore,
    create_exclusively,
    opened,
    package_sources,
    program_fingerprint,
    sealed,
)
from nhanluc_cli.store.dataset import load_dataset
from nhanluc_cli.store.workspace import locate

DEMO = REPO / "examples" / "demo"
AS_OF = "2024-09-30"
COMPARED = (["check", "--format", "json"], ["status", "--format", "json"], ["tasks"])
POSIX = os.name == "posix"


def outcome(run_cli: RunCli, args: list[str], cache: Path | None) -> tuple[int, bytes, bytes]:
    env = {"NHANLUC_CACHE_DIR": str(cache)} if cache else {"NHANLUC_NO_CACHE": "1"}
    result = run_cli([*args, "--as-of", AS_OF], env=env)
    return result.exit_code, result.stdout_bytes, result.stderr_bytes


def demo_with_findings(root: Path) -> Path:
    data = root / "data"
    shutil.copytree(DEMO, data)
    for name in ("unknown_field.yaml", "duplicate_key.yaml"):
        shutil.copyfile(BAD_INPUTS / name, data / "progress" / name)
    return data


def database(cache: Path) -> Path:
    return cache / FORMAT / "entries.sqlite"


def rows(cache: Path) -> list[tuple[str, bytes | None, bytes | None, bytes | None]]:
    with sqlite3.connect(database(cache)) as connection:
        return list(connection.execute("SELECT key, body, rest, model FROM entry ORDER BY key"))


def replace_section(cache: Path, key: str, section: str, stored: bytes) -> None:
    connection = sqlite3.connect(database(cache))
    with connection:
        connection.execute(f"UPDATE entry SET {section} = ? WHERE key = ?", (stored, key))
    connection.close()


def same_everywhere(run_cli: RunCli, data: Path, cache: Path) -> None:
    for args in COMPARED:
        full = [*args, "--data", str(data)]
        assert outcome(run_cli, full, cache) == outcome(run_cli, full, None), args


# ---------------------------------------------------------------------------------------------
# Data, never code


class _Planted:
    """Unpickling this makes a folder: the proof that a pickle ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.mkdir, (str(self.marker),)


def test_a_planted_pickle_runs_nothing(run_cli: RunCli, tmp_path: Path) -> None:
    data = demo_with_findings(tmp_path)
    cache = tmp_path / "cache"
    same_everywhere(run_cli, data, cache)
    marker = tmp_path / "ran"
    payload = pickle.dumps(_Planted(marker))
    # Every section of every entry, sealed as the cache seals them (whoever planted it knew
    # how), and a file of the old layout (v1: pickles) in the folder too.
    for key, *sections in rows(cache):
        for name, stored in zip(("body", "rest", "model"), sections, strict=True):
            if stored is not None:
                replace_section(cache, key, name, sealed(key, name, payload))
    old = cache / "v1" / key[:2] / key[2:]
    old.parent.mkdir(parents=True)
    old.write_bytes(payload)
    same_everywhere(run_cli, data, cache)
    assert not marker.exists(), "a pickle from the cache ran"
    with pytest.raises(plain_data.NotPlain):
        plain_data.loads(payload)


@pytest.mark.parametrize(
    "planted",
    [
        ["r", "os:system", "touch /tmp/x"],
        ["r", "nhanluc_cli.store.cache:sealed", "k", "s", ["b", "00"]],  # a function, not a record
        ["r", "nhanluc_cli.renamed_away:Finding", "E101"],  # a module moved since
        ["r", "nhanluc_cli.findings:Finding", "too", "few"],
        {"a": "JSON object"},
        ["m", "odd"],
        ["z"],
        ["d", "2024-13-45"],
        ["b", "not hex"],
    ],
)
def test_only_nhanluc_records_are_built_from_an_entry(planted: object) -> None:
    with pytest.raises(plain_data.NotPlain):
        plain_data.loads(json.dumps(planted).encode())


def test_plain_data_round_trips_what_the_cache_keeps() -> None:
    from datetime import date

    from nhanluc_cli.findings import Figure, Target

    finding = Finding(
        "W313",
        "indicator.behind",
        "a.yaml",
        3,
        5,
        "indicators.x",
        {"figure": Figure(1.5), "target": Target("at_least", 2.0, None, None, "%")},
        ("indicators", "x"),
        ("indicators", "x"),
    )
    value = (
        [finding],
        {("tasks", "7"): (None, True, 1, 2.5, float("inf"))},
        date(2024, 9, 30),
        b"\x00\xff",
        "Vượt chỉ tiêu",
    )
    back = plain_data.loads(plain_data.dumps(value))
    assert back == value
    assert back[0][0].args == finding.args and back[0][0].subject == finding.subject  # type: ignore[index]
    with pytest.raises(plain_data.NotPlain):
        plain_data.dumps(object())
    with pytest.raises(plain_data.NotPlain):
        plain_data.dumps(Path("a"))  # a class outside nhanluc


# ---------------------------------------------------------------------------------------------
# Any corruption is a miss


def filled(tmp_path: Path) -> tuple[Path, Path]:
    data = demo_with_findings(tmp_path)
    cache = tmp_path / "cache"
    workspace = locate(data, None, tmp_path)
    dataset = load_dataset(workspace, tmp_path, FileCache(cache))
    from nhanluc_cli.store.by_subject import as_of_findings

    as_of_findings(dataset, __import__("datetime").date(2024, 9, 30), 30)
    return data, cache


def test_every_flipped_byte_of_a_real_entry_is_a_miss(tmp_path: Path) -> None:
    """Every byte of a report's entry (each section), flipped one bit at a time: the store
    gives nothing back for it, never other bytes."""
    _, cache = filled(tmp_path)
    reports = [row for row in rows(cache) if row[2] is not None and row[3] is not None]
    key, body, rest, model = max(reports, key=lambda row: len(row[3] or b""))
    checked = 0
    for name, stored in (("body", body), ("rest", rest), ("model", model)):
        assert stored is not None and opened(key, name, stored) is not None
        for index in range(len(stored)):
            for bit in (0, 7):
                spoilt = bytearray(stored)
                spoilt[index] ^= 1 << bit
                assert opened(key, name, bytes(spoilt)) is None, (name, index, bit)
                checked += 1
        assert opened(key, name, stored[:-1]) is None
        assert opened(key, name, stored + b"\x00") is None
        assert opened("another key", name, stored) is None
    assert checked > 5_000


@pytest.mark.slow
def test_flipped_bytes_give_the_results_of_no_cache(run_cli: RunCli, tmp_path: Path) -> None:
    """A sample of flips (fixed seed) inside the entries the commands read, and of the
    database file itself: each run gives the bytes of a run without the cache (so never a
    wrong figure, never a crash, never exit 1 of its own)."""
    data, cache = filled(tmp_path)
    same_everywhere(run_cli, data, cache)
    chance = random.Random(21)
    entries = rows(cache)
    for _ in range(12):
        key, *sections = chance.choice(entries)
        name, stored = chance.choice(
            [(n, s) for n, s in zip(("body", "rest", "model"), sections, strict=True) if s]
        )
        spoilt = bytearray(stored)
        spoilt[chance.randrange(len(spoilt))] ^= 1 << chance.randrange(8)
        replace_section(cache, key, name, bytes(spoilt))
        same_everywhere(run_cli, data, cache)
        replace_section(cache, key, name, stored)
    whole = database(cache).read_bytes()
    for _ in range(12):
        spoilt = bytearray(whole)
        spoilt[chance.randrange(len(spoilt))] ^= 1 << chance.randrange(8)
        database(cache).write_bytes(bytes(spoilt))
        same_everywhere(run_cli, data, cache)
    # A database that is not one at all is started afresh, and used again.
    database(cache).write_bytes(b"garbage" * 1000)
    same_everywhere(run_cli, data, cache)
    assert rows(cache), "the damaged database was not started afresh"


def test_a_spoilt_model_is_parsed_again_from_the_file(run_cli: RunCli, tmp_path: Path) -> None:
    data, cache = filled(tmp_path)
    expected = outcome(run_cli, ["tasks", "--format", "json", "--data", str(data)], None)
    models = 0
    for key, _, _, model in rows(cache):
        if model is not None:
            # Sealed, but not a model that validates: parsed again from the file's bytes.
            replace_section(cache, key, "model", sealed(key, "model", b'{"period": 5}'))
            models += 1
    assert models >= 1 + 7  # the plan and every report that loaded
    cache_object = FileCache(cache)
    workspace = locate(data, None, tmp_path)
    dataset = load_dataset(workspace, tmp_path, cache_object)
    cold = load_dataset(workspace, tmp_path)
    assert [r.report for r in dataset.reports] == [r.report for r in cold.reports]
    assert cache_object.counters.models_read == models - 1  # the reports' (checks remembered)
    assert outcome(run_cli, ["tasks", "--format", "json", "--data", str(data)], cache) == expected


def test_a_spoilt_rest_checks_the_whole_reports(run_cli: RunCli, tmp_path: Path) -> None:
    """The entries by subject of the reports (read to narrow them) spoilt, though sealed: the
    checks across reports run on the whole reports instead, with the same findings."""
    data, cache = filled(tmp_path)
    spoilt = 0
    for key, _, rest, _ in rows(cache):
        if rest is not None:
            replace_section(cache, key, "rest", sealed(key, "rest", b'[["t"], [1]]\n'))
            spoilt += 1
    assert spoilt >= 7
    report = sorted((data / "progress").glob("20*.yaml"))[-1]
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace("value: ", "value: 1", 1), encoding="utf-8")
    same_everywhere(run_cli, data, cache)


def test_the_by_subject_guard_checks_the_whole_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A check across reports that says something about no task or indicator (NotBySubject):
    nothing is remembered by subject, and the whole dataset is checked, as without a cache."""
    from nhanluc_cli.checks import catalogue as checks

    data = demo_with_findings(tmp_path)

    def about_no_subject(plan: object, reports: object) -> list[Finding]:
        return [Finding("W326", "data.not_read", "elsewhere.yaml", 1, 1)]

    monkeypatch.setattr(checks, "CROSS_CHECKS", (*checks.CROSS_CHECKS, about_no_subject))
    monkeypatch.setattr(checks, "DATA_CHECKS", (*checks.DATA_CHECKS, about_no_subject))
    workspace = locate(data, None, tmp_path)
    cold = load_dataset(workspace, tmp_path)
    cache = FileCache(tmp_path / "cache")
    warm = load_dataset(workspace, tmp_path, cache)
    assert warm.findings == cold.findings
    assert any(f.file == "elsewhere.yaml" for f in warm.findings)
    from nhanluc_cli.store.by_subject import remembered_by_subject

    assert warm.plan is not None
    writes = cache.counters.writes
    assert remembered_by_subject(warm, warm.plan, "guard", checks.cross_findings) is None
    assert cache.counters.writes == writes, "something was remembered by subject"


# ---------------------------------------------------------------------------------------------
# Links, sizes, the folder


@pytest.mark.skipif(not POSIX, reason="symbolic links and modes")
def test_the_store_never_writes_through_a_link(run_cli: RunCli, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("precious")
    # The database itself a link: not used, the file it points to untouched.
    data = demo_with_findings(tmp_path)
    cache = tmp_path / "cache"
    database(cache).parent.mkdir(parents=True, mode=0o700)
    database(cache).symlink_to(outside)
    same_everywhere(run_cli, data, cache)
    assert outside.read_text() == "precious"
    with pytest.raises(FileExistsError):
        create_exclusively(database(cache), b"x")
    assert outside.read_text() == "precious"
    # The store's folder a link: refused.
    linked = tmp_path / "linked"
    linked.mkdir(mode=0o700)
    (tmp_path / "elsewhere").mkdir(mode=0o700)
    (linked / FORMAT).symlink_to(tmp_path / "elsewhere")
    assert FileCache(linked).refused is not None
    # One file an entry: a link where the entry goes is replaced, not written through.
    store = FileStore(tmp_path / "files")
    (tmp_path / "files").mkdir(mode=0o700)
    key = "ab" + "0" * 62
    (tmp_path / "files" / "ab").mkdir(mode=0o700)
    (tmp_path / "files" / "ab" / key[2:]).symlink_to(outside)
    store.write(key, {"body": sealed(key, "body", b"[]")})
    assert outside.read_text() == "precious"
    assert not (tmp_path / "files" / "ab" / key[2:]).is_symlink()
    assert store.read([key], "body") == {key: sealed(key, "body", b"[]")}


@pytest.mark.skipif(not POSIX, reason="symbolic links")
def test_pruning_never_follows_a_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / ("0" * 62)).write_bytes(b"x" * 100)
    folder = tmp_path / "files"
    folder.mkdir(mode=0o700)
    (folder / "cd").symlink_to(victim)  # a sub-folder that is a link
    (folder / "ef").mkdir()
    (folder / "ef" / ("1" * 62)).symlink_to(victim / ("0" * 62))  # an entry that is a link
    monkeypatch.setattr(cache_module, "MAX_BYTES", 0)
    FileStore(folder).finish(set(), now=1e10, prune=True)
    assert (victim / ("0" * 62)).read_bytes() == b"x" * 100
    assert not (folder / "ef" / ("1" * 62)).is_symlink()  # the link itself deleted
    # The mark of the last prune a link: never touched through it, no prune at all.
    mark = tmp_path / "mark-target"
    mark.write_text("m")
    os.utime(mark, (0, 0))
    other = tmp_path / "other"
    other.mkdir(mode=0o700)
    (other / "last-prune").symlink_to(mark)
    FileStore(other).finish(set(), now=1e10, prune=True)
    assert mark.stat().st_mtime == 0


@pytest.mark.skipif(not POSIX, reason="modes and owners")
def test_a_folder_others_may_write_in_is_refused_with_a_note(
    run_cli: RunCli, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(DEMO, data)
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    args = ["status", "--format", "json", "--data", str(data)]
    code, out, err = outcome(run_cli, args, shared)
    assert (code, out) == outcome(run_cli, args, None)[:2]
    lines = err.decode().splitlines()
    assert len(lines) == 1 and "Không dùng bộ nhớ đệm" in lines[0] and str(shared) in lines[0]
    assert not database(shared).exists()
    english = run_cli([*args, "--lang", "en"], env={"NHANLUC_CACHE_DIR": str(shared)})
    assert english.stderr.startswith("Not using the cache in ")
    rollup = ["rollup", "--data", str(REPO / "examples" / "units"), "--as-of", "2026-07-31"]
    result = run_cli(rollup, env={"NHANLUC_CACHE_DIR": str(shared)})
    assert result.stderr.count("Không dùng bộ nhớ đệm") == 1
    assert not database(shared).exists()
    # The store's own folder writable by others: the same.
    private = tmp_path / "private"
    (private / FORMAT).mkdir(parents=True)
    (private / FORMAT).chmod(0o777)
    assert FileCache(private).refused == "cache.not_private"
    if os.geteuid() == 0:  # another user's folder (root can make one)
        theirs = tmp_path / "theirs"
        theirs.mkdir(mode=0o700)
        os.chown(theirs, 65534, 65534)
        assert FileCache(theirs).refused == "cache.not_private"


# The child's own peak (VmHWM of /proc: its memory after exec alone; wait4's ru_maxrss counts
# the parent's pages at the fork, and the test process is large).
_PEAK = """
import atexit, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            print(line.split()[1], file=sys.stderr)
atexit.register(peak)
sys.argv = ["nhanluc", *sys.argv[1:]]
from nhanluc_cli.__main__ import main
main()
"""


def _peak_of_a_check(data: Path, cache: Path) -> int:
    """Peak memory (KB) of one `nhanluc check` in a child process."""
    command = [sys.executable, "-c", _PEAK, "check", "--data", str(data)]
    env = {**os.environ, "NHANLUC_CACHE_DIR": str(cache)}
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    return int(result.stderr.split()[-1])


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="VmHWM of Linux")
def test_a_300_mb_file_in_the_cache_folder_costs_no_memory(tmp_path: Path) -> None:
    data = demo_with_findings(tmp_path)
    cache = tmp_path / "cache"
    _peak_of_a_check(data, tmp_path / "warming")  # bytecode written
    filling = _peak_of_a_check(data, cache)  # a run that fills an empty cache
    warm = _peak_of_a_check(data, cache)
    huge = 300 * 1024 * 1024
    # Where an entry of the one-file-an-entry layout goes, and as the database itself (sparse
    # files: no disk used).
    store = FileStore(tmp_path / "files")
    (tmp_path / "files" / "ab").mkdir(parents=True, mode=0o700)
    key = "ab" + "0" * 62
    with open(tmp_path / "files" / "ab" / key[2:], "wb") as stream:
        stream.truncate(huge)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert store.read([key], "body") == {}
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50 * 1024
    os.unlink(database(cache))
    with open(database(cache), "wb") as stream:
        stream.truncate(huge)
    # Not a database: deleted, and the cache filled afresh.
    assert _peak_of_a_check(data, cache) - filling < 50 * 1024
    assert database(cache).stat().st_size < huge
    # An entry larger than the store writes, inside the database: never read. Compared with
    # the same entry simply missing (what it must cost: the same miss).
    _peak_of_a_check(data, cache)
    # The largest entry's (which one that is depends on the folder's name, in its key).
    key = max(rows(cache), key=lambda row: len(row[1] or b""))[0]

    def spoil(value: str) -> None:
        connection = sqlite3.connect(database(cache))
        with connection:
            connection.execute(f"UPDATE entry SET body = {value} WHERE key = ?", (key,))
        connection.close()

    spoil("NULL")
    missing = _peak_of_a_check(data, cache)
    spoil(f"zeroblob({2 * MAX_ENTRY_BYTES})")
    assert _peak_of_a_check(data, cache) - missing < 50 * 1024
    assert warm < filling


def test_the_next_run_never_misses_what_this_one_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The size limit spares every entry the last command used, however small the limit: the
    same command on the same data again hits everything (the 50,000-file run of issue 21
    missed half of it)."""
    data = demo_with_findings(tmp_path)
    workspace = locate(data, None, tmp_path)
    other = tmp_path / "other"
    shutil.copytree(DEMO, other)
    (other / "progress" / "2021.yaml").write_text('period: "2021"\n', encoding="utf-8")
    load_dataset(locate(other, None, tmp_path), tmp_path, FileCache(tmp_path / "cache"))
    monkeypatch.setattr(cache_module, "MAX_BYTES", 1)
    monkeypatch.setattr(cache_module, "PRUNE_EVERY_SECONDS", 0)
    first = FileCache(tmp_path / "cache")
    load_dataset(workspace, tmp_path, first)
    assert first.counters.writes > 0
    again = FileCache(tmp_path / "cache")
    load_dataset(workspace, tmp_path, again)
    assert again.counters.misses == 0 and again.counters.writes == 0
    # What neither used is gone: the other folder's changed report.
    assert len(rows(tmp_path / "cache")) == first.counters.hits + first.counters.writes


# ---------------------------------------------------------------------------------------------
# The key: every module, found by walking the package


def test_a_module_added_moved_or_renamed_is_a_new_key(tmp_path: Path) -> None:
    ours = Path(cache_module.__file__).resolve().parents[1]  # the package; store/ is in it
    package = tmp_path / "nhanluc_cli"
    shutil.copytree(ours, package, ignore=shutil.ignore_patterns("__pycache__"))
    first = program_fingerprint(package)
    assert program_fingerprint(package) == first
    seen = {first}
    (package / "new_engine.py").write_text("X = 1\n")  # a module added
    seen.add(program_fingerprint(package))
    (package / "new_engine.py").rename(package / "tasks" / "new_engine.py")  # moved
    seen.add(program_fingerprint(package))
    renamed = package / "judging" / "dashboard.py"
    (package / "judging" / "status_view.py").rename(renamed)  # renamed, bytes the same
    seen.add(program_fingerprint(package))
    (package / "render" / "status.py").write_text("# words only\n")  # render/ counts too
    seen.add(program_fingerprint(package))
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "x.py").write_text("compiled")  # bytecode does not
    (package / "notes.txt").write_text("not code")
    seen.add(program_fingerprint(package))
    assert len(seen) == 5
    names = [p.relative_to(package).as_posix() for p in package_sources(package)]
    assert (
        "judging/dashboard.py" in names and "cli/check.py" in names and "render/status.py" in names
    )
    assert not any("__pycache__" in name for name in names)
    source = (REPO / "src" / "nhanluc_cli" / "store" / "cache.py").read_text(encoding="utf-8")
    assert "_LOADING_MODULES" not in source and "_NOT_ENGINES" not in source


def test_a_renamed_module_in_an_entry_is_a_miss_not_a_crash(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """An entry that names a record class of a module that moved away (as a stale cache would
    after a rename, were the key not to change): a miss, the results of a run without it."""
    data, cache = filled(tmp_path)
    renamed = b'[["r","nhanluc_cli.moved_away:Finding","E101","k","f",1,1,"",["m"],["t"],null]]'
    for key, body, _, _ in rows(cache):
        assert body is not None
        replace_section(cache, key, "body", sealed(key, "body", renamed))
    same_everywhere(run_cli, data, cache)


@pytest.mark.parametrize(
    "digests", [b"", b"\0" * 31, b"\0" * 33, b"\0" * 96], ids=lambda digests: f"{len(digests)}B"
)
def test_an_entry_whose_digests_are_not_one_a_subject_is_a_miss(
    tmp_path: Path, digests: bytes
) -> None:
    # Two subjects: 64 bytes of digests (DIGEST_SIZE each). Sealed as the cache seals, so
    # only the check of its layout can turn it away (by_subject.py reads a digest a subject).
    cache = FileCache(tmp_path / "cache")
    names = ("t1", "ichi_tieu")
    good = cache_module.FileEntry((), names, b"\1" * 64, True, None)
    cache.put_file("good", good, b"rest")
    cache.put_file("bad", good._replace(digests=digests), b"rest")
    cache.finish()
    again = FileCache(tmp_path / "cache")
    found = again.files(["good", "bad"])
    assert set(found) == {"good"}
    assert found["good"].digests == b"\1" * 64
