"""The plain values the importer passes along: document blocks, and the draft plan read from them.

A draft holds the document's words verbatim (NFC, whitespace collapsed, Markdown emphasis of an
OCR export removed) and agency *names*, not ids: ids are made when the YAML is written. What could
not be read is a `None` or a note, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


class ImportProblem(Exception):
    """The document cannot be imported at all (empty, binary, no task table): a message key."""

    def __init__(self, key: str, **args: object) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args


# --- Blocks: what the text and docx readers produce ------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    text: str
    line: int | None = None  # 1-based line in a text file; None in a .docx


@dataclass(frozen=True)
class TableRow:
    cells: tuple[str, ...]
    line: int | None = None


@dataclass(frozen=True)
class TaskTable:
    """The table whose header names the lead agency (chủ trì) and the time (thời gian)."""

    roles: tuple[str | None, ...]  # per column: "number", "title", "lead", ... or None
    rows: tuple[TableRow, ...]
    line: int | None = None


Block = Paragraph | TaskTable


# --- The draft --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftTask:
    id: str
    title: str | None
    leads: tuple[str, ...]
    partners: tuple[str, ...]
    deadline: str | None
    product: str | None = None
    issuer: str | None = None
    has_issuer_column: bool = False
    details: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # comments written above the task
    line: int | None = None
    from_prose: bool = False  # read from a paragraph, not a table row: to be checked


@dataclass(frozen=True)
class DraftIndicator:
    group: str
    name: str
    text: str
    unit: str | None  # "%", "per_10000", a count's unit ("người", "ha") or None (qualitative)
    kind: str  # at_least | at_most | range | qualitative
    value: float | None = None
    lo: float | None = None
    hi: float | None = None
    by: int | None = None
    by_stated: bool = False  # the year is in the sentence, not taken from the period
    notes: tuple[str, ...] = ()
    measure: str = "level"  # contract §15: level | yearly | cumulative | average_yearly | ...


@dataclass(frozen=True)
class Skipped:
    """A piece of the task table or targets that could not be read: a comment at its place."""

    text: str
    line: int | None = None
    heading: bool = False  # a group row of the task table ("I | Đào tạo nghề"), not a failure


@dataclass(frozen=True)
class DraftSigner:
    """The signature block: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name"."""

    name: str | None
    position: str | None
    on_behalf: str | None
    recased: bool = False  # written in capitals in the document, put in ordinary case here


@dataclass(frozen=True)
class PlanPeriod:
    start: int
    end: int
    horizon: int | None = None


@dataclass(frozen=True)
class Draft:
    number: str | None = None
    date: date | None = None
    place: str | None = None
    issuer: str | None = None
    title: str | None = None
    legal_bases: tuple[str, ...] = ()
    period: PlanPeriod | None = None
    indicator_groups: tuple[tuple[str, str], ...] = ()
    indicators: tuple[DraftIndicator | Skipped, ...] = ()
    tasks: tuple[DraftTask | Skipped, ...] = ()
    recipients: tuple[str, ...] = ()
    signer: DraftSigner | None = None
    # Comments on header facts, by field name ("date", "issuer", ...): why it is missing, or
    # what was done to it (an upper-case name put in ordinary case).
    notes: dict[str, str] = field(default_factory=dict)
    blank: frozenset[str] = frozenset()  # header facts the document leaves blank ("Số:   /KH")

    @property
    def task_count(self) -> int:
        return sum(1 for t in self.tasks if isinstance(t, DraftTask))

    @property
    def indicator_count(self) -> int:
        return sum(1 for i in self.indicators if isinstance(i, DraftIndicator))

    @property
    def prose_task_count(self) -> int:
        return sum(1 for t in self.tasks if isinstance(t, DraftTask) and t.from_prose)

    def missing(self) -> tuple[str, ...]:
        """The parts of a plan not found in the document, by field name, in document order.

        A header fact left blank in the document (an unnumbered copy) is not missing: it is
        said to be blank in the draft.
        """
        facts = {
            "id": self.number, "date": self.date, "issuer": self.issuer, "title": self.title,
            "period": self.period,
        }  # fmt: skip
        gone = [k for k, v in facts.items() if v is None and k not in self.blank]
        if not self.legal_bases:
            gone.append("legal_bases")
        if not self.indicator_count:
            gone.append("indicators")
        if not self.task_count:
            gone.append("tasks")
        if not self.recipients:
            gone.append("recipients")
        if self.signer is None:
            gone.append("signer")
        return tuple(gone)
