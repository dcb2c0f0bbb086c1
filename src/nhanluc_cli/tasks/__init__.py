"""Tasks: deadline wording -> occurrences (deadlines), statuses on a date (status)."""
