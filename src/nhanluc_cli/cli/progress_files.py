"""Where a new progress report goes and how it is written, for `nhanluc new` and for the
report read back from a form (cli/new_form.py): one place, so that neither command module
imports the other.

Never overwrites: the file appears whole or not at all (a temporary file in the same folder,
then a hard link, which fails when the name is taken; where links are not supported, a rename
after checking the name is free).
"""

import errno
import os
from pathlib import Path

from nhanluc_cli.files import write_whole

SCHEMA_FILE = Path("schema") / "progress.schema.json"


def progress_name(period: str, agency: str | None) -> str:
    """progress/PERIOD.yaml, or PERIOD-AGENCY.yaml for one agency's report (contract §19)."""
    return f"{period}-{agency}.yaml" if agency else f"{period}.yaml"


def schema_ref(progress_dir: Path) -> str:
    """The path from the new file to schema/progress.schema.json when a folder above has one;
    else the layout contract §1.2 shows (data/progress/ beside the repository's schema/)."""
    from nhanluc_cli.drafts.progress_report import DEFAULT_SCHEMA_REF

    start = progress_dir.resolve()
    for folder in (start, *start.parents):
        if (folder / SCHEMA_FILE).is_file():
            return Path(os.path.relpath(folder / SCHEMA_FILE, start)).as_posix()
        if (folder / ".git").exists():
            break  # the repository's root: a schema further up is not this repository's
    return DEFAULT_SCHEMA_REF


def write_new_file(target: Path, text: str) -> bool:
    """Write `text` as `target` unless it exists: False then, and nothing is changed.

    The text goes to a temporary file in the same folder first, so a crash or a full disk never
    leaves half a report under the real name. Raises OSError when the folder is not writable.
    """
    if target.parent.exists() and not target.parent.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(target.parent))
    target.parent.mkdir(exist_ok=True)
    return write_whole(target, text, replace=False)
