"""Tests for nhanluc_cli.vietnamese: NFC, folding, matching, collation, dates and numbers."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nhanluc_cli.vietnamese import (
    document_date,
    fold,
    format_date,
    format_number,
    matches,
    nearest,
    nfc,
    parse_decimal,
    sort_key,
    thousands_readings,
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# Vietnamese-heavy text for property tests: every precomposed Vietnamese letter, both cases,
# plus plain ASCII, spaces, punctuation and loose combining marks.
VIETNAMESE_LETTERS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵfjwz"
)
vietnamese_text = st.text(
    alphabet=st.sampled_from(
        list(
            VIETNAMESE_LETTERS
            + VIETNAMESE_LETTERS.upper()
            + " -,.0123456789"
            + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"  # loose marks, as in NFD
        )
    ),
    max_size=30,
)


# --- nfc -------------------------------------------------------------------------------------


def test_nfc_composes_decomposed_text() -> None:
    decomposed = nfd("Phòng Giáo dục và Đào tạo")
    assert decomposed != "Phòng Giáo dục và Đào tạo"  # the test input really is NFD
    assert nfc(decomposed) == "Phòng Giáo dục và Đào tạo"


def test_nfc_leaves_nfc_text_unchanged() -> None:
    assert nfc("Ủy ban nhân dân huyện") == "Ủy ban nhân dân huyện"
    assert nfc("") == ""


# --- fold ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phòng Giáo dục và Đào tạo", "phong giao duc va dao tao"),
        ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "phong giao duc va dao tao"),
        ("Ủy ban nhân dân huyện", "uy ban nhan dan huyen"),
        ("Cơ quan Tổ chức - Nội vụ", "co quan to chuc - noi vu"),
        ("Lao động - Thương binh và Xã hội", "lao dong - thuong binh va xa hoi"),
        ("đ Đ", "d d"),
        ("  Phòng \t Y\u00a0tế \n", "phong y te"),  # tabs, NBSP and newlines collapse
        ("Hằng năm", "hang nam"),
        ("Hàng năm", "hang nam"),
        ("ắ ặ ẫ ự ỡ", "a a a u o"),  # two marks on one letter (modifier + tone) both go
        ("", ""),
        ("   ", ""),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected
    assert fold(nfd(text)) == expected


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(vietnamese_text)
def test_fold_ignores_normalisation_form(text: str) -> None:
    assert fold(nfd(text)) == fold(nfc(text))


# --- matches ---------------------------------------------------------------------------------

EDUCATION = "Phòng Giáo dục và Đào tạo"


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("giao duc", EDUCATION, True),
        ("GIÁO DỤC", EDUCATION, True),
        (nfd("giáo dục"), EDUCATION, True),  # NFD query, NFC text
        ("giáo dục", nfd(EDUCATION), True),  # NFC query, NFD text
        ("dao tao", EDUCATION, True),  # "d" finds "Đ"
        ("đào", "Dao", True),  # and "đ" finds "D": both sides are folded
        ("giao  duc", EDUCATION, True),  # extra spaces in the query do not matter
        ("  y te ", "Phòng Y tế", True),
        ("", EDUCATION, True),  # an empty filter matches everything
        ("y tế", EDUCATION, False),
        ("giaoduc", EDUCATION, False),  # spaces are not removed, only collapsed
        ("to chuc", "Cơ quan Tổ chức - Nội vụ", True),
        ("to_chuc_noi_vu", "to_chuc_noi_vu", True),  # agency ids match themselves
    ],
)
def test_matches(query: str, text: str, expected: bool) -> None:
    assert matches(query, text) is expected


# --- sort_key --------------------------------------------------------------------------------


def vi_sorted(items: list[str]) -> list[str]:
    return sorted(items, key=sort_key)


def test_real_agency_names_sort_in_vietnamese_order() -> None:
    expected = [
        "Các phòng, ban, ngành huyện",
        "Cơ quan Tổ chức - Nội vụ",
        "Đài Truyền thanh huyện",  # Đ follows D, before E; by code point it sorts after V
        "Phòng Giáo dục và Đào tạo",
        "Phòng Kinh tế và Hạ tầng",
        "Phòng Lao động - Thương binh và Xã hội",
        "Phòng Tài chính - Kế hoạch",
        "Phòng Văn hóa - Thông tin và Thể thao",
        "Phòng Y tế",
        "Trung tâm Bồi dưỡng Chính trị",
        "Ủy ban nhân dân huyện",  # Ủ is a U: before V (by code point it sorts after V)
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện",
    ]
    shuffled = expected[:]
    random.Random(60).shuffle(shuffled)
    assert vi_sorted(shuffled) == expected
    assert sorted(expected) != expected  # code-point order would get this wrong


@pytest.mark.parametrize(
    "ordered",
    [
        ["a", "ă", "â", "b"],
        ["c", "d", "đ", "e"],
        ["e", "ê", "g"],
        ["o", "ô", "ơ", "p"],
        ["u", "ư", "v"],
        ["ân", "bà"],  # â is a letter before b: primary beats tone and code point
        ["dz", "đa"],  # d < đ decides before the next letter
        ["ơz", "pa"],
        ["f", "g"],
        ["i", "j", "k"],
        ["v", "w", "x", "y", "z"],
    ],
)
def test_base_letters_sort_in_vietnamese_alphabet_order(ordered: list[str]) -> None:
    assert vi_sorted(list(reversed(ordered))) == ordered
    upper = [word.upper() for word in ordered]
    assert vi_sorted(list(reversed(upper))) == upper


def test_tones_are_a_secondary_difference() -> None:
    # unmarked < huyền < hỏi < ngã < sắc < nặng, and any letter difference outranks any tone:
    # "mạ" < "mai" because "ma" < "mai" at the letter level.
    expected = ["ma", "mà", "mả", "mã", "má", "mạ", "mai"]
    assert vi_sorted(list(reversed(expected))) == expected


def test_tone_on_a_modified_letter() -> None:
    expected = ["ơ", "ờ", "ở", "ỡ", "ớ", "ợ", "p"]
    assert vi_sorted(list(reversed(expected))) == expected


def test_first_tone_difference_decides() -> None:
    # Same letters; the first syllable's tone is compared before the second's.
    assert vi_sorted(["mà ma", "ma mà"]) == ["ma mà", "mà ma"]


def test_case_is_the_last_difference_lowercase_first() -> None:
    assert vi_sorted(["Ba", "ba", "bà", "Bà"]) == ["ba", "Ba", "bà", "Bà"]
    assert vi_sorted(["Đa", "da", "đa"]) == ["da", "đa", "Đa"]


def test_spaces_and_punctuation_sort_before_letters() -> None:
    assert vi_sorted(["Mai", "Ma Văn", "Ma-Văn"]) == ["Ma Văn", "Ma-Văn", "Mai"]
    assert vi_sorted(["Phòng 2", "Phòng A", "Phòng 10"]) == ["Phòng 10", "Phòng 2", "Phòng A"]


def test_prefix_sorts_first() -> None:
    assert vi_sorted(["Phòng Y tế huyện", "Phòng Y tế"]) == ["Phòng Y tế", "Phòng Y tế huyện"]


def test_decomposed_input_sorts_like_composed() -> None:
    words = ["ư", "u", "ơ", "ô", "o", "đ", "d", "â", "ă", "a"]
    assert vi_sorted([nfd(w) for w in words]) == [nfd(w) for w in vi_sorted(words)]


def test_other_scripts_do_not_crash_and_sort_after_latin() -> None:
    words = ["Ωmega", "İstanbul", "zeta", "日本", "ß", "", "\u0301"]
    result = vi_sorted(words)
    assert sorted(result) == sorted(words)
    assert result.index("zeta") < result.index("Ωmega")
    assert result[0] == ""


@given(vietnamese_text)
def test_sort_key_ignores_normalisation_form(text: str) -> None:
    assert sort_key(nfd(text)) == sort_key(nfc(text))


@given(st.text())
def test_sort_key_never_raises_and_is_consistent(text: str) -> None:
    assert sort_key(nfd(text)) == sort_key(nfc(text))


@given(st.lists(vietnamese_text, max_size=8))
def test_sorting_is_a_total_order(words: list[str]) -> None:
    # Distinct NFC texts get distinct keys, so sorting any permutation gives one result
    # (up to NFC/NFD spellings of one text, which are the same text).
    once = [nfc(w) for w in vi_sorted(words)]
    assert [nfc(w) for w in vi_sorted(list(reversed(words)))] == once
    assert vi_sorted(once) == once


# --- format_date -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "lang", "expected"),
    [
        (date(2022, 3, 5), "vi", "05/03/2022"),
        (date(2022, 3, 5), "en", "2022-03-05"),
        (date(2021, 12, 31), "vi", "31/12/2021"),
        (date(2024, 2, 29), "en", "2024-02-29"),
    ],
)
def test_format_date(d: date, lang: str, expected: str) -> None:
    assert format_date(d, lang) == expected


@pytest.mark.parametrize(
    ("d", "expected", "short"),
    [
        # Nghị định 30/2020/NĐ-CP: days below 10 and months 1-2 with a leading zero, others none.
        (date(2021, 8, 4), "ngày 04 tháng 8 năm 2021", "04/8/2021"),
        (date(2026, 1, 15), "ngày 15 tháng 01 năm 2026", "15/01/2026"),
        (date(2024, 2, 29), "ngày 29 tháng 02 năm 2024", "29/02/2024"),
        (date(2024, 12, 31), "ngày 31 tháng 12 năm 2024", "31/12/2024"),
        (date(2021, 3, 26), "ngày 26 tháng 3 năm 2021", "26/3/2021"),
    ],
)
def test_document_date(d: date, expected: str, short: str) -> None:
    assert document_date(d, "vi") == expected
    assert document_date(d, "vi", short=True) == short


def test_document_date_in_english() -> None:
    assert document_date(date(2021, 8, 4), "en") == "4 August 2021"
    assert document_date(date(2021, 8, 4), "en", short=True) == "2021-08-04"


def test_unknown_language_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="'fr'"):
        format_date(date(2022, 1, 1), "fr")
    with pytest.raises(ValueError, match="'fr'"):
        format_number(1.0, "fr")


# --- format_number ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "lang", "decimals", "expected"),
    [
        (1234.5, "vi", 1, "1.234,5"),
        (1234.5, "en", 1, "1,234.5"),
        (66.5, "vi", 1, "66,5"),
        (70, "vi", 1, "70,0"),  # the requested decimals are kept
        (70, "en", 2, "70.00"),
        (1234567.891, "vi", 2, "1.234.567,89"),
        (1234567.891, "en", 0, "1,234,568"),
        (-1234.5, "vi", 1, "-1.234,5"),
        (0.05, "vi", 1, "0,1"),  # 0.05 is stored as 0.05000000000000000277: rounds up
        (-0.04, "vi", 1, "0,0"),  # never "-0,0"
        # decimals=None: as few as needed, up to 2
        (66.5, "vi", None, "66,5"),
        (70, "vi", None, "70"),
        (70.0, "en", None, "70"),
        (66.456, "vi", None, "66,46"),
        (66.4, "en", None, "66.4"),
        (1000, "vi", None, "1.000"),
        (1234.5, "vi", None, "1.234,5"),
        (-0.001, "vi", None, "0"),
        (0.999, "vi", None, "1"),
        (float("nan"), "vi", 1, "nan"),
        (float("inf"), "en", None, "inf"),
    ],
)
def test_format_number(x: float, lang: str, decimals: int | None, expected: str) -> None:
    assert format_number(x, lang, decimals) == expected


def test_format_number_default_is_one_decimal() -> None:
    assert format_number(66.55, "en") == "66.5"  # 66.55 is 66.5499999...: binary rounding
    assert format_number(12, "vi") == "12,0"


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_format_number_round_trips_through_separators(x: float) -> None:
    vi = format_number(x, "vi", 2)
    en = format_number(x, "en", 2)
    assert vi.replace(".", "").replace(",", ".") == en.replace(",", "")


# --- parse_decimal ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("66,5", 66.5),
        ("66.5", 66.5),
        (" 70 ", 70.0),
        ("70", 70.0),
        ("-1,25", -1.25),
        ("+3", 3.0),
        ("0,125", 0.125),  # leading 0: cannot be a thousands group
        ("1234.567", 1234.567),  # four-digit integer part: not a thousands group either
        ("10,5000", 10.5),
        ("0", 0.0),
        ("007", 7.0),
    ],
)
def test_parse_decimal_accepts(text: str, expected: float) -> None:
    assert parse_decimal(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "nan",
        "NaN",
        "inf",
        "-inf",
        "Infinity",
        "1e3",
        "1E3",
        "1.234,5",  # thousands separator + decimal comma
        "1,234.5",
        "1.234",  # 1234 to a Vietnamese reader, 1.234 to an English one
        "12,500",
        "100.000",
        "1 234",
        "1_000",
        ".5",
        "5.",
        "5,",
        "--1",
        "1.2.3",
        "66,5%",
        "٦٦",  # Arabic-Indic digits
        "\u22121",  # Unicode minus sign
        "0x10",
        "9" * 400,  # beyond float range
    ],
)
def test_parse_decimal_refuses(text: str) -> None:
    assert parse_decimal(text) is None


@given(st.text())
def test_parse_decimal_never_raises(text: str) -> None:
    result = parse_decimal(text)
    assert result is None or isinstance(result, float)


@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=99))
def test_parse_decimal_comma_and_point_agree(whole: int, hundredths: int) -> None:
    comma = parse_decimal(f"{whole},{hundredths:02d}")
    point = parse_decimal(f"{whole}.{hundredths:02d}")
    assert comma == point == float(f"{whole}.{hundredths:02d}")


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("148.500", ("148500", "148.5")),
        ("148,500", ("148500", "148.5")),
        ("1.000", ("1000", "1")),
        ("66.667", ("66667", "66.6670")),  # the decimal reading must not be ambiguous again
        ("1.234,5", ("1234.5", None)),
        ("1,234.5", ("1234.5", None)),
        ("1.234.567", ("1234567", None)),
        ("-12.500", ("-12500", "-12.5")),
        ("66.5", None),
        ("0.665", None),
        ("148500", None),
        ("1.234.5", None),
    ],
)
def test_thousands_readings(text: str, readings: tuple[str, str | None] | None) -> None:
    assert thousands_readings(text) == readings
    if readings is not None:
        assert parse_decimal(text) is None  # refused, so a message can say how to write it
        assert parse_decimal(readings[0]) is not None
        assert readings[1] is None or parse_decimal(readings[1]) is not None


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("indicator", ["period", "indicators", "tasks"], "indicators"),
        ("lao_dong_qua_dao_tạo", ["lao_dong_qua_dao_tao", "hoc_sinh_thcs"], "lao_dong_qua_dao_tao"),
        ("phong_gd", ["phong_gddt", "phong_yt"], "phong_gddt"),
        ("xyz", ["period", "indicators"], ""),
        ("x", [], ""),
        ("17", ["III.1", "1", "7", "16"], ""),  # too short to guess
        ("iii.1", ["III.1", "1"], "III.1"),
        ("don", ["not_started", "done"], "done"),
    ],
)
def test_nearest(text: str, known: list[str], expected: str) -> None:
    assert nearest(text, known) == expected
