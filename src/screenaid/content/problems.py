"""A problem found while loading content: where it is and what is wrong, for people who edit data files."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    """Path of the data file, relative to the folder that was loaded."""
    entry: str | None
    """Entry id, or ``#N`` (position in the file) when the entry has no readable id."""
    field: str | None
    """Dotted path of the field, e.g. ``channels.0.value``."""
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.entry:
            where += f": {self.entry}"
        if self.field:
            where += f": {self.field}"
        return f"{where}: {self.message}"

    def as_dict(self) -> dict[str, str | None]:
        return {"file": self.file, "entry": self.entry, "field": self.field, "message": self.message}
