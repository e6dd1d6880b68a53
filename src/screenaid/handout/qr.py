"""QR codes encoded with reportlab's own QR encoder and drawn as one filled path.

reportlab's ``QrCodeWidget`` encodes the data twice (once to measure, once to draw) and builds one shape
object per dark run; drawing the encoder's module matrix straight onto the canvas gives the same code at a
fraction of the cost.
"""

from __future__ import annotations

import functools
import itertools

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import black
from reportlab.platypus import Flowable

QUIET_ZONE = 4
"""Modules of white border the QR specification asks for around the code."""


@functools.lru_cache(maxsize=256)
def qr_modules(data: str) -> tuple[tuple[bool, ...], ...]:
    """The dark/light module matrix for ``data`` at error-correction level M."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(data)
    code.make()
    return tuple(tuple(bool(module) for module in row) for row in code.modules)


class QrCode(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """A square QR code ``size`` points wide, quiet zone included."""

    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        self.data = data
        self.size = size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        modules = qr_modules(self.data)
        box = self.size / (len(modules) + 2 * QUIET_ZONE)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(black)
        path = canvas.beginPath()
        for row_index, row in enumerate(modules):
            y = self.size - (row_index + QUIET_ZONE + 1) * box
            column = 0
            for dark, run in itertools.groupby(row):
                count = len(list(run))
                if dark:
                    path.rect((column + QUIET_ZONE) * box, y, count * box, box)
                column += count
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
