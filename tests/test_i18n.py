"""i18n: the administrative words of contract §10, the plan's spelling, "70%" without a space."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import REPO
from nhanluc_cli.findings import Target
from nhanluc_cli.i18n import MESSAGES, WORDS, message, target_text, word

# Contract §10: the words tables, reports and messages show for each status.
CONTRACT_WORDS = {
    "task_status.done": "hoàn thành đúng hạn",
    "task_status.late": "hoàn thành quá hạn",
    "task_status.overdue": "quá hạn, chưa hoàn thành",
    "task_status.due_soon": "sắp đến hạn",
    "task_status.open": "trong hạn",
    "task_status.cancelled": "không thực hiện (đã hủy)",
    "task_status.transferred": "đã chuyển giao",
    "task_status.terminated": "chấm dứt",
    "indicator_status.achieved": "đạt",
    "indicator_status.missed": "không đạt",
    "indicator_status.no_data": "chưa có số liệu",
    "indicator_status.insufficient_data": "chưa đủ số liệu",
    "indicator_status.substantial_progress": "đạt tiến độ",
    "indicator_status.moderate_progress": "chậm tiến độ",
    "indicator_status.limited_progress": "chậm nhiều, khó đạt",
    "indicator_status.deterioration": "đi ngược mục tiêu",
    "indicator_status.not_assessable": "không đánh giá được",
}


@pytest.mark.parametrize(("key", "vietnamese"), sorted(CONTRACT_WORDS.items()))
def test_status_words_are_the_contracts(key: str, vietnamese: str) -> None:
    assert word(key, "vi") == vietnamese
    assert word(key, "en") not in ("", vietnamese)


def every_vietnamese_text() -> list[tuple[str, str]]:
    texts = [(key, text) for key, entry in MESSAGES.items() for text in (entry.vi, entry.vi_fix)]
    texts += [(key, vi) for key, (vi, _) in WORDS.items()]
    for path in (REPO / "src" / "nhanluc_cli").rglob("*"):
        if path.suffix in (".py", ".j2", ".md", ".yaml", ".yml") and path.is_file():
            texts.append((str(path.relative_to(REPO)), path.read_text(encoding="utf-8")))
    return texts


# The newer placement of the tone mark in open syllables (oà, oá, uý, ...); the plan writes hòa,
# hóa, hủy, xóa, khóa, thủy. "quý", "quỳ" are the same in both styles ("qu" is one consonant).
NEWER_PLACEMENT = re.compile(r"(?<![qQ])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![^\W\d_]|…)", re.IGNORECASE)
# Files that must recognise both spellings in what people type.
BOTH_SPELLINGS = {
    "src/nhanluc_cli/importer/agencies.py",
    "src/nhanluc_cli/importer/bodies.py",
    "src/nhanluc_cli/importer/header.py",
    "src/nhanluc_cli/render/report/document.py",
}


def test_spelling_follows_the_plan() -> None:
    found = [
        (where, match.group())
        for where, text in every_vietnamese_text()
        if where not in BOTH_SPELLINGS
        for match in NEWER_PLACEMENT.finditer(text)
    ]
    assert found == []


def test_percentages_have_no_space() -> None:
    spaced = [
        (key, text)
        for key, text in every_vietnamese_text()
        if key in MESSAGES or key in WORDS
        if re.search(r"\d %|\} %", text)
    ]
    assert spaced == []
    target = Target("at_least", 70.0, None, None, "%")
    assert (target_text(target, "vi"), target_text(target, "en")) == ("≥ 70%", "≥ 70%")


def test_no_calques_in_vietnamese() -> None:
    """Words a translator would write and an official would not."""
    calques = ("đã xong", "xong trễ", "tiến bộ đáng kể", "tiến bộ vừa phải", "tiến bộ hạn chế",
               "xấu đi", "chưa đến hạn", "phát hiện khác", "trễ nhiều nhất")  # fmt: skip
    found = [
        (key, calque)
        for key, text in every_vietnamese_text()
        if key in MESSAGES or key in WORDS
        for calque in calques
        if calque in text
        # Contract §17 names a periodic report not yet due "chưa đến hạn": the official word
        # for a report, where a task not yet due is "trong hạn".
        if key != "report_status.not_due"
    ]
    assert found == []


def test_a_suggestion_is_asked_as_a_question() -> None:
    args = {"id": "lao_dong_qua_dao_tau", "suggestion": "lao_dong_qua_dao_tao"}
    assert message("ref.unknown_indicator", "vi", args)[0] == (
        "không có chỉ tiêu `lao_dong_qua_dao_tau` trong kế hoạch; có phải `lao_dong_qua_dao_tao`?"
    )
    assert message("ref.unknown_indicator", "en", {**args, "suggestion": ""})[0] == (
        "the plan has no indicator `lao_dong_qua_dao_tau`."
    )


def test_repository_docs_use_the_plans_spelling() -> None:
    # (README.md quotes the demo data's own "số liệu minh hoạ", which is data, not our words.)
    for name in ("docs/indicators.md", "docs/ci.md", "data/progress/README.md"):
        text = Path(REPO / name).read_text(encoding="utf-8")
        assert NEWER_PLACEMENT.findall(text) == [], name
