"""Validated files remembered by content (contract §13), so a repeated command skips reading,
parsing and validating what did not change.

An entry's key is the SHA-256 of the file's role (plan or report), the program's fingerprint
(nhanluc's version, the source of every module whose work is cached, the versions of pydantic
and PyYAML), the plan's bytes' hash and the file's own bytes. Nothing on disk but the bytes
decides a hit: a file edited to the same size and modification time is a different key. An
entry holds what loading the file produced: the validated model (or None) and its findings; its
places are worked out again from the bytes when a finding asks for one (SourceMap), so they are
exactly those of a cold load.

Entries are pickles, one file each, in a folder only the user may read (0o700): the cache is as
trusted as the user's own files. A missing, corrupt, foreign or unreadable entry is a miss; a
cache that cannot be written is ignored. Writes go through a temporary file and os.replace, so a
reader never sees half an entry, and two commands writing the same entry write the same bytes.

Besides files, the findings of the checks over a whole dataset are remembered (Dataset.remembered)
under the key of every file's key and name in order, the engines' code and what else they read
(the as-of date): `check` on an unchanged folder then runs no check again. Values computed
from loaded files are remembered too (FileCache.remembered), each under a key that says all
they depend on: what the per-report checks found in one report (dataset.py), a roll-up unit's
outcome on a date (units.py).

Size: each entry is about the size of its file. Once a day at most, the first command that
writes an entry deletes the entries not written for `MAX_AGE_DAYS` and then, oldest first, those
beyond `MAX_BYTES` in all (entries of an older version of nhanluc age out that way).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, cast

from nhanluc_cli.findings import Finding

T = TypeVar("T")

FORMAT = "v1"  # the layout of the folder and of an entry
MAX_AGE_DAYS = 30
MAX_BYTES = 256 * 1024 * 1024
PRUNE_EVERY_SECONDS = 24 * 3600
_PRUNE_MARK = "last-prune"

# The modules whose code decides what loading a file produces, and what an entry holds (this
# module and dataset.py: a change to either is a new key, so no entry of another shape is read).
_LOADING_MODULES = (
    "loader.py",
    "model.py",
    "sources.py",
    "findings.py",
    "vietnamese.py",
    "reading.py",
    "dataset.py",
    "cache.py",
    "parts.py",
)


class Entry(NamedTuple):
    """What loading one file produced, as a cold load returns it. The model stays pickled until
    asked for: a command whose checks are all remembered never needs it."""

    findings: tuple[Finding, ...]
    model_pickle: bytes = b""  # b"": the file gave no model
    parts: bytes = b""  # a report's parts by subject (parts.py), pickled; b"": none
    # What the per-report checks found in a report (checks.report_findings), one tuple per
    # check; None when they did not run (no plan loaded).
    checked: tuple[tuple[Finding, ...], ...] | None = None
    # A report's model is written after the rest of its entry, in the same file, and read only
    # by a command that needs it (FileCache.model_apart): most warm runs read the findings and
    # the parts of every report, not the model. Here `model_pickle` is then b"".
    model_apart: bool = False

    @classmethod
    def of(
        cls,
        model: Any,
        findings: Iterable[Finding],
        parts: bytes = b"",
        checked: tuple[tuple[Finding, ...], ...] | None = None,
    ) -> Entry:
        pickled = b"" if model is None else pickle.dumps(model, pickle.HIGHEST_PROTOCOL)
        return cls(tuple(findings), pickled, parts, checked)

    def model(self) -> Any:
        """The model (model.Plan | model.Report), or None. Raises when the pickle is spoilt."""
        return pickle.loads(self.model_pickle) if self.model_pickle else None


def program_fingerprint() -> bytes:
    """nhanluc's version and the bytes of the loading code, and those of pydantic's and PyYAML's
    version files (and whether libyaml is there): a new release or an edited checkout (an
    editable install keeps its version) is a new key. Read from the files, so that a command
    whose results are all in the cache imports neither pydantic nor yaml."""
    from nhanluc_cli import __version__

    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in _LOADING_MODULES:
        digest.update((here / name).read_bytes())
    for package, version_file in (("pydantic", "version.py"), ("yaml", "__init__.py")):
        folder = _package_folder(package)
        if folder is not None:
            digest.update((folder / version_file).read_bytes())
            digest.update(" ".join(sorted(n for n in os.listdir(folder) if n[0] == "_")).encode())
    versions = (FORMAT, __version__, sys.version.split()[0])
    digest.update("\0".join(versions).encode())
    return digest.digest()


def _package_folder(name: str) -> Path | None:
    from importlib.util import find_spec

    spec = find_spec(name)  # a top-level name: found, not imported
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


# Folders whose code never decides a finding: words, rendering, the command line, `import`.
_NOT_ENGINES = ("cli", "render", "importer", "scaffold_files", "bundled")


def engines_fingerprint(program: bytes) -> bytes:
    """`program` and the bytes of every module that computes findings from loaded files (the
    cross-file and as-of checks): the key of what a whole dataset's checks produced."""
    digest = hashlib.sha256(program)
    for path in engine_sources(Path(__file__).resolve().parent):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.digest()


def engine_sources(package: Path) -> list[Path]:
    """The .py files of `package` outside _NOT_ENGINES, in path order. Walked with the excluded
    folders and every __pycache__ left out: `rglob` listed them all, ten times the cost (1 ms of
    every warm command)."""
    found: list[Path] = []
    for root, folders, files in os.walk(package):
        kept = (f for f in folders if f != "__pycache__")
        folders[:] = [f for f in kept if root != str(package) or f not in _NOT_ENGINES]
        found += (Path(root, name) for name in files if name.endswith(".py"))
    return sorted(found)


def file_key(role: str, program: bytes, plan_digest: bytes, data: bytes) -> str:
    digest = hashlib.sha256(role.encode())
    digest.update(program)
    digest.update(plan_digest)
    digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


class FileCache:
    """Entries under `folder`/v1/ab/cdef...; every failure to read or write is a miss."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / FORMAT
        self._root = os.fspath(self.folder)
        self.wrote = False
        self._made: set[str] = set()
        self._writable = True
        self._program = b""
        self._engines = b""

    def program(self) -> bytes:
        """program_fingerprint(), worked out once for this cache's life (one command, or one
        roll-up worker's units): hashing the code again for each of 124 units was half of a
        warm roll-up."""
        if not self._program:
            self._program = program_fingerprint()
        return self._program

    def engines(self) -> bytes:
        """engines_fingerprint(self.program()), once for this cache's life."""
        if not self._engines:
            self._engines = engines_fingerprint(self.program())
        return self._engines

    def _path(self, key: str) -> str:
        # A string, not a Path: a warm command at ten thousand reports asks for 20,000 entries.
        return os.path.join(self._root, key[:2], key[2:])

    def get(self, key: str) -> Entry | None:
        try:
            with open(self._path(key), "rb") as stream:
                stored_key, findings, model_pickle, parts, checked, apart = pickle.load(stream)
        except Exception:  # missing, unreadable, truncated, from another program: a miss
            return None
        if stored_key != key or not isinstance(findings, tuple):
            return None
        if not isinstance(model_pickle, bytes) or not isinstance(parts, bytes):
            return None
        if checked is not None and not isinstance(checked, tuple):
            return None
        return Entry(findings, model_pickle, parts, checked, apart is True)

    def model_apart(self, key: str) -> Any:
        """The model kept after the entry under `key` (Entry.model_apart); raises when it is
        gone or spoilt (the caller parses the file again)."""
        with open(self._path(key), "rb") as stream:
            stored_key = pickle.load(stream)[0]
            if stored_key != key:
                raise LookupError(key)
            return pickle.load(stream)

    def remembered(self, key: str, compute: Callable[[], T]) -> T:
        """`compute()` (a picklable value), or what it gave under `key` before; a spoilt pickle
        is a miss. The caller's key says everything the value depends on."""
        entry = self.get(key)
        if entry is not None and entry.model_pickle:
            try:
                return cast(T, entry.model())
            except Exception:
                pass
        value = compute()
        self.put(key, Entry.of(value, ()))
        return value

    def put(self, key: str, entry: Entry) -> None:
        if not self._writable:
            return
        path = Path(self._path(key))
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            if entry.model_apart and entry.model_pickle:
                # The model last, a pickle of its own: get() stops reading before it.
                rest = entry._replace(model_pickle=b"")
                payload = pickle.dumps((key, *rest), pickle.HIGHEST_PROTOCOL) + entry.model_pickle
            else:
                payload = pickle.dumps((key, *entry), pickle.HIGHEST_PROTOCOL)
            if key[:2] not in self._made:
                # Only the folders the cache makes are the user's alone, never one it was
                # pointed at (NHANLUC_CACHE_DIR may name any folder).
                self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                path.parent.mkdir(mode=0o700, exist_ok=True)
                self._made.add(key[:2])
            with open(temporary, "wb") as stream:
                stream.write(payload)
            os.replace(temporary, path)
            self.wrote = True
        except Exception:  # read-only, full, or a value pickle refuses: run without the cache
            self._writable = False
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)

    def prune(self, now: float | None = None) -> None:
        """Delete old entries, then the oldest beyond the size limit; at most once a day."""
        now = time.time() if now is None else now
        mark = self.folder / _PRUNE_MARK
        try:
            if now - mark.stat().st_mtime < PRUNE_EVERY_SECONDS:
                return
        except OSError:
            pass
        try:
            mark.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            mark.touch()
            os.utime(mark, (now, now))
            entries = []
            for path in self.folder.glob("??/*"):
                # Another process (a roll-up's worker, a second command) may be pruning too,
                # or replacing this entry: an entry gone meanwhile is skipped, not the prune.
                with contextlib.suppress(OSError):
                    status = path.stat()
                    entries.append((status.st_mtime, status.st_size, path))
            entries.sort(reverse=True)  # newest first
            total = 0
            for written, size, path in entries:
                total += size
                if now - written > MAX_AGE_DAYS * 86400 or total > MAX_BYTES:
                    path.unlink(missing_ok=True)
        except OSError:
            pass
