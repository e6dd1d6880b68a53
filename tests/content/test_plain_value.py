"""plain_value checks a plainly typed value by the markers' rules without pydantic, and gives what pydantic
gives; anything it is not sure of is pydantic's to decide (NeedsPydantic)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated, Any, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from screenaid.content.constraints import After, Before, Limits, NeedsPydantic, plain_value


def _upper(value: object) -> object:
    return value.strip().upper() if isinstance(value, str) else value


def _short(value: str) -> str:
    if len(value) > 3:
        raise ValueError("too long")
    return value


def _below_first(value: int, data: dict[str, Any]) -> int:
    if value >= data.get("first", 100):
        raise ValueError("not below first")
    return value


HINTS: list[Any] = [
    str,
    int,
    bool,
    Path,
    Path | None,
    Literal["letter", "a4"] | None,
    Annotated[str, Before(_upper)],
    Annotated[str | None, Before(_upper), After(_short)],
    Annotated[int, Limits(ge=1, le=120)],
    Annotated[int, Limits(ge=20, le=600), After(_below_first, with_data=True)],
    Annotated[str, Limits(min_length=1, max_length=5)],
]
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 700),
    st.text(max_size=7),
    st.sampled_from(["a4", "letter", " gb ", "", "/srv/x", "relative", "15", "true", 2.0]),
)


@given(hint=st.sampled_from(HINTS), value=VALUES, first=st.integers(0, 700))
def test_what_it_accepts_pydantic_accepts_with_the_same_value(hint: Any, value: Any, first: int) -> None:
    data = {"first": first}
    try:
        plain = plain_value(hint, value, data)
    except NeedsPydantic:
        return
    # as a field after "first", so that a rule reading earlier fields sees it, as in the settings
    pair = dataclasses.make_dataclass("Pair", [("first", int), ("second", hint)])
    try:
        expected = TypeAdapter(pair).validate_python({"first": first, "second": value}).second
    except ValidationError:
        pytest.fail(f"plain_value accepted {value!r} for {hint!r}, pydantic refuses it")
    assert plain == expected
    assert type(plain) is type(expected)


@pytest.mark.parametrize(
    ("hint", "value", "expected"),
    [
        (Annotated[str, Before(_upper)], " gb ", "GB"),
        (Path | None, None, None),
        (Path, "/srv/x", Path("/srv/x")),
        (Literal["letter", "a4"] | None, "a4", "a4"),
        (Annotated[int, Limits(ge=1, le=120)], 120, 120),
        (Annotated[int, Limits(ge=20, le=600), After(_below_first, with_data=True)], 30, 30),
    ],
)
def test_plain_values_pass(hint: Any, value: Any, expected: Any) -> None:
    assert plain_value(hint, value, {"first": 60}) == expected


@pytest.mark.parametrize(
    ("hint", "value"),
    [
        (int, "15"),  # pydantic's lax conversion: pydantic decides
        (int, True),
        (bool, 1),
        (str, b"x"),
        (Path, ""),
        (Literal["letter", "a4"], "A4"),
        (Annotated[int, Limits(ge=1, le=120)], 0),
        (Annotated[str, Limits(max_length=2)], "abc"),
        (Annotated[str, Limits(pattern="^a$")], "a"),  # a bound left to pydantic
        (Annotated[str | None, Before(_upper), After(_short)], "long text"),
        (Annotated[int, Limits(ge=20, le=600), After(_below_first, with_data=True)], 60),
        (int | str, 1),  # a union of two types
        (float, 1.0),  # a type it does not know
        (Annotated[int, object()], 1),  # a marker it does not know
    ],
)
def test_anything_else_is_left_to_pydantic(hint: Any, value: Any) -> None:
    with pytest.raises(NeedsPydantic):
        plain_value(hint, value, {"first": 60})
