"""Draw OpenMoji pictograms: a pixmap or icon for widgets, or straight onto a painter (PDFs).

    label.setPixmap(pictogram_pixmap(section.pictogram, 32, label.devicePixelRatioF()))
    button.setIcon(pictogram_icon("1F3E0"))

An unknown hexcode (or ``None``) gives a transparent picture of the same size, so layouts
keep their shape. Rendered pixmaps are kept in a small in-memory LRU cache (never on disk).
Pixmaps and icons belong to the GUI thread; ``pictogram_image`` and ``paint_pictogram``
may be used from a worker (the general lane, e.g. for PDFs).
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from sopiva_desk.services.pictograms import svg_bytes

log = logging.getLogger(__name__)

CACHE_SIZE = 512  # pixmaps; a 48 px one at 2x is ~37 KB, so the worst case is ~19 MB
ICON_SIZES = (16, 24, 32, 48, 64)

_pixmaps: OrderedDict[tuple[str, int, float], QPixmap] = OrderedDict()
_icons: OrderedDict[str, QIcon] = OrderedDict()


def _renderer(hexcode: str | None) -> QSvgRenderer | None:
    data = svg_bytes(hexcode) if hexcode else None
    if data is None:
        return None
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        log.warning("pictogram %s: the SVG could not be read", hexcode)
        return None
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    return renderer


def paint_pictogram(painter: QPainter, rect: QRectF, hexcode: str | None) -> bool:
    """Draw the pictogram as vectors into ``rect`` (keeping its aspect); False if unknown."""
    renderer = _renderer(hexcode)
    if renderer is None:
        return False
    renderer.render(painter, rect)
    return True


def pictogram_image(hexcode: str | None, size_px: int, dpr: float = 1.0) -> QImage:
    """A square ARGB image, ``size_px`` logical pixels at device pixel ratio ``dpr``."""
    physical = max(1, math.ceil(size_px * dpr))
    image = QImage(physical, physical, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = _renderer(hexcode)
    if renderer is not None:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, physical, physical))
        painter.end()
    image.setDevicePixelRatio(dpr)
    return image


def _app_dpr() -> float:
    app = QGuiApplication.instance()
    return app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0


def pictogram_pixmap(hexcode: str | None, size_px: int, dpr: float | None = None) -> QPixmap:
    """A square pixmap of ``size_px`` logical pixels; ``dpr`` defaults to the application's.

    Pass the widget's ``devicePixelRatioF()`` for a window on a screen with another scale.
    """
    ratio = float(dpr) if dpr else _app_dpr()
    key = (hexcode.upper() if hexcode else "", size_px, ratio)
    cached = _pixmaps.get(key)
    if cached is not None:
        _pixmaps.move_to_end(key)
        return cached
    pixmap = QPixmap.fromImage(pictogram_image(key[0] or None, size_px, ratio))
    pixmap.setDevicePixelRatio(ratio)
    _pixmaps[key] = pixmap
    while len(_pixmaps) > CACHE_SIZE:
        _pixmaps.popitem(last=False)
    return pixmap


def pictogram_icon(hexcode: str | None) -> QIcon:
    """An icon with crisp pixmaps at the usual sizes for this screen (disabled look included)."""
    key = hexcode.upper() if hexcode else ""
    cached = _icons.get(key)
    if cached is not None:
        _icons.move_to_end(key)
        return cached
    icon = QIcon()
    ratios = sorted({1.0, _app_dpr()})
    for size in ICON_SIZES:
        for ratio in ratios:
            icon.addPixmap(pictogram_pixmap(key or None, size, ratio))
    _icons[key] = icon
    while len(_icons) > CACHE_SIZE // len(ICON_SIZES):
        _icons.popitem(last=False)
    return icon


def clear_cache() -> None:
    _pixmaps.clear()
    _icons.clear()
