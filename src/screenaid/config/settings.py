"""The clinic's settings: what IT staff may set for every user of a workstation, with safe defaults."""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path
from typing import Literal

import pycountry
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from screenaid.content.common import LanguageTag
from screenaid.content.jurisdictions import ALL, normalise_jurisdiction
from screenaid.interface_language import interface_language_of

# ScreenAid uses no pydantic plugins. Without this, pydantic looks for them in the entry points of every
# installed distribution when it builds its first model (about 5 ms at each start), and any it finds would
# see every value validated (settings, content). This is the documented switch; a value set outside wins.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

ENV_PREFIX = "SCREENAID_"
LETTER_COUNTRIES = frozenset({"US", "CA"})
"""Countries whose default paper is US Letter; everywhere else defaults to A4 (set ``paper_size`` to change)."""

PaperSize = Literal["letter", "a4"]
HandoutLayout = Literal["page", "cards"]
StartPage = Literal["cover", "learn", "screen", "ask", "document", "refer"]
InterfaceLanguage = Literal["en", "es", "fr"]
"""Languages the interface is translated into (``screenaid/ui/translations``); content keeps its own."""


class ClinicConfig(BaseModel):
    """Machine-wide settings. Build it with :func:`screenaid.config.load_config`, which reads the files and
    environment in the documented order and never raises; constructing it directly gives the defaults (it
    reads nothing itself)."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)

    country: str = Field(default="US", description="ISO 3166-1 alpha-2 code, e.g. US, GB, DE")
    region: str | None = Field(default=None, description="ISO 3166-2 code inside the country, e.g. US-CA")
    jurisdiction: str | None = Field(
        default=None,
        description="whose law and routes to show: ISO 3166 code such as US, US-TX, CA, GB-SCT, AU, IE; "
        "unset: the region, else the country",
    )
    handout_language: LanguageTag = Field(
        default="en",
        validate_default=False,  # "en" is already standard; checking it would load langcodes at every start
        description="BCP 47 language tag of the handout, e.g. es",
    )
    handout_layout: HandoutLayout = "page"
    interface_language: InterfaceLanguage | None = Field(
        default=None, description="en, es or fr; unset: the system's language if it is one of them, else en"
    )
    paper_size: PaperSize | None = Field(default=None, description="letter or a4; unset: by country")
    idle_wipe_minutes: int = Field(default=10, ge=1, le=120)
    idle_warning_seconds: int = Field(default=30, ge=20, le=600, description="WCAG 2.2.1: at least 20 s")
    quick_exit_shortcut: bool = Field(default=True, description="pressing Shift three times exits quickly")
    start_page: StartPage = Field(
        default="cover", description="page shown at start and after an idle wipe; cover: a neutral page"
    )
    local_resources_dir: Path | None = Field(
        default=None, description="absolute path of the clinic's resources"
    )
    clinic_public_key: str | None = Field(
        default=None, description="base64 of a raw 32-byte Ed25519 public key"
    )
    clinic_min_version: int = Field(
        default=1, ge=1, description="rollback floor: a clinic pack older than this version is refused"
    )

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
        language = interface_language_of(value)  # "es-MX", "fr_CA" -> "es", "fr"
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
            Ed25519PublicKey.from_public_bytes(raw)
        except ValueError:
            raise ValueError(f"is not an Ed25519 public key (decodes to {len(raw)} bytes, need 32)") from None
        return text

    def public_key(self) -> Ed25519PublicKey | None:
        """The clinic's signing key, ready for verification, or ``None`` when none is configured."""
        if self.clinic_public_key is None:
            return None
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(self.clinic_public_key))


def effective_paper_size(config: ClinicConfig) -> PaperSize:
    """The configured paper size, or the country's usual one: Letter in the US and Canada, else A4."""
    if config.paper_size is not None:
        return config.paper_size
    return "letter" if config.country in LETTER_COUNTRIES else "a4"


def effective_jurisdiction(config: ClinicConfig) -> str:
    """Whose law, reporting duties and routes the app shows: the ``jurisdiction`` setting, else the
    region, else the country."""
    return config.jurisdiction or config.region or config.country
