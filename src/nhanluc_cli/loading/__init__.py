"""One file: bytes -> models + findings + places; the only yaml importer."""
