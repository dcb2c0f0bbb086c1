"""The words of the command line itself, vi and en: help pages, option help, usage errors.

Kept apart from the rest of i18n/, which holds the words of findings and of the output: these
are read only by cli/usage.py, when a help page or a usage error is printed. Vietnamese follows
administrative usage; no text of a library (click, Typer) is shown in either language.

Option help is looked up as "COMMAND --option" first, then "--option", so an option that means
something else in one command (`--format`, `--output`, `init --plan`) says so there.
"""

from typing import NamedTuple

from nhanluc_cli.i18n import Lang


class Help(NamedTuple):
    vi: str
    en: str
    # The placeholder for the value, in the help page and the usage line; "" for a flag.
    metavar_vi: str = ""
    metavar_en: str = ""
    # A value to show in "what to do" when the value is missing or wrong; "" when none helps.
    example: str = ""

    def text(self, lang: Lang) -> str:
        return self.vi if lang == "vi" else self.en

    def metavar(self, lang: Lang) -> str:
        return self.metavar_vi if lang == "vi" else self.metavar_en


def pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "vi" else pair[1]


# What each command does: the first sentence is its line in `nhanluc -h`.
COMMANDS: dict[str, tuple[str, str]] = {
    "": (
        "Theo dõi việc thực hiện một kế hoạch của cơ quan hành chính từ các tệp YAML trong git: "
        "hạn nhiệm vụ, tiến độ chỉ tiêu, kiểm tra dữ liệu và báo cáo.",
        "Track how a government plan is carried out, from YAML files in git: task deadlines, "
        "indicator progress, data checks and reports.",
    ),
    "carry": (
        "Ghi bản nháp kế hoạch giai đoạn sau (tệp YAML) gồm các nhiệm vụ chưa hoàn thành, chấm "
        "dứt và các chỉ tiêu chưa đạt, có liên kết `origin` về kế hoạch này. Không ghi đè tệp đã "
        "có.",
        "Write a draft plan YAML for the next period with the unfinished and terminated tasks "
        "and the targets not achieved, each linked back by `origin`. Never overwrites a file.",
    ),
    "check": (
        "Kiểm tra mọi tệp dữ liệu và báo mọi lỗi trong một lần chạy. Mã thoát 1 khi có lỗi "
        "(khi có cảnh báo nếu dùng --strict), 0 khi không có lỗi. Các mã: E101-E104 tệp không "
        "đọc được; E105 tệp cần nhanluc mới hơn; E201 sai cấu trúc; E210 thời hạn không "
        "đọc được; E220 mã không có trong kế "
        "hoạch; E230 hai báo cáo mâu thuẫn; W211 thời hạn có chữ nghi do nhận dạng ký tự "
        "(OCR); E301 nhiệm vụ quá hạn; E302 chỉ tiêu không đạt; W311 sắp đến hạn; W312 hoàn "
        "thành quá hạn; W313 chỉ tiêu chậm tiến độ; W314 lâu không có số liệu; W317 quá hạn, "
        "không đạt nhưng đã giải trình; W319 kế hoạch đã kết thúc; W321-W325 ngày, số liệu, kỳ "
        "báo cáo đáng ngờ; W326 tệp trong progress/ không được đọc; W327 báo cáo định kỳ đến "
        "hạn chưa nộp; W329 tên trường cũ (YAML 1.1 hiểu là true/false); W330 báo cáo ghi ngày "
        "sau hôm nay; W331 chỉ tiêu của đơn vị giống chỉ tiêu của bộ chỉ tiêu nhưng chưa nối "
        "(rollup); W332 số của kỳ lớn khác tổng các kỳ nhỏ trong đó; W333 hai tệp báo cáo giống "
        "hệt nhau.",
        "Validate every data file and report every finding in one run. Exit code 1 when there "
        "are errors (warnings too with --strict), 0 otherwise. Codes: E101-E104 unreadable "
        "file; E105 the file needs a newer nhanluc; E201 schema; E210 unreadable deadline; "
        "E220 unknown id; E230 conflicting "
        "reports; W211 a deadline with a letter OCR may have misread; E301 task overdue; E302 "
        "target missed; W311 due soon; W312 done late; W313 indicator behind; W314 no recent "
        "figure; W317 overdue or missed, explained; W319 plan closed; W321-W325 implausible "
        "dates, figures or periods; W326 file in progress/ not read; W327 periodic report due "
        "and missing; W329 an old field name (YAML 1.1 reads it as true/false); W330 report "
        "dated after today; W331 a unit's indicator like a catalogue one but not joined "
        "(rollup); W332 a period's amount unlike the sum of the finer periods in it; W333 two "
        "identical report files.",
    ),
    "import": (
        "Đọc văn bản kế hoạch (.docx, .pdf có lớp chữ hoặc văn bản thuần) thành bản nháp tệp "
        "kế hoạch YAML. Chỗ cần xem lại được đánh dấu `# kiểm tra lại`.",
        "Read a plan document (.docx, .pdf with a text layer, or plain text) into a draft plan "
        "YAML. Guesses are marked `# kiểm tra lại` (check again).",
    ),
    "indicators": (
        "Chỉ tiêu: mục tiêu, số liệu mới nhất, dự báo và đánh giá tiến độ.",
        "Indicators: target, latest figure, projection and progress verdict.",
    ),
    "init": (
        "Tạo kho dữ liệu mới: kế hoạch, thư mục progress/, schema, cấu hình CI, hướng dẫn. "
        "Không ghi đè tệp đã có.",
        "Make a new data repository: plan, progress/ folder, schemas, CI set-up, a guide. "
        "Never overwrites a file.",
    ),
    "new": (
        "Tạo tệp báo cáo tiến độ mẫu progress/KỲ.yaml để điền số liệu, hoặc biểu mẫu Excel để "
        "gửi cơ quan điền rồi đọc lại (--format xlsx, --from). Không ghi đè tệp đã có.",
        "Write a blank progress report progress/PERIOD.yaml to fill in, or an Excel form to send "
        "out and read back (--format xlsx, --from). Never overwrites a file.",
    ),
    "report": (
        "Lập báo cáo tình hình thực hiện Kế hoạch đến ngày đánh giá (Markdown, HTML hoặc Word); "
        "với --final là báo cáo tổng kết (sơ kết khi kế hoạch chưa kết thúc).",
        "Write the progress report up to the assessment date (Markdown, HTML or Word); with "
        "--final, the end-of-period evaluation (interim while the plan runs).",
    ),
    "rollup": (
        "Tổng hợp nhiều đơn vị (tệp nhanluc-units.yaml): chỉ tiêu theo từng đơn vị, hoặc số lượt "
        "nhiệm vụ quá hạn, chưa hoàn thành của từng đơn vị và cơ quan.",
        "Several units side by side (nhanluc-units.yaml): each indicator per unit, or each "
        "unit's and agency's overdue and unfinished task occurrences.",
    ),
    "schema": (
        "In JSON Schema của tệp kế hoạch hoặc tệp báo cáo tiến độ, để trình soạn thảo kiểm tra "
        "khi gõ.",
        "Print the JSON Schema of plan files or progress reports, so editors check as you type.",
    ),
    "status": (
        "Bảng tổng hợp một màn hình: tình hình nhiệm vụ, lượt quá hạn, sắp đến hạn và chỉ tiêu.",
        "One-screen dashboard: tasks by status, overdue and due-soon occurrences, indicators.",
    ),
    "tasks": (
        "Mọi lượt nhiệm vụ và trạng thái (nhiệm vụ hằng năm tính mỗi năm một lượt).",
        "Every task occurrence and its status (a yearly task counts once a year).",
    ),
    "overdue": (
        "Các lượt nhiệm vụ quá hạn, trễ nhiều nhất trước (như tasks --status overdue).",
        "Overdue task occurrences, most days late first (as tasks --status overdue).",
    ),
    "agencies": (
        "Lượt nhiệm vụ theo cơ quan chủ trì, đếm theo trạng thái.",
        "Task occurrences by lead agency, counted by status.",
    ),
    "reports": (
        "Lịch báo cáo định kỳ (`reporting:` trong kế hoạch): mỗi kỳ và mỗi cơ quan báo cáo đã "
        "nộp đúng hạn, nộp muộn, chưa nộp hay chưa đến hạn; tỷ lệ nộp và tỷ lệ nộp đúng hạn "
        "theo cơ quan và chung. Hạn nộp theo Nghị định 09/2019/NĐ-CP: số liệu tính đến ngày 14 "
        "tháng cuối kỳ, nộp trong số ngày `due_days` sau đó (ngày lịch).",
        "The reporting calendar (`reporting:` in the plan): for each period and each reporter, "
        "whether the report came on time, late, is missing or not yet due; reporting and "
        "on-time rates per reporter and overall. Due dates follow Nghị định 09/2019/NĐ-CP: "
        "figures to the 14th of the period's last month, sent within `due_days` calendar days.",
    ),
}

_FORMAT_LIST = Help(
    "Định dạng kết quả: table (bảng), json, csv (mở được bằng Excel) hoặc xlsx (tệp Excel; "
    "khi kết quả ra màn hình thì cần --output TỆP). Mặc định: table.",
    "Output format: table, json, csv (opens in Excel) or xlsx (an Excel workbook; needs "
    "--output FILE when output goes to a terminal). Default: table.",
    "table|json|csv|xlsx",
    "table|json|csv|xlsx",
    "json",
)

# `rollup` reads a roll-up folder, not a data folder; `--units` is its other name.
_ROLLUP_FOLDER = Help(
    "Thư mục tổng hợp (có tệp nhanluc-units.yaml), hoặc chính tệp đó. Mặc định: thư mục hiện tại.",
    "The roll-up folder (holding nhanluc-units.yaml), or that file. Default: the current folder.",
    "THƯ_MỤC",
    "DIR",
    "examples/units",
)

# Options, by "COMMAND --option" or "--option".
OPTIONS: dict[str, Help] = {
    "--data": Help(
        "Thư mục dữ liệu (plan*.yaml và progress/*.yaml). Mặc định: ./data; nếu không có thì "
        "thư mục hiện tại khi có plan*.yaml; nếu không nữa thì kế hoạch đi kèm chương trình.",
        "Data folder (plan*.yaml and progress/*.yaml). Default: ./data, else the current "
        "folder when it holds plan*.yaml, else the bundled plan.",
        "THƯ_MỤC",
        "DIR",
        "data",
    ),
    "--plan": Help(
        "Tệp kế hoạch, khi thư mục dữ liệu có nhiều tệp plan*.yaml.",
        "The plan file, when the data folder holds several plan*.yaml.",
        "TỆP",
        "FILE",
        "plan60.yaml",
    ),
    "init --plan": Help(
        "Kế hoạch dùng để khởi tạo (tên dạng plan*.yaml). Mặc định: Kế hoạch số 60 đi kèm "
        "chương trình.",
        "The plan to start from (named plan*.yaml). Default: the bundled Plan No. 60.",
        "TỆP",
        "FILE",
        "plan-xyz.yaml",
    ),
    "init --source": Help(
        "Nơi các tệp CI và pre-commit cài nhanluc: địa chỉ kho git, hoặc tệp .whl/.tar.gz. "
        "Mặc định: nơi nhanluc đang chạy đã được cài.",
        "Where the CI and pre-commit files install nhanluc from: a git repository, or a "
        ".whl/.tar.gz file. Default: where the running nhanluc was installed from.",
        "ĐỊA_CHỈ",
        "URL",
        "https://git.example.gov.vn/nhanluc.git",
    ),
    "--as-of": Help(
        "Ngày đánh giá, dạng dd/mm/yyyy hoặc YYYY-MM-DD; báo cáo sau ngày này coi như chưa có. "
        "Mặc định: hôm nay (giờ Việt Nam).",
        "Assessment date, dd/mm/yyyy or YYYY-MM-DD; reports after it are not yet known. "
        "Default: today in Vietnam.",
        "NGÀY",
        "DATE",
        "31/12/2024",
    ),
    "--lang": Help(
        "Ngôn ngữ của tiêu đề, thông báo và hướng dẫn: vi (tiếng Việt) hoặc en (tiếng Anh); "
        "đặt trước hay sau tên lệnh đều được. Mặc định: vi.",
        "Language of headers, messages and help: vi (Vietnamese) or en (English), before or "
        "after the command name. Default: vi.",
        "vi|en",
        "vi|en",
        "en",
    ),
    "--format": _FORMAT_LIST,
    "check --format": Help(
        "Định dạng kết quả: text (văn bản), json, github (chú thích trên GitHub) hoặc junit "
        "(tệp XML cho GitLab và các hệ thống CI khác). Mặc định: text.",
        "Output format: text, json, github (GitHub annotations) or junit (XML for GitLab and "
        "other CI systems). Default: text.",
        "text|json|github|junit",
        "text|json|github|junit",
        "json",
    ),
    "report --format": Help(
        "Định dạng báo cáo: md (Markdown), html (một trang, in được khổ A4) hoặc docx (Word, "
        "theo thể thức Nghị định 30/2020/NĐ-CP). Mặc định: theo đuôi tên tệp --output, nếu "
        "không có thì md.",
        "Report format: md (Markdown), html (one page, prints on A4) or docx (Word, in the "
        "form of Decree 30/2020/NĐ-CP). Default: from the --output name, else md.",
        "md|html|docx",
        "md|html|docx",
        "html",
    ),
    "--soon": Help(
        "Số ngày tính là sắp đến hạn: lượt nhiệm vụ có hạn trong chừng ấy ngày tới là sắp đến "
        "hạn. Mặc định: 30.",
        "Due-soon window: an occurrence due within this many days is due soon. Default: 30.",
        "SỐ_NGÀY",
        "DAYS",
        "30",
    ),
    "--output": Help(
        "Ghi kết quả json, csv hoặc xlsx vào TỆP (ghi trọn vẹn một lần) thay vì in ra màn hình; "
        "không bao giờ ghi đè tệp dữ liệu.",
        "Write json, csv or xlsx to FILE (whole, at once) instead of stdout; never over a data "
        "file.",
        "TỆP",
        "FILE",
        "ket-qua.xlsx",
    ),
    "report --final": Help(
        "Lập báo cáo tổng kết thay cho báo cáo tình hình: số liệu từng năm, kết luận đạt, vượt, "
        "không đạt, không đánh giá được; nhiệm vụ theo kết quả; tồn tại, hạn chế; phương hướng.",
        "Write the end-of-period evaluation instead: yearly figures and verdicts, tasks by "
        "outcome, shortcomings with their explanations, the direction for the next period.",
    ),
    "carry --output": Help(
        "Tệp YAML sẽ ghi bản nháp kế hoạch (đuôi .yaml); không bao giờ ghi đè.",
        "The draft plan YAML to write (a .yaml name); never overwritten.",
        "TỆP",
        "FILE",
        "ke-hoach-moi/plan-2026.yaml",
    ),
    "report --output": Help(
        "Ghi báo cáo vào TỆP (.md, .html hoặc .docx; - để in ra màn hình); không bao giờ ghi đè "
        "tệp dữ liệu.",
        "Write the report to FILE (.md, .html or .docx; - for stdout); never over a data file.",
        "TỆP",
        "FILE",
        "bao-cao.docx",
    ),
    # [i25] contract §18: who issues the report, to whom, and no overwriting.
    "report --issuer": Help(
        "Tên cơ quan báo cáo, khi cơ quan ban hành kế hoạch không còn (ưu tiên hơn "
        "ended.reporter trong kế hoạch).",
        "The reporting body, when the plan's issuer no longer exists (wins over the plan's "
        "ended.reporter).",
        "TÊN",
        "NAME",
        '"Ủy ban nhân dân xã An Trường"',
    ),
    "report --place": Help(
        "Địa danh ghi ở dòng ngày tháng của báo cáo.",
        "The place named in the report's date line.",
        "ĐỊA_DANH",
        "PLACE",
        '"An Trường"',
    ),
    "report --to": Help(
        'Nơi gửi báo cáo: ghi "Kính gửi: …" dưới trích yếu và "- Như trên;" đầu Nơi nhận.',
        'Where the report is sent: "Kính gửi: …" under the title and "- Như trên;" first in '
        "the recipients.",
        "NƠI_NHẬN",
        "TO",
        '"Ủy ban nhân dân tỉnh Vĩnh Long"',
    ),
    "--force": Help(
        "Cho phép ghi đè TỆP của --output khi tệp đã có (mặc định: không ghi đè).",
        "Allow --output to overwrite an existing FILE (by default it never does).",
    ),
    "import --output": Help(
        "Ghi bản nháp vào TỆP (không ghi đè tệp đã có). Mặc định: in ra màn hình.",
        "Write the draft to FILE (never over an existing file). Default: stdout.",
        "TỆP",
        "FILE",
        "plan-moi.yaml",
    ),
    # `new` (contract §19): a spreadsheet form, one agency's report, a filled form read back.
    "new --format": Help(
        "yaml: tệp báo cáo progress/KỲ.yaml để điền (mặc định); xlsx: biểu mẫu Excel để gửi cơ "
        "quan điền (cần -o TỆP.xlsx).",
        "yaml: a report progress/PERIOD.yaml to fill in (the default); xlsx: an Excel form to "
        "send to an office (needs -o FILE.xlsx).",
        "yaml|xlsx",
        "yaml|xlsx",
        "xlsx",
    ),
    "new --agency": Help(
        "Chỉ các nhiệm vụ do cơ quan này chủ trì (mã cơ quan trong kế hoạch); tệp báo cáo là "
        "progress/KỲ-MÃ.yaml.",
        "Only the tasks this agency leads (its id in the plan); the report is "
        "progress/PERIOD-ID.yaml.",
        "MÃ",
        "ID",
        "phong_gddt",
    ),
    "new --output": Help(
        "Tệp biểu mẫu sẽ ghi (.xlsx), với --format xlsx; không bao giờ ghi đè.",
        "The form to write (.xlsx), with --format xlsx; never overwritten.",
        "TỆP",
        "FILE",
        "bieu-mau.xlsx",
    ),
    "new --from": Help(
        "Đọc biểu mẫu Excel đã điền và ghi thành progress/KỲ.yaml (hoặc KỲ-MÃ.yaml); có lỗi thì "
        "chỉ ra từng ô và không ghi gì.",
        "Read a filled Excel form and write it as progress/PERIOD.yaml (or PERIOD-ID.yaml); on "
        "errors, name each cell and write nothing.",
        "TỆP",
        "FILE",
        "bieu-mau.xlsx",
    ),
    "rollup --data": _ROLLUP_FOLDER,
    "rollup --units": _ROLLUP_FOLDER,
    "rollup --format": Help(
        "Định dạng kết quả: table (bảng), json, csv, xlsx (tệp Excel; khi kết quả ra màn hình "
        "thì cần --output TỆP) hoặc html (một trang in khổ A4 ngang). Mặc định: table.",
        "Output format: table, json, csv, xlsx (an Excel workbook; needs --output FILE on a "
        "terminal) or html (one page to print on A4 landscape). Default: table.",
        "table|json|csv|xlsx|html",
        "table|json|csv|xlsx|html",
        "html",
    ),
    "--status": Help(
        "Chỉ hiện lượt nhiệm vụ có trạng thái này: done, late, cancelled, overdue, due_soon, open.",
        "Only occurrences with this status: done, late, cancelled, overdue, due_soon, open.",
        "TRẠNG_THÁI",
        "STATUS",
        "overdue",
    ),
    "--agency": Help(
        "Chỉ hiện lượt nhiệm vụ của cơ quan chủ trì này: tên hoặc mã, không phân biệt chữ hoa, "
        'chữ thường và dấu ("giao duc").',
        'Only occurrences led by this agency: name or id, any case or accents ("giao duc").',
        "TÊN",
        "NAME",
        '"giao duc"',
    ),
    "--year": Help(
        "Chỉ hiện lượt nhiệm vụ có hạn trong năm này.",
        "Only occurrences due in this year.",
        "NĂM",
        "YEAR",
        "2024",
    ),
    "--group": Help(
        "Chỉ hiện chỉ tiêu thuộc nhóm này (mã nhóm khai báo ở mục `groups` của kế hoạch).",
        "Only indicators of this group (an id the plan declares under `groups`).",
        "NHÓM",
        "GROUP",
        "b",
    ),
    "--explain": Help(
        "Trình bày cách tính từng chỉ tiêu: y0, t0, yt, t, x, T, hai tốc độ tăng, R và dự báo "
        "(JSON và CSV có thêm mục explain).",
        "Show each indicator's sums: y0, t0, yt, t, x, T, both growth rates, R and the "
        "projection (JSON and CSV gain an explain object).",
    ),
    "--strict": Help(
        "Coi cảnh báo như lỗi: mã thoát 1 cả khi chỉ có cảnh báo.",
        "Treat warnings as errors: exit code 1 on warnings too.",
    ),
    "--ignore": Help(
        "Bỏ qua các lỗi, cảnh báo có mã này, ví dụ W311.",
        "Leave out findings with this code, e.g. W311.",
        "MÃ",
        "CODE",
        "W311",
    ),
    "--no-cache": Help(
        "Đọc và kiểm tra lại mọi tệp, không dùng bộ nhớ đệm các tệp đã kiểm tra (kết quả vẫn "
        "như nhau, chỉ chậm hơn).",
        "Read and validate every file again, without the cache of validated files (the results "
        "are the same, only slower).",
    ),
    "--version": Help("In số phiên bản rồi thoát.", "Print the version and exit."),
    "report --period": Help(
        "Lập báo cáo định kỳ của kỳ này theo lịch báo cáo (2026-H1, 2026-9M, 2026, 2026-Q3): số "
        "liệu tính đến ngày chốt số liệu của kỳ, tiêu đề ghi kỳ bằng chữ.",
        "Write the periodic report of this period of the reporting calendar (2026-H1, 2026-9M, "
        "2026, 2026-Q3): figures as of its cut-off day, the period in words in the title.",
        "KỲ",
        "PERIOD",
        "2026-H1",
    ),
    "--help": Help("Hiện hướng dẫn này rồi thoát.", "Show this help and exit."),
}

# Arguments, by "COMMAND NAME" (NAME: the parameter's name in the command function).
ARGUMENTS: dict[str, Help] = {
    "new period": Help(
        'Kỳ báo cáo: "2022" (năm), "2022-Q1" (quý), "2022-H1" (6 tháng) hoặc "2022-03" (tháng); '
        'cũng được "Quý I/2022", "6 tháng đầu năm 2022", "năm 2022".',
        'Report period: "2022" (year), "2022-Q1" (quarter), "2022-H1" (half) or "2022-03" (month); '
        "the usual Vietnamese wordings are read too.",
        "KỲ",
        "PERIOD",
        "2025-Q4",
    ),
    "schema kind": Help(
        "plan: tệp kế hoạch plan*.yaml; progress: tệp báo cáo tiến độ progress/*.yaml.",
        "plan: plan*.yaml files; progress: progress/*.yaml reports.",
        "plan|progress",
        "plan|progress",
        "progress",
    ),
    "rollup view": Help(
        "indicators: mỗi chỉ tiêu một dòng, mỗi đơn vị một cột (mặc định); tasks: lượt nhiệm vụ "
        "theo đơn vị và cơ quan chủ trì.",
        "indicators: a row per indicator, a column per unit (the default); tasks: task "
        "occurrences by unit and lead agency.",
        "indicators|tasks",
        "indicators|tasks",
        "tasks",
    ),
    "init folder": Help(
        "Thư mục sẽ tạo (hoặc một thư mục trống).",
        "The folder to make (or an empty one).",
        "THƯ_MỤC",
        "DIR",
        "kho",
    ),
    "import file": Help(
        "Văn bản kế hoạch: tệp .docx hoặc văn bản thuần (UTF-8).",
        "The plan document: a .docx file or plain text (UTF-8).",
        "TỆP",
        "FILE",
        "ke-hoach.docx",
    ),
}

# The frame of a help page and of a usage error.
FRAME: dict[str, tuple[str, str]] = {
    "usage": ("Cách dùng:", "Usage:"),
    "options": ("Tùy chọn:", "Options:"),
    "arguments": ("Đối số:", "Arguments:"),
    "commands": ("Lệnh:", "Commands:"),
    "options_placeholder": ("[TÙY CHỌN]", "[OPTIONS]"),
    "command_placeholder": ("LỆNH [ĐỐI SỐ]...", "COMMAND [ARGS]..."),
    "env": ("[biến môi trường: {name}]", "[env var: {name}]"),
    "required": ("[bắt buộc]", "[required]"),
    "repeatable": ("[dùng nhiều lần được]", "[repeatable]"),
    "root_epilog": (
        "Hướng dẫn của từng lệnh: nhanluc LỆNH -h. Tiếng Anh: --lang en hoặc NHANLUC_LANG=en.",
        "Help on a command: nhanluc COMMAND -h. Vietnamese: --lang vi (the default).",
    ),
    "try_help": ("Xem hướng dẫn: {command} -h", "Try '{command} -h' for help."),
    "error": ("Lỗi:", "Error:"),
    "did_you_mean": ("Có phải `{suggestion}`?", "Did you mean `{suggestion}`?"),
}

# Usage errors (exit 2): what is wrong, then what to do.
USAGE_ERRORS: dict[str, tuple[str, str, str, str]] = {
    "no_such_option": (
        "không có tùy chọn {option}.",
        "no such option: {option}.",
        "Xem các tùy chọn của lệnh: {command} -h",
        "See the command's options: {command} -h",
    ),
    "no_such_command": (
        "không có lệnh {name}.",
        "no such command: {name}.",
        "Các lệnh: {commands}.",
        "Commands: {commands}.",
    ),
    "missing_option": (
        "thiếu tùy chọn bắt buộc {option}: {help}",
        "the required option {option} is missing: {help}",
        "Ví dụ: {command} {option} {example}",
        "For example: {command} {option} {example}",
    ),
    "missing_argument": (
        "thiếu {metavar}: {help}",
        "missing {metavar}: {help}",
        "Ví dụ: {command} {example}",
        "For example: {command} {example}",
    ),
    "requires_value": (
        "tùy chọn {option} cần một giá trị ngay sau nó.",
        "option {option} requires a value after it.",
        "Ví dụ: {command} {option} {example}",
        "For example: {command} {option} {example}",
    ),
    "takes_no_value": (
        "tùy chọn {option} không nhận giá trị.",
        "option {option} takes no value.",
        "Chỉ viết {option}, không kèm dấu = và giá trị.",
        "Write {option} alone, without = and a value.",
    ),
    "extra_arguments": (
        "thừa đối số: {arguments}.",
        "unexpected extra argument(s): {arguments}.",
        'Giá trị có dấu cách phải đặt trong ngoặc kép, ví dụ --agency "giao duc"; xem {command} -h',
        'A value with spaces goes in double quotes, e.g. --agency "giao duc"; see {command} -h',
    ),
    "bad_value": (
        "giá trị không hợp lệ cho {option}: {reason}",
        "invalid value for {option}: {reason}",
        "",
        "",
    ),
    "bad_usage": (
        "cách gọi lệnh không đúng.",
        "the command is not used as it should be.",
        "Xem hướng dẫn: {command} -h",
        "See the help: {command} -h",
    ),
}

# Why a value is wrong (the reason in "bad_value"), then what to write instead.
BAD_VALUES: dict[str, tuple[str, str, str, str]] = {
    "output.folder": (
        "“{value}” là tên thư mục (kết thúc bằng dấu /), không phải tên tệp.",
        "“{value}” names a folder (it ends with a /), not a file.",
        "Viết tên tệp, ví dụ bao-cao.md; muốn ghi vào một thư mục thì thêm tên tệp sau dấu /.",
        "Write a file name, e.g. report.md; to write into a folder, put the file name after the /.",
    ),
    "date.malformed": (
        "“{value}” không phải là một ngày.",
        "“{value}” is not a date.",
        "Viết ngày dạng dd/mm/yyyy (31/12/2024, cũng được 1/6/2024) hoặc YYYY-MM-DD (2024-12-31).",
        "Write the date as dd/mm/yyyy (31/12/2024, or 1/6/2024) or YYYY-MM-DD (2024-12-31).",
    ),
    "date.impossible": (
        "ngày “{value}” không có trong lịch.",
        "“{value}” is not a day of the calendar.",
        "Kiểm tra ngày và tháng; viết dạng dd/mm/yyyy (31/12/2024) hoặc YYYY-MM-DD (2024-12-31).",
        "Check the day and month; write dd/mm/yyyy (31/12/2024) or YYYY-MM-DD (2024-12-31).",
    ),
    "year": (
        "“{value}” không phải là một năm.",
        "“{value}” is not a year.",
        "Viết năm bằng bốn chữ số, ví dụ 2024.",
        "Write the year with four digits, e.g. 2024.",
    ),
    "days": (
        "“{value}” không phải là số ngày.",
        "“{value}” is not a number of days.",
        "Viết một số nguyên từ 0 trở lên, ví dụ 30.",
        "Write a whole number of 0 or more, e.g. 30.",
    ),
    "choice": (
        "“{value}” không phải là giá trị được chấp nhận.",
        "“{value}” is not one of the accepted values.",
        "Chọn một trong: {choices}.",
        "Choose one of: {choices}.",
    ),
}
