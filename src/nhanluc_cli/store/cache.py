"""Validated files remembered by content (contract §13), so a repeated command skips reading,
parsing and validating what did not change.

Keys. An entry's key is the SHA-256 of the file's role (plan or report), the program's
fingerprint (nhanluc's version and the bytes of every module of the installed package, found by
walking its folder: no list of names, so a module moved, renamed or added is a new key; the
versions of pydantic and PyYAML), the plan's bytes' hash and the file's own bytes. Nothing on
disk but the bytes decides a hit: a file edited to the same size and modification time is a
different key. Values computed from loaded files are remembered too (`remembered`), each under a
key that says all they depend on.

Entries are data, never code: plain values as JSON (plain_data.py) and models as their
`model_dump` JSON, rebuilt by pydantic's validation; nothing read can run code. Each part of an
entry carries a checksum of its key, its name and its bytes: any corruption, anywhere, is a miss.
No part is read larger than the store writes (MAX_ENTRY_BYTES), whatever sits in the folder.

The store is one SQLite file (the standard library's sqlite3): reads in batches (one query per
few hundred keys), writes in one transaction per run (or per WRITE_BATCH_BYTES). Its folder must
belong to the user and be writable by nobody else, or the cache is refused (`refusal`: the
command says so in one line and runs without it). The database file is created exclusively
(O_EXCL|O_NOFOLLOW) and never opened through a link; it keeps no journal, so SQLite
makes no other file there. A database SQLite finds damaged is deleted and started afresh.

`FileStore` keeps each entry in a file of its own instead (written through an exclusive
temporary file, then renamed); `benchmarks/run.py --compare-stores` times the two. SQLite was
faster at filling and at reading (benchmarks/README.md), so it is the store.

Size: at most once a day, the first command that writes deletes the entries not used for
`MAX_AGE_DAYS` and then, oldest first, those beyond `MAX_BYTES` in all; never an entry this
command read or wrote, so the next command on the same data finds everything it needs.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeVar, cast

from nhanluc_cli import plain_data
from nhanluc_cli.findings import Finding
from nhanluc_cli.loading.parts import DIGEST_SIZE

if TYPE_CHECKING:
    import sqlite3

T = TypeVar("T")

FORMAT = "v2"  # the layout of the folder and of an entry (v1: pickles, never read)
MAX_AGE_DAYS = 30
MAX_BYTES = 2 * 1024 * 1024 * 1024
# No part of an entry is written (nor read) larger than this: a data file is at most 2 MB
# (reading.MAX_BYTES), and its entry a few times that.
MAX_ENTRY_BYTES = 32 * 1024 * 1024
WRITE_BATCH_BYTES = 64 * 1024 * 1024
PRUNE_EVERY_SECONDS = 24 * 3600
READ_BATCH = 500  # keys a query (SQLite allows 32,766 parameters; a few hundred read fastest)
CHECKSUM_SIZE = 16
SECTIONS = ("body", "rest", "model")
_DATABASE = "entries.sqlite"
_SCHEMA = 3  # the table's layout (PRAGMA user_version)
_PRUNE_MARK = "last-prune"


class Counters:
    """What a cache did in this process: the tests count reads and writes by these, not by
    replacing functions."""

    def __init__(self) -> None:
        self.hits = 0
        self.misses = 0
        self.writes = 0
        self.models_read = 0
        self.narrowing_reads = 0  # models read as JSON to narrow reports (incremental.py)


# ---------------------------------------------------------------------------------------------
# Keys


def program_fingerprint(package: Path | None = None) -> bytes:
    """nhanluc's version and the bytes of every module of the installed package (walked, with
    each file's path inside the package), and those of pydantic's and PyYAML's version files
    (and whether libyaml is there): a new release, an edited checkout (an editable install
    keeps its version), a module added, moved or renamed is a new key. Read from the files, so
    that a command whose results are all in the cache imports neither pydantic nor yaml."""
    from nhanluc_cli import __version__

    digest = hashlib.sha256()
    package = package or Path(__file__).resolve().parents[1]  # store/ is in the package
    for path in package_sources(package):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        data = path.read_bytes()
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    for name, version_file in (("pydantic", "version.py"), ("yaml", "__init__.py")):
        folder = _package_folder(name)
        if folder is not None:
            digest.update((folder / version_file).read_bytes())
            digest.update(" ".join(sorted(n for n in os.listdir(folder) if n[0] == "_")).encode())
    versions = (FORMAT, __version__, sys.version.split()[0])
    digest.update("\0".join(versions).encode())
    return digest.digest()


def package_sources(package: Path) -> list[Path]:
    """Every .py file under `package`, in path order; __pycache__ left out (walked without it:
    `rglob` listed every compiled file too, ten times the cost)."""
    found: list[Path] = []
    for root, folders, files in os.walk(package):
        folders[:] = [f for f in folders if f != "__pycache__"]
        found += (Path(root, name) for name in files if name.endswith(".py"))
    return sorted(found)


def _package_folder(name: str) -> Path | None:
    from importlib.util import find_spec

    spec = find_spec(name)  # a top-level name: found, not imported
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def file_key(role: str, program: bytes, plan_digest: bytes, data: bytes) -> str:
    return file_key_of_digest(role, program, plan_digest, hashlib.sha256(data).digest())


def file_key_of_digest(role: str, program: bytes, plan_digest: bytes, content: bytes) -> str:
    """file_key of a file whose bytes' SHA-256 is `content` (worked out once a file: W333
    compares files by it too)."""
    digest = hashlib.sha256(role.encode())
    digest.update(program)
    digest.update(plan_digest)
    digest.update(content)
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------
# Checksums: each part of an entry is its checksum, then its bytes.


def sealed(key: str, section: str, payload: bytes) -> bytes:
    return _checksum(key, section, payload) + payload


def opened(key: str, section: str, stored: bytes | None) -> bytes | None:
    """The payload of a sealed part, or None when it is not what `sealed` wrote for them."""
    if stored is None or len(stored) < CHECKSUM_SIZE or len(stored) > MAX_ENTRY_BYTES:
        return None
    payload = stored[CHECKSUM_SIZE:]
    if stored[:CHECKSUM_SIZE] != _checksum(key, section, payload):
        return None
    return payload


def _checksum(key: str, section: str, payload: bytes) -> bytes:
    digest = hashlib.blake2b(key.encode(), digest_size=CHECKSUM_SIZE)
    digest.update(b"\0" + section.encode() + b"\0")
    digest.update(payload)
    return digest.digest()


# ---------------------------------------------------------------------------------------------
# The folder


def refusal(folder: Path) -> str | None:
    """Why the cache folder cannot be trusted (an i18n key), or None: it must be a folder the
    user owns that nobody else may write in, and so must its store folder (made here, 0o700)."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        store = folder / FORMAT
        with contextlib.suppress(FileExistsError):
            store.mkdir(mode=0o700)
        for path, may_link in ((folder, True), (store, False)):
            # The folder the user named may be a link to a folder of theirs; the store's own
            # folder inside it may not.
            status = os.stat(path) if may_link else os.lstat(path)
            if not stat.S_ISDIR(status.st_mode):
                return "cache.unusable"
            if not _owned_and_private(status):
                return "cache.not_private"
    except OSError:  # cannot be made or looked at: ignored, as an unwritable cache is
        return "cache.unusable"
    return None


def _owned_and_private(status: os.stat_result) -> bool:
    if not hasattr(os, "getuid"):  # Windows: the folder's ACL is the user's profile's
        return True
    return status.st_uid == os.getuid() and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def create_exclusively(path: Path, data: bytes) -> None:
    """Write `data` to a new file at `path`, never through a link nor over a file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)


def read_bounded(path: str, limit: int) -> bytes | None:
    """A regular file's bytes (not through a link) when at most `limit`; else None."""
    try:
        descriptor = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as stream:
        status = os.fstat(stream.fileno())
        if not stat.S_ISREG(status.st_mode) or status.st_size > limit:
            return None
        data = stream.read(limit + 1)
    return data if len(data) <= limit else None


# ---------------------------------------------------------------------------------------------
# Stores: sealed parts by key, nothing more.


class Store(Protocol):
    def read(self, keys: Sequence[str], section: str) -> dict[str, bytes]:
        """The sealed `section` of each key found (misses left out)."""

    def write(self, key: str, sections: Mapping[str, bytes]) -> None:
        """Raises OSError (or sqlite3.Error) when it cannot."""

    def finish(self, used: set[str], now: float, prune: bool) -> None:
        """Write what is pending; with `prune`, prune when due, sparing the keys in `used`."""

    def flush(self, now: float) -> None:
        """Write what is pending now (it is held in memory until then)."""


class SqliteStore:
    """Every entry in one SQLite file: a row a key, a column a section."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / _DATABASE
        self._connection: sqlite3.Connection | None = None
        self._pending: list[tuple[str, bytes | None, bytes | None, bytes | None, int]] = []
        self._pending_bytes = 0
        # The table was made by this store: nothing in it is older than this command, so a
        # prune that is due has nothing to delete (an empty cache filling; the mark is still set).
        self._made_table = False

    def _connect(self) -> sqlite3.Connection:
        if self._connection is not None:
            return self._connection
        import sqlite3

        try:
            return self._open()
        except sqlite3.OperationalError:
            raise  # locked or busy: not damaged
        except sqlite3.DatabaseError:
            # Damaged (a flipped byte in its header, a torn write): started afresh.
            self.path.unlink(missing_ok=True)
            return self._open()

    def _open(self) -> sqlite3.Connection:
        import sqlite3 as module

        try:
            create_exclusively(self.path, b"")
        except FileExistsError:
            status = os.lstat(self.path)
            if not stat.S_ISREG(status.st_mode) or not _owned_and_private(status):
                raise OSError(f"{self.path} is not the cache's own file") from None
        connection = module.connect(self.path, timeout=10, isolation_level=None)
        try:
            # No journal at all: no file beside the database, and freeing a huge planted blob keeps
            # no copy of its pages in memory. A write cut short can damage the file: SQLite then
            # says so, and the file is started afresh (a cache loses nothing it cannot rebuild).
            connection.execute("PRAGMA journal_mode=OFF")
            connection.execute("PRAGMA synchronous=OFF")  # a cache: a lost write is a miss
            if connection.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA:
                with _transaction(connection):  # one process sets it up, the others wait
                    if connection.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA:
                        # New, or of another layout: started afresh.
                        connection.execute("DROP TABLE IF EXISTS entry")
                        connection.execute(
                            "CREATE TABLE entry (key TEXT PRIMARY KEY, body BLOB, rest BLOB,"
                            " model BLOB, size INTEGER NOT NULL, used INTEGER NOT NULL)"
                        )
                        connection.execute(f"PRAGMA user_version = {_SCHEMA}")
                        self._made_table = True
        except module.DatabaseError:
            connection.close()
            raise
        self._connection = connection
        return connection

    def read(self, keys: Sequence[str], section: str) -> dict[str, bytes]:
        import sqlite3

        assert section in SECTIONS
        found: dict[str, bytes] = {}
        try:
            connection = self._connect()
            for start in range(0, len(keys), READ_BATCH):
                batch = keys[start : start + READ_BATCH]
                marks = ",".join("?" * len(batch))
                # length() reads no blob: an oversized one is never loaded.
                query = (
                    f"SELECT key, CASE WHEN length({section}) <= ? THEN {section} END"
                    f" FROM entry WHERE key IN ({marks})"
                )
                for key, value in connection.execute(query, (MAX_ENTRY_BYTES, *batch)):
                    if isinstance(key, str) and isinstance(value, bytes):
                        found[key] = value
        except (sqlite3.Error, OSError):
            self._forget_if_damaged()
        return found

    def write(self, key: str, sections: Mapping[str, bytes]) -> None:
        body, rest, model = (sections.get(name) for name in SECTIONS)
        size = sum(len(part) for part in (body, rest, model) if part is not None)
        self._pending.append((key, body, rest, model, size))
        self._pending_bytes += size
        if self._pending_bytes >= WRITE_BATCH_BYTES:
            self._flush(time.time())

    def flush(self, now: float) -> None:
        self._flush(now)

    def _flush(self, now: float) -> None:
        if not self._pending:
            return
        pending, self._pending, self._pending_bytes = self._pending, [], 0
        connection = self._connect()
        used = int(now)
        with _transaction(connection):
            connection.executemany(
                "INSERT OR REPLACE INTO entry VALUES (?, ?, ?, ?, ?, ?)",
                [(*row, used) for row in pending],
            )

    def finish(self, used: set[str], now: float, prune: bool) -> None:
        import sqlite3

        try:
            self._flush(now)
            due = prune and self._connection is not None and _prune_due(self.path.parent, now)
            if due and self._connection is not None and not self._made_table:
                self._prune(self._connection, used, now)
        except (sqlite3.Error, OSError):
            self._forget_if_damaged()
        finally:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _prune(self, connection: sqlite3.Connection, used: set[str], now: float) -> None:
        with _transaction(connection):
            connection.execute("CREATE TEMP TABLE IF NOT EXISTS kept (key TEXT PRIMARY KEY)")
            connection.executemany("INSERT OR IGNORE INTO kept VALUES (?)", ((k,) for k in used))
            connection.execute(
                "UPDATE entry SET used = ? WHERE key IN (SELECT key FROM kept)", (int(now),)
            )
            connection.execute(
                "DELETE FROM entry WHERE used < ?", (int(now) - MAX_AGE_DAYS * 86400,)
            )
            total = 0
            doomed: list[tuple[str]] = []
            rows = connection.execute(
                "SELECT key, size, key IN (SELECT key FROM kept) FROM entry ORDER BY used DESC"
            )
            for key, size, kept in rows:
                total += size
                if total > MAX_BYTES and not kept:
                    doomed.append((key,))
            connection.executemany("DELETE FROM entry WHERE key = ?", doomed)
            connection.execute("DROP TABLE kept")

    def _forget_if_damaged(self) -> None:
        """After an error: a database SQLite finds damaged is deleted (the next command starts
        afresh); a busy or locked one is left alone."""
        import sqlite3

        if self._connection is None:
            return
        try:
            self._connection.execute("SELECT count(*) FROM entry").fetchone()
        except sqlite3.OperationalError:
            return  # locked, busy: not damaged
        except sqlite3.DatabaseError:
            self._connection.close()
            self._connection = None
            self.path.unlink(missing_ok=True)


@contextlib.contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _prune_due(folder: Path, now: float) -> bool:
    """Whether a day has gone by since the last prune; marks this one."""
    mark = folder / _PRUNE_MARK
    try:
        status = os.lstat(mark)
        if not stat.S_ISREG(status.st_mode):
            return False  # a link or a folder where the mark should be: no pruning at all
        if now - status.st_mtime < PRUNE_EVERY_SECONDS:
            return False
    except FileNotFoundError:
        with contextlib.suppress(FileExistsError):
            create_exclusively(mark, b"")
    os.utime(mark, (now, now), follow_symlinks=False)
    return True


class FileStore:
    """Each entry in a file of its own, `ab/cdef...`: a header line of the sections' sizes,
    then the sections. Written through an exclusive temporary file that never follows a link,
    then renamed over the entry (a reader never sees half an entry)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._root = os.fspath(folder)
        self._made: set[str] = set()

    def _path(self, key: str) -> str:
        return os.path.join(self._root, key[:2], key[2:])

    def read(self, keys: Sequence[str], section: str) -> dict[str, bytes]:
        index = SECTIONS.index(section)
        found: dict[str, bytes] = {}
        for key in keys:
            data = read_bounded(self._path(key), 3 * MAX_ENTRY_BYTES + 64)
            if data is None:
                continue
            head, _, rest = data.partition(b"\n")
            try:
                sizes = [int(size) for size in head.split(b" ")]
            except ValueError:
                continue
            if len(sizes) != len(SECTIONS) or sum(sizes) != len(rest) or min(sizes) < 0:
                continue
            start = sum(sizes[:index])
            if sizes[index]:
                found[key] = rest[start : start + sizes[index]]
        return found

    def write(self, key: str, sections: Mapping[str, bytes]) -> None:
        parts = [sections.get(name, b"") for name in SECTIONS]
        payload = " ".join(str(len(part)) for part in parts).encode() + b"\n" + b"".join(parts)
        folder = os.path.join(self._root, key[:2])
        if key[:2] not in self._made:
            with contextlib.suppress(FileExistsError):
                os.mkdir(folder, 0o700)
            if not stat.S_ISDIR(os.lstat(folder).st_mode):
                raise OSError(f"{folder} is not a folder")
            self._made.add(key[:2])
        temporary = Path(folder, f".{key[2:]}.{os.getpid()}.{time.monotonic_ns()}.tmp")
        try:
            create_exclusively(temporary, payload)
            os.replace(temporary, self._path(key))  # replaces a link itself, never its target
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise

    def flush(self, now: float) -> None:
        """Nothing to do: each entry is written at once."""

    def finish(self, used: set[str], now: float, prune: bool) -> None:
        with contextlib.suppress(OSError):
            if prune and _prune_due(self.folder, now):
                self._prune(used, now)

    def _prune(self, used: set[str], now: float) -> None:
        entries: list[tuple[float, int, str, bool]] = []
        with os.scandir(self._root) as top:
            for folder in top:
                # Only real folders of two characters: a link to a folder is never entered.
                if len(folder.name) != 2 or not folder.is_dir(follow_symlinks=False):
                    continue
                with os.scandir(folder.path) as inside:
                    for entry in inside:
                        with contextlib.suppress(OSError):
                            status = entry.stat(follow_symlinks=False)
                            kept = folder.name + entry.name in used
                            entries.append((status.st_mtime, status.st_size, entry.path, kept))
        entries.sort(reverse=True)  # newest first
        total = 0
        for written, size, path, kept in entries:
            total += size
            if kept:
                continue
            if now - written > MAX_AGE_DAYS * 86400 or total > MAX_BYTES:
                with contextlib.suppress(OSError):
                    os.unlink(path)  # a link is deleted itself, never what it points to


# ---------------------------------------------------------------------------------------------
# The cache


class FileEntry(NamedTuple):
    """What loading one file produced, as a cold load returns it, without its model (kept in
    the entry's `model` section, read only by a command that needs it)."""

    findings: tuple[Finding, ...]
    names: tuple[str, ...] = ()  # a report's parts (parts.py): the subjects it speaks of,
    digests: bytes = b""  # the digest of each, and
    has_parts: bool = False  # whether the two above, and the section `rest`, were worked out
    # What the per-report checks found in a report (checks.report_findings), one tuple per
    # check; None when they did not run (no plan loaded).
    checked: tuple[tuple[Finding, ...], ...] | None = None
    has_model: bool = False


class Miss:
    """What `FileCache.value` gives for a key it does not hold (None is a value)."""


MISS = Miss()


class FileCache:
    """The cache in `folder`/v2; every failure to read or write is a miss. Refused (unusable,
    `refused` says why) when the folder is not the user's alone."""

    def __init__(self, folder: Path, store: str = "sqlite") -> None:
        self.folder = folder / FORMAT
        self.refused = refusal(folder)
        self.wrote = False
        self.counters = Counters()
        self._writable = self.refused is None
        self._store: Store = (
            SqliteStore(self.folder) if store == "sqlite" else FileStore(self.folder)
        )
        self._used: set[str] = set()
        self._program = b""
        self._finished = False

    def program(self) -> bytes:
        """program_fingerprint(), worked out once for this cache's life (one command, or one
        roll-up worker's units)."""
        if not self._program:
            self._program = program_fingerprint()
        return self._program

    def engines(self) -> bytes:
        """The fingerprint of the code that computes findings: every module is in program()."""
        return self.program()

    # Reading

    def _read(self, keys: Sequence[str], section: str) -> dict[str, bytes]:
        if self.refused is not None or not keys:
            return {}
        found: dict[str, bytes] = {}
        for key, stored in self._store.read(keys, section).items():
            payload = opened(key, section, stored)
            if payload is not None:
                found[key] = payload
        return found

    def files(self, keys: Sequence[str]) -> dict[str, FileEntry]:
        """The entries of loaded files under `keys` (misses left out), read in batches."""
        found: dict[str, FileEntry] = {}
        for key, payload in self._read(keys, "body").items():
            entry = _file_entry(payload)
            if entry is not None:
                found[key] = entry
        self._used.update(found)
        hits = sum(key in found for key in keys)
        self.counters.hits += hits
        self.counters.misses += len(keys) - hits
        return found

    def rests(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The `rest` of each key that has one (a report's entries by subject, to narrow it:
        incremental.py), read in batches."""
        self.counters.narrowing_reads += len(keys)
        return self._read(keys, "rest")

    def model_json(self, key: str) -> bytes | None:
        """The JSON of the model kept in the entry under `key`, or None."""
        self.counters.models_read += 1
        return self._read([key], "model").get(key)

    def value(self, key: str) -> object:
        """The plain value remembered under `key`, or MISS."""
        payload = self._read([key], "body").get(key)
        if payload is not None:
            try:
                value = plain_data.loads(payload)
            except plain_data.NotPlain:
                pass
            else:
                self._used.add(key)
                self.counters.hits += 1
                return value
        self.counters.misses += 1
        return MISS

    def values(self, keys: Sequence[str]) -> dict[str, object]:
        """The plain values remembered under `keys`, misses left out."""
        found: dict[str, object] = {}
        for key, payload in self._read(keys, "body").items():
            with contextlib.suppress(plain_data.NotPlain):
                found[key] = plain_data.loads(payload)
        self._used.update(found)
        self.counters.hits += len(found)
        self.counters.misses += len(keys) - len(found)
        return found

    def remembered(self, key: str, compute: Callable[[], T]) -> T:
        """`compute()` (a plain value: plain_data.py), or what it gave under `key` before. The
        caller's key says everything the value depends on."""
        value = self.value(key)
        if not isinstance(value, Miss):
            return cast(T, value)
        computed = compute()
        self.put_value(key, computed)
        return computed

    # Writing

    def put_value(self, key: str, value: object) -> None:
        self.put_values({key: value})

    def put_values(self, values: Mapping[str, object]) -> None:
        """put_value of each, written together: after the load, in one transaction rather than
        one each (a value by subject, for every subject of the plan, when the cache fills)."""
        finished, self._finished = self._finished, False
        try:
            for key, value in values.items():
                try:
                    payload = plain_data.dumps(value)
                except plain_data.NotPlain:
                    continue  # not remembered: computed again next time
                self._put(key, {"body": payload})
        finally:
            self._finished = finished
        if finished and values:
            self.finish()

    def put_file(
        self, key: str, entry: FileEntry, rest: bytes = b"", model_json: bytes = b""
    ) -> None:
        entry = entry._replace(has_model=bool(model_json))
        try:
            body = plain_data.dumps(
                (
                    entry.findings,
                    plain_data.Texts(entry.names),
                    entry.digests,
                    entry.has_parts,
                    entry.checked,
                    entry.has_model,
                )
            )
        except plain_data.NotPlain:
            return
        sections = {"body": body}
        if rest:
            sections["rest"] = rest
        if model_json:
            sections["model"] = model_json
        self._put(key, sections)

    def _put(self, key: str, sections: dict[str, bytes]) -> None:
        if not self._writable:
            return
        if any(len(part) + CHECKSUM_SIZE > MAX_ENTRY_BYTES for part in sections.values()):
            return  # never written, as it would never be read
        try:
            self._store.write(key, {n: sealed(key, n, p) for n, p in sections.items()})
        except Exception:  # read-only, full, locked for long: run without the cache
            self._writable = False
            return
        self._used.add(key)
        self.wrote = True
        self.counters.writes += 1
        if self._finished:  # a value remembered after the load (a command's own): written now
            self.finish()

    def flush(self) -> None:
        """Write what is pending now rather than at the end: a lean load does, once every report
        is in, so that what it holds for the writes (up to WRITE_BATCH_BYTES) is let go before
        the checks across reports. A store that cannot be written is ignored, as ever."""
        if self.refused is not None or not self._writable:
            return
        try:
            self._store.flush(time.time())
        except Exception:  # whatever the store raises: the results stand
            self._writable = False

    def finish(self, now: float | None = None) -> None:
        """Write what is pending in one transaction; prune at most once a day, never what this
        command used. The store may be used again after (a value remembered late is written
        at once)."""
        if self.refused is not None:
            return
        self._finished = True
        try:
            self._store.finish(self._used, time.time() if now is None else now, self.wrote)
        except Exception:  # whatever the store raises at the end: the results stand
            self._writable = False


def _file_entry(payload: bytes) -> FileEntry | None:
    """A FileEntry from its body's JSON (put_file's layout); None when it is not one. Read for
    every file by every warm command: the parts that are nearly always empty (findings, what
    each per-report check found) and the subjects' names are read without plain_data's walk."""
    import json

    try:
        raw = json.loads(payload)
        if not isinstance(raw, list) or len(raw) != 7 or raw[0] != "t":
            return None
        _, findings_raw, names_raw, digests_hex, has_parts, checked_raw, has_model = raw
        findings: object = () if findings_raw == _EMPTY else plain_data.loads_value(findings_raw)
        checked: object
        if checked_raw is None:
            checked = None
        elif checked_raw[0] == "t" and all(found == _EMPTY for found in checked_raw[1:]):
            checked = ((),) * (len(checked_raw) - 1)  # no check found anything: the usual
        else:
            checked = plain_data.loads_value(checked_raw)
        if names_raw[0] != "s" or not all(type(name) is str for name in names_raw):
            return None
        names = tuple(names_raw[1:])
        digests = bytes.fromhex(digests_hex[1]) if digests_hex[0] == "b" else None
    except (ValueError, TypeError, LookupError, plain_data.NotPlain):
        return None
    if not isinstance(findings, tuple) or not all(isinstance(f, Finding) for f in findings):
        return None
    if digests is None or not isinstance(has_parts, bool):
        return None
    if has_parts and len(digests) != DIGEST_SIZE * len(names):  # a digest a subject
        return None
    if checked is not None and not (
        isinstance(checked, tuple) and all(isinstance(found, tuple) for found in checked)
    ):
        return None
    return FileEntry(findings, names, digests, has_parts, checked, has_model is True)


_EMPTY = ["t"]  # an empty tuple, as plain_data writes it
