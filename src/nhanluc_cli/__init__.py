"""nhanluc: track the plans of Vietnamese communes, provinces and their departments (targets,
tasks, the offices' reports) from YAML files kept in git; plan 60/KH-UBND of Càng Long ships as
the example.

`__version__` is the installed distribution's version: pyproject.toml is its only source
(contract §20), read back from the package metadata the first time it is asked for.
"""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from nhanluc_cli.version import installed_version

        value = installed_version()
        globals()["__version__"] = value  # asked once per process
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
