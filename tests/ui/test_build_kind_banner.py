"""Issue 11 item 1: a development build says so on every screen (its content is signed with a public key)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from screenaid.integrity.keys import public_key_to_base64, trust_keys_for_tests
from screenaid.ui.app import _load
from screenaid.ui.main_window import PLACES, MainWindow
from screenaid.ui.private_clipboard import PrivateClipboard


@pytest.fixture
def no_machine_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("screenaid.config.loading._MACHINE_DIRS_FOR_TESTS", (tmp_path / "none",))
    monkeypatch.delenv("SCREENAID_CONFIG", raising=False)


def loaded_window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    clipboard = PrivateClipboard()
    window = MainWindow(clipboard)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.content_installed, timeout=60_000):
        _load(window, clipboard)
    return window


def test_a_development_build_says_so_on_every_screen(qtbot, no_machine_config, capsys) -> None:  # type: ignore[no-untyped-def]
    window = loaded_window(qtbot)
    for place, _label in PLACES:
        window.go_to(place)
        assert window.notices.isVisible(), place
        assert "Development build" in window.notices.text
    with capsys.disabled():
        print(f"\n[item 1] development build banner on all {len(PLACES)} places: "
              f"{window.notices.text.splitlines()[0][:60]!r}")  # fmt: skip
    window.shutdown()


def test_a_release_build_shows_no_such_notice(qtbot, no_machine_config, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import DATA_DIR
    from tests.integrity.conftest import sign_data

    key = SigningKey.generate()
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    sign_data(data, key)
    monkeypatch.setattr("screenaid.integrity.app_content.bundled_data_dir", lambda: data)
    with trust_keys_for_tests([public_key_to_base64(key.verify_key)]):
        window = loaded_window(qtbot)
    assert window.context is not None
    assert not any("Development build" in n for n in window.context.notices)
    assert not any("rejected" in n for n in window.context.notices), window.context.notices
    window.shutdown()


def test_rejected_bundle_refer_shows_hotline(qtbot, no_machine_config, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With the bundled data rejected (here: its signature does not match), the handout wording cannot be
    trusted either; the Refer page must still open and list the built-in national hotline, and say that no
    handout can be made, rather than fail to open."""
    from screenaid.handout import wording
    from tests.conftest import DATA_DIR

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    signature = data / "MANIFEST.sig"
    signature.write_bytes(bytes(reversed(signature.read_bytes())))
    monkeypatch.setattr("screenaid.integrity.app_content.bundled_data_dir", lambda: data)
    monkeypatch.setattr("screenaid.handout.wording.bundled_data_dir", lambda: data)
    wording.all_wording.cache_clear()
    try:
        window = loaded_window(qtbot)
        assert window.context is not None
        assert any("rejected" in n for n in window.context.notices), window.context.notices
        window.go_to("refer")
        page = window.page("refer")
        assert page.isVisible()
        assert page._resources, "the built-in hotline is listed"
        page.directory.set_chosen([r.id for r in page._resources])
        page.refresh_preview()
        assert not page.print_button.isEnabled()
        from PySide6.QtWidgets import QLabel

        shown = " ".join(label.text() for label in page.preview.widget().findChildren(QLabel))
        assert "cannot be made" in shown, shown
        window.shutdown()
    finally:
        wording.all_wording.cache_clear()
