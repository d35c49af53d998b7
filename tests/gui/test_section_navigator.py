"""The section navigator wraps long section names at word boundaries and never cuts them: with
the longest Finnish and Swedish titles, at normal and 125 % text, also when the navigator is
short enough to need a scroll bar (as when the "what is missing" panel is open above it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QListView

from sopiva_desk.gui.widgets.section_navigator import (
    NavigatorDelegate,
    SectionNavigatorModel,
    set_up_navigator,
)
from sopiva_desk.services.templates import TemplateLibrary

LONG_WORD = "Vammaispalvelulainsäädäntöuudistussuunnitelmatyöryhmä"  # longer than the column


def titles(language: str) -> list[str]:
    template = next(iter(TemplateLibrary().templates.values()))
    return [f"{number}. {section.title.get(language)}" for number, section in enumerate(template.sections, 1)]


@pytest.fixture(params=[1.0, 1.25], ids=["100", "125"])
def text_size(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    normal = qapp.font()
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * request.param)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(normal)


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("height", [900, 200], ids=["tall", "short"])
def test_long_titles_wrap_at_words_and_are_never_cut(qtbot: Any, text_size: float, language: str,
                                                     height: int) -> None:
    view = QListView()
    qtbot.addWidget(view)
    model = SectionNavigatorModel(view)
    names = [*titles(language), f"17. {LONG_WORD} ja {LONG_WORD}"]
    model.set_sections(names, ["done", "started", "empty", "invalid"] * 5, [None, "1F3E0"] * 10)
    view.setModel(model)
    set_up_navigator(view, 270)
    view.resize(270, height)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.visualRect(model.index(0, 0)).width() == view.viewport().width())
    assert view.horizontalScrollBar().maximum() == 0
    delegate = view.itemDelegate()
    assert isinstance(delegate, NavigatorDelegate)
    metrics = QFontMetricsF(view.font())
    for row, name in enumerate(names):
        index = model.index(row, 0)
        rect = view.visualRect(index)
        title_x, lines = delegate.title_layout(index, view.font(), rect.width())
        room = rect.width() - title_x - 4
        assert all(metrics.horizontalAdvance(line) <= room + 0.5 for line in lines), name
        assert rect.height() >= len(lines) * metrics.lineSpacing(), name  # every line has room: none is cut
        assert rect.right() < view.viewport().width()
        if LONG_WORD not in name:
            assert " ".join(lines) == name, name  # broken at spaces only, nothing lost
        else:
            assert "".join(lines).replace(" ", "") == name.replace(" ", "")  # too long a word: broken, not cut
    assert any(len(delegate.title_layout(model.index(row, 0), view.font(), 270)[1]) > 1 for row in range(len(names)))
