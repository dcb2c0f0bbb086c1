"""Aggregates over a judged plan: overview, final evaluation, roll-up, reporting."""
