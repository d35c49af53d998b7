"""Colours and type sizes of the client view: calm, light, and high contrast (WCAG AAA).

Text is near-black on light, slightly tinted backgrounds; every text/background pair here
has a contrast ratio of at least 7:1 (``contrast_ratio`` checks it, and the tests do too).
The column tints differ in hue only a little, because colour is never the only cue: each
column also has its pictogram and its word.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

BACKGROUND = "#F5F3EE"  # warm off-white, not glaring
TEXT = "#1A1C1E"
CARD = "#FFFFFF"
CARD_BORDER = "#59636E"
TRAY = "#E9E6DF"  # where the unsorted cards lie
TRAY_BORDER = "#777166"
FOCUS = "#0B3F91"  # thick focus ring (keyboard)
SELECTED = "#D9E6FA"  # a tapped card waits for a column
SELECTED_BORDER = "#0B3F91"
DROP_HINT = "#0B3F91"
PLACEHOLDER = "#EEF0F3"  # where a card has no pictogram: a soft frame ...
PLACEHOLDER_BORDER = "#7D8791"  # ... edged at ≥ 3:1 on the card ...
PLACEHOLDER_LETTER = "#444B52"  # ... with the first letter of the words (≥ 7:1)

# (background, border) of each column; the borders keep ≥ 3:1 against the background.
COLUMN_COLOURS: dict[str | None, tuple[str, str]] = {
    "good": ("#E1F1E5", "#2C7A4B"),
    "unsure": ("#FAF0CC", "#8C6200"),
    "not_good": ("#F8E1DD", "#A8423C"),
    None: (TRAY, TRAY_BORDER),
}
WELLBEING_CHOSEN = "#D9E6FA"

# Type sizes in points. Nothing in the client view is smaller than BODY_PT.
TITLE_PT = 40
HEADING_PT = 32
CARD_TITLE_PT = 28
BODY_PT = 24

HEADER_PICTOGRAM_PX = 48
FACE_PICTOGRAM_PX = 140


def font(point_size: int, bold: bool = False) -> QFont:
    result = QFont()
    result.setPointSize(point_size)
    if bold:
        result.setWeight(QFont.Weight.Bold)
    return result


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two colours (1.0 … 21.0)."""
    a, b = _luminance(QColor(foreground)), _luminance(QColor(background))
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def text_backgrounds() -> list[str]:
    """Every background that text is drawn on."""
    return [BACKGROUND, CARD, TRAY, SELECTED, WELLBEING_CHOSEN] + [bg for bg, _ in COLUMN_COLOURS.values()]
