"""The handout outside Python: QR codes decoded by zbarimg, and a real print through CUPS to cups-pdf."""

from __future__ import annotations

import subprocess

import pytest

from screenaid.handout import render_handout
from tests.handout import samples
from tests.handout.pdf_reading import all_text, squeezed
from tests.handout.system_tools import require_tools

pytestmark = pytest.mark.system

EXPECTED_URIS = {
    "tel:+12025550142",  # phone line: first channel is a phone number
    "sms:+12025550187?body=HELLO",  # text line with a keyword
    "https://support.example.net/start",  # web-only service
}


def decoded_qr_codes(pdf: bytes, tmp_path, resolution: int = 150) -> list[str]:
    require_tools("pdftoppm", "zbarimg")
    (tmp_path / "handout.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(resolution), "-png", str(tmp_path / "handout.pdf"), str(tmp_path / "page")],
        check=True,
    )
    codes: list[str] = []
    for image in sorted(tmp_path.glob("page*.png")):
        done = subprocess.run(
            ["zbarimg", "--quiet", "--raw", "--nodbus", "-Sdisable", "-Sqrcode.enable", str(image)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode in (0, 4), done.stderr  # 4: no code on this page
        codes += done.stdout.split()
    return codes


@pytest.mark.parametrize("layout", ["page", "cards"])
@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_qr_codes_decode_to_the_right_uris(tmp_path, layout, language):
    pdf = render_handout(
        [samples.PHONE_LINE, samples.TEXT_LINE, samples.WEB_ONLY],
        language=language,
        layout=layout,
        title_style="plain",
        paper="a4",
    )
    codes = decoded_qr_codes(pdf, tmp_path)
    assert set(codes) == EXPECTED_URIS
    if layout == "page":
        assert len(codes) == 3
    else:
        assert len(codes) == 8  # a full sheet of cards, the three resources repeated


def test_eight_resource_handout_has_eight_decodable_codes(tmp_path):
    resources = samples.eight_resources()
    pdf = render_handout(resources, language="es", layout="page", title_style="discreet", paper="letter")
    codes = decoded_qr_codes(pdf, tmp_path)
    assert sorted(codes) == sorted(f"tel:+1202555{n:04d}" for n in range(100, 108))


def test_bundled_national_lines_decode(tmp_path, bundled):
    from screenaid.handout import national_resources
    from screenaid.handout.contacts import channel_uri

    resources = national_resources(bundled.library.resources, "US")
    if not resources:
        pytest.skip("no bundled US resources yet")
    pdf = render_handout(resources, language="en", layout="page", title_style="plain", paper="letter")
    expected = {channel_uri(r.channels[0], r.country) for r in resources}
    assert set(decoded_qr_codes(pdf, tmp_path)) == expected


def test_handout_prints_through_a_real_cups_queue(cups_pdf_queue):
    pdf = render_handout(
        [samples.PHONE_LINE, samples.TEXT_LINE],
        language="es",
        layout="page",
        title_style="plain",
        paper="letter",
    )
    job = cups_pdf_queue.print_pdf(pdf, "Handout")
    printed = cups_pdf_queue.wait_for_output(job)
    try:
        text = squeezed(all_text(printed.read_bytes()))
    finally:
        printed.unlink()
    # Ghostscript (inside cups-pdf) drops the Unicode mapping of some accented letters, so look for
    # the ASCII parts: the numbers, the names and words of the Spanish wording.
    for expected in ("202-555-0142", "HELLO", "202-555-0187", "HelplineExample", "encontrarayuda", "Llamar"):
        assert expected in text, expected
