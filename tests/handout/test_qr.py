"""QR codes: reportlab's own encoder and mask choice; phone numbers in numeric segments when that gives a
smaller code; decoded back with zbarimg from the rendered page."""

from __future__ import annotations

import re
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.graphics.barcode import qrencoder

from screenaid.handout.contacts import channel_uri
from screenaid.handout.qr import _split_digit_runs, qr_modules
from tests.handout.system_tools import require_tools


def reportlab_modules(*pieces: str) -> tuple[tuple[bool, ...], ...]:
    """reportlab's own encoding of ``pieces`` as consecutive segments, all eight masks tried."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    for piece in pieces:
        code.addData(piece)
    code.make()
    return tuple(tuple(bool(module) for module in row) for row in code.modules)


def side(modules: tuple[tuple[bool, ...], ...]) -> int:
    return len(modules)


def test_a_phone_number_is_encoded_in_a_numeric_segment_and_the_code_shrinks() -> None:
    uri = "tel:+12025550100"
    assert side(reportlab_modules(uri)) == 25  # version 2: one byte-mode segment of 16 characters
    assert side(qr_modules(uri)) == 21  # version 1: "tel:+" as bytes, the 11 digits numeric
    assert qr_modules(uri) == reportlab_modules("tel:+", "12025550100")  # reportlab's mask choice, unchanged


@pytest.mark.parametrize(
    "uri",
    [
        "https://humantraffickinghotline.org",  # no digits
        "tel:988",  # a short code: a numeric segment would cost more than it saves
        "tel:116006",
        "sms:233733?body=HELP",
        "sms:+12025550142?body=HELP",  # splitting saves bits here but not a version: kept whole
    ],
)
def test_a_code_that_would_not_shrink_is_reportlabs_own(uri: str) -> None:
    assert qr_modules(uri) == reportlab_modules(uri)


@given(st.text(alphabet="tel:+0123456789?body=HELPsm/.", max_size=60))
def test_the_pieces_join_to_the_data_and_split_only_long_digit_runs(data: str) -> None:
    pieces = _split_digit_runs(data)
    assert "".join(pieces) == data
    assert all(pieces)
    for index, piece in enumerate(pieces):
        if piece.isdigit() and len(piece) >= 8:  # a whole run: no digit right before or after it
            assert index == 0 or not pieces[index - 1][-1].isdigit()
            assert index == len(pieces) - 1 or not pieces[index + 1][0].isdigit()
        else:
            assert not re.search("[0-9]{8}", piece)


def _decode(modules: tuple[tuple[bool, ...], ...], tmp_path, name: str) -> str:
    """Draw ``modules`` 4 pixels a module with the quiet zone as a PGM image and read it with zbarimg."""
    scale, quiet = 4, 4
    size = (len(modules) + 2 * quiet) * scale
    rows = []
    for y in range(size):
        row_index = y // scale - quiet
        line = bytearray(b"\xff" * size)
        if 0 <= row_index < len(modules):
            for x in range(size):
                column = x // scale - quiet
                if 0 <= column < len(modules) and modules[row_index][column]:
                    line[x] = 0
        rows.append(bytes(line))
    image = tmp_path / f"{name}.pgm"
    image.write_bytes(f"P5 {size} {size} 255\n".encode() + b"".join(rows))
    done = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "--nodbus", "-Sdisable", "-Sqrcode.enable", str(image)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_every_bundled_line_decodes_to_its_exact_uri(tmp_path, bundled) -> None:
    """Every first channel of every bundled line, whatever its country's number format, read back by a real
    decoder from the module matrix the handout draws."""
    require_tools("zbarimg")
    uris = sorted({channel_uri(r.channels[0], r.country) for r in bundled.library.resources if r.channels})
    assert any(side(qr_modules(uri)) < side(reportlab_modules(uri)) for uri in uris)
    for index, uri in enumerate(uris):
        assert _decode(qr_modules(uri), tmp_path, f"code{index}") == uri
