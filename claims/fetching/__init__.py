"""Fetching and archiving sources. Pure Python: imports nothing from Django."""
