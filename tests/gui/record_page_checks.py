"""Checks the record pages (assessment, decision-making session, plan) share: the "what is missing"
links and the look of a locked record."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QRadioButton, QWidget

from sopiva_desk.gui.widgets.assessment_problems import MissingPanel
from sopiva_desk.gui.widgets.locking import LOCKED_GROUND, LockedNotice, looks_locked


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


def _inputs(form: QWidget) -> list[QWidget]:
    """The value-holding widgets of a form (not a combo box's own line edit)."""
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QRadioButton)
    return [w for w in form.findChildren(QWidget)
            if isinstance(w, kinds) and not isinstance(w.parentWidget(), QComboBox)]


def assert_looks_locked(form: QWidget, locked: bool = True) -> None:
    """Every field of ``form`` refuses input *and* looks read-only (or, unlocked, neither)."""
    inputs = _inputs(form)
    assert inputs
    for widget in inputs:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            assert widget.isReadOnly() == locked, widget.objectName()
        else:
            assert widget.isEnabled() != locked, widget.objectName()
        assert looks_locked(widget) == locked, widget.objectName()


def assert_renders_locked(edit: QLineEdit | QPlainTextEdit) -> None:
    """The read-only look is drawn: the field's ground is the locked grey, not an input's white."""
    image = edit.grab().toImage()
    ground = image.pixelColor(image.width() - 6, image.height() // 2)
    assert ground == QColor(LOCKED_GROUND), ground.name()


def assert_locked_notice(qtbot: Any, notice: LockedNotice, before: QWidget, *words: str) -> None:
    """The notice is shown, says it is locked and how to change it, and Tab from ``before`` reaches it."""
    assert notice.isVisible()
    name = notice.accessibleName()
    assert name.startswith("Locked: ") and all(word in name for word in words), name
    assert notice.accessibleDescription()
    before.window().activateWindow()
    qtbot.waitUntil(before.window().isActiveWindow)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is notice, QApplication.focusWidget()
