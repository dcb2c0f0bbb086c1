"""A reader that goes away: `nhanluc status | head -1` closes the pipe before the command has
written everything. That is not a bug, nor a finding in the data (exit 1): the command ends with
the code a shell gives a command cut off by its pipe, whichever way it ran (cli/__init__.run,
cli/quick.py, usage.NhanlucGroup). No Typer, no rich: quick.py imports it."""

import os
import sys

EXIT_READER_GONE = 141  # 128 + SIGPIPE


def reader_gone() -> int:
    """Point stdout at nothing, so that Python's flush at exit (of what is still buffered for
    the reader that has gone) says nothing more; the exit code to end with."""
    try:
        nothing = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nothing, sys.stdout.fileno())
        os.close(nothing)
    except (OSError, ValueError):  # no stdout with a descriptor (replaced, or closed)
        pass
    return EXIT_READER_GONE
