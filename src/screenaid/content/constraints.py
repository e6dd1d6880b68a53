"""Validation rules for the content models' fields, written without importing pydantic.

The content models are plain dataclasses (:mod:`screenaid.content.common`): the app reads them from the
validated snapshot and never needs pydantic to start. pydantic still validates every data file, through
:func:`screenaid.content.validation.validated`; it finds the rules below in the fields' ``Annotated``
metadata through its documented ``__get_pydantic_core_schema__`` protocol, and only then is ``pydantic_core``
imported (inside that method). Each marker is the counterpart of pydantic's own annotation:

- :class:`After` of ``AfterValidator`` and :class:`Before` of ``BeforeValidator`` (``with_data``: the
  function also gets the fields validated before this one, pydantic's ``info.data``);
- :class:`Limits` of ``Field(min_length=, max_length=, ge=, le=)`` and ``StringConstraints``;
- :class:`WebAddress` of ``HttpUrl``, giving the address as text.

:func:`plain_value` applies the same rules without pydantic to a value that is plainly of its declared type,
and leaves everything else to pydantic (the clinic settings use it for a configuration file's usual values).
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

_LIMITS_BY_TYPE = {
    "str": {"min_length", "max_length", "pattern"},
    "int": {"ge", "le"},
    "float": {"ge", "le"},
    "tuple": {"min_length", "max_length"},
    "list": {"min_length", "max_length"},
    "dict": {"min_length", "max_length"},
}
"""Which limits each kind of core schema takes (the keys pydantic_core reads on it)."""


class _Check:
    __slots__ = ("func", "with_data")

    _before = False

    def __init__(self, func: Callable[..., Any], *, with_data: bool = False) -> None:
        self.func = func
        self.with_data = with_data

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        from pydantic_core import core_schema

        schema = handler(source)
        func = self.func
        if self.with_data:
            with_info = (
                core_schema.with_info_before_validator_function
                if self._before
                else core_schema.with_info_after_validator_function
            )
            return with_info(lambda value, info: func(value, info.data), schema)
        without_info = (
            core_schema.no_info_before_validator_function
            if self._before
            else core_schema.no_info_after_validator_function
        )
        return without_info(func, schema)


class After(_Check):
    """Run ``func`` on the value once the type itself has been validated (pydantic's ``AfterValidator``);
    ``func`` raises ``ValueError`` with a message for the reviewer. With ``with_data``, it is called as
    ``func(value, data)``, ``data`` holding the fields declared before this one that passed."""

    __slots__ = ()


class Before(_Check):
    """Run ``func`` on the raw value before the type is validated (pydantic's ``BeforeValidator``), e.g. to
    normalise a code; ``with_data`` as for :class:`After`."""

    __slots__ = ()

    _before = True


class Limits:
    """Bounds on a value: length of a text, tuple or mapping; range of a number; a text's pattern.

    Set on the type's own schema, as pydantic does for ``Field(min_length=...)``, so the messages are
    pydantic's ("Tuple should have at least 1 item after validation, not 0"). A bound the type does not
    take raises ``TypeError`` when the schema is built, so a misuse fails in the tests, not silently.
    (Plain classes, not dataclasses: about 1 ms less at every start, for no behaviour they need.)
    """

    __slots__ = ("limits",)

    def __init__(
        self,
        *,
        min_length: int | None = None,
        max_length: int | None = None,
        ge: float | None = None,
        le: float | None = None,
        pattern: str | None = None,
    ) -> None:
        given = {"min_length": min_length, "max_length": max_length, "ge": ge, "le": le, "pattern": pattern}
        self.limits = {name: value for name, value in given.items() if value is not None}

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        schema = handler(source)
        wanted = self.limits
        allowed = _LIMITS_BY_TYPE.get(schema["type"], set())
        misplaced = sorted(set(wanted) - allowed)
        if misplaced:
            raise TypeError(f"{', '.join(misplaced)} cannot apply to a {schema['type']!r} value ({source!r})")
        settable: dict[str, Any] = schema  # type: ignore[assignment]  # the keys were checked above
        settable.update(wanted)
        return schema


def _as_text(url: Any) -> str:
    return str(url)


class WebAddress:
    """An http(s) address checked exactly as pydantic's ``HttpUrl`` checks it (its schemes, at most 2,083
    characters), kept as the text ``str(HttpUrl(...))`` gives (``https://example.org`` becomes
    ``https://example.org/``)."""

    __slots__ = ()

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        from pydantic_core import core_schema

        url = core_schema.url_schema(allowed_schemes=["http", "https"], max_length=2083)
        return core_schema.no_info_after_validator_function(
            _as_text, url, serialization=core_schema.to_string_ser_schema()
        )


class NeedsPydantic(Exception):
    """Raised by :func:`plain_value` when only pydantic can decide (and word the error)."""


_PLAIN_TYPES: dict[Any, type] = {str: str, int: int, bool: bool}


def plain_value(hint: Any, value: Any, data: Mapping[str, Any]) -> Any:
    """``value`` checked against ``hint`` (a field's annotation with the markers above) without pydantic, when
    it is plainly of its declared type and every rule passes: what pydantic would give for it. Anything
    else raises :class:`NeedsPydantic`: a value of another type (pydantic's lax conversions, ``"15"`` for an
    integer), a rule that fails, a type or a bound this reader does not know. So it can only ever accept
    what pydantic accepts, and then gives the same value (a test compares both on random settings); every
    refusal, and every message, stays pydantic's. ``data``: the fields checked before this one, for the
    rules that read them (``with_data``)."""
    import typing
    from pathlib import Path

    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        base, *markers = typing.get_args(hint)
        return _through_markers(base, markers, value, data)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        others = [option for option in options if option is not type(None)]
        if len(others) != 1:
            raise NeedsPydantic
        return plain_value(others[0], value, data)
    if origin is typing.Literal:
        if type(value) is str and value in typing.get_args(hint):
            return value
        raise NeedsPydantic
    if hint is Path:
        if type(value) is str and value:
            return Path(value)
        raise NeedsPydantic
    expected = _PLAIN_TYPES.get(hint)
    if expected is None or type(value) is not expected:
        raise NeedsPydantic
    return value


def _through_markers(base: Any, markers: list[Any], value: Any, data: Mapping[str, Any]) -> Any:
    """As pydantic applies ``Annotated[base, *markers]``: each marker wraps the ones before it."""
    if not markers:
        return plain_value(base, value, data)
    *inner, last = markers
    try:
        if isinstance(last, Before):
            value = last.func(value, data) if last.with_data else last.func(value)
            return _through_markers(base, inner, value, data)
        if isinstance(last, After):
            value = _through_markers(base, inner, value, data)
            return last.func(value, data) if last.with_data else last.func(value)
    except (ValueError, TypeError):  # a rule refused it: pydantic says so, in its words
        raise NeedsPydantic from None
    if isinstance(last, Limits):
        value = _through_markers(base, inner, value, data)
        if not _within(last.limits, value):
            raise NeedsPydantic
        return value
    raise NeedsPydantic


def _within(limits: Mapping[str, Any], value: Any) -> bool:
    for name, bound in limits.items():
        if name == "ge" and type(value) is int and value >= bound:
            continue
        if name == "le" and type(value) is int and value <= bound:
            continue
        if name == "min_length" and type(value) is str and len(value) >= bound:
            continue
        if name == "max_length" and type(value) is str and len(value) <= bound:
            continue
        return False  # out of bounds, or a bound this reader leaves to pydantic (a pattern)
    return True
