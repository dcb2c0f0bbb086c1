"""The interface's words, by key, in Vietnamese and English: headers, labels, status words
and every sentence of the output that is not a finding's (`word()` in the package's __init__).

Vietnamese follows administrative usage (contract §10); tests/test_i18n.py checks both
languages and the spelling.
"""

# Interface words: headers, labels and status words shown to users.
WORDS: dict[str, tuple[str, str]] = {
    # --- issue 20's block (versions, pins, small annoyances)
    "internal.error": (
        "lỗi nội bộ: đây là lỗi của chương trình nhanluc {version}, không phải lỗi trong dữ liệu ({error}, tại {where}).",
        "internal error: this is a bug in nhanluc {version}, not a problem in the data ({error}, at {where}).",
    ),
    "internal.report": (
        "Xin báo lỗi cho người phát triển, gửi kèm: lệnh đã chạy, phiên bản (`nhanluc --version`) và hai dòng này. Dữ liệu không bị thay đổi.",
        "Please report it to the developers with the command you ran, the version (`nhanluc --version`) and these two lines. No data was changed.",
    ),
    "init.pinned_tag": (
        "Các tệp CI và pre-commit cài nhanluc từ: {requirement}. Kho ở địa chỉ --source cần có "
        "thẻ phiên bản {rev}; nếu không, sửa dòng `rev:` và hai dòng `pip install` thành mã "
        "commit của phiên bản này.",
        "The CI and pre-commit files install nhanluc from: {requirement}. The repository given "
        "with --source must have the tag {rev}; if it has not, change `rev:` and the two "
        "`pip install` lines to this version's commit id.",
    ),
    "init.pinned_version": (
        "Các tệp CI và pre-commit cài nhanluc theo số phiên bản: {requirement} (không rõ nơi cài "
        "nhanluc này). Nếu máy CI không cài được phiên bản này từ kho gói Python, tạo lại các "
        "tệp với `nhanluc init THU_MUC --source ĐỊA_CHỈ` (địa chỉ kho git hoặc tệp .whl/.tar.gz "
        "của nhanluc).",
        "The CI and pre-commit files install nhanluc by its version number: {requirement} (where "
        "this nhanluc was installed from is not known). If CI cannot install that version from "
        "a package index, make the files again with `nhanluc init FOLDER --source URL` (a git "
        "repository or a .whl/.tar.gz of nhanluc).",
    ),
    # A task's state as a report gives it (contract §10's words for `status:`)
    "reported.not_started": ("“chưa thực hiện”", "not_started"),
    "reported.in_progress": ("“đang thực hiện”", "in_progress"),
    "reported.done": ("“hoàn thành”", "done"),
    "reported.cancelled": ("“không thực hiện”", "cancelled"),
    "reported.transferred": ("“chuyển giao”", "transferred"),
    "reported.on": ("{status} ngày {date}", "{status} {date}"),
    "tasks.no_agency": (
        "Không có cơ quan chủ trì nào khớp “{agency}”. Các cơ quan chủ trì (tên và mã, dùng được với --agency): {agencies}.",
        "No lead agency matches “{agency}”. The lead agencies (name and id, either works with --agency): {agencies}.",
    ),
    "check.strict_note": (
        " (--strict: cảnh báo cũng tính là lỗi).",
        " (--strict: warnings count as errors).",
    ),
    # --- end of issue 20's block
    "did_you_mean": ("; có phải `{suggestion}`?", "; did you mean `{suggestion}`?"),
    "error": ("lỗi", "error"),
    "warning": ("cảnh báo", "warning"),
    "check.unknown_code": (
        "không có mã lỗi {codes}; các mã: {known}.",
        "unknown finding code(s): {codes}; known: {known}.",
    ),
    # `nhanluc import`'s closing line (issue 23): what was read, and what was not found.
    "import.count.tasks": ("{n} nhiệm vụ", "{n} tasks"),
    "import.count.prose": ("{n} đọc từ đoạn văn", "{n} read from paragraphs"),
    "import.count.indicators": ("{n} chỉ tiêu nháp", "{n} draft indicators"),
    "import.count.legal_bases": ("{n} căn cứ", "{n} legal bases"),
    "import.count.recipients": ("{n} nơi nhận", "{n} recipients"),
    "import.count.signer": ("người ký", "the signer"),
    "import.not_found": ("không tìm thấy {parts}", "not found: {parts}"),
    "import.part.id": ("số hiệu", "the number"),
    "import.part.date": ("ngày ban hành", "the date"),
    "import.part.issuer": ("cơ quan ban hành", "the issuing body"),
    "import.part.title": ("trích yếu", "the title (trích yếu)"),
    "import.part.period": ("giai đoạn", "the period"),
    "import.part.legal_bases": ('các "Căn cứ"', 'the legal bases ("Căn cứ")'),
    "import.part.indicators": ("chỉ tiêu", "targets"),
    "import.part.tasks": (
        "bảng hay đoạn giao nhiệm vụ",
        "a task table or paragraphs assigning tasks",
    ),
    "import.part.recipients": ('"Nơi nhận"', 'the recipients ("Nơi nhận")'),
    "import.part.signer": ("người ký", "the signer"),
    "import.blank": ("để trống trong văn bản: {parts}", "left blank in the document: {parts}"),
    "check.ok": ("Đã kiểm tra {files} tệp: không có lỗi.", "No problems: {files} files checked."),
    "check.summary": (
        "{errors} lỗi, {warnings} cảnh báo trong {files} tệp.",
        "{errors} errors, {warnings} warnings in {files} files.",
    ),
    "data.errors_no_figures": (
        "Dữ liệu có lỗi nên không hiển thị số liệu (có thể sai). Sửa các lỗi trên rồi chạy lại.",
        "The data has errors, so no figures are shown (they could be wrong). "
        "Fix the errors above and run again.",
    ),
    # Indicator statuses (contract §3) as tables show them; JSON and CSV keep the English words.
    "indicator_status.achieved": ("đạt", "achieved"),
    "indicator_status.missed": ("không đạt", "missed"),
    "indicator_status.no_data": ("chưa có số liệu", "no data"),
    "indicator_status.insufficient_data": ("chưa đủ số liệu", "insufficient data"),
    "indicator_status.substantial_progress": ("đạt tiến độ", "substantial progress"),
    "indicator_status.moderate_progress": ("chậm tiến độ", "moderate progress"),
    "indicator_status.limited_progress": ("chậm nhiều, khó đạt", "limited progress"),
    "indicator_status.deterioration": ("đi ngược mục tiêu", "deterioration"),
    # Added by the lifecycle work (contract §9.4): no target year figure once it has passed.
    "indicator_status.not_assessable": ("không đánh giá được", "not assessable"),
    "indicator_assessment.achieved": ("đã đạt", "achieved"),
    "indicator_assessment.in_progress": ("đang thực hiện", "in progress"),
    "indicator_assessment.not_achieved": ("chưa đạt", "not achieved"),
    # `indicators` table
    "indicators.col.indicator": ("Chỉ tiêu", "Indicator"),
    "indicators.col.target": ("Mục tiêu", "Target"),
    "indicators.col.latest": ("Mới nhất", "Latest"),
    "indicators.col.projected": ("Dự báo", "Outlook"),
    "indicators.col.progress": ("Tiến độ", "Progress"),
    "indicators.col.status": ("Đánh giá", "Status"),
    "indicators.per_10000": ("/vạn dân", "/10,000"),
    "indicators.qualitative": ("định tính", "qualitative"),
    # Contract §15: how figures meet a target, and the target as people write it per measure.
    "measure.level": ("mức đạt được", "level"),
    "measure.yearly": ("mỗi năm", "each year"),
    "measure.cumulative": ("cộng dồn cả giai đoạn", "total over the period"),
    "measure.average_yearly": ("bình quân mỗi năm", "yearly average"),
    "measure.growth": ("tăng bình quân mỗi năm", "average yearly growth"),
    "measure.maintain": ("duy trì", "maintained"),
    "target.yearly": ("{target}/năm", "{target}/year"),
    "target.cumulative": ("{target} (cả giai đoạn)", "{target} (whole period)"),
    "target.average_yearly": ("{target}/năm (bình quân)", "{target}/year (average)"),
    "target.growth": ("tăng {target}%/năm", "growth {target}%/year"),
    "target.maintain": ("duy trì {target}", "kept at {target}"),
    "indicators.by": ("đến {year}", "by {year}"),
    "indicators.group": ("Nhóm {group}) {title}", "Group {group}) {title}"),
    # Generic plans (issue 15): --group takes the plan's own group ids.
    "indicators.unknown_group": (
        "kế hoạch không có nhóm `{group}`; các nhóm: {groups}.",
        "the plan has no group `{group}`; its groups are: {groups}.",
    ),
    "indicators.caption": (
        "{count} chỉ tiêu, tình hình đến ngày {date}. Dự báo: giá trị cuối năm mục tiêu nếu giữ "
        "tốc độ hiện nay. Cách tính: `nhanluc indicators --explain`.",
        "{count} indicators, as of {date}. Projected: the value at the end of the target year at "
        "the current pace. How it is computed: `nhanluc indicators --explain`.",
    ),
    "indicators.none": (
        "Không có chỉ tiêu nào trong nhóm {group}.",
        "No indicator in group {group}.",
    ),
    # `indicators --explain`: labels around formulas an official can redo with a calculator.
    "explain.title": (
        "Cách tính (phương pháp đo tiến độ SDG của Thống kê Canada, như Open SDG), tính đến ngày {date}:",
        "How it is computed (Statistics Canada's SDG progress measure, as in Open SDG), as of {date}:",
    ),
    "explain.years": (
        "Ngày được đổi thành năm thập phân: t = năm + (số thứ tự ngày trong năm) / (số ngày của năm); "
        "cuối ngày 31/12/2020 là 2021,0000.",
        "Dates become decimal years: t = year + (day of the year) / (days in the year); "
        "the end of 2020-12-31 is 2021.0000.",
    ),
    "explain.target": ("Mục tiêu", "Target"),
    "explain.range_note": (
        "(khoảng: đạt khi từ cận dưới trở lên)",
        "(a range is met at its lower bound)",
    ),
    "explain.first": ("Số liệu đầu tiên", "First measurement"),
    "explain.latest": ("Số liệu mới nhất", "Latest measurement"),
    "explain.due": ("Hạn là hết năm {year}", "Due by the end of {year}"),
    "explain.per_year": ("/năm", " a year"),
    "explain.on": ("ngày {date}", "on {date}"),
    "explain.cagr_observed": ("Tăng trưởng bình quân năm đã đạt", "Observed annual growth rate"),
    "explain.cagr_required": ("Tăng trưởng bình quân năm cần có", "Required annual growth rate"),
    "explain.slope_observed": ("Mức tăng mỗi năm đã đạt", "Observed change per year"),
    "explain.slope_required": ("Mức tăng mỗi năm cần có", "Required change per year"),
    "explain.linear_note": (
        "(Có giá trị bằng 0 nên không tính được tỷ lệ tăng trưởng: dùng mức tăng tuyệt đối mỗi năm.)",
        "(A value is 0, so growth rates are undefined: the change per year is used instead.)",
    ),
    "explain.at_most_note": (
        "(Mục tiêu là giảm xuống: khi đi đúng hướng, cả hai tốc độ đều âm nên R vẫn dương.)",
        "(The target is a reduction: when it improves both rates are negative, so R is positive.)",
    ),
    "explain.projected": ("Dự báo hết năm {year}", "Projected for the end of {year}"),
    "explain.rule_ratio": (
        "R ≥ 0,95: đạt tiến độ; 0,6 ≤ R < 0,95: chậm tiến độ; 0 ≤ R < 0,6: chậm nhiều, khó đạt; R < 0: đi ngược mục tiêu.",
        "R ≥ 0.95: substantial; 0.6 ≤ R < 0.95: moderate; 0 ≤ R < 0.6: limited; R < 0: deterioration.",
    ),
    "explain.verdict": ("Kết luận: {status}", "Verdict: {status}"),
    "explain.met": ("yt = {value} đạt mục tiêu {target}", "yt = {value} meets the target {target}"),
    "explain.past": (
        "mục tiêu đã hết hạn ngày {date} và yt = {value} (số liệu năm {year}) chưa đạt mục tiêu {target}",
        "the target closed on {date} and yt = {value} (a figure of {year}) does not meet it ({target})",
    ),
    "explain.no_figure_of_the_year": (
        "mục tiêu đã hết hạn ngày {date}, yt = {value} chưa đạt {target} nhưng không có số liệu nào của năm {year}, nên không kết luận được",
        "the target closed on {date}; yt = {value} does not meet {target}, but there is no figure of {year} itself to judge by",
    ),
    "explain.one_date": (
        "chỉ có số liệu của một ngày nên chưa tính được tốc độ",
        "measurements of a single date only, so there is no rate yet",
    ),
    "explain.met_at_start": (
        "y0 đã đạt mục tiêu nhưng yt không còn đạt",
        "y0 met the target but yt no longer does",
    ),
    "explain.assessed": (
        "đánh giá mới nhất là {assessment} ({date})",
        "the latest assessment is {assessment} ({date})",
    ),
    "explain.no_data": ("Chưa có số liệu: {ids}.", "No measurement yet: {ids}."),
    # Contract §15: --explain of a measure other than `level`.
    "explain.measure": (
        "Mục tiêu: {target} (cách tính: {measure})",
        "Target: {target} ({measure})",
    ),
    "explain.window": (
        "Thời gian tính: từ {start} đến {end}; đã qua {share}%",
        "Counted from {start} to {end}; {share}% elapsed",
    ),
    "explain.year": (
        "Năm {year}: đã làm {value}; phải đạt {due} → {state}",
        "{year}: done {value}; due {due} → {state}",
    ),
    "explain.year_met": ("đạt", "met"),
    "explain.year_missed": ("không đạt", "missed"),
    "explain.year_unknown": ("không có số liệu", "no figure"),
    "explain.year_running": ("năm đang thực hiện", "year still running"),
    "explain.period_figure": (
        "Kỳ {period}: {value} (số liệu ngày {date})",
        "{period}: {value} (figure of {date})",
    ),
    "explain.done": ("Đã làm: {value}", "Done: {value}"),
    "explain.due_share": (
        "Phải đạt đến nay: {x} × {share}% = {value}",
        "Due by now: {x} × {share}% = {value}",
    ),
    "explain.mean": ("Bình quân mỗi năm: {value}", "Yearly average: {value}"),
    "explain.growth_levels": (
        "Từ y0 = {y0} (ngày {d0}) đến yt = {yt} (ngày {dt})",
        "From y0 = {y0} (on {d0}) to yt = {yt} (on {dt})",
    ),
    "explain.growth_rate": (
        "Tăng bình quân đã đạt (yt / y0)^(1 / (t − t0)) − 1 = {rate}%/năm; mục tiêu {target}%/năm",
        "Observed growth (yt / y0)^(1 / (t − t0)) − 1 = {rate}% a year; target {target}% a year",
    ),
    "explain.maintain_met": ("{date}: {value}, đạt", "{date}: {value}, met"),
    "explain.maintain_below": ("{date}: {value}, dưới mục tiêu", "{date}: {value}, below target"),
    # Task statuses (contract §2) as tables show them; JSON and CSV keep the English words.
    # Contract §10's administrative words, the same in tables, reports and messages.
    "task_status.done": ("hoàn thành đúng hạn", "done"),
    "task_status.late": ("hoàn thành quá hạn", "done late"),
    "task_status.cancelled": ("không thực hiện (đã hủy)", "cancelled"),
    "task_status.overdue": ("quá hạn, chưa hoàn thành", "overdue"),
    "task_status.due_soon": ("sắp đến hạn", "due soon"),
    "task_status.open": ("trong hạn", "open"),
    # Added by the lifecycle work (contract §9.3): handed to a successor; the plan ended first.
    "task_status.transferred": ("đã chuyển giao", "transferred"),
    "task_status.terminated": ("chấm dứt", "terminated"),
    # `tasks`, `overdue`, `agencies` and `status` tables
    "tasks.col.task": ("Mã", "Task"),
    "tasks.col.year": ("Năm", "Year"),
    "tasks.col.title": ("Nhiệm vụ", "Title"),
    "tasks.col.lead": ("Chủ trì", "Lead"),
    "tasks.col.due": ("Hạn", "Due"),
    "tasks.col.status": ("Trạng thái", "Status"),
    "tasks.col.days_late": ("Số ngày quá hạn", "Days late"),
    "tasks.col.days_left": ("Số ngày còn lại", "Days left"),
    "tasks.col.agency": ("Cơ quan chủ trì", "Lead agency"),
    "tasks.col.total": ("Tổng", "Total"),
    "tasks.caption": (
        "{count} lượt nhiệm vụ, tình hình đến ngày {date}.",
        "{count} task occurrences, as of {date}.",
    ),
    "tasks.none": (
        "Không có lượt nhiệm vụ nào phù hợp (tình hình đến ngày {date}).",
        "No task occurrence matches (as of {date}).",
    ),
    "agencies.caption": (
        "Lượt nhiệm vụ theo cơ quan chủ trì, tình hình đến ngày {date}.",
        "Task occurrences by lead agency, as of {date}.",
    ),
    # --- issue 15: `nhanluc rollup`, the units of a roll-up side by side.
    "rollup.col.indicator": ("Chỉ tiêu", "Indicator"),
    "rollup.col.unit_agency": ("Đơn vị / cơ quan chủ trì", "Unit / lead agency"),
    "rollup.col.total": ("Tổng", "Total"),
    "rollup.col.all_units": ("Toàn tỉnh", "All units"),
    "rollup.total.units": ("{count} đơn vị", "{count} units"),
    "rollup.total.not_pooled": ("chưa gộp: {units}", "not pooled: {units}"),
    "rollup.col.errors": ("Lỗi", "Errors"),
    "rollup.broken": ("lỗi dữ liệu", "data errors"),
    "rollup.indicators.caption": (
        "{count} chỉ tiêu của {units} đơn vị, tình hình đến ngày {date}. Mỗi ô: số liệu mới nhất, đánh giá; –: kế hoạch của đơn vị không có chỉ tiêu này.",
        "{count} indicators of {units} units, as of {date}. Each cell: latest figure, status; –: the unit's plan has no such indicator.",
    ),
    "rollup.tasks.caption": (
        "Lượt nhiệm vụ của {units} đơn vị theo trạng thái, và theo cơ quan chủ trì, tình hình đến ngày {date}.",
        "Task occurrences of {units} units by status, and by lead agency, as of {date}.",
    ),
    "rollup.units_with_errors": (
        "{count} đơn vị có lỗi dữ liệu nên không hiển thị số liệu: {units}. Sửa các lỗi trên rồi chạy lại.",
        "{count} unit(s) have data errors, so none of their figures are shown: {units}. Fix the errors above and run again.",
    ),
    "rollup.file_errors": (
        "Tệp danh sách đơn vị có lỗi nên chưa tổng hợp được. Sửa các lỗi trên rồi chạy lại.",
        "The units file has errors, so there is no roll-up. Fix them and run again.",
    ),
    "rollup.html.title": (
        "Tổng hợp tình hình thực hiện kế hoạch theo đơn vị",
        "Plans of several units side by side",
    ),
    "rollup.html.as_of": ("tình hình đến ngày {date}", "as of {date}"),
    "rollup.html.indicators": ("I. Chỉ tiêu theo đơn vị", "I. Indicators by unit"),
    "rollup.html.tasks": (
        "II. Nhiệm vụ theo đơn vị và cơ quan chủ trì (số lượt)",
        "II. Tasks by unit and lead agency (occurrences)",
    ),
    "rollup.html.errors": (
        "Đơn vị có lỗi dữ liệu (chưa tổng hợp số liệu)",
        "Units whose data has errors (no figures shown)",
    ),
    "rollup.html.broken_unit": (
        "Dữ liệu có {errors} lỗi: chưa tổng hợp (xem cuối trang)",
        "{errors} data error(s): not rolled up (see the end of the page)",
    ),
    "rollup.html.absent": ("kế hoạch của đơn vị không có chỉ tiêu này", "not in the unit's plan"),
    "rollup.html.target": ("Mục tiêu", "Target"),
    "rollup.html.target_note": (
        "Mỗi ô: số liệu mới nhất, ngày số liệu và đánh giá theo mục tiêu trong kế hoạch của từng đơn vị.",
        "Each cell: the latest figure, its date and the status against the target in that unit's own plan.",
    ),
    "rollup.sheet.indicators": ("Chỉ tiêu theo đơn vị", "Indicators by unit"),
    "rollup.sheet.units": ("Nhiệm vụ theo đơn vị", "Tasks by unit"),
    "rollup.sheet.agencies": ("Theo cơ quan chủ trì", "By lead agency"),
    "rollup.sheet.errors": ("Lỗi dữ liệu", "Data errors"),
    "rollup.xlsx.id": ("Mã chỉ tiêu", "Id"),
    "rollup.xlsx.indicator": ("Chỉ tiêu", "Indicator"),
    "rollup.xlsx.status": ("{unit}: đánh giá", "{unit}: status"),
    "rollup.xlsx.latest": ("{unit}: số liệu mới nhất", "{unit}: latest"),
    "rollup.xlsx.as_of": ("{unit}: ngày số liệu", "{unit}: as of"),
    "rollup.xlsx.unit_id": ("Mã đơn vị", "Unit id"),
    "rollup.xlsx.unit": ("Đơn vị", "Unit"),
    "rollup.xlsx.agency": ("Cơ quan chủ trì", "Lead agency"),
    "rollup.xlsx.total": ("Tổng số lượt", "Total"),
    "rollup.xlsx.errors": ("Số lỗi dữ liệu", "Data errors"),
    "rollup.xlsx.file": ("Tệp", "File"),
    "rollup.xlsx.line": ("Dòng", "Line"),
    "rollup.xlsx.column": ("Cột", "Column"),
    "rollup.xlsx.code": ("Mã lỗi", "Code"),
    "rollup.xlsx.message": ("Nội dung", "Message"),
    # --- end of issue 15's block
    "status.plan": ("Kế hoạch số {id} ngày {date} của {issuer}", "Plan {id} of {date}, {issuer}"),
    "status.as_of": ("Tình hình đến ngày {date}", "Situation on {date}"),
    "status.elapsed": (
        "giai đoạn {start}-{end} đã qua {percent}",
        "{percent} of the period {start}-{end} elapsed",
    ),
    "status.elapsed_closed": (
        "kế hoạch đã thực hiện {percent} giai đoạn {start}-{end}",
        "the plan ran for {percent} of the period {start}-{end}",
    ),
    "status.sources": (
        "Dữ liệu: {plan}; {known}/{reports} báo cáo tiến độ đã có đến ngày này.",
        "Data: {plan}; {known} of {reports} progress reports known on this date.",
    ),
    "status.tasks": (
        "Nhiệm vụ: {count} lượt (nhiệm vụ hằng năm tính mỗi năm một lượt)",
        "Tasks: {count} occurrences (a yearly task counts once a year)",
    ),
    "status.overdue": (
        "Nhiệm vụ quá hạn, chưa hoàn thành (quá hạn lâu nhất xếp trước)",
        "Overdue, most days late first",
    ),
    "status.unfinished": (
        "Nhiệm vụ chưa hoàn thành khi kế hoạch kết thúc (số ngày quá hạn tính đến {date})",
        "Unfinished when the plan closed (days late counted to {date}), most days late first",
    ),
    "status.closed_early": (
        "Kế hoạch đã kết thúc ngày {date}: {reason} ({basis}).",
        "The plan ended on {date}: {reason} ({basis}).",
    ),
    "status.closed": (
        "Kế hoạch đã hết giai đoạn thực hiện ngày {date}.",
        "The plan's period ended on {date}.",
    ),
    "status.due_soon": (
        "Nhiệm vụ sắp đến hạn (trong {days} ngày tới, hạn gần nhất xếp trước)",
        "Due soon (within {days} days), soonest first",
    ),
    "status.none": ("Không có.", "None."),
    "status.more": (
        "… và {count} lượt khác: xem `{command}`.",
        "… and {count} more: see `{command}`.",
    ),
    "explain.capped_top": ("{value} (tỷ lệ tối đa 100%)", "{value} (a rate stops at 100%)"),
    "explain.capped_zero": ("{value} (số liệu không âm)", "{value} (a figure stops at 0)"),
    "status.more_indicators": (
        "… và {count} chỉ tiêu khác: xem `{command}`.",
        "… and {count} more: see `{command}`.",
    ),
    "status.indicators": ("Chỉ tiêu: {count}", "Indicators: {count}"),
    "status.not_on_track": ("Chỉ tiêu chưa đạt tiến độ", "Indicators not on track"),
    "status.col.indicator": ("Chỉ tiêu", "Indicator"),
    "status.col.latest": ("Mới nhất", "Latest"),
    "status.col.target": ("Mục tiêu", "Target"),
    # `check --format github`: the table appended to $GITHUB_STEP_SUMMARY
    "ci.summary_title": ("Kết quả `nhanluc check`", "`nhanluc check` results"),
    "ci.summary_none": ("Không có lỗi hay cảnh báo.", "No errors or warnings."),
    "ci.summary_counts": (
        "{errors} lỗi, {warnings} cảnh báo.",
        "{errors} errors, {warnings} warnings.",
    ),
    "ci.col_file": ("Tệp", "File"),
    "ci.col_line": ("Dòng", "Line"),
    "ci.col_column": ("Cột", "Column"),
    "ci.col_severity": ("Mức độ", "Severity"),
    "ci.col_code": ("Mã", "Code"),
    "ci.col_message": ("Nội dung", "Message"),
    "ci.summary_more": (
        "… và {count} lỗi, cảnh báo khác: xem nhật ký (log) của bước này để có đủ danh sách.",
        "… and {count} more findings: the step's log has the full list.",
    ),
    "ci.summary_unwritable": (
        "nhanluc: không ghi được bản tóm tắt vào {path} ({reason}).",
        "nhanluc: cannot append the summary to {path} ({reason}).",
    ),
    # `nhanluc new`
    "new.bad_period": (
        '"{period}" không phải kỳ báo cáo: viết "2022", "2022-Q1", "2022-H1" hoặc "2022-03" (hay "năm 2022", "Quý I/2022", "6 tháng đầu năm 2022", "tháng 3/2022").',
        '"{period}" is not a report period: write "2022", "2022-Q1", "2022-H1" or "2022-03" (the usual Vietnamese wordings are read too).',
    ),
    "new.ambiguous_period": (
        '"{period}" có thể hiểu nhiều cách; ghi đúng một trong các dạng {choices} (YYYY là năm, nếu có).',
        '"{period}" could mean several periods; write one of {choices} (YYYY being the year, if shown).',
    ),
    "new.no_data_folder": (
        "chưa có thư mục dữ liệu: kế hoạch đang dùng là bản đi kèm chương trình, không ghi vào đó. "
        "Chỉ định thư mục bằng --data THƯ_MỤC (hoặc biến NHANLUC_DATA), chạy ở nơi có data/plan*.yaml, "
        "hoặc tạo thư mục dữ liệu mới bằng `nhanluc init THƯ_MỤC`.",
        "no data folder: the plan in use is the copy shipped with the program, which is never written to. "
        "Name a folder with --data DIR (or NHANLUC_DATA), run where data/plan*.yaml is, "
        "or make a new data folder with `nhanluc init DIR`.",
    ),
    "new.written": (
        "Đã tạo {file}: {indicators} chỉ tiêu, {tasks} lượt nhiệm vụ cần báo cáo. Điền số liệu rồi chạy `nhanluc check`.",
        "Wrote {file}: {indicators} indicators and {tasks} task occurrences to report on. Fill it in, then run `nhanluc check`.",
    ),
    # --- issue 26: spreadsheet forms (contract §19). The form itself is in Vietnamese (its
    # sheets and columns are named by the contract); its words are here all the same.
    "new.unknown_agency": (
        '"{agency}" không phải mã cơ quan của kế hoạch{suggestion}. Các mã: {known}.',
        '"{agency}" is not an agency id of the plan{suggestion}. The ids: {known}.',
    ),
    "new.from_alone": (
        "--from đọc một biểu mẫu đã điền; không dùng cùng --format, --agency hay --output.",
        "--from reads a filled form; it takes no --format, --agency or --output.",
    ),
    "new.output_needs_xlsx": (
        "--output dùng để ghi biểu mẫu: thêm --format xlsx (báo cáo YAML luôn ghi vào progress/).",
        "--output names the form to write: add --format xlsx (a YAML report always goes to progress/).",
    ),
    "new.form_needs_output": (
        "--format xlsx cần tên tệp biểu mẫu: thêm -o TỆP.xlsx.",
        "--format xlsx needs the form's file name: add -o FILE.xlsx.",
    ),
    "new.form_suffix": (
        "biểu mẫu ghi ra tệp .xlsx: {file} không có đuôi .xlsx.",
        "a form is an .xlsx file: {file} does not end in .xlsx.",
    ),
    "new.form_written": (
        "Đã ghi biểu mẫu {file}: {tasks} lượt nhiệm vụ, {indicators} chỉ tiêu. Gửi cơ quan điền, rồi đọc lại bằng `nhanluc new {period} --from {file}`.",
        "Wrote the form {file}: {tasks} task occurrences, {indicators} indicators. Send it to be filled in, then read it back with `nhanluc new {period} --from {file}`.",
    ),
    "new.from_written": (
        "Đã tạo {file} từ biểu mẫu {form}: {tasks} lượt nhiệm vụ, {indicators} chỉ tiêu có điền. Chạy `nhanluc check`, rồi lưu vào git.",
        "Wrote {file} from the form {form}: {tasks} task occurrences, {indicators} indicators filled in. Run `nhanluc check`, then commit.",
    ),
    "form.title": (
        "BIỂU MẪU BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ {plan}",
        "PROGRESS REPORT FORM, PLAN {plan}",
    ),
    "form.tasks_heading": ("I. NHIỆM VỤ", "I. TASKS"),
    "form.indicators_heading": ("II. CHỈ TIÊU", "II. INDICATORS"),
    "form.period_label": ("Kỳ báo cáo:", "Period:"),
    "form.period_value": ("{period} (từ {first} đến {last})", "{period} ({first} to {last})"),
    "form.reported_on_label": ("Ngày báo cáo:", "Reported on:"),
    "form.reported_by_label": ("Cơ quan báo cáo:", "Reported by:"),
    "form.fill_note": (
        'Chỉ điền vào các ô nền vàng; các ô khác đã khóa. Cách điền: xem trang "Hướng dẫn".',
        'Fill in the yellow cells only; the others are locked. How: see the sheet "Hướng dẫn".',
    ),
    "form.no_tasks": (
        "Không có nhiệm vụ nào đến hạn đến ngày {end} mà chưa hoàn thành.",
        "No task falls due by {end} without being done.",
    ),
    "form.col.key": ("Mã", "Id"),
    "form.col.title": ("Nhiệm vụ", "Task"),
    "form.col.due": ("Hạn", "Due"),
    "form.col.status": ("Trạng thái", "Status"),
    "form.col.completed_on": ("Ngày hoàn thành", "Completed on"),
    "form.col.extended_to": ("Gia hạn đến", "Extended to"),
    "form.col.basis": ("Căn cứ gia hạn", "Basis of the extension"),
    "form.col.explanation": ("Giải trình", "Explanation"),
    "form.col.note": ("Ghi chú", "Note"),
    "form.col.name": ("Chỉ tiêu", "Indicator"),
    "form.col.unit": ("Đơn vị", "Unit"),
    "form.col.target": ("Mục tiêu", "Target"),
    "form.col.latest": ("Số liệu gần nhất", "Latest figure"),
    "form.col.value": ("Giá trị", "Value"),
    "form.col.numerator": ("Tử số", "Numerator"),
    "form.col.denominator": ("Mẫu số", "Denominator"),
    "form.col.as_of": ("Tính đến ngày", "As of"),
    "form.col.source": ("Nguồn", "Source"),
    "form.col.reported_on": ("Ngày báo cáo", "Reported on"),
    "form.col.reported_by": ("Cơ quan báo cáo", "Reported by"),
    "form.col.period": ("Kỳ báo cáo", "Period"),
    "form.blank": ("(để trống)", "(blank)"),
    "form.lead": ("Chủ trì: {lead}.", "Lead: {lead}."),
    "form.previous": ("Kỳ trước: {state}.", "Last reported: {state}."),
    "form.deadline": ("Thời hạn: {deadline}.", "Deadline: {deadline}."),
    "form.unit.per_10000": ("trên vạn dân", "per 10,000 people"),
    "form.unit.qualitative": ("định tính", "qualitative"),
    "form.latest": ("{value} ({date})", "{value} ({date})"),
    "form.none_yet": ("chưa có", "none yet"),
    "form.page_footer": ("Trang &P/&N", "Page &P of &N"),
    # Data validation: the prompt a cell shows, and the message when a value is refused.
    "form.status_prompt": (
        "Chọn trong danh sách. Hoàn thành: ghi Ngày hoàn thành; không thực hiện: ghi lý do ở Ghi chú.",
        "Pick from the list. Done: give the completion date; not carried out: say why in the note.",
    ),
    "form.assessment_prompt": (
        "Chọn: đạt, đang thực hiện hoặc không đạt.",
        "Pick: đạt, đang thực hiện or không đạt.",
    ),
    "form.list_error": (
        "Chọn một giá trị trong danh sách của ô.",
        "Pick a value from the cell's list.",
    ),
    "form.date_prompt": (
        "Nhập ngày dạng dd/mm/yyyy, ví dụ 31/03/2026.",
        "Type a date as dd/mm/yyyy, e.g. 31/03/2026.",
    ),
    "form.date_error": (
        "Đây không phải một ngày. Nhập dạng dd/mm/yyyy, ví dụ 31/03/2026.",
        "This is not a date. Type it as dd/mm/yyyy, e.g. 31/03/2026.",
    ),
    "form.number_prompt": (
        "Nhập số, ví dụ 66,5; không dùng dấu chấm phân cách hàng nghìn (148500, không viết 148.500).",
        "Type a number, e.g. 66.5, without a thousands separator (148500, not 148,500).",
    ),
    "form.number_error": ("Đây không phải một số không âm.", "This is not a number of 0 or more."),
    # The sheet "Hướng dẫn": one paragraph a row.
    "form.guide_title": ("HƯỚNG DẪN ĐIỀN BIỂU MẪU", "HOW TO FILL IN THIS FORM"),
    "form.guide_for": (
        "Báo cáo tiến độ thực hiện Kế hoạch số {plan} ngày {date}, kỳ {period} (từ {first} đến {last}).",
        "Progress report on Plan {plan} of {date}, period {period} ({first} to {last}).",
    ),
    "form.guide_agency": ("Cơ quan báo cáo: {agency}.", "Reporting agency: {agency}."),
    "form.guide_steps": (
        "1. Chỉ điền vào các ô nền vàng; các ô khác đã khóa. Không thêm, xóa, sắp xếp lại dòng, không đổi tên trang tính.\n"
        '2. Trang "Nhiệm vụ": điền Ngày báo cáo và Cơ quan báo cáo ở đầu trang. Mỗi dòng là một lượt nhiệm vụ đến hạn hoặc chưa hoàn thành: chọn Trạng thái trong danh sách (chưa thực hiện, đang thực hiện, hoàn thành, không thực hiện).\n'
        '3. "Hoàn thành" phải ghi Ngày hoàn thành. "Không thực hiện" phải ghi lý do ở cột Ghi chú. Được gia hạn: ghi Gia hạn đến và Căn cứ gia hạn (số, ngày văn bản cho phép gia hạn). Chậm so với hạn: ghi lý do ở cột Giải trình.\n'
        '4. Trang "Chỉ tiêu": ghi Giá trị (theo Đơn vị), hoặc Tử số và Mẫu số để chương trình tự tính; Tính đến ngày (để trống: ngày cuối kỳ); Nguồn số liệu (số, ngày văn bản). Chỉ tiêu định tính: chọn đạt, đang thực hiện hoặc không đạt ở cột Giá trị. Chỉ tiêu không thuộc lĩnh vực của cơ quan thì để trống.\n'
        "5. Ngày viết dd/mm/yyyy (ví dụ 31/03/2026). Số thập phân viết 66,5 hoặc 66.5; không dùng dấu phân cách hàng nghìn: viết 148500, không viết 148.500.\n"
        '6. Ô để trống là "chưa báo cáo". Điền xong, lưu lại đúng dạng .xlsx (Excel Workbook) và gửi lại tệp.',
        "1. Fill in the yellow cells only; the others are locked. Do not add, delete or sort rows, nor rename sheets.\n"
        '2. Sheet "Nhiệm vụ": give the report date and the reporting agency at the top. Each row is a task occurrence due or not yet done: pick its status from the list.\n'
        "3. Done needs the completion date; not carried out needs the reason in the note. An extension needs its new date and the document that granted it. A delay is explained in Giải trình.\n"
        '4. Sheet "Chỉ tiêu": give the value (in its unit), or the numerator and the denominator; the date of the figure (blank: the period\'s last day); the source. Qualitative indicators: pick đạt, đang thực hiện or không đạt in the value column. Leave blank what is not your field.\n'
        "5. Dates as dd/mm/yyyy (31/03/2026). Decimals as 66,5 or 66.5, never with a thousands separator: 148500, not 148.500.\n"
        '6. A blank cell means "not reported". Save as .xlsx (Excel Workbook) and send the file back.',
    ),
    "form.guide_back": (
        "Người tổng hợp đọc lại biểu mẫu bằng lệnh: nhanluc new {period} --from TỆP.xlsx (chương trình kiểm tra từng ô và chỉ ra ô cần sửa).",
        "The compiler reads the form back with: nhanluc new {period} --from FILE.xlsx (every cell is checked, and a wrong one is named).",
    ),
    # The YAML written from a form: its comments.
    "form.yaml_title": (
        "Báo cáo tiến độ thực hiện Kế hoạch số {plan}, kỳ {period} (từ {first} đến {last}).",
        "Progress report on Plan {plan}, period {period} ({first} to {last}).",
    ),
    "form.yaml_source": (
        "Đọc từ bảng tính {form}. Ô để trống trong bảng tính ghi thành dòng chú thích.",
        "Read from the workbook {form}. Cells left blank there are comment lines here.",
    ),
    "form.yaml_blank": (
        "{entry}: để trống trong bảng tính ({cell}).",
        "{entry}: left blank in the workbook ({cell}).",
    ),
    "form.yaml_reported_on_blank": (
        "reported_on: để trống trong bảng tính ({cell}): ngày cuối kỳ ({last}).",
        "reported_on: left blank in the workbook ({cell}): the period's last day ({last}).",
    ),
    # --- end of issue 26's words
    # `nhanluc report` (Markdown and HTML): an appendix to the plan's progress report
    "report.appendix": ("PHỤ LỤC", "APPENDIX"),
    "report.title": (
        "Tình hình, kết quả thực hiện Kế hoạch số {id} ngày {date} của {issuer}",
        "Progress of Plan {id} of {date}, {issuer}",
    ),
    "report.attached": (
        "(Kèm theo báo cáo kết quả thực hiện Kế hoạch; số liệu đến {date})",
        "(Attached to the report on the plan's implementation; figures as of {date})",
    ),
    "report.place_date": ("{place}, {date}", "{place}, {date}"),
    "report.plan": ("Kế hoạch", "Plan"),
    "report.period": ("Giai đoạn", "Period"),
    "report.period_horizon": (
        "{start}-{end}, định hướng đến năm {horizon}",
        "{start}-{end}, outlook to {horizon}",
    ),
    "report.as_of": ("Tình hình đến ngày", "As of"),
    "report.elapsed": (
        "đã qua {percent} thời gian của giai đoạn",
        "{percent} of the period elapsed",
    ),
    "report.compiled_by": ("Cơ quan theo dõi, tổng hợp", "Monitoring and compiling agency"),
    "report.data": ("Dữ liệu", "Data"),
    "report.data_value": (
        "{plan}; {known}/{total} báo cáo tiến độ đã có đến ngày này",
        "{plan}; {known} of {total} progress reports known on this date",
    ),
    "report.section.summary": ("I. TỔNG HỢP", "I. SUMMARY"),
    "report.section.indicators": ("II. CHỈ TIÊU", "II. INDICATORS"),
    "report.section.tasks": ("III. NHIỆM VỤ THEO CƠ QUAN CHỦ TRÌ", "III. TASKS BY LEAD AGENCY"),
    "report.section.overdue": ("IV. NHIỆM VỤ QUÁ HẠN", "IV. OVERDUE TASKS"),
    "report.section.sources": ("V. NGUỒN SỐ LIỆU", "V. DATA SOURCES"),
    "report.tasks_total": (
        "Nhiệm vụ: {count} lượt (nhiệm vụ hằng năm tính mỗi năm một lượt).",
        "Tasks: {count} occurrences (a yearly task counts once a year).",
    ),
    "report.indicators_total": ("Chỉ tiêu: {count}.", "Indicators: {count}."),
    "report.col.status": ("Trạng thái", "Status"),
    "report.col.count": ("Số lượng", "Count"),
    "report.col.no": ("TT", "No."),
    "report.col.by": ("Năm", "By"),
    "report.col.as_of": ("Ngày số liệu", "Date"),
    "report.col.product": ("Sản phẩm", "Product"),
    "report.col.deadline": ("Thời hạn", "Deadline"),
    "report.col.completed": ("Ngày hoàn thành", "Completed"),
    "report.col.reference": ("Văn bản, ghi chú", "Document, note"),
    "report.col.file": ("Tệp", "File"),
    "report.col.period": ("Kỳ báo cáo", "Period"),
    "report.col.reported_on": ("Ngày báo cáo", "Reported on"),
    "report.col.reported_by": ("Đơn vị báo cáo", "Reported by"),
    "report.col.value": ("Số liệu", "Value"),
    "report.col.source": ("Nguồn", "Source"),
    "report.col.note": ("Ghi chú", "Note"),
    "report.projected_note": (
        "Dự báo: giá trị đến hết năm mục tiêu nếu giữ tốc độ bình quân đã đạt; đánh giá theo "
        "phương pháp đo tiến độ SDG của Thống kê Canada (chi tiết: `nhanluc indicators --explain`).",
        "Projected: the value at the end of the target year at the pace observed so far; statuses "
        "follow Statistics Canada's SDG progress measure (details: `nhanluc indicators --explain`).",
    ),
    "report.charts": ("Biểu đồ các chỉ tiêu định lượng", "Charts of the numeric indicators"),
    "report.charts_legend": (
        "Điểm và nét liền: số liệu đã báo cáo; đường ngang (hoặc dải tô): mục tiêu; nét đứt: dự "
        "báo đến hết năm mục tiêu.",
        "Points and solid line: reported figures; horizontal line (or shaded band): the target; "
        "dashed line: projected to the end of the target year.",
    ),
    "report.charts_md": (
        "Biểu đồ của từng chỉ tiêu có trong bản HTML: `nhanluc report --format html`.",
        "The HTML version has a chart per indicator: `nhanluc report --format html`.",
    ),
    "report.chart.target": ("mục tiêu", "target"),
    "report.chart.projected": ("dự báo", "projected"),
    "report.chart.no_data": ("Chưa có số liệu", "No figures yet"),
    "report.agency_total": ("{total} lượt", "{total} occurrences"),
    "report.reports_used": ("Báo cáo tiến độ đã sử dụng", "Progress reports used"),
    "report.no_reports": (
        "Chưa có báo cáo tiến độ nào đến ngày này.",
        "No progress report is known on this date.",
    ),
    "report.dated_by_period": ("(cuối kỳ)", "(end of period)"),
    "report.reports_later": (
        "Báo cáo lập sau ngày {date}, chưa tính: {files}.",
        "Reports dated after {date}, not counted: {files}.",
    ),
    "report.figures": ("Số liệu chỉ tiêu", "Indicator figures"),
    "report.no_figures": ("Chưa có số liệu chỉ tiêu nào.", "No indicator figures yet."),
    "report.footer": (
        "Lập bằng nhanluc {version} từ dữ liệu trong {plan} và các báo cáo tiến độ nêu trên.",
        "Made with nhanluc {version} from {plan} and the progress reports listed above.",
    ),
    "report.written": ("Đã ghi báo cáo vào {file}.", "Wrote the report to {file}."),
    "report.refuse_data_file": (
        "không ghi báo cáo vào {file}: đó là tệp dữ liệu (kế hoạch, báo cáo tiến độ hoặc tệp .yaml). "
        "Chọn tệp khác, ví dụ bao-cao.html hoặc bao-cao.md.",
        "will not write the report to {file}: it is a data file (the plan, a progress report or a "
        ".yaml file). Pick another file, e.g. report.html or report.md.",
    ),
    "report.refuse_directory": (
        "{file} là một thư mục; --output cần tên tệp, ví dụ {file}/bao-cao.html.",
        "{file} is a folder; --output takes a file name, e.g. {file}/report.html.",
    ),
    "report.unwritable": ("không ghi được {file} ({reason}).", "cannot write {file} ({reason})."),
    # ---- The printed report, html and md (issue 14): said without file names or commands ------
    "report.made_with": (
        "Lập bằng phần mềm nhanluc {version}; số liệu đến ngày {as_of}.",
        "Made with nhanluc {version}; figures as of {as_of}.",
    ),
    "report.charts_without_data": (
        "Chỉ tiêu chưa có số liệu nên chưa có biểu đồ: TT {numbers}.",
        "Indicators without figures yet, so without a chart: No. {numbers}.",
    ),
    "report.charts_in_html": (
        "Biểu đồ của các chỉ tiêu có số liệu có trong bản HTML của báo cáo.",
        "The HTML version of the report has a chart per indicator with figures.",
    ),
    # ---- end of the printed report's words ---------------------------------------------------
    # ---- Documents people submit (contract §13) ------------------------------------------------
    # The Word form of Nghị định 30/2020/NĐ-CP (render/report/nd30.py) and the progress report in
    # it (render/report/docx.py); headers and sheet names of `--format xlsx`
    # (render/sheets.py); the usage errors of writing binary files and of `report -o FILE`.
    "document.country": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
    "document.motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "document.recipients": ("Nơi nhận:", "Recipients:"),
    "document.date_blank": ("ngày      tháng      năm {year}", "      {year}"),
    "document.report_kind": ("BÁO CÁO", "REPORT"),
    "document.number": ("Số:          /BC-{code}", "No.:          /BC-{code}"),
    "document.opening": (
        "Thực hiện Kế hoạch số {id} ngày {date} của {issuer} ({title}), tình hình, kết quả thực hiện đến ngày {as_of} như sau:",
        "Under Plan {id} of {date}, {issuer} ({title}), progress as of {as_of} is as follows:",
    ),
    "document.closing": (
        "Trên đây là báo cáo tình hình, kết quả thực hiện Kế hoạch số {id} ngày {date} của {issuer}, số liệu đến ngày {as_of}./.",
        "This is the report on the implementation of Plan {id} of {date}, {issuer}, with figures as of {as_of}.",
    ),
    "document.section.overview": ("Tình hình chung", "Overview"),
    "document.section.attention": (
        "Nội dung chậm tiến độ, cần tập trung chỉ đạo",
        "What is behind and needs attention",
    ),
    "document.part.overdue": ("Nhiệm vụ quá hạn, chưa hoàn thành", "Overdue tasks"),
    "document.part.not_on_track": ("Chỉ tiêu chưa đạt tiến độ", "Indicators not on track"),
    "document.section.indicators": ("Kết quả thực hiện các chỉ tiêu", "Indicators"),
    "document.section.tasks": (
        "Kết quả thực hiện nhiệm vụ theo cơ quan chủ trì",
        "Tasks by lead agency",
    ),
    "document.section.sources": ("Nguồn số liệu", "Sources"),
    "document.elapsed": (
        "Giai đoạn {period}: đến ngày {as_of} đã qua {elapsed} thời gian.",
        "Period {period}: {elapsed} of it has passed by {as_of}.",
    ),
    "document.closed_early": (
        "Giai đoạn {period}: Kế hoạch đã kết thúc ngày {date}, sau {elapsed} thời gian của giai đoạn. Lý do: {reason} ({basis}).",
        "Period {period}: the plan ended on {date}, after {elapsed} of the period. Why: {reason} ({basis}).",
    ),
    "document.closed": (
        "Giai đoạn {period}: Kế hoạch đã hết giai đoạn thực hiện ngày {date}.",
        "Period {period}: the plan's period ended on {date}.",
    ),
    "document.compiled_by": (
        "Cơ quan theo dõi, tổng hợp: {agency}.",
        "Monitoring and compiling agency: {agency}.",
    ),
    "document.tasks_counts": (
        "Nhiệm vụ: {count} lượt (nhiệm vụ hằng năm tính mỗi năm một lượt), trong đó: {counts}.",
        "Tasks: {count} occurrences (a yearly task counts once a year): {counts}.",
    ),
    "document.indicators_counts": (
        "Chỉ tiêu: {count}, trong đó: {counts}.",
        "Indicators: {count}: {counts}.",
    ),
    "document.none": ("Không có.", "None."),
    "document.agency_counts": (
        "{total} lượt nhiệm vụ, trong đó: {counts}.",
        "{total} task occurrences: {counts}.",
    ),
    "document.reports_used": (
        "Số liệu tổng hợp từ các báo cáo tiến độ sau:",
        "Figures compiled from these progress reports:",
    ),
    "document.no_reports": (
        "Chưa có báo cáo tiến độ nào đến ngày {as_of}.",
        "No progress report as of {as_of}.",
    ),
    "document.figures": (
        "Số liệu từng chỉ tiêu và nguồn:",
        "Each indicator's figures and sources:",
    ),
    "document.product": ("Sản phẩm: {product}", "Product: {product}"),
    "document.projected_note": (
        "Dự báo: giá trị đến hết năm mục tiêu nếu giữ tốc độ bình quân đã đạt; đánh giá theo phương pháp đo tiến độ các Mục tiêu phát triển bền vững (SDG) của Thống kê Canada.",
        "Projected: the value at the end of the target year at the pace observed so far; statuses follow Statistics Canada's SDG progress measure.",
    ),
    "document.col.title_product": ("Nhiệm vụ, sản phẩm", "Task, product"),
    "document.col.latest": ("Số liệu mới nhất", "Latest figure"),
    "document.col.source": ("Nguồn, ghi chú", "Source, note"),
    # ---- Documents a chairman signs (contract §18) ---- [i25] --------------------------------
    # The issuer in force, visible blanks, the sections of a báo cáo sơ kết / tổng kết, phụ lục.
    "document.to": ("Kính gửi: {to}", "To: {to}"),
    "output.exists": (
        "{file} đã có: không ghi đè (có thể là bản đã được đánh số, chỉnh sửa). Chọn tên tệp khác, hoặc thêm --force để ghi đè.",
        "{file} exists: not overwritten (it may be a copy already numbered or edited). Choose another name, or add --force to overwrite it.",
    ),
    "output.no_folder": (
        "thư mục {folder} không tồn tại: tạo thư mục trước, hoặc chọn nơi ghi khác.",
        "the folder {folder} does not exist: create it first, or choose another place.",
    ),
    "document.annex": ("PHỤ LỤC {number}", "APPENDIX {number}"),
    "document.placeholder": (
        "[Nội dung do cơ quan báo cáo viết]",
        "[To be written by the reporting body]",
    ),
    "document.blank.issuer": ("[CƠ QUAN BÁO CÁO]", "[REPORTING BODY]"),
    "document.blank.place": ("[ĐỊA DANH]", "[PLACE]"),
    "document.blank.position": ("[CHỨC VỤ NGƯỜI KÝ]", "[SIGNER'S POSITION]"),
    "document.on_behalf": ("TM. {body}", "On behalf of {body}"),
    "document.blank_reason": (
        "{issuer} không còn tồn tại từ sau ngày {last_day}, nên báo cáo ngày {day} không ban hành nhân danh cơ quan này: tên cơ quan báo cáo và địa danh để trống ([CƠ QUAN BÁO CÁO], [ĐỊA DANH]). Ghi cơ quan báo cáo bằng --issuer TÊN --place ĐỊA_DANH, hoặc trong kế hoạch tại ended.reporter khi có văn bản giao.",
        "{issuer} has not existed since {last_day}, so a report dated {day} is not issued in its name: the reporting body and the place are left blank ([REPORTING BODY], [PLACE]). Name them with --issuer NAME --place PLACE, or in the plan under ended.reporter when a decision names them.",
    ),
    "document.blank_reason_name": (
        "{issuer} không còn tồn tại từ sau ngày {last_day}, nên báo cáo ngày {day} không ban hành nhân danh cơ quan này: tên cơ quan báo cáo để trống ([CƠ QUAN BÁO CÁO]). Ghi cơ quan báo cáo bằng --issuer TÊN, hoặc trong kế hoạch tại ended.reporter khi có văn bản giao.",
        "{issuer} has not existed since {last_day}, so a report dated {day} is not issued in its name: the reporting body is left blank ([REPORTING BODY]). Name it with --issuer NAME, or in the plan under ended.reporter when a decision names it.",
    ),
    "document.blank_place_reason": (
        "Kế hoạch không ghi địa danh (place) và không có --place: dòng ngày tháng để trống [ĐỊA DANH].",
        "The plan names no place and --place is not given: the date line holds a blank [PLACE].",
    ),
    "sections.leadership": (
        "Công tác lãnh đạo, chỉ đạo, triển khai thực hiện",
        "Leadership, direction and implementation",
    ),
    "sections.indicators": ("Kết quả thực hiện chỉ tiêu", "Results against the indicators"),
    "sections.tasks": ("Kết quả thực hiện nhiệm vụ", "Results of the tasks"),
    "sections.shortcomings": (
        "Tồn tại, hạn chế và nguyên nhân",
        "Shortcomings and their causes",
    ),
    "sections.lessons": ("Bài học kinh nghiệm", "Lessons learned"),
    "sections.direction": (
        "Phương hướng, nhiệm vụ thời gian tới",
        "Direction and tasks ahead",
    ),
    "sections.proposals": ("Kiến nghị, đề xuất", "Recommendations and proposals"),
    "sections.by_agency": (
        "Tình hình thực hiện theo cơ quan chủ trì",
        "Progress by lead agency",
    ),
    "sections.annex_tasks": (
        "Danh sách nhiệm vụ trong kỳ báo cáo theo cơ quan chủ trì (trừ các nhiệm vụ quá hạn nêu tại {ref})",
        "Tasks of the reporting period by lead agency (except the overdue ones listed in {ref})",
    ),
    "sections.annex_sources": ("Nguồn số liệu", "Sources of the figures"),
    "sections.annex_charts": (
        "Biểu đồ các chỉ tiêu định lượng",
        "Charts of the numeric indicators",
    ),
    "sections.annex_outcomes": (
        "Kết quả thực hiện từng nhiệm vụ",
        "The outcome of each task",
    ),
    "sections.ref_overdue": ("mục III.1", "section III.1"),
    "sections.ref_annex": ("Phụ lục {number}", "Appendix {number}"),
    "sections.overdue_in_annex": (
        "{count} lượt nhiệm vụ quá hạn, chưa hoàn thành: danh sách tại Phụ lục I.",
        "{count} task occurrences overdue: listed in Appendix I.",
    ),
    "sections.see_annex": ("Chi tiết tại Phụ lục {number}.", "Details in Appendix {number}."),
    "sections.later": (
        "Ngoài ra, {count} lượt nhiệm vụ đến hạn sau ngày {end} ({years}) chưa thuộc kỳ báo cáo này.",
        "Besides, {count} task occurrences fall due after {end} ({years}): not part of this report's period.",
    ),
    "sections.explanations": (
        "Nguyên nhân đã được giải trình trong các báo cáo tiến độ:",
        "Causes explained in the progress reports:",
    ),
    "sections.explanation_line": (
        "{subject} ({status}): \u201c{text}\u201d ({reported}).",
        "{subject} ({status}): \u201c{text}\u201d ({reported}).",
    ),
    "sections.no_explanation": (
        "Các báo cáo tiến độ chưa ghi nhận giải trình nào.",
        "The progress reports record no explanation.",
    ),
    "sections.shortcomings_progress": (
        "Đến ngày {as_of}: {overdue} lượt nhiệm vụ quá hạn, chưa hoàn thành (nêu tại {ref}); {behind} trong {indicators} chỉ tiêu chưa đạt hoặc chưa đạt tiến độ{names}.",
        "As of {as_of}: {overdue} task occurrences overdue (listed in {ref}); {behind} of {indicators} indicators not achieved or not on track{names}.",
    ),
    "sections.direction_lead": ("Tập trung chỉ đạo: {items}.", "Focus on: {items}."),
    "sections.direction_overdue": (
        "hoàn thành {count} lượt nhiệm vụ quá hạn nêu tại {ref}",
        "completing the {count} overdue task occurrences listed in {ref}",
    ),
    "sections.direction_coming": (
        "thực hiện đúng hạn {count} lượt nhiệm vụ còn trong hạn của kỳ báo cáo (Phụ lục {annex})",
        "carrying out on time the {count} occurrences of the period not yet due (Appendix {annex})",
    ),
    "sections.direction_behind": (
        "có giải pháp đẩy nhanh tiến độ {count} chỉ tiêu chưa đạt tiến độ nêu tại mục II",
        "speeding up the {count} indicators not on track (section II)",
    ),
    "sections.direction_nothing": (
        "Tiếp tục thực hiện các nhiệm vụ, chỉ tiêu theo kế hoạch.",
        "Carry on with the plan's tasks and targets.",
    ),
    "sections.direction_closed": (
        "Kế hoạch đã kết thúc ngày {date}. {overdue} lượt nhiệm vụ chưa hoàn thành (nêu tại {ref}) và {behind} chỉ tiêu chưa đạt cần được xem xét đưa vào kế hoạch giai đoạn tiếp theo hoặc giao cơ quan kế thừa tiếp tục thực hiện; kết quả cả giai đoạn được đánh giá tại báo cáo tổng kết.",
        "The plan ended on {date}. The {overdue} task occurrences not completed (listed in {ref}) and the {behind} indicators not achieved are to be considered for the next plan or handed to a successor; the whole period is evaluated in the final report.",
    ),
    "sections.direction_final": (
        "Các nhiệm vụ {items} nêu tại Phụ lục {annex}, mục {parts}, được xem xét đưa vào kế hoạch giai đoạn tiếp theo hoặc do cơ quan tiếp nhận tiếp tục thực hiện.",
        "The tasks {items}, listed in Appendix {annex}, parts {parts}, are to be considered for the next plan or carried on by their receivers.",
    ),
    "sections.direction_interim": (
        "Các nhiệm vụ {items} nêu tại Phụ lục {annex}, mục {parts}, cần tập trung thực hiện trong thời gian còn lại của kế hoạch.",
        "The tasks {items}, listed in Appendix {annex}, parts {parts}, need attention in the time the plan has left.",
    ),
    "sections.direction_item": ("{label} ({count} lượt)", "{label} ({count})"),
    "sections.direction_indicators": (
        "Các chỉ tiêu chưa đạt, cần tiếp tục phấn đấu:",
        "Indicators not achieved, to keep working on:",
    ),
    "sections.charts_in_annex": (
        "Biểu đồ các chỉ tiêu có số liệu tại Phụ lục {number}.",
        "Charts of the indicators with figures in Appendix {number}.",
    ),
    "sections.col.agency": ("Cơ quan chủ trì", "Lead agency"),
    "sections.col.total": ("Số lượt", "Occurrences"),
    "sections.col.situation": ("Tình hình", "Situation"),
    "sections.col.outcome": ("Kết quả", "Outcome"),
    "sections.due_last_day": (
        "đến hạn ngày {due}, chưa hoàn thành",
        "due on {due}, not completed",
    ),
    "sections.due_on_closing": (
        "đến hạn ngày {due}, ngày kế hoạch kết thúc, chưa hoàn thành",
        "due on {due}, the day the plan closed, not completed",
    ),
    "sections.extended": (
        "gia hạn đến {due} theo {basis} (hạn ban đầu {original})",
        "extended to {due} under {basis} (first due {original})",
    ),
    "sections.extended_no_basis": (
        "gia hạn đến {due} (hạn ban đầu {original})",
        "extended to {due} (first due {original})",
    ),
    # ---- The end-of-period evaluation (báo cáo tổng kết, contract §13) ---- [final] ------------
    # `report --final` (render/report/final.py, final.md.j2, final.html.j2, final_docx.py) and
    # `carry` (cli/carry.py). One block, kept together.
    "final.kind.final": ("BÁO CÁO TỔNG KẾT", "FINAL EVALUATION REPORT"),
    "final.kind.interim": ("BÁO CÁO SƠ KẾT", "INTERIM EVALUATION REPORT"),
    "final.subject.final": (
        "Tổng kết thực hiện Kế hoạch số {id} ngày {date} của {issuer}, giai đoạn {period}",
        "Final evaluation of Plan {id} of {date}, {issuer}, period {period}",
    ),
    "final.subject.interim": (
        "Sơ kết thực hiện Kế hoạch số {id} ngày {date} của {issuer}, giai đoạn {period} (đến ngày {as_of})",
        "Interim evaluation of Plan {id} of {date}, {issuer}, period {period} (as of {as_of})",
    ),
    "final.opening.ended": (
        "Kế hoạch số {id} ngày {date} của {issuer} ({title}) kết thúc thực hiện ngày {closed_on}: {reason} ({basis}). Kết quả thực hiện như sau:",
        "Plan {id} of {date}, {issuer} ({title}) ended on {closed_on}: {reason} ({basis}). Its results are as follows:",
    ),
    "final.opening.closed": (
        "Kế hoạch số {id} ngày {date} của {issuer} ({title}) đã hết giai đoạn thực hiện ngày {closed_on}. Kết quả thực hiện như sau:",
        "Plan {id} of {date}, {issuer} ({title}) reached the end of its period on {closed_on}. Its results are as follows:",
    ),
    "final.opening.interim": (
        "Thực hiện Kế hoạch số {id} ngày {date} của {issuer} ({title}), kết quả thực hiện từ khi ban hành đến ngày {as_of} như sau (sơ kết: kế hoạch đang thực hiện, các đánh giá chưa phải là kết quả cuối cùng):",
        "Under Plan {id} of {date}, {issuer} ({title}), the results from its issue to {as_of} are as follows (interim: the plan is still running, and no verdict is final yet):",
    ),
    "final.closing.final": (
        "Trên đây là báo cáo tổng kết thực hiện Kế hoạch số {id} ngày {date} của {issuer}./.",
        "This is the final evaluation of Plan {id} of {date}, {issuer}.",
    ),
    "final.closing.interim": (
        "Trên đây là báo cáo sơ kết thực hiện Kế hoạch số {id} ngày {date} của {issuer}, số liệu đến ngày {as_of}./.",
        "This is the interim evaluation of Plan {id} of {date}, {issuer}, with figures as of {as_of}.",
    ),
    "final.section.indicators": ("Kết quả thực hiện các chỉ tiêu", "Indicators"),
    "final.section.tasks": ("Kết quả thực hiện các nhiệm vụ", "Tasks"),
    "final.section.shortcomings": (
        "Tồn tại, hạn chế và nguyên nhân",
        "Shortcomings and their causes",
    ),
    "final.section.direction": (
        "Phương hướng, nhiệm vụ giai đoạn tiếp theo",
        "Direction for the next period",
    ),
    "final.section.direction_interim": (
        "Nội dung cần tập trung thực hiện trong thời gian còn lại",
        "What remains to be done in the rest of the period",
    ),
    "final.verdict.exceeded": ("vượt", "exceeded"),
    "final.indicator_counts": ("{count} chỉ tiêu: {counts}.", "{count} indicators: {counts}."),
    "final.task_counts": (
        "{count} lượt nhiệm vụ (nhiệm vụ hằng năm tính mỗi năm một lượt): {counts}.",
        "{count} task occurrences (a yearly task counts once a year): {counts}.",
    ),
    "final.yearly_note": (
        "Số liệu từng năm: số liệu mới nhất có trong năm đó; “-”: không có số liệu. Vượt: đạt và vượt mức mục tiêu (với chỉ tiêu là một khoảng: vượt cận trên).",
        "Each year's figure is the latest one dated in that year; “-”: none. Exceeded: achieved and beyond the target (for a range: above its upper bound).",
    ),
    "final.col.indicator": ("Chỉ tiêu", "Indicator"),
    "final.col.target": ("Mục tiêu", "Target"),
    "final.col.verdict": ("Đánh giá", "Verdict"),
    "final.col.lead": ("Chủ trì", "Lead"),
    "final.col.due": ("Hạn", "Due"),
    "final.col.result": ("Kết quả", "Result"),
    "final.col.reference": ("Sản phẩm, văn bản", "Product, document"),
    "final.col.item": ("Nội dung", "Item"),
    "final.col.explanation": ("Giải trình", "Explanation"),
    "final.col.reported": ("Báo cáo", "Report"),
    "final.outcome.done": ("Hoàn thành đúng hạn", "Completed on time"),
    "final.outcome.late": ("Hoàn thành quá hạn", "Completed late"),
    "final.outcome.unfinished": ("Chưa hoàn thành", "Not completed"),
    "final.outcome.in_progress": ("Đang thực hiện (trong hạn)", "In progress (not yet due)"),
    "final.outcome.cancelled": ("Không thực hiện (đã hủy)", "Not carried out (cancelled)"),
    "final.outcome.terminated": ("Chấm dứt", "Terminated"),
    "final.outcome.transferred": ("Chuyển giao", "Transferred"),
    "final.result.done": ("hoàn thành ngày {on}", "completed on {on}"),
    "final.result.late": (
        "hoàn thành ngày {on}, trễ {days} ngày",
        "completed on {on}, {days} days late",
    ),
    "final.result.unfinished": ("trễ {days} ngày", "{days} days late"),
    "final.result.unfinished_closed": (
        "trễ {days} ngày khi kế hoạch kết thúc",
        "{days} days late when the plan closed",
    ),
    "final.result.terminated": (
        "kế hoạch kết thúc ngày {on}",
        "the plan ended on {on}",
    ),
    "final.result.transferred": ("chuyển giao cho {to}", "handed over to {to}"),
    "final.result.transferred_on": (
        "chuyển giao cho {to} ngày {on}",
        "handed over to {to} on {on}",
    ),
    "final.result.extended": ("gia hạn từ {original}", "extended from {original}"),
    "final.shortcomings.summary": (
        "Khi {when}: {unfinished} lượt nhiệm vụ chưa hoàn thành, {late} lượt hoàn thành quá hạn, {terminated} lượt chấm dứt; {not_achieved} trong {indicators} chỉ tiêu chưa đạt.",
        "When {when}: {unfinished} task occurrences not completed, {late} completed late, {terminated} terminated; {not_achieved} of {indicators} indicators not achieved.",
    ),
    "final.shortcomings.when_closed": ("kế hoạch kết thúc ngày {on}", "the plan closed on {on}"),
    "final.shortcomings.when_interim": ("đến ngày {on}", "as of {on}"),
    "final.shortcomings.explained": (
        "Nguyên nhân đã được giải trình trong các báo cáo tiến độ:",
        "Causes explained in the progress reports:",
    ),
    "final.shortcomings.none": (
        "Các báo cáo tiến độ chưa ghi nhận giải trình nào.",
        "The progress reports record no explanation.",
    ),
    "final.subject.task": ("Nhiệm vụ {task}: {title}", "Task {task}: {title}"),
    "final.subject.indicator": ("Chỉ tiêu: {name}", "Indicator: {name}"),
    "final.reported": ("{by}, báo cáo kỳ {period}, ngày {on}", "{by}, report for {period}, {on}"),
    "final.reported_anonymous": ("Báo cáo kỳ {period}, ngày {on}", "Report for {period}, {on}"),
    "final.direction.unfinished": (
        "Nhiệm vụ chưa hoàn thành, tiếp tục thực hiện",
        "Tasks not completed, to continue",
    ),
    "final.direction.in_progress": (
        "Nhiệm vụ đang thực hiện",
        "Tasks in progress",
    ),
    "final.direction.terminated": (
        "Nhiệm vụ chấm dứt khi kế hoạch kết thúc, cần xem xét đưa vào kế hoạch giai đoạn tiếp theo",
        "Tasks terminated when the plan ended, to consider for the next plan",
    ),
    "final.direction.transferred": (
        "Nhiệm vụ đã chuyển giao, do cơ quan tiếp nhận tiếp tục thực hiện",
        "Tasks handed over, carried on by their receivers",
    ),
    "final.direction.indicators": ("Chỉ tiêu chưa đạt", "Indicators not achieved"),
    "final.direction.none": (
        "Không còn nhiệm vụ, chỉ tiêu nào phải chuyển tiếp.",
        "Nothing is left to carry over.",
    ),
    "carry.written": (
        "Đã ghi bản nháp kế hoạch giai đoạn tiếp theo vào {file}: {tasks} nhiệm vụ, {indicators} chỉ tiêu chuyển tiếp.",
        "Wrote the draft plan for the next period to {file}: {tasks} tasks, {indicators} indicators carried over.",
    ),
    "carry.exists": (
        "{file} đã có; không ghi đè. Chọn tên khác.",
        "{file} already exists; not overwritten. Choose another name.",
    ),
    "carry.unwritable": ("không ghi được {file} ({reason}).", "cannot write {file} ({reason})."),
    "carry.refuse_directory": (
        "{file} là một thư mục; hãy chọn tên tệp, ví dụ ke-hoach-moi.yaml.",
        "{file} is a folder; give a file name such as next-plan.yaml.",
    ),
    "carry.not_yaml": (
        "{file}: bản nháp kế hoạch là tệp YAML; hãy đặt tên có đuôi .yaml.",
        "{file}: the draft plan is a YAML file; give it a .yaml name.",
    ),
    # ---- end of [final] ------------------------------------------------------------------------
    "xlsx.sheet.tasks": ("Nhiệm vụ", "Tasks"),
    "xlsx.sheet.overdue": ("Quá hạn", "Overdue"),
    "xlsx.sheet.due_soon": ("Sắp đến hạn", "Due soon"),
    "xlsx.sheet.indicators": ("Chỉ tiêu", "Indicators"),
    "xlsx.sheet.not_on_track": ("Chỉ tiêu chưa đạt tiến độ", "Not on track"),
    "xlsx.sheet.agencies": ("Cơ quan chủ trì", "Lead agencies"),
    "xlsx.sheet.summary": ("Tổng hợp", "Summary"),
    "xlsx.task.task": ("Mã nhiệm vụ", "Task"),
    "xlsx.task.year": ("Năm", "Year"),
    "xlsx.task.title": ("Nhiệm vụ", "Title"),
    "xlsx.task.lead": ("Cơ quan chủ trì", "Lead agency"),
    "xlsx.task.partners": ("Cơ quan phối hợp", "Partners"),
    "xlsx.task.product": ("Sản phẩm", "Product"),
    "xlsx.task.deadline": ("Thời hạn (theo kế hoạch)", "Deadline (as written)"),
    "xlsx.task.due": ("Hạn", "Due"),
    "xlsx.task.original_due": ("Hạn trước khi gia hạn", "Due before extension"),
    "xlsx.task.status": ("Trạng thái", "Status"),
    "xlsx.task.completed_on": ("Ngày hoàn thành", "Completed on"),
    "xlsx.task.days_late": ("Số ngày quá hạn", "Days late"),
    "xlsx.indicator.id": ("Mã chỉ tiêu", "Id"),
    "xlsx.indicator.group": ("Nhóm", "Group"),
    "xlsx.indicator.name": ("Chỉ tiêu", "Indicator"),
    "xlsx.indicator.unit": ("Đơn vị tính", "Unit"),
    "xlsx.indicator.measure": ("Cách tính", "Measure"),
    "xlsx.indicator.due_by_now": ("Phải đạt đến nay", "Due by now"),
    "xlsx.indicator.target.kind": ("Loại mục tiêu", "Target kind"),
    "xlsx.indicator.target.value": ("Mục tiêu", "Target"),
    "xlsx.indicator.target.lo": ("Mục tiêu từ", "Target from"),
    "xlsx.indicator.target.hi": ("Mục tiêu đến", "Target to"),
    "xlsx.indicator.by": ("Năm đạt mục tiêu", "Target year"),
    "xlsx.indicator.latest.value": ("Số liệu mới nhất", "Latest value"),
    "xlsx.indicator.latest.as_of": ("Ngày số liệu", "Latest as of"),
    "xlsx.indicator.latest.source": ("Nguồn số liệu", "Source"),
    "xlsx.indicator.projected": ("Dự báo cuối kỳ", "Projected"),
    "xlsx.indicator.ratio": ("Tỷ số tiến độ R", "Progress ratio R"),
    "xlsx.indicator.status": ("Đánh giá", "Status"),
    "xlsx.explain.method": ("Cách tính", "Method"),
    "xlsx.explain.y0": ("y0 (số liệu đầu)", "y0 (first value)"),
    "xlsx.explain.y0_as_of": ("Ngày y0", "y0 date"),
    "xlsx.explain.t0": ("t0 (năm)", "t0 (year)"),
    "xlsx.explain.yt": ("yt (số liệu mới nhất)", "yt (latest value)"),
    "xlsx.explain.yt_as_of": ("Ngày yt", "yt date"),
    "xlsx.explain.t": ("t (năm)", "t (year)"),
    "xlsx.explain.x": ("x (mục tiêu)", "x (target)"),
    "xlsx.explain.T_end": ("T (năm đạt mục tiêu)", "T (target year)"),
    "xlsx.explain.cagr_observed": ("Tăng trưởng năm đã đạt", "Observed annual growth"),
    "xlsx.explain.cagr_required": ("Tăng trưởng năm cần có", "Required annual growth"),
    "xlsx.explain.ratio": ("R", "R"),
    "xlsx.explain.projected": ("Dự báo", "Projected"),
    "xlsx.agency.agency": ("Cơ quan chủ trì", "Lead agency"),
    "xlsx.agency.id": ("Mã cơ quan", "Id"),
    "xlsx.agency.total": ("Tổng số lượt", "Total"),
    "xlsx.summary.plan.id": ("Số kế hoạch", "Plan"),
    "xlsx.summary.plan.title": ("Tên kế hoạch", "Plan title"),
    "xlsx.summary.as_of": ("Tình hình đến ngày", "As of"),
    "xlsx.summary.elapsed": ("Thời gian đã qua", "Period elapsed"),
    "xlsx.summary.closed.on": ("Kế hoạch kết thúc ngày", "Plan closed on"),
    # [i25] a plan still running has `closed: null`: its one column needs a header too.
    "xlsx.summary.closed": ("Kế hoạch kết thúc", "Plan closed"),
    "xlsx.summary.closed.date": ("Kế hoạch kết thúc ngày", "Plan closed on"),
    "xlsx.title_rollup": ("{title}. Tình hình đến ngày {as_of}", "{title}. As of {as_of}"),
    "xlsx.units": ("Tổng hợp {count} đơn vị", "{count} units"),
    "xlsx.title": (
        "Kế hoạch số {plan}. Tình hình đến ngày {as_of}",
        "Plan {plan}. As of {as_of}",
    ),
    "xlsx.summary.closed.reason": ("Lý do kết thúc", "Why it ended"),
    "xlsx.summary.closed.basis": ("Căn cứ kết thúc", "Basis of the end"),
    "xlsx.summary.tasks": ("Nhiệm vụ: {status}", "Tasks: {status}"),
    "xlsx.summary.indicators": ("Chỉ tiêu: {status}", "Indicators: {status}"),
    "xlsx.kind.at_least": ("tối thiểu", "at least"),
    "xlsx.kind.at_most": ("tối đa", "at most"),
    "xlsx.kind.range": ("trong khoảng", "range"),
    "xlsx.kind.qualitative": ("định tính", "qualitative"),
    "output.binary_to_terminal": (
        "không in tệp {format} (nhị phân) ra màn hình. Ghi vào tệp bằng --output TỆP, ví dụ --output bang.{format}.",
        "will not print a {format} file (binary) to the terminal. Write it to a file with --output FILE, e.g. --output table.{format}.",
    ),
    "output.needs_format": (
        "--output cần --format json, csv hoặc xlsx (bảng chỉ để xem trên màn hình).",
        "--output needs --format json, csv or xlsx (the table is for the screen only).",
    ),
    "output.refuse_data_file": (
        "không ghi vào {file}: đó là tệp dữ liệu (kế hoạch, báo cáo tiến độ hoặc tệp .yaml). Chọn tệp khác.",
        "will not write to {file}: it is a data file (the plan, a progress report or a .yaml file). Pick another file.",
    ),
    "output.written": ("Đã ghi {file}.", "Wrote {file}."),
    "output.refuse_directory": (
        "{file} là một thư mục; --output cần tên tệp, ví dụ {file}/bang.{format}.",
        "{file} is a folder; --output takes a file name, e.g. {file}/table.{format}.",
    ),
    "report.unknown_extension": (
        "không ghi được báo cáo dạng {file}: --output nhận tệp .md, .html hoặc .docx.",
        "cannot write a report as {file}: --output takes a .md, .html or .docx file.",
    ),
    "report.format_mismatch": (
        "--format {format} không khớp với tên tệp {file}; bỏ --format hoặc đổi đuôi tệp thành .{format}.",
        "--format {format} does not match the file name {file}; drop --format or name the file .{format}.",
    ),
    # --- issue 24: the reporting calendar (contract §17) ---
    "report_status.on_time": ("nộp đúng hạn", "on time"),
    "report_status.late": ("nộp muộn", "late"),
    "report_status.missing": ("chưa nộp", "missing"),
    "report_status.not_due": ("chưa đến hạn", "not yet due"),
    "reports.col.period": ("Kỳ báo cáo", "Period"),
    "reports.col.agency": ("Cơ quan", "Reporter"),
    "reports.col.due": ("Hạn nộp", "Due"),
    "reports.col.reported_on": ("Ngày nộp", "Sent on"),
    "reports.col.status": ("Tình trạng", "Status"),
    "reports.col.days": ("Số ngày muộn", "Days late"),
    "reports.col.expected": ("Phải nộp", "Expected"),
    "reports.col.received": ("Đã nộp", "Received"),
    "reports.col.on_time": ("Đúng hạn", "On time"),
    "reports.col.reporting_rate": ("Tỷ lệ nộp", "Reporting rate"),
    "reports.col.on_time_rate": ("Tỷ lệ đúng hạn", "On-time rate"),
    "reports.total": ("Chung", "Overall"),
    "reports.none": (
        "Chưa có kỳ báo cáo nào bắt đầu tính đến ngày {date}.",
        "No reporting period has begun as of {date}.",
    ),
    "reports.caption": (
        "Tình hình đến ngày {date}; tỷ lệ tính trên các kỳ đã đến hạn.\nTỷ lệ nộp = đã nộp / phải nộp; tỷ lệ đúng hạn = nộp đúng hạn / phải nộp.",
        "As of {date}; rates count the periods due.\nReporting rate = received / expected; on-time rate = on time / expected.",
    ),
    "reports.no_calendar": (
        "Kế hoạch chưa có lịch báo cáo: thêm mục `reporting:` (every, cutoff, due_days, by) vào tệp kế hoạch; xem hướng dẫn, mục “Lịch báo cáo”.",
        "The plan has no reporting calendar: add a `reporting:` section (every, cutoff, due_days, by) to the plan file; see the guide's “Lịch báo cáo” section.",
    ),
    "status.reporting": (
        "Báo cáo {title}: {received}/{expected} cơ quan đã nộp; hạn {due}",
        "Report for {title}: {received}/{expected} reporters have sent it; due {due}",
    ),
    "xlsx.sheet.reports": ("Báo cáo định kỳ", "Periodic reports"),
    "xlsx.sheet.report_rates": ("Tỷ lệ nộp báo cáo", "Reporting rates"),
    "xlsx.reports.period": ("Kỳ", "Period"),
    "xlsx.reports.title": ("Kỳ báo cáo", "Period in words"),
    "xlsx.reports.agency": ("Cơ quan báo cáo", "Reporter"),
    "xlsx.reports.id": ("Mã cơ quan", "Agency id"),
    "xlsx.reports.due": ("Hạn nộp", "Due"),
    "xlsx.reports.reported_on": ("Ngày nộp", "Sent on"),
    "xlsx.reports.status": ("Tình trạng", "Status"),
    "xlsx.reports.days_late": ("Số ngày muộn", "Days late"),
    "xlsx.rates.agency": ("Cơ quan báo cáo", "Reporter"),
    "xlsx.rates.id": ("Mã cơ quan", "Agency id"),
    "xlsx.rates.expected": ("Phải nộp", "Expected"),
    "xlsx.rates.received": ("Đã nộp", "Received"),
    "xlsx.rates.on_time": ("Nộp đúng hạn", "On time"),
    "xlsx.rates.reporting_rate": ("Tỷ lệ nộp", "Reporting rate"),
    "xlsx.rates.on_time_rate": ("Tỷ lệ đúng hạn", "On-time rate"),
    "report.title_period": (
        "Tình hình, kết quả thực hiện Kế hoạch số {id} ngày {date} của {issuer} {period}",
        "Progress of Plan {id} of {date}, {issuer}: {period}",
    ),
    "document.opening_period": (
        "Thực hiện Kế hoạch số {id} ngày {date} của {issuer} ({title}), tình hình, kết quả thực hiện {period} (số liệu tính đến ngày {as_of}) như sau:",
        "Under Plan {id} of {date}, {issuer} ({title}), progress in {period} (figures as of {as_of}) is as follows:",
    ),
    "report.period_not_reporting": (
        "--period {period}: không phải kỳ báo cáo định kỳ; viết YYYY-Q1…Q4 (quý), YYYY-H1 (6 tháng đầu năm), YYYY-9M (9 tháng) hoặc YYYY (năm), ví dụ 2026-H1.",
        "--period {period}: not a periodic report's period; write YYYY-Q1…Q4 (a quarter), YYYY-H1 (first half), YYYY-9M (nine months) or YYYY (the year), e.g. 2026-H1.",
    ),
    "report.period_with_final": (
        "--period và --final không dùng cùng nhau: chọn báo cáo định kỳ hoặc báo cáo tổng kết.",
        "--period and --final do not go together: pick the periodic report or the final one.",
    ),
    "report.period_early": (
        "Lưu ý: kỳ {period} chốt số liệu ngày {cutoff}, sau ngày báo cáo {date}; số liệu tính đến ngày {date}.",
        "Note: {period} is cut off on {cutoff}, after the report's date {date}; figures are as of {date}.",
    ),
    "new.proposed_period": (
        "Kỳ báo cáo hiện tại theo lịch báo cáo: {title} ({period}), số liệu từ {start} đến {cutoff}, hạn nộp {due}.",
        "The current reporting period: {title} ({period}), figures from {start} to {cutoff}, due {due}.",
    ),
    # --- end of issue 24's block
    # `nhanluc schema`
    "schema.plan_has_errors": (
        "Tệp kế hoạch có lỗi nên chưa tạo được schema. Sửa các lỗi trên rồi chạy lại.",
        "The plan file has errors, so no schema can be made from it. Fix them and run again.",
    ),
}
