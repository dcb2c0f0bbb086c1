"""Everything that makes a Finding from loaded data: the catalogue of checks across files and
how they run (catalogue.py), references, figures and conflicts (references.py, figures.py,
conflicts.py), plausibility, the as-of findings (as_of.py), a closed plan's account
(closed_plan.py), the reporting calendar (reporting.py), copies of a report (copies.py).

The package itself imports nothing, so that a warm command that needs one of these modules does
not pay for the models the catalogue imports.
"""
