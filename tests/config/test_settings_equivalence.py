"""The dataclass settings are checked exactly as the former pydantic model checked them: for any mix of good
and bad values, the same normalised settings, or the same errors (setting, message, type, value) in the same
order. The former model is kept here, in the tests only, as the reference."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any, Literal

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nacl.signing import SigningKey, VerifyKey
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from screenaid.config import ClinicConfig, validate_settings
from screenaid.config.settings import SETTING_NAMES
from screenaid.content.common import LanguageTag
from screenaid.content.jurisdictions import ALL, normalise_jurisdiction
from screenaid.interface_language import interface_language_of


class FormerClinicConfig(BaseModel):
    """``screenaid.config.settings.ClinicConfig`` as it was up to main e6c6845 (descriptions left out)."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)

    country: str = "US"
    region: str | None = None
    jurisdiction: str | None = None
    handout_language: LanguageTag = Field(default="en", validate_default=False)
    handout_layout: Literal["page", "cards"] = "page"
    interface_language: Literal["en", "es", "fr"] | None = None
    paper_size: Literal["letter", "a4"] | None = None
    idle_wipe_minutes: int = Field(default=10, ge=1, le=120)
    idle_warning_seconds: int = Field(default=30, ge=20, le=600)
    quick_exit_shortcut: bool = True
    start_page: Literal["cover", "learn", "screen", "ask", "document", "refer"] = "cover"
    local_resources_dir: Path | None = None
    clinic_public_key: str | None = None
    clinic_min_version: int = Field(default=1, ge=1)

    @field_validator("country", mode="before")
    @classmethod
    def _country_code(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        code = value.strip().upper()
        if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
            raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code (e.g. US, GB, DE)")
        return code

    @field_validator("region", mode="before")
    @classmethod
    def _region_code(cls, value: object, info: ValidationInfo) -> object:
        if not isinstance(value, str):
            return value
        code = value.strip().upper()
        subdivision = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
        if subdivision is None:
            raise ValueError(f"{value!r} is not an ISO 3166-2 region code (e.g. US-CA, GB-SCT)")
        country = info.data.get("country")
        if country is not None and subdivision.country_code != country:
            raise ValueError(f"region {code} is not in country {country}")
        return code

    @field_validator("jurisdiction", mode="before")
    @classmethod
    def _jurisdiction_code(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        code = normalise_jurisdiction(value)
        if code == ALL:
            raise ValueError("must name a country or region (e.g. US, GB-SCT), not ALL")
        return code

    @field_validator("interface_language", mode="before")
    @classmethod
    def _interface_language(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        language = interface_language_of(value)
        if language is None:
            raise ValueError(f"{value!r} is not an interface language (en, es or fr)")
        return language

    @field_validator("idle_warning_seconds")
    @classmethod
    def _warning_fits_in_idle_time(cls, value: int, info: ValidationInfo) -> int:
        minutes = info.data.get("idle_wipe_minutes")
        if minutes is not None and value >= minutes * 60:
            raise ValueError(f"must be shorter than idle_wipe_minutes ({minutes} min = {minutes * 60} s)")
        return value

    @field_validator("local_resources_dir")
    @classmethod
    def _absolute_folder(cls, value: Path | None) -> Path | None:
        if value is not None and "\x00" in str(value):
            raise ValueError("must not contain a NUL character")
        if value is not None and not value.is_absolute():
            raise ValueError(f"must be an absolute path (got {str(value)!r})")
        return value

    @field_validator("clinic_public_key", mode="before")
    @classmethod
    def _ed25519_key(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        text = value.strip()
        try:
            raw = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("is not base64 text") from None
        try:
            VerifyKey(raw)
        except ValueError:
            raise ValueError(f"is not an Ed25519 public key (decodes to {len(raw)} bytes, need 32)") from None
        return text


KEY = base64.b64encode(SigningKey.generate().verify_key.encode()).decode()
ANY = [None, 0, 1, True, "", " ", [], {}, 2.5, "true", ["US"], {"a": 1}, dt.date(2026, 11, 30), dt.time(1, 2)]
"""Besides each setting's own values: what any TOML value can be (tables, arrays, dates and times too)."""
VALUES: dict[str, list[Any]] = {
    "country": ["US", " gb ", "de", "XX", "USA", "CA"],
    "region": ["US-CA", "us-ny", " gb-sct ", "US-ZZ", "DE-BY", "CA-ON"],
    "jurisdiction": ["gb-nir", "ALL", "all", "US-TX", "xx", "CA"],
    "handout_language": ["en", "PT-br", "english!", "fr", "zh-hans"],
    "handout_layout": ["page", "cards", "Page"],
    "interface_language": ["es-MX", "fr_CA", "de", " en ", "EN"],
    "paper_size": ["a4", "letter", "a3", "A4"],
    "idle_wipe_minutes": [10, "15", 500, "ten", 120, 121, -1, 1.0],
    "idle_warning_seconds": [30, 19, 90, "45", 600, 601, 59, 60],
    "quick_exit_shortcut": ["false", "maybe", "yes", "off"],
    "start_page": ["cover", "screen", "nowhere"],
    "local_resources_dir": ["/etc/x", "resources", "/a\x00b", "~/x"],
    "clinic_public_key": [KEY, f" {KEY} ", "AAAA", "not base64!"],
    "clinic_min_version": [0, "3", -1, 7],
}


def former(values: dict[str, Any]) -> tuple[str, Any]:
    try:
        return "ok", FormerClinicConfig(**values).model_dump()
    except ValidationError as error:
        return "errors", [(e["loc"], e["msg"], e["type"], repr(e["input"])) for e in error.errors()]


def now(values: dict[str, Any]) -> tuple[str, Any]:
    try:
        return "ok", dataclasses.asdict(validate_settings(values))
    except ValidationError as error:
        return "errors", [(e["loc"], e["msg"], e["type"], repr(e["input"])) for e in error.errors()]


def test_the_same_settings_in_the_same_order() -> None:
    assert list(FormerClinicConfig.model_fields) == list(SETTING_NAMES)
    assert dataclasses.asdict(ClinicConfig()) == FormerClinicConfig().model_dump()
    assert validate_settings({}) == ClinicConfig()


@pytest.mark.parametrize("name", list(VALUES))
def test_each_value_alone_gives_the_same_result(name: str) -> None:
    for value in VALUES[name] + ANY:
        assert now({name: value}) == former({name: value}), (name, value)


@st.composite
def value_mixes(draw: st.DrawFn) -> dict[str, Any]:
    chosen = draw(st.sets(st.sampled_from(list(VALUES)), max_size=6))
    return {name: draw(st.sampled_from(VALUES[name] + ANY)) for name in sorted(chosen)}


@settings(max_examples=400, deadline=None)
@given(value_mixes())
def test_any_mix_of_values_gives_the_same_result(values: dict[str, Any]) -> None:
    assert now(values) == former(values)
