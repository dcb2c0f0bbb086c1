"""Problems in user data, as values.

A finding knows where it is (file, 1-based line and column, and the YAML path when there is one)
and what it is (a stable code and a message key with its arguments). The words are looked up in
`i18n` only when a finding is shown, so the core never needs to know the user's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, NamedTuple

Severity = Literal["error", "warning"]

# Every code of contract §5 and §14, with its severity, and W211 (beyond the contract: a
# deadline that OCR seems to have misread). `check --ignore` and the tests use this table.
CODES: Mapping[str, Severity] = {
    "E101": "error",
    "E102": "error",
    "E103": "error",
    "E104": "error",
    "E105": "error",
    "E201": "error",
    "E210": "error",
    "E220": "error",
    "W211": "warning",
    "E230": "error",
    "E301": "error",
    "E302": "error",
    "W311": "warning",
    "W312": "warning",
    "W313": "warning",
    "W314": "warning",
    "W317": "warning",
    "W319": "warning",
    "W321": "warning",
    "W322": "warning",
    "W323": "warning",
    "W324": "warning",
    "W325": "warning",
    "W326": "warning",
    "W327": "warning",  # §17: a periodic report due and not received
    "W329": "warning",  # §20: a field named with a YAML 1.1 boolean word
    "W330": "warning",  # §17: a report dated after today
    # contract §15: a catalogue look-alike not joined; a coarser report against finer ones
    "W331": "warning",
    "W332": "warning",
    "W333": "warning",  # two identical report files (a copy left beside the original)
}


# Raw values a finding's arguments may hold besides text, numbers and dates; i18n.message()
# writes them in the reader's language, so the engines that make findings need no words.


class Figure(NamedTuple):
    """A figure: at most `places` decimals, trailing zeros dropped; "-" when None."""

    value: float | None
    places: int = 2


class ReportedState(NamedTuple):
    """A task's state as a report gives it (status, and the day for done), shown in the
    reader's words: "hoàn thành ngày 28/03/2022"."""

    status: str | None
    completed_on: date | None = None


class OsProblem(NamedTuple):
    """What the system said when a file could not be read or written: its errno, shown in the
    reader's language (i18n.os_reason), never the system's English sentence."""

    errno: int | None
    text: str  # the system's own words, for an errno the messages do not know

    @classmethod
    def of(cls, error: OSError) -> OsProblem:
        return cls(error.errno, error.strerror or type(error).__name__)


class Assessment(NamedTuple):
    """A qualitative indicator's assessment: achieved | in_progress | not_achieved."""

    code: str | None


class Target(NamedTuple):
    """An indicator's target (model.Target with the indicator's unit), as people write it."""

    kind: str  # at_least | at_most | range | qualitative
    value: float | None
    lo: float | None
    hi: float | None
    unit: str | None  # "%", "per_10000", a counting unit ("người", §15) or None
    measure: str = "level"  # how figures meet it (§15): level, yearly, cumulative, ...


class PeriodName(NamedTuple):
    """A report period ("2026-H1") that a message writes in words ("6 tháng đầu năm 2026")."""

    period: str


# What a finding is about: ("tasks", task id) or ("indicators", indicator id).
Subject = tuple[Literal["tasks", "indicators"], str]


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    key: str  # i18n message key, e.g. "schema.missing"
    file: str
    line: int
    column: int
    path: str = ""  # dotted YAML path as shown today, e.g. "indicators.lao_dong_qua_dao_tao.value"
    args: Mapping[str, object] = field(default_factory=dict, hash=False, compare=False)
    # The same path as keys and list indexes, so nothing parses `path` back: ("tasks", 0,
    # "deadline") in the plan, ("tasks", "7@2022", "status") in a report. A later change can
    # show plan paths by id (tasks["III.1"].deadline) from this and `subject`.
    where: tuple[str | int, ...] = field(default=(), hash=False, compare=False)
    # Set by the engines that know it (tasks/findings, indicators/findings); for the loader's
    # and the checks' findings, checks.subject_of works it out from `where` and the plan.
    subject: Subject | None = field(default=None, hash=False, compare=False)

    @property
    def severity(self) -> Severity:
        return CODES[self.code]

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def is_data_error(self) -> bool:
        """E1xx/E2xx: the data cannot be trusted, so no figures may be shown."""
        return self.code[0] == "E" and self.code[1] in "12"


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Files in name order, then by position: the order a reader walks the files in."""
    return sorted(findings, key=lambda f: (f.file, f.line, f.column, f.code))


def count_by_severity(findings: Iterable[Finding]) -> dict[str, int]:
    counts = {"errors": 0, "warnings": 0}
    for finding in findings:
        counts["errors" if finding.is_error else "warnings"] += 1
    return counts
