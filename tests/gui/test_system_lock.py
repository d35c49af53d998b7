"""The app locks when the system is about to sleep or the session locks.

On Linux logind's signals come over a real D-Bus daemon started for the test (a private bus on
which the test owns the name ``org.freedesktop.login1``), so what is tested is the watcher's
subscription, the signal's arguments and the lock that follows. Windows messages are decoded by
a pure function tested here on any system."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from sopiva_desk.gui import system_lock
from sopiva_desk.gui.system_lock import SystemLockWatcher, session_object_path, windows_lock_reason
from tests.gui.test_lock_and_app import app_flow, unlock_via_window  # noqa: F401 - the fixture is used

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="logind is Linux")


class Logind:
    """The test's side of the bus: owns logind's name and sends its signals."""

    def __init__(self, address: str) -> None:
        from PySide6.QtDBus import QDBusConnection

        self.address = address
        self.connection = QDBusConnection.connectToBus(address, "test-logind")
        assert self.connection.isConnected()
        assert self.connection.registerService(system_lock.LOGIN1)

    def watcher_bus(self) -> Any:
        from PySide6.QtDBus import QDBusConnection

        return QDBusConnection.connectToBus(self.address, "test-watcher")

    def signal(self, path: str, interface: str, name: str, *arguments: Any) -> None:
        from PySide6.QtDBus import QDBusMessage

        message = QDBusMessage.createSignal(path, interface, name)
        message.setArguments(list(arguments))
        assert self.connection.send(message)


@pytest.fixture
def logind(qapp: Any) -> Iterator[Logind]:
    pytest.importorskip("PySide6.QtDBus")
    daemon = shutil.which("dbus-daemon")
    if daemon is None or not sys.platform.startswith("linux"):
        pytest.skip("dbus-daemon is not installed (apt-get install dbus-daemon)")
    process = subprocess.Popen([daemon, "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        assert address.startswith("unix:"), address
        yield Logind(address)
    finally:
        from PySide6.QtDBus import QDBusConnection

        QDBusConnection.disconnectFromBus("test-watcher")
        QDBusConnection.disconnectFromBus("test-logind")
        process.kill()
        process.wait()
        process.stdout.close()  # type: ignore[union-attr]


@linux_only
def test_prepare_for_sleep_and_the_session_lock_over_dbus(qtbot: Any, logind: Logind) -> None:
    watcher = SystemLockWatcher(bus=logind.watcher_bus(), session_id="c2")
    assert watcher.watching == ["logind sleep", "logind session lock"]
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000) as sleeping:
        logind.signal(system_lock.LOGIN1_PATH, system_lock.LOGIN1_MANAGER, "PrepareForSleep", True)
    assert sleeping.args == ["sleep"]
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000) as locking:
        logind.signal("/org/freedesktop/login1/session/c2", system_lock.LOGIN1_SESSION, "Lock")
    assert locking.args == ["session_locked"]


@linux_only
def test_waking_up_and_other_sessions_do_not_lock(qtbot: Any, logind: Logind) -> None:
    watcher = SystemLockWatcher(bus=logind.watcher_bus(), session_id="c2")
    seen: list[str] = []
    watcher.lock_requested.connect(seen.append)
    logind.signal(system_lock.LOGIN1_PATH, system_lock.LOGIN1_MANAGER, "PrepareForSleep", False)  # woke up
    logind.signal("/org/freedesktop/login1/session/c3", system_lock.LOGIN1_SESSION, "Lock")  # someone else
    # A marker sent last on the same bus: once it arrives, the two before it have been handled.
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000):
        logind.signal(system_lock.LOGIN1_PATH, system_lock.LOGIN1_MANAGER, "PrepareForSleep", True)
    assert seen == ["sleep"]


@linux_only
def test_the_app_locks_when_logind_says_the_system_sleeps(qtbot: Any, logind: Logind,
                                                         app_flow: Any) -> None:  # noqa: F811
    controller, context, _ = app_flow
    unlock_via_window(qtbot, controller)
    watcher = SystemLockWatcher(controller, bus=logind.watcher_bus(), session_id="c2")
    watcher.lock_requested.connect(controller._on_system_lock_requested)  # noqa: SLF001 - as __init__ does
    with qtbot.waitSignal(controller.locked_changed, timeout=5000) as locked:
        logind.signal(system_lock.LOGIN1_PATH, system_lock.LOGIN1_MANAGER, "PrepareForSleep", True)
    assert locked.args == [True]
    qtbot.waitUntil(lambda: not context.unlocked, timeout=10000)


@linux_only
def test_without_a_session_id_logind_is_asked_and_no_answer_breaks_nothing(qtbot: Any, logind: Logind) -> None:
    watcher = SystemLockWatcher(bus=logind.watcher_bus(), session_id="")
    # The test's logind exports no objects: the question gets an error answer, which is dropped.
    with qtbot.waitSignal(watcher._asking.finished, timeout=5000):  # noqa: SLF001 - the pending question
        pass
    assert watcher.watching == ["logind sleep"]
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000):
        logind.signal(system_lock.LOGIN1_PATH, system_lock.LOGIN1_MANAGER, "PrepareForSleep", True)


def test_without_a_bus_nothing_is_watched_and_nothing_breaks(qapp: Any) -> None:
    class NoBus:
        def isConnected(self) -> bool:  # noqa: N802 - as QDBusConnection
            return False

    assert SystemLockWatcher(bus=NoBus(), session_id="2").watching == []


def test_session_paths_are_escaped_as_systemd_does() -> None:
    assert session_object_path("2") == "/org/freedesktop/login1/session/_32"
    assert session_object_path("c21") == "/org/freedesktop/login1/session/c21"
    assert session_object_path("a-b") == "/org/freedesktop/login1/session/a_2db"


def test_windows_messages_that_lock() -> None:
    assert windows_lock_reason(system_lock.WM_POWERBROADCAST, system_lock.PBT_APMSUSPEND) == "sleep"
    assert windows_lock_reason(system_lock.WM_POWERBROADCAST, 0x12) is None  # resumed automatically
    assert windows_lock_reason(system_lock.WM_WTSSESSION_CHANGE, system_lock.WTS_SESSION_LOCK) == "session_locked"
    assert windows_lock_reason(system_lock.WM_WTSSESSION_CHANGE, 0x8) is None  # unlocked
    assert windows_lock_reason(0x0010, 0) is None
