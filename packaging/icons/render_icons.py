"""Renders screenaid.svg into the PNG, ICO and ICNS files the installers need. Run after editing the SVG:

QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons/render_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent


def render(size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(HERE / "screenaid.svg")).render(painter)
    painter.end()
    png = HERE / f".render-{size}.png"
    image.save(str(png))
    try:
        return Image.open(png).copy()
    finally:
        png.unlink()


def main() -> None:
    _app = QGuiApplication([])
    big = render(1024)
    render(256).save(HERE / "screenaid.png")
    big.save(
        HERE / "screenaid.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    big.save(HERE / "screenaid.icns")


if __name__ == "__main__":
    main()
