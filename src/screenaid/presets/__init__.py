"""Audience presets: which handout lines suit a group of patients in a country (pure Python, no Qt)."""

from screenaid.presets.selection import default_preset, fits, handout_lines, presets_of

__all__ = ["default_preset", "fits", "handout_lines", "presets_of"]
