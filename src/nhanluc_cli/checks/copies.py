"""W333: two report files with the same content, most often a copy made by the file manager
("2022 - Copy.yaml", "2022 (1).yaml"). Both are read, so every figure counts twice and every
status is stated twice; the finding names both files. Pure: takes names and digests."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from nhanluc_cli.findings import Finding


def content_digest(data: bytes) -> bytes:
    """What identical_reports compares: the SHA-256 of a file's bytes, b"" for a file of blanks
    (two empty files are E201 each already, not copies)."""
    return b"" if is_blank(data) else hashlib.sha256(data).digest()


def is_blank(data: bytes) -> bool:
    """Nothing but blanks in the file (or nothing at all): no copy of another."""
    return not data or data.isspace()


def identical_reports(files: Iterable[tuple[str, bytes]]) -> list[Finding]:
    """One W333 per file whose bytes equal an earlier one's, at the copy's first line, given
    each file's name and content_digest. Of two equal files the copy is the one with the longer
    name (a copy adds to the name)."""
    # The first file of each content, by its digest: no file's bytes are kept (there may be
    # tens of thousands of them).
    seen: dict[bytes, str] = {}
    findings = []
    for display, digest in files:
        if not digest:
            continue
        original = seen.setdefault(digest, display)
        if original == display:
            continue
        copy, first = (display, original) if len(display) >= len(original) else (original, display)
        findings.append(
            Finding("W333", "data.identical_reports", copy, 1, 1, args={"first": first})
        )
    return findings
