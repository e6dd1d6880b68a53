"""Handout wording is printed only from bytes that passed the bundled data's signature check, as the app's
content is: a wording file changed after signing never reaches paper (its language prints in English), and
a forged manifest stops handouts altogether with a clear error."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from nacl.signing import SigningKey

import screenaid.handout.wording as wording_module
from screenaid.content import Library, Origin
from screenaid.handout import national_resources, render_handout
from screenaid.handout.wording import HandoutWordingMissing, all_wording, use_library_wording, wording_for
from screenaid.integrity import MANIFEST_NAME, SIGNATURE_NAME, sign_pack
from screenaid.integrity.app_content import verify_bundled_tree
from screenaid.integrity.keys import public_key_to_base64, trust_keys_for_tests
from tests.conftest import DATA_DIR
from tests.handout.pdf_reading import all_text, squeezed
from tests.integrity.conftest import EXPIRES, SIGNED_ON, VERIFIED_ON, sign_data

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


# -- the wording is checked on its own: the whole manifest, only the wording files ----------------------


@pytest.fixture
def trusted_copy(data_copy: Path):
    """``data_copy`` re-signed with a throw-away key that only this test trusts (so a test may re-sign it)."""
    key = SigningKey.generate()
    sign_data(data_copy, key)
    with trust_keys_for_tests([public_key_to_base64(key.verify_key)]):
        yield data_copy, key


def _re_sign(data: Path, key: SigningKey, **dates: dt.date | int) -> None:
    for name in (MANIFEST_NAME, SIGNATURE_NAME):
        (data / name).unlink()
    options: dict[str, object] = {
        "pack": "test-data", "version": 2, "verified_on": VERIFIED_ON, "expires": EXPIRES, "signed_on": SIGNED_ON,
    }  # fmt: skip
    options.update(dates)
    sign_pack(data, key, **options)  # type: ignore[arg-type]


def test_a_tampered_english_file_stops_handouts_and_names_it(trusted_copy) -> None:
    data, _ = trusted_copy
    english = data / "handout" / "en.yaml"
    english.write_text(english.read_text("utf-8").replace("Where to get help", "Call 555 0100"), "utf-8")
    with pytest.raises(HandoutWordingMissing, match=r"changed since it was signed: handout/en\.yaml"):
        all_wording()


def test_a_missing_english_file_stops_handouts_and_names_it(trusted_copy) -> None:
    data, _ = trusted_copy
    (data / "handout" / "en.yaml").unlink()
    with pytest.raises(HandoutWordingMissing, match=r"missing: handout/en\.yaml"):
        all_wording()


def test_an_unsigned_wording_file_is_not_read(trusted_copy) -> None:
    data, _ = trusted_copy
    forged = (data / "handout" / "es.yaml").read_text("utf-8").replace("id: handout-es", "id: handout-xx")
    (data / "handout" / "xx.yaml").write_text(forged.replace("language: es", "language: de"), "utf-8")
    wording = all_wording()
    assert "de" not in wording
    assert {"en", "es", "fr"} <= set(wording)


def test_another_changed_file_is_not_held_against_the_wording(trusted_copy) -> None:
    """A changed hotline file is left out, as the app leaves it out; the wording still prints. The snapshot,
    built from the unchanged file, is then not used: the wording comes from its own checked files."""
    data, _ = trusted_copy
    hotline = next((data / "resources").glob("*.yaml"))
    hotline.write_text(hotline.read_text("utf-8") + "\n# changed\n", "utf-8")
    verdict = verify_bundled_tree(data)
    assert verdict.trusted
    assert [name for name, _ in verdict.bad_files] == [f"resources/{hotline.name}"]
    assert {"en", "es", "fr"} <= set(all_wording())


def test_with_every_file_intact_the_wording_comes_from_the_snapshot_without_pydantic() -> None:
    """The first handout of a fresh process (the command line, a script) reads the checked snapshot, as the
    app's content thread does, instead of validating the wording files' YAML with pydantic."""
    from tests.conftest import fresh_python

    code = (
        "import sys\n"
        "from screenaid.handout.wording import all_wording\n"
        "wording = all_wording()\n"
        "print(len(wording), 'en' in wording, 'pydantic' in sys.modules)\n"
    )
    count, english, pydantic = fresh_python(code).split()
    assert int(count) >= 10
    assert english == "True"
    assert pydantic == "False"


def test_a_manifest_signed_with_another_key_stops_handouts(trusted_copy) -> None:
    data, _ = trusted_copy
    _re_sign(data, SigningKey.generate())
    with pytest.raises(HandoutWordingMissing, match="not signed by a trusted key"):
        all_wording()


def test_a_rolled_back_manifest_stops_handouts(trusted_copy) -> None:
    data, key = trusted_copy
    _re_sign(data, key, version=1)
    with pytest.raises(HandoutWordingMissing, match="possible rollback"):
        all_wording()


def test_a_manifest_signed_far_in_the_future_stops_handouts(trusted_copy) -> None:
    data, key = trusted_copy
    future = dt.date.today() + dt.timedelta(days=500)
    _re_sign(data, key, verified_on=future, signed_on=future, expires=future + dt.timedelta(days=180))
    with pytest.raises(HandoutWordingMissing, match="implausibly far in the future"):
        all_wording()


def test_an_expired_manifest_still_vouches_for_the_wording_but_not_for_a_changed_file(trusted_copy) -> None:
    """Expiry is about the referral list: the app shows the rest of an expired tree, handout words too."""
    data, key = trusted_copy
    _re_sign(
        data, key, verified_on=dt.date(2024, 1, 2), signed_on=dt.date(2024, 1, 3), expires=dt.date(2024, 6, 1)
    )
    _forge_spanish_title(data)
    verdict = verify_bundled_tree(data)
    assert verdict.trusted
    assert verdict.expired
    assert not verdict.ok
    wording = all_wording()
    assert "en" in wording
    assert "fr" in wording
    assert "es" not in wording


# -- the app hands over the wording of the library it has loaded and checked -------------------------------


def _library_of(entries, origin=Origin.BUNDLED) -> Library:
    return Library(entries={e.id: e for e in entries}, origins={e.id: origin for e in entries})


def test_a_handed_over_library_wording_is_served_until_the_next(data_copy, bundled) -> None:
    english, spanish = bundled.library.get("handout-en"), bundled.library.get("handout-es")
    use_library_wording(_library_of([english, spanish]))
    assert all_wording() == {"en": english, "es": spanish}
    assert wording_for("fr") is english
    use_library_wording(bundled.library)
    assert wording_for("fr") is bundled.library.get("handout-fr")


def test_a_library_without_english_wording_changes_nothing(data_copy, bundled) -> None:
    """A rejected bundled tree leaves the library without wording: the handout then checks the files itself
    and says why."""
    _forge_spanish_title(data_copy)
    use_library_wording(_library_of([bundled.library.get("handout-es")]))
    use_library_wording(Library())
    assert "es" not in all_wording()
    assert wording_for("es").language == "en"


def test_only_bundled_entries_are_handed_over(data_copy, bundled) -> None:
    entries = [bundled.library.get("handout-en"), bundled.library.get("handout-es")]
    use_library_wording(_library_of(entries, Origin.CLINIC))
    _forge_spanish_title(data_copy)
    assert "es" not in all_wording()  # checked from the files, not taken from the clinic's entries


def test_the_handout_command_says_why_when_the_bundled_data_is_rejected(
    data_copy, monkeypatch, capsys
) -> None:
    """A forged manifest: the command prints nothing, says why in one line and exits 1; no traceback."""
    from screenaid.cli import main

    monkeypatch.setattr("screenaid.integrity.app_content.bundled_data_dir", lambda: data_copy)
    signature = data_copy / "MANIFEST.sig"
    signature.write_bytes(signature.read_bytes()[::-1])
    for argv in (["handout", "--list-languages"], ["handout", "-o", "-", "--country", "US"]):
        capsys.readouterr()
        assert main(argv) == 1, argv
        out, err = capsys.readouterr()
        assert out == ""
        assert "handout wording cannot be read" in err, err
        assert "reinstall ScreenAid" in err, err
        assert "Traceback" not in err
