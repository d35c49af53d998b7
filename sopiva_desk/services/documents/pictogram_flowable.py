"""OpenMoji pictograms in PDF documents, drawn as vectors (docs/pictograms.md).

A pictogram is parsed from its SVG once (svglib, ~5–15 ms) and kept in memory by hexcode; every
later use only draws the parsed paths, scaled to the size asked for. Nothing is rasterised
and nothing touches the disk: the picture stays sharp on paper at any size.
"""

from __future__ import annotations

import io
import logging
import threading
from functools import lru_cache

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable

from sopiva_desk.services.pictograms import svg_bytes

log = logging.getLogger(__name__)

DEFAULT_HEXCODE = "1F3AF"  # "goal" (a target): stands in for a goal without a picture of its own
# reportlab's renderer briefly marks the nodes it draws (``_canvas``, ``_parent``): two documents
# built at once on different workers must not draw the same cached drawing at the same time.
_drawing_lock = threading.Lock()


@lru_cache(maxsize=256)
def pictogram_drawing(hexcode: str) -> Drawing | None:
    """The parsed SVG of ``hexcode`` (shared: draw it, never change it); ``None`` if unknown."""
    data = svg_bytes(hexcode)
    if data is None:
        return None
    from svglib.svglib import svg2rlg  # lazily: only documents with pictures need svglib

    try:
        drawing = svg2rlg(io.BytesIO(data))
    except Exception as err:  # noqa: BLE001 - a broken picture must never stop a document
        log.warning("pictogram %s not drawable: %r", hexcode, err)
        return None
    if drawing is None or not drawing.width or not drawing.height:
        return None
    return drawing


def drawable_hexcode(hexcode: str | None, fallback: str | None = DEFAULT_HEXCODE) -> str | None:
    """``hexcode`` if it can be drawn, else ``fallback`` if that can, else ``None``."""
    for candidate in (hexcode, fallback):
        if candidate and pictogram_drawing(candidate) is not None:
            return candidate
    return None


class Pictogram(Flowable):
    """A square pictogram of ``size`` points. Draws nothing (but keeps its place) when neither
    ``hexcode`` nor ``fallback`` can be drawn, so the text beside it never moves."""

    def __init__(self, hexcode: str | None, size: float, fallback: str | None = DEFAULT_HEXCODE) -> None:
        super().__init__()
        self.hexcode = drawable_hexcode(hexcode, fallback)
        self.size = size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        drawing = pictogram_drawing(self.hexcode) if self.hexcode else None
        if drawing is None:
            return
        scale = self.size / max(drawing.width, drawing.height)
        canvas = self.canv
        canvas.saveState()
        # Centre a picture that is not square; the scale keeps its proportions.
        canvas.translate((self.size - drawing.width * scale) / 2, (self.size - drawing.height * scale) / 2)
        canvas.scale(scale, scale)
        with _drawing_lock:
            renderPDF.draw(drawing, canvas, 0, 0)
        canvas.restoreState()
