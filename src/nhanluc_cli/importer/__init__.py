"""Reading a plan document into a draft plan YAML (`nhanluc import`, contract §12).

Pure parsing, in three steps that meet in plain values:

- `text.text_blocks` (plain text, as OCR gives it) and `word.docx_blocks` (a .docx) turn a
  document into the same list of blocks: paragraphs and task-table rows;
- `reading.read_plan` reads the blocks into a `draft.Draft`: header facts, agencies, tasks and
  draft indicators, each unreadable piece kept as a note at its place;
- `yaml_text.draft_yaml` writes the draft as YAML text, with `# kiểm tra lại` on every guess.

Nothing here prints, reads the clock or imports typer; python-docx is imported only by `word`.
"""

from __future__ import annotations

from nhanluc_cli.importer.draft import ImportProblem

__all__ = ["ImportProblem"]
