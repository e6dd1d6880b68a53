"""Loads everything the app shows: bundled content, the verified resource pack (or the built-in fallback),
and the clinic's own resources, and says plainly what was rejected and why."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from screenaid.content import ContentRoot, LoadResult, Origin, load_library
from screenaid.integrity.keys import (
    BUNDLED_PUBLIC_KEY,
    MIN_BUNDLED_VERSION,
    KeyFileError,
    public_key_from_base64,
)
from screenaid.integrity.manifest import PackVerdict, verify_pack
from screenaid.paths import bundled_data_dir, package_file

RESOURCE_PACK = "resources"
"""The sub-folder of data/ that is covered by the signed manifest."""


@dataclass(frozen=True, slots=True)
class AppContent:
    result: LoadResult
    pack: PackVerdict
    """The bundled resource pack's verdict; when not ok, the built-in fallback is loaded instead."""
    clinic: PackVerdict | None
    """The clinic pack's verdict when a clinic key is configured; None when unsigned or absent."""
    notices: tuple[str, ...]
    """Plain-language warnings for the app's banner and for ``screenaid validate``."""


def fallback_dir(country: str) -> Path:
    return package_file("integrity", "fallback", country.lower())


def verify_bundled_pack(data_dir: Path, *, today: dt.date | None = None) -> PackVerdict:
    """Check ``data_dir/resources`` against the pinned key and the rollback floor."""
    return verify_pack(
        data_dir / RESOURCE_PACK,
        public_key_from_base64(BUNDLED_PUBLIC_KEY),
        min_version=MIN_BUNDLED_VERSION,
        today=today,
    )


def load_app_content(
    *,
    country: str,
    data_dir: Path | None = None,
    clinic_dir: Path | None = None,
    clinic_public_key: str | None = None,
    today: dt.date | None = None,
) -> AppContent:
    data_dir = data_dir or bundled_data_dir()
    notices: list[str] = []
    pack = verify_bundled_pack(data_dir, today=today)
    roots = [
        ContentRoot(data_dir, Origin.BUNDLED, skip=frozenset() if pack.ok else frozenset({RESOURCE_PACK}))
    ]
    if not pack.ok:
        fallback = fallback_dir(country)
        if fallback.is_dir():
            roots.append(ContentRoot(fallback, Origin.FALLBACK))
            shown = f"Showing only the built-in national hotline for {country.upper()}."
        else:
            shown = f"No built-in fallback exists for {country.upper()}: use local emergency services."
        notices.append(f"The bundled resource list was rejected: {pack.reason}. {shown}")
    clinic_verdict: PackVerdict | None = None
    if clinic_dir is not None:
        if clinic_public_key:
            try:
                clinic_verdict = verify_pack(
                    clinic_dir, public_key_from_base64(clinic_public_key), today=today
                )
            except KeyFileError as error:
                clinic_verdict = PackVerdict(
                    clinic_dir, False, f"the configured clinic key is unusable: {error}"
                )
            if clinic_verdict.ok:
                roots.append(ContentRoot(clinic_dir, Origin.CLINIC))
            else:
                notices.append(f"The clinic's own resources were rejected: {clinic_verdict.reason}.")
        elif clinic_dir.is_dir():
            roots.append(ContentRoot(clinic_dir, Origin.CLINIC))
            notices.append("The clinic's own resources are not signed (no clinic key is configured).")
        else:
            notices.append(f"The clinic's resource folder was not found: {clinic_dir}.")
    result = load_library(roots)
    if result.problems:
        notices.append(f"{len(result.problems)} content problem(s): some entries were skipped.")
    return AppContent(result, pack, clinic_verdict, tuple(notices))
