"""Findings as text (file:line:col, the line, a caret, how to fix) and as JSON."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from nhanluc_cli.findings import Finding, count_by_severity
from nhanluc_cli.i18n import Lang, message

LineSource = Callable[[str, int], str | None]
NO_SOURCE = frozenset({"E101", "W326"})
SOURCE_WIDTH = 90  # the quoted line, so that gutter + line fit 100 columns


def full_message(finding: Finding, lang: Lang) -> str:
    """What is wrong, then what to do: the message scripts and annotations carry."""
    text, fix = message(finding.key, lang, finding.args)
    return f"{text} {fix}".strip()


# Sections whose entries are named by a key (a report's tasks and indicators, the plan's groups):
# their keys are shown in brackets, ids that may hold "." or "@" ("III.1", "7@2022") included.
_KEYED = frozenset({"tasks", "indicators", "indicator_groups"})
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def path_text(finding: Finding) -> str:
    """Where in the file, naming tasks and indicators by id (contract §10):
    `tasks["III.1"].deadline`, `indicators["lao_dong_qua_dao_tao"].target`,
    `tasks["7@2022"].status`; list items that have no id keep their index (`legal_bases[2]`)."""
    where = finding.where
    if not where:
        return finding.path
    shown = ""
    for depth, part in enumerate(where):
        section = where[0] if depth == 1 else None
        if isinstance(part, int):
            subject = finding.subject
            if section is not None and subject is not None and subject[0] == section:
                shown += f"[{json.dumps(subject[1], ensure_ascii=False)}]"
            else:
                shown += f"[{part}]"
        elif section in _KEYED or not _NAME.fullmatch(part):
            shown += f"[{json.dumps(part, ensure_ascii=False)}]"
        else:
            shown += f".{part}" if shown else part
    return shown


def file_lines() -> LineSource:
    """Reads a file's lines only when a finding in it is shown, once per file."""

    @lru_cache(maxsize=64)
    def lines_of(file: str) -> tuple[str, ...]:
        try:
            data = Path(file).read_bytes()
        except OSError:
            return ()
        if b"\x00" in data:
            return ()
        return tuple(data.decode("utf-8", errors="replace").removeprefix("\ufeff").splitlines())

    def line(file: str, number: int) -> str | None:
        lines = lines_of(file)
        return lines[number - 1] if 0 < number <= len(lines) else None

    return line


def _display_width_prefix(text: str) -> str:
    """Spaces to put under `text` so a caret lines up, keeping tabs as tabs."""
    return "".join("\t" if ch == "\t" else " " for ch in text)


def _clip(line: str, column: int, width: int = SOURCE_WIDTH) -> tuple[str, int]:
    """A window of a long line around the column (a minified or 10,000-bracket line would
    otherwise flood the terminal), and the column within it."""
    if len(line) <= width:
        return line, column
    start = max(0, min(column - 1 - width // 2, len(line) - width))
    window = line[start : start + width]
    if start > 0:
        window, column = "…" + window[1:], column - start
    if start + width < len(line):
        window = window[:-1] + "…"
    return window, column


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Control characters from data as \\x1b and the like: an ESC in a YAML key must not drive
    the reader's terminal."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def format_text(finding: Finding, lang: Lang, source_line: LineSource) -> str:
    text, fix = message(finding.key, lang, finding.args)
    where = f"{finding.file}:{finding.line}:{finding.column}"
    path = path_text(finding)
    path = f" {path}:" if path else ""
    out = [visible(f"{where}: {finding.severity} {finding.code}{path} {text}")]
    # E101: the bytes are not text; W326: a file that is not read (a .docx) has no line to show.
    shown = source_line(finding.file, finding.line) if finding.code not in NO_SOURCE else None
    if shown is not None:
        shown, column = _clip(shown, finding.column)
        gutter = str(finding.line)
        pad = " " * len(gutter)
        out.append(f" {gutter} | {visible(shown)}")
        out.append(f" {pad} | {_display_width_prefix(visible(shown[: column - 1]))}^")
    if fix:
        out.append(f"   = {fix}")
    return "\n".join(out)


def render_text(findings: Sequence[Finding], lang: Lang) -> str:
    source_line = file_lines()
    return "\n".join(format_text(f, lang, source_line) for f in findings)


def to_dict(finding: Finding, lang: Lang) -> dict[str, object]:
    return {
        "file": finding.file,
        "line": finding.line,
        "column": finding.column,
        "severity": finding.severity,
        "code": finding.code,
        "message": full_message(finding, lang),
    }


def render_json(findings: Sequence[Finding], lang: Lang) -> str:
    document = {
        "findings": [to_dict(f, lang) for f in findings],
        "summary": count_by_severity(findings),
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
