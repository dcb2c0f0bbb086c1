"""`nhanluc import FILE [-o OUT]`: a plan document (.docx, or its plain text) -> a draft plan YAML.

The draft goes to stdout, or to OUT: never over an existing file, and whole or not at all
(files.write_whole). A document that cannot be read is a message and exit 1; a missing FILE or a
bad option is a usage error, exit 2. The importer (and python-docx) load only when this runs.
"""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from nhanluc_cli.cli import app
from nhanluc_cli.cli.common import EXIT_DATA, LangOption, usage_error
from nhanluc_cli.cli.parsers import parse_output
from nhanluc_cli.i18n import Lang, message, os_reason

if TYPE_CHECKING:
    from nhanluc_cli.importer.draft import Draft

# A plan's text is tens of kilobytes and its .docx or .pdf a few hundred: these limits only stop
# a wrong file (a video, a disk image) from being read whole into memory.
MAX_TEXT_BYTES = 2 * 1024 * 1024
MAX_DOCX_BYTES = 20 * 1024 * 1024
MAX_PDF_BYTES = 20 * 1024 * 1024


@app.command("import")
def import_plan(
    file: Annotated[Path, typer.Argument(show_default=False)],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", parser=parse_output, show_default=False)
    ] = None,
    lang: LangOption = "vi",
) -> None:
    """Read a plan document into a draft plan YAML. Its help: i18n/help_texts.py."""
    shown = str(file)
    if not file.exists():
        usage_error(message("import.no_such_file", lang, {"file": shown})[0])
    if output is not None and (output.exists() or output.is_symlink()):
        _refuse(str(output), "import.exists", lang)
    data = _read(file, shown, lang)

    from nhanluc_cli.importer import ImportProblem
    from nhanluc_cli.importer.source import read_document
    from nhanluc_cli.importer.yaml_text import draft_yaml

    try:
        draft = read_document(data, file.suffix)
    except ImportProblem as problem:
        _refuse(shown, problem.key, lang, **problem.args_)
    text = draft_yaml(draft, file.name)
    if output is None:
        sys.stdout.write(text)
        summary, fix = message("import.read", lang, {"read": _what_was_read(draft, lang)})
    else:
        _write(output, text, lang)
        read = _what_was_read(draft, lang)
        summary, fix = message("import.written", lang, {"file": str(output), "read": read})
    print(f"{summary} {fix}", file=sys.stderr)


def _what_was_read(draft: "Draft", lang: Lang) -> str:
    """ "17 nhiệm vụ (2 đọc từ đoạn văn), 5 chỉ tiêu nháp, ...; không tìm thấy ..." (§16)."""
    from nhanluc_cli.i18n import word

    tasks = word("import.count.tasks", lang, n=draft.task_count)
    if draft.prose_task_count:
        tasks += f" ({word('import.count.prose', lang, n=draft.prose_task_count)})"
    parts = [tasks, word("import.count.indicators", lang, n=draft.indicator_count)]
    for key, n in (("legal_bases", len(draft.legal_bases)), ("recipients", len(draft.recipients))):
        if n:
            parts.append(word(f"import.count.{key}", lang, n=n))
    if draft.signer is not None:
        parts.append(word("import.count.signer", lang))
    read = ", ".join(parts)
    missing = [word(f"import.part.{key}", lang) for key in draft.missing()]
    if missing:
        read += "; " + word("import.not_found", lang, parts=", ".join(missing))
    blank = [word(f"import.part.{key}", lang) for key in ("id", "date") if key in draft.blank]
    if blank:
        read += "; " + word("import.blank", lang, parts=", ".join(blank))
    return read


def _read(file: Path, shown: str, lang: Lang) -> bytes:
    if not file.is_file():
        _refuse(shown, "import.not_a_file", lang)
    suffix = file.suffix.lower()
    limit = {".docx": MAX_DOCX_BYTES, ".pdf": MAX_PDF_BYTES}.get(suffix, MAX_TEXT_BYTES)
    try:
        with file.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        _refuse(shown, "import.unreadable", lang, reason=os_reason(error, lang))
    if len(data) > limit:
        _refuse(shown, "import.too_big", lang, megabytes=limit // (1024 * 1024))
    return data


def _write(output: Path, text: str, lang: Lang) -> None:
    from nhanluc_cli.files import write_whole

    try:
        created = write_whole(output, text, replace=False)
    except OSError as error:
        _refuse(str(output), "import.unwritable", lang, reason=os_reason(error, lang))
    if not created:
        _refuse(str(output), "import.exists", lang)


def _refuse(shown: str, key: str, lang: Lang, **args: object) -> NoReturn:
    """Like a finding: the place, the problem, what to do; exit 1."""
    from nhanluc_cli.i18n import word

    text, fix = message(key, lang, args)
    print(f"{shown}: {word('error', lang)}: {text}", file=sys.stderr)
    if fix:
        print(f"   = {fix}", file=sys.stderr)
    raise typer.Exit(EXIT_DATA)
