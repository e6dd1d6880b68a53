"""pydantic validation of content: the one way a data file's entry becomes a content model.

The content models are plain dataclasses (:mod:`screenaid.content.common`), so reading the validated snapshot
needs no pydantic. Whatever comes from a file (the bundled YAML, a clinic folder, the built-in fallback,
``screenaid validate``) goes through :func:`validated`, and pydantic is imported then, not before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from pydantic import TypeAdapter, ValidationError

T = TypeVar("T")

_MESSAGES = {
    "unexpected_keyword_argument": "Extra inputs are not permitted",
    "dataclass_type": "Input should be a valid dictionary or instance of {class_name}",
}
"""pydantic words two errors differently for a dataclass than for a model (an unknown field; a part that is
not a mapping); reports keep the wording they have always had, so an editor's notes and the docs still fit."""


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}
"""One validator per model, built when the first entry of its kind is validated."""


def _adapter(model: type[T]) -> TypeAdapter[T]:
    adapter = _ADAPTERS.get(model)
    if adapter is not None:
        return adapter
    from pydantic import TypeAdapter  # pydantic's plugins are switched off by the screenaid package itself

    adapter = _ADAPTERS[model] = TypeAdapter(model)
    return adapter


def validated(model: type[T], raw: Any) -> T:
    """``raw`` (a mapping of fields, as read from a data file) validated as ``model``; raises pydantic's
    ``ValidationError`` naming each field that is wrong (:func:`error_details` lists them)."""
    entry: T = _adapter(model).validate_python(raw)
    return entry


def validation_error() -> type[ValidationError]:
    """pydantic's ``ValidationError`` class (imported when asked for: only code that validates needs it)."""
    from pydantic import ValidationError

    return ValidationError


def error_details(error: ValidationError) -> list[tuple[str | None, str]]:
    """(field path such as ``channels.0.value``, or None for the entry as a whole; message) for each
    problem."""
    details = []
    for detail in error.errors(include_url=False, include_input=False):
        where = ".".join(str(part) for part in detail["loc"]) or None
        message = _MESSAGES.get(detail["type"])
        details.append((where, message.format(**detail.get("ctx", {})) if message else detail["msg"]))
    return details
