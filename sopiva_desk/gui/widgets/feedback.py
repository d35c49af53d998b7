"""Small helpers for showing problems next to fields, readable and announced to screen readers."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget


def apply_error_style(label: QLabel) -> None:
    """Red-ish text that stays readable (≥ 4.5:1) on light and dark palettes."""
    palette = label.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#b3261e"))
    label.setPalette(palette)


def error_label(parent: QWidget, name: str) -> QLabel:
    """The label under a field that says why its value was refused: plain text that wraps,
    readable colours, selectable (to copy into a support request), hidden while empty."""
    label = QLabel(parent, objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    apply_error_style(label)
    label.hide()
    return label


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader read ``text`` now (no-op when no assistive technology is active)."""
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def keep_room_for_messages(window: QWidget, longest: Mapping[QLabel, str]) -> None:
    """Size ``window`` so that each label fits with its longest message, then empty and hide them.

    A window's layout does not grow it for a wrapped label shown later, so messages would
    overlap the fields under them; sized once for the longest ones, a dialog keeps its size and
    the space left over goes to a stretch in its layout while no message shows.
    """
    for label, text in longest.items():
        label.setText(text)
        label.show()
    layout = window.layout()
    width = max(window.minimumWidth(), window.sizeHint().width())
    height = layout.totalHeightForWidth(width) if layout is not None else -1
    window.resize(width, max(height, window.minimumSizeHint().height()))
    for label in longest:
        label.clear()
        label.hide()
