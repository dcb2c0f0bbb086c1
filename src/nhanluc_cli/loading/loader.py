"""Bytes on disk -> models + findings, with the line and column of everything.

This is the only module that imports yaml. It composes the YAML node tree with the C parser,
turns nodes into plain Python itself (so that duplicate keys, aliases and foreign tags are seen
and every scalar stays text for pydantic to parse), remembers where each value and key stood, and
maps every pydantic error back to that place. Problems in user data are returned, never raised.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError

from nhanluc_cli.findings import Finding, Subject

# MAX_BYTES lives in reading.py, which reads every file; named here too, where it always was.
from nhanluc_cli.loading.file_bytes import MAX_BYTES as MAX_BYTES
from nhanluc_cli.loading.file_bytes import read_bytes
from nhanluc_cli.loading.parts import (
    ENTRY_SECTIONS,
    NO_SPANS,
    EntrySpan,
    ReportSpans,
    subject_of_key,
)
from nhanluc_cli.plan.model import REPORT_PERIOD, Catalogue, Plan, Report, Units
from nhanluc_cli.plan.sources import (
    LoadedPlan,
    LoadedReport,
    Position,
    SourceMap,
    YamlPath,
    dotted,
)
from nhanluc_cli.vietnamese import nearest, thousands_readings

MAX_DEPTH = 100  # a report nests 4 levels and the plan 5; libyaml itself stops at 1,000

_SafeLoader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CORE = "tag:yaml.org,2002:"
# The tags PyYAML's resolver gives plain scalars, all kept as text. "value" and "merge" are what
# a plain `=` and `<<` resolve to: text like any other where they are values (a `<<` key, the
# merge key, is refused before this set is consulted).
_TEXT_TAGS = {_CORE + t for t in ("str", "int", "float", "bool", "timestamp", "value", "merge")}
_MAP_TAG, _SEQ_TAG, _NULL_TAG = _CORE + "map", _CORE + "seq", _CORE + "null"
_STR_TAG, _MERGE_TAG = _CORE + "str", _CORE + "merge"
# The plain scalars whose implicit tag the converter tells apart from text: exactly the values
# PyYAML's null, merge, value and yaml resolvers match. Every other plain scalar resolves to a
# bool, int, float, timestamp or str tag, all of which the converter keeps as text.
_PLAIN_TAGS = {
    **dict.fromkeys(("", "~", "null", "Null", "NULL"), _NULL_TAG),
    "<<": _CORE + "merge",
    "=": _CORE + "value",
    **dict.fromkeys(("!", "&", "*"), _CORE + "yaml"),
}


class _Loader(_SafeLoader):  # type: ignore[misc]
    """The safe loader with only the tag resolution the converter needs.

    PyYAML's resolver tries its regular expressions (bool, int, float, timestamp) in Python on
    every plain scalar: a fifth of the time of loading a report. Their answers all mean "text"
    here, so a dictionary lookup gives the same outcome.
    """

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode:
            return _PLAIN_TAGS.get(value, _STR_TAG) if implicit[0] else _STR_TAG
        return super().resolve(kind, value, implicit)


_CONFLICT_MARKER = re.compile(r"^(<{7}|={7}|>{7})(?: |$)", re.MULTILINE)


def map_places(where: SourceMap, text: str) -> None:
    """Fill `where` from the file's text: SourceMap calls this the first time it is asked."""
    _Converter(where.file, where).convert(yaml.compose(text, Loader=_Loader), ())


class _Problem(Exception):
    """A finding found deep inside node conversion; caught at this module's edge."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.code)
        self.finding = finding


# ---------------------------------------------------------------------------------------------
# Bytes -> text


def _position_of_offset(data: bytes, offset: int) -> Position:
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1


def decode_text(data: bytes, display: str) -> tuple[str | None, list[Finding]]:
    """The text of a file's bytes, or the finding that says why there is none."""

    def problem(code: str, key: str, line: int = 1, column: int = 1) -> Finding:
        return Finding(code, key, display, line, column)

    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [problem("E101", "file.utf16")]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    nul = data.find(b"\x00")
    if nul >= 0:
        return None, [problem("E101", "file.binary", *_position_of_offset(data, nul))]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [problem("E101", "file.not_utf8", *_position_of_offset(data, error.start))]
    marker = _CONFLICT_MARKER.search(text)
    if marker:
        line = text.count("\n", 0, marker.start()) + 1
        return None, [problem("E101", "file.conflict_marker", line, 1)]
    return text, []


def read_text(path: Path, display: str) -> tuple[str | None, list[Finding]]:
    """The file's text, or the finding that says why there is none."""
    data, findings = read_bytes(path, display)
    if data is None:
        return None, findings
    return decode_text(data, display)


# ---------------------------------------------------------------------------------------------
# Text -> nodes -> plain Python with positions


def _mark(node_or_mark: Any) -> Position:
    mark = getattr(node_or_mark, "start_mark", node_or_mark)
    return mark.line + 1, mark.column + 1


def _syntax_finding(error: yaml.YAMLError, display: str, text: str) -> Finding:
    # libyaml's sentences never reach the reader: each is sorted into a case that says, in the
    # reader's language, what is wrong and what to do (i18n "yaml.*").
    problem = str(getattr(error, "problem", None) or getattr(error, "reason", None) or "")
    context = str(getattr(error, "context", None) or "")
    key = _syntax_key(problem, context)
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    context_mark = getattr(error, "context_mark", None)
    if context_mark is not None and (
        key in ("yaml.unclosed_quote", "yaml.missing_colon")
        or (mark is not None and _at_end(text, mark))
    ):
        # An unclosed quote or bracket is found only further on, often at the end of the file
        # or a line past the last one; the place to fix is where it was opened.
        mark = context_mark
    if mark is not None:
        line, column = _mark(mark)
    elif isinstance(getattr(error, "position", None), int):  # ReaderError: a character offset
        offset = error.position  # type: ignore[attr-defined]
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    else:
        line, column = 1, 1
    line, column = _inside(text, line, column)
    opened = _unclosed_quote(text, line) if key != "yaml.unclosed_quote" else None
    if opened is not None:
        key, (line, column) = "yaml.unclosed_quote", opened
    code, args = "E102", {}
    if _is_tab_at(text, line, column) or "tab character" in problem:
        key = "yaml.tab"
    elif key == "yaml.too_deep":
        code = "E104"  # the same problem as a RecursionError in _Converter: one code for "too deep"
    elif key != "yaml.many_documents" and (curly := _curly_quote_column(text, line)):
        key, column = "yaml.curly_quotes", curly
    elif key == "yaml.bad_character":
        args = {"char": _character_at(text, line, column)}
    elif key == "yaml.control_character":
        character = getattr(error, "character", None)
        args = {"char": f"U+{character:04X}" if isinstance(character, int) else "?"}
    return Finding(code, key, display, line, column, args=args)


# libyaml's sentences -> the case each belongs to: first by the context (what libyaml was
# reading), then by the problem. Every sentence the C parser has is here (`strings _yaml*.so`
# lists them); tests/test_loader_messages.py walks them, so that none reaches a reader.
_SYNTAX_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("expected a single document", "yaml.many_documents"),
    ("while scanning a quoted scalar", "yaml.unclosed_quote"),  # end of stream, a `---` inside
    ("while parsing a quoted scalar", "yaml.escape"),  # \d, \uZZZZ
    ("while scanning a block scalar", "yaml.block_scalar"),
    ("while scanning an anchor", "yaml.anchor_character"),
    ("while scanning an alias", "yaml.anchor_character"),
    ("while scanning a simple key", "yaml.missing_colon"),
    ("tag", "yaml.tag_character"),  # while scanning / parsing a tag
    ("directive", "yaml.directive"),  # %YAML, %TAG and unknown directives
)
_SYNTAX_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("maximum nesting depth", "yaml.too_deep"),
    ("tab character", "yaml.tab"),
    ("indentation indicator", "yaml.block_scalar"),
    ("mapping values are not allowed", "yaml.colon_in_value"),
    ("found unexpected ':'", "yaml.colon_in_value"),
    ("could not find expected ':'", "yaml.missing_colon"),
    ("did not find expected key", "yaml.indentation"),
    ("did not find expected '-' indicator", "yaml.indentation"),
    ("block sequence entries are not allowed", "yaml.indentation"),
    ("mapping keys are not allowed", "yaml.indentation"),
    ("did not find expected ',' or", "yaml.unclosed_bracket"),
    ("did not find expected node content", "yaml.missing_value"),
    ("cannot start any token", "yaml.bad_character"),
    ("control characters", "yaml.control_character"),
    ("UTF-", "yaml.control_character"),  # UTF-8 octets, UTF-16 surrogates
    ("invalid Unicode character", "yaml.control_character"),
    ("escape", "yaml.escape"),
    ("tag", "yaml.tag_character"),  # an undefined tag handle, a tag URI
    ("'!'", "yaml.tag_character"),
    ("directive", "yaml.directive"),
    ("version number", "yaml.directive"),
    ("incompatible YAML document", "yaml.directive"),
    ("document", "yaml.document_marker"),  # <document start>, DOCUMENT-END, "found another"
    ("STREAM", "yaml.document_marker"),
    ("expected", "yaml.indentation"),  # the parser's "expected SCALAR, SEQUENCE-START, ..."
)


def _syntax_key(problem: str, context: str) -> str:
    for fragment, key in _SYNTAX_CONTEXTS:
        if fragment in context:
            return key
    for fragment, key in _SYNTAX_PROBLEMS:
        if fragment in problem:
            return key
    return "yaml.syntax"


def _curly_quote_column(text: str, line: int) -> int:
    """Where the line's first Word-style quote stands (1-based), or 0 when it has none: Word
    and phone keyboards turn " into “ ”, which YAML takes as letters, not quotes."""
    lines = text.splitlines()
    shown = lines[line - 1] if 0 < line <= len(lines) else ""
    return next((i + 1 for i, ch in enumerate(shown) if ch in _CURLY), 0)


def _character_at(text: str, line: int, column: int) -> str:
    lines = text.splitlines()
    shown = lines[line - 1] if 0 < line <= len(lines) else ""
    return shown[column - 1 : column] or " "


_KEY_LINE = re.compile(r"^\s*(- )?[^\s:#\"'][^:#]*:(\s|$)")


def _unclosed_quote(text: str, error_line: int) -> Position | None:
    """Where a quote opened that swallowed the lines after it, when that caused the error.

    `reported_by: "Phòng GD` with no closing quote runs on until the next `"` in the file, and
    libyaml then complains where that one stands, far below; the place to fix is the line where
    the quote opened. Such a quoted value spans lines, one of which reads like a `key:` line, and
    ends on the line of the error (or the one before it).
    """
    culprit: Position | None = None
    try:
        for token in yaml.scan(text, Loader=_Loader):
            start, end = token.start_mark, token.end_mark
            if end.line + 1 > error_line:
                break
            if getattr(token, "style", None) in ('"', "'") and end.line > start.line:
                swallowed = text.splitlines()[start.line + 1 : end.line + 1]
                if end.line + 1 >= error_line - 1 and any(_KEY_LINE.match(s) for s in swallowed):
                    culprit = _mark(start)
    except yaml.YAMLError:
        pass
    return culprit


def _inside(text: str, line: int, column: int) -> Position:
    """The place itself, or the end of the last line that holds something when the place is past
    the end of the text: a flow collection left open at the end of a file (`a: [`) has both of
    libyaml's marks there (found by the fuzz soak: `{#` was reported at line 2 of a 1-line file).
    """
    lines = text.splitlines()
    if line <= len(lines):
        return line, column
    for number in range(len(lines), 0, -1):
        if lines[number - 1].strip():
            return number, len(lines[number - 1].rstrip()) + 1
    return 1, 1


def _at_end(text: str, mark: Any) -> bool:
    """Nothing but blanks from the mark to the end of the text."""
    lines = text.splitlines()
    if mark.line >= len(lines):
        return True
    rest = [lines[mark.line][mark.column :], *lines[mark.line + 1 :]]
    return not any(part.strip() for part in rest)


def _is_tab_at(text: str, line: int, column: int) -> bool:
    """libyaml says only "cannot start any token" when indentation holds a tab: look at it."""
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return False
    shown = lines[line - 1]
    indentation = shown[: len(shown) - len(shown.lstrip(" \t"))]
    return "\t" in indentation or shown[column - 1 : column] == "\t"


def _first_anchor_or_alias(text: str, display: str) -> Finding | None:
    """Anchors and aliases are refused: they hide what a line means and allow alias bombs."""
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            line, column = _mark(event)
            return Finding("E104", "yaml.alias", display, line, column)
    return None


class _Converter:
    """Walks a composed node tree once, building plain Python and the source map."""

    def __init__(self, display: str, where: SourceMap) -> None:
        self.display = display
        self.where = where
        self.duplicates: list[Finding] = []  # all of them are reported, not just the first
        # The ids of the plan's tasks and indicators met so far, by list place, so that a
        # finding inside one reads `tasks["III.1"].title`, not `tasks[0].title`.
        self.ids: dict[YamlPath, str] = {}

    def subject(self, path: YamlPath) -> Subject | None:
        item_id = self.ids.get(path[:2])
        if item_id is None:
            return None
        return ("tasks" if path[0] == "tasks" else "indicators", item_id)

    def fail(self, code: str, key: str, node: Any, path: YamlPath, **args: object) -> _Problem:
        line, column = _mark(node)
        finding = Finding(
            code,
            key,
            self.display,
            line,
            column,
            dotted(path),
            args,
            where=path,
            subject=self.subject(path),
        )
        return _Problem(finding)

    def convert(self, node: Any, path: YamlPath) -> Any:
        if len(path) > MAX_DEPTH:
            # Refused at its own place, before Python's recursion limit can decide it; the path
            # is cut to where the nesting starts (a hundred ".0" would say nothing more).
            raise self.fail("E104", "yaml.too_deep", node, path[:2])
        self.where.values[path] = _mark(node)
        tag = node.tag
        if isinstance(node, yaml.ScalarNode):
            if tag == _NULL_TAG:
                return None
            if tag not in _TEXT_TAGS:
                raise self.fail("E104", "yaml.tag", node, path, tag=tag)
            return unicodedata.normalize("NFC", node.value)
        if isinstance(node, yaml.SequenceNode):
            if tag != _SEQ_TAG:
                raise self.fail("E104", "yaml.tag", node, path, tag=tag)
            return [self.convert(item, (*path, i)) for i, item in enumerate(node.value)]
        if tag != _MAP_TAG:
            raise self.fail("E104", "yaml.tag", node, path, tag=tag)
        return self.convert_mapping(node, path)

    def convert_mapping(self, node: Any, path: YamlPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        if len(path) == 2 and path[0] in ("tasks", "indicators") and isinstance(path[1], int):
            for key_node, value_node in node.value:
                if getattr(key_node, "value", None) == "id" and isinstance(
                    value_node, yaml.ScalarNode
                ):
                    self.ids[path] = unicodedata.normalize("NFC", value_node.value)
                    break
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                raise self.fail("E104", "yaml.alias", key_node, path)
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail("E201", "schema.key_not_text", key_node, path)
            if key_node.tag not in _TEXT_TAGS and key_node.tag != _NULL_TAG:
                # `? !!python/name:os.system x` must not pass as the plain key "x".
                raise self.fail("E104", "yaml.tag", key_node, path, tag=key_node.tag)
            key = unicodedata.normalize("NFC", key_node.value)
            child = (*path, key)
            if key in result:
                first_line, _ = self.where.keys[child]
                line, column = _mark(key_node)
                self.duplicates.append(
                    Finding(
                        "E103",
                        "yaml.duplicate_key",
                        self.display,
                        line,
                        column,
                        dotted(child),
                        {"first": first_line, "key": key},
                        where=child,
                        subject=self.subject(child),
                    )
                )
                continue
            self.where.keys[child] = _mark(key_node)
            renamed = _new_name(path, key) if key in _OLD_NAMES else None
            if renamed is not None and not any(
                getattr(other, "value", None) == renamed for other, _ in node.value
            ):
                # Read under its new name (normalised_data), so its places are found there too.
                child = (*path, renamed)
                self.where.keys[child] = _mark(key_node)
            result[key] = self.convert(value_node, child)
        return result


class _Unusual(Exception):
    """Raised by the quick walk at anything the mapping walk reports, so that it can."""


def _plain(node: Any, depth: int) -> Any:
    """Plain Python from a node tree, as _Converter builds it, but without the places.

    It accepts exactly what _Converter accepts and gives up (_Unusual) where that reports a
    finding; the places are worked out later, and only for files that need them.
    """
    if depth > MAX_DEPTH:
        raise _Unusual
    tag = node.tag
    if isinstance(node, yaml.ScalarNode):
        if tag == _NULL_TAG:
            return None
        if tag not in _TEXT_TAGS:
            raise _Unusual
        return unicodedata.normalize("NFC", node.value)
    if isinstance(node, yaml.SequenceNode):
        if tag != _SEQ_TAG:
            raise _Unusual
        return [_plain(item, depth + 1) for item in node.value]
    if tag != _MAP_TAG:
        raise _Unusual
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key_tag = key_node.tag
        if (
            key_tag == _MERGE_TAG
            or not isinstance(key_node, yaml.ScalarNode)
            or (key_tag not in _TEXT_TAGS and key_tag != _NULL_TAG)
        ):
            raise _Unusual
        key = unicodedata.normalize("NFC", key_node.value)
        if key in result:
            raise _Unusual  # a duplicate key
        result[key] = _plain(value_node, depth + 1)
    return result


def read_yaml(path: Path, display: str) -> tuple[Any, SourceMap | None, list[Finding]]:
    """Plain Python from one YAML file plus where everything stands, or the findings."""
    data, findings = read_bytes(path, display)
    if data is None:
        return None, None, findings
    return parse_yaml(data, display)


def parse_yaml(data: bytes, display: str) -> tuple[Any, SourceMap | None, list[Finding]]:
    """Plain Python from a YAML file's bytes plus where everything stands, or the findings."""
    plain, where, findings, _ = _parse_yaml(data, display)
    return plain, where, findings


_Parsed = tuple[Any, SourceMap | None, list[Finding], Any]  # parse_yaml's, and the spans


def _parse_yaml(data: bytes, display: str, spans: bool = False) -> _Parsed:
    """parse_yaml, and with `spans` the entry spans of a report (EntrySpan) when it parsed."""
    text, findings = decode_text(data, display)
    if text is None:
        return None, None, findings, NO_SPANS
    try:
        if ("&" in text or "*" in text) and (alias := _first_anchor_or_alias(text, display)):
            return None, None, [alias], NO_SPANS
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as error:
        return None, None, [_syntax_finding(error, display, text)], NO_SPANS
    if root is None or (isinstance(root, yaml.ScalarNode) and root.tag == _NULL_TAG):
        # No document, or one that holds nothing (`---` alone, `~`): the same empty file.
        return None, None, [Finding("E201", "file.empty", display, 1, 1)], NO_SPANS
    try:
        plain = _plain(root, 0)
    except (_Unusual, RecursionError):
        plain = None
    if isinstance(plain, dict):
        return (
            plain,
            SourceMap(display, pending=data.removeprefix(b"\xef\xbb\xbf"), mapper=map_places),
            [],
            entry_spans(root, text) if spans else NO_SPANS,
        )
    # Something to report: the walk that knows every place says what and where.
    where = SourceMap(display)
    converter = _Converter(display, where)
    try:
        data = converter.convert(root, ())
    except _Problem as problem:
        return None, None, [*converter.duplicates, problem.finding], NO_SPANS
    except RecursionError:
        return None, None, [Finding("E104", "yaml.too_deep", display, 1, 1)], NO_SPANS
    if converter.duplicates:
        return None, None, converter.duplicates, NO_SPANS
    if not isinstance(data, dict):
        line, column = where.value_at(())
        return (
            None,
            None,
            [Finding("E201", "schema.root_not_mapping", display, line, column)],
            NO_SPANS,
        )
    return data, where, [], entry_spans(root, text) if spans else NO_SPANS


def entry_spans(root: Any, text: str) -> ReportSpans:
    """Each entry of the report's `tasks` and `indicators`: its key, the subject it speaks of and
    a digest of where it starts and of its exact text. Two entries with the same digest stand at
    the same place with the same text, so every finding about them is the same: the cache's
    per-subject checks (incremental.py) rest on that. And a digest of the text before the
    report's first key: its directives (`%TAG`) decide what a tag inside an entry means."""
    prelude = hashlib.blake2b(text[: root.start_mark.index].encode(), digest_size=16).digest()
    found: list[EntrySpan] = []
    for section_node, value in root.value:
        section = unicodedata.normalize("NFC", str(section_node.value))
        if section not in ENTRY_SECTIONS or not isinstance(value, yaml.MappingNode):
            continue
        for key_node, entry_node in value.value:
            key = unicodedata.normalize("NFC", str(key_node.value))
            start, end = key_node.start_mark, entry_node.end_mark
            digest = hashlib.blake2b(
                f"{start.line}:{start.column}:".encode() + text[start.index : end.index].encode(),
                digest_size=16,
            ).digest()
            found.append(EntrySpan(section, key, subject_of_key(section, key), digest))
    return ReportSpans(prelude, tuple(found))


# ---------------------------------------------------------------------------------------------
# What officials write -> what the models read (contract §10, §20)

# Fields once named with a word YAML 1.1 reads as a boolean (`on`): where each stands (a path
# pattern, `str` for any report entry key) and its name now. Both names are read; the old one
# gets W329 naming the new one. Plan tasks are a list, report tasks a mapping: the shapes differ.
LEGACY_NAMES: tuple[tuple[tuple[str | type, ...], str, str], ...] = (
    (("ended",), "on", "date"),
    (("tasks", str), "on", "transferred_on"),
)
_OLD_NAMES = frozenset(old for _, old, _ in LEGACY_NAMES)


def _new_name(path: YamlPath, key: str) -> str | None:
    for pattern, old, new in LEGACY_NAMES:
        if (
            key == old
            and len(path) == len(pattern)
            and all(
                p == q if isinstance(q, str) else isinstance(p, q)
                for p, q in zip(path, pattern, strict=True)
            )
        ):
            return new
    return None


def _renamed(mapping: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    return {(new if key == old else key): value for key, value in mapping.items()}


def normalised_data(model: type[BaseModel], data: dict[str, Any]) -> list[tuple[YamlPath, str]]:
    """Bring `data` (plain Python of a plan or a report, changed in place) to the names and
    values the models read: the old field names (LEGACY_NAMES), and in a report the period, the
    statuses and the assessments as officials write them ("Quý IV/2026", "hoàn thành", "đạt").
    Returns the old fields renamed: (their path, the new name)."""
    renamed: list[tuple[YamlPath, str]] = []
    if model is Plan:
        ended = data.get("ended")
        if isinstance(ended, dict) and "on" in ended and "date" not in ended:
            data["ended"] = _renamed(ended, "on", "date")
            renamed.append((("ended", "on"), "date"))
        return renamed
    if model is not Report:
        return renamed
    from nhanluc_cli.plan.periods import canonical_period
    from nhanluc_cli.vietnamese import assessment_from_words, report_status_from_words

    period = data.get("period")
    if isinstance(period, str) and (canonical := canonical_period(period)) is not None:
        data["period"] = canonical
    tasks = data.get("tasks")
    if isinstance(tasks, dict):
        for key, entry in tasks.items():
            if not isinstance(entry, dict):
                continue
            if "on" in entry and "transferred_on" not in entry and isinstance(key, str):
                entry = tasks[key] = _renamed(entry, "on", "transferred_on")
                renamed.append((("tasks", key, "on"), "transferred_on"))
            status = entry.get("status")
            if isinstance(status, str) and status not in _TASK_STATES:
                entry["status"] = report_status_from_words(status) or status
    indicators = data.get("indicators")
    if isinstance(indicators, dict):
        for entry in indicators.values():
            assessment = entry.get("assessment") if isinstance(entry, dict) else None
            if isinstance(assessment, str) and assessment not in _ASSESSMENTS:
                entry["assessment"] = assessment_from_words(assessment) or assessment
    return renamed


_TASK_STATES = frozenset(("not_started", "in_progress", "done", "cancelled", "transferred"))
_ASSESSMENTS = frozenset(("achieved", "in_progress", "not_achieved"))


def _legacy_findings(renamed: list[tuple[YamlPath, str]], where: SourceMap) -> list[Finding]:
    """W329 at each old field name read, naming the new one."""
    findings = []
    for path, new in renamed:
        line, column = where.key_at(path)
        subject: Subject | None = ("tasks", str(path[1])) if path[0] == "tasks" else None
        findings.append(
            Finding(
                "W329",
                "schema.yaml11_renamed",
                where.file,
                line,
                column,
                dotted(path),
                {"field": str(path[-1]), "new": new},
                where=path,
                subject=subject,
            )
        )
    return findings


def _for_a_plan(finding: Finding) -> Finding:
    if finding.key != "file.empty":
        return finding
    return Finding(
        finding.code,
        "file.empty_plan",
        finding.file,
        finding.line,
        finding.column,
        args={"file": finding.file},
    )


def _curly_quoted_keys(data: dict[str, Any], where: SourceMap) -> list[Finding]:
    """E201 for each entry of a report keyed with Word's quotes (`“3”:`), named as such, and
    the entry left out: YAML reads “3” as a key of five letters, not the task "3"."""
    findings = []
    for section in ENTRY_SECTIONS:
        entries = data.get(section)
        if not isinstance(entries, dict):
            continue
        for key in [k for k in entries if isinstance(k, str) and any(q in k for q in _CURLY)]:
            del entries[key]
            path = (section, key)
            line, column = where.key_at(path)
            args = {"field": key, "bare": key.strip(_CURLY)}
            findings.append(
                Finding(
                    "E201",
                    "schema.curly_quotes_entry_key",
                    where.file,
                    line,
                    column,
                    dotted(path),
                    args,
                    where=path,
                )
            )
    return findings


def _requirement_finding(data: dict[str, Any], where: SourceMap) -> Finding | None:
    """E105 when the file states (`requires:`) that it needs another nhanluc than this one."""
    stated = data.get("requires")
    if not isinstance(stated, str):
        return None
    from nhanluc_cli import __version__
    from nhanluc_cli.plan.requires import parse_requirement, satisfies, shown

    clauses = parse_requirement(stated)
    if clauses is None or satisfies(__version__, clauses):
        return None  # a requirement that is no requirement is the model's E201
    line, column = where.value_at(("requires",))
    args = {"required": shown(clauses), "running": __version__}
    return Finding("E105", "file.needs_newer", where.file, line, column, "requires", args,
                   where=("requires",))  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Plain Python -> models


# A model-wide rule broken by one field is reported at that field, not at the start of the
# model: a wrong % target at its `target:` line, a missing basis at the extension it lacks.
_FIELD_OF_RULE: dict[str, str] = {
    "percent_target": "target",
    "unit_fits_target": "unit",
    "measure_needs_figure": "measure",  # contract §15
    "pooled_needs_rate": "combine",
    "target_needs_by": "target",
    "extension_needs_basis": "extended_to",
    "basis_needs_extension": "basis",
    "transfer_needs": "status",
    "ended_before_issued": "ended",
}


# Fields of an earlier form of the files, refused with a message that shows the new one.
_RENAMED: dict[tuple[str | int, ...], str] = {("indicator_groups",): "schema.groups_renamed"}


def _validation_findings(
    error: ValidationError, where: SourceMap, model: type[BaseModel], data: Any
) -> Iterator[Finding]:
    for detail in error.errors(include_url=False):
        location = detail["loc"]
        is_key = bool(location) and location[-1] == "[key]"  # a dict key of the wrong kind
        parts = location[:-1] if is_key else location
        path = tuple(part for part in parts if isinstance(part, str | int))
        kind = detail["type"]
        if kind in _FIELD_OF_RULE:
            path = (*path, _FIELD_OF_RULE[kind])
        if kind == "missing":
            line, column = where.key_at(path[:-1]) if path[:-1] else (1, 1)
        elif kind == "extra_forbidden" or is_key:
            line, column = where.key_at(path)
        else:
            line, column = where.value_at(path)
        key, args = _schema_message(kind, detail, path, model, is_key)
        if kind == "extra_forbidden":
            key = _RENAMED.get(path, key)
        subject = _subject(data, path)
        yield Finding(
            "E201", key, where.file, line, column, dotted(path), args, where=path, subject=subject
        )


def _subject(data: Any, path: YamlPath) -> Subject | None:
    """The task or indicator of the plan a path leads into: ("tasks", 3, ...) is the fourth
    task, named by its id when it has one, so that the place reads `tasks["III.1"].deadline`."""
    if len(path) < 2 or path[0] not in ("tasks", "indicators") or not isinstance(path[1], int):
        return None
    items = data.get(path[0]) if isinstance(data, dict) else None
    if not isinstance(items, list) or not 0 <= path[1] < len(items):
        return None
    item = items[path[1]]
    item_id = item.get("id") if isinstance(item, dict) else None
    if not isinstance(item_id, str) or not item_id:
        return None
    return ("tasks" if path[0] == "tasks" else "indicators", item_id)


# pydantic's error types -> our message keys. Its own sentences ("Input should be ...", "String
# should match pattern '^...$'") are never shown: each type the models can produce has a
# message of its own (tests/test_loader_messages.py makes the models produce every one).
_SAME_KEY = frozenset(
    {
        "missing",
        "string_type",
        "string_too_short",
        "dict_type",
        "model_type",
        "list_type",
        "float_type",
        "number",
        "negative",
        "zero_denominator",
        "pair",
        "assessment_and_value",
        "done_needs_date",
        "cancelled_needs_note",
        "date_needs_done",
        "date_form",
        "impossible_date",
        "period_order",
        "target_fields",
        "range_order",
        "unit_fits_target",
        "measure_needs_figure",  # contract §15
        "pooled_needs_rate",
        "target_needs_by",
        # the lifecycle fields (contract §9)
        "extension_needs_basis",
        "basis_needs_extension",
        "transfer_needs",
        "transfer_only",
        "ended_before_issued",
        "percent_target",
        "too_short",  # an empty list where one item at least is needed (`lead: []`)
        "tuple_type",  # `lead:` given a mapping or a number instead of an id or a list of ids
        "requires_form",  # `requires:` that is no version requirement (contract §20)
    }
)
# Rules about an entry as a whole: their "input" is the entry, never a null value.
_RULES_OF_A_WHOLE_ENTRY = frozenset(
    {
        "pair",
        "done_needs_date",
        "cancelled_needs_note",
        "extension_needs_basis",
        "basis_needs_extension",
        "transfer_needs",
        "transfer_only",
        "ended_before_issued",
        "percent_target",
    }
)
_YEAR_TYPES = frozenset({"int_parsing", "int_type", "int_from_float"})
_YEAR_RANGE = frozenset({"greater_than_equal", "less_than_equal", "greater_than", "less_than"})
_CURLY = "“”‘’"


def _schema_message(
    kind: str, detail: Any, path: YamlPath, model: type[BaseModel], is_key: bool
) -> tuple[str, dict[str, object]]:
    """The message key of one pydantic error and the raw values its sentence shows."""
    # A wrong key of a keyed section (`indicator_groups: {e: ...}`) is about the section.
    names = [part for part in (path[:-1] if is_key else path) if isinstance(part, str)]
    field = names[-1] if names else ""
    raw = detail.get("input")
    shown = " ".join(raw.split()) if isinstance(raw, str) else ""  # one line, not a page
    if len(shown) > 60:
        shown = shown[:59] + "…"
    args: dict[str, object] = {"field": field, "input": shown}
    if kind == "extra_forbidden":
        known = _fields_at(model, path[:-1])
        if any(q in field for q in _CURLY):
            return "schema.curly_quotes_key", args
        args["suggestion"] = nearest(field, known)
        args["known"] = ", ".join(known)
        return "schema.extra_forbidden", args
    if kind == "missing":
        return "schema.missing", args
    if raw is None and kind not in _RULES_OF_A_WHOLE_ENTRY:
        return "schema.null", args
    if shown and any(q in shown for q in _CURLY):
        return "schema.curly_quotes", args
    if kind == "number" and (readings := thousands_readings(shown)) is not None:
        whole, decimal = readings
        args.update(whole=whole, decimal=decimal or "")
        return ("schema.thousands_separator" if decimal else "schema.thousands_only"), args
    if kind == "literal_error":
        allowed = [str(value) for value in _literal_values(model, path, is_key)]
        args["allowed"] = ", ".join(allowed)
        args["suggestion"] = nearest(shown, allowed)
        return "schema.literal_error", args
    if kind == "string_pattern_mismatch":
        pattern = str((detail.get("ctx") or {}).get("pattern", ""))
        if pattern == REPORT_PERIOD:
            from nhanluc_cli.plan.periods import read_period

            choices = read_period(shown).choices
            if choices:
                args["choices"] = ", ".join(f'"{choice}"' for choice in choices)
                return "schema.period_ambiguous", args
            return "schema.period_form", args
        if "a-z0-9_" in pattern:
            return "schema.identifier_form", args
        return "schema.task_id_form" if field == "id" else "schema.string_pattern_mismatch", args
    if kind in _YEAR_TYPES:
        return "schema.year", args
    if kind in _YEAR_RANGE:
        return "schema.year_range", args
    return (f"schema.{kind}" if kind in _SAME_KEY else "schema.generic"), args


def _unwrapped(annotation: Any) -> Any:
    """The type itself, without Annotated metadata or an `| None`."""
    while True:
        if get_origin(annotation) is Annotated:
            annotation = get_args(annotation)[0]
            continue
        if get_origin(annotation) in (Union, UnionType):
            options = [a for a in get_args(annotation) if a is not type(None)]
            if len(options) == 1:
                annotation = options[0]
                continue
        return annotation


def _annotation_at(model: type[BaseModel], path: YamlPath) -> Any:
    """The type the models expect at `path`, or None when the path leaves them."""
    annotation: Any = model
    for part in path:
        annotation = _unwrapped(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            fields = annotation.model_fields
            if not isinstance(part, str) or part not in fields:
                return None
            annotation = fields[part].annotation
        elif get_origin(annotation) in (dict, list):
            annotation = get_args(annotation)[-1]
        else:
            return None
    return _unwrapped(annotation)


def _fields_at(model: type[BaseModel], path: YamlPath) -> list[str]:
    annotation = _annotation_at(model, path)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _literal_values(model: type[BaseModel], path: YamlPath, is_key: bool) -> tuple[Any, ...]:
    annotation = _annotation_at(model, path[:-1] if is_key else path)
    if is_key and get_origin(annotation) is dict:
        annotation = _unwrapped(get_args(annotation)[0])
    return get_args(annotation) if get_origin(annotation) is Literal else ()


M = TypeVar("M", bound=BaseModel)


def _load_model(
    model: type[M], source: bytes, display: str
) -> tuple[M | None, SourceMap | None, list[Finding]]:
    loaded, where, findings, _ = _load_model_spans(model, source, display, spans=False)
    return loaded, where, findings


def _load_model_spans(
    model: type[M], source: bytes, display: str, spans: bool
) -> tuple[M | None, SourceMap | None, list[Finding], ReportSpans]:
    data, where, findings, entries = _parse_yaml(source, display, spans)
    if where is None:
        if model is Plan:  # an empty plan needs a plan's hint, not a report's
            findings = [_for_a_plan(finding) for finding in findings]
        return None, None, findings, NO_SPANS
    needs_newer = _requirement_finding(data, where)
    if needs_newer is not None:
        # Its other fields may be ones this version has never heard of: one finding says why.
        return None, where, [needs_newer], NO_SPANS
    renamed = normalised_data(model, data)
    warnings = _legacy_findings(renamed, where) if renamed else []
    if model is Report:
        warnings += _curly_quoted_keys(data, where)
    try:
        return model.model_validate(data), where, warnings, entries
    except ValidationError as failure:
        error = failure  # kept past the except block, which unbinds its name
    findings = [*warnings, *_validation_findings(error, where, model, data)]
    # A report whose only faults sit inside some entries keeps its sound entries, so that the
    # cross-file checks still see them and `check` reports every problem of the file in one run.
    # The findings stay: commands that show figures refuse to while any E2xx remains.
    salvaged = _without_broken_entries(data, error) if model is Report else None
    if salvaged is not None:
        try:
            return model.model_validate(salvaged), where, findings, entries
        except ValidationError:
            pass
    return None, where, findings, NO_SPANS


def _without_broken_entries(data: dict[str, Any], error: ValidationError) -> dict[str, Any] | None:
    """The report without the indicator/task entries that failed; None if anything else failed."""
    broken: dict[str, set[str]] = {section: set() for section in ENTRY_SECTIONS}
    for detail in error.errors(include_url=False):
        location = detail["loc"]
        section = location[0] if location else None
        if section not in broken or len(location) < 2 or not isinstance(data.get(section), dict):
            return None
        broken[section].add(str(location[1]))
    return {
        # `indicators:` with nothing under it (null) is an empty section: nothing to take out.
        key: (
            {k: v for k, v in value.items() if k not in broken[key]}
            if key in broken and isinstance(value, dict)
            else value
        )
        for key, value in data.items()
    }


def load_plan(path: Path, display: str) -> tuple[LoadedPlan | None, list[Finding]]:
    data, findings = read_bytes(path, display)
    return (None, findings) if data is None else plan_from_bytes(data, display)


def load_report(path: Path, display: str) -> tuple[LoadedReport | None, list[Finding]]:
    data, findings = read_bytes(path, display)
    return (None, findings) if data is None else report_from_bytes(data, display)


def plan_from_bytes(data: bytes, display: str) -> tuple[LoadedPlan | None, list[Finding]]:
    plan, where, findings = _load_model(Plan, data, display)
    if plan is None or where is None:
        return None, findings
    return LoadedPlan(display, plan, where), findings


def report_from_bytes(data: bytes, display: str) -> tuple[LoadedReport | None, list[Finding]]:
    report, where, findings = _load_model(Report, data, display)
    if report is None or where is None:
        return None, findings
    return LoadedReport(display, report, where), findings


def report_spans_from_bytes(
    data: bytes, display: str
) -> tuple[LoadedReport | None, list[Finding], ReportSpans]:
    """report_from_bytes, and the spans of the report's entries (entry_spans)."""
    report, where, findings, spans = _load_model_spans(Report, data, display, spans=True)
    if report is None or where is None:
        return None, findings, NO_SPANS
    return LoadedReport(display, report, where), findings, spans


def load_units(path: Path, display: str) -> tuple[Units | None, SourceMap | None, list[Finding]]:
    """A roll-up's nhanluc-units.yaml, and where its values stand (for the units' findings)."""
    data, findings = read_bytes(path, display)
    return (None, None, findings) if data is None else units_from_bytes(data, display)


def units_from_bytes(
    data: bytes, display: str
) -> tuple[Units | None, SourceMap | None, list[Finding]]:
    """load_units, from the file's bytes."""
    return _load_model(Units, data, display)


def catalogue_from_bytes(
    data: bytes, display: str
) -> tuple[Catalogue | None, SourceMap | None, list[Finding]]:
    """A roll-up's catalogue of indicators (nhanluc-indicators.yaml, contract §15)."""
    return _load_model(Catalogue, data, display)
