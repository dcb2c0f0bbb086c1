"""A YAML syntax problem -> a Finding at the place to fix, in the reader's words.

libyaml's sentences never reach the reader: each is sorted into a case (i18n "yaml.*") and
placed where the fix belongs: where an unclosed quote opened, at a tab, at Word's quotes. And
anchors and aliases are refused before the tree is composed.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from nhanluc_cli.findings import Finding
from nhanluc_cli.loading.yaml_tree import _Loader, _mark
from nhanluc_cli.plan.sources import Position
from nhanluc_cli.vietnamese import CURLY_QUOTES


def syntax_finding(error: yaml.YAMLError, display: str, text: str) -> Finding:
    """The finding of a YAML syntax error: its case, and the place where the fix belongs."""
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
    return next((i + 1 for i, ch in enumerate(shown) if ch in CURLY_QUOTES), 0)


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


def first_anchor_or_alias(text: str, display: str) -> Finding | None:
    """Anchors and aliases are refused: they hide what a line means and allow alias bombs."""
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            line, column = _mark(event)
            return Finding("E104", "yaml.alias", display, line, column)
    return None
