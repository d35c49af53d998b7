"""The start screen: choose a profile by its name and unlock it with the passphrase.

Before unlock nothing but profile display names is shown. Unlocking derives the key and
opens the store (≈0.4 s by design), so it runs on the store lane, never on the GUI thread.
The same window, given ``locked_profile_id``, is the lock screen of a running session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QWidget

from sopiva_desk.gui import errors
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.forms.ui_unlock_window import Ui_UnlockWindow
from sopiva_desk.gui.messages import message
from sopiva_desk.gui.tasks import STORE
from sopiva_desk.gui.widgets.feedback import announce, apply_error_style
from sopiva_desk.gui.widgets.page_parts import fit_to_screen
from sopiva_desk.services.errors import (
    KnownError,
    StoreDamagedError,
    UnlockThrottledError,
    WrongPassphraseError,
)
from sopiva_desk.services.profiles import ProfileSummary

if TYPE_CHECKING:
    from sopiva_desk.services.workspace import Workspace

CARD_STYLE = (
    "QFrame#card { background-color: palette(base); border: 1px solid palette(mid); border-radius: 10px; }"
)


class UnlockWindow(QWidget):
    """Profile chooser and passphrase entry; a top-level window.

    Signals:
        unlocked(object): the ``Workspace`` just opened; the receiver owns it (and closes it).
        create_profile_requested(): the user asked to create another profile.
        restore_requested(str): the profile's data file is damaged and the user chose to restore
            it from a backup (the profile id); see gui/dialogs/store_damage.py.
    """

    unlocked = Signal(object)
    create_profile_requested = Signal()
    restore_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 locked_profile_id: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self._context = context
        self._locked_profile_id = locked_profile_id
        self._profiles: list[ProfileSummary] = []
        self._busy = False
        self._throttled_profile_id: str | None = None
        self._throttle_prefix = ""
        self._focused_once = False

        self.ui = Ui_UnlockWindow()
        self.ui.setupUi(self)
        fit_to_screen(self, self.size())  # the form's 1366×768 would run under a laptop's taskbar
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._on_countdown_timeout)

        self._style()
        self.ui.passphraseEdit.returnPressed.connect(self._on_unlock_requested)
        self.ui.unlockButton.clicked.connect(self._on_unlock_requested)
        self.ui.createProfileButton.clicked.connect(self.create_profile_requested)
        self.ui.restoreBackupButton.clicked.connect(self.show_restore_dialog)
        self.ui.profileCombo.currentIndexChanged.connect(self._on_profile_combo_changed)
        self.ui.passphraseEdit.textEdited.connect(self._on_passphrase_edit_text_edited)
        self.reload_profiles()

    # -- public ----------------------------------------------------------------------------

    @property
    def locked_mode(self) -> bool:
        return self._locked_profile_id is not None

    def reload_profiles(self) -> None:
        """Read the profile names again, keeping the current choice when it still exists."""
        current = self.selected_profile_id()
        self._profiles = self._context.profiles.profiles()
        combo = self.ui.profileCombo
        combo.blockSignals(True)
        try:
            combo.clear()
            for profile in self._profiles:
                combo.addItem(profile.display_name, profile.profile_id)
            index = combo.findData(current) if current is not None else -1
            combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
        finally:
            combo.blockSignals(False)
        self._update_texts()
        self._on_profile_combo_changed()

    def select_profile(self, profile_id: str) -> bool:
        """Choose ``profile_id`` (reloading the list if it is new); False if there is no such profile."""
        if self.locked_mode:
            return profile_id == self._locked_profile_id
        index = self.ui.profileCombo.findData(profile_id)
        if index < 0:
            self.reload_profiles()
            index = self.ui.profileCombo.findData(profile_id)
        if index < 0:
            return False
        self.ui.profileCombo.setCurrentIndex(index)
        self.ui.passphraseEdit.setFocus()
        return True

    def bring_back(self) -> None:
        """Restore the window if it was minimised, put it in front and the cursor in the
        passphrase field (the user reached for a window the lock covers)."""
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        self.ui.passphraseEdit.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def show_restore_dialog(self) -> None:
        """Restore a backup as a new profile, then offer it here, chosen (docs/admin.md, "Backups")."""
        from sopiva_desk.gui.dialogs.restore_backup import RestoreBackupDialog  # not on the start-up path

        dialog = RestoreBackupDialog(self._context, self)
        dialog.restored.connect(lambda profile: self.select_profile(profile.profile_id))
        dialog.finished.connect(dialog.deleteLater)
        self.restore_dialog = dialog
        dialog.open()

    def selected_profile_id(self) -> str | None:
        if self._locked_profile_id is not None:
            return self._locked_profile_id
        data = self.ui.profileCombo.currentData()
        return data if isinstance(data, str) else None

    # -- presentation ----------------------------------------------------------------------

    def _style(self) -> None:
        title_font = self.ui.titleLabel.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.7)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        self.ui.titleLabel.setAccessibleName(self.ui.titleLabel.text())
        name_font = self.ui.profileNameLabel.font()
        name_font.setBold(True)
        self.ui.profileNameLabel.setFont(name_font)
        self.ui.card.setStyleSheet(CARD_STYLE)
        sizes = ((self.ui.profileCombo, 30), (self.ui.passphraseEdit, 30), (self.ui.unlockButton, 36))
        for widget, height in sizes:
            widget.setMinimumHeight(max(height, widget.sizeHint().height()))
        for link in (self.ui.createProfileButton, self.ui.restoreBackupButton):
            link_font = link.font()
            link_font.setUnderline(True)
            link.setFont(link_font)
            link_palette = link.palette()
            link_colour = link_palette.color(QPalette.ColorRole.Link)
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):  # disabled stays grey
                link_palette.setColor(group, QPalette.ColorRole.ButtonText, link_colour)
            link.setPalette(link_palette)
        apply_error_style(self.ui.errorLabel)
        self.ui.errorLabel.hide()

    def _update_texts(self) -> None:
        ui = self.ui
        names = {p.profile_id: p.display_name for p in self._profiles}
        if self.locked_mode:
            ui.titleLabel.setText(self.tr("Sopiva Desk is locked"))
            ui.hintLabel.setText(
                self.tr("Enter your passphrase to continue. Unsaved work was saved before locking."))
            self.setWindowTitle(self.tr("Sopiva Desk is locked"))
            name = names.get(self._locked_profile_id or "", "")
            single = True
        else:
            ui.titleLabel.setText(self.tr("Sopiva Desk"))
            self.setWindowTitle(self.tr("Sopiva Desk"))
            name = self._profiles[0].display_name if len(self._profiles) == 1 else ""
            single = len(self._profiles) == 1
            if not self._profiles:
                ui.hintLabel.setText(
                    self.tr("There is no profile on this computer yet. Create one to begin."))
            elif single:
                ui.hintLabel.setText(self.tr("Enter your passphrase to open your profile."))
            else:
                ui.hintLabel.setText(self.tr("Choose your profile and enter your passphrase."))
        ui.titleLabel.setAccessibleName(ui.titleLabel.text())
        choosing = not self.locked_mode and len(self._profiles) > 1
        ui.profileLabel.setVisible(choosing)
        ui.profileCombo.setVisible(choosing)
        ui.profileCombo.setEnabled(choosing and not self._busy)
        ui.profileNameLabel.setVisible(single and bool(name))
        ui.profileNameLabel.setText(self.tr("Profile: {name}").format(name=name) if name else "")
        has_profile = self.locked_mode or bool(self._profiles)
        for widget in (ui.passphraseLabel, ui.passphraseEdit, ui.unlockButton):
            widget.setVisible(has_profile)
        ui.createProfileButton.setVisible(not self.locked_mode)
        ui.restoreBackupButton.setVisible(not self.locked_mode)

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))
        self.ui.passphraseEdit.setAccessibleDescription(text)
        announce(self.ui.errorLabel, text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        ui = self.ui
        ui.profileCombo.setEnabled(not busy and not ui.profileCombo.isHidden())
        ui.passphraseEdit.setEnabled(not busy)
        ui.createProfileButton.setEnabled(not busy)
        ui.restoreBackupButton.setEnabled(not busy)
        ui.unlockButton.setEnabled(not busy and self._throttled_profile_id is None)
        ui.unlockButton.setText(self.tr("Opening…") if busy else self.tr("Unlock"))
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.ui.passphraseEdit.setFocus()

    # -- unlocking -------------------------------------------------------------------------

    @Slot()
    def _on_unlock_requested(self) -> None:
        profile_id = self.selected_profile_id()
        if self._busy or profile_id is None or not self.ui.unlockButton.isEnabled():
            return
        passphrase = self.ui.passphraseEdit.text()
        if not passphrase:
            self._show_error(message("passphrase.empty"))
            self.ui.passphraseEdit.setFocus()
            return
        self._show_error("")
        self._set_busy(True)
        profiles = self._context.profiles

        def succeeded(workspace: Workspace) -> None:
            if not shiboken6.isValid(self):
                workspace.close()  # the window went away while the key was derived
                return
            self._on_unlock_succeeded(workspace)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self):
                self._on_unlock_failed(profile_id, error)

        self._context.runner.run(lambda: profiles.unlock(profile_id, passphrase),
                                 on_success=succeeded, on_error=failed, lane=STORE)

    def _on_unlock_succeeded(self, workspace: Workspace) -> None:
        self._set_busy(False)
        self.ui.passphraseEdit.clear()
        self._show_error("")
        self.unlocked.emit(workspace)

    def _on_unlock_failed(self, profile_id: str, error: BaseException) -> None:
        self._set_busy(False)
        edit = self.ui.passphraseEdit
        if isinstance(error, UnlockThrottledError):
            self._start_countdown(profile_id, "", int(error.params.get("seconds", 1)))
        elif isinstance(error, WrongPassphraseError):
            wrong = message(error.key, error.params)
            wait = self._context.profiles.seconds_until_next_attempt(profile_id)
            if wait > 0:
                self._start_countdown(profile_id, wrong, wait)
            else:
                self._show_error(wrong)
        elif isinstance(error, StoreDamagedError):
            self._show_error(message(error.key, error.params))
            self._offer_ways_back(profile_id)
        elif isinstance(error, KnownError):
            self._show_error(message(error.key, error.params))
        else:
            errors.report(self, error)
        edit.setFocus()
        edit.selectAll()

    def _offer_ways_back(self, profile_id: str) -> None:
        from sopiva_desk.gui.dialogs.store_damage import StoreDamageDialog

        dialog = StoreDamageDialog(profile_id, None, self)
        dialog.restore_requested.connect(self.restore_requested)
        dialog.new_profile_requested.connect(self.create_profile_requested)
        dialog.open()

    # -- throttling ------------------------------------------------------------------------

    def _start_countdown(self, profile_id: str, prefix: str, seconds: int) -> None:
        self._throttled_profile_id = profile_id
        self._throttle_prefix = prefix
        self.ui.unlockButton.setEnabled(False)
        self._show_countdown(seconds)
        self._countdown.start()

    def _show_countdown(self, seconds: int) -> None:
        text = message("unlock.throttled", {"seconds": seconds})
        full = f"{self._throttle_prefix}\n{text}" if self._throttle_prefix else text
        if self.ui.errorLabel.text() != full:
            # Update quietly: only the first text of a countdown is announced.
            first = self._countdown.isActive() is False
            self.ui.errorLabel.setText(full)
            self.ui.errorLabel.show()
            self.ui.passphraseEdit.setAccessibleDescription(full)
            if first:
                announce(self.ui.errorLabel, full)

    def _stop_countdown(self, *, clear: bool) -> None:
        self._countdown.stop()
        self._throttled_profile_id = None
        self._throttle_prefix = ""
        self.ui.unlockButton.setEnabled(not self._busy)
        if clear:
            self._show_error("")

    @Slot()
    def _on_countdown_timeout(self) -> None:
        profile_id = self._throttled_profile_id
        if profile_id is None:
            self._countdown.stop()
            return
        seconds = self._context.profiles.seconds_until_next_attempt(profile_id)
        if seconds > 0:
            self._show_countdown(seconds)
        else:
            self._stop_countdown(clear=True)
            self.ui.passphraseEdit.setFocus()

    @Slot()
    def _on_profile_combo_changed(self, _index: Any = None) -> None:
        profile_id = self.selected_profile_id()
        if self._throttled_profile_id is not None and self._throttled_profile_id != profile_id:
            self._stop_countdown(clear=True)
        elif self._throttled_profile_id is None:
            self._show_error("")
        if profile_id is None or self._throttled_profile_id == profile_id:
            return
        wait = self._context.profiles.seconds_until_next_attempt(profile_id)
        if wait > 0:
            self._start_countdown(profile_id, "", wait)

    @Slot(str)
    def _on_passphrase_edit_text_edited(self, _text: str) -> None:
        # A new try starts: drop an old "wrong passphrase", keep a running countdown visible.
        if self._throttled_profile_id is None and not self.ui.errorLabel.isHidden():
            self._show_error("")
