"""Small helpers for showing problems next to fields, readable and announced to screen readers."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget


def apply_error_style(label: QLabel) -> None:
    """Red-ish text that stays readable (≥ 4.5:1) on light and dark palettes."""
    palette = label.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#b3261e"))
    label.setPalette(palette)


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader read ``text`` now (no-op when no assistive technology is active)."""
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
