"""Handout wording is printed only from bytes that passed the bundled data's signature check, as the app's
content is: a wording file changed after signing never reaches paper (its language prints in English), and
a forged manifest stops handouts altogether with a clear error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import screenaid.handout.wording as wording_module
from screenaid.handout import national_resources, render_handout
from screenaid.handout.wording import HandoutWordingMissing, all_wording, wording_for
from tests.conftest import DATA_DIR
from tests.handout.pdf_reading import all_text, squeezed

FORGED = "Llame al 555 0100 ahora"


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch):
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    monkeypatch.setattr(wording_module, "bundled_data_dir", lambda: copy)
    all_wording.cache_clear()
    yield copy
    all_wording.cache_clear()


def _forge_spanish_title(data: Path) -> None:
    spanish = data / "handout" / "es.yaml"
    text = spanish.read_text(encoding="utf-8")
    assert "title_plain: Dónde encontrar ayuda" in text
    spanish.write_text(text.replace("title_plain: Dónde encontrar ayuda", f"title_plain: {FORGED}"), "utf-8")


def test_untouched_copy_gives_every_language(data_copy) -> None:
    assert {"en", "es", "fr"} <= set(all_wording())
    assert wording_for("es").title_plain == "Dónde encontrar ayuda"


def test_a_wording_file_changed_after_signing_is_never_printed(data_copy, bundled) -> None:
    _forge_spanish_title(data_copy)
    wording = all_wording()
    assert "es" not in wording
    assert "en" in wording
    assert wording_for("es").language == "en"  # the whole handout in English, never the forged words
    resources = national_resources(bundled.library.resources, "US")
    pdf = render_handout(resources, language="es", layout="page", title_style="plain", paper="letter")
    text = squeezed(all_text(pdf))
    assert squeezed(FORGED) not in text
    assert "Wheretogethelp" in text


def test_a_forged_manifest_stops_handouts_with_a_clear_error(data_copy) -> None:
    _forge_spanish_title(data_copy)
    signature = data_copy / "MANIFEST.sig"
    signature.write_bytes(signature.read_bytes()[::-1])
    with pytest.raises(HandoutWordingMissing, match="rejected"):
        all_wording()
