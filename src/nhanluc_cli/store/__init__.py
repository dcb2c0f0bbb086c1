"""A data folder loaded once and remembered by content: dataset, cache, units."""
