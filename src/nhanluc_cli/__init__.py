"""nhanluc: track Kế hoạch số 60/KH-UBND (Càng Long) from YAML files kept in git."""

__version__ = "0.1.0"
