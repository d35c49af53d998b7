"""Checks the record pages (assessment, decision-making session, plan) share: the "what is missing"
links and the look of a locked record."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from sopiva_desk.gui.widgets.assessment_problems import MissingPanel


def click_link(qtbot: Any, panel: MissingPanel, row: int) -> None:
    """A real mouse click on a link, as the counsellor makes it."""
    view = panel.list_view
    index = panel.model.index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def assert_every_link_leads_to_its_field(qtbot: Any, panel: MissingPanel, form: QWidget,
                                         expected: Mapping[str, QWidget] = {}) -> None:  # noqa: B006
    """Click each link in turn, the first one included: the keyboard goes into ``form``, to the
    widget ``expected`` names for the key where it names one."""
    keys = panel.keys()
    assert keys, "the list is empty"
    assert set(expected) <= set(keys), set(expected) - set(keys)
    for row, key in enumerate(keys):
        panel.list_view.setFocus()
        click_link(qtbot, panel, row)
        qtbot.waitUntil(lambda: form.isAncestorOf(QApplication.focusWidget()), timeout=3000)
        if key in expected:
            assert QApplication.focusWidget() is expected[key], (key, QApplication.focusWidget())
