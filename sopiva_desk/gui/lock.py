"""Auto-lock after idle time and on Ctrl+L, even while a dialog is open.

An application-wide event filter sees every input event before any window does: user
input restarts the idle timer, and Ctrl+L locks wherever the focus is. Locking covers
every top-level window with an opaque curtain at once, so no client data stays on screen
(dialogs keep what was typed in them underneath), then closes the workspace on the store
lane after any queued saves, which disposes the connections and wipes the key.

While locked, ``WayBackToUnlock`` watches the covered windows: a click, a key or the window
being brought to the front there (the unlock window was minimised or went behind) brings the
unlock window back, restored, in front and ready for the passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress, QEvent.Type.ShortcutOverride,
}


class PrivacyCurtain(QWidget):
    """An opaque cover over one window while the app is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("privacyCurtain")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#privacyCurtain { background: #1f2a36; } QLabel { color: #e8eef4; font-size: 16pt; }")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        label = QLabel(self.tr("Locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        hint = QLabel(self.tr("Click here or press a key to unlock."), self, objectName="curtainHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet("font-size: 11pt;")
        layout.addWidget(hint)
        layout.addStretch(1)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        elif event.type() == QEvent.Type.ChildAdded:
            self.raise_()
        return False


class IdleLock(QObject):
    """Emits ``lock_requested`` after ``minutes`` without input, or at once on Ctrl+L.

    Signals:
        lock_requested(): the app should lock now.
    """

    lock_requested = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock_requested)
        self.set_minutes(minutes)
        self.active = False

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, milliseconds: int) -> None:
        self._timer.setInterval(milliseconds)
        if self._timer.isActive():
            self._timer.start()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self.active = True
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self.active = False
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT_EVENTS:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and (
                event.key() == Qt.Key.Key_L and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            ):
                self.lock_requested.emit()
                return True
            self._timer.start()
        return False


def is_covered(window: QWidget) -> bool:
    return window.findChild(PrivacyCurtain, options=Qt.FindChildOption.FindDirectChildrenOnly) is not None


class WayBackToUnlock(QObject):
    """While locked, brings ``unlock_window`` back when the user reaches for a covered window.

    An application-wide event filter: input to a covered window is swallowed (the unlock
    window is modal, so Qt blocks most of it anyway), and that input or the covered window
    being activated (clicked, chosen in the taskbar) restores, raises and focuses the unlock
    window. Install it with ``start()``, remove it with ``stop()``.
    """

    _REACHING = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress,
                 QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress}

    def __init__(self, unlock_window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unlock_window = unlock_window
        self._pending = False

    def start(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in self._REACHING and kind != QEvent.Type.WindowActivate:
            return False
        if not isinstance(watched, QWidget):
            return False
        window = watched.window()
        if window is self.unlock_window or not is_covered(window):
            return False
        if not self._pending:  # after the event: bringing a window forward inside its activation fights it
            self._pending = True
            QTimer.singleShot(0, self._bring_back)
        return kind in self._REACHING

    def _bring_back(self) -> None:
        self._pending = False
        bring_back = getattr(self.unlock_window, "bring_back", None)
        if callable(bring_back):
            bring_back()


def cover_windows(exclude: QWidget | None = None) -> list[PrivacyCurtain]:
    """Put a curtain over every visible top-level window except ``exclude``."""
    curtains = []
    for window in QApplication.topLevelWidgets():
        if window is exclude or not window.isVisible() or isinstance(window, PrivacyCurtain):
            continue
        if is_covered(window):
            continue
        curtains.append(PrivacyCurtain(window))
    return curtains
