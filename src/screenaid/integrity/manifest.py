"""Signed manifests: build and sign one for a folder, and verify a folder against one.

Verification reads every file exactly once into memory, bounded in size, and hands back those bytes: the
loader parses the very bytes whose hash was checked, so a file swapped on disk after the check is never
used (no time-of-check/time-of-use gap).
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from screenaid.content.bounded_read import read_bounded
from screenaid.content.digest import sha256_hex

MANIFEST_NAME = "MANIFEST.json"
SIGNATURE_NAME = "MANIFEST.sig"
MAX_MANIFEST_BYTES = 1_000_000
MAX_FILE_BYTES = 4_000_000
"""No file of a pack may be larger (a huge file is refused before it is read)."""
MAX_TOTAL_BYTES = 64_000_000
MAX_FILES = 5_000
MAX_CLOCK_SKEW = dt.timedelta(days=400)
"""A manifest signed more than this after today's date is refused (a pack "verified" in 2099)."""


class ManifestError(ValueError):
    """A manifest that breaks the format; ``str(error)`` is ``<field>: <what is wrong>`` (or, for the dates'
    order, the rule alone)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Manifest:
    """What a pack's publisher vouches for: every file's hash, the version, when it was checked, until when.

    Made by :func:`sign_pack` or read by :func:`parse_manifest`; constructing one checks the same rules as
    reading one, so a manifest that breaks them can be neither signed nor used."""

    pack: str
    """1 to 100 characters."""
    version: int
    """A whole number, at least 1."""
    verified_on: dt.date
    expires: dt.date
    """Later than ``verified_on``."""
    files: dict[str, str]
    """Relative path → SHA-256 hex digest; at least one."""
    signed_on: dt.date | None = None
    """The signing machine's date; ``verified_on`` may not be later."""

    def __post_init__(self) -> None:
        _check_values(self)


_FIELDS = ("pack", "version", "verified_on", "signed_on", "expires", "files")
"""In the order the rules are checked (the order the pydantic model declared them)."""
_REQUIRED = frozenset(_FIELDS) - {"signed_on"}
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _has_lone_surrogate(data: object) -> bool:
    """Python's JSON reader turns ``"\\ud800"`` into half a character; pydantic's refused it, and so do we."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, RecursionError, ValueError):
        return True
    return False


def parse_manifest(payload: bytes) -> Manifest:
    """Read a manifest's JSON, checking every rule of the format; raises :class:`ManifestError`.

    Hand-written on purpose, instead of a pydantic model: the manifest is our own signed format, read at every
    start (the bundled ``data/`` tree is signed), and pydantic there costs about 80 ms (50 ms of CPU) and 20 MB
    to import. The format is six fields, and this checker is small and tested rule by rule
    (``tests/integrity/test_manifest_format.py``, which also compares it with the former pydantic model):

    - a JSON object (UTF-8, with no ``\\u`` escape of half a character) with exactly the fields ``pack``,
      ``version``, ``verified_on``, ``expires``, ``files`` and, optionally, ``signed_on``; no other key;
    - ``pack``: text of 1 to 100 characters; ``version``: a JSON integer of at least 1 (``true`` is not one);
    - ``verified_on``, ``expires``: dates written ``YYYY-MM-DD``; ``signed_on``: such a date or ``null``;
    - ``files``: a non-empty object whose values are text;
    - ``verified_on`` not later than ``signed_on``, and ``expires`` later than ``verified_on``.

    It is stricter than pydantic's lax JSON mode was in one way only: pydantic also took ``true``, ``"2"``
    or ``2.0`` as a version, and a midnight date-time or a Unix timestamp as a date (and a version of more
    than 4,300 digits, which Python's JSON reader refuses). :func:`manifest_payload`,
    the only writer of signed manifests, never wrote any of those; everything else it refused is refused here.
    """
    try:
        text = payload.decode("utf-8")
        data = json.loads(text)
    except UnicodeDecodeError as error:
        raise ManifestError(f"not UTF-8 text (byte {error.start})") from None
    except (ValueError, RecursionError) as error:  # JSONDecodeError, an integer too long to convert, nesting
        raise ManifestError(f"not valid JSON ({type(error).__name__})") from None
    if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(data):
        raise ManifestError("not valid JSON (a \\u escape of half a character)")
    if not isinstance(data, dict):
        raise ManifestError("must be a JSON object")
    for name in _FIELDS:
        if name not in data and name in _REQUIRED:
            raise ManifestError(f"{name}: missing")
    extra = sorted(set(data) - set(_FIELDS))
    if extra:
        raise ManifestError(f"{extra[0]}: not a manifest field")
    pack, version, files = data["pack"], data["version"], data["files"]
    if not isinstance(pack, str):
        raise ManifestError("pack: must be text")
    if type(version) is not int:  # bool is a subclass of int: true is not a version
        raise ManifestError("version: must be a whole number")
    verified_on = _date(data, "verified_on")
    signed_on = None if data.get("signed_on") is None else _date(data, "signed_on")
    expires = _date(data, "expires")
    if not isinstance(files, dict):
        raise ManifestError("files: must be an object")
    for name, digest in files.items():
        if not isinstance(digest, str):
            raise ManifestError(f"files.{name}: must be text")
    return Manifest(
        pack=pack, version=version, verified_on=verified_on, signed_on=signed_on, expires=expires, files=files
    )


def _date(data: Mapping[str, object], name: str) -> dt.date:
    value = data[name]
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ManifestError(f"{name}: {value!r} is not a calendar date") from None
    raise ManifestError(f"{name}: must be a date written YYYY-MM-DD")


def _check_values(manifest: Manifest) -> None:
    """The rules on the values themselves (their types are the constructor's caller's, or parse_manifest's)."""
    if not 1 <= len(manifest.pack) <= 100:
        raise ManifestError(f"pack: must have 1 to 100 characters (has {len(manifest.pack)})")
    if manifest.version < 1:
        raise ManifestError(f"version: must be at least 1 (got {manifest.version})")
    if not manifest.files:
        raise ManifestError("files: must list at least one file")
    if manifest.signed_on is not None and manifest.verified_on > manifest.signed_on:
        raise ManifestError("verified_on is later than the day the manifest was signed")
    if manifest.expires <= manifest.verified_on:
        raise ManifestError("expires must be after verified_on")


@dataclass(frozen=True, slots=True)
class PackVerdict:
    """The outcome of checking one pack. ``ok`` False means the pack as a whole may not be used.

    ``trusted`` says the manifest itself is authentic (right key, not a rollback, plausible dates), so the
    hashes in it can be relied on file by file even when ``ok`` is False (expired, or a file changed).
    ``files`` holds the bytes of every file whose hash matched, read once.
    """

    folder: Path
    ok: bool
    reason: str | None = None
    manifest: Manifest | None = None
    trusted: bool = False
    expired: bool = False
    files: Mapping[str, bytes] = field(default_factory=dict)
    bad_files: tuple[tuple[str, str], ...] = ()
    """(relative path, why) for each file that is added, changed, missing or unreadable."""
    key_fingerprint: str | None = None

    @property
    def verified_on(self) -> dt.date | None:
        return self.manifest.verified_on if self.manifest else None

    @property
    def version(self) -> int | None:
        return self.manifest.version if self.manifest else None


def pack_files(folder: Path) -> list[str]:
    """Every file of a pack, as sorted POSIX paths relative to it, except the manifest and its signature.

    Regular files only, in every sub-folder that is not a symbolic link; symbolic links, ``__pycache__`` and
    anything below it are left out. The same list ``folder.rglob("*")`` filtered that way gives (a test
    keeps them equal on a hostile tree), in one directory scan per folder instead of two plus a stat of
    every path: the app lists its ~90 signed data files at every start."""
    found: list[str] = []
    try:
        is_folder = folder.is_dir()
    except ValueError:
        is_folder = False
    if is_folder:
        _list_folder(os.fspath(folder), "", found)
    return sorted(found)


_IGNORED_ERRNOS = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})
"""The errors pathlib's glob passes over silently (a path removed while it is listed, a link loop...)."""


def _list_folder(directory: str, prefix: str, found: list[str]) -> None:
    try:
        with os.scandir(directory) as scan:
            entries = list(scan)
    except PermissionError:  # as pathlib's glob: a folder that cannot be listed is passed over
        return
    for entry in entries:
        name = entry.name
        try:
            is_folder = entry.is_dir()
        except OSError as error:
            if error.errno not in _IGNORED_ERRNOS:
                raise
            is_folder = False
        if is_folder and not entry.is_symlink():
            if name != "__pycache__":
                _list_folder(entry.path, f"{prefix}{name}/", found)
            continue
        if name == "__pycache__" or (not prefix and name in (MANIFEST_NAME, SIGNATURE_NAME)):
            continue
        try:
            if entry.is_symlink() or not entry.is_file():
                continue
        except (OSError, ValueError):
            continue
        found.append(prefix + name)


def manifest_payload(manifest: Manifest) -> bytes:
    """The exact bytes that are signed: sorted keys, two-space indent, dates as ``YYYY-MM-DD``, a final
    newline (byte for byte what the former pydantic model wrote, so every existing signature still holds)."""
    fields = {
        "expires": manifest.expires.isoformat(),
        "files": dict(manifest.files),
        "pack": manifest.pack,
        "signed_on": None if manifest.signed_on is None else manifest.signed_on.isoformat(),
        "verified_on": manifest.verified_on.isoformat(),
        "version": manifest.version,
    }
    return (json.dumps(fields, indent=2, sort_keys=True) + "\n").encode()


def sign_pack(
    folder: Path,
    key: SigningKey,
    *,
    pack: str,
    version: int,
    verified_on: dt.date,
    expires: dt.date,
    signed_on: dt.date | None = None,
) -> Manifest:
    """Write MANIFEST.json and MANIFEST.sig into ``folder`` for the files it holds now."""
    signed_on = signed_on or dt.date.today()
    if verified_on > signed_on:
        raise ValueError(f"verified-on {verified_on} is later than today ({signed_on})")
    if expires <= verified_on:
        raise ValueError("expires must be after verified_on")
    manifest = Manifest(
        pack=pack,
        version=version,
        verified_on=verified_on,
        signed_on=signed_on,
        expires=expires,
        files={name: sha256_hex(read_bounded(folder / name, MAX_FILE_BYTES)) for name in pack_files(folder)},
    )
    payload = manifest_payload(manifest)
    (folder / MANIFEST_NAME).write_bytes(payload)
    (folder / SIGNATURE_NAME).write_bytes(key.sign(payload).signature.hex().encode() + b"\n")
    return manifest


def fingerprint(key: VerifyKey) -> str:
    """SHA-256 of the raw public key, first 16 bytes in hex groups: what ``selftest`` prints."""
    digest = sha256_hex(bytes(key))[:32]
    return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


def verify_pack(
    folder: Path,
    public_key: VerifyKey | Sequence[VerifyKey],
    *,
    min_version: int = 1,
    today: dt.date | None = None,
) -> PackVerdict:
    """Check a pack: exact-bytes signature first, then version floor, dates, expiry, and every file's hash."""
    today = today or dt.date.today()
    keys = [public_key] if isinstance(public_key, VerifyKey) else list(public_key)

    def reject(reason: str, manifest: Manifest | None = None) -> PackVerdict:
        return PackVerdict(folder, False, reason, manifest)

    try:
        payload = read_bounded(folder / MANIFEST_NAME, MAX_MANIFEST_BYTES)
        signature_text = read_bounded(folder / SIGNATURE_NAME, 1000)
    except (OSError, ValueError) as error:
        name = Path(getattr(error, "filename", None) or MANIFEST_NAME).name
        why = getattr(error, "strerror", None) or str(error)
        return reject(f"{name}: cannot be read ({why})")
    try:
        signature = bytes.fromhex(signature_text.decode("ascii").strip())
    except (ValueError, UnicodeDecodeError):
        return reject(f"{SIGNATURE_NAME} is not a hex signature")
    signer = None
    for candidate in keys:
        try:
            candidate.verify(payload, signature)
        except (BadSignatureError, ValueError, TypeError):  # ValueError: a signature of the wrong length
            continue
        signer = candidate
        break
    if signer is None:
        return reject(f"{MANIFEST_NAME} is not signed by a trusted key (the signature does not match)")
    try:
        manifest = parse_manifest(payload)
    except ManifestError as error:
        return reject(f"{MANIFEST_NAME} is signed but malformed: {error}")
    if manifest.version < min_version:
        return reject(
            f"version {manifest.version} is older than the minimum {min_version} (possible rollback)",
            manifest,
        )
    signed_on = manifest.signed_on or manifest.verified_on
    if signed_on > today + MAX_CLOCK_SKEW:
        return reject(
            f"the manifest claims to be signed on {signed_on.isoformat()}, implausibly far in the future",
            manifest,
        )
    files, bad = _read_and_hash(folder, manifest)
    expired = today > manifest.expires
    reason = None
    if expired:
        reason = f"the resource list expired on {manifest.expires.isoformat()} (out of date)"
    elif bad:
        reason = bad[0][1]
    return PackVerdict(
        folder,
        reason is None,
        reason,
        manifest,
        trusted=True,
        expired=expired,
        files=files,
        bad_files=tuple(bad),
        key_fingerprint=fingerprint(signer),
    )


def _read_and_hash(folder: Path, manifest: Manifest) -> tuple[dict[str, bytes], list[tuple[str, str]]]:
    """Read each listed file once and keep the bytes that match; say what is wrong with the rest."""
    listed = manifest.files
    try:
        present = pack_files(folder)
    except (OSError, ValueError) as error:
        return {}, [(".", f"the folder cannot be listed ({error})")]
    bad = [(name, f"file not in the signed manifest: {name}") for name in present if name not in listed]
    files: dict[str, bytes] = {}
    total = 0
    for name, digest in sorted(listed.items()):
        if len(files) >= MAX_FILES:
            bad.append((name, f"too many files; not read: {name}"))
            continue
        try:
            data = read_bounded(folder / name, MAX_FILE_BYTES)
        except FileNotFoundError:
            bad.append((name, f"file listed in the manifest is missing: {name}"))
            continue
        except (OSError, ValueError, MemoryError) as error:
            why = getattr(error, "strerror", None) or type(error).__name__
            bad.append((name, f"file cannot be read: {name} ({why})"))
            continue
        total += len(data)
        if total > MAX_TOTAL_BYTES:
            bad.append((name, f"the pack is larger than {MAX_TOTAL_BYTES} bytes; not read: {name}"))
            continue
        if sha256_hex(data) != digest:
            bad.append((name, f"file changed since it was signed: {name}"))
            continue
        files[name] = data
    bad.sort(key=lambda item: item[0])
    return files, bad


def manifest_differences(folder: Path) -> list[tuple[str, str]]:
    """Without checking the signature: the files that are added, changed or missing relative to the manifest
    (for ``screenaid validate``, to name each file even when the signature itself is wrong)."""
    try:
        manifest = parse_manifest(read_bounded(folder / MANIFEST_NAME, MAX_MANIFEST_BYTES))
    except (OSError, ValueError) as error:
        return [(MANIFEST_NAME, f"{MANIFEST_NAME} cannot be read ({type(error).__name__})")]
    return _read_and_hash(folder, manifest)[1]
