"""A data file's bytes, or the finding that says why there are none. No yaml import.

Every load starts here: the cache (dataset.py) keys a file by these bytes before anything is
parsed, and the loader parses them only when the cache has not seen them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from nhanluc_cli.findings import Finding, OsProblem

MAX_BYTES = 2 * 1024 * 1024


def read_bytes(path: Path, display: str) -> tuple[bytes | None, list[Finding]]:
    """The file's bytes, or the finding that says why they cannot be read."""

    def problem(code: str, key: str, **args: object) -> Finding:
        return Finding(code, key, display, 1, 1, args=args)

    try:
        # Opened first, then asked what it is (fstat), then read without Python's buffered file
        # (a third less time at ten thousand reports than stat, open and read through pathlib).
        # O_NONBLOCK: opening a FIFO named *.yaml returns at once instead of waiting for a
        # writer; it changes nothing for a regular file.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        descriptor = os.open(path, flags)
        try:
            status = os.fstat(descriptor)
            # A device or a pipe named *.yaml (a link to /dev/zero, a FIFO) reports size 0 and
            # would be read for ever: only regular files are read, never more than the limit.
            if not stat.S_ISREG(status.st_mode):
                return None, [problem("E101", "file.not_regular")]
            if status.st_size > MAX_BYTES:
                limit = MAX_BYTES
                return None, [problem("E104", "file.too_large", size=status.st_size, limit=limit)]
            data = _read_all(descriptor, status.st_size)
        finally:
            os.close(descriptor)
        if len(data) > MAX_BYTES:
            return None, [problem("E104", "file.too_large", size=len(data), limit=MAX_BYTES)]
    except OSError as error:
        return None, [problem("E101", "file.unreadable", reason=OsProblem.of(error))]
    return data, []


def _read_all(descriptor: int, size: int) -> bytes:
    """The file's bytes to its end, or MAX_BYTES + 1 of them when it grew past the limit since
    fstat. One read of up to the limit: a regular file gives fewer bytes than asked only at its
    end, so getting the `size` fstat gave is the whole file; only a file that changed since is
    read on, a block at a time. The buffer is the limit's size, cut down to what was read, as
    Python's own buffered read makes it: asking for the file's size alone left the memory more
    fragmented (334 MB instead of 279 MB at the peak of a check of ten thousand reports)."""
    limit = MAX_BYTES + 1
    first = os.read(descriptor, limit)
    if len(first) == size or len(first) >= limit:
        return first
    parts = [first]
    total = len(first)
    while total < limit:
        chunk = os.read(descriptor, min(64 * 1024, limit - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    return b"".join(parts)
