"""The words the drafts write for people (drafts/): the comments of the progress report that
`nhanluc new` writes, and of the next period's plan that `nhanluc carry` writes.

The drafts are Vietnamese, as the data files are; the words about a plan's targets and
deadlines come in both languages, since the JSON Schemas' descriptions use them too
(drafts/progress_report.describe_target and task_summary). Placeholders are filled with
str.format by the module that writes the draft.
"""

# ---------------------------------------------------------------------------------------------
# Words about the plan, (vi, en): drafts/progress_report.py, shared with the JSON Schemas

UNIT_WORDS: dict[str, tuple[str, str]] = {
    "%": ("%", "%"),
    "per_10000": ("trên vạn dân", "per 10,000 people"),
}
TARGET_BY = ("đến năm {year}", "by {year}")
TARGET_GROWTH = ("tăng {rate}/năm {by}", "growth {rate} a year {by}")
TARGET_QUALITATIVE = ("định tính, {by}", "qualitative, {by}")
# Contract §15: the target as the plan words it, per measure.
MEASURE_WORDS: dict[str, tuple[str, str]] = {
    "yearly": ("{amount} mỗi năm", "{amount} each year"),
    "cumulative": ("{amount} cả giai đoạn", "{amount} over the period"),
    "average_yearly": ("bình quân {amount} mỗi năm", "{amount} a year on average"),
    "maintain": ("duy trì {amount}", "kept at {amount}"),
}
DEADLINE_LABEL = ("Thời hạn", "Deadline")

# ---------------------------------------------------------------------------------------------
# The progress report with blanks (`nhanluc new`): drafts/progress_report.py, Vietnamese

NEW_ASSESSMENTS = "achieved (đạt) | in_progress (đang thực hiện) | not_achieved (chưa đạt)"
# What an earlier report said of an occurrence, by status.
NEW_STATE_WORDS: dict[str, str] = {
    "not_started": "chưa thực hiện",
    "in_progress": "đang thực hiện",
    "done": "hoàn thành",
    "cancelled": "không thực hiện (đã hủy)",
}
NEW: dict[str, str] = {
    "title": "Báo cáo tiến độ thực hiện Kế hoạch số {plan}, kỳ {period} (từ {first} đến {last}).",
    "blanks": (
        '# Ô để trống (null) là "chưa báo cáo" và hợp lệ: điền phần đã có, để trống phần còn lại.'
    ),
    "forms": "# Số viết 66.5 hoặc 66,5; ngày viết dd/mm/yyyy (ví dụ 31/12/2022) hoặc YYYY-MM-DD.",
    "check": "# Kiểm tra sau khi điền: nhanluc check",
    "reported_on": "ngày báo cáo; để trống: ngày cuối kỳ ({last})",
    "calendar": "# Lịch báo cáo: số liệu tính từ {start} đến {cutoff}; hạn nộp {due}.",
    "reporter": "cơ quan báo cáo",
    "reporters": "mã cơ quan báo cáo: ",
    "value.yearly": "số {unit} đạt được trong kỳ {period} (cộng vào năm {year})",
    "value.cumulative": "số {unit} đạt được trong kỳ {period} (cộng dồn cả giai đoạn)",
    "value.level_on_day": "mức đạt được ({unit}) vào ngày của số liệu",
    "value": "số liệu ({unit})",
    "qualitative": "Chỉ tiêu định tính, đến năm {year}.",
    "assessment_note": "nhận xét, căn cứ",
    "unit_and_target": "Đơn vị: {unit}; mục tiêu: {target}.",
    "numerator": "hoặc tử số (số người)...",
    "denominator": "...và mẫu số (dân số)",
    "as_of": "ngày của số liệu",
    "source": "nguồn số liệu",
    "no_tasks": "# Không có nhiệm vụ nào đến hạn đến ngày {end} mà chưa hoàn thành.",
    "tasks": "# Nhiệm vụ đến hạn đến ngày {end} mà chưa hoàn thành.",
    "statuses": "#   (chưa thực hiện | đang thực hiện | hoàn thành | không thực hiện, đã hủy).",
    "done_cancelled": (
        "# done cần completed_on (ngày hoàn thành); cancelled cần note (lý do không thực hiện)."
    ),
    "of_year": " (năm {label})",
    "of_period": " (kỳ {label})",
    "task": "Thời hạn: {deadline}{year}, đến hạn ngày {due}. Chủ trì: {lead}.",
    "product": " Sản phẩm: {product}.",
    "reported_before": "Báo cáo trước: {status} ({state}), trong {file}.",
    "completed_on": "ngày hoàn thành; bắt buộc khi done",
    "product_ref": "số, ký hiệu sản phẩm",
    "note": "ghi chú; bắt buộc khi cancelled",
}
# The indicators' heading, as comment lines.
NEW_INDICATORS_HEADING = (
    "# Chỉ tiêu. value: số liệu; as_of: ngày của số liệu (để trống: ngày cuối kỳ, hoặc",
    "# ngày báo cáo nếu sớm hơn); source: nguồn số liệu. Có thể ghi numerator (tử số)",
    "# và denominator (mẫu số) thay cho value. Chỉ tiêu định tính ghi assessment thay cho",
    "# số liệu.",
)

# ---------------------------------------------------------------------------------------------
# The next period's draft plan (`nhanluc carry`): drafts/next_plan.py, Vietnamese. {check} is
# the mark of a value to check (importer/yaml_text.CHECK).

# An indicator's verdict at closing, as the draft's comment says it.
CARRY_VERDICTS: dict[str, str] = {
    "missed": "không đạt",
    "not_assessable": "không đánh giá được",
    "no_data": "chưa có số liệu",
}
# What the latest figure of a §15 measure is.
CARRY_MEASURE_SHOWN: dict[str, str] = {
    "yearly": "số của năm gần nhất",
    "cumulative": "tổng cả giai đoạn",
    "average_yearly": "bình quân mỗi năm",
    "growth": "mức gần nhất",
    "maintain": "mức gần nhất",
}
# The latest assessment of a qualitative indicator; any other: "assessment.other".
CARRY_ASSESSMENTS: dict[str, str] = {"achieved": "đã đạt", "in_progress": "đang thực hiện"}
# What an occurrence left over; any other outcome: "outcome.other".
CARRY_OUTCOMES: dict[str, str] = {
    "unfinished": "chưa hoàn thành",
    "in_progress": "đang thực hiện",
}
CARRY: dict[str, str] = {
    "closed": "kế hoạch kết thúc ngày {day}",
    "interim": "sơ kết: kế hoạch chưa kết thúc",
    "preamble": (
        "Bản nháp kế hoạch giai đoạn {start}-{end}, lập ngày {made} từ kết quả thực hiện "
        "Kế hoạch số {plan} ngày {date} ({state})."
    ),
    "contents": (
        "Gồm các nhiệm vụ chưa hoàn thành, đang thực hiện hoặc chấm dứt, và các chỉ tiêu chưa "
        "đạt; nhiệm vụ đã chuyển giao ghi ở cuối tệp (thuộc cơ quan tiếp nhận)."
    ),
    "marks": (
        'Dòng có "# {check}" là giá trị tạm: sửa trước khi trình ký. `origin` ghi nhiệm vụ '
        "chuyển tiếp từ đâu."
    ),
    "id": "số kế hoạch",
    "date": "ngày ban hành",
    "issuer": "cơ quan ban hành",
    "title": "Kế hoạch giai đoạn {start}-{end}, chuyển tiếp Kế hoạch số {plan}",
    "title_note": "trích yếu",
    "legal_basis": "Kế hoạch số {plan} ngày {date} của {issuer}",
    "ceased": "đã giải thể ngày {day}",
    "successors": "; kế nhiệm: ",
    "assessment.other": "chưa đạt",
    "reached": "{status}; số liệu mới nhất {shown} ({day})",
    "target": "mục tiêu giai đoạn trước; ",
    "by": "năm phải đạt",
    "deadline": "Năm {end}",
    "deadline_note": "thời hạn tạm; kế hoạch trước: {deadline}",
    "outcome.other": "chấm dứt",
    "of_year": " năm {label}",
    "of_period": " kỳ {label}",
    "left": "kế hoạch trước: {left}",
    "lead": "cơ quan chủ trì {ceased}",
    "transferred": (
        "Đã chuyển giao, do cơ quan tiếp nhận tiếp tục thực hiện; không đưa vào kế hoạch"
    ),
    "transferred_2": "này ({check} nếu chính cơ quan ban hành kế hoạch này tiếp nhận):",
}
