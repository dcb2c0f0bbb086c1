"""The fuzz soak (fuzz/soak.py) in short: a hundred generated data folders through `check`.

The long run (10,000 examples and more) stays outside the test suite; this keeps every kind of
generated input in the normal run, so that a crash the soak would find in minutes shows here.
Crashes the soak found become regression tests below, each with the input that crashed.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from nhanluc_cli.loading import yaml_tree
from nhanluc_cli.loading.loader import load_report

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "fuzz"))

import soak  # noqa: E402  (fuzz/soak.py, outside the package on purpose)


@pytest.mark.slow
def test_a_hundred_generated_folders_go_through_check_without_a_crash(tmp_path: Path) -> None:
    with contextlib.chdir(tmp_path):  # findings name files relative to the current folder
        state = soak.soak(examples=100, seed=20_210_804, root=tmp_path)
    crashes = "\n\n".join(f"{c.error} at {c.where}\n{c.trace}" for c in state.crashes.values())
    assert not state.crashes, crashes
    assert sum(v for k, v in state.tally.items() if k.startswith("kind: ")) == 100


# ---------------------------------------------------------------------------------------------
# The loader's own tag resolution (an optimisation) must build the node tree PyYAML's would.

PLAIN = st.text(alphabet="0123456789.-+:eE_xXoObB~nulNLyYsStTfF <=,!&*'\"", max_size=8)


def shape(node: yaml.Node | None) -> object:
    """A node tree with every text-like scalar tag folded into "text", as the converter sees it."""
    if node is None:
        return None
    if isinstance(node, yaml.ScalarNode):
        return ("text" if node.tag in yaml_tree._TEXT_TAGS else node.tag, node.value)
    if isinstance(node, yaml.SequenceNode):
        return (node.tag, [shape(item) for item in node.value])
    assert isinstance(node, yaml.MappingNode)
    return (node.tag, [(shape(k), shape(v)) for k, v in node.value])


@settings(max_examples=300, deadline=None)
@given(PLAIN, st.sampled_from(["{}", "k: {}\n", "- {}\n", "{}: v\n", "[{}]\n"]))
def test_fast_resolver_builds_the_same_tree_as_pyyaml(token: str, template: str) -> None:
    text = template.format(token)
    try:
        expected = shape(yaml.compose(text, Loader=yaml_tree._SafeLoader))
    except yaml.YAMLError:
        return  # not YAML at all: both refuse it (the parser is the same)
    assert shape(yaml.compose(text, Loader=yaml_tree._Loader)) == expected


def test_fast_resolver_on_the_scalars_that_are_not_text() -> None:
    # The plain scalars PyYAML resolves to null, merge, value and yaml, written down.
    for token, tag in [
        ("~", "null"),
        ("null", "null"),
        ("Null", "null"),
        ("NULL", "null"),
        ("", "null"),
        ("<<", "merge"),
        ("=", "value"),
        ("nULL", "str"),
        ("'~'", "str"),
        ("yes", "str"),  # bool to PyYAML, text to the converter
        ("2022-13-01", "str"),  # timestamp-shaped to PyYAML, text to the converter
    ]:
        node = yaml.compose(f"k: {token}\n", Loader=yaml_tree._Loader)
        assert node is not None
        assert node.value[0][1].tag == f"tag:yaml.org,2002:{tag}", token


# ---------------------------------------------------------------------------------------------
# Regressions: crashes the soak found, each with the input that crashed.


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        # Found by `fuzz/soak.py --examples 10000 --seed 7`: a 2-byte report, reported at line 2
        # of a 1-line file. libyaml puts both marks of an unclosed flow collection past the end.
        ("{#", 1, 3),
        ("a: [", 1, 5),
        # The place is the end of the last line that holds something, blank lines after it or not.
        ('period: "2022"\ntasks: {\n', 2, 9),
        ('period: "2022"\ntasks: [\n\n\n', 2, 9),
    ],
)
def test_an_unclosed_bracket_at_the_end_is_reported_inside_the_file(
    tmp_path: Path, text: str, line: int, column: int
) -> None:
    path = tmp_path / "report.yaml"
    path.write_text(text, encoding="utf-8")
    report, findings = load_report(path, "report.yaml")
    assert report is None
    assert [(f.code, f.line, f.column) for f in findings] == [("E102", line, column)]
