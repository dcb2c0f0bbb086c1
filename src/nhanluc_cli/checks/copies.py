"""W333: two report files with the same content, most often a copy made by the file manager
("2022 - Copy.yaml", "2022 (1).yaml"). Both are read, so every figure counts twice and every
status is stated twice; the finding names both files. Pure: takes names and bytes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from nhanluc_cli.findings import Finding


def identical_reports(files: Iterable[tuple[str, bytes]]) -> list[Finding]:
    """One W333 per file whose bytes equal an earlier one's, at the copy's first line. Of two
    equal files the copy is the one with the longer name (a copy adds to the name)."""
    # The first file of each content, by its SHA-256: no file's bytes are kept (there may be
    # tens of thousands of them).
    seen: dict[bytes, str] = {}
    findings = []
    for display, data in files:
        if not data.strip():
            continue  # two empty files are E201 each already
        digest = hashlib.sha256(data).digest()
        original = seen.setdefault(digest, display)
        if original == display:
            continue
        copy, first = (display, original) if len(display) >= len(original) else (original, display)
        findings.append(
            Finding("W333", "data.identical_reports", copy, 1, 1, args={"first": first})
        )
    return findings
