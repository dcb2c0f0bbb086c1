"""A data file's bytes, or the finding that says why there are none. No yaml import.

Every load starts here: the cache (dataset.py) keys a file by these bytes before anything is
parsed, and the loader parses them only when the cache has not seen them.
"""

from __future__ import annotations

import stat
from pathlib import Path

from nhanluc_cli.findings import Finding, OsProblem

MAX_BYTES = 2 * 1024 * 1024


def read_bytes(path: Path, display: str) -> tuple[bytes | None, list[Finding]]:
    """The file's bytes, or the finding that says why they cannot be read."""

    def problem(code: str, key: str, **args: object) -> Finding:
        return Finding(code, key, display, 1, 1, args=args)

    try:
        status = path.stat()
        # A device or a pipe named *.yaml (a link to /dev/zero, a FIFO) reports size 0 and would
        # be read for ever: only regular files are read, and never more than the limit.
        if not stat.S_ISREG(status.st_mode):
            return None, [problem("E101", "file.not_regular")]
        if status.st_size > MAX_BYTES:
            return None, [problem("E104", "file.too_large", size=status.st_size, limit=MAX_BYTES)]
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            return None, [problem("E104", "file.too_large", size=len(data), limit=MAX_BYTES)]
    except OSError as error:
        return None, [problem("E101", "file.unreadable", reason=OsProblem.of(error))]
    return data, []
