"""The certificate: only the clinician's name and the date, neutral metadata, in memory, nothing left behind."""

from __future__ import annotations

import datetime as dt
import inspect
import io
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from screenaid.training.certificate import (
    MAX_NAME_LENGTH,
    NOT_ACCREDITED,
    certificate_text,
    clean_name,
    render_certificate,
)

REPO = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 11, 30)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_render_takes_nothing_but_a_name_and_a_date():
    parameters = inspect.signature(render_certificate).parameters
    assert [name for name, p in parameters.items() if p.kind is not p.KEYWORD_ONLY] == ["name", "date"]
    assert set(parameters) == {"name", "date", "letter"}  # letter: paper size only


def test_certificate_reads_back_with_only_the_name_the_date_and_fixed_text():
    name = "Ana María Nguyễn 王"
    pdf = render_certificate(name, DAY)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = _text(pdf)
    assert name in text
    assert DAY.isoformat() in text
    assert "not an accredited continuing-education (CE)" in " ".join(text.split())
    fixed = " ".join(line for line in certificate_text("X", DAY) if line not in ("X",))
    words_left = set(" ".join(text.split()).split()) - set(fixed.split()) - set(name.split())
    assert not words_left, (
        f"text on the certificate beyond the name, the date and the fixed wording: {words_left}"
    )
    assert reader.get_fields() in (None, {}), "the certificate must have no form fields"
    assert "/AcroForm" not in reader.trailer["/Root"]


def test_certificate_metadata_is_neutral_and_dateless():
    pdf = render_certificate("Dana Example", DAY)
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata.title == "Certificate"
    assert not metadata.author
    assert not metadata.subject
    assert not metadata.creator
    assert not metadata.producer
    assert "Dana" not in str(dict(metadata))
    assert "2026" not in str(dict(metadata)), "no real creation date in the metadata"
    assert render_certificate("Dana Example", DAY) == pdf, "same input, same bytes"


def test_names_are_cleaned_and_bounded():
    assert clean_name("  Jo \t\n Smith\x00 ") == "Jo Smith"
    with pytest.raises(ValueError):
        clean_name("   ")
    with pytest.raises(ValueError):
        clean_name("x" * (MAX_NAME_LENGTH + 1))
    assert NOT_ACCREDITED in certificate_text("Jo", DAY)


DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from screenaid.ui.qt_privacy import apply_privacy_defaults
    apply_privacy_defaults()
    app = QApplication([])
    from screenaid.ui.widgets.certificate_view import CertificateView
    view = CertificateView()
    view.name.setText(sys.argv[1])
    view.show_preview()
    assert not view.preview.isHidden() and not view.preview.pixmap().isNull()
    pdf = view.pdf()
    assert pdf.startswith(b'%PDF')
    view.reset()
    assert view.name.text() == ""
    app.processEvents()
    print("done")
    """
)


def test_printing_path_leaves_no_file_behind(tmp_path):
    """Type a name, preview, build the PDF, reset: HOME, TMPDIR, XDG folders and the working folder stay empty."""
    watched = {var: tmp_path / var.lower() for var in
               ("HOME", "TMPDIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")}  # fmt: skip
    runtime = tmp_path / "runtime"
    work = tmp_path / "work"
    for folder in (*watched.values(), runtime, work):
        folder.mkdir(mode=0o700)
    name = f"Name{uuid.uuid4().hex}"
    env = {**os.environ, **{k: str(v) for k, v in watched.items()}, "XDG_RUNTIME_DIR": str(runtime),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1",
           "PYTHONPATH": str(REPO / "src")}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, name], cwd=work, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "done" in result.stdout
    left = [p for folder in (*watched.values(), work) for p in folder.rglob("*")]
    left += [p for p in runtime.rglob("*") if p.is_file()]
    assert not left, f"files left behind: {left}"
