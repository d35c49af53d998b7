"""The words of the documents, in the document's language (Finnish or Swedish).

A document's language is the client's (or the one the user picks), never the UI language,
so these texts live in resource files, not in the Qt translations: ``resources/documents/
common.toml`` for what every document shares and ``<kind>.toml`` for each document, each with
an ``[fi]`` and an ``[sv]`` table of the same keys (a test checks they match). Placeholders use
``{name}`` and ``str.format``.
"""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from sopiva_desk.resources import resource_path

LANGUAGES = ("fi", "sv")


@cache
def _table(kind: str) -> dict[str, dict[str, str]]:
    with resource_path("documents", f"{kind}.toml").open("rb") as file:
        raw = tomllib.load(file)
    return {language: dict(raw[language]) for language in LANGUAGES}


def document_language(language: str | None) -> str:
    """Finnish unless Swedish is asked for: documents exist in these two."""
    return language if language in LANGUAGES else "fi"


class Texts:
    """``texts("key", name=…)`` → the document's words; falls back to the common texts."""

    def __init__(self, kind: str, language: str) -> None:
        self.kind = kind
        self.language = document_language(language)
        self._own = _table(kind)[self.language]
        self._common = _table("common")[self.language]

    def __call__(self, key: str, **values: Any) -> str:
        text = self._own.get(key)
        if text is None:
            text = self._common[key]  # KeyError: a missing text is a bug, caught by the tests
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in self._own or key in self._common
