"""Indicators: the trend maths (trend), each indicator's status on a date (status), E302/W31x."""
