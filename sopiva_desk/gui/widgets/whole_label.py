"""A label shown whole or not at all: where room runs short (a status bar at 125 % text) it
gives its room to the widgets beside it instead of cutting its words; its tooltip keeps the text."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel


class WholeOrNothingLabel(QLabel):
    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(0, super().minimumSizeHint().height())

    def fits(self) -> bool:
        return self.width() >= super().minimumSizeHint().width()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if self.fits():
            super().paintEvent(event)
