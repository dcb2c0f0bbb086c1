"""A report period as officials write it -> the canonical form the files keep.

"Quý IV/2026", "quý 4 năm 2026" -> "2026-Q4"; "6 tháng đầu năm 2026" -> "2026-H1"; "năm 2026" ->
"2026"; "tháng 3/2026" -> "2026-03". A form that could mean two periods ("6 tháng năm 2026":
the first half or the second?) is not guessed: `read_period` gives the exact forms to choose
from. Pure: no I/O, no words (the messages that show the choices live in i18n).

Each form is one row of `FORMS` (a pattern over the folded text, see vietnamese.fold, and what
it gives): a new kind of period is a new row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import NamedTuple

from nhanluc_cli.vietnamese import fold

# The canonical forms a report's `period:` holds (model.REPORT_PERIOD is this pattern): a year,
# a quarter, a half, nine months (`2026-9M`, contract §17), a month. A new kind of period adds
# its form here and its rows to FORMS.
REPORT_PERIOD = r"^(19|20|21)[0-9]{2}(-(Q[1-4]|H[12]|9M|0[1-9]|1[0-2]))?$"
CANONICAL = re.compile(REPORT_PERIOD)
# Each kind of period and what follows the year in its canonical form.
CANONICAL_TAILS: dict[str, str] = {
    "year": "",
    "quarter": "-Q[1-4]",
    "half": "-H[12]",
    "nine_months": "-9M",
    "month": "-(?:0[1-9]|1[0-2])",
}

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = r"(?P<year>(?:19|20|21)[0-9]{2})"
_BEFORE_YEAR = r"\s*(?:/|-|,|nam)\s*"  # "Quý IV/2026", "quý 4 năm 2026", "quý 4 - 2026"
_GAP = rf"(?:{_BEFORE_YEAR}|\s+)"  # "6 tháng đầu năm 2026", "6 tháng đầu năm/2026"
_QUARTER = r"(?:quy|q)\s*(?P<quarter>[1-4]|iv|i{1,3})"
_SIX = r"(?:6|sau) thang"
_MONTH = r"(?P<month>0?[1-9]|1[0-2])"


class PeriodReading(NamedTuple):
    canonical: str | None  # the period, when the text names exactly one
    choices: tuple[str, ...] = ()  # else the canonical forms it might mean (may be empty)


Build = Callable[[dict[str, str]], tuple[str, ...]]


def _quarter(parts: dict[str, str]) -> int:
    quarter = parts["quarter"]
    return _ROMAN[quarter] if quarter in _ROMAN else int(quarter)


# (pattern over the folded text, the period(s) it names). One period: read as that period;
# several: ambiguous, shown as choices. "YYYY" stands for a year the text does not give.
FORMS: tuple[tuple[str, Build], ...] = (
    (rf"(?:ca )?(?:nam )?{_YEAR}", lambda p: (p["year"],)),
    (rf"{_QUARTER}{_BEFORE_YEAR}{_YEAR}", lambda p: (f"{p['year']}-Q{_quarter(p)}",)),
    (rf"{_YEAR}\s*-\s*{_QUARTER}", lambda p: (f"{p['year']}-Q{_quarter(p)}",)),
    (rf"{_SIX} dau nam{_GAP}{_YEAR}", lambda p: (f"{p['year']}-H1",)),
    (rf"{_SIX} cuoi nam{_GAP}{_YEAR}", lambda p: (f"{p['year']}-H2",)),
    (rf"(?:nua nam dau|nua dau nam){_GAP}{_YEAR}", lambda p: (f"{p['year']}-H1",)),
    (rf"(?:nua nam cuoi|nua cuoi nam){_GAP}{_YEAR}", lambda p: (f"{p['year']}-H2",)),
    (rf"{_YEAR}\s*-\s*h(?P<half>[12])", lambda p: (f"{p['year']}-H{p['half']}",)),
    (rf"9 thang (?:dau )?nam{_GAP}{_YEAR}", lambda p: (f"{p['year']}-9M",)),
    (rf"{_YEAR}\s*-\s*9m", lambda p: (f"{p['year']}-9M",)),
    (rf"thang {_MONTH}{_BEFORE_YEAR}{_YEAR}", lambda p: (f"{p['year']}-{int(p['month']):02d}",)),
    (rf"{_YEAR}\s*-\s*{_MONTH}", lambda p: (f"{p['year']}-{int(p['month']):02d}",)),
    # Ambiguous: which half, or a month or a quarter written as a bare number?
    (rf"{_SIX}{_GAP}{_YEAR}", lambda p: (f"{p['year']}-H1", f"{p['year']}-H2")),
    (
        rf"(?P<month>0?[1-4])\s*/\s*{_YEAR}",
        lambda p: (f"{p['year']}-{int(p['month']):02d}", f"{p['year']}-Q{int(p['month'])}"),
    ),
    # A month that is no quarter's number: that month.
    (
        rf"(?P<month>0?[5-9]|1[0-2])\s*/\s*{_YEAR}",
        lambda p: (f"{p['year']}-{int(p['month']):02d}",),
    ),
    # No year: the forms to write, with the year left to fill in.
    (_QUARTER, lambda p: (f"YYYY-Q{_quarter(p)}",)),
    (rf"{_SIX} dau nam", lambda p: ("YYYY-H1",)),
    (rf"{_SIX} cuoi nam", lambda p: ("YYYY-H2",)),
)
_COMPILED = tuple((re.compile(pattern), build) for pattern, build in FORMS)


# What read_period drops before it looks for a form: "Kỳ báo cáo quý IV/2026".
_PREFIXES = ("ky ", "bao cao ")


def period_kind(canonical: str) -> str:
    """The kind of a canonical period (a key of CANONICAL_TAILS): "2026-Q4" -> "quarter"."""
    tail = canonical[4:]
    if not tail:
        return "year"
    return {"Q": "quarter", "H": "half", "9": "nine_months"}.get(tail[1], "month")


def written_forms(
    kinds: Collection[str] = tuple(CANONICAL_TAILS), years: Sequence[int] = ()
) -> str:
    """One pattern over folded text (vietnamese.fold) of every way of writing, in words, one
    period of `kinds` in one of `years` (any year when none is given) that read_period reads as
    that period, the prefixes it drops included: for JSON Schema (vietnamese.typed_pattern).
    The canonical forms are not in it (CANONICAL_TAILS). Its groups are named more than once:
    it is not for Python's `re` as it is."""
    year = _YEAR if not years else "(?P<year>" + "|".join(str(y) for y in years) + ")"
    sample = {"year": "2000", "quarter": "1", "half": "1", "month": "5"}
    chosen = []
    for pattern, build in FORMS:
        named = build(sample)  # what a row names does not hang on the numbers but their count
        if len(named) == 1 and CANONICAL.match(named[0]) and period_kind(named[0]) in kinds:
            chosen.append(pattern.replace(_YEAR, year))
    prefixes = "".join(f"(?:{prefix})?" for prefix in _PREFIXES)
    return prefixes + "(?:" + "|".join(chosen) + ")"


def read_period(text: str) -> PeriodReading:
    """The canonical period `text` names, or the forms it might mean."""
    stripped = text.strip()
    if CANONICAL.match(stripped):
        return PeriodReading(stripped)
    folded = fold(stripped)
    for prefix in _PREFIXES:
        folded = folded.removeprefix(prefix)
    for pattern, build in _COMPILED:
        match = pattern.fullmatch(folded)
        if match:
            named = build({k: v for k, v in match.groupdict().items() if v is not None})
            if len(named) == 1 and "YYYY" not in named[0] and CANONICAL.match(named[0]):
                return PeriodReading(named[0])
            return PeriodReading(None, named)
    return PeriodReading(None)


def canonical_period(text: str) -> str | None:
    """`read_period(text).canonical`."""
    return read_period(text).canonical
