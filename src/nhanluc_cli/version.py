"""The version of nhanluc that is running, from the installed distribution's metadata.

pyproject.toml is the only place the version is written (contract §20). An installer records it
in the name of the distribution's `nhanluc-VERSION.dist-info` folder (the installed-projects
specification), which is found with one directory listing per import path: that is also
importlib.metadata's own fast path, without the 17 ms its imports (email, csv, zipfile) cost a
command that starts up in 60. Anything unusual falls back to importlib.metadata itself.
"""

from __future__ import annotations

import os
import sys

DISTRIBUTION = "nhanluc"
UNKNOWN = "0+unknown"  # a source tree that was never installed (PEP 440 local version)


def installed_version() -> str:
    found = _dist_info_version()
    if found is not None:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return UNKNOWN


def _dist_info_version() -> str | None:
    prefix, suffix = f"{DISTRIBUTION}-", ".dist-info"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # not a folder (a zip file), or gone
            continue
        for name in names:
            if name.startswith(prefix) and name.endswith(suffix):
                version = name[len(prefix) : -len(suffix)]
                if version and version[0].isdigit() and "-" not in version:
                    return version
    return None
