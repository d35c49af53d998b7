"""Locking while a sync runs: the sync is cancelled at its next stopping point, the store closes
only after it (never under it), no message appears over the lock screen, and after unlocking the
status is read again and the next sync completes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.controller import AppController
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.sync.engine import SyncReport
from sopiva_desk.services.sync.enrolment import EnrolmentService
from sopiva_desk.services.sync.status import sync_status
from tests.gui.sync_support import Gate, central  # noqa: F401 - fixture
from tests.gui.test_lock_and_app import PASS, unlock_via_window
from tests.sync.conftest import Central


def test_lock_while_syncing_waits_for_the_sync_then_closes_the_store(
        qtbot, profile_service: ProfileService, data_dir: Path, central: Central,  # noqa: F811
        client_values: dict, dialogs: list[str]) -> None:
    profile = profile_service.create_profile("Testi Ohjaaja", PASS, PASS)
    ws = profile_service.unlock(profile.profile_id, PASS)
    EnrolmentService(ws.db).enrol(central.url, central.code(central.add_user("Testi Ohjaaja")),
                                  allow_insecure_loopback=True)
    ws.clients.create_client(client_values)
    ws.close()
    runner = TaskRunner()
    context = AppContext(profile_service, runner, ui_language="en")
    controller = AppController(context, data_dir)
    controller.start(profile.profile_id)
    try:
        unlock_via_window(qtbot, controller)
        window = controller.main_window
        assert window is not None
        sync = window.sync
        qtbot.waitUntil(lambda: sync.sync_action.isEnabled(), timeout=10_000)
        gate = Gate("pull")  # the push has gone; the pull waits
        sync.make_engine = gate.engine
        first = context.workspace
        with qtbot.waitSignal(sync.sync_finished, timeout=60_000) as finished:
            sync.sync_action.trigger()
            qtbot.waitUntil(gate.reached.is_set, timeout=30_000)
            controller.lock()
            assert controller.locked and not sync.sync_action.isEnabled()
            assert not sync.status_bar.last_sync.isVisibleTo(window)  # nothing of the profile shows
            assert not first.closed  # the close waits on the store lane for the sync lane
            gate.release()
        report = finished.args[0]
        assert isinstance(report, SyncReport) and report.cancelled and report.pushed == 1
        qtbot.waitUntil(lambda: first.closed, timeout=30_000)
        assert dialogs == [] and window.statusBar().currentMessage() == ""  # nothing over the lock screen

        unlock_via_window(qtbot, controller)
        assert sync_status(context.workspace.db).pending == 0  # what was pushed before the cancel stays done
        qtbot.waitUntil(lambda: sync.sync_action.isEnabled(), timeout=10_000)
        assert sync.status_bar.last_sync.text() == "Never synced"
        sync.make_engine = Gate("none").engine
        with qtbot.waitSignal(sync.sync_finished, timeout=60_000) as finished:
            sync.sync_action.trigger()
        assert isinstance(finished.args[0], SyncReport) and not finished.args[0].cancelled
        qtbot.waitUntil(lambda: sync.status_bar.last_sync.text() == "Synced just now", timeout=10_000)
    finally:
        if controller.main_window is not None:
            controller.main_window.close()
        for top in QApplication.topLevelWidgets():
            top.close()
        runner.wait_idle()
        if context.unlocked:
            context.workspace.close()
        runner.shutdown()
