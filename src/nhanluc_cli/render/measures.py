"""`indicators --explain` for the measures of contract §15: what was due by D, what was done, R.

The verdict itself is indicators/measures.py's; this module only writes it out, line by line,
in the reader's language.
"""

from __future__ import annotations

from datetime import date

from nhanluc_cli.i18n import Lang, number, unit_suffix, word
from nhanluc_cli.indicators.evaluation import IndicatorResult
from nhanluc_cli.indicators.measures import MeasureEvaluation
from nhanluc_cli.render.words import indicator_status_word, target_text
from nhanluc_cli.vietnamese import format_date

__all__ = ["measure_explain_lines"]


def _d(day: date, lang: Lang) -> str:
    return format_date(day, lang)


def measure_explain_lines(result: IndicatorResult, lang: Lang) -> list[str]:
    """The block `--explain` prints for an indicator judged by a §15 measure."""
    indicator, m = result.indicator, result.measured
    assert m is not None
    unit = indicator.unit if indicator.measure != "growth" else None

    def amount(value: float | None, places: int = 2) -> str:
        return "-" if value is None else number(value, lang, places) + unit_suffix(unit, lang)

    lines = [
        f"{indicator.id} — {indicator.name}",
        "  "
        + word(
            "explain.measure",
            lang,
            target=target_text(indicator, lang),
            measure=word(f"measure.{indicator.measure}", lang),
        ),
        "  "
        + word(
            "explain.window",
            lang,
            start=_d(m.window_start, lang),
            end=_d(m.closes_on, lang),
            share=number(m.share * 100, lang, 2),
        ),
    ]
    if indicator.measure in ("yearly", "average_yearly"):
        lines += _year_lines(m, lang, amount)
    if indicator.measure == "cumulative":
        for figure in m.counted:
            lines.append(
                "  "
                + word(
                    "explain.period_figure",
                    lang,
                    period=figure.period,
                    value=amount(figure.value),
                    date=_d(figure.as_of, lang),
                )
            )
        x = result.evaluation.target_value or 0.0
        lines.append("  " + word("explain.done", lang, value=amount(m.done)))
        lines.append(
            "  "
            + word(
                "explain.due_share",
                lang,
                x=number(x, lang),
                share=number(m.share * 100, lang, 2),
                value=amount(m.due),
            )
        )
    if indicator.measure == "average_yearly" and m.done is not None and m.due is not None:
        lines.append("  " + word("explain.done", lang, value=amount(m.done)))
        lines.append("  " + word("explain.mean", lang, value=amount(m.value)))
    if indicator.measure == "growth":
        lines += _growth_lines(result, lang)
    if indicator.measure == "maintain":
        lines += _maintain_lines(result, lang, amount)
    verdict = indicator_status_word(m.status, lang)
    if m.ratio is not None:
        done = number(m.done or 0.0, lang, 4)
        due = number(m.due or 0.0, lang, 4)
        verdict = f"R = {done} / {due} = {number(m.ratio, lang, 4)} → {verdict}"
    lines.append("  " + word("explain.verdict", lang, status=verdict))
    return lines


def _year_lines(m: MeasureEvaluation, lang: Lang, amount: object) -> list[str]:
    assert callable(amount)
    lines = []
    for year in m.years:
        if year.met is True:
            state = word("explain.year_met", lang)
        elif year.met is False:
            state = word("explain.year_missed", lang)
        elif year.closed:
            state = word("explain.year_unknown", lang)
        else:
            state = word("explain.year_running", lang)
        lines.append(
            "  "
            + word(
                "explain.year",
                lang,
                year=year.year,
                value=amount(year.value),
                due=amount(year.due),
                state=state,
            )
        )
    return lines


def _growth_lines(result: IndicatorResult, lang: Lang) -> list[str]:
    m = result.measured
    assert m is not None
    if m.first is None or m.latest is None:
        return []
    lines = [
        "  "
        + word(
            "explain.growth_levels",
            lang,
            y0=number(m.first.value or 0.0, lang, 4),
            d0=_d(m.first.as_of, lang),
            yt=number(m.latest.value or 0.0, lang, 4),
            dt=_d(m.latest.as_of, lang),
        )
    ]
    if m.done is not None:
        lines.append(
            "  "
            + word(
                "explain.growth_rate",
                lang,
                rate=number(m.done * 100, lang, 2),
                target=number((m.due or 0.0) * 100, lang, 2),
            )
        )
    return lines


def _maintain_lines(result: IndicatorResult, lang: Lang, amount: object) -> list[str]:
    assert callable(amount)
    m = result.measured
    assert m is not None
    x = m.due or 0.0
    lines = []
    for measurement in result.measurements:
        if measurement.value is None or not m.window_start <= measurement.as_of <= m.closes_on:
            continue
        below = (
            measurement.value > x
            if result.indicator.target.kind == "at_most"
            else measurement.value < x
        )
        key = "explain.maintain_below" if below else "explain.maintain_met"
        lines.append(
            "  "
            + word(key, lang, date=_d(measurement.as_of, lang), value=amount(measurement.value))
        )
    return lines
