"""Signed manifests for resource packs: build and sign one, and verify a folder against one."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field, ValidationError

MANIFEST_NAME = "MANIFEST.json"
SIGNATURE_NAME = "MANIFEST.sig"
_MAX_MANIFEST_BYTES = 1_000_000
_SHA256_HEX = r"^[0-9a-f]{64}$"


class Manifest(BaseModel):
    """What a pack's publisher vouches for: every file's hash, the version, when it was checked, until when."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pack: str = Field(min_length=1, max_length=100)
    version: int = Field(ge=1)
    verified_on: dt.date
    expires: dt.date
    files: dict[str, str] = Field(min_length=1, description="relative path → SHA-256 hex digest")


@dataclass(frozen=True, slots=True)
class PackVerdict:
    """The outcome of checking one pack. ``ok`` False means none of its files may be used."""

    folder: Path
    ok: bool
    reason: str | None = None
    manifest: Manifest | None = None

    @property
    def verified_on(self) -> dt.date | None:
        return self.manifest.verified_on if self.manifest else None

    @property
    def version(self) -> int | None:
        return self.manifest.version if self.manifest else None


def pack_files(folder: Path) -> list[str]:
    """Every file of a pack, as sorted POSIX paths relative to it, except the manifest and its signature."""
    return sorted(
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and path.name not in (MANIFEST_NAME, SIGNATURE_NAME)
    )


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sign_pack(
    folder: Path,
    key: Ed25519PrivateKey,
    *,
    pack: str,
    version: int,
    verified_on: dt.date,
    expires: dt.date,
) -> Manifest:
    """Write MANIFEST.json and MANIFEST.sig into ``folder`` for the files it holds now."""
    if expires <= verified_on:
        raise ValueError("expires must be after verified_on")
    manifest = Manifest(
        pack=pack,
        version=version,
        verified_on=verified_on,
        expires=expires,
        files={name: _sha256(folder / name) for name in pack_files(folder)},
    )
    payload = (json.dumps(manifest.model_dump(mode="json"), indent=2, sort_keys=True) + "\n").encode()
    (folder / MANIFEST_NAME).write_bytes(payload)
    (folder / SIGNATURE_NAME).write_bytes(key.sign(payload).hex().encode() + b"\n")
    return manifest


def verify_pack(
    folder: Path,
    public_key: Ed25519PublicKey,
    *,
    min_version: int = 1,
    today: dt.date | None = None,
) -> PackVerdict:
    """Check a pack: exact-bytes signature first, then version floor, expiry, and every file's hash."""
    today = today or dt.date.today()

    def reject(reason: str, manifest: Manifest | None = None) -> PackVerdict:
        return PackVerdict(folder, False, reason, manifest)

    manifest_path, signature_path = folder / MANIFEST_NAME, folder / SIGNATURE_NAME
    try:
        payload = manifest_path.read_bytes()[: _MAX_MANIFEST_BYTES + 1]
        signature_text = signature_path.read_bytes()[:1000]
    except OSError as error:
        return reject(f"{error.filename and Path(error.filename).name}: cannot be read ({error.strerror})")
    if len(payload) > _MAX_MANIFEST_BYTES:
        return reject(f"{MANIFEST_NAME} is too large")
    try:
        signature = bytes.fromhex(signature_text.decode("ascii").strip())
        public_key.verify(signature, payload)
    except (ValueError, UnicodeDecodeError, InvalidSignature):
        return reject(f"{MANIFEST_NAME} is not signed by the expected key (the signature does not match)")
    try:
        manifest = Manifest.model_validate_json(payload)
    except ValidationError as error:
        return reject(f"{MANIFEST_NAME} is signed but malformed: {error.errors()[0]['msg']}")
    if manifest.version < min_version:
        return reject(
            f"version {manifest.version} is older than the minimum {min_version} (possible rollback)",
            manifest,
        )
    if today > manifest.expires:
        return reject(f"the resource list expired on {manifest.expires.isoformat()} (out of date)", manifest)
    present = pack_files(folder)
    extra = sorted(set(present) - set(manifest.files))
    if extra:
        return reject(f"file not in the signed manifest: {extra[0]}", manifest)
    for name, digest in sorted(manifest.files.items()):
        path = folder / name
        if not path.is_file():
            return reject(f"file listed in the manifest is missing: {name}", manifest)
        if _sha256(path) != digest:
            return reject(f"file changed since it was signed: {name}", manifest)
    return PackVerdict(folder, True, None, manifest)
