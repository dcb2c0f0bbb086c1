"""Vietnamese text helpers: normalisation, accent-insensitive matching, collation, formats.

Pure functions only: no I/O, no clock, no locale. Python's `locale` module is not used on
purpose: Vietnamese locales are often missing on the machines (and CI runners) this runs on, and
locale-dependent output would make tests flaky.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

__all__ = [
    "ASSESSMENT_WORDS",
    "CURLY_QUOTES",
    "REPORT_STATUS_WORDS",
    "TYPED_SPACE",
    "assessment_from_words",
    "fold",
    "format_date",
    "format_number",
    "matches",
    "nearest",
    "nfc",
    "parse_decimal",
    "report_status_from_words",
    "sort_key",
    "thousands_readings",
    "typed_pattern",
]

# The quotes Word and phone keyboards type for " and ': YAML takes them as letters, not quotes.
CURLY_QUOTES = "“”‘’"

SortKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], str]


def nfc(text: str) -> str:
    """Return `text` in Unicode NFC (what every string read from YAML is normalised to)."""
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Reduce `text` to a search form: no case, no diacritics, "đ" as "d", single spaces.

    "Phòng Giáo dục và Đào tạo" -> "phong giao duc va dao tao".
    """
    # casefold before decomposing: some case foldings introduce combining marks ("İ" -> "i̇").
    decomposed = unicodedata.normalize("NFD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # "đ" has no decomposition (it is a distinct letter, not d + mark), so map it by hand.
    bare = bare.replace("đ", "d")
    return " ".join(bare.split())


# The marks Vietnamese puts on a letter: the five tones (grave, acute, hook, tilde, dot below),
# and the breve, circumflex and horn of ă, â, ê, ô, ơ, ư.
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0309\u0303\u0323\u0306\u0302\u031b")
# In a typed pattern: what Python takes for a blank (str.isspace: what fold() and strip() drop),
# written out, as JavaScript's \s differs (it takes U+FEFF, not U+001C-U+001F nor U+0085).
TYPED_SPACE = "[\\t-\\r\\x1c- \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]"
# The combining marks fold() drops after a letter typed decomposed (NFD): U+0300-U+036F but
# U+0345 (it case-folds to a Greek letter) and U+034F (not a mark to unicodedata.combining).
_TYPED_MARKS = "[\\u0300-\\u0344\\u0346-\\u034e\\u0350-\\u036f]*"


@lru_cache(maxsize=1)
def _letter_classes() -> dict[str, str]:
    """For each letter a-z, every letter fold() takes to it as Vietnamese is typed (either case,
    composed, with Vietnamese marks; "đ", "Đ" for "d"), as a class of a regular expression."""
    found: dict[str, list[str]] = {letter: [] for letter in "abcdefghijklmnopqrstuvwxyz"}
    for code in (*range(0x41, 0x7B), *range(0xC0, 0x1B1), *range(0x1EA0, 0x1EFA)):
        char = chr(code)
        marks = set(unicodedata.normalize("NFD", char)[1:])
        if char.isalpha() and marks <= _VIETNAMESE_MARKS and (folded := fold(char)) in found:
            found[folded].append(char)
    return {letter: "[" + "".join(chars) + "]" for letter, chars in found.items()}


def typed_pattern(folded: str) -> str:
    """A regular expression over text as people type it that matches where `folded`, a pattern
    over fold()'s output, matches the folded text: each letter in any case, with Vietnamese
    marks composed or not; a space one or more blanks (TYPED_SPACE), a `\\s` any blank. For
    JSON Schema (ECMA-262, which an editor's YAML language server runs, with or without its `u`
    flag: no named groups, no flags); Python's `re` reads it too.

    `folded` may use groups (named ones lose their names), `\\s`-like escapes, classes of digits
    and quantifiers; a letter in a class is refused (ValueError: it could not be typed)."""
    classes = _letter_classes()
    out: list[str] = []
    index = 0
    while index < len(folded):
        char = folded[index]
        if folded.startswith("\\s", index):  # a blank, as Python's `re` reads the folded text
            out.append(TYPED_SPACE)
            index += 2
        elif char == "\\":
            out.append(folded[index : index + 2])
            index += 2
        elif folded.startswith("(?P<", index):
            out.append("(?:")
            index = folded.index(">", index) + 1
        elif char == "[":
            end = folded.index("]", index)
            if any(c.isalpha() for c in folded[index:end]):
                raise ValueError(f"a letter in a class: {folded[index : end + 1]}")
            out.append(folded[index : end + 1])
            index = end + 1
        elif char == " ":
            out.append(TYPED_SPACE + "+")
            index += 1
        elif char in classes:
            out.append(f"(?:{classes[char]}{_TYPED_MARKS})")
            index += 1
        else:
            out.append(char)
            index += 1
    return "".join(out)


def matches(query: str, text: str) -> bool:
    """True when `query` occurs in `text`, ignoring case, diacritics, "đ"/"d" and spacing.

    An empty (or all-space) query matches everything, as an empty filter should.
    """
    return fold(query) in fold(text)


def nearest(text: str, known: Iterable[str]) -> str:
    """The known name closest to a misspelt one ("indicator" -> "indicators",
    "lao_dong_qua_dao_tau" -> "lao_dong_qua_dao_tao", "Phong Y te" -> "Phòng Y tế"), or "".
    Compared as typed first, then without case and diacritics; a short number only by case
    ("17" is as close to "1" as to "7": no guess)."""
    names = list(known)
    if len(text) < 4 and any(ch.isdigit() for ch in text):
        # "17" is one keystroke from "1" and "7": too short to guess; only case or accents.
        return next((name for name in names if fold(name) == fold(text)), "")
    close = difflib.get_close_matches(text, names, n=1, cutoff=0.6)
    if not close:
        folded = {fold(name): name for name in names}
        close = [folded[m] for m in difflib.get_close_matches(fold(text), folded, n=1, cutoff=0.6)]
    return close[0] if close else ""


# --- Collation -------------------------------------------------------------------------------
#
# CLDR's Vietnamese tailoring ("&̀<<̉<<̃<<́<<̣ &a<ă<â &d<đ &e<ê &o<ô<ơ &u<ư"):
# ă, â, đ, ê, ô, ơ, ư are letters of their own (primary difference); the five tone marks are
# secondary differences in the order grave, hook above, tilde, acute, dot below; case is tertiary
# with lowercase first. Punctuation is not ignored (CLDR's default "non-ignorable"), and sorts
# before digits, which sort before letters, as in the CLDR root order.

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"

# A letter the tailoring treats as a base letter may arrive decomposed: base + one modifier mark.
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
_MODIFIED = {
    ("a", _BREVE): "ă",
    ("a", _CIRCUMFLEX): "â",
    ("e", _CIRCUMFLEX): "ê",
    ("o", _CIRCUMFLEX): "ô",
    ("o", _HORN): "ơ",
    ("u", _HORN): "ư",
}
# Secondary weights; 0 is "no tone" and sorts first.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

# Primary weight bands, so that every space < every punctuation mark < symbol < digit < letter.
_BAND = 0x200000  # above the largest code point
_SPACE, _PUNCT, _SYMBOL, _DIGIT, _LATIN, _OTHER_LETTER = (band * _BAND for band in range(6))


def _clusters(decomposed: str) -> list[str]:
    """Split NFD text into clusters: one base character followed by its combining marks."""
    clusters: list[str] = []
    for ch in decomposed:
        if clusters and unicodedata.combining(ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


@lru_cache(maxsize=1024)
def _cluster_weights(cluster: str) -> tuple[int, int, int] | None:
    """(primary, secondary, tertiary) of one base character and its combining marks.

    None when the cluster is only combining marks (nothing to sort on at the primary level).
    """
    base, marks = cluster[0], list(cluster[1:])
    if unicodedata.combining(base):
        return None
    tertiary = 0 if base.lower() == base else 1
    # Lowercasing may add code points ("İ" -> "i̇"); only the first one carries the letter.
    lower = base.lower()[:1]
    for mark in marks:
        letter = _MODIFIED.get((lower, mark))
        if letter is not None:
            lower = letter
            marks.remove(mark)
            break
    secondary = next((_TONES[m] for m in marks if m in _TONES), 0)
    return _primary(lower), secondary, tertiary


def _primary(lower: str) -> int:
    index = _ALPHABET.find(lower)
    if index >= 0:
        return _LATIN + index
    category = unicodedata.category(lower)
    band = {"Z": _SPACE, "P": _PUNCT, "S": _SYMBOL, "N": _DIGIT, "L": _OTHER_LETTER}.get(
        category[0], _PUNCT
    )
    return band + ord(lower)


@lru_cache(maxsize=4096)
def sort_key(text: str) -> SortKey:
    """A key that sorts Vietnamese text in Vietnamese alphabetical order (CLDR "vi").

    Letters are compared first (a < ă < â < b … d < đ …), then tones (none < huyền < hỏi < ngã <
    sắc < nặng), then case (lowercase first). The NFC text breaks any remaining tie, so the order
    is total and NFC and NFD spellings of one text get the same key.
    """
    normal = nfc(text)
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    for cluster in _clusters(unicodedata.normalize("NFD", normal)):
        weights = _cluster_weights(cluster)
        if weights is not None:
            primary.append(weights[0])
            secondary.append(weights[1])
            tertiary.append(weights[2])
    return tuple(primary), tuple(secondary), tuple(tertiary), normal


# --- Dates and numbers -----------------------------------------------------------------------


def format_date(d: date, lang: str) -> str:
    """A date as people read it: "05/03/2022" in Vietnamese, "2022-03-05" (ISO) in English."""
    _check_lang(lang)
    if lang == "vi":
        return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"
    return d.isoformat()


_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def document_date(d: date, lang: str, *, short: bool = False) -> str:
    """A date as an administrative document writes it (Nghị định 30/2020/NĐ-CP): days below 10
    and months 1 and 2 take a leading zero, other months none: "ngày 04 tháng 8 năm 2021",
    "ngày 15 tháng 01 năm 2026"; short, as when citing a document: "04/8/2021".
    English: "4 August 2021" (short: ISO, as everywhere in English)."""
    _check_lang(lang)
    if lang == "en":
        return d.isoformat() if short else f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    if short:
        return f"{d.day:02d}/{month}/{d.year}"
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def format_number(x: float, lang: str, decimals: int | None = 1) -> str:
    """`x` with `decimals` decimals, grouped: "1.234,5" in Vietnamese, "1,234.5" in English.

    `decimals=None` shows as few decimals as needed, up to 2 (66.5 -> "66,5", 70 -> "70").
    Non-finite values come back as Python writes them ("nan", "inf", "-inf").
    """
    _check_lang(lang)
    if not math.isfinite(x):
        return str(float(x))
    places = 2 if decimals is None else decimals
    text = f"{x:,.{places}f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.lstrip("-").strip("0.,") == "":
        text = text.lstrip("-")  # a value that rounds to zero is "0", never "-0"
    if lang == "vi":
        text = text.translate(_VI_SEPARATORS)
    return text


_VI_SEPARATORS = str.maketrans(",.", ".,")


def _check_lang(lang: str) -> None:
    if lang not in ("vi", "en"):
        raise ValueError(f"unsupported language {lang!r}; expected 'vi' or 'en'")


# One optional sign, ASCII digits, and at most one decimal separator with digits on both sides.
_DECIMAL = re.compile(r"([+-]?)([0-9]+)(?:([.,])([0-9]+))?")
# "1.234" or "12,500": a Vietnamese reader sees thousands, an English reader a fraction.
_THOUSANDS_LIKE = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")


def parse_decimal(text: str) -> float | None:
    """Parse a number written with a decimal point or a decimal comma ("66,5", "66.5", " 70 ").

    Returns None for anything invalid or ambiguous: thousands separators ("1.234,5"), a lone
    separator followed by exactly three digits after a non-zero integer part of one to three
    digits ("1.234" is 1234 in Vietnamese but 1.234 in English), exponents, "nan", "inf",
    non-ASCII digits, and values too large for a float.
    """
    stripped = text.strip()
    match = _DECIMAL.fullmatch(stripped)
    if match is None:
        return None
    sign, whole, _separator, fraction = match.groups()
    if _THOUSANDS_LIKE.fullmatch(f"{whole}{_separator or ''}{fraction or ''}"):
        return None
    value = float(f"{sign}{whole}.{fraction or '0'}")
    return value if math.isfinite(value) else None


# Grouped digits: "148.500", "1.234.567", "1.234,5", "1,234.5", "148,500".
_GROUPED = re.compile(r"([+-]?)([1-9][0-9]{0,2}(?:([.,])[0-9]{3})+)(?:([.,])([0-9]+))?")


def thousands_readings(text: str) -> tuple[str, str | None] | None:
    """The two ways a number written with a thousands separator can be read, or None when it
    has none: "148.500" -> ("148500", "148.5"), "148,500" -> ("148500", "148.5"), "66.667" ->
    ("66667", "66.6670"), "1.234,5" -> ("1234.5", None) (both separators: one reading).
    parse_decimal refuses these; a message shows how to write what was meant.
    """
    match = _GROUPED.fullmatch(text.strip())
    if match is None:
        return None
    sign, grouped, separator, decimal_mark, fraction = match.groups()
    if decimal_mark is not None:
        if decimal_mark == separator:
            return None  # "1.234.5": not a number at all
        return f"{sign}{grouped.replace(separator, '')}.{fraction}", None
    whole = f"{sign}{grouped.replace(separator, '')}"
    if grouped.count(separator) > 1:
        return whole, None  # "1.234.567": thousands, whichever the reader's habit
    head, tail = grouped.split(separator)
    tail = tail.rstrip("0")
    if len(tail) == 3:
        tail += "0"  # "66.667" would be as ambiguous as before; "66.6670" is not
    return whole, (f"{sign}{head}.{tail}" if tail else f"{sign}{head}")


# The words an official writes for a reported status (contract §10): a progress report's
# `status:`, a form's drop-down (§19). Matched folded (no case, no diacritics, "đ" as "d"), so
# "Hoàn thành", "hoan thanh" and "HOÀN THÀNH" are one word. The English values themselves are
# what the files have always held, so they are accepted as they are by the model.
REPORT_STATUS_WORDS: dict[str, str] = {
    "chưa thực hiện": "not_started",
    "đang thực hiện": "in_progress",
    "hoàn thành": "done",
    "đã hoàn thành": "done",
    "không thực hiện": "cancelled",
    "hủy": "cancelled",
    "đã hủy": "cancelled",
    "không thực hiện (đã hủy)": "cancelled",
    "chuyển giao": "transferred",
    "đã chuyển giao": "transferred",
}

# The words of a qualitative assessment (`assessment:`, the form's drop-down).
ASSESSMENT_WORDS: dict[str, str] = {
    "đạt": "achieved",
    "đang thực hiện": "in_progress",
    "không đạt": "not_achieved",
}

_FOLDED_STATUS = {fold(word): value for word, value in REPORT_STATUS_WORDS.items()}
_FOLDED_ASSESSMENT = {fold(word): value for word, value in ASSESSMENT_WORDS.items()}


def report_status_from_words(text: str) -> str | None:
    """The status value an official's words stand for ("Hoàn thành" -> "done"), or None."""
    return _FOLDED_STATUS.get(fold(text))


def assessment_from_words(text: str) -> str | None:
    """The assessment value of "đạt", "đang thực hiện", "không đạt" (any case, accents), or None."""
    return _FOLDED_ASSESSMENT.get(fold(text))
