"""nhanluc: track a Vietnamese government plan (first of all Kế hoạch số 60/KH-UBND of Càng
Long) from YAML files kept in git."""

__version__ = "0.1.0"
