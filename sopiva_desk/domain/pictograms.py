"""Pictograms: a picture (an OpenMoji hexcode) with words in Finnish, Swedish and English.

Pure rules only: the catalogue itself is loaded by ``services/pictograms.py`` and drawn by
``gui/pictograms.py``. See docs/pictograms.md.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

LANGUAGES = ("fi", "sv", "en")

# OpenMoji file names: code points in upper-case hex joined by "-" (same rule as templates/schema.json).
HEXCODE = re.compile(r"^[0-9A-F]{4,6}(-[0-9A-F]{4,6})*$")

# Ranks of a match, best first.
EXACT_LABEL, LABEL_PREFIX, KEYWORD_PREFIX, SUBSTRING = range(4)


@dataclass(frozen=True)
class PictogramCategory:
    id: str
    labels: Mapping[str, str] = field(hash=False)

    def label(self, language: str) -> str:
        return _in_language(self.labels, language)


@dataclass(frozen=True)
class Pictogram:
    """One curated pictogram. ``labels[lang]`` is shown; ``keywords[lang]`` only helps search."""

    id: str
    hexcode: str
    category: str
    labels: Mapping[str, str] = field(hash=False)
    keywords: Mapping[str, tuple[str, ...]] = field(hash=False, default_factory=dict)

    def label(self, language: str) -> str:
        return _in_language(self.labels, language)


def _in_language(texts: Mapping[str, str], language: str) -> str:
    return texts.get(language) or texts.get("fi") or texts.get("en") or next(iter(texts.values()), "")


def normalize_hexcode(hexcode: str) -> str | None:
    """``"1f3e0"`` → ``"1F3E0"``; ``None`` for anything that is not a hexcode (never a path)."""
    code = hexcode.strip().upper()
    return code if HEXCODE.match(code) else None


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching: "Äiti" → "aiti", "Raha-asiat" → "raha asiat".

    Finnish and Swedish ä/ö/å fold to a/o/a too, so a keyboard without them still finds words.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", stripped).split())


def _prefix_of(query: str, term: str) -> bool:
    """The query starts the term or one of its words ("mieli" matches "hyvä mieli")."""
    return term.startswith(query) or f" {query}" in f" {term}"


def _rank(pictogram: Pictogram, query: str, languages: Iterable[str]) -> int | None:
    best: int | None = None
    for language in languages:
        label = fold(pictogram.labels.get(language, ""))
        keywords = [fold(k) for k in pictogram.keywords.get(language, ())]
        if label == query:
            return EXACT_LABEL
        if label and _prefix_of(query, label):
            rank = LABEL_PREFIX
        elif any(_prefix_of(query, k) for k in keywords):
            rank = KEYWORD_PREFIX
        elif query in label or any(query in k for k in keywords):
            rank = SUBSTRING
        else:
            continue
        best = rank if best is None else min(best, rank)
    return best


def search(pictograms: Iterable[Pictogram], query: str, language: str) -> list[Pictogram]:
    """Pictograms whose words in ``language`` match ``query``, best first.

    Ranked: exact label, label prefix, keyword prefix, substring anywhere; ties keep the
    catalogue order. When nothing matches in ``language``, every language is searched (a
    Swedish word typed in the Finnish UI still finds its picture). An empty query gives all.
    """
    items = list(pictograms)
    folded = fold(query)
    if not folded:
        return items
    for languages in ((language,), LANGUAGES) if language in LANGUAGES else (LANGUAGES,):
        ranked = [(rank, index, p) for index, p in enumerate(items)
                  if (rank := _rank(p, folded, languages)) is not None]
        if ranked:
            ranked.sort(key=lambda entry: (entry[0], entry[1]))
            return [p for _, _, p in ranked]
    return []
