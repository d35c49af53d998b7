"""Lock when the computer goes to sleep or the desktop session locks, where the platform tells us.

- Linux: systemd-logind over the system D-Bus (QtDBus): the manager's ``PrepareForSleep(true)``
  and the ``Lock`` signal of this app's login session (``loginctl lock-session``, the desktop's
  screen locker asking all apps to lock).
- Windows: a native event filter sees ``WM_POWERBROADCAST``/``PBT_APMSUSPEND`` and, once the main
  window is registered with ``WTSRegisterSessionNotification``, ``WM_WTSSESSION_CHANGE``/
  ``WTS_SESSION_LOCK``.
- macOS and other systems: nothing here; the idle lock still applies.

Everything platform-specific stays in this module; the app only sees ``lock_requested(reason)``.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

SLEEP = "sleep"
SESSION_LOCKED = "session_locked"

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"

# Windows message numbers (winuser.h, wtsapi32.h)
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


def session_object_path(session_id: str) -> str:
    """logind's object path for a session id, escaped as systemd does (``"2"`` → ``…/session/_32``):
    every byte but ASCII letters, and digits after the first character, becomes ``_xx``."""
    escaped = []
    for index, byte in enumerate(session_id.encode("utf-8")):
        char = chr(byte)
        if char.isascii() and (char.isalpha() or (index > 0 and char.isdigit())):
            escaped.append(char)
        else:
            escaped.append(f"_{byte:02x}")
    return f"{LOGIN1_PATH}/session/{''.join(escaped) or '_'}"


def windows_lock_reason(message: int, wparam: int) -> str | None:
    """The lock reason a Windows message carries, if any."""
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return SLEEP
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return SESSION_LOCKED
    return None


class SystemLockWatcher(QObject):
    """Emits ``lock_requested(reason)`` (``"sleep"`` or ``"session_locked"``) when the system says so.

    ``bus``: the D-Bus connection logind is on (the system bus unless a test gives its own);
    ``session_id``: the login session (``$XDG_SESSION_ID`` unless given). Both Linux only.
    """

    lock_requested = Signal(str)

    def __init__(self, parent: QObject | None = None, *, bus: Any = None, session_id: str | None = None) -> None:
        super().__init__(parent)
        self.watching: list[str] = []  # what is connected, for the log and the tests
        self._native: _WindowsMessages | None = None
        if sys.platform.startswith("linux"):
            self._watch_logind(bus, session_id if session_id is not None else os.environ.get("XDG_SESSION_ID", ""))
        elif sys.platform == "win32":
            self._native = _WindowsMessages(self.lock_requested.emit)
            app = QCoreApplication.instance()
            if app is not None:
                app.installNativeEventFilter(self._native)
                self.watching.append("windows power broadcasts")

    def watch_window(self, window: QWidget) -> None:
        """Windows: session lock messages go to a registered window; the main window is that window."""
        if self._native is None:
            return
        try:
            wtsapi32 = ctypes.windll.wtsapi32  # type: ignore[attr-defined]
            if wtsapi32.WTSRegisterSessionNotification(int(window.winId()), NOTIFY_FOR_THIS_SESSION):
                self.watching.append("windows session changes")
        except (AttributeError, OSError) as error:
            log.warning("session lock notifications unavailable: %r", error)

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if self._native is not None and app is not None:
            app.removeNativeEventFilter(self._native)
            self._native = None

    # -- Linux -----------------------------------------------------------------------------

    def _watch_logind(self, bus: Any, session_id: str) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus
            return
        if bus is None:
            bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            log.info("no system D-Bus: sleep and session lock are not watched")
            return
        if bus.connect(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", self,
                       SLOT("_on_prepare_for_sleep(bool)")):
            self.watching.append("logind sleep")
        self._bus = bus  # a connection made for a test must live as long as the watcher
        if session_id:
            self._watch_session(session_object_path(session_id))
        else:  # started outside the login's environment (e.g. from a service): ask logind, without waiting
            from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

            call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "GetSessionByPID")
            call.setArguments([os.getpid()])
            self._asking = QDBusPendingCallWatcher(bus.asyncCall(call), self)
            self._asking.finished.connect(self._on_session_found)

    def _on_session_found(self, watcher: Any) -> None:
        reply = watcher.reply()
        arguments = reply.arguments() if reply.type() == reply.MessageType.ReplyMessage else []
        path = arguments[0] if arguments else None
        path = getattr(path, "path", lambda: path)()  # a QDBusObjectPath, or already text
        if isinstance(path, str) and path.startswith(LOGIN1_PATH):
            self._watch_session(path)
        watcher.deleteLater()

    def _watch_session(self, path: str) -> None:
        from PySide6.QtCore import SLOT

        if self._bus.connect(LOGIN1, path, LOGIN1_SESSION, "Lock", self, SLOT("_on_session_lock()")):
            self.watching.append("logind session lock")

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:  # False comes after waking up
            self.lock_requested.emit(SLEEP)

    @Slot()
    def _on_session_lock(self) -> None:
        self.lock_requested.emit(SESSION_LOCKED)


class _WindowsMessages(QAbstractNativeEventFilter):
    """Reads the ``MSG`` Windows hands to Qt and reports a lock reason; never swallows a message."""

    def __init__(self, report: Any) -> None:
        super().__init__()
        self._report = report

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:  # noqa: N802 - Qt API
        if bytes(event_type) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            reason = windows_lock_reason(msg.message, msg.wParam)
            if reason is not None:
                self._report(reason)
        return False, 0
