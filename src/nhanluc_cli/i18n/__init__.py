"""Every user-facing word, in Vietnamese (the default) and English: the package's public API.

Findings carry a key and arguments; `message()` turns them into a sentence saying what is wrong
and a sentence saying what to do (their texts: messages.py, `MESSAGES`). Interface words
(headers, status words) are `word()`'s (words.py, `WORDS`). The command line's own words are in
help_texts.py, the JSON Schemas' in schema_words.py; both are read only by the module that
prints them, so importing this package costs neither. The plan's own text (titles, agency
names) is data and stays Vietnamese in both languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from nhanluc_cli.findings import Assessment, Figure, OsProblem, PeriodName, ReportedState, Target
from nhanluc_cli.i18n.messages import MESSAGES as MESSAGES
from nhanluc_cli.i18n.messages import Message
from nhanluc_cli.i18n.words import WORDS as WORDS
from nhanluc_cli.vietnamese import format_number

Lang = Literal["vi", "en"]


def message(key: str, lang: Lang, args: Mapping[str, object] | None = None) -> tuple[str, str]:
    """The sentence saying what is wrong, and the one saying what to do."""
    entry = MESSAGES.get(key)
    if entry is None:
        entry = MESSAGES["schema.generic"] if key.startswith("schema.") else Message(key, key)
    text, fix = (entry.vi, entry.vi_fix) if lang == "vi" else (entry.en, entry.en_fix)
    values = _Defaults({name: _shown(value, lang) for name, value in (args or {}).items()})
    text = text.format_map(values)
    if values.get("suggestion"):
        # An unknown field, value or id that is close to a known one: "có phải `indicators`?"
        text = text.removesuffix(".") + word("did_you_mean", lang, suggestion=values["suggestion"])
    return text, fix.format_map(values)


def word(key: str, lang: Lang, **args: object) -> str:
    vi, en = WORDS[key]
    text = vi if lang == "vi" else en
    return text.format_map(_Defaults(args)) if args else text


class _Defaults(dict[str, object]):
    """format_map that leaves unknown placeholders visible instead of raising KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# ---------------------------------------------------------------------------------------------
# Numbers and raw finding arguments, per language


def number(x: float, lang: Lang, places: int = 2) -> str:
    """`x` with at most `places` decimals, trailing zeros dropped: 66.5 -> "66,5", 70 -> "70"."""
    text = format_number(x, lang, places)
    decimal_mark = "," if lang == "vi" else "."
    if decimal_mark in text:
        text = text.rstrip("0").rstrip(decimal_mark)
    return "0" if text == "-0" else text


def assessment_word(assessment: str | None, lang: Lang) -> str:
    if assessment in ("achieved", "in_progress", "not_achieved"):
        return word(f"indicator_assessment.{assessment}", lang)
    return assessment or "-"


def unit_suffix(unit: str | None, lang: Lang) -> str:
    """What follows a figure: "%", "/vạn dân", " người" (a count's own unit, §15), or ""."""
    if unit == "%":
        return "%"
    if unit == "per_10000":
        return word("indicators.per_10000", lang)
    return f" {unit}" if unit else ""


def figure_with_unit(value: float, unit: str | None, lang: Lang) -> str:
    """A figure as a reader sees it with its unit: "66,5%", "320 người", "1.500 ha"."""
    return number(value, lang) + unit_suffix(unit, lang)


def target_text(target: Target, lang: Lang) -> str:
    """The target as people write it: "≥ 70%", "= 100%", "10–12/vạn dân", "định tính";
    of a §15 measure: "≥ 300 người/năm", "tăng ≥ 12%/năm", "duy trì = 100%"."""
    if target.measure == "growth":
        # The target is a rate in % a year whatever the unit of the levels.
        bare = target_text(target._replace(unit=None, measure="level"), lang)
        return word("target.growth", lang, target=bare)
    if target.measure != "level" and target.kind != "qualitative":
        plain = target_text(target._replace(measure="level"), lang)
        return word(f"target.{target.measure}", lang, target=plain)
    unit = unit_suffix(target.unit, lang)
    if target.kind == "range" and target.lo is not None and target.hi is not None:
        return f"{number(target.lo, lang)}–{number(target.hi, lang)}{unit}"
    if target.value is not None and target.kind in ("at_least", "at_most"):
        # A rate cannot pass 100%, so "at least 100%" is the document's "100%".
        if target.kind == "at_least" and target.unit == "%" and target.value >= 100:
            sign = "="
        else:
            sign = "≥" if target.kind == "at_least" else "≤"
        return f"{sign} {number(target.value, lang)}{unit}"
    return word("indicators.qualitative", lang)


def _shown(value: object, lang: Lang) -> object:
    """A finding argument as the message writes it; text, integers and dates pass through."""
    if isinstance(value, Figure):
        return "-" if value.value is None else number(value.value, lang, value.places)
    if isinstance(value, Assessment):
        return assessment_word(value.code, lang)
    if isinstance(value, Target):
        return target_text(value, lang)
    if isinstance(value, PeriodName):
        return period_words(value.period, lang)
    if isinstance(value, OsProblem):
        return os_reason(value, lang)
    if isinstance(value, ReportedState):
        return reported_state(value, lang)
    return value


_ROMAN = ("I", "II", "III", "IV")
_MONTH_NAMES_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def period_words(period: str, lang: Lang) -> str:
    """A report period as a title says it (contract §17): "2026-H1" is "6 tháng đầu năm 2026",
    "2026-9M" "9 tháng đầu năm 2026", "2026-Q3" "quý III năm 2026", "2026" "năm 2026"."""
    year, part = period[:4], period[5:]
    vi = lang == "vi"
    if not part:
        return f"năm {year}" if vi else year
    if part == "H1":
        return f"6 tháng đầu năm {year}" if vi else f"the first half of {year}"
    if part == "H2":
        return f"6 tháng cuối năm {year}" if vi else f"the second half of {year}"
    if part == "9M":
        return f"9 tháng đầu năm {year}" if vi else f"the first nine months of {year}"
    if part[0] == "Q" and part[1:] in ("1", "2", "3", "4"):
        return f"quý {_ROMAN[int(part[1]) - 1]} năm {year}" if vi else f"Q{part[1]} {year}"
    if part.isdigit() and 1 <= int(part) <= 12:
        month = int(part)
        return f"tháng {month} năm {year}" if vi else f"{_MONTH_NAMES_EN[month - 1]} {year}"
    return period


def reported_state(state: ReportedState, lang: Lang) -> str:
    """ "hoàn thành ngày 28/03/2022", "đang thực hiện"; English keeps the file's words."""
    from nhanluc_cli.vietnamese import format_date

    status = state.status or "-"
    shown = word(f"reported.{status}", lang) if f"reported.{status}" in WORDS else status
    if state.completed_on is None:
        return shown
    return word("reported.on", lang, status=shown, date=format_date(state.completed_on, lang))


# What the system says when a file cannot be read or written, by errno: its own sentence is
# English ("No such file or directory") whatever the user's language (contract §10).
_OS_REASONS: dict[str, tuple[str, str]] = {
    "ENOENT": ("không có tệp hay thư mục này", "no such file or folder"),
    "EACCES": ("không có quyền truy cập", "permission denied"),
    "EPERM": ("không được phép", "operation not permitted"),
    "EISDIR": ("đây là một thư mục", "this is a folder"),
    "ENOTDIR": ("một phần của đường dẫn không phải thư mục", "a part of the path is not a folder"),
    "EEXIST": ("đã có tệp hay thư mục trùng tên", "a file or folder of that name exists"),
    "ENOSPC": ("ổ đĩa đã đầy", "the disk is full"),
    "EDQUOT": ("đã hết hạn mức dung lượng", "the disk quota is used up"),
    "EROFS": ("ổ đĩa chỉ đọc", "the disk is read-only"),
    "ELOOP": ("liên kết (symlink) vòng quanh", "the links (symlinks) go round in a loop"),
    "ENAMETOOLONG": ("tên tệp hay đường dẫn quá dài", "the file name or path is too long"),
    "EBUSY": ("tệp đang được chương trình khác dùng", "the file is in use by another program"),
    "ETXTBSY": ("tệp đang được chương trình khác dùng", "the file is in use by another program"),
    "EMFILE": ("mở quá nhiều tệp cùng lúc", "too many files are open"),
    "ENFILE": ("mở quá nhiều tệp cùng lúc", "too many files are open"),
    "EIO": ("lỗi đọc ghi của ổ đĩa", "a disk input/output error"),
    "EINVAL": ("tên hay thao tác không hợp lệ", "an invalid name or operation"),
    "EXDEV": ("không chuyển được sang ổ đĩa khác", "cannot move across disks"),
    "ENXIO": ("thiết bị không sẵn sàng", "the device is not ready"),
    "ENODEV": ("thiết bị không sẵn sàng", "the device is not ready"),
}


def os_reason(error: OSError | OsProblem, lang: Lang) -> str:
    """Why a file could not be read or written, in the user's language."""
    import errno as errno_names

    problem = error if isinstance(error, OsProblem) else OsProblem.of(error)
    name = errno_names.errorcode.get(problem.errno) if problem.errno is not None else None
    words = _OS_REASONS.get(name or "")
    if words is not None:
        return words[0] if lang == "vi" else words[1]
    code = f" ({name})" if name else ""
    if lang == "vi":
        return f"lỗi hệ thống{code}"
    return f"system error{code}: {problem.text}"
