"""The documents' examples are real: each `$ nhanluc ...` prints what the document shows.

After changing output on purpose, run `python scripts/readme_sync.py` and review the diff.
"""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import readme_sync  # noqa: E402

README_TEXT = readme_sync.README.read_text(encoding="utf-8")
TEXTS = {document: document.read_text(encoding="utf-8") for document in readme_sync.DOCUMENTS}


def test_the_readme_has_examples() -> None:
    assert len([e for e in readme_sync.examples(README_TEXT) if e.compare]) >= 8


# Each document with each kind of example it has: in a scratch folder or in place.
PARTS = [
    pytest.param(document, scratch, id=f"{document.name}-{'scratch' if scratch else 'in-place'}")
    for document, text in TEXTS.items()
    for scratch in (True, False)
    if any(example.scratch == scratch for example in readme_sync.examples(text))
]


@pytest.mark.slow
@pytest.mark.parametrize(("document", "scratch_only"), PARTS)
def test_every_example_prints_what_the_document_shows(document: Path, scratch_only: bool) -> None:
    """Each example's command, scratch blocks in order, prints what the document shows; one whose
    output depends on today's date (not compared) still runs without an internal error.

    One test per document and kind (in a scratch folder, one after another; in place, each on
    its own), not per example: the commands run once, in whichever worker takes the test
    (pytest-xdist's grouping of tests does not work with pytest 9.2)."""
    stale: list[str] = []
    broken: list[str] = []
    for example, output in readme_sync.outputs(TEXTS[document], scratch_only=scratch_only):
        if example.compare and output != example.output:
            diff = difflib.unified_diff(
                example.output.splitlines(), output.splitlines(), "document", "printed", lineterm=""
            )
            stale.append(f"$ {example.command}\n" + "\n".join(diff))
        elif not example.compare and ("Traceback" in output or "internal error" in output):
            broken.append(f"$ {example.command}\n{output}")
    assert not broken, "\n\n".join(broken)
    assert not stale, (
        f"{document.name} output is stale: run `python scripts/readme_sync.py` and review the "
        "diff\n\n" + "\n\n".join(stale)
    )


def test_every_command_is_documented() -> None:
    help_text = subprocess.run(
        [sys.executable, "-m", "nhanluc_cli", "--help", "--lang", "en"],
        capture_output=True,
        text=True,
        env=readme_sync.environment(),
        check=True,
    ).stdout
    commands = set(re.findall(r"^\s*│?\s*([a-z]+)\s{2,}", help_text.split("Commands:")[1], re.M))
    assert commands >= {"check", "status", "tasks", "overdue", "indicators", "agencies", "new"}
    documented = set(re.findall(r"`nhanluc ([a-z]+)", README_TEXT))
    assert commands <= documented, f"not in the README: {sorted(commands - documented)}"


# The harness itself: scratch blocks and files, on a document made up here.

SCRATCH_DOCUMENT = textwrap.dedent(
    """\
    Run in the repository:

    ```console
    $ ls examples
    shown
    ```

    <!-- readme: in-scratch -->
    ```console
    $ nhanluc init kho
    $ cd kho
    $ ls progress
    ```

    Not run:

    ```sh
    $ nhanluc init kho
    ```

    <!-- readme: file progress/2022.yaml -->
    ```yaml
    period: "2022"
    tasks:
      "3":
        status: done
    ```

    <!-- readme: in-scratch -->
    ```console
    $ nhanluc check --as-of 2021-08-05
    $ pwd | sed 's|.*/||'
    ```
    """
)


def test_steps_are_the_console_commands_and_the_files_in_document_order() -> None:
    steps = readme_sync.steps(SCRATCH_DOCUMENT)
    assert [type(step).__name__ for step in steps] == ["Example"] * 4 + ["FileStep"] + [
        "Example"
    ] * 2
    first, init, cd, _, file, check, _ = steps
    assert first == readme_sync.Example("ls examples", "shown", compare=True, scratch=False)
    assert init.scratch and cd.scratch and check.scratch and init.compare
    assert file == readme_sync.FileStep(
        "progress/2022.yaml", 'period: "2022"\ntasks:\n  "3":\n    status: done\n'
    )


def test_scratch_blocks_share_one_folder_and_its_current_folder() -> None:
    printed = [output for _, output in readme_sync.outputs(SCRATCH_DOCUMENT)]
    assert {"demo", "mistakes"} <= set(printed[0].split())  # run in the repository
    assert printed[1].startswith("Đã tạo thư mục dữ liệu kho")
    assert printed[2] == ""  # `cd` prints nothing
    assert printed[3] == "README.md"  # in kho/, so progress/ is kho/progress/
    assert 'progress/2022.yaml:4:5: error E201 tasks["3"]:' in printed[4]  # the file was written
    assert printed[5] == "kho"


def test_sync_rewrites_console_outputs_and_leaves_files_and_other_blocks_alone() -> None:
    synced = readme_sync.synced(SCRATCH_DOCUMENT)
    assert "$ ls examples\ndemo\nmistakes\n" in synced  # the repository's folders, in order
    assert "shown" not in synced
    assert "$ ls progress\nREADME.md\n```" in synced
    assert '<!-- readme: file progress/2022.yaml -->\n```yaml\nperiod: "2022"' in synced
    assert "```sh\n$ nhanluc init kho\n```" in synced
    assert readme_sync.synced(synced) == synced


def test_a_scratch_folder_cannot_be_left() -> None:
    text = "<!-- readme: in-scratch -->\n```console\n$ cd ..\n$ cd nowhere\n$ ls\n```\n"
    printed = [output for _, output in readme_sync.outputs(text)]
    assert printed == [
        "bash: cd: ..: No such file or directory",
        "bash: cd: nowhere: No such file or directory",
        "",
    ]


# The officials' guide (contract §10): linked first, walked through for real, every code explained.

GUIDE_TEXT = TEXTS[readme_sync.GUIDE]
# Contract §5 and §14.
CONTRACT_CODES = {f"E{n}" for n in (101, 102, 103, 104, 201, 210, 220, 230, 301, 302)} | {
    f"W{n}" for n in (311, 312, 313, 314, 317, 319, 321, 322, 323, 324, 325, 326)
}
# Spelled the new way: a tone on the second vowel of a syllable-final oa, oe or uy (not after q).
NEW_STYLE_TONE = re.compile(r"(?i)(?<!q)(o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ])(?![^\W\d_])")


def prose(text: str) -> str:
    """The text a reader reads as sentences: without fenced blocks and inline code."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.M | re.S)
    return re.sub(r"`[^`\n]*`", "", text)


def test_the_readme_links_the_guide_before_anything_else() -> None:
    before_first_heading = README_TEXT.split("\n## ", 1)[0]
    links = re.findall(r"\]\(([^)]+)\)", before_first_heading)
    assert links[:1] == ["docs/huong-dan-su-dung.md"]
    assert "Hướng dẫn sử dụng cho cán bộ (tiếng Việt)" in before_first_heading


def test_the_guide_walks_through_a_data_folder_of_its_own() -> None:
    steps = readme_sync.steps(GUIDE_TEXT)
    scratch = [s for s in steps if isinstance(s, readme_sync.Example) and s.scratch]
    files = [s for s in steps if isinstance(s, readme_sync.FileStep)]
    assert [s.command for s in scratch[:3]] == ["nhanluc init kho", "cd kho", "nhanluc new 2025-H1"]
    assert len(scratch) >= 6
    assert {f.path for f in files} >= {"progress/2025-H1.yaml"}
    assert len([s for s in readme_sync.examples(GUIDE_TEXT) if s.compare]) >= 15


def test_the_guide_explains_every_finding_code() -> None:
    rows = set(re.findall(r"^\| ([EW]\d{3}) \|", GUIDE_TEXT, re.M))
    assert rows >= CONTRACT_CODES, f"not explained: {sorted(CONTRACT_CODES - rows)}"


def test_the_guide_is_spelled_as_the_plan_is() -> None:
    text = prose(GUIDE_TEXT)
    assert NEW_STYLE_TONE.findall(text) == []
    assert re.findall(r"\d %", text) == []  # "70%", no space
