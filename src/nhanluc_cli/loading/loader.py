"""Bytes on disk -> models + findings, with the line and column of everything: loading/'s
public API.

The steps, each in its module: file_bytes.py reads the bytes, yaml_tree.py turns them into plain
Python and the places of its values, yaml_errors.py says what and where a YAML syntax problem
is, and validation.py makes the model, mapping every pydantic error back to its place. Problems
in user data are returned, never raised.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel

from nhanluc_cli.findings import Finding

# MAX_BYTES lives in reading.py, which reads every file; named here too, where it always was.
from nhanluc_cli.loading.file_bytes import MAX_BYTES as MAX_BYTES
from nhanluc_cli.loading.file_bytes import read_bytes
from nhanluc_cli.loading.parts import NO_SPANS, ReportSpans
from nhanluc_cli.loading.validation import validated
from nhanluc_cli.loading.yaml_errors import first_anchor_or_alias, syntax_finding
from nhanluc_cli.loading.yaml_tree import compose, decode_text, entry_spans, plain_data
from nhanluc_cli.plan.model import Catalogue, Plan, Report, Units
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport, SourceMap


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
        if ("&" in text or "*" in text) and (alias := first_anchor_or_alias(text, display)):
            return None, None, [alias], NO_SPANS
        root = compose(text)
    except yaml.YAMLError as error:
        return None, None, [syntax_finding(error, display, text)], NO_SPANS
    plain, where, findings = plain_data(root, data, display)
    if where is None:
        return None, None, findings, NO_SPANS
    return plain, where, [], entry_spans(root, text) if spans else NO_SPANS


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
    loaded, findings = validated(model, data, where)
    return loaded, where, findings, NO_SPANS if loaded is None else entries


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
