"""`requires: ">=0.4"`: the nhanluc versions a plan or a report needs (contract §20, E105).

A small subset of PEP 440 specifiers, enough for data files: clauses separated by commas, each an
operator (>=, >, <=, <, ==, !=; none means >=) and a release number ("0.4", "1.2.3"). Pure: the
loader compares the running version (nhanluc_cli.__version__) against it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from nhanluc_cli.findings import Finding

_CLAUSE = re.compile(r"^\s*(>=|<=|==|!=|>|<|≥|≤)?\s*v?([0-9]+(?:\.[0-9]+){0,2})\s*$")
_SAME = {"≥": ">=", "≤": "<="}


class Clause(NamedTuple):
    operator: str
    release: tuple[int, ...]
    text: str  # the release as written, "0.4"


def parse_requirement(text: str) -> tuple[Clause, ...] | None:
    """The clauses of a requirement, or None when it is not one."""
    clauses = []
    for part in text.split(","):
        match = _CLAUSE.match(part)
        if match is None:
            return None
        operator = _SAME.get(match.group(1) or ">=", match.group(1) or ">=")
        release = tuple(int(n) for n in match.group(2).split("."))
        clauses.append(Clause(operator, release, match.group(2)))
    return tuple(clauses) or None


def release_of(version: str) -> tuple[int, ...]:
    """The release numbers of a version: "0.2.0" -> (0, 2, 0), "1.0rc1" -> (1, 0), "0+x" -> (0,)."""
    match = re.match(r"^v?([0-9]+(?:\.[0-9]+)*)", version.strip())
    return tuple(int(n) for n in match.group(1).split(".")) if match else (0,)


def _compare(left: tuple[int, ...], right: tuple[int, ...]) -> int:
    width = max(len(left), len(right))
    a, b = left + (0,) * (width - len(left)), right + (0,) * (width - len(right))
    return (a > b) - (a < b)


_HOLDS = {
    ">=": lambda c: c >= 0,
    ">": lambda c: c > 0,
    "<=": lambda c: c <= 0,
    "<": lambda c: c < 0,
    "==": lambda c: c == 0,
    "!=": lambda c: c != 0,
}


def satisfies(version: str, clauses: tuple[Clause, ...]) -> bool:
    running = release_of(version)
    return all(_HOLDS[c.operator](_compare(running, c.release)) for c in clauses)


def shown(clauses: tuple[Clause, ...]) -> str:
    """ ">=0.4,<1" -> "≥ 0.4, < 1", as the message of E105 writes it."""
    signs = {">=": "≥", "<=": "≤"}
    return ", ".join(f"{signs.get(c.operator, c.operator)} {c.text}" for c in clauses)


def under_a_newer_plan(findings: list[Finding], plan_file: str) -> list[Finding]:
    """When the plan needs a newer nhanluc (its E105), the reports beside it were written for
    that version too: a field this one does not know is no mistake of theirs, so those E201s are
    left out and the plan's one E105 says why. Every other finding stays."""
    if not any(f.code == "E105" and f.file == plan_file for f in findings):
        return findings
    return [f for f in findings if f.file == plan_file or f.key != "schema.extra_forbidden"]
