"""Every user-facing word, in Vietnamese (the default) and English.

Findings carry a key and arguments; this module turns them into a sentence saying what is wrong
and a sentence saying what to do. Interface words (headers, status words) live in `WORDS`.
The plan's own text (titles, agency names) is data and stays Vietnamese in both languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NamedTuple

from nhanluc_cli.findings import Assessment, Figure, OsProblem, PeriodName, ReportedState, Target
from nhanluc_cli.vietnamese import format_number

Lang = Literal["vi", "en"]


class Message(NamedTuple):
    vi: str
    en: str
    vi_fix: str = ""
    en_fix: str = ""


# Finding messages. Keys "schema.<type>" follow pydantic's error types (or our own custom ones).
MESSAGES: dict[str, Message] = {
    # --- issue 20's block (versions, pins, small annoyances)
    "file.needs_newer": Message(
        "tệp này cần nhanluc {required}; đang dùng {running}.",
        "this file needs nhanluc {required}; the one running is {running}.",
        "Cài phiên bản nhanluc mới hơn (xem mục 8 của hướng dẫn sử dụng); kho dữ liệu do `nhanluc init` tạo ghi phiên bản cần dùng trong .pre-commit-config.yaml.",
        "Install a newer nhanluc (see section 8 of the user guide); a repository made by `nhanluc init` names the version to use in .pre-commit-config.yaml.",
    ),
    "schema.curly_quotes_entry_key": Message(
        "mã `{field}` có dấu ngoặc kép kiểu Word (“ ” hoặc ‘ ’); YAML coi các dấu đó là chữ, nên không nhận ra mã `{bare}`.",
        "the key `{field}` has Word-style curly quotes (“ ” or ‘ ’); YAML takes them for letters, so `{bare}` is not recognised.",
        'Viết "{bare}" bằng dấu ngoặc kép thẳng (").',
        'Write "{bare}" with straight quotes (").',
    ),
    "data.identical_reports": Message(
        "tệp này giống hệt {first}: có lẽ là bản sao; cả hai đều được đọc, nên mọi số liệu và tình hình được báo cáo hai lần.",
        "this file is the same as {first}: a copy, perhaps; both are read, so every figure and status is reported twice.",
        "Xóa bản sao (hoặc chuyển ra khỏi progress/); nếu là báo cáo của kỳ khác, sửa `period` và nội dung.",
        "Delete the copy (or move it out of progress/); if it is another period's report, correct its `period` and content.",
    ),
    "file.empty_plan": Message(
        "tệp kế hoạch trống.",
        "the plan file is empty.",
        "Xóa tệp trống này rồi soạn kế hoạch từ văn bản bằng `nhanluc import VĂN_BẢN.docx --output {file}`, hoặc tạo kho mới có sẵn kế hoạch mẫu bằng `nhanluc init THƯ_MỤC`.",
        "Delete this empty file, then draft the plan from its document with `nhanluc import DOCUMENT.docx --output {file}`, or make a new repository with a sample plan with `nhanluc init FOLDER`.",
    ),
    "schema.requires_form": Message(
        'phiên bản yêu cầu `requires: "{input}"` không đúng dạng.',
        'the version requirement `requires: "{input}"` has the wrong form.',
        'Viết ví dụ `requires: ">=0.2"` (cần nhanluc 0.2 trở lên), hoặc `">=0.2,<1"`.',
        'Write e.g. `requires: ">=0.2"` (needs nhanluc 0.2 or later), or `">=0.2,<1"`.',
    ),
    "schema.yaml11_renamed": Message(
        "tên trường `{field}` nay là `{new}`: nhiều chương trình đọc YAML (theo YAML 1.1) hiểu `{field}` là true/false.",
        "the field `{field}` is now named `{new}`: many YAML readers (YAML 1.1) take `{field}` for true/false.",
        "Đổi `{field}:` thành `{new}:`; nhanluc vẫn đọc tên cũ.",
        "Rename `{field}:` to `{new}:`; nhanluc still reads the old name.",
    ),
    "schema.period_ambiguous": Message(
        'kỳ báo cáo "{input}" có thể hiểu nhiều cách: {choices}.',
        'the report period "{input}" could mean several periods: {choices}.',
        "Ghi một trong các dạng {choices} (YYYY là năm, nếu có).",
        "Write one of {choices} (YYYY being the year, if shown).",
    ),
    "init.dangling_link": Message(
        "{dir} là liên kết (symlink) tới {target}, nơi không tồn tại.",
        "{dir} is a link (symlink) to {target}, which does not exist.",
        "Tạo thư mục đích trước, hoặc xóa liên kết rồi chạy lại để tạo thư mục mới.",
        "Create the folder it points to first, or delete the link and run again for a new folder.",
    ),
    "init.empty_source": Message(
        "--source cần một địa chỉ.",
        "--source needs an address.",
        "Ví dụ: --source https://git.example.gov.vn/nhanluc.git",
        "For example: --source https://git.example.gov.vn/nhanluc.git",
    ),
    # --- end of issue 20's block
    # E101
    "file.unreadable": Message(
        "không đọc được tệp ({reason}).",
        "the file cannot be read ({reason}).",
        "Kiểm tra tệp có tồn tại và có quyền đọc.",
        "Check that the file exists and can be read.",
    ),
    "file.not_regular": Message(
        "đây không phải một tệp thường (thiết bị, ống dẫn hay thư mục).",
        "this is not a regular file (a device, a pipe or a folder).",
        "Chỉ đặt tệp YAML thật trong thư mục dữ liệu; xóa liên kết hay mục này.",
        "Keep only real YAML files in the data folder; remove this link or entry.",
    ),
    "file.utf16": Message(
        "tệp được lưu ở mã UTF-16, không phải UTF-8.",
        "the file is saved as UTF-16, not UTF-8.",
        "Mở tệp trong trình soạn thảo và lưu lại với mã hóa UTF-8.",
        "Open the file in an editor and save it again with the UTF-8 encoding.",
    ),
    "file.binary": Message(
        "tệp chứa byte NUL: đây là tệp nhị phân hoặc UTF-16, không phải văn bản UTF-8.",
        "the file contains NUL bytes: it is binary or UTF-16, not UTF-8 text.",
        "Chỉ đặt tệp YAML văn bản (UTF-8) trong thư mục dữ liệu.",
        "Keep only UTF-8 YAML text files in the data folder.",
    ),
    "file.not_utf8": Message(
        "tệp không phải UTF-8 (có thể là mã TCVN3 hoặc Windows-1258 cũ).",
        "the file is not UTF-8 (perhaps legacy TCVN3 or Windows-1258 Vietnamese).",
        "Chuyển mã tệp sang Unicode UTF-8 (ví dụ bằng Unikey: Công cụ chuyển mã) rồi lưu lại.",
        "Convert the file to Unicode UTF-8 (e.g. Unikey's converter) and save it again.",
    ),
    "file.conflict_marker": Message(
        "còn dấu xung đột hợp nhất của git (<<<<<<<, =======, >>>>>>>).",
        "unresolved git merge-conflict markers (<<<<<<<, =======, >>>>>>>).",
        "Giữ lại phần đúng, xóa các dòng đánh dấu rồi commit lại.",
        "Keep the right version, delete the marker lines and commit again.",
    ),
    "file.empty": Message(
        "tệp trống.",
        "the file is empty.",
        "Điền nội dung (chạy `nhanluc new KỲ` để có mẫu) hoặc xóa tệp.",
        "Fill it in (`nhanluc new PERIOD` writes a template) or delete it.",
    ),
    # E102
    # Every problem libyaml reports falls in one of these cases (yaml_errors._syntax_key); none of
    # its English sentences is shown.
    "yaml.syntax": Message(
        "lỗi cú pháp YAML ở dòng này.",
        "a YAML syntax error on this line.",
        "Kiểm tra thụt lề (chỉ dấu cách), dấu hai chấm sau mỗi tên trường và dấu ngoặc kép ở dòng này và dòng trước.",
        "Check the indentation (spaces only), the colon after each field name and the quotes on this line and the one before.",
    ),
    "yaml.unclosed_quote": Message(
        "dấu ngoặc mở ở đây nhưng không được đóng: mọi thứ sau nó, kể cả các dòng dưới, bị coi là một phần của giá trị.",
        "a quote opens here and is never closed: everything after it, the lines below included, is read as part of the value.",
        "Thêm dấu ngoặc đóng cùng loại (\" hoặc ') ở cuối giá trị, trên cùng dòng này.",
        "Add the matching closing quote (\" or ') at the end of the value, on this same line.",
    ),
    "yaml.curly_quotes": Message(
        "dòng này có dấu ngoặc kép kiểu Word (“ ” hoặc ‘ ’); YAML chỉ hiểu dấu ngoặc thẳng \" và '.",
        "this line has Word-style curly quotes (“ ” or ‘ ’); YAML understands only straight quotes \" and '.",
        'Thay “ ” bằng " (và ‘ ’ bằng \'), ví dụ `reported_by: "Phòng Y tế"`; tắt tự động đổi dấu ngoặc của Word nếu chép từ Word.',
        'Replace “ ” with " (and ‘ ’ with \'), e.g. `reported_by: "Phòng Y tế"`; turn off Word\'s smart quotes when copying from Word.',
    ),
    "yaml.colon_in_value": Message(
        "có dấu hai chấm và dấu cách (`: `) giữa một giá trị: YAML hiểu phần trước đó là tên một trường mới.",
        "a colon and a space (`: `) inside a value: YAML reads what comes before it as a new field name.",
        'Đặt cả giá trị trong dấu ngoặc kép, ví dụ `note: "Lý do: chờ hướng dẫn"`; nếu đây là một trường, đưa nó xuống dòng riêng.',
        'Put the whole value in double quotes, e.g. `note: "Reason: waiting for guidance"`; if it is a field, put it on its own line.',
    ),
    "yaml.missing_colon": Message(
        "dòng này thiếu dấu hai chấm sau tên trường.",
        "this line lacks the colon after the field name.",
        "Viết `tên_trường: giá trị` (dấu hai chấm rồi một dấu cách); nếu đây là phần tiếp theo của dòng trên, nối nó vào dòng trên.",
        "Write `field: value` (a colon, then a space); if it continues the line above, join it to that line.",
    ),
    "yaml.indentation": Message(
        "thụt lề không khớp: dòng này không thẳng hàng với các trường cùng cấp ở trên.",
        "the indentation does not fit: this line does not line up with the fields at its level above.",
        "Thụt lề cho thẳng hàng với các trường cùng cấp (mỗi cấp 2 dấu cách, chỉ dùng dấu cách).",
        "Indent it in line with the fields at its level (2 spaces per level, spaces only).",
    ),
    "yaml.unclosed_bracket": Message(
        "dấu ngoặc [ hoặc {{ mở ở đây nhưng không được đóng, hoặc thiếu dấu phẩy giữa các phần tử.",
        "a [ or {{ opens here and is never closed, or a comma between items is missing.",
        'Đóng ngoặc (] hoặc }}) và ngăn các phần tử bằng dấu phẩy; nếu đây là văn bản, đặt cả giá trị trong dấu ngoặc kép, ví dụ "[dự thảo]".',
        'Close it (] or }}) and separate the items with commas; if it is text, put the whole value in double quotes, e.g. "[draft]".',
    ),
    "yaml.missing_value": Message(
        "thiếu một giá trị ở chỗ này (có dấu phẩy thừa, hoặc dấu - không có gì theo sau).",
        "a value is missing here (an extra comma, or a - with nothing after it).",
        "Điền giá trị, hoặc xóa dấu phẩy hay dấu - thừa.",
        "Fill in the value, or delete the extra comma or -.",
    ),
    "yaml.bad_character": Message(
        "ký tự “{char}” không được đứng đầu một giá trị YAML.",
        "the character “{char}” cannot start a YAML value.",
        'Đặt cả giá trị trong dấu ngoặc kép, ví dụ "{char}…".',
        'Put the whole value in double quotes, e.g. "{char}…".',
    ),
    "yaml.escape": Message(
        "dấu \\ trong giá trị đặt giữa hai dấu ngoặc kép phải được viết là \\\\.",
        "a \\ inside a double-quoted value must be written \\\\.",
        "Viết \\\\ thay cho \\, hoặc đặt giá trị trong dấu ngoặc đơn ' ' thay cho ngoặc kép.",
        "Write \\\\ instead of \\, or put the value in single quotes ' ' instead.",
    ),
    "yaml.control_character": Message(
        "tệp chứa một ký tự điều khiển không in được ({char}).",
        "the file holds an unprintable control character ({char}).",
        "Xóa ký tự đó (thường lẫn vào khi chép từ văn bản khác), rồi gõ lại phần chữ quanh nó.",
        "Delete it (it usually comes with text copied from elsewhere) and retype the text around it.",
    ),
    "yaml.block_scalar": Message(
        "khối văn bản mở bằng | hoặc > không đúng dạng.",
        "a block of text opened with | or > is malformed.",
        "Để | hoặc > một mình cuối dòng và viết nội dung ở các dòng sau, thụt vào sâu hơn; hoặc đặt giá trị trong dấu ngoặc kép trên một dòng.",
        "Leave | or > alone at the end of the line and write the text on the lines below, indented further; or quote the value on one line.",
    ),
    "yaml.anchor_character": Message(
        "giá trị bắt đầu bằng & hoặc *: YAML hiểu đó là anchor/alias.",
        "a value starting with & or *: YAML reads that as an anchor or alias.",
        'Đặt cả giá trị trong dấu ngoặc kép, ví dụ "* ghi chú".',
        'Put the whole value in double quotes, e.g. "* note".',
    ),
    "yaml.tag_character": Message(
        "giá trị bắt đầu bằng !: YAML hiểu đó là một thẻ (tag).",
        "a value starting with !: YAML reads that as a tag.",
        'Đặt cả giá trị trong dấu ngoặc kép, ví dụ "!quan trọng".',
        'Put the whole value in double quotes, e.g. "!important".',
    ),
    "yaml.directive": Message(
        "dòng bắt đầu bằng % là một chỉ thị YAML không hợp lệ.",
        "a line starting with % is an invalid YAML directive.",
        'Xóa dòng đó, hoặc nếu đó là giá trị, đặt nó sau tên trường và trong dấu ngoặc kép, ví dụ `note: "%..."`.',
        'Delete the line, or if it is a value, put it after its field name in double quotes, e.g. `note: "%..."`.',
    ),
    "yaml.document_marker": Message(
        "dòng ---, ... hoặc dòng bắt đầu bằng % đặt sai chỗ: YAML hiểu đó là ranh giới giữa hai tài liệu.",
        "a ---, ... or %-line in the wrong place: YAML reads it as a boundary between two documents.",
        "Xóa các dòng đó; mỗi tệp chỉ chứa một báo cáo. Nếu đó là một giá trị, đặt nó sau tên trường, trong dấu ngoặc kép.",
        "Delete those lines; a file holds one report. If it is a value, put it after its field name, in double quotes.",
    ),
    "yaml.tab": Message(
        "có ký tự tab ở chỗ thụt lề; YAML không cho phép tab.",
        "a tab character where YAML allows only spaces.",
        "Thay tab bằng dấu cách (2 dấu cách mỗi bậc thụt lề).",
        "Replace the tab with spaces (2 spaces per indentation level).",
    ),
    "yaml.many_documents": Message(
        "tệp chứa nhiều tài liệu YAML (dấu ---).",
        "the file holds several YAML documents (---).",
        "Mỗi tệp chỉ chứa một báo cáo: tách thành nhiều tệp.",
        "Keep one report per file: split it into several files.",
    ),
    # E103
    "yaml.duplicate_key": Message(
        "khóa `{key}` lặp lại (đã có ở dòng {first}).",
        "duplicate key `{key}` (first at line {first}).",
        "Giữ một lần khai báo: gộp hoặc xóa một trong hai.",
        "Keep one of them: merge the two or delete one.",
    ),
    # E104
    "yaml.alias": Message(
        "tệp dùng ký hiệu tham chiếu của YAML (&, *, <<; anchor/alias).",
        "the file uses YAML anchors or aliases (&, *, <<).",
        "Viết đầy đủ giá trị ở từng chỗ; nhanluc không nhận ký hiệu tham chiếu.",
        "Write values out in full; nhanluc does not accept anchors or aliases.",
    ),
    "yaml.tag": Message(
        "thẻ YAML không được phép: {tag}.",
        "a YAML tag that is not allowed: {tag}.",
        "Xóa thẻ (phần bắt đầu bằng ! hoặc !!); chỉ dùng văn bản, số, ngày.",
        "Remove the tag (the part starting with ! or !!); use plain text, numbers and dates.",
    ),
    "yaml.too_deep": Message(
        "cấu trúc lồng nhau quá sâu.",
        "the structure is nested too deeply.",
        "Kiểm tra lại tệp; báo cáo chỉ có vài cấp thụt lề.",
        "Check the file; a report has only a few levels of indentation.",
    ),
    "file.too_large": Message(
        "tệp quá lớn ({size} byte; tối đa {limit}).",
        "the file is too large ({size} bytes; at most {limit}).",
        "Tách thành nhiều tệp báo cáo nhỏ hơn.",
        "Split it into several smaller report files.",
    ),
    # E201: shapes
    "schema.root_not_mapping": Message(
        "tệp phải gồm các dòng `tên_trường: giá trị` ở cấp ngoài cùng.",
        "the file must hold a mapping (key: value lines) at the top level.",
        'Bắt đầu tệp bằng các dòng như `period: "2022"`.',
        'Start the file with lines such as `period: "2022"`.',
    ),
    "schema.key_not_text": Message(
        "khóa phải là văn bản.",
        "a key must be plain text.",
        "Viết khóa là một từ, ví dụ `value:`.",
        "Write the key as a plain word, e.g. `value:`.",
    ),
    "schema.missing": Message(
        "thiếu trường bắt buộc `{field}`.",
        "missing required field `{field}`.",
        "Thêm dòng `{field}: ...` vào đây.",
        "Add a `{field}: ...` line here.",
    ),
    "schema.extra_forbidden": Message(
        "không có trường `{field}` ở đây.",
        "there is no field `{field}` here.",
        "Sửa tên trường (ở đây dùng được: {known}) hoặc xóa dòng này.",
        "Correct the field's name (here: {known}) or delete the line.",
    ),
    "schema.curly_quotes_key": Message(
        "tên trường `{field}` có dấu ngoặc kép kiểu Word (“ ” hoặc ‘ ’).",
        "the field name `{field}` has Word-style curly quotes (“ ” or ‘ ’).",
        'Xóa các dấu đó, hoặc thay bằng dấu ngoặc thẳng ".',
        'Delete them, or use straight quotes ".',
    ),
    "schema.null": Message(
        "`{field}` chưa có giá trị.",
        "`{field}` has no value.",
        "Điền giá trị ngay sau `{field}:` (hoặc các trường của nó, thụt vào bên dưới).",
        "Fill in the value right after `{field}:` (or its fields, indented below it).",
    ),
    "schema.curly_quotes": Message(
        "giá trị {input} có dấu ngoặc kép kiểu Word (“ ” hoặc ‘ ’): YAML coi chúng là chữ, không phải dấu ngoặc.",
        "the value {input} has Word-style curly quotes (“ ” or ‘ ’): YAML takes them as letters, not quotes.",
        'Thay “ ” bằng " (và ‘ ’ bằng \'), ví dụ `period: "2022"`.',
        'Replace “ ” with " (and ‘ ’ with \'), e.g. `period: "2022"`.',
    ),
    "schema.thousands_separator": Message(
        "số `{input}` có dấu phân cách hàng nghìn nên không rõ nghĩa: có thể là {whole} hoặc {decimal}.",
        "the number `{input}` has a thousands separator, which makes it ambiguous: {whole} or {decimal}.",
        "Viết số không có dấu phân cách hàng nghìn: {whole}; nếu là số thập phân, viết {decimal}.",
        "Write the number without a thousands separator: {whole}; if it is a decimal, write {decimal}.",
    ),
    "schema.thousands_only": Message(
        "số `{input}` có dấu phân cách hàng nghìn: dấu chấm và dấu phẩy được hiểu khác nhau nên số không rõ nghĩa.",
        "the number `{input}` has a thousands separator: points and commas are read differently, so it is ambiguous.",
        "Viết số không có dấu phân cách hàng nghìn: {whole}.",
        "Write the number without a thousands separator: {whole}.",
    ),
    "schema.string_type": Message(
        "`{field}` cần một đoạn văn bản trên cùng dòng, không phải danh sách hay nhóm trường.",
        "`{field}` takes text on the same line, not a list or a group of fields.",
        'Viết giá trị ngay sau dấu hai chấm, ví dụ `{field}: "..."`.',
        'Write the value right after the colon, e.g. `{field}: "..."`.',
    ),
    "schema.string_too_short": Message(
        "không được để trống.",
        "must not be empty.",
        "Điền nội dung hoặc xóa dòng này.",
        "Fill it in or delete the line.",
    ),
    "schema.string_pattern_mismatch": Message(
        'giá trị "{input}" của `{field}` không đúng dạng.',
        'the value "{input}" of `{field}` has the wrong form.',
        "Xem cách viết trường này trong README (hoặc `nhanluc schema`).",
        "See how this field is written in the README (or `nhanluc schema`).",
    ),
    "schema.period_form": Message(
        'kỳ báo cáo "{input}" không đúng dạng.',
        'the report period "{input}" has the wrong form.',
        'Viết "2022" (cả năm), "2022-Q1" đến "2022-Q4" (quý), "2022-H1" hoặc "2022-H2" (6 tháng), "2022-9M" (9 tháng), hoặc "2022-03" (tháng); cũng đọc được "Quý IV/2022", "6 tháng đầu năm 2022", "năm 2022", "tháng 3/2022".',
        'Write "2022" (the year), "2022-Q1" to "2022-Q4" (a quarter), "2022-H1" or "2022-H2" (a half), "2022-9M" (nine months) or "2022-03" (a month); the usual Vietnamese wordings of a period are read too.',
    ),
    "schema.identifier_form": Message(
        'mã "{input}" không đúng dạng: mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới.',
        'the id "{input}" has the wrong form: ids are lower-case letters without accents, digits and underscores.',
        "Viết mã như `phong_gddt` hay `lao_dong_qua_dao_tao`.",
        "Write ids such as `phong_gddt` or `lao_dong_qua_dao_tao`.",
    ),
    "schema.task_id_form": Message(
        'mã nhiệm vụ "{input}" không đúng dạng.',
        'the task id "{input}" has the wrong form.',
        'Mã nhiệm vụ chỉ gồm chữ số, chữ cái không dấu và dấu chấm, ví dụ "7" hoặc "III.1".',
        'A task id holds only digits, letters without accents and points, e.g. "7" or "III.1".',
    ),
    "schema.year": Message(
        "`{field}` cần một năm, viết bằng bốn chữ số.",
        "`{field}` takes a year, in four digits.",
        "Viết năm không kèm chữ hay dấu, ví dụ `{field}: 2025`.",
        "Write the year alone, e.g. `{field}: 2025`.",
    ),
    "schema.year_range": Message(
        "năm {input} không hợp lý.",
        "the year {input} is not plausible.",
        "Viết năm đủ bốn chữ số, từ 1900 đến 2200.",
        "Write the year in four digits, from 1900 to 2200.",
    ),
    "schema.literal_error": Message(
        '"{input}" không phải giá trị dùng được cho `{field}`.',
        '"{input}" is not an allowed value for `{field}`.',
        "Dùng một trong các giá trị: {allowed}.",
        "Use one of: {allowed}.",
    ),
    "schema.number": Message(
        'cần một số (ví dụ 66.5 hoặc 66,5), không phải "{input}".',
        'expected a number (e.g. 66.5 or 66,5), not "{input}".',
        "Viết số không có đơn vị hay ký hiệu %.",
        "Write the number without a unit or % sign.",
    ),
    "schema.negative": Message(
        "không được là số âm.",
        "must not be negative.",
        "Kiểm tra lại số liệu.",
        "Check the figure.",
    ),
    "schema.zero_denominator": Message(
        "mẫu số phải lớn hơn 0.",
        "the denominator must be greater than 0.",
        "Điền đúng mẫu số (ví dụ dân số) hoặc bỏ cặp numerator/denominator.",
        "Give the right denominator (e.g. the population) or drop numerator/denominator.",
    ),
    "schema.pair": Message(
        "numerator và denominator phải đi cùng nhau.",
        "numerator and denominator go together.",
        "Điền cả hai hoặc xóa cả hai.",
        "Give both or neither.",
    ),
    "schema.assessment_and_value": Message(
        "vừa có assessment vừa có số liệu.",
        "both an assessment and a value.",
        "Chỉ tiêu định tính dùng assessment; chỉ tiêu định lượng dùng value.",
        "Qualitative indicators take an assessment; numeric ones a value.",
    ),
    "schema.done_needs_date": Message(
        "trạng thái done cần ngày hoàn thành `completed_on`.",
        "status done needs `completed_on`.",
        "Thêm `completed_on: dd/mm/yyyy` (ngày ban hành sản phẩm, ví dụ 28/03/2022).",
        "Add `completed_on: YYYY-MM-DD` (the day the product was issued).",
    ),
    "schema.cancelled_needs_note": Message(
        "trạng thái cancelled cần ghi chú lý do `note`.",
        "status cancelled needs a `note` saying why.",
        'Thêm `note: "..."` nêu lý do hủy.',
        'Add `note: "..."` with the reason.',
    ),
    "schema.date_needs_done": Message(
        "`completed_on` chỉ dùng khi trạng thái là done.",
        "`completed_on` is only for status done.",
        "Đổi trạng thái thành done hoặc xóa completed_on.",
        "Set the status to done or delete completed_on.",
    ),
    "schema.date_form": Message(
        "cần một ngày, dạng dd/mm/yyyy hoặc YYYY-MM-DD.",
        "expected a date, as YYYY-MM-DD or dd/mm/yyyy.",
        "Viết ngày như 2022-03-31 hoặc 31/03/2022 (không kèm giờ).",
        "Write the date like 2022-03-31 or 31/03/2022 (no time of day).",
    ),
    "schema.impossible_date": Message(
        "ngày không có trong lịch.",
        "not a date in the calendar.",
        "Viết ngày có thật, dạng dd/mm/yyyy (ví dụ 31/03/2022) hoặc YYYY-MM-DD.",
        "Write a real date as YYYY-MM-DD (e.g. 2022-03-31).",
    ),
    "schema.period_order": Message(
        "giai đoạn kế hoạch không hợp lệ: năm kết thúc (end) đứng trước năm bắt đầu (start), hoặc năm định hướng (horizon) trước năm kết thúc.",
        "the plan period is wrong: the end year comes before the start year, or the horizon before the end.",
        "Sửa `start`, `end` và `horizon` sao cho start ≤ end ≤ horizon.",
        "Correct `start`, `end` and `horizon` so that start ≤ end ≤ horizon.",
    ),
    "schema.target_fields": Message(
        "chỉ tiêu không đúng dạng mục tiêu.",
        "the target's fields do not fit its kind.",
        "at_least/at_most dùng `value`; range dùng `lo` và `hi`; qualitative không có số.",
        "at_least/at_most take `value`; range takes `lo` and `hi`; qualitative takes none.",
    ),
    "schema.range_order": Message(
        "khoảng mục tiêu có lo lớn hơn hi.",
        "the target range has lo above hi.",
        "Đổi chỗ lo và hi.",
        "Swap lo and hi.",
    ),
    "schema.unit_fits_target": Message(
        "đơn vị không khớp loại chỉ tiêu.",
        "the unit does not fit the target kind.",
        'Chỉ tiêu định tính: `unit: null`; định lượng: `unit: "%"`, "per_10000" hoặc đơn vị'
        ' đếm như "người", "ha".',
        'Qualitative: `unit: null`; numeric: `unit: "%"`, "per_10000" or a counting unit such as'
        ' "người", "ha".',
    ),
    "schema.pooled_needs_rate": Message(
        "`combine: pooled` chỉ dùng cho chỉ tiêu tính bằng % hoặc trên vạn dân.",
        "`combine: pooled` is only for indicators in % or per 10,000.",
        'Chỉ tiêu đếm thì cộng lại: `combine: sum`; hoặc ghi `unit: "%"`.',
        'Counts add up: `combine: sum`; or set `unit: "%"`.',
    ),
    "schema.target_needs_by": Message(
        "mục tiêu `target` và năm phải đạt `by` đi cùng nhau.",
        "`target` and its year `by` go together.",
        "Ghi cả hai (ví dụ `by: 2030`), hoặc xóa cả hai.",
        "Give both (e.g. `by: 2030`), or neither.",
    ),
    "schema.measure_needs_figure": Message(
        "chỉ tiêu định tính không có cách tính `measure`.",
        "a qualitative indicator has no `measure`.",
        "Xóa `measure`, hoặc cho chỉ tiêu một đơn vị và mục tiêu bằng số.",
        "Delete `measure`, or give the indicator a unit and a numeric target.",
    ),
    # The lifecycle fields of contract §9 (extension, transfer) and §9.4's % target.
    "schema.extension_needs_basis": Message(
        "gia hạn `extended_to` cần văn bản cho phép gia hạn `basis`.",
        "an extension `extended_to` needs the document that granted it, `basis`.",
        'Thêm `basis: "Công văn số .../UBND-... ngày dd/mm/yyyy"`.',
        'Add `basis: "Công văn số .../UBND-... ngày dd/mm/yyyy"`.',
    ),
    "schema.basis_needs_extension": Message(
        "`basis` chỉ dùng cùng với ngày gia hạn `extended_to`.",
        "`basis` goes only with an extension date `extended_to`.",
        "Thêm `extended_to: dd/mm/yyyy` hoặc xóa `basis` (lý do chậm ghi ở `explanation`).",
        "Add `extended_to: YYYY-MM-DD` or delete `basis` (reasons for delay go in `explanation`).",
    ),
    "schema.transfer_needs": Message(
        "trạng thái transferred cần cơ quan tiếp nhận `to` và ngày chuyển giao `transferred_on`.",
        "status transferred needs the receiving agencies `to` and the day `transferred_on`.",
        "Thêm `to: [mã_cơ_quan]` và `transferred_on: dd/mm/yyyy`.",
        "Add `to: [agency_id]` and `transferred_on: YYYY-MM-DD`.",
    ),
    "schema.transfer_only": Message(
        "`to` và `transferred_on` chỉ dùng khi trạng thái là transferred.",
        "`to` and `transferred_on` are only for status transferred.",
        "Đổi trạng thái thành transferred hoặc xóa `to` và `transferred_on`.",
        "Set the status to transferred or delete `to` and `transferred_on`.",
    ),
    "schema.ended_before_issued": Message(
        "ngày kết thúc `ended.date` trước ngày ban hành kế hoạch.",
        "the end date `ended.date` is before the plan's date.",
        "Ghi ngày cuối cùng kế hoạch còn hiệu lực, sau ngày ban hành.",
        "Give the plan's last day in force, after its date of issue.",
    ),
    "schema.tuple_type": Message(
        "`{field}` cần một mã hoặc một danh sách mã.",
        "`{field}` needs an id or a list of ids.",
        "Viết `lead: mã_cơ_quan` hoặc `lead: [mã_1, mã_2]`.",
        "Write `lead: agency_id` or `lead: [id_1, id_2]`.",
    ),
    "schema.too_short": Message(
        "`{field}` cần ít nhất một mục.",
        "`{field}` needs at least one item.",
        "Ghi ít nhất một mã, ví dụ `lead: [mã_cơ_quan]`.",
        "Give at least one id, e.g. `lead: [agency_id]`.",
    ),
    "schema.percent_target": Message(
        "mục tiêu tính bằng % phải từ 0 đến 100.",
        "a target in % lies between 0 and 100.",
        "Viết mục tiêu dạng phần trăm, ví dụ 70 (không phải 0.7 hay 700).",
        "Write the target as a percentage, e.g. 70 (not 0.7 or 700).",
    ),
    "schema.generic": Message(
        "giá trị của `{field}` không hợp lệ.",
        "the value of `{field}` is not valid.",
        "Sửa giá trị theo mô tả trong README (hoặc `nhanluc schema`).",
        "Correct it as the README (or `nhanluc schema`) describes.",
    ),
    # Wrong shapes: a list or a word where a `key: value` block belongs, and the reverse.
    "schema.dict_type": Message(
        "cần một nhóm dòng `tên_trường: giá trị` thụt vào bên dưới, không phải danh sách hay một giá trị đơn.",
        "expected a mapping (key: value lines), not a list or a single value.",
        "Viết mỗi mục thành dòng `mã:` rồi các trường thụt vào bên dưới.",
        "Write each entry as an `id:` line with its fields indented below it.",
    ),
    "schema.model_type": Message(
        "cần một nhóm dòng `tên_trường: giá trị` thụt vào bên dưới, không phải danh sách hay một giá trị đơn.",
        "expected a mapping (key: value lines), not a list or a single value.",
        "Viết các trường thụt vào bên dưới, ví dụ `status: done` trên dòng riêng.",
        "Indent the fields below it, e.g. `status: done` on its own line.",
    ),
    "schema.list_type": Message(
        "cần một danh sách (các dòng bắt đầu bằng `- `).",
        "expected a list (lines starting with `- `).",
        "Viết mỗi phần tử trên một dòng bắt đầu bằng `- `.",
        "Write each item on its own line starting with `- `.",
    ),
    "schema.float_type": Message(
        "cần một số (ví dụ 66.5 hoặc 66,5), không phải danh sách hay nhóm trường.",
        "expected a number (e.g. 66.5 or 66,5), not a list or a mapping.",
        "Viết một số duy nhất.",
        "Write a single number.",
    ),
    "schema.duplicate_id": Message(
        "mã `{id}` bị trùng (đã có ở dòng {first}).",
        "duplicate id `{id}` (first at line {first}).",
        "Mỗi mã chỉ được dùng một lần.",
        "Use each id once.",
    ),
    "schema.percent_range": Message(
        "tỷ lệ {value}% vượt quá 100%.",
        "the rate {value}% is over 100%.",
        "Viết tỷ lệ dạng phần trăm (66.5, không phải 0.665 hay 665).",
        "Write the rate as a percentage (66.5, not 0.665 or 665).",
    ),
    "schema.numerator_over_denominator": Message(
        "tử số (numerator) {numerator} lớn hơn mẫu số (denominator) {denominator}: một tỷ lệ phần trăm không thể vượt 100%.",
        "the numerator {numerator} is greater than the denominator {denominator}: a percentage cannot exceed 100%.",
        "Kiểm tra hai số có bị đổi chỗ không: numerator là số đạt (ví dụ số lao động đã qua đào tạo), denominator là tổng số (ví dụ tổng số lao động).",
        "Check whether the two are swapped: the numerator counts those who qualify (e.g. trained workers), the denominator all of them (e.g. all workers).",
    ),
    "schema.value_mismatch": Message(
        "value {value} không khớp numerator/denominator = {computed}.",
        "value {value} disagrees with numerator/denominator = {computed}.",
        "Sửa một trong hai, hoặc chỉ giữ một cách ghi.",
        "Correct one of them, or keep only one form.",
    ),
    "schema.value_for_qualitative": Message(
        "chỉ tiêu `{id}` là định tính: không nhận số liệu.",
        "indicator `{id}` is qualitative: it takes no figures.",
        "Dùng `assessment: achieved | in_progress | not_achieved`.",
        "Use `assessment: achieved | in_progress | not_achieved`.",
    ),
    "schema.assessment_for_numeric": Message(
        "chỉ tiêu `{id}` là định lượng: cần số liệu, không phải assessment.",
        "indicator `{id}` is numeric: it takes a value, not an assessment.",
        "Dùng `value:` (hoặc numerator/denominator).",
        "Use `value:` (or numerator/denominator).",
    ),
    "schema.task_key": Message(
        "khóa nhiệm vụ `{key}` không đúng dạng.",
        "task key `{key}` has the wrong form.",
        'Viết mã nhiệm vụ như "3", hoặc "7@2022" cho một năm của nhiệm vụ hằng năm.',
        'Write a task id such as "3", or "7@2022" for one year of a yearly task.',
    ),
    # E220
    "ref.unknown_indicator": Message(
        "không có chỉ tiêu `{id}` trong kế hoạch.",
        "the plan has no indicator `{id}`.",
        "Kiểm tra chính tả; danh sách mã: `nhanluc indicators`.",
        "Check the spelling; `nhanluc indicators` lists the ids.",
    ),
    "ref.unknown_task": Message(
        "không có nhiệm vụ `{id}` trong kế hoạch.",
        "the plan has no task `{id}`.",
        "Kiểm tra chính tả; danh sách mã nhiệm vụ: `nhanluc tasks`.",
        "Check the spelling; `nhanluc tasks` lists the task ids.",
    ),
    "ref.unknown_agency": Message(
        "không có cơ quan `{id}` trong danh sách agencies.",
        "no agency `{id}` in the agencies list.",
        "Thêm cơ quan vào `agencies` hoặc sửa mã.",
        "Add the agency to `agencies` or fix the id.",
    ),
    "ref.year_outside_period": Message(
        "năm {year} nằm ngoài thời kỳ kế hoạch {start}-{end}.",
        "year {year} is outside the plan period {start}-{end}.",
        "Sửa năm trong khóa `{task}@YYYY` hoặc kỳ báo cáo.",
        "Fix the year in `{task}@YYYY` or the report's period.",
    ),
    "ref.year_for_one_off": Message(
        "nhiệm vụ `{task}` chỉ thực hiện một lần: không ghi năm.",
        "task `{task}` happens once: it takes no year.",
        'Viết khóa là "{task}".',
        'Write the key as "{task}".',
    ),
    # --- Generic plans (contract §12, issue 15): declared groups, occurrence labels, OCR ---
    "schema.groups_renamed": Message(
        "trường `indicator_groups` (dạng bảng a: ...) nay là `groups`, một danh sách.",
        "the `indicator_groups` field (a mapping a: ...) is now `groups`, a list.",
        'Viết lại: `groups:` rồi mỗi nhóm một dòng `- {{id: a, name: "Tên nhóm"}}`.',
        'Rewrite it as `groups:` with one line per group, `- {{id: a, name: "Group name"}}`.',
    ),
    "ref.unknown_group": Message(
        "không có nhóm chỉ tiêu `{id}` trong `groups` của kế hoạch (có: {groups}).",
        "the plan's `groups` declare no indicator group `{id}` (they are: {groups}).",
        "Sửa mã nhóm, hoặc khai báo nhóm trong `groups`.",
        "Fix the group id, or declare the group under `groups`.",
    ),
    "ref.label_not_of_task": Message(
        "nhiệm vụ `{task}` ({deadline}) không có lượt `{label}` trong thời kỳ kế hoạch.",
        "task `{task}` ({deadline}) has no occurrence `{label}` in the plan period.",
        "Các lượt có thể ghi: {labels}.",
        "Its occurrences are: {labels}.",
    ),
    "ref.period_spans_occurrences": Message(
        'kỳ báo cáo {period} gồm nhiều lượt của nhiệm vụ `{task}` ({deadline}): khóa "{task}" '
        "không nói là lượt nào.",
        "the report period {period} spans several occurrences of task `{task}` ({deadline}): "
        'the key "{task}" does not say which.',
        'Ghi rõ lượt, ví dụ "{task}@{example}".',
        'Name the occurrence, e.g. "{task}@{example}".',
    ),
    "deadline.ocr_suspect": Message(
        'thời hạn "{text}" có chữ l thường ở chỗ số La Mã I (lỗi nhận dạng chữ?); đã đọc là I.',
        'the deadline "{text}" has a lower-case l where the Roman numeral I belongs (an OCR '
        "error?); it was read as I.",
        "Đối chiếu văn bản gốc rồi sửa chữ l thành I.",
        "Check the source document and change the l to I.",
    ),
    # --- end of generic plans ---
    # E230
    "conflict.task": Message(
        "xung đột: nhiệm vụ `{entry}` có tình hình {status} ở đây nhưng {other_status} ở {other} (cùng ngày báo cáo {date:%d/%m/%Y}).",
        "conflict: task `{entry}` is {status} here but {other_status} in {other} (same date {date}).",
        "Thống nhất hai báo cáo, hoặc ghi `reported_on` khác nhau.",
        "Make the two reports agree, or give them different `reported_on` dates.",
    ),
    "conflict.indicator": Message(
        "xung đột: chỉ tiêu `{id}` ngày {date:%d/%m/%Y} là {value} ở đây nhưng {other_value} ở {other}.",
        "conflict: indicator `{id}` on {date} is {value} here but {other_value} in {other}.",
        "Giữ một số liệu đúng; số liệu sửa lại nên có `as_of` riêng.",
        "Keep the right figure; a revised figure needs its own `as_of`.",
    ),
    # Contract §15: amounts of a period (yearly, cumulative, average_yearly).
    "conflict.amount": Message(
        "xung đột: chỉ tiêu `{id}` kỳ {period} là {value} ở đây nhưng đã báo cáo {other_value}"
        " ở {other}; số liệu cộng dồn của một kỳ chỉ được báo cáo một lần.",
        "conflict: indicator `{id}` for {period} is {value} here but {other_value} in {other};"
        " an amount of a period is reported once.",
        "Giữ một số liệu đúng cho kỳ {period} và xóa số liệu kia (sửa số liệu thì sửa ngay ở"
        " báo cáo đó).",
        "Keep the right figure for {period} and delete the other (correct a figure where it"
        " stands).",
    ),
    "overlap.disagrees": Message(
        "chỉ tiêu `{id}` kỳ {period} là {value}, nhưng các kỳ nhỏ hơn trong kỳ này cộng lại là"
        " {total}: {parts}. Chương trình tính theo số liệu kỳ {period}.",
        "indicator `{id}` for {period} is {value}, but the finer periods within it add up to"
        " {total}: {parts}. The {period} figure is the one counted.",
        "Kiểm tra lại số liệu: số của cả kỳ phải bằng tổng các kỳ nhỏ trong đó.",
        "Check the figures: the whole period's amount must equal the sum of its parts.",
    ),
    "schema.pair_for_count": Message(
        "chỉ tiêu `{id}` tính bằng {unit}: tử số/mẫu số chỉ dùng cho chỉ tiêu % hoặc trên vạn dân.",
        "indicator `{id}` is counted in {unit}: numerator/denominator are only for % or per"
        " 10,000 indicators.",
        "Ghi số lượng vào `value` và xóa `numerator`, `denominator`.",
        "Put the amount in `value` and delete `numerator` and `denominator`.",
    ),
    # E302, W313, W314 (indicators/findings). Figures, targets and assessments arrive raw and are
    # written per language (`_shown`). Dates show as dd/mm/yyyy in Vietnamese, ISO in English.
    "indicator.missed": Message(
        "chỉ tiêu `{id}` không đạt mục tiêu {target} đến hết năm {by}: số liệu mới nhất là {value} (ngày {date:%d/%m/%Y}).",
        "indicator `{id}` missed its target {target} by the end of {by}: the latest figure is {value} ({date}).",
        "Nêu nguyên nhân và giải pháp trong báo cáo kết quả thực hiện Kế hoạch; nếu đã có số liệu mới hơn, thêm vào một tệp progress/*.yaml.",
        "State the causes and remedies in the plan's progress report; if a newer figure exists, add it to a progress/*.yaml file.",
    ),
    "indicator.missed_assessed": Message(
        "chỉ tiêu `{id}` không đạt đến hết năm {by}: đánh giá mới nhất là {value} (ngày {date:%d/%m/%Y}).",
        "indicator `{id}` was not achieved by the end of {by}: the latest assessment is {value} ({date}).",
        "Nêu nguyên nhân và giải pháp trong báo cáo kết quả thực hiện Kế hoạch; nếu đã đạt, ghi `assessment: achieved` vào một tệp progress/*.yaml.",
        "State the causes and remedies in the plan's progress report; if it was achieved, report `assessment: achieved` in a progress/*.yaml file.",
    ),
    "indicator.deterioration": Message(
        "chỉ tiêu `{id}` đi ngược mục tiêu {target}: số liệu từ {first} (ngày {first_date:%d/%m/%Y}) nay là {value} (ngày {date:%d/%m/%Y}).",
        "indicator `{id}` is moving away from its target {target}: from {first} ({first_date}) to {value} ({date}).",
        "Kiểm tra lại số liệu mới nhất; nếu đúng, cơ quan chủ trì cần có giải pháp trước hết năm {by}.",
        "Check the latest figure; if it is right, the lead agency needs remedies before the end of {by}.",
    ),
    "indicator.limited_progress": Message(
        "chỉ tiêu `{id}` chậm nhiều, khó đạt (R = {ratio}, dưới 0,6): với tốc độ hiện nay, đến hết năm {by} chỉ đạt khoảng {projected}, chưa tới mục tiêu {target}.",
        "indicator `{id}` shows limited progress (R = {ratio}, below 0.6): at this pace it reaches about {projected} by the end of {by}, short of its target {target}.",
        "Cơ quan chủ trì cần đẩy nhanh tiến độ; `nhanluc indicators --explain` trình bày cách tính.",
        "The lead agency needs to speed up; `nhanluc indicators --explain` shows the calculation.",
    ),
    # Contract §15: an amount or a growth rate behind what was due by D.
    "indicator.measure_behind": Message(
        "chỉ tiêu `{id}` còn chậm so với mục tiêu {target}: đã làm {done}, phải đạt {due} đến nay.",
        "indicator `{id}` is behind its target {target}: {done} done of {due} due by now.",
        "Cơ quan chủ trì cần đẩy nhanh tiến độ; `nhanluc indicators --explain` trình bày cách tính.",
        "The lead agency needs to speed up; `nhanluc indicators --explain` shows the calculation.",
    ),
    "indicator.growth_behind": Message(
        "chỉ tiêu `{id}` tăng chậm so với mục tiêu {target}: số liệu từ {first} (ngày {first_date:%d/%m/%Y}) nay là {value} (ngày {date:%d/%m/%Y}).",
        "indicator `{id}` grows more slowly than its target {target}: from {first} ({first_date}) to {value} ({date}).",
        "Cơ quan chủ trì cần có giải pháp; `nhanluc indicators --explain` trình bày cách tính.",
        "The lead agency needs remedies; `nhanluc indicators --explain` shows the calculation.",
    ),
    "indicator.limited_assessed": Message(
        "chỉ tiêu `{id}` chưa đạt: đánh giá mới nhất là {value} (ngày {date:%d/%m/%Y}); hạn là hết năm {by}.",
        "indicator `{id}` is not achieved yet: the latest assessment is {value} ({date}); it is due by the end of {by}.",
        "Cơ quan chủ trì cần có giải pháp; khi đạt, ghi `assessment: achieved` trong báo cáo kỳ sau.",
        "The lead agency needs a remedy; once achieved, report `assessment: achieved`.",
    ),
    "indicator.stale": Message(
        "chỉ tiêu `{id}` không có số liệu nào từ ngày {since:%d/%m/%Y} đến nay (số liệu gần nhất: ngày {last:%d/%m/%Y}).",
        "indicator `{id}` has no measurement since {since} (the latest is of {last}).",
        "Thêm số liệu mới vào báo cáo kỳ tới (`nhanluc new KỲ` tạo sẵn mẫu): mỗi chỉ tiêu cần ít nhất một số liệu trong 18 tháng.",
        "Add a current figure to the next report (`nhanluc new PERIOD` writes a template): each indicator needs one every 18 months.",
    ),
    "indicator.never_measured": Message(
        "chỉ tiêu `{id}` chưa có số liệu nào (không có số liệu từ ngày {since:%d/%m/%Y} đến nay).",
        "indicator `{id}` has never been measured (nothing since {since}).",
        "Thêm số liệu vào một tệp progress/*.yaml (`nhanluc new KỲ` tạo sẵn mẫu): mỗi chỉ tiêu cần ít nhất một số liệu trong 18 tháng.",
        "Add a figure to a progress/*.yaml file (`nhanluc new PERIOD` writes a template): each indicator needs one every 18 months.",
    ),
    # options and usage
    "usage.no_such_dir": Message(
        "không có thư mục dữ liệu {path}.",
        "there is no data folder {path}.",
        "Kiểm tra đường dẫn --data (hoặc biến NHANLUC_DATA).",
        "Check the --data path (or the NHANLUC_DATA variable).",
    ),
    "usage.no_such_plan": Message(
        "không có tệp kế hoạch {path}.",
        "there is no plan file {path}.",
        "Kiểm tra đường dẫn --plan.",
        "Check the --plan path.",
    ),
    # --- `nhanluc import FILE [-o OUT]` (issue 15): a plan document -> a draft plan YAML. ---
    # Not findings of the data, but shown like them: FILE: lỗi: what is wrong / = what to do.
    "import.no_such_file": Message(
        "không có tệp {file}.",
        "there is no file {file}.",
    ),
    "import.not_a_file": Message(
        "đây không phải một tệp thường (thư mục, thiết bị hay ống dẫn).",
        "this is not a regular file (a folder, a device or a pipe).",
        "Chỉ định tệp văn bản kế hoạch: .docx hoặc văn bản thuần.",
        "Name the plan document: a .docx or a plain-text file.",
    ),
    "import.unreadable": Message(
        "không đọc được tệp ({reason}).",
        "the file cannot be read ({reason}).",
        "Kiểm tra tệp có quyền đọc.",
        "Check that the file can be read.",
    ),
    "import.too_big": Message(
        "tệp lớn hơn {megabytes} MB: không giống một văn bản kế hoạch.",
        "the file is over {megabytes} MB: not what a plan document looks like.",
        "Kiểm tra lại tên tệp.",
        "Check the file name.",
    ),
    "import.empty": Message(
        "tệp trống: không có chữ nào để đọc.",
        "the file is empty: there is no text to read.",
        "Chỉ định tệp có nội dung kế hoạch.",
        "Name a file that holds the plan.",
    ),
    "import.not_text": Message(
        "đây không phải văn bản: tệp chứa byte nhị phân (có thể là ảnh hay tệp nén).",
        "this is not text: the file holds binary bytes (an image or an archive, perhaps).",
        "Dùng tệp .docx, hoặc lưu văn bản thành tệp .txt mã UTF-8 (PDF scan: nhận dạng chữ (OCR) trước).",
        "Use the .docx, or save the text as a UTF-8 .txt file (a scanned PDF needs OCR first).",
    ),
    "import.not_utf8": Message(
        "tệp văn bản không phải UTF-8 (có thể là mã TCVN3 hoặc Windows-1258 cũ).",
        "the text file is not UTF-8 (perhaps legacy TCVN3 or Windows-1258 Vietnamese).",
        "Chuyển mã sang Unicode UTF-8 (ví dụ bằng Unikey: Công cụ chuyển mã) rồi chạy lại, hoặc dùng tệp .docx.",
        "Convert it to Unicode UTF-8 (e.g. Unikey's converter) and run again, or use the .docx.",
    ),
    "import.old_word": Message(
        "đây là tệp Word 97-2003 (.doc), chưa đọc được.",
        "this is a Word 97-2003 file (.doc), which cannot be read.",
        "Mở bằng Word và lưu thành .docx (Lưu thành > Word Document), rồi chạy lại.",
        "Open it in Word, save it as .docx (Save As > Word Document) and run again.",
    ),
    "import.bad_docx": Message(
        "không mở được tệp Word: tệp hỏng hoặc không phải .docx của Word.",
        "cannot open the Word file: it is damaged or not a Word .docx.",
        "Mở tệp bằng Word và lưu lại thành .docx, rồi chạy lại.",
        "Open it in Word, save it again as .docx and run again.",
    ),
    # Issue 23 (§7, §16): a broken .docx said in words, never a library's exception name.
    "import.docx_not_zip": Message(
        "không mở được tệp Word: tệp .docx phải là một tệp nén (zip), tệp này hỏng hoặc bị cắt dở"
        " (tải về chưa hết?).",
        "cannot open the Word file: a .docx is a zip archive, and this one is damaged or cut short"
        " (an unfinished download?).",
        "Tải hoặc sao chép lại tệp; nếu mở được bằng Word thì lưu lại thành .docx rồi chạy lại.",
        "Download or copy the file again; if Word opens it, save it again as .docx and run again.",
    ),
    "import.docx_missing_part": Message(
        "không mở được tệp Word: tệp nén thiếu phần {part}, nên không phải một .docx (có thể là"
        " tệp nén khác đổi đuôi).",
        "cannot open the Word file: the archive has no {part} part, so it is not a .docx (perhaps"
        " another archive renamed).",
        "Mở văn bản bằng Word và lưu thành .docx (Lưu thành > Word Document), rồi chạy lại.",
        "Open the document in Word, save it as .docx (Save As > Word Document) and run again.",
    ),
    "import.docx_missing_part_any": Message(
        "không mở được tệp Word: thiếu một phần nội dung mà các phần khác trỏ tới.",
        "cannot open the Word file: a part the other parts refer to is missing.",
        "Mở tệp bằng Word (Word sẽ đề nghị sửa) và lưu lại thành .docx, rồi chạy lại.",
        "Open it in Word (Word offers to repair it), save it again as .docx and run again.",
    ),
    "import.docx_bad_xml": Message(
        "không mở được tệp Word: nội dung bên trong (XML) bị hỏng.",
        "cannot open the Word file: its content (XML) is damaged.",
        "Mở tệp bằng Word (Word sẽ đề nghị sửa) và lưu lại thành .docx, rồi chạy lại.",
        "Open it in Word (Word offers to repair it), save it again as .docx and run again.",
    ),
    "import.docx_bomb": Message(
        "tệp .docx khai báo nội dung giải nén quá lớn (quá {limit} MB, hoặc nén bất thường): không"
        " giống văn bản kế hoạch, có thể là tệp độc hại (zip bomb); chưa giải nén.",
        "the .docx says it expands to too much (over {limit} MB, or compressed beyond what a"
        " document compresses): not a plan, perhaps a zip bomb; it was not expanded.",
        "Kiểm tra nguồn của tệp; nếu đúng là văn bản kế hoạch, mở bằng Word, xóa ảnh lớn và lưu"
        " lại, hoặc lưu thành .txt.",
        "Check where the file came from; if it is the plan, open it in Word, remove large pictures"
        " and save it again, or save it as .txt.",
    ),
    "import.pdf_no_text": Message(
        "tệp PDF không có lớp chữ (bản quét, chỉ có ảnh): không có chữ nào để đọc.",
        "the PDF has no text layer (a scan: pictures only): there is no text to read.",
        "Nhận dạng chữ (OCR) trước, ví dụ bằng ocrmypdf hay tính năng OCR của phần mềm đọc PDF,"
        " rồi chạy lại với tệp PDF đã có chữ (hoặc dùng bản .docx gốc).",
        "Run OCR on it first (ocrmypdf, or the OCR of a PDF reader), then run again on the PDF"
        " with text (or use the original .docx).",
    ),
    "import.bad_pdf": Message(
        "không đọc được tệp PDF: tệp hỏng, bị cắt dở hoặc có mật khẩu.",
        "cannot read the PDF: it is damaged, cut short or password-protected.",
        "Mở tệp bằng phần mềm đọc PDF và lưu (in) lại thành PDF, hoặc dùng bản .docx gốc.",
        "Open it in a PDF reader and save (print) it again as PDF, or use the original .docx.",
    ),
    "import.exists": Message(
        "tệp đã có; `nhanluc import` không bao giờ ghi đè.",
        "the file already exists; `nhanluc import` never overwrites.",
        "Chọn tên tệp khác cho -o, hoặc đổi tên hay xóa tệp cũ rồi chạy lại.",
        "Pick another name for -o, or rename or delete the old file and run again.",
    ),
    "import.unwritable": Message(
        "không ghi được tệp ({reason}).",
        "cannot write the file ({reason}).",
        "Kiểm tra thư mục có tồn tại và có quyền ghi.",
        "Check that the folder exists and can be written to.",
    ),
    "import.written": Message(
        "Đã ghi bản nháp kế hoạch vào {file}: {read}.",
        "Wrote the draft plan to {file}: {read}.",
        'Đối chiếu các dòng "# kiểm tra lại" với văn bản, rồi chạy `nhanluc check`.',
        'Check the lines marked "# kiểm tra lại" against the document, then run `nhanluc check`.',
    ),
    "import.read": Message(
        "Đã đọc bản nháp kế hoạch: {read}.",
        "Read the draft plan: {read}.",
        'Đối chiếu các dòng "# kiểm tra lại" với văn bản; ghi ra tệp bằng -o TỆP.yaml, rồi chạy'
        " `nhanluc check`.",
        'Check the lines marked "# kiểm tra lại" against the document; write it with -o'
        " FILE.yaml, then run `nhanluc check`.",
    ),
    # --- end of `nhanluc import` ---
    "deadline.unparseable": Message(
        'không hiểu thời hạn "{text}".',
        'cannot read the deadline "{text}".',
        'Viết như "Quý I/2022", "Tháng 3/2022", "Trong năm 2021", "31/12/2022", "Hàng năm" '
        'hoặc "Tháng 12 hàng năm"; hoặc thêm `due: dd/mm/yyyy`.',
        'Write it like "Quý I/2022", "Tháng 3/2022", "Trong năm 2021", "31/12/2022", '
        '"Hàng năm" or "Tháng 12 hàng năm"; or add `due: YYYY-MM-DD`.',
    ),
    # E301, W311, W312 (tasks/findings.check_task_deadlines). `due`/`completed_on` are dates: Vietnamese
    # shows them as dd/mm/yyyy, English as ISO.
    "task.overdue": Message(
        "nhiệm vụ `{task}` quá hạn {days} ngày (hạn {due:%d/%m/%Y}).",
        "task `{task}` is overdue (due {due}; days late: {days}).",
        "Nếu đã hoàn thành: báo cáo `status: done` kèm `completed_on` trong một tệp progress/*.yaml; "
        "nếu không thực hiện nữa: `status: cancelled` kèm `note` nêu lý do.",
        "If it is done, report `status: done` with `completed_on` in a progress/*.yaml file; "
        "if it was dropped, report `status: cancelled` with a `note` saying why.",
    ),
    "task.due_soon": Message(
        "nhiệm vụ `{task}` sắp đến hạn: còn {left} ngày (hạn {due:%d/%m/%Y}).",
        "task `{task}` is due soon (on {due}; days left: {left}).",
        "Hoàn thành trước hạn rồi báo cáo `status: done` kèm `completed_on` trong tệp progress/*.yaml.",
        "Finish it by then and report `status: done` with `completed_on` in a progress/*.yaml file.",
    ),
    "task.late": Message(
        "nhiệm vụ `{task}` hoàn thành quá hạn {days} ngày (hạn {due:%d/%m/%Y}, hoàn thành ngày {completed_on:%d/%m/%Y}).",
        "task `{task}` was completed late (due {due}, done {completed_on}; days late: {days}).",
        "Không cần sửa nếu ngày hoàn thành đúng; nếu gõ nhầm, sửa `completed_on`.",
        "Nothing to fix if the date is right; if it was mistyped, correct `completed_on`.",
    ),
    # --- contract §9.4: a plan that ends (W319), explanations (W317), plausibility (W321-W325) ---
    "task.overdue_explained": Message(
        "nhiệm vụ `{task}` quá hạn {days} ngày (hạn {due:%d/%m/%Y}), đã có giải trình: “{explanation}”.",
        "task `{task}` is overdue (due {due}; days late: {days}), explained: “{explanation}”.",
        "Khi hoàn thành, báo cáo `status: done` kèm `completed_on`; nếu được gia hạn, ghi `extended_to` kèm văn bản `basis`.",
        "Once done, report `status: done` with `completed_on`; if the deadline was extended, give `extended_to` with its `basis`.",
    ),
    "indicator.missed_explained": Message(
        "chỉ tiêu `{id}` không đạt mục tiêu {target} đến hết năm {by} (số liệu mới nhất {value}, ngày {date:%d/%m/%Y}), đã có giải trình: “{explanation}”.",
        "indicator `{id}` missed its target {target} by the end of {by} (latest figure {value}, {date}), explained: “{explanation}”.",
        "Đưa giải trình này vào báo cáo kết quả thực hiện Kế hoạch, kèm giải pháp.",
        "Carry this explanation, with the remedies, into the plan's progress report.",
    ),
    "plan.closed_early": Message(
        "kế hoạch đã kết thúc ngày {closed_on:%d/%m/%Y} ({reason}): {unfinished} lượt nhiệm vụ chưa hoàn thành (quá hạn khi kết thúc), {terminated} lượt chấm dứt, {not_achieved} chỉ tiêu không đạt hoặc không đánh giá được.",
        "plan closed on {closed_on} (the closing day: {reason}): {unfinished} occurrences unfinished (overdue at closing), {terminated} terminated, {not_achieved} targets not achieved; see `nhanluc report --final`.",
        "Không cần sửa tệp nào: lập báo cáo tổng kết bằng `nhanluc report --final`; việc còn dở đưa sang kế hoạch sau bằng `nhanluc carry`.",
        "No file needs fixing: write the final evaluation with `nhanluc report --final`; carry unfinished work into the next plan with `nhanluc carry`.",
    ),
    "plan.closed": Message(
        "kế hoạch đã hết giai đoạn, ngày cuối là {closed_on:%d/%m/%Y}: {unfinished} lượt nhiệm vụ chưa hoàn thành (quá hạn khi kết thúc), {terminated} lượt chấm dứt, {not_achieved} chỉ tiêu không đạt hoặc không đánh giá được.",
        "plan closed on {closed_on} (the closing day): {unfinished} occurrences unfinished (overdue at closing), {terminated} terminated, {not_achieved} targets not achieved; see `nhanluc report --final`.",
        "Không cần sửa tệp nào: lập báo cáo tổng kết bằng `nhanluc report --final`; việc còn dở đưa sang kế hoạch sau bằng `nhanluc carry`.",
        "No file needs fixing: write the final evaluation with `nhanluc report --final`; carry unfinished work into the next plan with `nhanluc carry`.",
    ),
    "plausible.after_report": Message(
        "ngày {day:%d/%m/%Y} sau ngày báo cáo {reported_on:%d/%m/%Y}: báo cáo không thể ghi một việc chưa xảy ra.",
        "the date {day} is after the report's own date {reported_on}: a report cannot state what had not happened yet.",
        "Kiểm tra ngày này (gõ nhầm năm hay tháng?) hoặc ngày báo cáo `reported_on`.",
        "Check this date (a mistyped year or month?) or the report's `reported_on`.",
    ),
    "plausible.before_plan": Message(
        "ngày {day:%d/%m/%Y} trước ngày ban hành kế hoạch ({plan_date:%d/%m/%Y}).",
        "the date {day} is before the plan was issued ({plan_date}).",
        "Kiểm tra ngày này: việc của kế hoạch không thể xong trước khi kế hoạch ra đời.",
        "Check this date: the plan's work cannot be done before the plan existed.",
    ),
    "plausible.measured_after_report": Message(
        "số liệu ngày {day:%d/%m/%Y} sau ngày báo cáo {reported_on:%d/%m/%Y}.",
        "the figure is dated {day}, after the report's own date {reported_on}.",
        "Kiểm tra `as_of` của số liệu (để trống thì là ngày cuối kỳ) hoặc `reported_on`.",
        "Check the figure's `as_of` (blank means the period's last day) or `reported_on`.",
    ),
    "plausible.measured_far_from_period": Message(
        "số liệu ngày {day:%d/%m/%Y} cách kỳ báo cáo {period} hơn một năm.",
        "the figure is dated {day}, more than a year outside the report's period {period}.",
        "Kiểm tra `as_of` (gõ nhầm năm?); số liệu của kỳ khác nên ở báo cáo của kỳ đó.",
        "Check `as_of` (a mistyped year?); a figure of another period belongs in that period's report.",
    ),
    "plausible.fraction_for_percent": Message(
        "tỷ lệ {value}% nhỏ hơn 1%: có phải đã viết dạng thập phân (0,665) thay cho phần trăm (66,5)?",
        "a rate of {value}% is below 1%: was a fraction (0.665) typed for a percentage (66.5)?",
        "Viết tỷ lệ dạng phần trăm, ví dụ 66.5; nếu tỷ lệ thật sự dưới 1% thì giữ nguyên.",
        "Write rates as percentages, e.g. 66.5; if the rate really is below 1%, keep it.",
    ),
    "plausible.reopened": Message(
        "nhiệm vụ `{task}` đã báo cáo hoàn thành ở {other}, nay lại ghi {status}.",
        "task `{task}` was reported done in {other}, and is now {status} again.",
        "Nếu việc chưa xong thật, ghi rõ lý do trong `note`; nếu gõ nhầm, sửa trạng thái.",
        "If the work really is not done, say why in `note`; if it was mistyped, fix the status.",
    ),
    "plausible.period_outside_plan": Message(
        "kỳ báo cáo {period} nằm ngoài giai đoạn kế hoạch và tầm nhìn ({start}-{end}).",
        "the report period {period} lies outside the plan's period and horizon ({start}-{end}).",
        "Kiểm tra năm trong `period` (gõ nhầm?) hoặc kế hoạch mà báo cáo này thuộc về.",
        "Check the year in `period` (a typo?) or which plan this report belongs to.",
    ),
    "schema.extension_before_plan": Message(
        "ngày gia hạn {day:%d/%m/%Y} trước ngày ban hành kế hoạch ({plan_date:%d/%m/%Y}).",
        "the extended deadline {day} is before the plan was issued ({plan_date}).",
        "Ghi ngày đến hạn mới theo văn bản gia hạn.",
        "Give the new due date the extension grants.",
    ),
    "data.no_plan": Message(
        "không tìm thấy tệp kế hoạch plan*.yaml trong {dir}.",
        "no plan*.yaml file in {dir}.",
        "Chỉ định thư mục bằng --data hoặc tệp bằng --plan.",
        "Name the folder with --data or the file with --plan.",
    ),
    "data.many_plans": Message(
        "có nhiều tệp kế hoạch trong {dir}: {files}.",
        "several plan files in {dir}: {files}.",
        "Chọn một bằng --plan TỆP.",
        "Pick one with --plan FILE.",
    ),
    # --- issue 15: a roll-up's units file (nhanluc-units.yaml) and the units' data folders.
    # Contract §15: the province's catalogue of indicators in a roll-up folder.
    "catalogue.look_alike": Message(
        "chỉ tiêu `{id}` của {unit} có tên trùng chỉ tiêu `{catalogue}` của bộ chỉ tiêu nhưng"
        " chưa được nối: có phải chỉ tiêu `{catalogue}` của bộ chỉ tiêu?",
        "indicator `{id}` of {unit} has the name of the catalogue's `{catalogue}` but is not"
        " joined to it: is it the catalogue's `{catalogue}`?",
        "Nếu đúng, ghi `catalogue: {catalogue}` vào chỉ tiêu `{id}` trong kế hoạch của đơn vị.",
        "If so, add `catalogue: {catalogue}` to indicator `{id}` in the unit's plan.",
    ),
    "catalogue.unknown_id": Message(
        "chỉ tiêu `{id}` của {unit} ghi `catalogue: {catalogue}` nhưng bộ chỉ tiêu không có"
        " chỉ tiêu `{catalogue}`.",
        "indicator `{id}` of {unit} says `catalogue: {catalogue}` but the catalogue has no"
        " `{catalogue}`.",
        "Sửa mã cho đúng một mã trong nhanluc-indicators.yaml, hoặc thêm chỉ tiêu đó vào bộ"
        " chỉ tiêu.",
        "Use an id of nhanluc-indicators.yaml, or add that indicator to the catalogue.",
    ),
    "units.missing": Message(
        "không có tệp nhanluc-units.yaml trong {dir}: đây không phải thư mục tổng hợp nhiều đơn vị.",
        "no nhanluc-units.yaml in {dir}: this is not a roll-up folder.",
        "Tạo tệp nhanluc-units.yaml liệt kê các đơn vị (`units:` với `id`, `name`, `data`), hoặc chỉ thư mục khác bằng --data.",
        "Write a nhanluc-units.yaml listing the units (`units:` with `id`, `name`, `data`), or name another folder with --data.",
    ),
    "units.no_such_data": Message(
        "không có thư mục dữ liệu `{path}` (đường dẫn tính từ thư mục chứa nhanluc-units.yaml).",
        "there is no data folder `{path}` (paths are relative to the folder of nhanluc-units.yaml).",
        "Sửa `data:` thành tên thư mục dữ liệu của đơn vị.",
        "Set `data:` to the unit's data folder.",
    ),
    "units.no_plan": Message(
        "thư mục `{path}` không có tệp kế hoạch plan*.yaml.",
        "the folder `{path}` holds no plan*.yaml file.",
        "Đặt tệp kế hoạch của đơn vị vào thư mục đó, hoặc sửa `data:`.",
        "Put the unit's plan file in that folder, or correct `data:`.",
    ),
    "units.many_plans": Message(
        "thư mục `{path}` có nhiều tệp kế hoạch: {files}.",
        "the folder `{path}` holds several plan files: {files}.",
        "Mỗi thư mục đơn vị chỉ giữ một tệp plan*.yaml.",
        "Keep one plan*.yaml in each unit's folder.",
    ),
    # --- end of issue 15's block
    # --- issue 13: which files are read (W326), the bundled plan in use, `nhanluc init`, `new` in a
    # folder with broken reports or outside the plan's period. One block, so it merges as one piece.
    "data.not_read": Message(
        "tệp `{name}` trong progress/ không được đọc: chỉ các tệp .yaml hoặc .yml là báo cáo tiến độ.",
        "`{name}` in progress/ is not read: only .yaml or .yml files are progress reports.",
        "Nếu đây là báo cáo, chép nội dung vào một tệp .yaml (`nhanluc new KỲ` tạo sẵn mẫu); nếu không, chuyển tệp ra khỏi progress/.",
        "If it is a report, put its content in a .yaml file (`nhanluc new PERIOD` writes a template); if not, move it out of progress/.",
    ),
    "data.not_read_folder": Message(
        "thư mục `{name}` trong progress/ không được đọc: báo cáo phải nằm ngay trong progress/.",
        "the folder `{name}` in progress/ is not read: reports must sit directly in progress/.",
        "Chuyển các tệp báo cáo trong thư mục đó ra progress/.",
        "Move the reports in that folder up into progress/.",
    ),
    "init.exists": Message(
        "đã có {count} tệp sẽ bị ghi đè: {files}; `nhanluc init` không ghi đè tệp nào nên chưa ghi gì.",
        "{count} file(s) would be overwritten: {files}; `nhanluc init` overwrites nothing, so nothing was written.",
        "Chọn một thư mục mới hoặc trống, hoặc chuyển các tệp đó đi rồi chạy lại.",
        "Pick a new or empty folder, or move those files away and run again.",
    ),
    "init.unwritable": Message(
        "không ghi được vào thư mục {dir} ({reason}).",
        "cannot write to the folder {dir} ({reason}).",
        "Kiểm tra đó là thư mục và có quyền ghi, hoặc chọn thư mục khác.",
        "Check that it is a folder you may write to, or pick another one.",
    ),
    "init.plan_has_errors": Message(
        "tệp kế hoạch {file} có lỗi (xem trên) nên chưa tạo thư mục dữ liệu.",
        "the plan file {file} has errors (see above), so no data folder was made.",
        "Sửa các lỗi trong tệp kế hoạch rồi chạy lại.",
        "Fix the plan file's errors and run again.",
    ),
    "init.plan_name": Message(
        "tệp kế hoạch {file} phải có tên dạng plan*.yaml (ví dụ plan60.yaml) thì mới được tìm thấy.",
        "the plan file {file} must be named plan*.yaml (e.g. plan60.yaml) to be found.",
        "Đổi tên tệp rồi chạy lại.",
        "Rename the file and run again.",
    ),
    "new.outside_plan": Message(
        "kỳ {period} nằm ngoài giai đoạn của kế hoạch ({start}-{end}, định hướng đến năm {horizon}).",
        "the period {period} lies outside the plan's period ({start}-{end}, outlook to {horizon}).",
        "Chọn một kỳ từ năm {start} đến năm {horizon}.",
        "Pick a period from {start} to {horizon}.",
    ),
    # Lines that are not findings (no fix sentence): shown with `message(key, lang)[0]`.
    "data.bundled_plan": Message(
        "Đang dùng kế hoạch đi kèm chương trình: không có thư mục dữ liệu (xem `nhanluc init`).",
        "Using the plan shipped with the program: no data folder (see `nhanluc init`).",
    ),
    # The cache (contract §13): a folder another user could write in is never used.
    "cache.not_private": Message(
        "Không dùng bộ nhớ đệm ở {path}: thư mục này thuộc người dùng khác hoặc người khác ghi được vào; chạy không dùng bộ nhớ đệm (đặt NHANLUC_CACHE_DIR là một thư mục riêng của mình để dùng lại).",
        "Not using the cache in {path}: the folder belongs to another user or others can write in it; running without the cache (set NHANLUC_CACHE_DIR to a folder of your own to use it again).",
    ),
    "new.broken_reports": Message(
        "Lưu ý: {count} báo cáo tiến độ có lỗi nên không được tính khi lập mẫu: {files}. Chạy `nhanluc check` để xem chi tiết.",
        "Note: {count} progress report(s) have errors and were left out of the template: {files}. Run `nhanluc check` for details.",
    ),
    "init.written": Message(
        "Đã tạo thư mục dữ liệu {dir}: {files} tệp. Tiếp theo: cd {dir}, rồi `nhanluc new KỲ` để lập báo cáo và `nhanluc check` để kiểm tra; xem {dir}/README.md.",
        "Made the data folder {dir}: {files} files. Next: cd {dir}, then `nhanluc new PERIOD` to start a report and `nhanluc check`; see {dir}/README.md.",
    ),
    # --- end of issue 13's block
    # `nhanluc new`: not findings of the data, but shown like them (place, problem, fix).
    "new.exists": Message(
        "tệp đã có; `nhanluc new` không bao giờ ghi đè.",
        "the file already exists; `nhanluc new` never overwrites.",
        "Sửa tiếp tệp đó, hoặc đổi tên hay xóa nó rồi chạy lại.",
        "Edit that file, or rename or delete it and run again.",
    ),
    "new.unwritable": Message(
        "không ghi được tệp ({reason}).",
        "cannot write the file ({reason}).",
        "Kiểm tra progress/ là thư mục và có quyền ghi, hoặc chọn thư mục dữ liệu khác bằng --data.",
        "Check that progress/ is a folder you may write to, or pick another data folder with --data.",
    ),
    # --- issue 24: the reporting calendar (contract §17) ---
    "ref.unknown_reporter": Message(
        "“{name}” không phải mã hay tên một cơ quan trong `agencies` của kế hoạch.",
        "“{name}” is neither the id nor the name of an agency in the plan's `agencies`.",
        "Ghi mã cơ quan (ví dụ `phong_gddt`) hoặc tên cơ quan đúng như trong kế hoạch; `nhanluc reports` liệt kê các cơ quan báo cáo.",
        "Write the agency's id (e.g. `phong_gddt`) or its name exactly as the plan has it; `nhanluc reports` lists who reports.",
    ),
    "ref.not_reporting_period": Message(
        "kỳ {period} không phải một kỳ báo cáo trong lịch báo cáo của kế hoạch (`reporting.every`).",
        "the period {period} is not one of the plan's reporting periods (`reporting.every`).",
        "Viết kỳ theo lịch báo cáo: {forms}; báo cáo 6 tháng cuối năm là báo cáo năm (YYYY).",
        "Write a period of the calendar: {forms}; the second half is covered by the year's report (YYYY).",
    ),
    "reporting.missing": Message(
        "{agency} chưa nộp báo cáo {title} (kỳ {period}, số liệu tính đến ngày {cutoff:%d/%m/%Y}): hạn {due:%d/%m/%Y}, đã quá {days} ngày.",
        "{agency} has not sent its report for {title} (period {period}, figures to {cutoff}): due {due}, {days} day(s) ago.",
        'Nhắc cơ quan nộp báo cáo: tệp progress/{period}-{id}.yaml có `period: "{period}"` và `reported_by: {id}`; `nhanluc reports` liệt kê các kỳ và cơ quan.',
        'Remind the agency to report: a file progress/{period}-{id}.yaml with `period: "{period}"` and `reported_by: {id}`; `nhanluc reports` lists every period and reporter.',
    ),
    "reporting.future": Message(
        "ngày báo cáo {day:%d/%m/%Y} sau hôm nay ({today:%d/%m/%Y}): báo cáo chưa được tính cho đến ngày đó.",
        "the report is dated {day}, after today ({today}): it is not counted until that day.",
        "Có gõ nhầm năm hay tháng không? Sửa `reported_on` thành ngày nộp thật.",
        "A mistyped year or month? Set `reported_on` to the day it was really sent.",
    ),
    # --- end of issue 24's block
    # --- issue 26: spreadsheet forms (contract §19). A form's problems are findings at a sheet
    # and a cell; the codes are the YAML checks' own.
    "form.not_xlsx": Message(
        "tệp không phải bảng tính Excel (.xlsx).",
        "the file is not an Excel workbook (.xlsx).",
        "Mở tệp bằng Excel hoặc LibreOffice Calc, chọn Lưu thành (Save As) kiểu Excel Workbook (.xlsx), rồi đọc lại tệp .xlsx đó.",
        "Open it in Excel or LibreOffice Calc, Save As an Excel Workbook (.xlsx), and read that .xlsx.",
    ),
    "form.old_xls": Message(
        "đây là tệp Excel 97-2003 (.xls) hoặc tệp có đặt mật khẩu mở, không phải .xlsx đọc được.",
        "this is an Excel 97-2003 file (.xls) or a file with an opening password, not a readable .xlsx.",
        "Mở bằng Excel, bỏ mật khẩu nếu có, chọn File → Save As → Excel Workbook (*.xlsx), rồi đọc lại tệp .xlsx đó.",
        "Open it in Excel, remove any password, File → Save As → Excel Workbook (*.xlsx), and read that .xlsx.",
    ),
    "form.ods": Message(
        "đây là bảng tính OpenDocument (.ods), không phải .xlsx.",
        "this is an OpenDocument spreadsheet (.ods), not an .xlsx.",
        "Trong LibreOffice Calc chọn Tệp → Lưu thành, kiểu tệp Excel 2007-365 (.xlsx), rồi đọc lại tệp .xlsx đó.",
        "In LibreOffice Calc, File → Save As, type Excel 2007-365 (.xlsx), and read that .xlsx.",
    ),
    "form.corrupt": Message(
        "tệp .xlsx bị hỏng hoặc không đầy đủ, không đọc được.",
        "the .xlsx file is damaged or incomplete and cannot be read.",
        "Mở lại bằng Excel hoặc LibreOffice Calc: nếu mở được thì lưu lại dạng .xlsx; nếu không, đề nghị cơ quan gửi lại tệp.",
        "Open it in Excel or LibreOffice Calc: if it opens, save it again as .xlsx; if not, ask the office to send it again.",
    ),
    "form.too_large": Message(
        "tệp lớn bất thường so với một biểu mẫu (hơn {limit} MB) nên không mở.",
        "the file is unusually large for a form (more than {limit} MB), so it is not opened.",
        "Biểu mẫu nhanluc chỉ vài trăm KB: kiểm tra đúng tệp chưa, hoặc lập biểu mẫu mới bằng `nhanluc new KỲ --format xlsx -o TỆP.xlsx`.",
        "A nhanluc form is a few hundred KB: check it is the right file, or write a new form with `nhanluc new PERIOD --format xlsx -o FILE.xlsx`.",
    ),
    "form.too_large_unpacked": Message(
        "tệp lớn bất thường so với một biểu mẫu (giải nén ra hơn {limit} MB) nên không mở.",
        "the file is unusually large for a form (more than {limit} MB once unpacked), so it is not opened.",
        "Biểu mẫu nhanluc chỉ vài trăm KB: kiểm tra đúng tệp chưa, hoặc lập biểu mẫu mới bằng `nhanluc new KỲ --format xlsx -o TỆP.xlsx`.",
        "A nhanluc form is a few hundred KB: check it is the right file, or write a new form with `nhanluc new PERIOD --format xlsx -o FILE.xlsx`.",
    ),
    "form.not_a_form": Message(
        "bảng tính này không phải biểu mẫu do nhanluc lập (không có trang ẩn ghi mã các dòng).",
        "this workbook is not a form written by nhanluc (it has no hidden sheet of row ids).",
        "Lập biểu mẫu bằng `nhanluc new KỲ --format xlsx -o TỆP.xlsx`, điền vào đó rồi đọc lại; không chép số liệu sang bảng tính khác.",
        "Write a form with `nhanluc new PERIOD --format xlsx -o FILE.xlsx`, fill that one in and read it back; do not copy the figures into another workbook.",
    ),
    "form.ids_damaged": Message(
        "trang ẩn ghi mã các dòng của biểu mẫu đã bị sửa hoặc hỏng.",
        "the form's hidden sheet of row ids was edited or is damaged.",
        "Điền lại trên biểu mẫu gốc do nhanluc lập (hoặc lập biểu mẫu mới).",
        "Fill in the original form nhanluc wrote (or write a new one).",
    ),
    "form.other_plan": Message(
        "biểu mẫu lập cho Kế hoạch số {form_plan} ngày {form_date}, không phải Kế hoạch số {plan} ngày {date} của thư mục dữ liệu này.",
        "the form was written for Plan {form_plan} of {form_date}, not for this data folder's Plan {plan} of {date}.",
        "Đọc biểu mẫu trong thư mục dữ liệu của đúng kế hoạch đó (--data THƯ_MỤC), hoặc lập biểu mẫu mới cho kế hoạch này.",
        "Read the form in that plan's own data folder (--data DIR), or write a new form for this plan.",
    ),
    "form.other_period": Message(
        "biểu mẫu lập cho kỳ {form_period}, không phải kỳ {period}.",
        "the form was written for the period {form_period}, not {period}.",
        "Nếu đúng là báo cáo kỳ {form_period}, chạy `nhanluc new {form_period} --from TỆP`; nếu cần báo cáo kỳ {period}, lập biểu mẫu mới cho kỳ đó.",
        "If it is the report for {form_period}, run `nhanluc new {form_period} --from FILE`; for {period}, write a new form for that period.",
    ),
    "form.sheet_missing": Message(
        'thiếu trang tính "{sheet}" (đã bị xóa hoặc đổi tên).',
        'the sheet "{sheet}" is missing (deleted or renamed).',
        "Điền lại trên biểu mẫu gốc; không đổi tên hay xóa trang tính.",
        "Fill in the original form; do not rename or delete its sheets.",
    ),
    "form.row_moved": Message(
        'dòng {row} phải là mục {key}, nhưng ô Mã ghi "{found}": các dòng đã bị thêm, xóa hoặc đổi chỗ.',
        'row {row} should be the entry {key}, but its Mã cell reads "{found}": rows were added, deleted or moved.',
        "Điền lại trên biểu mẫu gốc; không thêm, xóa hay sắp xếp lại các dòng.",
        "Fill in the original form; do not add, delete or sort rows.",
    ),
    "form.status_word": Message(
        '"{input}" không phải một trạng thái trong danh sách.',
        '"{input}" is not one of the statuses of the list.',
        "Chọn trong danh sách của ô: {allowed}.",
        "Pick one from the cell's list: {allowed}.",
    ),
    "form.assessment_word": Message(
        '"{input}" không phải một mức đánh giá trong danh sách.',
        '"{input}" is not one of the assessments of the list.',
        "Chọn trong danh sách của ô: {allowed}.",
        "Pick one from the cell's list: {allowed}.",
    ),
    "form.not_written": Message(
        "Biểu mẫu có {count} lỗi nên chưa ghi {file}. Sửa các ô nêu trên (hoặc đề nghị cơ quan sửa) rồi chạy lại.",
        "The form has {count} error(s), so {file} was not written. Correct the cells above (or ask the office to) and run again.",
    ),
    # --- end of issue 26's messages
}


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
