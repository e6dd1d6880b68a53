"""Fixtures for the handout tests: a private CUPS queue that prints to PDF."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.handout.cups_queue import CUPSD, PrintQueue, start_queue
from tests.handout.system_tools import require_tools


@pytest.fixture(scope="session")
def cups_pdf_queue() -> Iterator[PrintQueue]:
    if os.geteuid() != 0:
        pytest.skip("starting a private cupsd with a cups-pdf queue needs root (cups-pdf runs as root)")
    require_tools(CUPSD, "lp", "lpadmin", "lpstat", "/usr/lib/cups/backend/cups-pdf")
    queue = start_queue()
    yield queue
    queue.stop()
