"""The fixed words of the client view (context "ClientView"), in one place.

Source texts are English; Finnish is the default UI language. The words are few and plain
(selkokieli): the client reads them, not the counsellor.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

CONTEXT = "ClientView"

_COLUMN_NAMES = {
    "good": QT_TRANSLATE_NOOP("ClientView", "Good"),
    "unsure": QT_TRANSLATE_NOOP("ClientView", "Not sure"),
    "not_good": QT_TRANSLATE_NOOP("ClientView", "Not good"),
    None: QT_TRANSLATE_NOOP("ClientView", "Not sorted yet"),
}

# (value, OpenMoji hexcode, word): very bad … very good
WELLBEING_FACES = (
    (1, "1F61E", QT_TRANSLATE_NOOP("ClientView", "Very bad")),
    (2, "1F641", QT_TRANSLATE_NOOP("ClientView", "Bad")),
    (3, "1F610", QT_TRANSLATE_NOOP("ClientView", "Okay")),
    (4, "1F642", QT_TRANSLATE_NOOP("ClientView", "Good")),
    (5, "1F600", QT_TRANSLATE_NOOP("ClientView", "Very good")),
)

# Pictograms of the columns (curated catalogue ids good / not_sure / not_good).
COLUMN_PICTOGRAMS = {"good": "1F44D", "unsure": "1F914", "not_good": "1F44E"}
LEAVE_PICTOGRAM = "1F6AA"  # door


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def column_name(reaction: str | None) -> str:
    return translate(_COLUMN_NAMES[reaction])


def wellbeing_word(value: int) -> str:
    return translate(next(word for v, _, word in WELLBEING_FACES if v == value))


def seconds_text(milliseconds: int) -> str:
    return QLocale().toString(milliseconds / 1000, "g", 3)
