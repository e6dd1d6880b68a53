"""Loads everything the app shows: the bundled data tree (checked against its signed manifest), the built-in
fallback hotline when the referral list cannot be used, and the clinic's own resources; it says plainly what
was rejected and why, and never raises.

What is trusted, and why (see docs/security.md):

- The whole bundled ``data/`` tree, ``data/fallback/`` included, is covered by one manifest signed with this
  build's key (:func:`screenaid.integrity.keys.trusted_public_keys`). Only files whose hash matches are
  loaded, from the very bytes that were hashed. A file that is added, changed or missing is skipped and
  named; the rest still loads.
- The referral list (``data/resources/``) is used only as a whole: one changed file, or an expired manifest,
  replaces it by the built-in fallback for the country (``data/fallback/<cc>/``), whose hashes are in the same
  signed manifest. Expiry does not apply to the fallback: it is the last resort.
- When the manifest itself is not trustworthy (missing, wrong key, rollback, malformed), nothing from the
  bundled tree can be told apart from a forgery, so none of it is shown, except the country's built-in
  fallback when its files match the digests compiled into the program.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from screenaid.content import ContentRoot, LoadResult, Origin, load_library
from screenaid.content.problems import Problem
from screenaid.content.snapshot import SNAPSHOT_NAME
from screenaid.integrity.keys import (
    MIN_BUNDLED_VERSION,
    BuildKind,
    KeyFileError,
    build_kind,
    public_key_from_base64,
    trusted_public_keys,
)
from screenaid.integrity.manifest import PackVerdict, fingerprint, verify_pack
from screenaid.paths import bundled_data_dir

RESOURCE_PACK = "resources"
"""The sub-folder of data/ holding the national referral list; used only when every file of it is intact."""
FALLBACK = "fallback"
"""The sub-folder of data/ holding the built-in fallback hotline per country."""


@dataclass(frozen=True, slots=True)
class AppContent:
    result: LoadResult
    pack: PackVerdict
    """The referral list's verdict (ok: every file intact and not expired); when not ok, the fallback is used."""
    clinic: PackVerdict | None
    """The clinic pack's verdict when a clinic key is configured; None when unsigned or absent."""
    notices: tuple[str, ...]
    """Plain-language warnings for the app's banner and for ``screenaid validate``."""
    tree: PackVerdict | None = None
    """The whole bundled data tree's verdict."""
    build: BuildKind = "development"
    key_fingerprints: tuple[str, ...] = field(default=())


def fallback_dir(country: str, data_dir: Path | None = None) -> Path:
    return (data_dir or bundled_data_dir()) / FALLBACK / country.lower()


def _trusted_keys() -> list[object]:
    return [public_key_from_base64(key) for key in trusted_public_keys()]


def trusted_fingerprints() -> tuple[str, ...]:
    return tuple(fingerprint(public_key_from_base64(key)) for key in trusted_public_keys())


def verify_bundled_tree(data_dir: Path, *, today: dt.date | None = None) -> PackVerdict:
    """Check the whole ``data_dir`` against this build's trusted key and the rollback floor."""
    return verify_pack(
        data_dir,
        _trusted_keys(),  # type: ignore[arg-type]
        min_version=MIN_BUNDLED_VERSION,
        today=today,
    )


def resource_verdict(tree: PackVerdict) -> PackVerdict:
    """The referral list's own verdict, derived from the tree's: ok only if every file of it is intact."""
    folder = tree.folder / RESOURCE_PACK
    if not tree.trusted:
        return PackVerdict(folder, False, tree.reason, tree.manifest)
    if tree.expired:
        return PackVerdict(folder, False, tree.reason, tree.manifest, trusted=True, expired=True)
    prefix = f"{RESOURCE_PACK}/"
    bad = [why for name, why in tree.bad_files if name.startswith(prefix)]
    if not any(name.startswith(prefix) for name in tree.files):
        bad = bad or [f"no signed file under {RESOURCE_PACK}/"]
    if bad:
        return PackVerdict(folder, False, bad[0], tree.manifest, trusted=True)
    return PackVerdict(folder, True, None, tree.manifest, trusted=True, key_fingerprint=tree.key_fingerprint)


def verify_bundled_pack(data_dir: Path, *, today: dt.date | None = None) -> PackVerdict:
    """The referral list's verdict for ``data_dir`` (kept for callers of the former per-folder check)."""
    return resource_verdict(verify_bundled_tree(data_dir, today=today))


def compiled_in_fallback(data_dir: Path, country: str) -> dict[str, bytes]:
    """The country's fallback files, read once, when every one matches the digest compiled into the program
    (:mod:`screenaid.integrity.fallback_digests`): the last resort when the signed manifest itself is unusable."""
    from screenaid.content.bounded_read import read_bounded
    from screenaid.content.digest import sha256_hex
    from screenaid.integrity.fallback_digests import FALLBACK_SHA256

    prefix = f"{country.lower()}/"
    wanted = {name: digest for name, digest in FALLBACK_SHA256.items() if name.startswith(prefix)}
    files: dict[str, bytes] = {}
    for name, digest in sorted(wanted.items()):
        try:
            data = read_bounded(data_dir / FALLBACK / name, 1_000_000)
        except (OSError, ValueError, MemoryError):
            return {}
        if sha256_hex(data) != digest:
            return {}
        files[name[len(prefix) :]] = data
    return files


def _ids_in(files: dict[str, bytes]) -> frozenset[str]:
    from screenaid.content.yaml_reader import DataFileError, read_yaml_bytes

    ids: set[str] = set()
    for data in files.values():
        try:
            document = read_yaml_bytes(data)
        except (DataFileError, MemoryError):
            continue
        entries = document.get("entries") if isinstance(document, dict) else None
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                ids.add(entry["id"].strip())
    return frozenset(ids)


def _reserved_ids(data_dir: Path, tree: PackVerdict) -> frozenset[str]:
    """Every id of the official referral list and fallback, even of files that failed their check: a clinic
    entry may never take one over, whatever state the bundled list is in."""
    from screenaid.content.bounded_read import read_bounded

    files = {n: d for n, d in tree.files.items() if n.startswith((RESOURCE_PACK, FALLBACK))}
    for folder in (RESOURCE_PACK, FALLBACK):
        try:
            paths = sorted((data_dir / folder).rglob("*.yaml"))
        except (OSError, ValueError):
            continue
        for path in paths:
            try:
                files.setdefault(path.relative_to(data_dir).as_posix(), read_bounded(path, 4_000_000))
            except (OSError, ValueError, MemoryError):
                continue
    return _ids_in(files)


def bundled_root(tree: PackVerdict) -> ContentRoot:
    """The bundled data as the loader reads it, from a trusted verdict on the whole tree: only the files whose
    hash matched; the referral list left out when its own verdict fails (expired, or a file of it changed);
    the validated snapshot offered only when the referral list passed (the loader still refuses it when any
    file it was built from is missing or changed, and reads the YAML instead)."""
    pack = resource_verdict(tree)
    bundled = {name: data for name, data in tree.files.items() if not name.startswith(f"{FALLBACK}/")}
    skip = frozenset({FALLBACK}) if pack.ok else frozenset({FALLBACK, RESOURCE_PACK})
    snapshot = tree.files.get(SNAPSHOT_NAME) if pack.ok else None  # verified bytes, or None
    return ContentRoot(tree.folder, Origin.BUNDLED, skip=skip, files=bundled, snapshot=snapshot)


def load_app_content(
    *,
    country: str,
    data_dir: Path | None = None,
    clinic_dir: Path | None = None,
    clinic_public_key: str | None = None,
    clinic_min_version: int = 1,
    today: dt.date | None = None,
) -> AppContent:
    """Everything the app shows; never raises (a fault in one input leaves the rest, fallback included)."""
    data_dir = data_dir or bundled_data_dir()
    today = today or dt.date.today()
    notices: list[str] = []
    try:
        tree = verify_bundled_tree(data_dir, today=today)
    except Exception as error:  # the app must come up whatever the disk holds
        tree = PackVerdict(data_dir, False, f"the bundled data cannot be checked ({type(error).__name__})")
    pack = resource_verdict(tree)
    roots: list[ContentRoot] = []
    extra_problems: list[Problem] = []
    if tree.trusted:
        roots.append(bundled_root(tree))
        for name, why in tree.bad_files:
            extra_problems.append(Problem(f"{data_dir.name}/{name}", None, None, f"{why}; not used"))
        if tree.bad_files and not tree.expired:
            notices.append(
                f"{len(tree.bad_files)} bundled file(s) differ from the signed manifest and were not used "
                f"(first: {tree.bad_files[0][1]}). Reinstall ScreenAid."
            )
    else:
        notices.append(
            f"The bundled content was rejected: {tree.reason}. None of it is shown: reinstall ScreenAid."
        )
    if not pack.ok:
        prefix = f"{FALLBACK}/{country.lower()}/"
        fallback = {name[len(prefix) :]: data for name, data in tree.files.items() if name.startswith(prefix)}
        if not tree.trusted:
            fallback = compiled_in_fallback(data_dir, country)
        if fallback:
            roots.append(ContentRoot(fallback_dir(country, data_dir), Origin.FALLBACK, files=fallback))
            shown = f"Showing only the built-in national hotline for {country.upper()}."
        else:
            shown = (
                f"No verified built-in hotline exists for {country.upper()}: use local emergency services."
            )
        if tree.trusted:
            notices.append(f"The bundled resource list was rejected: {pack.reason}. {shown}")
        else:
            notices.append(shown)
    clinic_verdict: PackVerdict | None = None
    if clinic_dir is not None:
        reserved = _reserved_ids(data_dir, tree)
        clinic_verdict = _add_clinic(
            roots, notices, clinic_dir, clinic_public_key, clinic_min_version, today, reserved
        )
    try:
        result = load_library(roots, today=today)
    except Exception as error:  # defensive: load_library catches per file; this keeps the promise
        notices.append(f"The content could not be loaded ({type(error).__name__}).")
        result = LoadResult(load_library([]).library, (), 0)
    if result.snapshot_problem:
        notices.append(
            f"{result.snapshot_problem[:1].upper()}{result.snapshot_problem[1:]}; the content was read from "
            "its data files instead. Reinstall ScreenAid if this message stays."
        )
    if extra_problems:
        result = replace(result, problems=(*extra_problems, *result.problems))
    if result.problems:
        notices.append(f"{len(result.problems)} content problem(s): some entries were skipped.")
    return AppContent(
        result, pack, clinic_verdict, tuple(notices), tree, build_kind(), trusted_fingerprints()
    )


def _add_clinic(
    roots: list[ContentRoot],
    notices: list[str],
    clinic_dir: Path,
    clinic_public_key: str | None,
    min_version: int,
    today: dt.date,
    reserved: frozenset[str],
) -> PackVerdict | None:
    try:
        is_folder = clinic_dir.is_dir()
    except (OSError, ValueError):
        is_folder = False
    if clinic_public_key:
        try:
            verdict = verify_pack(
                clinic_dir, public_key_from_base64(clinic_public_key), min_version=min_version, today=today
            )
        except KeyFileError as error:
            verdict = PackVerdict(clinic_dir, False, f"the configured clinic key is unusable: {error}")
        except Exception as error:  # a folder replaced while it is read, a file too large, …
            verdict = PackVerdict(clinic_dir, False, f"cannot be checked ({type(error).__name__})")
        if verdict.ok:
            roots.append(ContentRoot(clinic_dir, Origin.CLINIC, files=verdict.files, reserved_ids=reserved))
        else:
            notices.append(f"The clinic's own resources were rejected: {verdict.reason}.")
        return verdict
    if is_folder:
        roots.append(ContentRoot(clinic_dir, Origin.CLINIC, reserved_ids=reserved))
        notices.append("The clinic's own resources are not signed (no clinic key is configured).")
    else:
        notices.append(f"The clinic's resource folder was not found: {clinic_dir}.")
    return None
