"""Tamper evidence for referral resources: signed manifests, rollback and freeze checks, a built-in fallback.

A swapped hotline number would send a victim to the wrong person, so the bundled resource list ships with an
Ed25519-signed manifest (per-file SHA-256, version, verified-on date, expiry). The public key is pinned in the
package; the manifest's exact bytes are verified before they are parsed.
"""

from screenaid.integrity.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    PackVerdict,
    sign_pack,
    verify_pack,
)

__all__ = ["MANIFEST_NAME", "SIGNATURE_NAME", "Manifest", "PackVerdict", "sign_pack", "verify_pack"]
