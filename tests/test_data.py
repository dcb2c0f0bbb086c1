"""data/plan60.yaml says what the seed document (Kế hoạch số 60/KH-UBND) says.

Expected values are written out here (contract §1.1 and the seed's appendix) rather than derived
from the plan file, so a wrong edit to the file fails a test. Assertions work on plain dicts and
lists so that only `load_plan_dict` changes when the real loader takes over.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml

from nhanluc_cli.checks.catalogue import check_dataset
from nhanluc_cli.loading.loader import load_plan

PLAN_FILE = Path(__file__).parents[1] / "data" / "plan60.yaml"
# CI and developers keep ../shared beside the clone; the seed lives in its seed/ folder.
SEED_DIR = Path(__file__).parents[2] / "shared" / "seed"

# The only OCR errors the plan fixes. The seed is compared after the same fixes.
OCR_FIXES = {"vận dân": "vạn dân", "Kết hoạch": "Kế hoạch"}


def load_plan_dict() -> dict[str, Any]:
    """The plan as plain dicts and lists, read by the real loader and validated by the model.

    The loader's findings must be empty: the shipped plan has no E1xx/E2xx problem. The dump is
    in JSON mode, so dates are ISO text and targets are floats (100.0 == 100 holds), and holds
    only the fields the file sets, as the file says them.
    """
    loaded, findings = load_plan(PLAN_FILE, "data/plan60.yaml")
    assert findings == [], findings
    assert loaded is not None
    data = loaded.plan.model_dump(mode="json", exclude_unset=True)
    for task in data["tasks"]:
        # The model reads `lead: id` as a list of one (contract §12 allows several); every task
        # of plan 60 has one lead, as the document's lead column names one office.
        (task["lead"],) = task["lead"]
    return data


def fix_ocr(text: str) -> str:
    for wrong, right in OCR_FIXES.items():
        text = text.replace(wrong, right)
    return text


def squash(text: str) -> str:
    """NFC with every run of whitespace (tabs and line breaks too) as one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def iter_strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from iter_strings(key)
            yield from iter_strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from iter_strings(item)


@pytest.fixture(scope="module")
def plan() -> dict[str, Any]:
    return load_plan_dict()


@pytest.fixture(scope="module")
def seed_raw() -> str:
    """The seed text with the OCR fixes applied, line structure kept."""
    files = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not files:
        reason = f"seed document not found: no *.txt in {SEED_DIR} (../shared/seed)"
        # .ci/run sets this where the seed must be there (CI=true): compare, never skip.
        if os.environ.get("NHANLUC_REQUIRE_SEED") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return fix_ocr("\n".join(f.read_text(encoding="utf-8") for f in files))


@pytest.fixture(scope="module")
def seed(seed_raw: str) -> str:
    return squash(seed_raw)


def agency_names(plan: dict[str, Any]) -> dict[str, str]:
    return {agency["id"]: agency["name"] for agency in plan["agencies"]}


def task_by_id(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {task["id"]: task for task in plan["tasks"]}


# --- the file itself -------------------------------------------------------------------------


def test_plan_loads_and_checks_without_findings() -> None:
    # Loader (E1xx, schema E201) and the cross-file checks (ids, agencies, deadlines: E201,
    # E210, E220) both have nothing to say about the shipped plan.
    loaded, findings = load_plan(PLAN_FILE, "data/plan60.yaml")
    assert findings == []
    assert loaded is not None
    assert check_dataset(loaded, []) == []


def test_file_is_nfc_without_tabs_or_bom() -> None:
    raw = PLAN_FILE.read_bytes()
    text = raw.decode("utf-8")
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert unicodedata.is_normalized("NFC", text)
    assert "\t" not in text


def test_file_has_no_duplicate_keys() -> None:
    # safe_load silently keeps the last of two equal keys, so look at the node tree instead.
    def duplicates(node: yaml.Node) -> list[str]:
        found: list[str] = []
        if isinstance(node, yaml.MappingNode):
            keys = [key.value for key, _ in node.value]
            found += [f"line {node.start_mark.line + 1}: {k}" for k in keys if keys.count(k) > 1]
            for _, value in node.value:
                found += duplicates(value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                found += duplicates(item)
        return found

    root = yaml.compose(PLAN_FILE.read_text(encoding="utf-8"))
    assert root is not None
    assert duplicates(root) == []


def test_file_has_no_anchors_or_aliases() -> None:
    events = yaml.parse(PLAN_FILE.read_text(encoding="utf-8"))
    assert [e for e in events if getattr(e, "anchor", None)] == []


def test_no_string_keeps_an_ocr_error(plan: dict[str, Any]) -> None:
    # The file's comments name the errors they fix; its strings must not contain them.
    bad = [s for s in iter_strings(plan) if any(wrong in s for wrong in OCR_FIXES)]
    assert bad == []


# --- header -----------------------------------------------------------------------------------

# The trích yếu exactly as written under "KẾ HOẠCH" (not "Kế hoạch thực hiện ...": the status
# line already says "Kế hoạch số 60/KH-UBND").
TITLE = (
    "Thực hiện Chương trình số 11-CTr/TU ngày 26/3/2021 của Ban Thường vụ Tỉnh ủy về "
    "nâng cao chất lượng nguồn nhân lực tỉnh Trà Vinh giai đoạn 2021 - 2025, định hướng đến "
    "năm 2030"
)


def test_header(plan: dict[str, Any]) -> None:
    assert plan["id"] == "60/KH-UBND"
    # str() so the check holds whether the loader yields a date or ISO text.
    assert str(plan["date"]) == "2021-08-04"
    assert plan["place"] == "Càng Long"
    assert plan["issuer"] == "Ủy ban nhân dân huyện Càng Long"
    assert plan["title"] == TITLE
    assert plan["period"] == {"start": 2021, "end": 2025, "horizon": 2030}
    assert plan["signer"] == {
        "name": "Nguyễn Văn Triều",
        "position": "Phó Chủ tịch",
        "on_behalf": "TM. Ủy ban nhân dân; KT. Chủ tịch",
    }
    assert plan["monitoring_agency"] == "to_chuc_noi_vu"
    assert len(plan["legal_bases"]) == 2
    assert len(plan["recipients"]) == 7
    assert len(plan["organisation"]) == 3


def test_header_matches_seed(plan: dict[str, Any], seed: str) -> None:
    assert "Số: **60** /KH-UBND" in seed
    assert "Càng Long, ngày **04** tháng 8 năm 2021" in seed
    # The seed prints "KẾ HOẠCH" as a heading and the trích yếu in bold below it.
    assert f"**{plan['title']}**" in seed
    assert f"*{plan['signer']['name']}*" in seed


def test_verbatim_paragraphs_appear_in_seed(plan: dict[str, Any], seed: str) -> None:
    paragraphs = [
        *("Căn cứ " + basis for basis in plan["legal_bases"]),
        plan["purpose"],
        plan["requirements"],
        plan["general_objective"],
        plan["funding"],
        *plan["organisation"],
        *(f"- {line}" for line in plan["recipients"]),
        *(group["name"] for group in plan["groups"]),
    ]
    missing = [p for p in paragraphs if squash(p) not in seed]
    assert missing == []


def test_second_basis_stops_before_the_enacting_clause(plan: dict[str, Any], seed: str) -> None:
    second = plan["legal_bases"][1]
    assert second.endswith("định hướng đến năm 2030")
    assert "ban hành Kế hoạch" not in second
    assert squash(f"Căn cứ {second}, Ủy ban nhân dân huyện ban hành Kế hoạch tổ chức") in seed


def test_monitoring_agency_is_the_one_the_seed_names(plan: dict[str, Any], seed: str) -> None:
    name = agency_names(plan)[plan["monitoring_agency"]]
    assert f"Giao {name} theo dõi, kiểm tra việc tổ chức thực hiện Kế hoạch này" in seed


# --- indicators (contract §1.1) ---------------------------------------------------------------


def at_least(value: int) -> dict[str, Any]:
    return {"kind": "at_least", "value": value}


def between(lo: int, hi: int) -> dict[str, Any]:
    return {"kind": "range", "lo": lo, "hi": hi}


QUALITATIVE: dict[str, Any] = {"kind": "qualitative"}
PER_10000 = "per_10000"


class Indicator(NamedTuple):
    id: str
    group: str
    target: dict[str, Any]
    unit: str | None
    by: int
    by_stated: bool = False  # the document's sentence names the year


# "= 100 %" is at_least 100; "10 to 12 per 10,000 people" is a range in per_10000.
INDICATORS = [
    Indicator("cbccvc_dat_chuan", "a", at_least(100), "%", 2025),
    Indicator("giao_vien_dat_chuan", "a", at_least(100), "%", 2025),
    Indicator("cbcc_xa_dai_hoc", "a", at_least(100), "%", 2025, by_stated=True),
    Indicator("cbcc_xa_llct_trung_cap", "a", at_least(100), "%", 2025, by_stated=True),
    Indicator("lanh_dao_duoi_40_sau_dai_hoc", "a", between(25, 35), "%", 2025, by_stated=True),
    Indicator("bac_si_van_dan", "a", between(10, 12), PER_10000, 2025),
    Indicator("dieu_duong_van_dan", "a", at_least(35), PER_10000, 2025),
    Indicator("tram_y_te_02_bac_si", "a", at_least(100), "%", 2025),
    Indicator("tram_y_te_ho_sinh_san_nhi", "a", at_least(100), "%", 2025),
    Indicator("y_te_dao_tao_cap_nhat", "a", at_least(100), "%", 2025),
    Indicator("chuyen_gia_dau_nganh", "a", QUALITATIVE, None, 2025),
    Indicator("lao_dong_qua_dao_tao", "b", at_least(70), "%", 2025),
    Indicator("lao_dong_dao_tao_nganh_trong_diem", "b", between(70, 75), "%", 2025),
    Indicator("quan_ly_doanh_nghiep_boi_duong", "b", at_least(100), "%", 2025),
    Indicator("can_bo_khoa_hoc_van_dan", "b", at_least(11), PER_10000, 2030, by_stated=True),
    Indicator("hoc_sinh_tieu_hoc", "c", at_least(100), "%", 2025),
    Indicator("hoc_sinh_thcs", "c", at_least(99), "%", 2025),
    Indicator("tu_van_huong_nghiep", "c", at_least(100), "%", 2025),
    Indicator("van_dong_vien", "d", QUALITATIVE, None, 2025),
]


def test_exactly_the_19_contract_indicators(plan: dict[str, Any]) -> None:
    ids = [indicator["id"] for indicator in plan["indicators"]]
    assert len(ids) == 19
    assert ids == [row.id for row in INDICATORS]


@pytest.mark.parametrize("row", INDICATORS, ids=[row.id for row in INDICATORS])
def test_indicator_matches_contract(plan: dict[str, Any], row: Indicator) -> None:
    indicator = {i["id"]: i for i in plan["indicators"]}[row.id]
    assert indicator["group"] == row.group
    assert indicator["target"] == row.target
    assert indicator["unit"] == row.unit
    assert indicator["by"] == row.by
    assert indicator["name"].strip()


def test_indicator_groups_are_a_to_d(plan: dict[str, Any]) -> None:
    assert [group["id"] for group in plan["groups"]] == ["a", "b", "c", "d"]


@pytest.mark.parametrize("row", INDICATORS, ids=[row.id for row in INDICATORS])
def test_a_year_the_document_does_not_state_is_marked_inferred(
    plan: dict[str, Any], row: Indicator
) -> None:
    indicator = {i["id"]: i for i in plan["indicators"]}[row.id]
    assert indicator.get("by_source", "document") == ("document" if row.by_stated else "inferred")
    # The sentence names the year exactly when the file says it does.
    assert (f"năm {row.by}" in indicator["text"]) == row.by_stated


@pytest.mark.parametrize("row", INDICATORS, ids=[row.id for row in INDICATORS])
def test_indicator_text_is_a_seed_sentence(plan: dict[str, Any], seed: str, row: Indicator) -> None:
    text = {i["id"]: i for i in plan["indicators"]}[row.id]["text"]
    assert squash(text) in seed


# --- tasks (section III.1 and the appendix) ---------------------------------------------------

UBND_HUYEN = "Ủy ban nhân dân huyện"
TCNV = "Cơ quan Tổ chức - Nội vụ"
GDDT = "Phòng Giáo dục và Đào tạo"
VHTTTT = "Phòng Văn hóa - Thông tin và Thể thao"
# "Các phòng, ban, ngành huyện và Ủy ban nhân dân các xã, thị trấn": two partner agencies.
PBN_XA = ["Các phòng, ban, ngành huyện", "Ủy ban nhân dân các xã, thị trấn"]
DA_KH = "Đề án hoặc Kế hoạch"


class Task(NamedTuple):
    id: str
    issuer: str | None
    lead: str
    partners: list[str]
    product: str | None
    deadline: str


TASKS = [
    # III.1 has no issuer or product column; its lead is one collective agency.
    Task(
        "III.1",
        None,
        "Các phòng, ban, ngành huyện, Ủy ban nhân dân các xã, thị trấn",
        [],
        None,
        "Hàng năm",
    ),
    Task(
        "1",
        "Phòng Kinh tế và Hạ tầng",
        "Phòng Kinh tế và Hạ tầng",
        PBN_XA,
        "Báo cáo",
        "Thường xuyên hàng năm",
    ),
    Task("2", UBND_HUYEN, "Phòng Tài chính - Kế hoạch", PBN_XA, "Kế hoạch", "Hàng năm"),
    Task("3", UBND_HUYEN, TCNV, PBN_XA, "Đề án", "Quý I/2022"),
    Task("4", UBND_HUYEN, TCNV, PBN_XA, "Đề án", "Quý I/2022"),
    Task("5", UBND_HUYEN, TCNV, PBN_XA, "Đề án", "Quý II/2022"),
    Task("6", UBND_HUYEN, TCNV, PBN_XA, "Đề án", "Trong năm 2021"),
    Task("7", UBND_HUYEN, TCNV, PBN_XA, "Kế hoạch", "Hàng năm"),
    Task(
        "8",
        UBND_HUYEN,
        TCNV,
        ["Trung tâm Bồi dưỡng Chính trị", "Các cơ quan, đơn vị có liên quan"],
        "Kế hoạch",
        "Quý IV/2021",
    ),
    Task(
        "9",
        UBND_HUYEN,
        "Phòng Lao động - Thương binh và Xã hội",
        PBN_XA,
        "Kế hoạch",
        "Quý IV/2021",
    ),
    Task("10", UBND_HUYEN, "Phòng Y tế", PBN_XA, DA_KH, "Quý I/2022"),
    Task("11", UBND_HUYEN, GDDT, PBN_XA, "Kế hoạch", "Quý II/2022"),
    Task("12", UBND_HUYEN, GDDT, PBN_XA, "Kế hoạch", "Tháng 12 hàng năm"),
    Task("13", UBND_HUYEN, GDDT, PBN_XA, "Kế hoạch", "Quý III/2021"),
    Task("14", UBND_HUYEN, VHTTTT, PBN_XA, DA_KH, "Quý IV/2022"),
    Task("15", UBND_HUYEN, VHTTTT, PBN_XA, DA_KH, "Quý IV/2021"),
    Task("16", UBND_HUYEN, VHTTTT, PBN_XA, DA_KH, "Quý I/2022"),
]


def test_task_ids_in_document_order(plan: dict[str, Any]) -> None:
    assert [task["id"] for task in plan["tasks"]] == ["III.1", *(str(n) for n in range(1, 17))]


@pytest.mark.parametrize("row", TASKS, ids=[row.id for row in TASKS])
def test_task_columns_match_seed(plan: dict[str, Any], row: Task) -> None:
    task = task_by_id(plan)[row.id]
    names = agency_names(plan)
    issuer = task.get("issuer")
    assert (names[issuer] if issuer is not None else None) == row.issuer
    assert names[task["lead"]] == row.lead
    assert [names[p] for p in task.get("partners") or []] == row.partners
    assert task.get("product") == row.product
    assert task["deadline"] == row.deadline
    # The appendix's "Ghi chú" column is empty everywhere, and no due date overrides the text.
    assert task.get("note") is None
    assert task.get("due") is None


@pytest.mark.parametrize("row", TASKS, ids=[row.id for row in TASKS])
def test_task_title_appears_in_seed(plan: dict[str, Any], seed: str, row: Task) -> None:
    title = task_by_id(plan)[row.id]["title"]
    assert squash(title) in seed


def test_task_13_title_has_its_ocr_fix(plan: dict[str, Any]) -> None:
    assert task_by_id(plan)["13"]["title"].startswith("Kế hoạch đào tạo, bồi dưỡng nhà giáo")


def test_section_iii1_matches_seed(plan: dict[str, Any], seed: str) -> None:
    task = task_by_id(plan)["III.1"]
    lead = agency_names(plan)[task["lead"]]
    assert task["title"] == "Công tác tuyên truyền, nâng cao nhận thức"
    assert f"#### **1. {task['title']}**" in seed
    assert len(task["details"]) == 4
    assert [d for d in task["details"] if f"- {squash(d)}" not in seed] == []
    assert f"Cơ quan chủ trì thực hiện: {lead}." in seed
    assert f"Thời gian thực hiện: {task['deadline']}." in seed


def appendix_rows(seed_raw: str) -> list[list[str]]:
    """The appendix table's data rows: tab-separated lines that start with a row number."""
    return [line.split("\t") for line in seed_raw.splitlines() if re.match(r"\d+\t", line)]


def test_appendix_rows_match_seed_table(plan: dict[str, Any], seed_raw: str) -> None:
    # A second, independent reading: each appendix row of the seed against its task.
    rows = appendix_rows(seed_raw)
    assert [row[0] for row in rows] == [str(n) for n in range(1, 17)]
    names = agency_names(plan)
    tasks = task_by_id(plan)
    for number, title, issuer, lead, partners, product, deadline, *_ in rows:
        task = tasks[number]
        assert task["title"] == title, number
        assert names[task["issuer"]] == issuer, number
        assert names[task["lead"]] == lead, number
        first, second = (names[p] for p in task["partners"])
        # The seed joins partners with "và" or ", " and lower-cases the second after a comma.
        spellings = {f"{first} và {second}".casefold(), f"{first}, {second}".casefold()}
        assert partners.casefold() in spellings, number
        assert task["product"] == product, number
        assert task["deadline"] == deadline, number


# --- agencies ---------------------------------------------------------------------------------


def test_agency_ids_are_unique_ascii_snake_case(plan: dict[str, Any]) -> None:
    ids = [agency["id"] for agency in plan["agencies"]]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", i)] == []


def test_every_reference_resolves_to_an_agency(plan: dict[str, Any]) -> None:
    known = set(agency_names(plan))
    referenced = {plan["monitoring_agency"]}
    for task in plan["tasks"]:
        referenced |= {task["lead"], *(task.get("partners") or [])}
        if task.get("issuer") is not None:
            referenced.add(task["issuer"])
    assert referenced - known == set()
    # Every agency listed is one the document assigns something to.
    assert known - referenced == set()


def test_agency_names_stand_alone_capitalised(plan: dict[str, Any]) -> None:
    names = agency_names(plan).values()
    assert [n for n in names if not n[0].isupper()] == []
    assert len(set(names)) == len(names)


# --- the end of the district (contract §9.1) ---------------------------------------------------

DISTRICT_AGENCIES = {
    "ubnd_huyen",
    "kt_ht",
    "tc_kh",
    "to_chuc_noi_vu",
    "ldtbxh",
    "y_te",
    "gd_dt",
    "vh_tt_tt",
    "phong_ban_nganh",
    "ubnd_xa",
    "phong_ban_nganh_va_ubnd_xa",
}


def test_plan_ended_with_district_level_government(plan: dict[str, Any]) -> None:
    assert plan["ended"] == {
        "date": "2025-06-30",
        "reason": "Kết thúc hoạt động của chính quyền địa phương cấp huyện từ ngày 01/7/2025",
        "basis": "Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
    }


def test_every_district_agency_ends_on_30_june_2025(plan: dict[str, Any]) -> None:
    until = {agency["id"]: agency.get("until") for agency in plan["agencies"]}
    assert {aid for aid, day in until.items() if day == "2025-06-30"} == DISTRICT_AGENCIES
    # What is not established is left open, not guessed.
    assert until["ttbdct"] is None
    assert until["co_quan_lien_quan"] is None


def test_no_successor_is_recorded_without_a_decision(plan: dict[str, Any]) -> None:
    # No decision found names, office by office, who took over plan 60's tasks (see the file's
    # comment); a successor must come with its basis when one is added.
    assert all(not agency.get("successors") for agency in plan["agencies"])
    comment = PLAN_FILE.read_text(encoding="utf-8")
    assert "Successors are\n# not recorded" in comment
