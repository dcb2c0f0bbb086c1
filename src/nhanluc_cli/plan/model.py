"""The plan and a progress report as pydantic models. No I/O happens here.

The loader hands these models plain Python built from YAML nodes in which every scalar is still
text (or None for a YAML null), so that pydantic, not PyYAML, decides what "1.10", "no" or
"2022-13-01" mean, and every complaint carries the path of the field it is about.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from nhanluc_cli.plan import periods
from nhanluc_cli.vietnamese import parse_decimal

# ---------------------------------------------------------------------------------------------
# Shared field types


def _number(raw: Any) -> Any:
    """A number written as YAML text: "66.5", "66,5" (decimal comma) or a native int/float."""
    if isinstance(raw, bool):
        raise PydanticCustomError("number", "expected a number, not true/false")
    if isinstance(raw, int | float):
        number = float(raw)
    elif isinstance(raw, str):
        parsed = parse_decimal(raw)
        if parsed is None:
            raise PydanticCustomError("number", "expected a number such as 66.5 or 66,5")
        number = parsed
    else:
        return raw  # let pydantic report the wrong type
    if number != number or number in (float("inf"), float("-inf")):
        raise PydanticCustomError("number", "expected a finite number")
    return number


_DMY = re.compile(r"^\s*([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})\s*$")
_ISO = re.compile(r"^\s*([0-9]{4})-([0-9]{2})-([0-9]{2})\s*$")


def _date(raw: Any) -> Any:
    """A calendar day written YYYY-MM-DD, or dd/mm/yyyy as officials type it; nothing else.

    pydantic alone would also read "0" as 01/01/1970 (a Unix timestamp) and accept a time of day;
    neither is a deadline anyone meant.
    """
    if isinstance(raw, date) and not isinstance(raw, datetime):
        return raw
    if not isinstance(raw, str):
        raise PydanticCustomError("date_form", "expected a date such as 2022-03-31")
    if match := _ISO.match(raw):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DMY.match(raw):
        day, month, year = (int(part) for part in match.groups())
    else:
        raise PydanticCustomError("date_form", "expected a date such as 2022-03-31")
    try:
        return date(year, month, day)
    except ValueError:
        raise PydanticCustomError("impossible_date", "not a date in the calendar") from None


def _empty_if_null(raw: Any) -> Any:
    """`tasks:` with nothing under it is an empty section, not an error."""
    return {} if raw is None else raw


def _one_or_more(raw: Any) -> Any:
    """`lead: id` is `lead: [id]`: one type to read, and one error per mistake (a union of
    text and list would report each mistake twice, once per form)."""
    return [raw] if isinstance(raw, str) else raw


def _as_text(raw: Any) -> Any:
    """Bare numbers where the schema wants text (`period: 2022`, task key 7) are text here."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        return str(raw)
    return raw


Number = Annotated[float, BeforeValidator(_number)]
Day = Annotated[date, BeforeValidator(_date), PlainSerializer(lambda d: d.isoformat())]
Text = Annotated[str, Field(min_length=1)]
IDENTIFIER = r"^[a-z0-9_]+$"
Identifier = Annotated[str, Field(pattern=IDENTIFIER, min_length=1)]
Year = Annotated[int, Field(ge=1900, le=2200)]

# The ids of a task's lead agencies, written `lead: id` or `lead: [id, id]`; the schema says so.
Leads = Annotated[
    tuple[Identifier, ...],
    BeforeValidator(_one_or_more),
    Field(min_length=1),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": IDENTIFIER, "minLength": 1},
                {
                    "type": "array",
                    "items": {"type": "string", "pattern": IDENTIFIER, "minLength": 1},
                    "minItems": 1,
                },
            ]
        }
    ),
]

_STRICT = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def _requirement(raw: str | None) -> str | None:
    """`requires: ">=0.4"`: the nhanluc versions the file needs (contract §20)."""
    from nhanluc_cli.plan.requires import parse_requirement

    if raw is not None and parse_requirement(raw) is None:
        raise PydanticCustomError("requires_form", "expected a version requirement like >=0.4")
    return raw


# The nhanluc versions a plan or report needs; the loader compares it before anything else (E105).
_CLAUSE = r"\s*(>=|<=|==|!=|>|<|≥|≤)?\s*v?[0-9]+(\.[0-9]+){0,2}\s*"
REQUIREMENT = rf"^{_CLAUSE}(,{_CLAUSE})*$"  # requires.py reads it; the JSON Schema shows it
Requirement = Annotated[
    str | None,
    BeforeValidator(_as_text),
    AfterValidator(_requirement),
    WithJsonSchema({"type": "string", "pattern": REQUIREMENT}),
]


# ---------------------------------------------------------------------------------------------
# The plan


class Period(BaseModel):
    model_config = _STRICT
    start: Year
    end: Year
    horizon: Year | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end < self.start:
            raise PydanticCustomError("period_order", "period.end is before period.start")
        if self.horizon is not None and self.horizon < self.end:
            raise PydanticCustomError("period_order", "period.horizon is before period.end")
        return self


class Signer(BaseModel):
    model_config = _STRICT
    # Optional: an unnumbered copy has no name under the signature yet (contract §16), and a
    # document is signed by hand whatever the file says (the name is never printed).
    name: Text | None = None
    position: str | None = None
    on_behalf: str | None = None


class Successor(BaseModel):
    """Who took over (part of) an agency's duties when it ceased, and by which decision."""

    model_config = _STRICT
    agency: Identifier
    scope: str | None = None
    basis: Text


class Agency(BaseModel):
    model_config = _STRICT
    id: Identifier
    name: Text
    until: Day | None = None  # its last day, when it ceased to exist
    successors: list[Successor] = []


class Reporter(BaseModel):
    """Who reports on a plan whose issuer no longer exists (contract §18): the body in the
    masthead, the place of the date line, and its signer and recipients when known."""

    model_config = _STRICT
    name: Text
    place: Text
    signer: Signer | None = None
    recipients: list[str] = []


class Ended(BaseModel):
    """The plan stopped being carried out before its period was over (contract §9.1)."""

    model_config = _STRICT
    date: Day  # its last day in force (formerly `on`: a YAML 1.1 boolean, contract §20)
    reason: Text
    basis: Text
    reporter: Reporter | None = None  # who reports on it from then on (§18)


TargetKind = Literal["at_least", "at_most", "range", "qualitative"]
# Contract §15: any text. "%" and "per_10000" are rates (0-100; per 10,000 people) whose figures
# may be given as numerator/denominator; any other unit ("người", "ha", "%/năm") is a count or
# an amount, any non-negative number, shown with its unit.
Unit = Annotated[str, Field(min_length=1, max_length=60)]
UNIT_SCALE: dict[str, float] = {"%": 100.0, "per_10000": 10_000.0}
RATE_UNITS = frozenset(UNIT_SCALE)
# How the figures meet the target (contract §15); `level` is §3 as it always was.
Measure = Literal["level", "yearly", "cumulative", "average_yearly", "growth", "maintain"]
MEASURES: tuple[str, ...] = (
    "level",
    "yearly",
    "cumulative",
    "average_yearly",
    "growth",
    "maintain",
)


class Target(BaseModel):
    model_config = _STRICT
    kind: TargetKind
    value: Number | None = None
    lo: Number | None = None
    hi: Number | None = None

    @model_validator(mode="after")
    def _fields_fit_kind(self) -> Target:
        if self.kind in ("at_least", "at_most"):
            if self.value is None or self.lo is not None or self.hi is not None:
                raise PydanticCustomError("target_fields", "this target kind takes other fields")
        elif self.kind == "range":
            if self.lo is None or self.hi is None or self.value is not None:
                raise PydanticCustomError("target_fields", "this target kind takes other fields")
            if self.hi < self.lo:
                raise PydanticCustomError("range_order", "a range target needs lo <= hi")
        elif self.value is not None or self.lo is not None or self.hi is not None:
            raise PydanticCustomError("target_fields", "this target kind takes other fields")
        return self


class Group(BaseModel):
    """A group of indicators as the plan heads it ("b) Lĩnh vực lao động xã hội")."""

    model_config = _STRICT
    id: Identifier
    name: Text


class Indicator(BaseModel):
    model_config = _STRICT
    id: Identifier
    group: Identifier  # the id of one of the plan's `groups` (E220 otherwise)
    name: Text
    text: str | None = None
    unit: Unit | None = None
    measure: Measure = "level"
    target: Target
    by: Year
    # "inferred" when the document states no year and `by` was taken from the plan's period.
    by_source: Literal["document", "inferred"] = "document"
    # The id of the province catalogue's indicator this one reports (contract §15, roll-up).
    catalogue: Identifier | None = None

    @model_validator(mode="after")
    def _unit_fits_target(self) -> Indicator:
        if (self.target.kind == "qualitative") != (self.unit is None):
            raise PydanticCustomError("unit_fits_target", "unit and target kind disagree")
        if self.measure != "level" and self.target.kind == "qualitative":
            raise PydanticCustomError("measure_needs_figure", "a measure needs a numeric target")
        # A growth target is a rate in % a year, not a level of the unit: it may pass 100.
        if (
            self.unit == "%"
            and self.measure != "growth"
            and any(
                bound is not None and not 0 <= bound <= 100
                for bound in (self.target.value, self.target.lo, self.target.hi)
            )
        ):
            raise PydanticCustomError("percent_target", "a % target lies between 0 and 100")
        return self

    @property
    def scale(self) -> float | None:
        return UNIT_SCALE.get(self.unit) if self.unit else None

    @property
    def is_rate(self) -> bool:
        """A % or per-10,000 indicator: figures may come as numerator/denominator."""
        return self.unit in RATE_UNITS


class Task(BaseModel):
    model_config = _STRICT
    id: Annotated[str, BeforeValidator(_as_text), Field(pattern=r"^[0-9A-Za-z.]+$")]
    title: Text
    details: list[str] = []
    issuer: Identifier | None = None
    # One lead agency, or several that share the task (contract §12): see `leads`.
    lead: Leads
    partners: list[Identifier] = []
    product: str | None = None
    deadline: Text
    due: Day | None = None
    note: str | None = None
    # Where a carried-over task comes from: "60/KH-UBND#7@2025" (plan id # occurrence key).
    origin: str | None = None

    @property
    def leads(self) -> tuple[str, ...]:
        """The lead agencies' ids, in the plan's order, each once."""
        return tuple(dict.fromkeys(self.lead))


# The reporting calendar (contract §17): which periodic reports are due, cut off when, from whom.
ReportingFrequency = Literal["quarter", "half_year", "nine_months", "year"]


class Reporting(BaseModel):
    model_config = _STRICT
    every: Annotated[list[ReportingFrequency], BeforeValidator(_one_or_more), Field(min_length=1)]
    cutoff: Literal["nd09", "calendar"] = "nd09"  # Nghị định 09/2019/NĐ-CP: figures to the 14th
    due_days: Annotated[int, Field(ge=0, le=366)] = 6  # calendar days after the cut-off
    by: list[Identifier] | None = None  # who reports; None: every lead agency


class Plan(BaseModel):
    model_config = _STRICT
    requires: Requirement = None  # contract §20: the nhanluc versions this plan needs
    id: Text
    date: Day
    place: str | None = None
    issuer: Text
    title: Text
    legal_bases: list[str] = []
    period: Period
    ended: Ended | None = None
    purpose: str | None = None
    requirements: str | None = None
    general_objective: str | None = None
    funding: str | None = None
    organisation: list[str] = []
    monitoring_agency: Identifier | None = None
    recipients: list[str] = []
    signer: Signer | None = None
    # Contract §12. The first plan files had a mapping `indicator_groups: {a: "..."}`: the
    # loader refuses that key with a message showing this form (schema.groups_renamed).
    groups: list[Group] = []
    agencies: list[Agency]
    indicators: list[Indicator]
    tasks: list[Task]
    reporting: Reporting | None = None  # contract §17

    @model_validator(mode="after")
    def _ends_after_it_begins(self) -> Plan:
        if self.ended is not None and self.ended.date < self.date:
            raise PydanticCustomError("ended_before_issued", "ended.date is before the plan's date")
        return self

    # Lookups by id run once per report entry (tens of thousands at province scale), so each
    # section is indexed once; the first of two duplicate ids wins, as a scan would find it.
    # A cached_property lives outside the fields: equality, dumps and schemas ignore it.
    @cached_property
    def _agencies_by_id(self) -> dict[str, Agency]:
        return {a.id: a for a in reversed(self.agencies)}

    @cached_property
    def _indicators_by_id(self) -> dict[str, Indicator]:
        return {i.id: i for i in reversed(self.indicators)}

    @cached_property
    def _tasks_by_id(self) -> dict[str, Task]:
        return {t.id: t for t in reversed(self.tasks)}

    @cached_property
    def group_names(self) -> dict[str, str]:
        """Each declared group's name by its id, in plan order (the first of two equal ids)."""
        names: dict[str, str] = {}
        for group in self.groups:
            names.setdefault(group.id, group.name)
        return names

    def agency(self, agency_id: str) -> Agency | None:
        return self._agencies_by_id.get(agency_id)

    def indicator(self, indicator_id: str) -> Indicator | None:
        return self._indicators_by_id.get(indicator_id)

    def task(self, task_id: str) -> Task | None:
        return self._tasks_by_id.get(task_id)


# ---------------------------------------------------------------------------------------------
# A progress report

REPORT_PERIOD = periods.REPORT_PERIOD  # "2022", "2022-Q1", "2022-H1", "2022-9M", "2022-03"
Assessment = Literal["achieved", "in_progress", "not_achieved"]
TaskState = Literal["not_started", "in_progress", "done", "cancelled", "transferred"]
# "7" (a one-off task, or a recurring task's occurrence in the report's period), or one
# occurrence by its label: "7@2022", "7@2022-Q3", "7@2022-H1" (tasks/deadlines.py).
TASK_KEY = re.compile(
    r"^(?P<task>[0-9A-Za-z.]+?)(@(?P<label>(?P<year>[0-9]{4})(-(?P<part>Q[1-4]|H[12]))?))?$"
)


def _non_negative(value: float | None) -> float | None:
    if value is not None and value < 0:
        raise PydanticCustomError("negative", "must not be negative")
    return value


def _positive(value: float | None) -> float | None:
    if value is not None and value <= 0:
        raise PydanticCustomError("zero_denominator", "must be greater than zero")
    return value


class IndicatorReport(BaseModel):
    model_config = _STRICT
    value: Annotated[Number | None, AfterValidator(_non_negative)] = None
    numerator: Annotated[Number | None, AfterValidator(_non_negative)] = None
    denominator: Annotated[Number | None, AfterValidator(_positive)] = None
    as_of: Day | None = None
    source: str | None = None
    assessment: Assessment | None = None
    note: str | None = None
    explanation: str | None = None  # giải trình: why the target is behind

    @model_validator(mode="after")
    def _pair(self) -> IndicatorReport:
        if (self.numerator is None) != (self.denominator is None):
            raise PydanticCustomError("pair", "numerator and denominator go together")
        if self.assessment is not None and (self.value is not None or self.numerator is not None):
            raise PydanticCustomError("assessment_and_value", "assessment or value, not both")
        return self

    @property
    def is_reported(self) -> bool:
        return self.value is not None or self.numerator is not None or self.assessment is not None


class TaskReport(BaseModel):
    model_config = _STRICT
    status: TaskState | None = None
    completed_on: Day | None = None
    product_ref: str | None = None
    note: str | None = None
    extended_to: Day | None = None  # gia hạn: the due date in force from this report on
    basis: str | None = None  # the document that granted the extension
    explanation: str | None = None  # giải trình: why it is late
    to: list[Identifier] | None = None  # transferred: the successors' agency ids
    transferred_on: Day | None = None  # transferred: the day of the handover (formerly `on`)

    @model_validator(mode="after")
    def _status_needs(self) -> TaskReport:
        if self.status == "done" and self.completed_on is None:
            raise PydanticCustomError("done_needs_date", "status done needs completed_on")
        if self.status == "cancelled" and not (self.note and self.note.strip()):
            raise PydanticCustomError("cancelled_needs_note", "status cancelled needs a note")
        if self.completed_on is not None and self.status != "done":
            raise PydanticCustomError("date_needs_done", "completed_on is only for status done")
        if self.extended_to is not None and not (self.basis and self.basis.strip()):
            raise PydanticCustomError("extension_needs_basis", "extended_to needs a basis")
        if self.basis is not None and self.extended_to is None:
            raise PydanticCustomError("basis_needs_extension", "basis goes with extended_to")
        if self.status == "transferred" and (not self.to or self.transferred_on is None):
            raise PydanticCustomError(
                "transfer_needs", "status transferred needs to and transferred_on"
            )
        if self.status != "transferred" and (
            self.to is not None or self.transferred_on is not None
        ):
            raise PydanticCustomError(
                "transfer_only", "to and transferred_on are only for transferred"
            )
        return self


class Report(BaseModel):
    model_config = _STRICT
    requires: Requirement = None  # contract §20: the nhanluc versions this report needs
    period: Annotated[str, BeforeValidator(_as_text), Field(pattern=REPORT_PERIOD)]
    reported_on: Day | None = None
    reported_by: str | None = None
    indicators: Annotated[dict[str, IndicatorReport | None], BeforeValidator(_empty_if_null)] = {}
    tasks: Annotated[dict[str, TaskReport | None], BeforeValidator(_empty_if_null)] = {}


# ---------------------------------------------------------------------------------------------
# A roll-up: nhanluc-units.yaml lists the data folders of several units (contract §12)


class UnitEntry(BaseModel):
    model_config = _STRICT
    id: Identifier
    name: Text
    data: Text  # the unit's data folder, relative to the units file


class Units(BaseModel):
    model_config = _STRICT
    title: str | None = None  # what the roll-up covers, as its page heading says it
    units: Annotated[list[UnitEntry], Field(min_length=1)]


# ---------------------------------------------------------------------------------------------
# A province's catalogue of indicators: nhanluc-indicators.yaml in a roll-up folder (§15)

# How units' figures make the province's: added up, a rate pooled from numerators and
# denominators (never an average of percentages), or not combined at all.
Combine = Literal["sum", "pooled", "none"]


class CatalogueIndicator(BaseModel):
    model_config = _STRICT
    id: Identifier
    name: Text
    unit: Unit | None = None
    measure: Measure = "level"
    combine: Combine = "none"
    target: Target | None = None
    by: Year | None = None

    @model_validator(mode="after")
    def _combinable(self) -> CatalogueIndicator:
        if self.combine == "pooled" and self.unit not in RATE_UNITS:
            raise PydanticCustomError("pooled_needs_rate", "pooled is for % and per_10000")
        if (self.target is None) != (self.by is None):
            raise PydanticCustomError("target_needs_by", "target and by go together")
        return self


class Catalogue(BaseModel):
    model_config = _STRICT
    title: str | None = None
    indicators: Annotated[list[CatalogueIndicator], Field(min_length=1)]
