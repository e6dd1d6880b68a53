#!/usr/bin/env bash
# Builds ScreenAid.app and an installer package on macOS.
# RUNS ON macOS ONLY (untested here: this project's CI is one Linux machine; PyInstaller does not
# cross-compile). Needs Python 3.11+ and the Xcode command-line tools (pkgbuild, codesign).
#   packaging/macos/build-app.sh                      unsigned .app and .pkg, for testing
#   SIGN_APP="Developer ID Application: …" SIGN_PKG="Developer ID Installer: …" packaging/macos/build-app.sh
# Then notarize the .pkg (xcrun notarytool submit … --wait; xcrun stapler staple …) before distributing.
#
# The .pkg installs /Applications/ScreenAid.app for all users. Settings for all users go in
#   /Library/Application Support/ScreenAid/config.toml   (root:wheel, mode 644; see docs/deploying.md)
# which the package does not create: deploy it with your MDM (a configuration file or a script payload).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet -e ".[bundle]"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/screenaid.spec
app=dist/ScreenAid.app
"$app/Contents/MacOS/ScreenAid" selftest

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/screenaid/__init__.py)
if [ -n "${SIGN_APP:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$SIGN_APP" "$app"
fi
sign_args=()
[ -n "${SIGN_PKG:-}" ] && sign_args=(--sign "$SIGN_PKG")
pkgbuild --component "$app" --install-location /Applications --identifier org.screenaid.ScreenAid \
    --version "$version" "${sign_args[@]}" "dist/ScreenAid-$version.pkg"
echo "built $app and dist/ScreenAid-$version.pkg" >&2
