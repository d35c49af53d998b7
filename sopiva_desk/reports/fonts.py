"""The fonts embedded in every document and report: DejaVu Sans (resources/fonts, Bitstream Vera licence
with public-domain DejaVu changes, LICENSE-DejaVu.txt beside them).

DejaVu Sans covers Finnish, Swedish and the Sámi languages (š ž č đ ŋ ŧ á and the rest) and
the Latin letters of common foreign names (é ő ł ç ñ …), so a name prints as it is written.
reportlab embeds the subset of glyphs a document uses.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sopiva_desk.resources import resource_path

REGULAR, BOLD, ITALIC = "SopivaSans", "SopivaSans-Bold", "SopivaSans-Italic"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family once (documents are rendered on a worker thread; the lock keeps two
    first renders from registering twice)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)  # no bold oblique shipped: bold wins
        _registered = True


def missing_glyphs(text: str, fonts: Iterable[str] = (REGULAR, BOLD)) -> set[str]:
    """The characters of ``text`` (other than white space) some of ``fonts`` cannot draw."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in fonts]
    return {ch for ch in set(text) if not ch.isspace() and any(ord(ch) not in face.charToGlyph for face in faces)}
