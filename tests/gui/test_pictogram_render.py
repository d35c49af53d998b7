"""Pictograms drawn for widgets: the requested size, real pixels for a known hexcode, a
transparent placeholder for an unknown one, and OpenMoji's credit in the About box."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from sopiva_desk.gui import pictograms, prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.controller import AppController
from sopiva_desk.gui.pictograms import paint_pictogram, pictogram_icon, pictogram_image, pictogram_pixmap
from sopiva_desk.gui.tasks import ImmediateTaskRunner
from sopiva_desk.services.pictograms import default_library
from sopiva_desk.services.profiles import ProfileService


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    pictograms.clear_cache()
    yield
    pictograms.clear_cache()


def opaque_pixels(image: QImage) -> int:
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).alpha() > 0)


@pytest.mark.parametrize(("size", "dpr"), [(32, 1.0), (48, 2.0), (24, 1.5)])
def test_a_known_hexcode_renders_at_the_requested_size(qapp, size: int, dpr: float) -> None:  # type: ignore[no-untyped-def]
    pixmap = pictogram_pixmap("1F3E0", size, dpr)
    assert not pixmap.isNull()
    assert pixmap.devicePixelRatio() == dpr
    assert (pixmap.width(), pixmap.height()) == (round(size * dpr), round(size * dpr))
    assert pixmap.deviceIndependentSize().width() == pytest.approx(size)
    image = pixmap.toImage()
    # The house covers a good part of the square, and its corners stay transparent.
    assert opaque_pixels(image) > image.width() * image.height() // 5
    assert image.pixelColor(0, 0).alpha() == 0


def test_multi_codepoint_and_openmoji_extra_hexcodes_render(qapp) -> None:  # type: ignore[no-untyped-def]
    for code in ("1F9D1-200D-1F9BD", "E083", "1F469-200D-1F9B0"):
        assert opaque_pixels(pictogram_pixmap(code, 32, 1.0).toImage()) > 100, code


@pytest.mark.parametrize("code", ["FFFFF", "not a hexcode", "", None])
def test_unknown_gives_a_transparent_placeholder_of_the_same_size(qapp, code: str | None) -> None:  # type: ignore[no-untyped-def]
    pixmap = pictogram_pixmap(code, 40, 2.0)
    assert (pixmap.width(), pixmap.height()) == (80, 80)
    assert opaque_pixels(pixmap.toImage()) == 0


def test_pixmaps_are_cached_in_memory(qapp) -> None:  # type: ignore[no-untyped-def]
    first = pictogram_pixmap("1F4AC", 32, 1.0)
    assert pictogram_pixmap("1f4ac", 32, 1.0).cacheKey() == first.cacheKey()
    assert pictogram_pixmap("1F4AC", 48, 1.0).cacheKey() != first.cacheKey()
    for n in range(pictograms.CACHE_SIZE + 5):  # the cache is bounded (least recently used goes)
        pictogram_pixmap("FFFFF", 8 + n % 32, 1.0 + (n // 32) / 10)
    assert len(pictograms._pixmaps) == pictograms.CACHE_SIZE  # noqa: SLF001


def test_icon_has_pixmaps_for_the_usual_sizes(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = pictogram_icon("1F3E0")
    assert not icon.isNull()
    assert opaque_pixels(icon.pixmap(32, 32).toImage()) > 100
    assert pictogram_icon("1F3E0").cacheKey() == icon.cacheKey()


def test_image_and_painter_variants_draw_off_the_gui_cache(qapp) -> None:  # type: ignore[no-untyped-def]
    image = pictogram_image("1F6B6", 64)
    assert image.size().width() == 64 and opaque_pixels(image) > 200
    canvas = QImage(100, 50, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    assert paint_pictogram(painter, QRectF(0, 0, 100, 50), "1F6B6")
    assert not paint_pictogram(painter, QRectF(0, 0, 100, 50), "FFFFF")
    painter.end()
    assert opaque_pixels(canvas) > 200
    assert canvas.pixelColor(2, 25).alpha() == 0  # kept square: centred, margins left and right


def test_every_curated_pictogram_renders_without_qt_warnings(qapp) -> None:  # type: ignore[no-untyped-def]
    # qt_log_level_fail = WARNING: an SVG feature QtSvg does not support would fail this test.
    for pictogram in default_library().all():
        assert opaque_pixels(pictogram_image(pictogram.hexcode, 16)) > 0, pictogram.id


def test_about_names_openmoji_and_its_licence(qapp, monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "show_about", lambda parent, title, text: shown.append((title, text)))
    runner = ImmediateTaskRunner()
    controller = AppController(AppContext(ProfileService(data_dir), runner), data_dir)
    controller.show_about()
    (title, text), = shown
    assert "Sopiva Desk" in title
    assert "OpenMoji" in text
    assert "CC BY-SA 4.0" in text
    assert 'href="https://creativecommons.org/licenses/by-sa/4.0/"' in text
    assert 'href="https://openmoji.org"' in text
    controller.idle.stop()
    runner.shutdown()
