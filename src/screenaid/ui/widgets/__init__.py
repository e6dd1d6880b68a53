"""Reusable widgets (one widget class per module)."""
