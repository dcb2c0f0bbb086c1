"""Keep the documents' example output true: re-run every `$ nhanluc ...` line and compare.

The documents are README.md and the officials' guide, docs/huong-dan-su-dung.md. In a
```console block, each line starting with "$ " is a command and the lines up to the next command
are its output. `python scripts/readme_sync.py` rewrites the outputs in place;
tests/test_readme.py fails when they differ from what the commands print now. A block may be
preceded by one marker line:

- `<!-- readme: exit-code-only -->` (output that depends on today's date): refreshed by the
  script too, but the test only runs it and looks for a traceback.
- `<!-- readme: in-scratch -->`: the block runs in the document's scratch folder instead of the
  repository. Each document has one, empty when its first scratch block runs, kept for the
  document's later scratch blocks, so a guide can go `nhanluc init kho`, `cd kho`, `nhanluc new`,
  `nhanluc check` in order. `$ cd DIR` is the one command run by the harness itself: it changes
  the folder the block's later commands, and later scratch blocks, run in.
- `<!-- readme: file PATH -->` before any fenced block (```yaml, say): the block's text is
  written to PATH, relative to the scratch folder's current folder, when the document gets
  there; it is shown as typed and never rewritten. This is how a guide "edits" a file.

- `<!-- readme: fill PATH -->` before a fenced block of `Sheet!A1: value` lines: the cells of
  the spreadsheet PATH are filled with those values (with openpyxl) when the document gets
  there, as an office would type them: dd/mm/yyyy as a date, plain numbers as numbers, the
  rest as text. This is how the guide's office fills in a form (contract §19).

Commands run with bash at 100 columns, no colour and the Vietnamese default language. Blocks
with any other info string (```sh, ```yaml) are never run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
GUIDE = ROOT / "docs" / "huong-dan-su-dung.md"
DOCUMENTS = (README, GUIDE)

# A fenced block at the start of a line, with the marker comment on the line above it, if any.
BLOCK = re.compile(
    r"^(?:<!-- readme: (?P<marker>exit-code-only|in-scratch|file|fill) ?(?P<arg>[^\s>]*) -->\n)?"
    r"```(?P<info>[^\n`]*)\n(?P<body>.*?)^```[ \t]*$",
    re.M | re.S,
)
CD = re.compile(r"cd (?P<folder>[^\s;&|]+)")


@dataclass(frozen=True)
class Example:
    command: str
    output: str
    compare: bool
    scratch: bool = False


@dataclass(frozen=True)
class FileStep:
    """A file the document has its reader write, as typed in its block."""

    path: str
    content: str


@dataclass(frozen=True)
class FillStep:
    """Cells of a spreadsheet the document has an office fill in, as typed in its block."""

    path: str
    cells: str


Step = Example | FileStep | FillStep
_CELL_LINE = re.compile(r"(?P<sheet>[^!]+)!(?P<cell>[A-Z]+[0-9]+): (?P<value>.*)")
_DMY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")


def typed_value(text: str) -> object:
    """What a spreadsheet makes of what is typed: a date, a number or text."""
    import datetime

    if match := _DMY.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
        try:
            return datetime.datetime(year, month, day)
        except ValueError:
            return text  # 31/06: no such day, so the spreadsheet keeps the text
    if re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    if re.fullmatch(r"-?[0-9]+\.[0-9]+", text):
        return float(text)
    return text


def environment() -> dict[str, str]:
    """What a reader's terminal would have, made fixed: 100 columns, no colour, no overrides."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NHANLUC_")}
    env.update(COLUMNS="100", NO_COLOR="1", LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8")
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("GITHUB_STEP_SUMMARY", None)
    return env


def _console_examples(body: str, *, compare: bool, scratch: bool) -> Iterator[Example]:
    command: str | None = None
    output: list[str] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            if command is not None:
                yield Example(command, "\n".join(output), compare, scratch)
            command, output = line[2:], []
        else:
            output.append(line)
    if command is not None:
        yield Example(command, "\n".join(output), compare, scratch)


def steps(text: str) -> list[Step]:
    """Every command with its shown output, and every file to write, in document order."""
    found: list[Step] = []
    for block in BLOCK.finditer(text):
        marker = block["marker"]
        if marker == "file":
            found.append(FileStep(block["arg"], block["body"]))
        elif marker == "fill":
            found.append(FillStep(block["arg"], block["body"]))
        elif block["info"].strip() == "console":
            found.extend(
                _console_examples(
                    block["body"],
                    compare=marker != "exit-code-only",
                    scratch=marker == "in-scratch",
                )
            )
    return found


def examples(text: str) -> list[Example]:
    return [step for step in steps(text) if isinstance(step, Example)]


def run(command: str, cwd: Path = ROOT) -> str:
    """The command's stdout and stderr as a reader sees them, trailing spaces trimmed."""
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        cwd=cwd,
        env=environment(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    text = result.stdout + result.stderr
    return "\n".join(line.rstrip() for line in text.rstrip("\n").splitlines())


class Scratch:
    """A document's scratch folder: where its in-scratch blocks run, one after the other."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.cwd = self.root

    def write(self, step: FileStep) -> None:
        target = (self.cwd / step.path).resolve()
        if not target.is_relative_to(self.root):
            raise ValueError(f"{step.path}: outside the scratch folder")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(step.content, encoding="utf-8", newline="\n")

    def fill(self, step: FillStep) -> None:
        import openpyxl

        target = (self.cwd / step.path).resolve()
        if not target.is_relative_to(self.root):
            raise ValueError(f"{step.path}: outside the scratch folder")
        workbook = openpyxl.load_workbook(target)
        for line in step.cells.splitlines():
            if not line.strip():
                continue
            cell = _CELL_LINE.fullmatch(line.strip())
            if cell is None:
                raise ValueError(f"{step.path}: not a `Sheet!A1: value` line: {line!r}")
            workbook[cell["sheet"]][cell["cell"]] = typed_value(cell["value"])
        workbook.save(target)

    def run(self, command: str) -> str:
        if cd := CD.fullmatch(command.strip()):
            folder = (self.cwd / cd["folder"]).resolve()
            if not folder.is_relative_to(self.root) or not folder.is_dir():
                return f"bash: cd: {cd['folder']}: No such file or directory"
            self.cwd = folder
            return ""
        return run(command, cwd=self.cwd)


def outputs(text: str, *, scratch_only: bool | None = None) -> list[tuple[Example, str]]:
    """Every example of a document with what its command prints now, scratch blocks in order.

    scratch_only=True runs only the scratch blocks' examples (with the files they write), False
    only the others (run in the repository, independent of each other), None both."""
    found: list[tuple[Example, str]] = []
    with tempfile.TemporaryDirectory(prefix="nhanluc-doc-") as folder:
        scratch = Scratch(Path(folder))
        for step in steps(text):
            in_scratch = not isinstance(step, Example) or step.scratch
            if scratch_only is not None and in_scratch != scratch_only:
                continue
            if isinstance(step, FileStep):
                scratch.write(step)
            elif isinstance(step, FillStep):
                scratch.fill(step)
            elif step.scratch:
                found.append((step, scratch.run(step.command)))
            else:
                found.append((step, run(step.command)))
    return found


def synced(text: str) -> str:
    with tempfile.TemporaryDirectory(prefix="nhanluc-doc-") as folder:
        scratch = Scratch(Path(folder))

        def rewrite(block: re.Match[str]) -> str:
            if block["marker"] == "file":
                scratch.write(FileStep(block["arg"], block["body"]))
                return block[0]
            if block["marker"] == "fill":
                scratch.fill(FillStep(block["arg"], block["body"]))
                return block[0]
            if block["info"].strip() != "console":
                return block[0]
            lines: list[str] = []
            for line in block["body"].splitlines():
                if line.startswith("$ "):
                    lines.append(line)
                    if block["marker"] == "in-scratch":
                        output = scratch.run(line[2:])
                    else:
                        output = run(line[2:])
                    if output:
                        lines.append(output)
            marker = block[0][: block.start("info") - block.start() - 3]
            return marker + "```console\n" + "\n".join(lines) + "\n```"

        return BLOCK.sub(rewrite, text)


if __name__ == "__main__":
    for document in DOCUMENTS:
        name = document.relative_to(ROOT).as_posix()
        before = document.read_text(encoding="utf-8")
        after = synced(before)
        document.write_text(after, encoding="utf-8", newline="\n")
        print(f"{name} updated" if after != before else f"{name} already up to date")
