"""The content models are frozen dataclasses that pydantic validates: their rules (constraints.py) act as
pydantic's own did, with the same messages, and a misplaced rule fails when the validator is built."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Annotated, get_args, get_type_hints

import pytest
from pydantic import HttpUrl, TypeAdapter, ValidationError

from screenaid.content.common import ContentModel, Record, Source
from screenaid.content.constraints import After, Limits, WebAddress
from screenaid.content.kinds import KINDS
from screenaid.content.loader import load_library
from screenaid.content.resources import Channel, ChannelKind
from screenaid.content.validation import error_details, validated


def _models() -> set[type]:
    """Every content model: the kinds and the parts nested in their fields (channels, sections, answers...)."""
    seen: set[type] = set()
    todo: list[object] = list(KINDS.values())
    while todo:
        item = todo.pop()
        if isinstance(item, type) and dataclasses.is_dataclass(item):
            if item not in seen:
                seen.add(item)
                todo += get_type_hints(item).values()
        else:
            todo += get_args(item)
    return seen


def test_every_model_is_a_frozen_slotted_dataclass_with_pydantic_settings() -> None:
    models = _models()
    assert len(models) > 30
    for model in models:
        params = model.__dataclass_params__  # type: ignore[attr-defined]
        assert params.frozen, model
        assert "__slots__" in vars(model), model  # the snapshot fills models through their slots
        assert model.__pydantic_config__ == {"extra": "forbid", "str_strip_whitespace": True}, model


def test_every_model_shares_the_base_comparison_and_repr() -> None:
    """Declared with eq=False, repr=False (generating them for each model costs start-up time)."""
    for model in _models():
        assert issubclass(model, ContentModel), model
        for method in ("__eq__", "__hash__", "__repr__"):
            assert getattr(model, method) is getattr(ContentModel, method), (model, method)


def test_models_compare_and_hash_by_class_and_fields() -> None:
    raw = {"id": "src-a", "title": "A", "publisher": "P", "year": 2020, "url": "https://example.org/a"}
    first, second = validated(Source, raw), validated(Source, raw)
    assert first == second
    assert first is not second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1
    assert first != dataclasses.replace(first, year=2021)
    assert first != validated(Record, {"id": "src-a"})  # another class
    assert first != "src-a"
    channel = {"kind": "phone", "value": "911"}
    assert validated(Channel, channel) == validated(Channel, dict(channel))
    assert repr(validated(Record, {"id": "x"})) == "Record(id='x')"
    assert repr(first).startswith("Source(id='src-a', title='A', publisher='P', year=2020, url=")


def test_a_model_cannot_be_changed_after_it_is_made() -> None:
    source = validated(
        Source, {"id": "src-a", "title": " A ", "publisher": "P", "year": None, "url": "https://example.org"}
    )
    assert source.title == "A"  # stripped
    with pytest.raises(dataclasses.FrozenInstanceError):
        source.title = "B"  # type: ignore[misc]


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org",
        "http://example.org/a b?q=1#x",
        "https://EXAMPLE.org:443/path/",
        "https://bücher.example/straße",
        "https://example.org/%7Euser",
    ],
)
def test_a_web_address_is_the_text_pydantic_gave_it(url: str) -> None:
    adapter = TypeAdapter(Annotated[str, WebAddress()])
    assert adapter.validate_python(url) == str(HttpUrl(url))
    assert adapter.dump_python(adapter.validate_python(url), mode="json") == str(HttpUrl(url))


@pytest.mark.parametrize(
    "url", ["ftp://example.org/x", "not a url", "https://", "https://e.org/" + "x" * 2083]
)
def test_a_web_address_is_refused_where_pydantic_refused_it(url: str) -> None:
    with pytest.raises(ValidationError) as ours:
        TypeAdapter(Annotated[str, WebAddress()]).validate_python(url)
    with pytest.raises(ValidationError) as theirs:
        TypeAdapter(HttpUrl).validate_python(url)
    assert [e["msg"] for e in ours.value.errors()] == [e["msg"] for e in theirs.value.errors()]


def test_limits_give_pydantic_messages() -> None:
    short = TypeAdapter(Annotated[tuple[int, ...], Limits(min_length=2)])
    with pytest.raises(ValidationError, match="at least 2 items"):
        short.validate_python([1])
    year = TypeAdapter(Annotated[int, Limits(ge=1900, le=2100)] | None)
    assert year.validate_python(None) is None
    with pytest.raises(ValidationError, match="greater than or equal to 1900"):
        year.validate_python(1800)
    slug = TypeAdapter(Annotated[str, Limits(pattern=r"^[a-z]+$")])
    with pytest.raises(ValidationError, match="should match pattern"):
        slug.validate_python("Not")


@pytest.mark.parametrize(
    "annotation",
    [
        Annotated[bool, Limits(min_length=1)],
        Annotated[str, Limits(ge=1)],
        Annotated[dt.date, Limits(max_length=3)],
        Annotated[int, Limits(pattern="x")],
    ],
)
def test_a_limit_the_type_does_not_take_fails_when_the_validator_is_built(annotation: object) -> None:
    with pytest.raises(TypeError, match="cannot apply"):
        TypeAdapter(annotation)


def test_after_runs_once_the_type_is_valid() -> None:
    def shout(value: str) -> str:
        if value == "no":
            raise ValueError("not this one")
        return value.upper()

    adapter = TypeAdapter(Annotated[str, After(shout)])
    assert adapter.validate_python("yes") == "YES"
    with pytest.raises(ValidationError, match="Value error, not this one"):
        adapter.validate_python("no")
    with pytest.raises(ValidationError, match="valid string"):
        adapter.validate_python(5)


def test_checks_after_the_fields_run_while_validating_not_when_read_back() -> None:
    with pytest.raises(ValidationError, match="only text channels take a keyword"):
        validated(Channel, {"kind": "phone", "value": "911", "keyword": "HELP"})
    with pytest.raises(ValidationError, match="must use https"):
        validated(Channel, {"kind": "web", "value": "http://example.org"})
    assert validated(Channel, {"kind": "text", "value": "233733", "keyword": "HELP"}).kind is ChannelKind.TEXT


def test_problems_keep_the_wording_of_the_pydantic_models(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """pydantic words two errors differently for dataclasses; the loader's reports (and the docs) keep the
    words they always had."""
    folder = tmp_path / "data"
    (folder / "resources").mkdir(parents=True)
    (folder / "resources" / "r.yaml").write_text(
        "kind: resource\n"
        "entries:\n"
        "  - id: res-x\n"
        "    unknown: 1\n"
        "    channels: [text, {kind: phone, value: '911', extra: 2}]\n"
    )
    problems = {(p.entry, p.field): p.message for p in load_library(folder).problems}
    assert problems[("res-x", "unknown")] == "Extra inputs are not permitted; entry skipped"
    assert problems[("res-x", "channels.0")] == (
        "Input should be a valid dictionary or instance of Channel; entry skipped"
    )
    assert problems[("res-x", "channels.1.extra")] == "Extra inputs are not permitted; entry skipped"
    assert problems[("res-x", "name")] == "Field required; entry skipped"


def test_error_details_name_the_field_or_the_entry() -> None:
    with pytest.raises(ValidationError) as error:
        validated(Record, {"id": "Not An Id"})
    assert error_details(error.value) == [("id", "String should match pattern '^[a-z0-9][a-z0-9-]{0,79}$'")]
    with pytest.raises(ValidationError) as error:
        validated(Channel, {"kind": "phone", "value": "911", "keyword": "HELP"})
    assert error_details(error.value) == [(None, "Value error, only text channels take a keyword")]


def test_the_package_names_load_on_first_use() -> None:
    import screenaid.content as content
    from screenaid.content.library import Library
    from screenaid.content.loader import load_library

    assert sorted(content._HOMES) == sorted(content.__all__)
    assert content.Library is Library
    assert content.load_library is load_library
    with pytest.raises(AttributeError):
        content.Nothing  # noqa: B018
