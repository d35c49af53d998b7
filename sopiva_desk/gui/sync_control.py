"""Sync in the main window: the Sync menu's actions, one sync at a time on the sync lane with its
progress and Cancel, the status bar's sync corner, and what a lock must do to a running sync.

- **One at a time.** *Sync now* is disabled while a sync or enrolment runs, while locked, when
  the computer is not enrolled and when its access was revoked (the tooltip says why).
- **Cancel** sets the engine's cancel event: it stops after the push batch or pull page in
  flight, and everything committed stays consistent ("Sync cancelled, nothing lost").
- **Lock.** ``prepare_for_lock`` cancels a running sync; the controller's store-lane close waits
  for the sync lane (``TaskRunner.wait_lane``) before it closes the store, so the engine never
  meets a closed database, and the cancelled sync's result is dropped quietly.
- **Status** (``services/sync/status.py``) is read on the sync lane — queued behind a running
  sync, never in the way of the store lane — after each sync, at unlock, and 1.5 s after store
  work settles (``TaskRunner.lane_done``), so a saved change shows as waiting without a hook in
  every page.
- **Failures** of a sync the user started show once, in a friendly dialog (gui/errors.py
  KnownError path) and in the status bar; the outbox is untouched by any failure.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolButton

from sopiva_desk.gui import errors, prompts
from sopiva_desk.gui.context import WorkspaceLocked
from sopiva_desk.gui.dialogs.enrol import EnrolDialog
from sopiva_desk.gui.dialogs.refused_changes import RefusedChangesDialog
from sopiva_desk.gui.messages import message
from sopiva_desk.gui.sync_words import countersignature_problem_text, failure_text, log_break_text
from sopiva_desk.gui.tasks import STORE, SYNC
from sopiva_desk.gui.widgets.sync_status import SyncStatusBar
from sopiva_desk.services.errors import KnownError
from sopiva_desk.services.sync.engine import SyncEngine, SyncReport
from sopiva_desk.services.sync.enrolment import Enrolment, EnrolmentService, default_device_name
from sopiva_desk.services.sync.status import RejectedChange, SyncStatus, refused_and_held, sync_status

if TYPE_CHECKING:
    from sopiva_desk.gui.context import AppContext
    from sopiva_desk.services.workspace import Workspace

SHORTCUT = "F9"
STATUS_DEBOUNCE_MS = 1500


class _StepRelay(QObject):
    """Carries the engine's progress from the sync lane to the GUI thread (a queued signal)."""

    step = Signal(object)


class SyncControl(QObject):
    """Signals:
        status_changed(object): a new ``SyncStatus`` was read.
        sync_finished(object): a ``SyncReport`` (also a cancelled one) or the error a sync ended with.
        enrolled(object): this computer was enrolled (an ``Enrolment``, with the user's role).
    """

    status_changed = Signal(object)
    sync_finished = Signal(object)
    enrolled = Signal(object)

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.status: SyncStatus | None = None
        self.running = False
        self.enrolling = False
        self.locked = False
        self._cancel: threading.Event | None = None
        self.enrol_dialog: EnrolDialog | None = None
        self.refused_dialog: RefusedChangesDialog | None = None
        # How a sync's engine is made (tests put a transport in between; the demo could point elsewhere).
        self.make_engine: Callable[[Workspace], SyncEngine] = lambda ws: SyncEngine(
            ws.db, ws.actor, profile_folder=ws.profile_folder)
        self._relay = _StepRelay(self)
        self.status_bar = SyncStatusBar(window)
        self._relay.step.connect(self.status_bar.show_step)
        self.status_bar.cancel_requested.connect(self.cancel)
        self.status_bar.refused_requested.connect(self.show_refused)

        self.enrol_action = QAction(self.tr("&Enrol this computer…"), window)
        self.enrol_action.setObjectName("enrolAction")
        self.enrol_action.setToolTip(self.tr("Connect this computer to the central records with a one-time code "
                                             "from IT support"))
        self.enrol_action.triggered.connect(self.show_enrolment)
        self.sync_action = QAction(self.tr("&Sync now"), window)
        self.sync_action.setObjectName("syncAction")
        self.sync_action.setShortcut(QKeySequence(SHORTCUT))
        self.sync_action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.sync_action.triggered.connect(self.start_sync)
        self.sync_button = QToolButton(window, objectName="syncButton")
        self.sync_button.setDefaultAction(self.sync_action)
        self.sync_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sync_button.setAutoRaise(True)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(STATUS_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        context.runner.lane_done.connect(self._on_lane_done)
        context.workspace_changed.connect(self._on_workspace_changed)
        self._update_actions()
        self.refresh()  # the window is made after the unlock's workspace_changed

    def add_to(self, window: QMainWindow) -> QMenu:
        """The Sync menu, the button at the menu bar's right end (no toolbar row taken from a
        1366×768 screen) and the status bar corner."""
        # In Finnish and Swedish every letter of the menu's name is already an Alt key on some
        # page, so the translations have none: F9 syncs, and Alt or F10 then arrows reach the menu.
        menu = window.menuBar().addMenu(self.tr("S&ync"))
        menu.setObjectName("syncMenu")
        menu.addAction(self.sync_action)
        menu.addSeparator()
        menu.addAction(self.enrol_action)
        window.menuBar().setCornerWidget(self.sync_button, Qt.Corner.TopRightCorner)
        window.statusBar().addPermanentWidget(self.status_bar)
        return menu

    # -- actions --------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        status, busy = self.status, self.running or self.enrolling
        usable = self.context.unlocked and not self.locked
        self.enrol_action.setEnabled(usable and not busy)
        self.sync_action.setEnabled(usable and not busy and status is not None and status.enrolled
                                    and not status.revoked)
        shortcut = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        if self.running:
            tip = self.tr("A sync is running")
        elif status is not None and status.revoked:
            tip = message("sync.device_revoked_contact" if status.support_contact else "sync.device_revoked",
                          {"contact": status.support_contact})
        elif status is not None and not status.enrolled:
            tip = self.tr("Enrol this computer first: Sync → Enrol this computer")
        else:
            tip = self.tr("Send your changes to the central records and fetch your clients' changes ({key})").format(
                key=shortcut)
        self.sync_action.setToolTip(tip)
        self.sync_button.setToolTip(tip)

    def start_sync(self) -> None:
        if self.running or not self.sync_action.isEnabled():
            return
        flush = getattr(self.window, "flush", None)
        if callable(flush):
            flush()  # edits still waiting for their debounce go to the store lane now, to go along
        context, workspace = self.context, self.context.workspace
        cancel = threading.Event()
        self._cancel = cancel
        self.running = True
        self._update_actions()
        self.status_bar.show_running(True)
        relay, make_engine = self._relay, self.make_engine

        def work() -> SyncReport:
            if workspace.closed:
                raise WorkspaceLocked()
            return make_engine(workspace).sync(cancel, step=relay.step.emit)

        # Not through context.run's dialog: a failure is shown once here, and not at all after a lock.
        context.runner.run(work, on_success=self._on_sync_done, on_error=self._on_sync_failed, lane=SYNC)

    def cancel(self) -> None:
        if self._cancel is not None and self.running:
            self._cancel.set()
            self.status_bar.show_cancelling()

    def _finish(self) -> bool:
        """Back to idle; False when the result is not to be shown (locked meanwhile)."""
        self.running = False
        self._cancel = None
        self.status_bar.show_running(False)
        self._update_actions()
        if self.locked or not self.context.unlocked:
            return False
        self.refresh()
        return True

    def _on_sync_done(self, report: SyncReport) -> None:
        shown = self._finish()
        self.sync_finished.emit(report)
        if not shown:
            return
        bar = self.window.statusBar()
        if report.cancelled:
            bar.showMessage(self.tr("Sync cancelled, nothing lost. What was not sent yet goes next time."), 10_000)
            return
        bar.showMessage(self.tr("Synced. Changes sent: {sent}, records received: {received}.").format(
            sent=report.pushed, received=report.pulled), 10_000)
        if report.log_break is not None:
            prompts.show_error(self.window, self.tr("Access log"), log_break_text(report.log_break))
        elif report.log_countersignature_problem:
            prompts.show_error(self.window, self.tr("Access log"),
                               countersignature_problem_text(report.log_countersignature_problem))
        if report.rejected:
            self.show_refused()

    def _on_sync_failed(self, error: BaseException) -> None:
        shown = self._finish()
        self.sync_finished.emit(error)
        if not shown or isinstance(error, WorkspaceLocked):
            return
        if isinstance(error, KnownError):
            # The whole message once in a dialog; the status bar, too narrow for it, keeps a short note.
            self.window.statusBar().showMessage(
                self.tr("Sync did not finish. Your changes are kept on this computer."), 15_000)
            prompts.show_error(self.window, self.tr("Sync"), failure_text(error))
        else:
            errors.report(self.window, error)  # a bug: crash report without client data

    # -- status ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the status on the sync lane (behind a running sync, out of the store lane's way)."""
        if not self.context.unlocked or self.locked:
            return
        workspace = self.context.workspace

        def read() -> SyncStatus:
            if workspace.closed:
                raise WorkspaceLocked()
            return sync_status(workspace.db)

        self.context.runner.run(read, on_success=self._show_status, on_error=self._on_status_failed, lane=SYNC)

    def _show_status(self, status: SyncStatus) -> None:
        if self.locked or not self.context.unlocked:
            return
        self.status = status
        self.status_bar.show_status(status)
        self._update_actions()
        self.status_changed.emit(status)

    def _on_status_failed(self, error: BaseException) -> None:
        if not isinstance(error, (WorkspaceLocked, KnownError)):
            errors.report(self.window, error)

    def _on_lane_done(self, lane: str) -> None:
        if lane == STORE and not self.locked and self.context.unlocked:
            self._debounce.start()  # restarted by each save: one read when the typing pauses

    def _on_workspace_changed(self, workspace: object) -> None:
        if workspace is None:
            return
        self.locked = False
        self.refresh()  # unlocked again (or first opened)
        self._update_actions()

    # -- lock -----------------------------------------------------------------------------------

    def prepare_for_lock(self) -> None:
        """Cancel a running sync and hide the profile's sync state; the store closes after the
        sync lane is idle (controller.lock)."""
        self.locked = True
        self._debounce.stop()
        self.cancel()
        self.status = None
        self.status_bar.clear()
        self._update_actions()

    # -- dialogs --------------------------------------------------------------------------------

    def show_enrolment(self) -> None:
        if not self.context.unlocked or self.enrol_dialog is not None:
            return
        workspace = self.context.workspace
        self.context.run(lambda: EnrolmentService(workspace.db).current(), parent=self.window, lane=SYNC,
                         on_success=self._open_enrolment)

    def _open_enrolment(self, current: Enrolment | None) -> None:
        if self.locked or self.enrol_dialog is not None:
            return
        dialog = EnrolDialog(self.context, current, default_device_name(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.enrolled.connect(self._on_enrolled)
        dialog.finished.connect(lambda _result: self._enrolment_closed())
        self.enrol_dialog = dialog
        self.enrolling = True
        self._update_actions()
        dialog.open()

    def _enrolment_closed(self) -> None:
        self.enrol_dialog = None
        self.enrolling = False
        self._update_actions()

    def _on_enrolled(self, enrolment: Enrolment) -> None:
        self.window.statusBar().showMessage(self.tr("Enrolled with {server} as {user}. Press Sync to send your "
                                                    "changes.").format(server=enrolment.server_url,
                                                                        user=enrolment.user_name), 15_000)
        self.refresh()
        self.enrolled.emit(enrolment)

    def show_refused(self) -> None:
        if not self.context.unlocked or self.refused_dialog is not None:
            return
        workspace = self.context.workspace
        self.context.run(lambda: refused_and_held(workspace.db, workspace.actor), parent=self.window, lane=SYNC,
                         on_success=self._open_refused)

    def _open_refused(self, found: tuple[list[RejectedChange], int]) -> None:
        refused, held = found
        if self.locked or not (refused or held) or self.refused_dialog is not None:
            return
        dialog = RefusedChangesDialog(refused, self.context.ui_language, self.window, held=held)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "refused_dialog", None))
        self.refused_dialog = dialog
        dialog.open()


