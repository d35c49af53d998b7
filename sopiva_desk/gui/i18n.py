"""Installs the translators: ours from resources/i18n and Qt's own for standard buttons."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sopiva_desk.resources import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []


def install(language: str) -> None:
    """Use ``language`` ('fi', 'sv' or 'en') for every string that goes through Qt's tr()."""
    app = QCoreApplication.instance()
    assert app is not None
    _remove_translators(app)
    if not _locale_before:
        _locale_before.append(QLocale())
    QLocale.setDefault(QLocale({"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}.get(language, "fi_FI")))
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    ours = QTranslator(app)
    qm = resource_path("i18n", f"sopiva_desk_{language}.qm")
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    elif language != "en":
        log.warning("translation file %s is missing; run 'make translations'", qm.name)


def uninstall() -> None:
    """Back to the source texts and the locale before ``install`` (tests switch languages)."""
    app = QCoreApplication.instance()
    if app is not None:
        _remove_translators(app)
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())


def _remove_translators(app: QCoreApplication) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
