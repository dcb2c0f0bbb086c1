"""Bytes -> text -> YAML nodes -> plain Python, with the line and column of every value and key.

It composes the YAML node tree with the C parser, turns nodes into plain Python itself (so that
duplicate keys, aliases and foreign tags are seen and every scalar stays text for pydantic to
parse), and remembers where each value and key stood.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from nhanluc_cli.findings import Finding, Subject
from nhanluc_cli.loading.file_bytes import read_bytes
from nhanluc_cli.loading.parts import ENTRY_SECTIONS, EntrySpan, ReportSpans, subject_of_key
from nhanluc_cli.plan.sources import Position, SourceMap, YamlPath, dotted

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
    _Converter(where.file, where).convert(compose(text), ())


def compose(text: str) -> Any:
    """The node tree of a YAML text (None when it holds no document); yaml.YAMLError when the
    text is no YAML."""
    return yaml.compose(text, Loader=_Loader)


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


def plain_data(root: Any, data: bytes, display: str) -> tuple[Any, SourceMap | None, list[Finding]]:
    """Plain Python from a file's node tree (`compose`) plus where everything stands, or the
    findings. `data` is the file's bytes: a sound file's places are mapped from them only when
    asked for."""
    if root is None or (isinstance(root, yaml.ScalarNode) and root.tag == _NULL_TAG):
        # No document, or one that holds nothing (`---` alone, `~`): the same empty file.
        return None, None, [Finding("E201", "file.empty", display, 1, 1)]
    try:
        plain = _plain(root, 0)
    except (_Unusual, RecursionError):
        plain = None
    if isinstance(plain, dict):
        return (
            plain,
            SourceMap(display, pending=data.removeprefix(b"\xef\xbb\xbf"), mapper=map_places),
            [],
        )
    # Something to report: the walk that knows every place says what and where.
    where = SourceMap(display)
    converter = _Converter(display, where)
    try:
        converted = converter.convert(root, ())
    except _Problem as problem:
        return None, None, [*converter.duplicates, problem.finding]
    except RecursionError:
        return None, None, [Finding("E104", "yaml.too_deep", display, 1, 1)]
    if converter.duplicates:
        return None, None, converter.duplicates
    if not isinstance(converted, dict):
        line, column = where.value_at(())
        return None, None, [Finding("E201", "schema.root_not_mapping", display, line, column)]
    return converted, where, []


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
# Old field names, read under their new ones (contract §20)

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
