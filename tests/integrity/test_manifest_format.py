"""The signed manifest's format, rule by rule: what :func:`parse_manifest` accepts and refuses, that it never
accepts what the former pydantic model refused, and that the signed bytes are exactly the ones written before."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nacl.signing import SigningKey

from screenaid.integrity.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    ManifestError,
    manifest_payload,
    parse_manifest,
    sign_pack,
    verify_pack,
)
from tests.conftest import DATA_DIR

VALID: dict[str, Any] = {
    "pack": "screenaid-data",
    "version": 2,
    "verified_on": "2026-11-25",
    "signed_on": "2026-11-30",
    "expires": "2027-05-24",
    "files": {"resources/us.yaml": "ab" * 32},
}


def with_(**changes: Any) -> dict[str, Any]:
    return {**VALID, **changes}


def without(name: str) -> dict[str, Any]:
    return {key: value for key, value in VALID.items() if key != name}


def encode(data: object) -> bytes:
    return json.dumps(data).encode()


ACCEPTED: list[tuple[str, dict[str, Any]]] = [
    ("all fields", VALID),
    ("signed_on null", with_(signed_on=None)),
    ("signed_on absent", without("signed_on")),
    ("pack of 1 character", with_(pack="p")),
    ("pack of 100 characters", with_(pack="é" * 100)),
    ("a huge version", with_(version=10**30)),
    ("verified on the day it was signed", with_(verified_on="2026-11-30")),
    ("expires the day after verified_on", with_(expires="2026-11-26")),
    ("a leap day", with_(verified_on="2024-02-29", signed_on="2024-02-29")),
    ("any text as a digest", with_(files={"a": "", "": "x"})),
    ("a character outside the BMP, escaped", with_(pack="\U0001f600")),
    ("a backslash and u in a name", with_(files={"\\ud800": "ab"})),
]

REFUSED: list[tuple[str, bytes, str]] = [
    ("not JSON", b"{pack", "not valid JSON"),
    ("JSON then more", encode(VALID) + b" x", "not valid JSON"),
    ("not UTF-8", encode(VALID).replace(b"screenaid", b"scr\xffenaid"), "not UTF-8 text"),
    ("a list", encode([VALID]), "must be a JSON object"),
    ("half a character in pack", encode(with_(pack="\ud800x")), "not valid JSON (a \\u escape of half"),
    ("half a character in a name", encode(with_(files={"\udc00": "ab"})), "not valid JSON (a \\u escape"),
    ("nesting too deep", b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    ("pack missing", encode(without("pack")), "pack: missing"),
    ("version missing", encode(without("version")), "version: missing"),
    ("verified_on missing", encode(without("verified_on")), "verified_on: missing"),
    ("expires missing", encode(without("expires")), "expires: missing"),
    ("files missing", encode(without("files")), "files: missing"),
    ("an extra key", encode(with_(signature="x")), "signature: not a manifest field"),
    ("pack empty", encode(with_(pack="")), "pack: must have 1 to 100 characters"),
    ("pack too long", encode(with_(pack="x" * 101)), "pack: must have 1 to 100 characters"),
    ("pack a number", encode(with_(pack=5)), "pack: must be text"),
    ("version 0", encode(with_(version=0)), "version: must be at least 1"),
    ("version negative", encode(with_(version=-3)), "version: must be at least 1"),
    ("version true", encode(with_(version=True)), "version: must be a whole number"),
    ("version false", encode(with_(version=False)), "version: must be a whole number"),
    ("version a fraction", encode(with_(version=2.5)), "version: must be a whole number"),
    ("version 2.0", encode(with_(version=2.0)), "version: must be a whole number"),
    ("version text", encode(with_(version="2")), "version: must be a whole number"),
    ("version null", encode(with_(version=None)), "version: must be a whole number"),
    ("version NaN", encode(VALID).replace(b'"version": 2', b'"version": NaN'), "version: must be a whole"),
    ("a date with a time", encode(with_(verified_on="2026-11-25T00:00:00")), "verified_on: must be a date"),
    ("a date with a time zone", encode(with_(expires="2027-05-24Z")), "expires: must be a date"),
    ("a timestamp as a date", encode(with_(verified_on=1764028800)), "verified_on: must be a date"),
    ("a timestamp in text", encode(with_(verified_on="1764028800")), "verified_on: must be a date"),
    ("a basic-format date", encode(with_(verified_on="20261125")), "verified_on: must be a date"),
    ("a week date", encode(with_(verified_on="2026-W48-3")), "verified_on: must be a date"),
    ("a short date", encode(with_(verified_on="2026-1-5")), "verified_on: must be a date"),
    ("a date and a newline", encode(with_(verified_on="2026-11-25\n")), "verified_on: must be a date"),
    ("non-ASCII digits", encode(with_(verified_on="２０２６-11-25")), "verified_on: must be a date"),
    ("not a calendar date", encode(with_(expires="2027-02-30")), "expires: '2027-02-30' is not a calendar"),
    ("year 0", encode(with_(verified_on="0000-01-01")), "verified_on: '0000-01-01' is not a calendar"),
    ("signed_on empty", encode(with_(signed_on="")), "signed_on: must be a date"),
    ("signed_on a number", encode(with_(signed_on=0)), "signed_on: must be a date"),
    ("files empty", encode(with_(files={})), "files: must list at least one file"),
    ("files a list", encode(with_(files=["a"])), "files: must be an object"),
    ("a digest not text", encode(with_(files={"a": 1})), "files.a: must be text"),
    ("a digest null", encode(with_(files={"a": None})), "files.a: must be text"),
    ("verified after signed", encode(with_(verified_on="2026-12-01")), "verified_on is later than the day"),
    ("expires on verified_on", encode(with_(expires="2026-11-25")), "expires must be after verified_on"),
    ("expires before verified_on", encode(with_(expires="2026-01-01")), "expires must be after verified_on"),
]


@pytest.mark.parametrize(("case", "data"), ACCEPTED, ids=[case for case, _ in ACCEPTED])
def test_valid_manifests_are_read_with_their_values(case: str, data: dict[str, Any]) -> None:
    manifest = parse_manifest(encode(data))
    assert manifest.pack == data["pack"]
    assert manifest.version == data["version"]
    assert manifest.verified_on == dt.date.fromisoformat(data["verified_on"])
    assert manifest.expires == dt.date.fromisoformat(data["expires"])
    signed_on = data.get("signed_on")
    assert manifest.signed_on == (None if signed_on is None else dt.date.fromisoformat(signed_on))
    assert manifest.files == data["files"]


@pytest.mark.parametrize(("case", "payload", "message"), REFUSED, ids=[case for case, _, _ in REFUSED])
def test_each_broken_rule_is_refused_with_the_field_named(case: str, payload: bytes, message: str) -> None:
    with pytest.raises(ManifestError) as raised:
        parse_manifest(payload)
    assert str(raised.value).startswith(message)


@pytest.mark.parametrize(("case", "payload", "message"), REFUSED, ids=[case for case, _, _ in REFUSED])
def test_a_signed_but_malformed_manifest_is_not_trusted(
    tmp_path: Any, case: str, payload: bytes, message: str
) -> None:
    key = SigningKey.generate()
    (tmp_path / MANIFEST_NAME).write_bytes(payload[:900_000])
    (tmp_path / SIGNATURE_NAME).write_bytes(key.sign(payload[:900_000]).signature.hex().encode())
    verdict = verify_pack(tmp_path, key.verify_key, today=dt.date(2026, 11, 30))
    assert not verdict.ok
    assert not verdict.trusted
    assert verdict.reason is not None
    assert verdict.reason.startswith(f"{MANIFEST_NAME} is signed but malformed: ")
    if len(payload) <= 900_000:
        assert verdict.reason.endswith(str(_refusal(payload)))


def _refusal(payload: bytes) -> ManifestError:
    try:
        parse_manifest(payload)
    except ManifestError as error:
        return error
    raise AssertionError("accepted")


@pytest.mark.parametrize(
    "changes",
    [
        {"pack": ""},
        {"pack": "x" * 101},
        {"version": 0},
        {"files": {}},
        {"verified_on": dt.date(2026, 12, 1)},
        {"expires": dt.date(2026, 11, 25)},
    ],
)
def test_a_manifest_that_breaks_a_rule_cannot_be_constructed_either(changes: dict[str, Any]) -> None:
    values: dict[str, Any] = {
        "pack": "p",
        "version": 1,
        "verified_on": dt.date(2026, 11, 25),
        "signed_on": dt.date(2026, 11, 30),
        "expires": dt.date(2027, 5, 24),
        "files": {"a": "b"},
    }
    with pytest.raises(ManifestError):
        Manifest(**{**values, **changes})


def test_the_committed_manifest_is_written_back_byte_for_byte() -> None:
    committed = (DATA_DIR / MANIFEST_NAME).read_bytes()
    assert manifest_payload(parse_manifest(committed)) == committed


def test_the_payload_is_the_former_models_json_dump() -> None:
    """The exact layout the pydantic model's ``model_dump(mode="json")`` gave, keys sorted, null kept."""
    manifest = Manifest(
        pack="clinic é",
        version=3,
        verified_on=dt.date(2026, 1, 2),
        expires=dt.date(2026, 3, 4),
        files={"b/z.yaml": "00", "a.yaml": "ff"},
    )
    assert manifest_payload(manifest) == (
        b'{\n  "expires": "2026-03-04",\n  "files": {\n    "a.yaml": "ff",\n    "b/z.yaml": "00"\n  },\n'
        b'  "pack": "clinic \\u00e9",\n  "signed_on": null,\n  "verified_on": "2026-01-02",\n'
        b'  "version": 3\n}\n'
    )
    assert manifest_payload(manifest) == _pydantic_era_payload(manifest)
    assert parse_manifest(manifest_payload(manifest)) == manifest


def test_signing_writes_what_reading_gives_back(tmp_path: Any) -> None:
    (tmp_path / "a.yaml").write_text("x: 1\n", encoding="utf-8")
    key = SigningKey.generate()
    today = dt.date(2026, 11, 30)
    signed = sign_pack(tmp_path, key, pack="p", version=4, verified_on=today, expires=today + dt.timedelta(1))
    assert parse_manifest((tmp_path / MANIFEST_NAME).read_bytes()) == signed
    assert (tmp_path / MANIFEST_NAME).read_bytes() == _pydantic_era_payload(signed)
    assert verify_pack(tmp_path, key.verify_key, today=today).ok


# The former pydantic model, kept here (tests only) as the reference the hand-written checker is held to.


def _pydantic_era_model() -> Any:
    from pydantic import BaseModel, ConfigDict, Field, model_validator

    class PydanticManifest(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True)

        pack: str = Field(min_length=1, max_length=100)
        version: int = Field(ge=1)
        verified_on: dt.date
        signed_on: dt.date | None = None
        expires: dt.date
        files: dict[str, str] = Field(min_length=1)

        @model_validator(mode="after")
        def _dates_in_order(self) -> PydanticManifest:
            if self.signed_on is not None and self.verified_on > self.signed_on:
                raise ValueError("verified_on is later than the day the manifest was signed")
            if self.expires <= self.verified_on:
                raise ValueError("expires must be after verified_on")
            return self

    return PydanticManifest


def _pydantic_era_payload(manifest: Manifest) -> bytes:
    model = _pydantic_era_model()(
        pack=manifest.pack,
        version=manifest.version,
        verified_on=manifest.verified_on,
        signed_on=manifest.signed_on,
        expires=manifest.expires,
        files=manifest.files,
    )
    return (json.dumps(model.model_dump(mode="json"), indent=2, sort_keys=True) + "\n").encode()


def _pydantic_era_reading(payload: bytes) -> tuple[Any, ...] | None:
    from pydantic import ValidationError

    try:
        old = _pydantic_era_model().model_validate_json(payload)
    except ValidationError:
        return None
    return (old.pack, old.version, old.verified_on, old.signed_on, old.expires, old.files)


def _reading(payload: bytes) -> tuple[Any, ...] | None:
    try:
        new = parse_manifest(payload)
    except ManifestError:
        return None
    return (new.pack, new.version, new.verified_on, new.signed_on, new.expires, new.files)


LAX_PYDANTIC_ONLY = [
    with_(version=True),
    with_(version="2"),
    with_(version=2.0),
    with_(verified_on="2026-11-25T00:00:00"),
    with_(verified_on="2026-11-25 00:00Z"),
    with_(expires=1811116800),  # 2027-05-24 as a Unix timestamp
]
"""What pydantic's lax JSON mode took and no signed manifest ever held (manifest_payload writes JSON integers
and YYYY-MM-DD): refused now, on purpose."""


@pytest.mark.parametrize("data", LAX_PYDANTIC_ONLY)
def test_what_only_pydantics_lax_mode_took_is_refused_now(data: dict[str, Any]) -> None:
    assert _pydantic_era_reading(encode(data)) is not None
    assert _reading(encode(data)) is None


def test_nothing_the_pydantic_model_refused_is_accepted_and_values_agree() -> None:
    cases = [encode(data) for _, data in ACCEPTED] + [payload for _, payload, _ in REFUSED]
    for payload in cases:
        new = _reading(payload)
        if new is not None:
            assert _pydantic_era_reading(payload) == new, payload[:200]
    for _, data in ACCEPTED:
        assert _pydantic_era_reading(encode(data)) is not None


_json_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=3),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        ["", "p", "2", "2026-11-25", "2026-11-30", "2027-05-24", "2026-02-30", "2026-11-25T00:00"]
    ),
    st.dictionaries(st.sampled_from(["a", "b/c.yaml", ""]), st.sampled_from(["", "ab", 1, None]), max_size=2),
)


@settings(max_examples=300, deadline=None)
@given(
    changes=st.dictionaries(
        st.sampled_from([*VALID, "other"]), _json_values | st.sampled_from(list(VALID.values())), max_size=3
    ),
    dropped=st.sets(st.sampled_from(list(VALID)), max_size=2),
)
def test_the_checker_never_accepts_more_than_the_pydantic_model(
    changes: dict[str, Any], dropped: set[str]
) -> None:
    data = {key: value for key, value in {**VALID, **changes}.items() if key not in dropped}
    payload = encode(data)
    new = _reading(payload)
    if new is not None:
        assert _pydantic_era_reading(payload) == new
