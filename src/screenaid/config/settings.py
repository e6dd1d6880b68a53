"""The clinic's settings: what IT staff may set for every user of a workstation, with safe defaults.

:class:`ClinicConfig` is a plain frozen dataclass: the defaults cost nothing, and a workstation with no
configuration never imports pydantic, ISO tables or key code. Values read from a file or the environment are
checked by :func:`validate_settings`: by the declared rules alone when they are plainly valid (a clinic's usual
file), else by pydantic (imported then), which words every error. The field validators below are plain
functions, and they and the bounds are declared with the content models' rules
(:mod:`screenaid.content.constraints`), which pydantic applies through its documented
``__get_pydantic_core_schema__`` hook; descriptions and ``validate_default`` are pydantic ``Field`` arguments
given as the dataclass fields' metadata, which pydantic reads for standard dataclasses.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from screenaid.content.constraints import After, Before, Limits

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from screenaid.content.common import LanguageTag

ENV_PREFIX = "SCREENAID_"
LETTER_COUNTRIES = frozenset({"US", "CA"})
"""Countries whose default paper is US Letter; everywhere else defaults to A4 (set ``paper_size`` to change)."""

PaperSize = Literal["letter", "a4"]
HandoutLayout = Literal["page", "cards"]
StartPage = Literal["cover", "learn", "screen", "ask", "document", "refer"]
InterfaceLanguage = Literal["en", "es", "fr"]
"""Languages the interface is translated into (``screenaid/ui/translations``); content keeps its own."""


def _country_code(value: object) -> object:
    if not isinstance(value, str):
        return value
    from screenaid.content.jurisdictions import is_country_code

    code = value.strip().upper()
    if not is_country_code(code):
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code (e.g. US, GB, DE)")
    return code


def _region_code(value: object, data: Mapping[str, Any]) -> object:
    if not isinstance(value, str):
        return value
    from screenaid.content.jurisdictions import country_of, is_region_code

    code = value.strip().upper()
    if not is_region_code(code):
        raise ValueError(f"{value!r} is not an ISO 3166-2 region code (e.g. US-CA, GB-SCT)")
    country = data.get("country")
    if country is not None and country_of(code) != country:
        raise ValueError(f"region {code} is not in country {country}")
    return code


def _jurisdiction_code(value: object) -> object:
    if not isinstance(value, str):
        return value
    from screenaid.content.jurisdictions import ALL, normalise_jurisdiction

    code = normalise_jurisdiction(value)
    if code == ALL:
        raise ValueError("must name a country or region (e.g. US, GB-SCT), not ALL")
    return code


def _interface_language(value: object) -> object:
    if not isinstance(value, str):
        return value
    from screenaid.interface_language import interface_language_of

    language = interface_language_of(value)  # "es-MX", "fr_CA" -> "es", "fr"
    if language is None:
        raise ValueError(f"{value!r} is not an interface language (en, es or fr)")
    return language


def _warning_fits_in_idle_time(value: int, data: Mapping[str, Any]) -> int:
    minutes = data.get("idle_wipe_minutes")
    if minutes is not None and value >= minutes * 60:
        raise ValueError(f"must be shorter than idle_wipe_minutes ({minutes} min = {minutes * 60} s)")
    return value


def _absolute_folder(value: Path | None) -> Path | None:
    if value is not None and "\x00" in str(value):
        raise ValueError("must not contain a NUL character")
    if value is not None and not value.is_absolute():
        raise ValueError(f"must be an absolute path (got {str(value)!r})")
    return value


def _ed25519_key(value: object) -> object:
    if not isinstance(value, str):
        return value
    from nacl.signing import VerifyKey

    text = value.strip()
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("is not base64 text") from None
    try:
        VerifyKey(raw)
    except (ValueError, TypeError):
        raise ValueError(f"is not an Ed25519 public key (decodes to {len(raw)} bytes, need 32)") from None
    return text


@dataclass(frozen=True, slots=True, kw_only=True)
class ClinicConfig:
    """Machine-wide settings. Build it with :func:`screenaid.config.load_config`, which reads the files and
    environment in the documented order and never raises; constructing it directly gives the defaults (it
    reads nothing itself) and takes the values given as they are: check outside values with
    :func:`validate_settings`."""

    __pydantic_config__ = {"extra": "forbid", "validate_default": True}  # noqa: RUF012 (pydantic's ConfigDict)

    country: Annotated[str, Before(_country_code)] = field(
        default="US", metadata={"description": "ISO 3166-1 alpha-2 code, e.g. US, GB, DE"}
    )
    region: Annotated[str | None, Before(_region_code, with_data=True)] = field(
        default=None, metadata={"description": "ISO 3166-2 code inside the country, e.g. US-CA"}
    )
    jurisdiction: Annotated[str | None, Before(_jurisdiction_code)] = field(
        default=None,
        metadata={
            "description": "whose law and routes to show: ISO 3166 code such as US, US-TX, CA, GB-SCT, AU, "
            "IE; unset: the region, else the country"
        },
    )
    handout_language: LanguageTag = field(
        default="en",
        metadata={
            "validate_default": False,  # "en" is already standard; checking it would load langcodes
            "description": "BCP 47 language tag of the handout, e.g. es",
        },
    )
    handout_layout: HandoutLayout = "page"
    interface_language: Annotated[InterfaceLanguage | None, Before(_interface_language)] = field(
        default=None,
        metadata={"description": "en, es or fr; unset: the system's language if it is one of them, else en"},
    )
    paper_size: PaperSize | None = field(
        default=None, metadata={"description": "letter or a4; unset: by country"}
    )
    idle_wipe_minutes: Annotated[int, Limits(ge=1, le=120)] = 10
    idle_warning_seconds: Annotated[
        int, Limits(ge=20, le=600), After(_warning_fits_in_idle_time, with_data=True)
    ] = field(default=30, metadata={"description": "WCAG 2.2.1: at least 20 s"})
    quick_exit_shortcut: bool = field(
        default=True, metadata={"description": "pressing Shift three times exits quickly"}
    )
    start_page: StartPage = field(
        default="cover",
        metadata={"description": "page shown at start and after an idle wipe; cover: a neutral page"},
    )
    local_resources_dir: Annotated[Path | None, After(_absolute_folder)] = field(
        default=None, metadata={"description": "absolute path of the clinic's resources"}
    )
    clinic_public_key: Annotated[str | None, Before(_ed25519_key)] = field(
        default=None, metadata={"description": "base64 of a raw 32-byte Ed25519 public key"}
    )
    clinic_min_version: Annotated[int, Limits(ge=1)] = field(
        default=1,
        metadata={"description": "rollback floor: a clinic pack older than this version is refused"},
    )


SETTING_NAMES: tuple[str, ...] = tuple(f.name for f in fields(ClinicConfig))
"""Every setting, in declaration order (the order pydantic checks them in)."""


def validate_settings(values: Mapping[str, Any]) -> ClinicConfig:
    """Settings from outside (a file, the environment), checked and normalised (``" gb "`` → ``"GB"``,
    ``"15"`` → 15); unset ones keep their defaults. Raises ``pydantic.ValidationError`` naming each setting
    that fails. With no values, the defaults come back without importing pydantic.

    A clinic's file usually holds well-typed, valid values (``country = "CA"``, ``idle_wipe_minutes = 5``):
    those are checked by the same rules without pydantic (:func:`_plainly_valid`), which spares a configured
    start about 60 ms and 15 MB. Any other value, and every error, goes to pydantic."""
    if not values:
        return ClinicConfig()
    plain = _plainly_valid(values)
    if plain is not None:
        return plain
    return _adapter().validate_python(dict(values))


def _plainly_valid(values: Mapping[str, Any]) -> ClinicConfig | None:
    """The settings, when every value (and every default, as ``validate_default`` has it) is plainly of its
    declared type and passes its rules (:func:`screenaid.content.constraints.plain_value`); else None."""
    from screenaid.content.constraints import NeedsPydantic, plain_value

    if not set(values) <= set(SETTING_NAMES):
        return None
    hints = _hints()
    checked: dict[str, Any] = {}
    for item in fields(ClinicConfig):
        name = item.name
        if name not in values and item.metadata.get("validate_default") is False:
            checked[name] = item.default
            continue
        try:
            checked[name] = plain_value(hints[name], values.get(name, item.default), checked)
        except NeedsPydantic:
            return None
    return ClinicConfig(**checked)


@cache
def _hints() -> dict[str, Any]:
    """Each setting's annotation, evaluated (with ``LanguageTag``, which this module names only for typing)."""
    import typing

    from screenaid.content.common import LanguageTag

    return typing.get_type_hints(ClinicConfig, localns={"LanguageTag": LanguageTag}, include_extras=True)


@cache
def _adapter() -> TypeAdapter[ClinicConfig]:
    """Built once, at the first value to check. ``LanguageTag`` is imported here, not with this module, and
    pydantic finds it among this function's local names (``TypeAdapter`` resolves the annotations with the
    names of the frame that creates it)."""
    from pydantic import TypeAdapter

    from screenaid.content.common import LanguageTag  # noqa: F401 (read by TypeAdapter, see above)

    return TypeAdapter(ClinicConfig)


def effective_paper_size(config: ClinicConfig) -> PaperSize:
    """The configured paper size, or the country's usual one: Letter in the US and Canada, else A4."""
    if config.paper_size is not None:
        return config.paper_size
    return "letter" if config.country in LETTER_COUNTRIES else "a4"


def effective_jurisdiction(config: ClinicConfig) -> str:
    """Whose law, reporting duties and routes the app shows: the ``jurisdiction`` setting, else the
    region, else the country."""
    return config.jurisdiction or config.region or config.country
