"""Bytes on disk -> models + findings, with the line and column of everything.

This is the only module that imports yaml. It composes the YAML node tree with the C parser,
turns nodes into plain Python itself (so that duplicate keys, aliases and foreign tags are seen
and every scalar stays text for pydantic to parse), remembers where each value and key stood, and
maps every pydantic error back to that place. Problems in user data are returned, never raised.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from nhanluc_cli.findings import Finding
from nhanluc_cli.model import Plan, Report

# MAX_BYTES lives in reading.py, which reads every file; named here too, where it always was.
from nhanluc_cli.reading import MAX_BYTES as MAX_BYTES
from nhanluc_cli.reading import read_bytes
from nhanluc_cli.sources import (
    LoadedPlan,
    LoadedReport,
    Position,
    SourceMap,
    YamlPath,
    dotted,
    source_map_of,
)

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
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    context_mark = getattr(error, "context_mark", None)
    if mark is not None and context_mark is not None and _at_end(text, mark):
        # An unclosed quote or bracket is found only at the end of the file, often a line past
        # the last one; the place to fix is where the quote or bracket was opened.
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
    # ReaderError's str() adds a second line with an offset; the first line is the sentence.
    problem = (str(getattr(error, "problem", None) or error).strip().splitlines() or [""])[0]
    context = str(getattr(error, "context", None) or "")
    code, key = "E102", "yaml.syntax"
    if _is_tab_at(text, line, column) or "\\t" in problem or "tab character" in problem:
        key = "yaml.tab"
    elif "expected a single document" in context:  # libyaml: "but found another document"
        key = "yaml.many_documents"
    elif "maximum nesting depth" in problem:
        # The same problem as a RecursionError in _Converter: one code for "too deep".
        code, key = "E104", "yaml.too_deep"
    return Finding(code, key, display, line, column, args={"problem": problem})


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

    def fail(self, code: str, key: str, node: Any, path: YamlPath, **args: object) -> _Problem:
        line, column = _mark(node)
        finding = Finding(code, key, self.display, line, column, dotted(path), args, where=path)
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
                    )
                )
                continue
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
    text, findings = decode_text(data, display)
    if text is None:
        return None, None, findings
    try:
        if ("&" in text or "*" in text) and (alias := _first_anchor_or_alias(text, display)):
            return None, None, [alias]
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as error:
        return None, None, [_syntax_finding(error, display, text)]
    if root is None or (isinstance(root, yaml.ScalarNode) and root.tag == _NULL_TAG):
        # No document, or one that holds nothing (`---` alone, `~`): the same empty file.
        return None, None, [Finding("E201", "file.empty", display, 1, 1)]
    try:
        plain = _plain(root, 0)
    except (_Unusual, RecursionError):
        plain = None
    if isinstance(plain, dict):
        return plain, source_map_of(display, data), []
    # Something to report: the walk that knows every place says what and where.
    where = SourceMap(display)
    converter = _Converter(display, where)
    try:
        data = converter.convert(root, ())
    except _Problem as problem:
        return None, None, [*converter.duplicates, problem.finding]
    except RecursionError:
        return None, None, [Finding("E104", "yaml.too_deep", display, 1, 1)]
    if converter.duplicates:
        return None, None, converter.duplicates
    if not isinstance(data, dict):
        line, column = where.value_at(())
        return None, None, [Finding("E201", "schema.root_not_mapping", display, line, column)]
    return data, where, []


# ---------------------------------------------------------------------------------------------
# Plain Python -> models


# A model-wide rule broken by one field is reported at that field, not at the start of the
# model: a wrong % target at its `target:` line, a missing basis at the extension it lacks.
_FIELD_OF_RULE: dict[str, str] = {
    "percent_target": "target",
    "unit_fits_target": "unit",
    "extension_needs_basis": "extended_to",
    "basis_needs_extension": "basis",
    "transfer_needs": "status",
    "ended_before_issued": "ended",
}


def _validation_findings(error: ValidationError, where: SourceMap) -> Iterator[Finding]:
    for detail in error.errors(include_url=False):
        path = tuple(part for part in detail["loc"] if isinstance(part, str | int))
        kind = detail["type"]
        if kind in _FIELD_OF_RULE:
            path = (*path, _FIELD_OF_RULE[kind])
        if kind == "extra_forbidden":
            line, column = where.key_at(path)
        elif kind == "missing":
            line, column = where.key_at(path[:-1]) if path[:-1] else (1, 1)
        else:
            line, column = where.value_at(path)
        yield Finding(
            "E201",
            f"schema.{kind}",
            where.file,
            line,
            column,
            dotted(path),
            {"detail": _reason(detail), "field": path[-1] if path else ""},
            where=path,
        )


def _reason(detail: Any) -> str:
    """pydantic's own sentence, without the "Value error, " prefix of our validators."""
    message = str(detail.get("msg", ""))
    return message.removeprefix("Value error, ").removeprefix("Assertion failed, ")


M = TypeVar("M", bound=BaseModel)


def _load_model(
    model: type[M], source: bytes, display: str
) -> tuple[M | None, SourceMap | None, list[Finding]]:
    data, where, findings = parse_yaml(source, display)
    if where is None:
        return None, None, findings
    try:
        return model.model_validate(data), where, []
    except ValidationError as failure:
        error = failure  # kept past the except block, which unbinds its name
    findings = list(_validation_findings(error, where))
    # A report whose only faults sit inside some entries keeps its sound entries, so that the
    # cross-file checks still see them and `check` reports every problem of the file in one run.
    # The findings stay: commands that show figures refuse to while any E2xx remains.
    salvaged = _without_broken_entries(data, error) if model is Report else None
    if salvaged is not None:
        try:
            return model.model_validate(salvaged), where, findings
        except ValidationError:
            pass
    return None, where, findings


_ENTRY_SECTIONS = ("indicators", "tasks")


def _without_broken_entries(data: dict[str, Any], error: ValidationError) -> dict[str, Any] | None:
    """The report without the indicator/task entries that failed; None if anything else failed."""
    broken: dict[str, set[str]] = {section: set() for section in _ENTRY_SECTIONS}
    for detail in error.errors(include_url=False):
        location = detail["loc"]
        section = location[0] if location else None
        if section not in broken or len(location) < 2 or not isinstance(data.get(section), dict):
            return None
        broken[section].add(str(location[1]))
    return {
        key: ({k: v for k, v in value.items() if k not in broken[key]} if key in broken else value)
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
