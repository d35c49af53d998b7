"""What else locking hides: window titles, windows left open, and client data on the clipboard.

The curtains of ``lock.py`` cover what windows show, but a window's title is shown outside
the window too (the task bar, Alt+Tab, the window list), and a document preview's title names
its client. While the app is locked, ``LockedWindows`` gives every top-level window the plain
title "Sopiva Desk" (also a title a window sets meanwhile, e.g. a preview finishing in the
background), and hides the windows the user can simply get back on unlock: everything but the
main window and dialogs waiting for an answer (``exec``), which stay covered so what was typed
in them stays. ``restore()`` puts titles and windows back.

``ClipboardGuard`` remembers a fingerprint of what this app put on the clipboard (and on the X11
selection) so the lock can clear it, and leaves alone what the user copied in another program.
"""

from __future__ import annotations

import hashlib

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from sopiva_desk.gui.lock import PrivacyCurtain


class LockedWindows(QObject):
    """Neutral titles and hidden windows while locked (see the module docstring)."""

    def __init__(self, keep_shown: list[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keep_shown = keep_shown  # the main window: covered by its curtain, never hidden
        self._exempt: QWidget | None = None
        self._titles: dict[QWidget, str] = {}
        self._hidden: list[QWidget] = []
        self.neutral_title = self.tr("Sopiva Desk")

    def lock(self, lock_window: QWidget) -> None:
        """Hide what can be hidden and retitle every other window; call before the curtains go up."""
        self._exempt = lock_window
        app = QApplication.instance()
        assert app is not None
        for window in QApplication.topLevelWidgets():
            if window is lock_window or isinstance(window, PrivacyCurtain):
                continue
            self._retitle(window)
            if window.isVisible() and self._may_hide(window):
                window.hide()
                if window.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
                    self._hidden.append(window)  # a tooltip or popup is not shown again
        app.installEventFilter(self)

    def restore(self) -> None:
        """Titles back and hidden windows shown again (after the unlock)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        titles, self._titles = self._titles, {}
        for window, title in titles.items():
            if shiboken6.isValid(window):
                window.setWindowTitle(title)
        hidden, self._hidden = self._hidden, []
        for window in hidden:
            if shiboken6.isValid(window):
                window.show()
        self._exempt = None

    def _may_hide(self, window: QWidget) -> bool:
        # A dialog in exec() would end its event loop with "Cancel" when hidden: it stays, covered.
        if any(window is kept for kept in self._keep_shown):
            return False
        return window.windowModality() != Qt.WindowModality.ApplicationModal

    def _retitle(self, window: QWidget) -> None:
        title = window.windowTitle()
        if title == self.neutral_title and window in self._titles:
            return
        self._titles[window] = title
        window.setWindowTitle(self.neutral_title)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.WindowTitleChange and isinstance(watched, QWidget) and watched.isWindow()
                and watched is not self._exempt and not isinstance(watched, PrivacyCurtain)
                and watched.windowTitle() != self.neutral_title):
            self._retitle(watched)  # a title set while locked is kept for the unlock, not shown
        return False


def _fingerprint(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class ClipboardGuard(QObject):
    """Knows whether the clipboard holds what this app put there; ``clear_ours()`` empties it then.

    A change counts as ours when the platform says this app owns the clipboard (X11, Windows) or
    it happened while one of our windows had the focus (where ownership is not reported: macOS,
    the offscreen platform). Only a fingerprint of the text is kept, never the text.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: dict[QClipboard.Mode, bytes] = {}
        clipboard = QGuiApplication.clipboard()
        self._modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            self._modes.append(QClipboard.Mode.Selection)
        clipboard.changed.connect(self._on_changed)

    def _on_changed(self, mode: QClipboard.Mode) -> None:
        if mode not in self._modes:
            return
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text(mode)
        if text and (_owns(mode) if _reports_owner() else QGuiApplication.focusWindow() is not None):
            self._ours[mode] = _fingerprint(text)
        else:
            self._ours.pop(mode, None)

    def holds_ours(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
        clipboard = QGuiApplication.clipboard()
        if _reports_owner() and _owns(mode):
            return True
        text = clipboard.text(mode)
        return bool(text) and self._ours.get(mode) == _fingerprint(text)

    def clear_ours(self) -> list[QClipboard.Mode]:
        """Empty the clipboard (and selection) where it holds what we put there; returns the modes cleared."""
        cleared = []
        for mode in self._modes:
            if self.holds_ours(mode):
                QGuiApplication.clipboard().clear(mode)
                cleared.append(mode)
            self._ours.pop(mode, None)
        return cleared


def _owns(mode: QClipboard.Mode) -> bool:
    """Whether this app owns the clipboard or the selection (Qt's public calls, one per mode)."""
    clipboard = QGuiApplication.clipboard()
    return clipboard.ownsSelection() if mode == QClipboard.Mode.Selection else clipboard.ownsClipboard()


def _reports_owner() -> bool:
    """Whether the platform tells who owns the clipboard (X11 and Windows do; Qt's others return False)."""
    return QGuiApplication.platformName() in {"xcb", "windows"}
