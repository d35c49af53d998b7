"""The organisation on every page: logo, name and unit at the top left, address and contacts at
the foot, as Finnish municipal letterheads have them. Without a letterhead the header says the
organisation is not configured; the demo profile's says it is a demo.

A long name is made smaller (down to 7 pt) and only then cut, so it never runs into the
document's title on the right.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from sopiva_desk.domain.letterhead import Logo
from sopiva_desk.services.documents.fonts import BOLD, REGULAR
from sopiva_desk.services.documents.organisation import DEMO, UNCONFIGURED, Organisation
from sopiva_desk.services.documents.texts import Texts

log = logging.getLogger(__name__)

LOGO_HEIGHT, LOGO_MAX_WIDTH = 12 * mm, 32 * mm
MIN_SIZE = 7.0


@dataclass(frozen=True)
class LogoArt:
    """A logo ready to draw on every page of one document (parsed once per document)."""

    width: float
    height: float
    image: ImageReader | None = None
    drawing: Any = None  # a reportlab Drawing from an SVG

    def draw(self, canvas: Canvas, x: float, y: float) -> None:
        if self.image is not None:
            canvas.drawImage(self.image, x, y, self.width, self.height, mask="auto")
        elif self.drawing is not None:
            canvas.saveState()
            canvas.translate(x, y)
            canvas.scale(self.width / self.drawing.width, self.height / self.drawing.height)
            renderPDF.draw(self.drawing, canvas, 0, 0)
            canvas.restoreState()


def logo_art(logo: Logo | None) -> LogoArt | None:
    """The logo scaled into the header's box, keeping its proportions; ``None`` if it cannot be
    drawn (it was checked when it was set, so that is logged, and the document still prints)."""
    if logo is None:
        return None
    try:
        if logo.kind == "png":
            image = ImageReader(io.BytesIO(logo.data))
            width, height = image.getSize()
            scale = min(LOGO_HEIGHT / height, LOGO_MAX_WIDTH / width)
            return LogoArt(width * scale, height * scale, image=image)
        from svglib.svglib import svg2rlg

        drawing = svg2rlg(io.BytesIO(logo.data))
        if drawing is None or not drawing.width or not drawing.height:
            return None
        scale = min(LOGO_HEIGHT / drawing.height, LOGO_MAX_WIDTH / drawing.width)
        return LogoArt(drawing.width * scale, drawing.height * scale, drawing=drawing)
    except Exception as err:  # noqa: BLE001 - a broken logo must never stop a document
        log.warning("logo not drawable: %r", type(err))
        return None


def fitted(text: str, font: str, size: float, width: float) -> tuple[str, float]:
    """``text`` at ``size``, or smaller down to ``MIN_SIZE`` so it fits ``width``, else cut with "…"."""
    while size > MIN_SIZE and stringWidth(text, font, size) > width:
        size = max(MIN_SIZE, size - 0.5)
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…", size


def header_lines(organisation: Organisation, texts: Texts) -> list[tuple[str, bool]]:
    """The lines at the top left, each with whether it is bold."""
    language = texts.language
    if organisation.status == UNCONFIGURED:
        return [(texts("organisation_not_configured"), True), (texts("organisation_not_configured_hint"), False)]
    lines = [(organisation.words("name", language), True)]
    unit = organisation.words("unit", language)
    if unit:
        lines.append((unit, False))
    if organisation.status == DEMO:
        lines.append((texts("demo_organisation"), False))
    return lines


def footer_line(organisation: Organisation, texts: Texts) -> str:
    """Address, phone, e-mail, web address and the OID, for the foot of every page."""
    parts = organisation.contacts(texts.language)
    if organisation.letterhead.oid:
        parts.append(texts("organisation_oid", oid=organisation.letterhead.oid))
    return " · ".join(parts)


def draw_letterhead(canvas: Canvas, organisation: Organisation, texts: Texts, logo: LogoArt | None,
                    left: float, top: float, widths: list[float], colours: tuple[Any, Any]) -> None:
    """The logo and the lines of ``header_lines`` from (``left``, ``top``: the first line's
    baseline); ``widths[i]``: the room of line ``i`` (the page's width less what the right side
    prints at that height); ``colours``: ink for the first line, muted for the rest."""
    ink, muted = colours
    x, indent = left, 0.0
    if logo is not None:
        logo.draw(canvas, left, top + 3.3 * mm - LOGO_HEIGHT + (LOGO_HEIGHT - logo.height) / 2)
        indent = logo.width + 3 * mm
        x += indent
    for index, (text, bold) in enumerate(header_lines(organisation, texts)):
        font, size = (BOLD, 9.5) if bold else (REGULAR, 8.5)
        room = (widths[index] if index < len(widths) else widths[-1]) - indent
        text, size = fitted(text, font, size, room)
        canvas.setFont(font, size)
        canvas.setFillColor(ink if index == 0 else muted)
        canvas.drawString(x, top - (0 if index == 0 else 1 + 10 * index), text)
