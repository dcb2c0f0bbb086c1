"""The JSON Schemas' words, Vietnamese then English: what editors show on hover and completion.

schema/json_schema.py builds the schemas from the models and writes these words into them
(each pair as "vi\n\nen"); `nhanluc schema` prints them and schema/*.json holds them, so a change
here is a change of those files (tests/test_json_schema.py compares them).
"""

# ---------------------------------------------------------------------------------------------
# The files' titles: {plan_id} is the plan's number ("60/KH-UBND")

PLAN_TITLE = ("Kế hoạch (tệp plan*.yaml của nhanluc)", "nhanluc plan file (plan*.yaml)")
PROGRESS_TITLE = (
    "Báo cáo tiến độ Kế hoạch số {plan_id} (tệp progress/*.yaml của nhanluc)",
    "nhanluc progress report for plan {plan_id} (progress/*.yaml)",
)

# ---------------------------------------------------------------------------------------------
# Each field of each model, by model name and field name

DESCRIPTIONS: dict[str, dict[str, tuple[str, str]]] = {
    "Report": {
        "requires": (
            'Phiên bản nhanluc tệp này cần, ví dụ ">=0.2"; phiên bản cũ hơn báo E105.',
            'The nhanluc versions this file needs, e.g. ">=0.2"; an older one reports E105.',
        ),
        "period": (
            'Kỳ báo cáo: "2022" (năm), "2022-Q1" (quý), "2022-H1" (6 tháng), "2022-9M" (9 tháng),'
            ' "2022-03" (tháng); hoặc bằng chữ: "Quý I/2022", "6 tháng đầu năm 2022", "9 tháng'
            ' năm 2022", "tháng 3/2022", "năm 2022".',
            'Report period: "2022" (year), "2022-Q1" (quarter), "2022-H1" (half), "2022-9M" (nine'
            ' months), "2022-03" (month); or in words: "Quý I/2022", "6 tháng đầu năm 2022", "9'
            ' tháng năm 2022", "tháng 3/2022", "năm 2022".',
        ),
        "reported_on": (
            "Ngày báo cáo, dd/mm/yyyy hoặc YYYY-MM-DD. Để trống: ngày cuối kỳ.",
            "Date of the report, YYYY-MM-DD or dd/mm/yyyy. Blank: the period's last day.",
        ),
        "reported_by": ("Cơ quan báo cáo.", "The reporting agency."),
        "indicators": (
            "Số liệu chỉ tiêu, theo mã chỉ tiêu. Để trống (null) là chưa báo cáo.",
            "Indicator figures, by indicator id. Blank (null) means not reported.",
        ),
        "tasks": (
            'Tình hình nhiệm vụ: "3" cho nhiệm vụ một lần, "7@2022" cho một năm của nhiệm vụ '
            "hằng năm. Để trống (null) là chưa báo cáo.",
            'Task progress: "3" for a one-off task, "7@2022" for one year of a yearly task. '
            "Blank (null) means not reported.",
        ),
    },
    "IndicatorReport": {
        "value": (
            'Số liệu: 66.5 hoặc "66,5" (dấu phẩy thập phân). Tỷ lệ % viết 66.5, không phải 0.665.',
            'The figure: 66.5 or "66,5" (decimal comma). A rate in % is 66.5, not 0.665.',
        ),
        "numerator": (
            "Tử số, đi cùng denominator: value = numerator / denominator × 100 (%) "
            "hoặc × 10.000 (trên vạn dân).",
            "Numerator, with denominator: value = numerator / denominator × 100 (%) "
            "or × 10,000 (per 10,000 people).",
        ),
        "denominator": (
            "Mẫu số, lớn hơn 0 (ví dụ dân số).",
            "Denominator, above 0 (e.g. the population).",
        ),
        "as_of": (
            "Ngày của số liệu, dd/mm/yyyy hoặc YYYY-MM-DD. Để trống: ngày cuối kỳ báo cáo.",
            "Date of the figure, YYYY-MM-DD or dd/mm/yyyy. Blank: the report period's last day.",
        ),
        "source": ("Nguồn số liệu (văn bản, báo cáo).", "Source of the figure (a document)."),
        "assessment": (
            "Đánh giá chỉ tiêu định tính: achieved (đạt), in_progress (đang thực hiện), "
            "not_achieved (chưa đạt).",
            "Assessment of a qualitative indicator: achieved, in_progress, not_achieved.",
        ),
        "note": ("Ghi chú.", "Note."),
        "explanation": (
            "Giải trình: vì sao chỉ tiêu chưa đạt (đưa vào báo cáo tổng kết).",
            "Explanation: why the target is behind (carried into the final report).",
        ),
    },
    "TaskReport": {
        "status": (
            "Trạng thái: not_started (chưa thực hiện), in_progress (đang thực hiện), "
            "done (hoàn thành; cần completed_on), cancelled (không thực hiện; cần note), "
            "transferred (đã chuyển giao; cần to và transferred_on); hoặc ghi tiếng Việt: "
            '"hoàn thành", "đang thực hiện", "chưa thực hiện", "không thực hiện", "hủy", '
            '"chuyển giao".',
            "Status: not_started, in_progress, done (needs completed_on), "
            "cancelled (needs a note), transferred (needs to and transferred_on); or the "
            "Vietnamese words.",
        ),
        "completed_on": (
            "Ngày hoàn thành (ngày ban hành sản phẩm), dd/mm/yyyy hoặc YYYY-MM-DD; "
            "bắt buộc khi done.",
            "Completion date (the day the product was issued), YYYY-MM-DD; required when done.",
        ),
        "product_ref": (
            'Số, ký hiệu sản phẩm, ví dụ "Đề án số 01/ĐA-UBND ngày 28/3/2022".',
            'Reference of the product, e.g. "Đề án số 01/ĐA-UBND ngày 28/3/2022".',
        ),
        "note": ("Ghi chú; bắt buộc khi cancelled (nêu lý do).", "Note; required when cancelled."),
        "extended_to": (
            "Gia hạn: ngày đến hạn mới, áp dụng từ báo cáo này; cần basis.",
            "Extension: the new due date, from this report on; needs basis.",
        ),
        "basis": (
            'Văn bản cho phép gia hạn, ví dụ "Công văn số 123/UBND-NC ngày 20/9/2021".',
            'The document granting the extension, e.g. "Công văn số 123/UBND-NC ngày 20/9/2021".',
        ),
        "explanation": (
            "Giải trình: vì sao nhiệm vụ chậm (đưa vào báo cáo tổng kết).",
            "Explanation: why the task is late (carried into the final report).",
        ),
        "to": (
            "Chuyển giao cho: mã các cơ quan tiếp nhận; bắt buộc khi transferred.",
            "Transferred to: ids of the receiving agencies; required when transferred.",
        ),
        "transferred_on": (
            "Ngày chuyển giao, dd/mm/yyyy hoặc YYYY-MM-DD; bắt buộc khi transferred.",
            "Day of the handover, YYYY-MM-DD; required when transferred.",
        ),
    },
    "Plan": {
        "id": ('Số hiệu văn bản, ví dụ "60/KH-UBND".', 'Document number, e.g. "60/KH-UBND".'),
        "requires": (
            'Phiên bản nhanluc tệp này cần, ví dụ ">=0.2"; phiên bản cũ hơn báo E105.',
            'The nhanluc versions this file needs, e.g. ">=0.2"; an older one reports E105.',
        ),
        "date": ("Ngày ban hành.", "Date of issue."),
        "issuer": ("Cơ quan ban hành.", "Issuing body."),
        "title": ("Trích yếu.", "Title."),
        "legal_bases": ("Các căn cứ.", "Legal bases."),
        "period": ("Giai đoạn kế hoạch.", "Plan period."),
        "ended": (
            "Kế hoạch dừng thực hiện trước khi hết giai đoạn: ngày cuối có hiệu lực, "
            "lý do, căn cứ.",
            "The plan stopped before its period was over: last day in force, reason, basis.",
        ),
        "monitoring_agency": (
            "Mã cơ quan theo dõi, kiểm tra.",
            "Id of the monitoring agency.",
        ),
        "groups": (
            "Các nhóm chỉ tiêu, như kế hoạch chia: a), b), ...",
            "Indicator groups, as the plan heads them: a), b), ...",
        ),
        "agencies": ("Các cơ quan, theo mã.", "Agencies, with their ids."),
        "indicators": ("Các chỉ tiêu (mục tiêu cụ thể).", "Indicators (the specific targets)."),
        "tasks": ("Các nhiệm vụ.", "Tasks."),
        "reporting": (
            "Lịch báo cáo định kỳ (Nghị định 09/2019/NĐ-CP): kỳ báo cáo, ngày chốt số liệu, hạn "
            "nộp, cơ quan báo cáo.",
            "The reporting calendar (Nghị định 09/2019/NĐ-CP): periods, cut-off, due days, "
            "reporters.",
        ),
    },
    "Group": {
        "id": ("Mã nhóm: chữ thường, không dấu, ví dụ a.", "Group id: lower-case ASCII, e.g. a."),
        "name": ("Tên nhóm, như kế hoạch ghi.", "The group's name, as the plan words it."),
    },
    "Period": {
        "start": ("Năm bắt đầu.", "First year."),
        "end": ("Năm kết thúc.", "Last year."),
        "horizon": ("Năm định hướng.", "Horizon year."),
    },
    "Indicator": {
        "id": ("Mã chỉ tiêu: chữ thường, không dấu.", "Indicator id: lower-case ASCII."),
        "group": (
            "Mã nhóm chỉ tiêu, một trong các nhóm khai báo ở `groups`.",
            "Indicator group id, one of those declared under `groups`.",
        ),
        "name": ("Tên ngắn.", "Short name."),
        "text": ("Nguyên văn trong kế hoạch.", "The plan's own wording."),
        "unit": (
            '"%", "per_10000" (trên vạn dân), một đơn vị đếm như "người", "ha", "doanh nghiệp",'
            " hoặc null cho chỉ tiêu định tính.",
            '"%", "per_10000" (per 10,000 people), a counting unit such as "người", "ha",'
            ' "doanh nghiệp", or null for a qualitative indicator.',
        ),
        "measure": (
            "Cách tính: level (mức đạt được, mặc định), yearly (mỗi năm), cumulative (cộng dồn cả"
            " giai đoạn), average_yearly (bình quân mỗi năm), growth (tăng bình quân %/năm),"
            " maintain (duy trì).",
            "How figures meet the target: level (default), yearly (each year), cumulative (total"
            " over the period), average_yearly (yearly average), growth (average % a year),"
            " maintain (kept every year).",
        ),
        "catalogue": (
            "Mã chỉ tiêu tương ứng trong bộ chỉ tiêu của tỉnh (nhanluc-indicators.yaml).",
            "The id of the matching indicator in the province's catalogue"
            " (nhanluc-indicators.yaml).",
        ),
        "target": ("Mục tiêu.", "Target."),
        "by": ("Năm phải đạt.", "Year the target is due."),
        "by_source": (
            "document: năm ghi trong văn bản; inferred: văn bản không ghi, lấy năm cuối giai đoạn.",
            "document: the year the document states; inferred: not stated, the period's end.",
        ),
    },
    "Agency": {
        "id": ("Mã cơ quan: chữ thường, không dấu.", "Agency id: lower-case ASCII."),
        "name": ("Tên cơ quan.", "Name of the agency."),
        "until": (
            "Ngày cuối cùng cơ quan hoạt động (nếu đã giải thể, sáp nhập).",
            "The agency's last day (when it ceased or was merged).",
        ),
        "successors": (
            "Cơ quan tiếp nhận nhiệm vụ, chỉ khi có văn bản xác định: agency, scope, basis.",
            "Who took over its duties, only where a decision says so: agency, scope, basis.",
        ),
    },
    "Reporting": {
        "every": (
            "Các kỳ báo cáo: quarter (quý), half_year (6 tháng đầu năm), nine_months (9 tháng), "
            "year (năm).",
            "Reporting periods: quarter, half_year (first six months), nine_months, year.",
        ),
        "cutoff": (
            "Ngày chốt số liệu: nd09 (mặc định: từ ngày 15 tháng trước kỳ đến ngày 14 tháng cuối "
            "kỳ) hoặc calendar (đến ngày cuối kỳ).",
            "Cut-off: nd09 (default: from the 15th of the month before to the 14th of the last "
            "month) or calendar (to the period's last day).",
        ),
        "due_days": (
            "Số ngày (ngày lịch) sau ngày chốt số liệu để nộp báo cáo đúng hạn. Mặc định: 6.",
            "Calendar days after the cut-off by which a report is on time. Default: 6.",
        ),
        "by": (
            "Mã các cơ quan phải báo cáo. Mặc định: mọi cơ quan chủ trì nhiệm vụ.",
            "Ids of the agencies that report. Default: every lead agency.",
        ),
    },
    "Ended": {
        "date": ("Ngày cuối cùng kế hoạch có hiệu lực.", "The plan's last day in force."),
        "reason": ("Lý do dừng thực hiện.", "Why it stopped."),
        "basis": ("Căn cứ pháp lý.", "Legal basis."),
        "reporter": (
            "Cơ quan báo cáo về kế hoạch từ khi cơ quan ban hành không còn (tên, địa danh, "
            "người ký, nơi nhận); chỉ ghi khi có văn bản giao.",
            "The body that reports on the plan once its issuer is gone (name, place, signer, "
            "recipients); only when a decision names it.",
        ),
    },
    "Reporter": {
        "name": (
            'Tên cơ quan báo cáo, ví dụ "Ủy ban nhân dân xã An Trường".',
            'The reporting body, e.g. "Ủy ban nhân dân xã An Trường".',
        ),
        "place": ("Địa danh ghi ở dòng ngày tháng.", "The place named in the date line."),
        "signer": ("Người ký báo cáo.", "Who signs the report."),
        "recipients": ("Nơi nhận của báo cáo.", "The report's recipients (Nơi nhận)."),
    },
    "Target": {
        "kind": (
            "at_least (≥ value), at_most (≤ value), range (lo đến hi), qualitative (định tính).",
            "at_least (≥ value), at_most (≤ value), range (lo to hi), qualitative.",
        ),
        "value": ("Mức mục tiêu.", "Target value."),
        "lo": ("Cận dưới (đạt khi ≥ lo).", "Lower bound (met when ≥ lo)."),
        "hi": ("Cận trên (mức phấn đấu).", "Upper bound (the aspiration)."),
    },
    "Task": {
        "id": (
            'Mã nhiệm vụ, như kế hoạch đánh số, ví dụ "1" hoặc "III.1".',
            'Task id, as the plan numbers it, e.g. "1" or "III.1".',
        ),
        "title": ("Nội dung nhiệm vụ.", "What the task is."),
        "lead": (
            "Mã cơ quan chủ trì, hoặc danh sách mã khi nhiều cơ quan cùng chủ trì.",
            "Id of the lead agency, or a list of ids when several share the lead.",
        ),
        "partners": ("Mã các cơ quan phối hợp.", "Ids of the partner agencies."),
        "product": ("Sản phẩm.", "Product."),
        "deadline": (
            'Thời gian thực hiện, đúng như văn bản: "Quý I/2022", "Hàng năm", "31/12/2022", ...',
            'Deadline as the document words it: "Quý I/2022", "Hàng năm", "31/12/2022", ...',
        ),
        "due": (
            "Ngày đến hạn, thay cho ngày suy ra từ deadline.",
            "Due date, overriding the one derived from the deadline.",
        ),
        "origin": (
            'Nhiệm vụ chuyển tiếp từ kế hoạch trước: "60/KH-UBND#7@2025".',
            'Carried over from an earlier plan: "60/KH-UBND#7@2025".',
        ),
    },
}

# The English values of `status` and `assessment`, as editors list them on completion.
ENUM_DESCRIPTIONS: dict[str, dict[str, tuple[str, str]]] = {
    "status": {
        "not_started": ("chưa thực hiện", "not started"),
        "in_progress": ("đang thực hiện", "in progress"),
        "done": ("hoàn thành (cần completed_on)", "done (needs completed_on)"),
        "cancelled": ("không thực hiện (cần note)", "cancelled (needs a note)"),
        "transferred": (
            "đã chuyển giao (cần to và transferred_on)",
            "transferred (needs to and transferred_on)",
        ),
    },
    "assessment": {
        "achieved": ("đạt", "achieved"),
        "in_progress": ("đang thực hiện", "in progress"),
        "not_achieved": ("chưa đạt", "not achieved"),
    },
}

# ---------------------------------------------------------------------------------------------
# A progress schema's keys, for one plan: an indicator with its target; a task, and a recurring
# task's occurrences. {summary} is the task's summary (drafts/progress_report.task_summary).

INDICATOR_ENTRY = ("{name}. Mục tiêu: {target}.", "{name}. Target: {target}.")
YEARLY_BARE_KEY = ("{summary} Năm của kỳ báo cáo.", "{summary} The report's year.")
BARE_KEY = ("{summary} Lượt của kỳ báo cáo.", "{summary} The occurrence of the report's period.")
YEAR_KEY = ("{summary} Năm {label}.", "{summary} Year {label}.")
PERIOD_KEY = ("{summary} Kỳ {label}.", "{summary} Period {label}.")

# ---------------------------------------------------------------------------------------------
# What the YAML language server says instead of a pattern that a value does not match
# (`patternErrorMessage`), by the pattern's name in json_schema.py

_NUMBER = ("Cần một số, ví dụ 66.5 hoặc 66,5", "Expected a number such as 66.5 or 66,5")
PATTERN_MESSAGES: dict[str, tuple[str, str]] = {
    "date": (
        "Cần một ngày có thật, dạng dd/mm/yyyy (31/3/2022) hoặc YYYY-MM-DD (2022-03-31)",
        "Expected a real date, as YYYY-MM-DD (2022-03-31) or dd/mm/yyyy (31/3/2022)",
    ),
    "decimal": _NUMBER,
    "non_negative_decimal": (f"{_NUMBER[0]}, không âm", f"{_NUMBER[1]}, not negative"),
    "positive_decimal": (f"{_NUMBER[0]}, lớn hơn 0", f"{_NUMBER[1]}, above 0"),
    "percent_decimal": (f"{_NUMBER[0]}, từ 0 đến 100", f"{_NUMBER[1]}, from 0 to 100"),
    "report_period": (
        'Kỳ báo cáo viết "2022", "2022-Q1", "2022-H1", "2022-03" hoặc bằng chữ như "Quý I/2022",'
        ' "6 tháng đầu năm 2022", "tháng 3/2022"',
        'A report period reads "2022", "2022-Q1", "2022-H1", "2022-03", or in words such as'
        ' "Quý I/2022", "6 tháng đầu năm 2022", "tháng 3/2022"',
    ),
    "year": ("Cần một năm, ví dụ 2025", "Expected a year such as 2025"),
}
