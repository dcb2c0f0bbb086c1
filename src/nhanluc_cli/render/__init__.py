"""Output formats. Only this package imports rich, and only where a table is drawn."""
