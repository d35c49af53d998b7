"""The deliberate way back to the counsellor's view: press and hold for two seconds.

A small round control in the corner fills a ring while it is held; letting go early cancels.
Holding down Esc does the same (the window starts and stops the hold). A short tap, a short
Esc, a click elsewhere or a window close do nothing, so the client cannot wander off.

The hold is measured on a clock (milliseconds, monotonic) that a test may replace, so that
it can move time on by hand instead of waiting for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from sopiva_desk.gui.client_view import palette
from sopiva_desk.gui.client_view.texts import LEAVE_PICTOGRAM, seconds_text
from sopiva_desk.gui.pictograms import pictogram_pixmap

HOLD_MS = 2000
SIZE = 64
_PICTURE = 34
_TICK_MS = 16

Clock = Callable[[], float]  # now, in milliseconds (only differences count)


def monotonic_ms() -> float:
    return time.monotonic() * 1000


def leave_instructions(hold_ms: int) -> str:
    return QCoreApplication.translate(
        "ClientView", "Press and hold for {seconds} seconds, or hold down Esc for {seconds} seconds.").format(
        seconds=seconds_text(hold_ms))


class HoldToLeaveButton(QWidget):
    """A press-and-hold control; ``held`` is emitted once the hold lasts ``hold_ms``.

    Signals:
        held(): the hold was completed.
    """

    held = Signal()

    def __init__(self, hold_ms: int = HOLD_MS, parent: QWidget | None = None, clock: Clock = monotonic_ms) -> None:
        super().__init__(parent)
        self.setObjectName("clientViewLeave")
        self.hold_ms = hold_ms
        self.setFixedSize(SIZE, SIZE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        name = QCoreApplication.translate("ClientView", "Back to the counsellor's view")
        instructions = leave_instructions(hold_ms)
        self.setAccessibleName(name)
        self.setAccessibleDescription(instructions)
        self.setToolTip(f"{name}\n{instructions}")
        self._clock = clock
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(_TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._progress = 0.0

    def is_holding(self) -> bool:
        return self._timer.isActive()

    def progress(self) -> float:
        return self._progress

    def start_hold(self) -> None:
        if self._timer.isActive():
            return
        self._started = self._clock()
        self._progress = 0.0
        self._timer.start()
        self.update()

    def cancel_hold(self) -> None:
        self._timer.stop()
        self._progress = 0.0
        self.update()

    def _on_timer_timeout(self) -> None:
        self._progress = min(1.0, (self._clock() - self._started) / max(1, self.hold_ms))
        self.update()
        if self._progress >= 1.0:
            self._timer.stop()
            self._progress = 0.0
            self.held.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self.start_hold()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.cancel_hold()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        ring = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        painter.setPen(QPen(QColor(palette.CARD_BORDER), 2.0))
        painter.setBrush(QColor(palette.CARD))
        painter.drawEllipse(ring)
        if self._timer.isActive():
            pen = QPen(QColor(palette.FOCUS), 6.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawArc(ring, 90 * 16, -int(360 * 16 * self._progress))
        offset = (SIZE - _PICTURE) // 2
        painter.drawPixmap(offset, offset, pictogram_pixmap(LEAVE_PICTOGRAM, _PICTURE, self.devicePixelRatioF()))
        painter.end()
