"""scripts/build-deb on a stand-in bundle: the package layout, permissions, conffile and dependencies.

This checks the packaging script in about a second. The real bundle is checked by test_bundle.py (opt-in).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import REPO_ROOT

pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian/Ubuntu)")


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("deb")
    bundle = work / "bundle"
    (bundle / "_internal" / "data").mkdir(parents=True)
    (bundle / "_internal" / "data" / "x.yaml").write_text("kind: source\nentries: []\n", encoding="utf-8")
    program = bundle / "screenaid"
    program.write_text("#!/bin/sh\necho stand-in\n", encoding="utf-8")
    program.chmod(0o775)  # group-writable on purpose: the package must not keep it
    env = {"PATH": "/usr/bin:/bin", "BUNDLE": str(bundle), "OUT_DIR": str(work), "DEB_COMPRESSION": "gzip"}
    subprocess.run(["bash", str(REPO_ROOT / "scripts" / "build-deb")], check=True, env=env, cwd=REPO_ROOT)
    (built,) = work.glob("screenaid_*.deb")
    return built


def dpkg_deb(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], check=True, capture_output=True, text=True).stdout


def test_files_and_their_owners_and_modes(deb: Path) -> None:
    listing = {}
    for line in dpkg_deb("--contents", str(deb)).splitlines():
        path = line.split(" -> ")[0].split()[-1]
        listing[path] = line
    expected = {
        "./opt/screenaid/screenaid": "-rwxr-xr-x root/root",
        "./opt/screenaid/_internal/data/x.yaml": "-rw-r--r-- root/root",
        "./etc/xdg/screenaid/config.toml": "-rw-r--r-- root/root",
        "./usr/share/applications/screenaid.desktop": "-rw-r--r-- root/root",
        "./usr/share/icons/hicolor/256x256/apps/screenaid.png": "-rw-r--r-- root/root",
        "./usr/share/icons/hicolor/scalable/apps/screenaid.svg": "-rw-r--r-- root/root",
        "./usr/share/doc/screenaid/deploying.md": "-rw-r--r-- root/root",
        "./usr/bin/screenaid": "lrwxrwxrwx root/root",
        "./": "drwxr-xr-x root/root",
    }
    for path, mode_owner in expected.items():
        assert path in listing, path
        assert listing[path].startswith(mode_owner), listing[path]
    assert "-> /opt/screenaid/screenaid" in listing["./usr/bin/screenaid"]
    writable_by_others = [
        line for line in listing.values() if not line.startswith("l") and "w" in (line[5], line[8])
    ]
    assert writable_by_others == []  # nothing but root can change the program, content or settings


def test_control_conffile_and_dependencies(deb: Path, tmp_path: Path) -> None:
    fields = dpkg_deb("--field", str(deb))
    assert "Package: screenaid" in fields
    depends = next(line for line in fields.splitlines() if line.startswith("Depends: "))
    for library in ("libgl1", "libegl1", "libfontconfig1", "libxkbcommon-x11-0", "libxcb-cursor0"):
        assert library in depends
    assert "libcups2" in depends  # printing: the bundle uses the system's libcups (packaging/screenaid.spec)
    assert "libdbus-1-3" in depends  # and the system's D-Bus client library
    dpkg_deb("--control", str(deb), str(tmp_path / "control"))
    assert (tmp_path / "control" / "conffiles").read_text() == "/etc/xdg/screenaid/config.toml\n"


def test_installed_example_config_is_the_commented_example(deb: Path, tmp_path: Path) -> None:
    dpkg_deb("--extract", str(deb), str(tmp_path / "root"))
    installed = tmp_path / "root" / "etc" / "xdg" / "screenaid" / "config.toml"
    assert installed.read_bytes() == (REPO_ROOT / "packaging" / "config.example.toml").read_bytes()
    desktop = (tmp_path / "root" / "usr" / "share" / "applications" / "screenaid.desktop").read_text()
    assert "Exec=/opt/screenaid/screenaid\n" in desktop
    assert "Icon=screenaid\n" in desktop
