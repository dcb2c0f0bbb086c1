"""One cell's value, as openpyxl gives it, as the text its YAML field takes.

Pure: no openpyxl here, only the values it hands over (text, numbers, datetimes). Nothing is
judged here: a value that cannot be right ("31/02/2026", "148.500") goes into the YAML as the
office typed it, and the loader says what is wrong with it in the words it uses for YAML.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime, time
from decimal import Decimal

from nhanluc_cli.vietnamese import (
    assessment_from_words,
    format_date,
    nfc,
    report_status_from_words,
)

Raw = str | int | float | bool | date | datetime | time | None

# The values the model itself has always taken, accepted from a form as they are.
_STATUS_CODES = frozenset({"not_started", "in_progress", "done", "cancelled", "transferred"})
_ASSESSMENT_CODES = frozenset({"achieved", "in_progress", "not_achieved"})


def is_blank(raw: Raw) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def plain_number(number: float | int) -> str:
    """A number as YAML text without an exponent: 66.5 -> "66.5", 148500.0 -> "148500",
    1e-05 -> "0.00001" (the model refuses exponents, as officials never write them)."""
    if isinstance(number, int):
        return str(number)
    if not math.isfinite(number):
        return str(number)
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    text = repr(number)
    return format(Decimal(text), "f") if "e" in text or "E" in text else text


def shown(raw: Raw) -> str:
    """The cell as the office sees it: dates dd/mm/yyyy, numbers without exponent, text as
    typed (on one line)."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, datetime):
        return format_date(raw.date(), "vi") if raw.time() == time() else raw.isoformat(" ")
    if isinstance(raw, date):
        return format_date(raw, "vi")
    if isinstance(raw, time):
        return raw.isoformat()
    if isinstance(raw, int | float):
        return plain_number(raw)
    return " ".join(nfc(raw).split())


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def text_scalar(raw: Raw) -> str:
    """Free text (a source, a note): as shown, quoted."""
    if isinstance(raw, str):
        return quoted(nfc(raw).strip())
    return quoted(shown(raw))


def date_scalar(raw: Raw) -> str:
    """A date cell: ISO when the spreadsheet holds a date; otherwise the text typed, quoted, for
    the model to read ("31/03/2026") or refuse ("31/02/2026", "hôm qua")."""
    if isinstance(raw, datetime) and raw.time() == time():
        return raw.date().isoformat()
    if isinstance(raw, date) and not isinstance(raw, datetime):
        return raw.isoformat()
    return quoted(shown(raw) if not isinstance(raw, str) else raw.strip())


def number_scalar(raw: Raw) -> str:
    """A number cell: the number itself; text ("66,5", "148.500") quoted, for the model."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return plain_number(raw)
    return quoted(raw.strip() if isinstance(raw, str) else shown(raw))


def status_value(raw: Raw) -> str | None:
    """The status an office's words stand for ("Hoàn thành" -> "done"), or None."""
    if not isinstance(raw, str):
        return None
    text = " ".join(nfc(raw).split())
    return text if text in _STATUS_CODES else report_status_from_words(text)


def assessment_value(raw: Raw) -> str | None:
    """The assessment of "đạt", "đang thực hiện", "không đạt" (any case or accents), or None."""
    if not isinstance(raw, str):
        return None
    text = " ".join(nfc(raw).split())
    return text if text in _ASSESSMENT_CODES else assessment_from_words(text)
