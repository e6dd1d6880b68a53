#!/usr/bin/env bash
# Proves the .deb works on a machine with no Python: installs it into a fresh minimal Debian 12 (debootstrap
# --variant=minbase, which has no python3) and runs `screenaid selftest` there with an empty environment.
# Needs root, debootstrap and access to a Debian mirror. Takes about a minute (30 s of it for debootstrap).
#   sudo packaging/linux/check-in-bare-debian.sh dist/screenaid_0.1.0_amd64.deb
set -euo pipefail
deb=$(realpath "$1")
root=$(mktemp -d /tmp/screenaid-bare.XXXXXX)
cleanup() { umount -l "$root/proc" 2>/dev/null || true; rm -rf --one-file-system "$root"; }
trap cleanup EXIT
debootstrap --variant=minbase bookworm "$root" "${MIRROR:-http://deb.debian.org/debian}" >/dev/null
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/screenaid.deb"
chroot "$root" sh -c 'apt-get update -q >/dev/null &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/screenaid.deb >/dev/null'
if chroot "$root" sh -c 'command -v python3 || dpkg -l | grep -i python'; then
    echo "check-in-bare-debian: Python is present in the test system; the check proves nothing" >&2
    exit 1
fi
chroot "$root" env -i PATH=/usr/bin:/bin HOME=/tmp/home LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    sh -c 'mkdir /tmp/home && /opt/screenaid/screenaid selftest && test -z "$(ls -A /tmp/home)"'
echo "check-in-bare-debian: selftest passed on minimal Debian 12 without Python" >&2
