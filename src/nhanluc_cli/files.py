"""Writing a file all at once: the only way nhanluc writes anything.

The text goes to a temporary file in the target's folder, flushed to disk, and only then takes
the real name, so a crash or a full disk never leaves half a report under it.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_whole(target: Path, text: str | bytes, *, replace: bool) -> bool:
    """Write `text` (UTF-8) or bytes (a .docx, an .xlsx) as `target`. With replace=False an
    existing name is left alone: False.

    Raises OSError when the folder cannot be written.
    """
    import secrets  # here, not at the top: only the commands that write need it

    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        # 0o666 and O_EXCL: the umask decides the mode, as for any file the user creates.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(text.encode("utf-8") if isinstance(text, str) else text)
            stream.flush()
            os.fsync(stream.fileno())
        if replace:
            os.replace(temporary, target)  # atomic
            return True
        return _publish_new(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _publish_new(temporary: Path, target: Path) -> bool:
    try:
        os.link(temporary, target)  # atomic, and refuses an existing name
        return True
    except FileExistsError:
        return False
    except OSError:
        pass  # no hard links here (some network or FAT file systems): rename instead
    if target.exists() or target.is_symlink():
        return False
    os.replace(temporary, target)
    return True
