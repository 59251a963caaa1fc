"""Helpers for scripts/bench.py (and the page-weight budget test)."""
