"""The loader's two YAML walkers agree: `_plain` (the quick walk, no places) and `_Converter`
(the walk that records every place and reports problems) build the same values from the same
node tree, and `_plain` gives up exactly where `_Converter` reports a finding.

read_yaml trusts `_plain` for clean files and asks `_Converter` only when something is wrong,
so a difference between them would make a file's meaning depend on whether it has an error.
"""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nhanluc_cli.loading import yaml_tree
from nhanluc_cli.plan.sources import SourceMap

SCALARS = st.sampled_from(
    [
        "x",
        '"quoted"',
        "'single'",
        "1.10",
        "no",
        "~",
        "null",
        "2022-13-01",
        "66,5",
        "Cà\u0300ng Long",  # decomposed: both walks normalise to NFC
        "!!str 7",
        "!!int 7",
        "!!binary aGk=",
        "!custom x",
        "!!python/name:os.system x",
        "",
    ]
)
KEYS = st.sampled_from(["a", "b", "1", "III.1", "~", "<<", "!!int 3", "? [k]", "tên"])


def _indent(text: str, spaces: int) -> str:
    return "\n".join(" " * spaces + line if line else line for line in text.splitlines())


@st.composite
def documents(draw: st.DrawFn, depth: int = 0) -> str:
    """Block YAML: nested mappings and sequences with odd scalars, tags and repeated keys."""
    kind = draw(st.sampled_from(["map", "seq", "flow"]) if depth < 3 else st.just("flow"))
    if kind == "flow":
        items = draw(st.lists(SCALARS.filter(lambda s: not s.startswith("!")), max_size=3))
        return "[" + ", ".join(item or "''" for item in items) + "]"
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        child = draw(st.one_of(SCALARS, documents(depth + 1)))
        nested = "\n" in child or (child and child[0] not in "[!'\"~" and ":" in child)
        if kind == "seq":
            lines.append("-" + ("\n" + _indent(child, 2) if nested else " " + child))
        else:
            key = draw(KEYS)
            if key.startswith("?"):
                lines.append(
                    f"{key}\n: {child}" if not nested else f"{key}\n:\n{_indent(child, 2)}"
                )
            else:
                lines.append(f"{key}:" + ("\n" + _indent(child, 2) if nested else " " + child))
    return "\n".join(lines)


def _walk_both(text: str) -> tuple[tuple[str, Any], tuple[str, Any]]:
    root = yaml.compose(text, Loader=yaml_tree._Loader)
    try:
        quick: tuple[str, Any] = ("value", yaml_tree._plain(root, 0))
    except yaml_tree._Unusual:
        quick = ("gave up", None)
    converter = yaml_tree._Converter("f.yaml", SourceMap("f.yaml"))
    try:
        value = converter.convert(root, ())
        full: tuple[str, Any] = ("gave up", None) if converter.duplicates else ("value", value)
    except yaml_tree._Problem:
        full = ("gave up", None)
    return quick, full


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_the_quick_walk_and_the_full_walk_agree(text: str) -> None:
    try:
        quick, full = _walk_both(text)
    except yaml.YAMLError:
        return  # not YAML at all: neither walk runs (finding E102)
    assert quick == full, text


def test_the_property_sees_both_outcomes() -> None:
    # Guards the guard: the generator reaches values and problems alike.
    assert _walk_both("a: 1\nb: [x, ~]\n") == (("value", {"a": "1", "b": ["x", None]}),) * 2
    assert _walk_both("a: 1\na: 2\n") == (("gave up", None),) * 2
    assert _walk_both("a: !custom x\n") == (("gave up", None),) * 2
