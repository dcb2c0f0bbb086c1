"""Figures against their indicator's unit and kind (E201): a value for a qualitative
indicator, an assessment for a numeric one, a pair for a count, a value that its numerator and
denominator do not give, a percentage over 100.

A plain check `check_x(plan, reports) -> list[Finding]`, listed in catalogue.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from nhanluc_cli.checks.places import at_key, at_value
from nhanluc_cli.findings import Figure, Finding
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport
from nhanluc_cli.plan.statements import MeasurementEntry, measurements

VALUE_TOLERANCE = 0.05  # contract §1.2: value and numerator/denominator agree to 0.05


def check_measurement_values(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    """Figures that cannot be right for their indicator's unit or kind."""
    findings: list[Finding] = []
    for report in reports:
        for item in measurements(plan.plan, report):
            if not isinstance(item, MeasurementEntry):
                continue
            indicator = plan.plan.indicator(item.indicator_id)
            assert indicator is not None  # measurements() yields only known ids
            entry, path = item.entry, item.path
            if indicator.unit is None:
                if entry.value is not None or entry.numerator is not None:
                    findings.append(
                        at_key(
                            report, "E201", "schema.value_for_qualitative", path, id=indicator.id
                        )
                    )
                continue
            if entry.assessment is not None:
                findings.append(
                    at_key(report, "E201", "schema.assessment_for_numeric", path, id=indicator.id)
                )
                continue
            if entry.numerator is not None and not indicator.is_rate:
                # A count or an amount (§15) is one number: a quotient of what by what?
                findings.append(
                    at_key(
                        report,
                        "E201",
                        "schema.pair_for_count",
                        (*path, "numerator"),
                        id=indicator.id,
                        unit=indicator.unit,
                    )
                )
                continue
            if entry.value is not None and entry.numerator is not None and item.value is not None:
                computed = entry.numerator / (entry.denominator or 1) * (indicator.scale or 1)
                if abs(computed - entry.value) > VALUE_TOLERANCE:
                    findings.append(
                        at_value(
                            report,
                            "E201",
                            "schema.value_mismatch",
                            (*path, "value"),
                            value=Figure(entry.value),
                            computed=Figure(computed),
                        )
                    )
            if indicator.unit == "%" and item.value is not None and item.value > 100:
                if entry.value is None and entry.numerator is not None:
                    # More trained workers than workers: the pair was swapped or mistyped.
                    findings.append(
                        at_value(
                            report,
                            "E201",
                            "schema.numerator_over_denominator",
                            (*path, "numerator"),
                            numerator=Figure(entry.numerator),
                            denominator=Figure(entry.denominator or 0),
                        )
                    )
                    continue
                findings.append(
                    at_value(
                        report,
                        "E201",
                        "schema.percent_range",
                        (*path, "value"),
                        value=Figure(item.value),
                    )
                )
    return findings
