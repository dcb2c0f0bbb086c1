"""Keep the README's example output true: re-run every `$ nhanluc ...` line and compare.

In a ```console block, each line starting with "$ " is a command and the lines up to the next
command are its output. `python scripts/readme_sync.py` rewrites the outputs in place;
tests/test_readme.py fails when they differ from what the commands print now. A block preceded
by `<!-- readme: exit-code-only -->` (output that depends on today's date) is refreshed by the
script too, but the test only runs it and looks for a traceback.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCK = re.compile(
    r"(?P<marker><!-- readme: exit-code-only -->\n)?```console\n(?P<body>.*?)```", re.S
)


@dataclass(frozen=True)
class Example:
    command: str
    output: str
    compare: bool


def environment() -> dict[str, str]:
    """What a reader's terminal would have, made fixed: 100 columns, no colour, no overrides."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NHANLUC_")}
    env.update(COLUMNS="100", NO_COLOR="1", LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8")
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("GITHUB_STEP_SUMMARY", None)
    return env


def examples(text: str) -> list[Example]:
    found: list[Example] = []
    for block in BLOCK.finditer(text):
        compare = block["marker"] is None
        command: str | None = None
        output: list[str] = []
        for line in block["body"].splitlines():
            if line.startswith("$ "):
                if command is not None:
                    found.append(Example(command, "\n".join(output), compare))
                command, output = line[2:], []
            else:
                output.append(line)
        if command is not None:
            found.append(Example(command, "\n".join(output), compare))
    return found


def run(command: str) -> str:
    """The command's stdout and stderr as a reader sees them, trailing spaces trimmed."""
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        cwd=ROOT,
        env=environment(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    text = result.stdout + result.stderr
    return "\n".join(line.rstrip() for line in text.rstrip("\n").splitlines())


def synced(text: str) -> str:
    def rewrite(block: re.Match[str]) -> str:
        lines: list[str] = []
        for line in block["body"].splitlines():
            if line.startswith("$ "):
                lines.append(line)
                output = run(line[2:])
                if output:
                    lines.append(output)
        return (block["marker"] or "") + "```console\n" + "\n".join(lines) + "\n```"

    return BLOCK.sub(rewrite, text)


if __name__ == "__main__":
    before = README.read_text(encoding="utf-8")
    after = synced(before)
    README.write_text(after, encoding="utf-8")
    print("README.md updated" if after != before else "README.md already up to date")
