"""What findings say, by key, in Vietnamese and English: what is wrong, and what to do.

A finding carries a key and arguments (findings.py); `message()` in the package's __init__ picks
the entry here and fills it in for the user's language. Vietnamese follows administrative usage
(contract §10); tests/test_i18n.py checks both languages and the spelling.
"""

from typing import NamedTuple


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
